import { cueWords } from '../src/engine/cue-words.js';
import { escapeRegExp } from '../src/engine/escape-reg-exp.js';
import { rankEvents, triggerWeight, verbEvokes } from '../src/engine/event-ranking.js';
import { importanceSentences } from '../src/engine/importance-sentence.js';
import type { Intent, IntentReply } from '../src/engine/intent.js';
import { MATCH } from '../src/engine/match-levels.js';
import { identify, sameParty, sideOf } from '../src/engine/parties.js';
import {
  asksConsequence,
  asksWhichDoer,
  asksWhyNamed,
  hasAny,
  hasAnyOf,
  hasPhrase,
  mentionedEntities,
} from '../src/engine/question-cues.js';
import { disputesReply, notStated, stated } from '../src/engine/replies.js';
import { askedContext } from '../src/engine/statement-context.js';
import { capitalize, summarySentences } from '../src/engine/wording.js';
import type { FactStore } from '../src/facts/fact-store.js';
import type { Dispute, Event, Statement } from '../src/facts/schema.js';
import type { ParsedQuestion } from '../src/nlp/parse-question.js';

/** A dispute as one of the strains the article lists on the relationship ("why is <X> mentioned"). */
const strainReply = (store: FactStore, dispute: Dispute): IntentReply =>
  stated(
    store,
    `The article lists it among the strains on the relationship: ${dispute.summary}.`,
    [dispute.evidence, store.facts.relationship?.evidence],
    [dispute.id],
    0.75,
  );

/** How the article presents an event it gives a significance ("a significant step ..."), and what it followed. */
function presented(
  store: FactStore,
  event: Event,
  significance: NonNullable<Event['significance']>,
): IntentReply {
  const follows = event.follows ? ` ${capitalize(event.follows.text)}.` : '';
  return stated(
    store,
    `The article presents ${event.name} as ${significance.text}.${follows}`,
    [significance.evidence, event.follows?.evidence],
    [event.id],
    0.75,
  );
}

/** The question's own content words (not a name it gives, not a verb of saying) share one with the view: "why did
 * <A> walk out" is not asked of what <A> stressed, while "why does <A> push for channels" is. */
function asksOfView(q: ParsedQuestion, store: FactStore, view: Statement): boolean {
  // (Asked of the view's holder only when the holder is who acts: not "the point of <X> according to <A>".)
  const acting = q.mentions.some(
    (m) =>
      m.start >= 0 && subjectOfAux(q, m) && (m.id === view.holder || sameParty(store, view.holder, m.id)),
  );
  if (!acting) return true;
  const words = `${view.verb} ${view.verbs.join(' ')} ${view.content} ${view.reason ?? ''} ${view.context?.text ?? ''}`;
  return sharesContent(q, words, []);
}

/** Whether the question's content words, if it has any beyond the names it gives, the words of `lists` and verbs
 * of saying, share one (by its first five letters) with `text`. */
function sharesContent(q: ParsedQuestion, text: string, lists: readonly ReadonlySet<string>[]): boolean {
  const stem = (w: string) => w.slice(0, 5);
  const stems = new Set(
    text
      .toLowerCase()
      .split(/\W+/)
      .filter((w) => w.length > 2)
      .map(stem),
  );
  const cues = cueWords();
  // Words any question of why may use, whatever it asks of.
  const asking = [
    cues.sayingVerbs,
    cues.opinionVerbs,
    cues.pointNouns,
    cues.causeWords,
    cues.concernVerbs,
    cues.importanceWords,
    cues.significanceWords,
    cues.peopleNouns,
    cues.personNouns,
    cues.articleNouns,
    cues.mentioningVerbs,
    cues.urgingVerbs,
    cues.supportVerbs,
  ];
  // ("why does he think that's important": what a pronoun stands for is not in the words typed.)
  if (q.normals.some((w) => /^(?:it|that|this|these|those|them|thats)$/.test(w))) return true;
  const loose = q.normals.flatMap((w, i) => {
    const lemma = q.lemmas[i] ?? w;
    const content =
      /^(?:NOUN|VERB|PROPN)$/.test(q.pos[i] ?? '') &&
      w.length > 2 &&
      !q.mentions.some((m) => m.start >= 0 && i >= m.start && i <= m.end) &&
      ![...asking, ...lists].some((l) => l.has(lemma) || l.has(w));
    return content ? [[w, lemma]] : [];
  });
  return loose.length === 0 || loose.some((forms) => forms.some((w) => stems.has(stem(w))));
}

/** Whether a mention is the subject after the question's auxiliary: "why did <A> ...", "why do the <A> people ...". */
const subjectOfAux = (q: ParsedQuestion, m: { start: number }) =>
  q.pos[m.start - 1] === 'AUX' || (q.pos[m.start - 1] === 'DET' && q.pos[m.start - 2] === 'AUX');

/** "Why did <A> walk out of <an event>": an act of someone in the event that none of the event's words name. */
function unreportedAct(q: ParsedQuestion, store: FactStore, event: Event) {
  const read = readAct(q, store, event);
  return read && !read.reported ? read.actor : undefined;
}

/** Whether the question's act, done by parties the event holds, is one the event's words name. */
const actReported = (q: ParsedQuestion, store: FactStore, event: Event) =>
  readAct(q, store, event)?.reported === true;

/** The question's doer, when every party asked about takes part in the event, and whether its words name the act. */
function readAct(q: ParsedQuestion, store: FactStore, event: Event) {
  // (A person, or a party whose people or whose own act the event holds: "why did the <demonym> delegation ...".)
  const people = q.mentions.flatMap((m) => {
    const e = m.start >= 0 && subjectOfAux(q, m) ? store.entities.get(m.id) : undefined;
    return e?.kind === 'person' || e?.kind === 'country' ? [e] : [];
  });
  const takesPart = (id: string) =>
    event.participants.some(
      (p) => p.entity === id || sameParty(store, p.entity, id) || sideOf(store, p.entity) === id,
    );
  if (people.length === 0 || !people.every((e) => takesPart(e.id))) return undefined;
  const cues = cueWords();
  const words = [
    event.name,
    event.label,
    ...event.aliases,
    event.summary,
    ...event.triggers,
    ...(event.topics ?? []).map((t) => t.text),
  ].join(' ');
  const reported = sharesContent(q, words, [
    cues.participationVerbs,
    cues.attendanceVerbs,
    cues.motionWords,
    cues.meetingVerbs,
    cues.eventLightVerbs,
    cues.lightVerbs,
    cues.happenings,
    cues.genericEventVerbs,
    cues.genericEventWords,
    cues.significanceWords,
    cues.importanceWords,
    cues.timeNouns,
  ]);
  const [actor] = people;
  return actor ? { actor, reported } : undefined;
}

/** Where "do" stands in "what did <A> do that made <B> ...", or -1. */
function causingDoAt(q: ParsedQuestion): number {
  const doAt = q.lemmas.findIndex(
    (l, i) => l === 'do' && (q.normals[i + 1] === 'that' || q.normals[i + 1] === 'to'),
  );
  if (q.wh !== 'what' || doAt < 0) return -1;
  return cueWords().causingVerbs.has(q.lemmas[doAt + 2] ?? '') ? doAt : -1;
}

// "what did <A> do that made <B> <react>", "... to make <B> ...": <A>'s act that <B>'s came in response to.
function actThatCaused(q: ParsedQuestion, store: FactStore): IntentReply | undefined {
  const doAt = causingDoAt(q);
  if (doAt < 0) return undefined;
  const doer = q.mentions.find((m) => m.start < doAt && store.entities.has(m.id));
  const affected = q.mentions.find((m) => m.start > doAt + 2 && store.entities.has(m.id));
  if (!doer || !affected) return undefined;
  const takesPart = (e: Event, id: string) => e.participants.some((p) => sameParty(store, p.entity, id));
  // (A country did what one of its people did: "what did <a country> do" of its speaker's visit.)
  const byOwn = (c: Event) =>
    c.participants.some(
      (p) => store.entities.get(p.entity)?.kind === 'person' && sideOf(store, p.entity) === doer.id,
    );
  const reaction = store.facts.events.find((e) => {
    const cause = e.cause ? store.events.get(e.cause.event) : undefined;
    return cause && takesPart(e, affected.id) && (takesPart(cause, doer.id) || byOwn(cause));
  });
  const cause = reaction?.cause ? store.events.get(reaction.cause.event) : undefined;
  if (!reaction?.cause || !cause)
    return notStated(`that anything ${store.nameOf(doer.id)} did led ${store.nameOf(affected.id)} to act`);
  return stated(
    store,
    `${capitalize(cause.name)}: ${reaction.summary}.`,
    [cause.evidence, reaction.evidence],
    [cause.id, reaction.id],
    0.85,
  );
}

/** A word as typed and its bare verb, as far as its ending tells: "cutting" -> "cut", "severed" -> "sever". */
const verbForms = (w: string): string[] => [
  w,
  w.replace(/(\w)\1(?:ing|ed)$/, '$1'),
  w.replace(/(?:ing|ed)$/, ''),
  w.replace(/(?:ing|ed)$/, 'e'),
];

export const why: Intent = {
  id: 'why',
  description:
    'Why something happened or why someone holds a view: causes, purposes and reasons the article gives.',
  examples: ['Why was the dialogue severed?'],
  counterExamples: ['When was the dialogue severed?'],
  match(q, kb) {
    if (q.wh === 'why') return MATCH.strong;
    if (q.wh === 'who' || q.wh === 'whose' || q.wh === 'whom') return 0;
    // ("which <role> visited <a place> and caused all this?" asks who.)
    if (q.wh === 'which' && asksWhichDoer(q, kb.triggers)) return 0;
    // ("what did <X> lead to": what followed from it.)
    if (asksConsequence(q)) return 0;
    // "what's the point of ...", "what made <a capital> cut off dialogue?"
    const madeTo =
      q.wh === 'what' &&
      q.lemmas.includes('make') &&
      q.mentions.length > 0 &&
      q.pos.some((p, i) => p === 'VERB' && !['make', 'be', 'do'].includes(q.lemmas[i] ?? ''));
    const pointOf =
      hasPhrase(q, 'the point of') && !hasAny(q, 'contention', 'friction', 'tension', 'disagreement');
    if (pointOf || madeTo || causingDoAt(q) >= 0) return MATCH.firm;
    if (hasAny(q, 'reason', 'cause', 'caused', 'purpose', 'motive', 'aim', 'goal') && !q.yesNo)
      return MATCH.nearlyCertain;
    if (hasPhrase(q, 'led to') || hasPhrase(q, 'lead to') || hasPhrase(q, 'in response to what'))
      return MATCH.likely;
    return 0;
  },
  answer(q, { store, triggers }) {
    const { facts } = store;
    // ("why <X>, according to <A>": a reason someone gave, which the article's own account is not, when it reports
    // nothing said by <A>.)
    const according = q.normals.findIndex((w, i) => w === 'according' && q.normals[i + 1] === 'to');
    const giver = q.mentions.find((m) => according >= 0 && m.start > according && m.start <= according + 3);
    if (
      giver &&
      store.entities.has(giver.id) &&
      !facts.statements.some((s) => sameParty(store, s.holder, giver.id))
    )
      return { ...notStated(`what ${store.nameOf(giver.id)} said about why`), settled: true };
    const caused = actThatCaused(q, store);
    if (caused) return caused;
    // "why is <X> even in there?", "why is <X> mentioned?", "why does the article (even) bring up <X>": the
    // article gives no reason for what it puts in, but what it makes of the thing is said: a description, a
    // significance, a strain it is listed among; otherwise where it names the thing.
    const whyAt = q.normals.indexOf('why');
    const articleMentions =
      q.lemmas[whyAt + 1] === 'do' &&
      (cueWords().articleNouns.has(q.normals[whyAt + 3] ?? '') || q.normals[whyAt + 2] === 'it') &&
      q.lemmas.some((l) => cueWords().mentioningVerbs.has(l));
    const inArticle =
      q.wh === 'why' &&
      (q.lemmas[whyAt + 1] === 'be' || articleMentions) &&
      (articleMentions ||
        hasPhrase(q, 'in there') ||
        // ("why is <X> in the article": where it is, not why <X> is so.)
        q.normals.some(
          (w, i) =>
            cueWords().articleNouns.has(w) &&
            q.normals[i - 2] === 'in' &&
            /^(?:the|this)$/.test(q.normals[i - 1] ?? ''),
        ) ||
        q.lemmas.some((l) => cueWords().mentioningVerbs.has(l)));
    if (inArticle) {
      const named = q.mentions.find((m) => m.start >= 0 && store.entities.has(m.id));
      const entity = named ? store.entities.get(named.id) : undefined;
      // (A name the article gives only inside someone's title is there as part of that title.)
      const titled = entity
        ? store.facts.entities.find(
            (e) => e.kind === 'person' && e.id !== entity.id && e.title?.includes(entity.name),
          )
        : undefined;
      const inTitleOnly =
        entity &&
        titled &&
        store.sentences
          .filter((s) => s.text.includes(entity.name))
          .every((s) => titled.title && s.text.includes(titled.title.replace(/^the /i, '')));
      if (entity && titled?.title && inTitleOnly)
        return stated(
          store,
          `${entity.name} comes up only in ${titled.name}'s title: ${titled.title}.`,
          [titled.evidence],
          [titled.id],
          0.8,
        );
      // (Someone or something it describes is there as what it describes: "why is <A> even mentioned".)
      const [ofEvent] = q.mentions.flatMap((m) => (m.start >= 0 ? (store.events.get(m.id) ?? []) : []));
      // (An event it gives a significance is there as that: "why are <A>'s elections mentioned".)
      if (ofEvent?.significance) return presented(store, ofEvent, ofEvent.significance);
      if (
        entity?.description &&
        !ofEvent &&
        !/^(?:mentioned in|its|their|his|her)\b/i.test(entity.description)
      )
        return stated(
          store,
          `The article brings ${entity.name} up as ${entity.description}.`,
          [entity.evidence],
          [entity.id],
          0.75,
        );
      // (A thing it lists among the strains on a relationship is there as one of them.)
      const strain = facts.disputes.find((d) =>
        ofEvent
          ? d.about.includes(ofEvent.id)
          : q.mentions.some((m) => m.start >= 0 && (m.id === d.id || d.about.includes(m.id))),
      );
      if (strain) return strainReply(store, strain);
      return notStated(
        'why it mentions that',
        entity ? { text: identify(entity), evidence: entity.evidence } : undefined,
        store,
      );
    }
    // ("why is <A> called dr": why a name is used, which no sentence says.)
    if (asksWhyNamed(q, store.sentences)) return notStated('why it is called that');
    // "Why did <a capital> cut ties?" names an act (a verb of an event), not the state of the relationship.
    // (Or a word of an event's straight after the party doing it, whatever wink tags it: "<a capital> cut ties".)
    const actAfter = (i: number) =>
      !/^(?:NOUN|PROPN)$/.test(q.pos[i] ?? '') &&
      [q.lemmas[i] ?? '', ...verbForms(q.normals[i] ?? '')].flatMap((w) => triggers.get(w) ?? []);
    // (Or an act named as a noun after "the": "what caused the freeze in <A>'s ties".)
    const actNoun = q.normals.some(
      (w, i) =>
        q.pos[i] === 'NOUN' &&
        ['the', 'that', 'this'].includes(q.normals[i - 1] ?? '') &&
        !cueWords().relationshipWords.has(w) &&
        !cueWords().genericOrderVerbs.has(q.lemmas[i] ?? '') &&
        !cueWords().timeNouns.has(w) &&
        !q.mentions.some((m) => m.start <= i && i <= m.end) &&
        (triggers.get(q.lemmas[i] ?? '') ?? []).length > 0,
    );
    const actVerb =
      verbEvokes(q, triggers) ||
      actNoun ||
      q.mentions.some(
        (m) =>
          m.start >= 0 &&
          store.entities.get(m.id)?.kind !== 'person' &&
          (actAfter(m.end + 1) || []).some((id) =>
            store.events.get(id)?.participants.some((p) => sameParty(store, p.entity, m.id)),
          ),
      );
    // A named holder's reasoned view answers before the relationship does ("why does <an institution> bother?").
    const holderView = store.statements.find(
      (s) =>
        s.reason &&
        mentionedEntities(q, store).some((e) => e.id === s.holder || sameParty(store, s.holder, e.id)),
    );
    // "why does <a country> even care (about <X>)?": the disputes it is party to about that place (or the place
    // of the event the conversation is on), unless it holds a view with a reason.
    if (q.wh === 'why' && !holderView && q.lemmas.some((l) => cueWords().concernVerbs.has(l))) {
      const sides = new Set(
        mentionedEntities(q, store)
          .filter((e) => e.kind === 'country' || sideOf(store, e.id) !== undefined)
          .map((e) => sideOf(store, e.id) ?? e.id),
      );
      const places = new Set(
        q.mentions.flatMap((m) => {
          const at = store.events.get(m.id)?.place?.entity;
          return at ? [at] : store.entities.get(m.id)?.kind === 'place' ? [m.id] : [];
        }),
      );
      const theirs = facts.disputes.filter(
        (d) =>
          d.parties.some((p) => sides.has(sideOf(store, p) ?? p)) &&
          (places.size === 0 || d.about.some((a) => places.has(a))),
      );
      if (sides.size > 0 && theirs.length > 0)
        return stated(
          store,
          summarySentences(theirs),
          theirs.map((d) => d.evidence),
          theirs.map((d) => d.id),
          0.75,
        );
    }
    // Only an article that names a relationship or disputes can say why things stand as they do.
    const standing = store.facts.relationship !== undefined || store.facts.disputes.length > 0;
    // (Not "why do <the ties> matter": what they are needed for, read below.)
    const weighed = importanceSentences(q, store, triggers);
    if (standing && hasAnyOf(q, cueWords().lists.relationshipWords) && !actVerb && !holderView && !weighed) {
      return disputesReply(store, ': the two sides are in dispute over ', 0.85);
    }
    const named = mentionedEntities(q, store);
    // "Why is <a place> mentioned?": it is one of the disputes straining the relationship.
    const dispute =
      q.mentions.flatMap((m) => store.disputes.get(m.id) ?? [])[0] ??
      (q.mentions.some((m) => m.id.startsWith('event:'))
        ? undefined
        : facts.disputes.find((d) => q.mentions.some((m) => m.id === d.place)));
    const top = rankEvents(q, store, triggers)[0];
    if (dispute && !(top && top.score >= 2 && top.event.cause)) return strainReply(store, dispute);
    // "why <a place> lol": a bare name asks why of nothing the article reports; no event's reason answers it.
    // (What the conversation adds does not count: "<person>'s title?" -> "why <a place in it>?".)
    const typed = q.mentions.filter((m) => m.start >= 0);
    const bare =
      q.wh === 'why' &&
      typed.length > 0 &&
      !q.pos.some((p) => p === 'VERB' || p === 'AUX') &&
      typed.every((m) => store.entities.has(m.id));
    // ("why is <a place> in his title", "why is <a place> part of his job": why a name or title reads as it does,
    // which no article explains.)
    const wording =
      q.wh === 'why' &&
      q.normals.some((w, i) => {
        if (!cueWords().wordingNouns.has(w)) return false;
        const before = q.normals.slice(Math.max(0, i - 4), i);
        return before.includes('in') || (before.includes('part') && before.includes('of'));
      });
    const [first] =
      bare || wording
        ? typed.flatMap((m) =>
            store.entities.get(m.id)?.kind === 'person' && wording ? [] : (store.entities.get(m.id) ?? []),
          )
        : [];
    if (first) {
      const about = first.description ? ` It does say that ${first.name} is ${first.description}.` : '';
      return {
        answered: false,
        text: `The article gives no reason about ${first.name} alone.${about}`,
        citations: first.description ? store.cite(first.evidence) : [],
        confidence: 0.9,
      };
    }
    // ("why is that even in his portfolio", "that" standing for nothing typed: no title or name explains itself.)
    if (wording && typed.length === 0 && q.normals.some((w) => /^(?:that|this|it)$/.test(w)))
      return {
        answered: false,
        text: 'The article gives no reason why a title or a name reads as it does.',
        citations: [],
        confidence: 0.9,
      };
    // "Why did <a country> cut off military talks?": the act a verb names, when the article gives its cause.
    const acted = rankEvents(q, store, triggers).find(
      (r) => r.event.cause && verbEvokes(q, triggers, r.event.id),
    );
    if (acted?.event.cause && actVerb) {
      return stated(
        store,
        `${capitalize(acted.event.name)} came ${acted.event.cause.text}.`,
        [acted.event.evidence],
        [acted.event.id, acted.event.cause.event],
        0.9,
      );
    }
    // A view whose wording the question shares ("communication channels between the militaries").
    const overlap = (content: string) =>
      content
        .toLowerCase()
        .split(/\W+/)
        .filter((w) => w.length > 4 && q.words.has(w)).length;
    // (Not another's: "why did <A> freeze <X>" is not answered by why <B> wants <X>.)
    const doer = q.mentions.find((m) => m.start >= 0 && subjectOfAux(q, m) && store.entities.has(m.id));
    const doersOwn = (s: Statement) =>
      !doer ||
      s.holder === doer.id ||
      sameParty(store, s.holder, doer.id) ||
      sideOf(store, s.holder) === doer.id;
    const statement =
      store.statements.find(
        (s) =>
          s.reason &&
          named.some((e) => sameParty(store, s.holder, e.id) || s.holder === e.id) &&
          asksOfView(q, store, s),
      ) ??
      store.statements.find((s) => s.reason && overlap(s.content) >= 2 && doersOwn(s)) ??
      store.statements.find(
        (s) =>
          s.reason &&
          hasAny(q, 'channel', 'channels', 'lines', 'communication') &&
          hasAnyOf(q, s.verbs) &&
          doersOwn(s),
      );
    // ("what's the bigger goal behind all this", no one named: the one goal the article ties to what was said.)
    // (A goal framed as beyond the acts asked about: "bigger", "broader", "behind".)
    const framed =
      q.normals.some((w) => cueWords().goalNouns.has(w)) &&
      q.normals.some((w) => cueWords().beyondWords.has(w));
    const goals = framed
      ? store.statements.flatMap((s) => {
          const context = askedContext(q, s);
          return context ? [{ s, context }] : [];
        })
      : [];
    const [goal] = goals;
    // (Not the goal of an event named: "the point of the talks, like the bigger goal" is what the talks were for.)
    // (Nor of "it", which the sentences' echo answers: "the bigger goal it ties into".)
    const ofEvent = q.mentions.some((m) => m.start >= 0 && store.events.has(m.id)) || hasAny(q, 'it');
    if (!statement && !ofEvent && goal && goals.length === 1 && named.every((e) => e.kind !== 'person'))
      return stated(
        store,
        `${capitalize(store.nameOf(goal.s.holder))} ${goal.s.verb} ${goal.s.content}. ${goal.context.text}`,
        [goal.s.evidence, goal.context.evidence],
        [goal.s.holder],
        0.75,
      );
    // "Why does <a country> claim <a place>?": the article reports the view but not the reason for it.
    const unexplained = store.statements.find(
      (s) => !s.reason && named.some((e) => sameParty(store, s.holder, e.id)) && hasAnyOf(q, s.verbs),
    );
    // ("why does <A> say his pilots flew over the birds": the reason <A> gives is what <A> said of it, when those
    // words name what the clause after "say" does.)
    const sayAt = q.lemmas.findIndex((l, i) => l === 'say' && q.pos[i] === 'VERB');
    const clauseWords =
      sayAt < 0
        ? []
        : q.lemmas
            .slice(sayAt + 1)
            .filter((l, k) => l.length > 3 && /^(?:NOUN|VERB)$/.test(q.pos[sayAt + 1 + k] ?? ''));
    const sharesClause = (content: string) => {
      const said = content.toLowerCase();
      return clauseWords.some((w) => new RegExp(`\\b${escapeRegExp(w.slice(0, 5))}`).test(said));
    };
    if (
      !statement &&
      unexplained &&
      q.wh === 'why' &&
      store.entities.get(unexplained.holder)?.kind === 'person' &&
      sharesClause(unexplained.content)
    )
      return {
        ...stated(
          store,
          `${capitalize(store.nameOf(unexplained.holder))} ${unexplained.verb} ${unexplained.content}.`,
          [unexplained.evidence],
          [unexplained.holder],
          0.7,
        ),
        // (The clause is the asker's own account of what the words explain: "missed the notice".)
        workedOut: q.normals.slice(sayAt + 1),
      };
    if (!statement && unexplained) {
      return notStated(
        `why ${store.nameOf(unexplained.holder)} ${unexplained.verb} ${unexplained.content}`,
        {
          text: `${store.nameOf(unexplained.holder)} ${unexplained.verb} ${unexplained.content}`,
          evidence: unexplained.evidence,
        },
        store,
      );
    }
    if (statement?.reason) {
      // ("what broader goal does <A>'s push line up with": what the article ties to the view, when asked.)
      const context = askedContext(q, statement);
      return stated(
        store,
        // The view itself gives the reason when its wording holds it; otherwise lead with the reason.
        `${
          statement.content.includes(statement.reason)
            ? `${capitalize(store.nameOf(statement.holder))} ${statement.verb} ${statement.content}.`
            : `${capitalize(statement.reason)}: ${store.nameOf(statement.holder)} ${statement.verb} ${statement.content}.`
        }${context ? ` ${context.text}` : ''}`,
        [statement.evidence, context?.evidence],
        [statement.holder],
        0.85,
      );
    }
    const ranked = rankEvents(q, store, triggers);
    // "why do <X> matter": the sentence that weighs something of <X> against an end ("crucial ... to prevent <Y>").
    if (weighed)
      return stated(
        store,
        weighed.map((s, k) => `${k === 0 ? 'The article says' : 'It also says'}: "${s}"`).join(' '),
        weighed.map((s) => [s]),
        [],
        0.75,
      );
    // ("why did <A>'s trip matter": of an event named that the article gives no weight of its own, what it led to.)
    const namedEvent = q.mentions.find((m) => m.start >= 0 && store.events.has(m.id))?.id;
    const ledTo = facts.relations.find((r) => r.type === 'caused' && r.from === namedEvent);
    if (
      ledTo &&
      !store.events.get(namedEvent ?? '')?.significance &&
      q.lemmas.some((l) => cueWords().importanceWords.has(l))
    )
      return stated(
        store,
        `It led to this: ${capitalize(ledTo.text)}.`,
        [ledTo.evidence],
        [ledTo.from, ledTo.to],
        0.75,
      );
    // "Why is this (meeting) considered significant?": the event the article presents as significant; "this",
    // with nothing else named, is the news the article leads with (the first it presents so).
    if (hasAny(q, 'significant', 'significance', 'important', 'importance')) {
      const first = (e: (typeof facts.events)[number]) =>
        Math.min(...store.cite(e.significance?.evidence).map((c) => c.sentence));
      const [news] = facts.events.filter((e) => e.significance).sort((a, b) => first(a) - first(b));
      // ("this meeting": the article's own, if it is one the word can name.)
      const thisNews =
        news &&
        (q.mentions.length === 0 ||
          (hasAny(q, 'this', 'these') && ranked.some((r) => r.event === news && r.score >= 1.2)));
      const event = thisNews ? news : ranked[0] && ranked[0].score >= 1.2 ? ranked[0].event : undefined;
      if (event?.significance) return presented(store, event, event.significance);
    }

    // ("what agreement led to the talks": the event after "led to" is the one whose cause is asked; what it
    // follows answers when the article gives no cause.)
    const ledAt = q.lemmas.findIndex(
      (l, i) => (l === 'lead' && q.normals[i + 1] === 'to') || (l === 'cause' && q.pos[i] === 'VERB'),
    );
    const objectAt = ledAt + (q.lemmas[ledAt] === 'lead' ? 2 : 1);
    // (Right after the verb, with only words that qualify it between: not "caused the freeze in the talks".)
    const effectMention = q.mentions.find(
      (m) =>
        m.start >= objectAt &&
        store.events.has(m.id) &&
        q.pos.slice(objectAt, m.start).every((p) => p === 'DET' || p === 'ADJ' || p === 'NUM'),
    );
    const effect = ledAt >= 0 && effectMention ? store.events.get(effectMention.id) : undefined;
    if (effect?.follows && !effect.cause)
      return stated(
        store,
        `${capitalize(effect.follows.text)}.`,
        [effect.follows.evidence],
        [effect.id, effect.follows.event],
        0.8,
      );
    // An event a word of the question names ("the breakdown in dialogue") before one its parties only suggest.
    const best = ranked.find((r) => triggerWeight(q, r.event, triggers) > 0 && r.score >= 1.2) ?? ranked[0];
    if (!best || best.score < 1.2) return undefined;
    // (Two events a word names alike, "what led to the <X>" of <X> cut off and <X> restored: neither is asked.)
    const tied = ranked.find(
      (r) =>
        r !== best &&
        r.score === best.score &&
        triggerWeight(q, r.event, triggers) === triggerWeight(q, best.event, triggers),
    );
    if (tied && !verbEvokes(q, triggers, best.event.id)) return undefined;
    // ("why did <A> and <B> restart <X>" where the best event has them meet but another names the act itself: that one.)
    const naming =
      (best.event.cause || best.event.significance) && unreportedAct(q, store, best.event)
        ? ranked.find((r) => r !== best && r.score > 0 && actReported(q, store, r.event))
        : undefined;
    const { event } = naming ?? best;
    const actor = (event.cause || event.significance) && unreportedAct(q, store, event);
    if (actor)
      return notStated(
        `that ${actor.name} did that, or why`,
        { text: event.summary, evidence: event.evidence },
        store,
      );
    // ("why was <the meeting> held in <the city>", "why did they hold it there": why that place, which neither a
    // cause nor a significance of the event says.)
    const placeAsked =
      event.place?.entity !== undefined &&
      (q.mentions.some(
        (m) =>
          m.start >= 0 && m.id === event.place?.entity && /^(?:in|at)$/.test(q.normals[m.start - 1] ?? ''),
      ) ||
        // (Not "why is there <X>", which says nothing of a place.)
        q.normals.some(
          (w, i) => w === 'there' && !/^(?:is|are|was|were|'s|be)$/.test(q.normals[i - 1] ?? ''),
        ));
    if (placeAsked && !event.place?.virtual)
      return notStated(
        `why ${event.name} took place in ${event.place?.text ?? 'that place'}`,
        { text: event.summary, evidence: event.evidence },
        store,
      );
    if (event.cause) {
      return stated(
        store,
        `${capitalize(event.name)} came ${event.cause.text}.`,
        [event.evidence],
        [event.id, event.cause.event],
        0.9,
      );
    }
    if (event.significance) return presented(store, event, event.significance);
    // ("what led to the restart of dialogue" of "<A> and <B> agreed to restart dialogue": the decision led to the
    // act decided on, when the act, not the decision, is what is asked about.)
    const decided = new RegExp(
      `\\b(?:${[...cueWords().decisionVerbs].map((v) => `${v}d?|${v}ed|${v}s`).join('|')}|${[...cueWords().decisionNouns].join('|')})(?: [\\w-]+){0,7}? to \\w+`,
      'i',
    ).test(event.summary);
    const asksDecision = q.lemmas.some(
      (l, i) => cueWords().decisionVerbs.has(l) || cueWords().decisionNouns.has(q.normals[i] ?? ''),
    );
    if (ledAt >= 0 && decided && !asksDecision)
      return stated(store, `${capitalize(event.summary)}.`, [event.evidence], [event.id], 0.75);
    // ("why did they restore it": the act was decided on, which is as far as the article goes.)
    if (q.wh === 'why' && decided && !asksDecision)
      return stated(
        store,
        `${capitalize(event.summary)}; the article doesn't say why they decided to.`,
        [event.evidence],
        [event.id],
        0.7,
      );
    // (An ingested event's summary is its sentence, no clause to follow "why": that is quoted after the refusal.)
    return event.provenance?.source === 'auto'
      ? notStated('why', { text: event.summary, evidence: event.evidence }, store)
      : notStated(`why ${event.summary}`, undefined, store);
  },
};
