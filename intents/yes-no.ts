import { checkProgress } from '../src/engine/check-progress.js';
import { cueWords } from '../src/engine/cue-words.js';
import { DATE_MISMATCH, rankEvents, triggerWeight, verbEvokes } from '../src/engine/event-ranking.js';
import type { Intent, IntentReply, Knowledge } from '../src/engine/intent.js';
import { MATCH } from '../src/engine/match-levels.js';
import { sameParty, sideOf } from '../src/engine/parties.js';
import {
  asksFuture,
  claimedDates,
  hasAnyOf,
  joinedToPerson,
  mentionedEntities,
  ordinalDayAt,
  thingReferenceAt,
  unknownSubjectAt,
  verbOrAfterName,
} from '../src/engine/question-cues.js';
import { notStated } from '../src/engine/replies.js';
import { askedContext } from '../src/engine/statement-context.js';
import { capitalize } from '../src/engine/wording.js';
import type { ParsedQuestion } from '../src/nlp/parse-question.js';
import { claimOverlaps } from '../src/nlp/resolve-date.js';
import { checkBetween } from './yes-no/check-between.js';
import { checkCause } from './yes-no/check-cause.js';
import { checkDepartment } from './yes-no/check-department.js';
import { checkDiscussed } from './yes-no/check-discussed.js';
import { checkEntity, checkPortfolio, checkSideRank, claimsTitle } from './yes-no/check-entity.js';
import { checkEvent } from './yes-no/check-event.js';
import { checkForeseen } from './yes-no/check-foreseen.js';
import { checkHappenedYet } from './yes-no/check-happened-yet.js';
import { checkLength } from './yes-no/check-length.js';
import { asksMentioned, checkMentioned } from './yes-no/check-mentioned.js';
import { checkOrder, doneByCue, offersOrderChoice } from './yes-no/check-order.js';
import { checkOtherEvents } from './yes-no/check-other-events.js';
import { checkQuoted } from './yes-no/check-quoted.js';
import { checkSaid, namesInPassive, sayingVerbAt } from './yes-no/check-said.js';
import { checkSaidBySide, closestStatement, reportedWords } from './yes-no/check-said-by-side.js';
import { checkSamePerson } from './yes-no/check-same-person.js';
import { checkSameThing } from './yes-no/check-same-thing.js';
import { checkSeparate } from './yes-no/check-separate.js';
import { checkSide } from './yes-no/check-side.js';
import {
  checkAgreedOnDispute,
  checkCounterpart,
  checkDispute,
  checkDisputePlace,
  checkOnlyDispute,
  checkRelationship,
} from './yes-no/check-standing.js';
import { no, yes } from './yes-no/verdicts.js';

/**
 * "does <A> claim <X>?": a statement of another party's whose verb the question uses and all of whose words it
 * holds, asked of <A> named before that verb, is "No." with whose it is; undefined otherwise.
 */
function claimedByAnother(q: ParsedQuestion, kb: Knowledge, id: string): IntentReply | undefined {
  const { store } = kb;
  const subjectAt = q.mentions.find((m) => m.id === id && m.start >= 0)?.start ?? -1;
  const stems = new Set(q.normals.map((w) => w.slice(0, 5)));
  const theirs = store.statements.filter((s) => {
    const verbAt = q.lemmas.findIndex((l) => s.verbs.includes(l));
    const words = (s.content.toLowerCase().match(/[a-z]{4,}/g) ?? []).filter(
      (w) => !/^(?:that|with|from|this|over|into)$/.test(w),
    );
    // (Every word of what was claimed, or everything it is about: "does <A> claim <a place>".)
    const about =
      s.about.length > 0 &&
      s.about.every((a) => q.mentions.some((m) => m.start > verbAt && sameParty(store, m.id, a)));
    return (
      verbAt > subjectAt &&
      subjectAt >= 0 &&
      !sameParty(store, s.holder, id) &&
      ((words.length > 0 && words.every((w) => stems.has(w.slice(0, 5)))) || about)
    );
  });
  const [claim, ...more] = theirs;
  if (!claim || more.length > 0) return undefined;
  return {
    ...no(`${capitalize(store.nameOf(claim.holder))} ${claim.verb} ${claim.content}.`, [claim.evidence], kb, [
      claim.holder,
    ]),
    settled: true,
  };
}

export const yesNo: Intent = {
  id: 'yes-no',
  description: 'Yes-or-no checks; a false premise gets "No" and the correction.',
  examples: ['is the relationship strained?'],
  counterExamples: [],
  match(q, kb) {
    return q.yesNo || asksMentioned(q, kb) ? MATCH.firm : 0;
  },
  answer(q, kb) {
    // "Will <a country> hold drills after the election?": the article reports no future beyond what it names.
    // (Unless it asks about something the article itself reports as coming: "will <a place> vote soon?")
    const reference = kb.store.meta.referenceDate.date;
    // (Not one it names only to date the claim: "will <A> hold drills after the election?".)
    const dating = q.normals.findIndex((w) => cueWords().relatingWords.has(w));
    // (Nor one whose act the article never names: "will <A> hold <things it never mentions>?".)
    const before = (i: number) => dating < 0 || i < dating;
    const coming = (): boolean => {
      if (q.normals.some((w, i) => before(i) && q.unknownWords.includes(w))) return false;
      const asked = rankEvents(q, kb.store, kb.triggers).find(
        (r) =>
          r.score >= MATCH.weak &&
          (dating < 0 ||
            q.mentions.some((m) => m.id === r.event.id && m.start >= 0 && before(m.start)) ||
            q.lemmas.some((l, i) => before(i) && kb.triggers.get(l)?.includes(r.event.id))),
      );
      return asked !== undefined && asked.event.date.start > reference;
    };
    // (Or foresees in what someone said: "<officials> cautioned that <X> will take time".)
    if (asksFuture(q) && !coming()) return checkForeseen(q, kb) ?? notStated('what will happen');
    // ("has <A> ever been to <a country>": a visit there, which only an event of theirs held there reports; talks
    // with that country's people elsewhere are no trip to it.)
    const beenAt = q.normals.findIndex((w, i) => w === 'been' && q.normals[i + 1] === 'to');
    const beenTo = beenAt >= 0 ? q.mentions.find((m) => m.start === beenAt + 2) : undefined;
    // (Or "he", the one the conversation is on.)
    const traveller = beenTo
      ? q.mentions.find(
          (m) =>
            (m.start >= 0 && m.start < beenAt) ||
            (m.via === 'pronoun' && kb.store.entities.get(m.id)?.kind === 'person'),
        )
      : undefined;
    if (beenTo && traveller && ['place', 'country'].includes(kb.store.entities.get(beenTo.id)?.kind ?? '')) {
      const there = kb.store.facts.events.find(
        (e) =>
          e.participants.some((p) => sameParty(kb.store, p.entity, traveller.id)) &&
          e.place?.entity !== undefined &&
          sameParty(kb.store, e.place.entity, beenTo.id),
      );
      if (!there)
        return notStated(
          `whether ${kb.store.nameOf(traveller.id)} has been to ${kb.store.nameOf(beenTo.id)}`,
        );
    }
    // "any other meeting besides the <place> one?": the others of that kind.
    const others = checkOtherEvents(q, kb);
    if (others) return others;
    // "is there a quote from <a side>?": what the article reports they said, if anything.
    const quoted = checkQuoted(q, kb);
    if (quoted) return quoted;
    // "Is <X> mentioned?", "anything in there about <X>?": whether the article names it at all.
    const mentioned = checkMentioned(q, kb);
    if (mentioned) return mentioned;
    // "Did <person> say anything about X?": the article reports nothing said by someone it never quotes.
    const entities = mentionedEntities(q, kb.store);
    const person = entities.find((e) => e.kind === 'person');
    if (
      person &&
      // (As typed too: "comment" is read as the synonym "statement".)
      q.lemmas.some(
        (l, i) => cueWords().claimSayingVerbs.has(l) || cueWords().claimSayingVerbs.has(q.normals[i] ?? ''),
      ) &&
      !kb.store.statements.some((s) => sameParty(kb.store, s.holder, person.id))
    )
      return notStated(`what ${person.name} said`);
    // "did <a name the article never uses> say anything": nobody it quotes, so nothing reported (not "No.").
    const saying = q.lemmas.findIndex(
      (l, i) =>
        q.pos[i] === 'VERB' &&
        (cueWords().claimSayingVerbs.has(l) || cueWords().claimSayingVerbs.has(q.normals[i] ?? '')),
    );
    const strangerSpeaker = q.normals.findIndex((_w, i) => i < saying && unknownSubjectAt(q, i));
    if (!person && strangerSpeaker >= 0)
      return notStated(`what ${capitalize(q.raws[strangerSpeaker] ?? '')} said`);
    // "did <a country or body> say anything about <X>?", "did <it> ever admit ...": the subject of a verb of saying
    // (not "claim": a country's claim may be a dispute) that the article quotes nowhere.
    const body = q.mentions.find(
      (m) =>
        // (Its subject, straight after the auxiliary: "did anyone from <country> say" is checked below.)
        (m.start === 1 || (m.start === 2 && q.pos[1] === 'DET')) &&
        m.start < saying &&
        q.pos[0] === 'AUX' &&
        ['country', 'organization', 'group'].includes(kb.store.entities.get(m.id)?.kind ?? ''),
    );
    // (Or quotes only on other things: "did <country> say anything about <an event>".)
    const topics = q.mentions
      .filter((m) => m.start > saying && (kb.store.events.has(m.id) || kb.store.disputes.has(m.id)))
      .map((m) => m.id);
    // (A country speaks through its people and officials: "did <country> say" of its officials' words.)
    const country = body && kb.store.entities.get(body.id)?.kind === 'country';
    const heldBy = body
      ? kb.store.statements.filter(
          (s) =>
            sameParty(kb.store, s.holder, body.id) || (country && sideOf(kb.store, s.holder) === body.id),
        )
      : [];
    const onTopic = heldBy.filter((s) => topics.length === 0 || topics.some((t) => s.about.includes(t)));
    if (!person && body && q.lemmas[saying] !== 'claim' && onTopic.length === 0)
      return notStated(`what ${kb.store.nameOf(body.id)} said about that`);
    // ("was <person> happy with the talks": how someone felt, which only their own reported words could show; the
    // entity check reports those, and without any the article does not say.)
    const feeling = q.normals.find((w) => cueWords().attitudeWords.has(w));
    if (person && feeling && !kb.store.statements.some((s) => sameParty(kb.store, s.holder, person.id)))
      return notStated(`how ${person.name} felt about that`);
    // "did <person> say <X> should be cut?": what they said, before any event or cause the claim's words name.
    const saidOtherwise = person ? checkSaid(q, kb, person) : undefined;
    if (saidOtherwise) return saidOtherwise;
    const progress = checkProgress(q, kb.store);
    if (progress) return progress;
    // ("was <A> already over when <B> ended": against the other event's date, not the article's.)
    const byThen = doneByCue(q) >= 0 ? checkOrder(q, kb) : undefined;
    if (byThen) return byThen;
    const happenedYet = checkHappenedYet(q, kb);
    if (happenedYet) return happenedYet;
    // "was <A> longer than <B>?": only with both lengths given.
    const length = checkLength(q, kb);
    if (length) return length;
    const order = checkOrder(q, kb);
    if (order) return order;
    // (Unsettled, "before or after?" is not answered with a verdict on something else.)
    if (offersOrderChoice(q)) return notStated('which of the two came first');
    const samePerson = checkSamePerson(q, kb);
    if (samePerson) return samePerson;
    const sameThing = checkSameThing(q, kb);
    if (sameThing) return sameThing;
    const separate = checkSeparate(q, kb);
    if (separate) return separate;
    // "were the talks between <A> and <another country>?": the parties it had.
    const between = checkBetween(q, kb);
    if (between) return between;
    const relationship = checkRelationship(q, kb);
    if (relationship) return relationship;
    const counterpart = checkCounterpart(q, kb);
    if (counterpart) return counterpart;
    // An event the question names outright is the one it asks about ("did the talks reach any agreement?").
    const ranked = rankEvents(q, kb.store, kb.triggers);
    const named = new Set(
      q.mentions.filter((m) => m.via === 'name' && m.id.startsWith('event:')).map((m) => m.id),
    );
    // But "after <person>'s visit" only dates the question: then the event its verb names is the one asked about.
    // ("after they happened" relates the claim to nothing new: the pronoun is the event itself.)
    const turn = q.normals.findIndex((w) => cueWords().relatingWords.has(w));
    const relates =
      turn >= 0 &&
      (q.mentions.some((m) => m.start > turn) ||
        q.dates.length > 0 ||
        q.pos.some((p, i) => i > turn && (p === 'NOUN' || p === 'PROPN')));
    // ("did <A> fire missiles after <person> went": an act the article never names, dated by one it does, is
    // not that event: no verdict.)
    const unknownAt = (i: number): boolean =>
      i < turn && q.unknownWords.includes(q.normals[i] ?? '') && (q.pos[i] === 'VERB' || q.pos[i] === 'NOUN');
    // (A verb the article uses counts only with its own object: "hold <drills it never names> before" is still an
    // unknown act.)
    const actBefore = q.lemmas.some(
      (l, i) =>
        i < turn &&
        (kb.triggers.get(l)?.length ?? 0) > 0 &&
        !q.normals.some((_w, j) => j > i && q.pos[j] === 'NOUN' && unknownAt(j)),
    );
    const unknownAct = q.normals.some((_w, i) => unknownAt(i));
    if (relates && unknownAct && !actBefore) {
      const dating = (ranked.find((r) => verbEvokes(q, kb.triggers, r.event.id)) ?? ranked[0])?.event;
      return notStated(
        'whether that happened',
        dating && { text: dating.summary, evidence: dating.evidence },
        kb.store,
      );
    }
    const causal = checkCause(q, kb);
    if (causal) return causal;
    // "Does <person> cover <a place> too?": the places the person's title is for.
    const portfolio = person ? checkPortfolio(q, kb, person) : undefined;
    if (portfolio) return portfolio;
    // "Is <person> with the <X> dept?": the department the title names.
    const department = person ? checkDepartment(q, kb, person) : undefined;
    if (department) return department;
    // "Is <person> on the <demonym> side?": the side the person is of.
    const side = person ? checkSide(q, kb, person) : undefined;
    if (side) return side;
    // "Was <person> the <another title> when she went to <a place>?" claims a title before any event.
    const titled = claimsTitle(q, kb);
    if (titled) return titled;
    const onlyDispute = checkOnlyDispute(q, kb);
    if (onlyDispute) return onlyDispute;
    const disputePlace = checkDisputePlace(q, kb);
    if (disputePlace) return disputePlace;
    const agreedOn = checkAgreedOnDispute(q, kb);
    if (agreedOn) return agreedOn;
    const dispute = checkDispute(q, kb);
    if (dispute) return dispute;
    // "Did <A> bring up <another event> with <B>?": what was discussed is not which events happened.
    const discussed = checkDiscussed(q, kb);
    if (discussed) return discussed;
    const byVerb = ranked.find((r) => verbEvokes(q, kb.triggers, r.event.id));
    // "their meeting was in <a city>?": the conversation's event, when the question's word is one for it.
    const referred = q.mentions.find(
      (m) => (m.via === 'pronoun' || m.via === 'context') && kb.store.events.has(m.id),
    );
    // (Or "that" as the subject of where or when: "was that in <a city> too".)
    const subjectReference =
      thingReferenceAt(q) === 1 && q.pos[0] === 'AUX' && /^(?:in|at|on|during)$/.test(q.normals[2] ?? '');
    const byReference = referred
      ? ranked.find(
          (r) =>
            r.event.id === referred.id &&
            // ("that meeting": pointed at with a word for it.)
            (subjectReference || referred.start >= 0 || triggerWeight(q, r.event, kb.triggers) > 0),
        )
      : undefined;
    // (With a relating word, the act is the verb before it: "<A> froze talks after <person> went to <place>".)
    const actedBefore = relates
      ? ranked.find((r) =>
          q.lemmas.some(
            (l, i) =>
              i < turn &&
              // (wink may tag it a noun: "did <A> freeze talks after ...".)
              (q.pos[i] === 'VERB' || !q.mentions.some((m) => m.start <= i && i <= m.end)) &&
              kb.triggers.get(l)?.includes(r.event.id),
          ),
        )
      : undefined;
    // "did <A> cut off talks in <year>?": the event named is what the verb acted on, the act is the event asked about.
    // (The act is the event the verb before the named one evokes, not whichever verb ranks first: "<A> went to <B>
    // and <C> cut talks".)
    // (Only of an exchange between parties, which can be cut off or resumed: "<A> stopped the <B>'s visit" or
    // "... the <thing> stuff" names no act of <A>'s on it.)
    const exchange = (id: string) => (kb.store.events.get(id)?.participants.length ?? 0) >= 2;
    const actingVerbs = q.mentions.flatMap((m) => {
      if (!named.has(m.id) || !exchange(m.id)) return [];
      let v = m.start - 1;
      // (Past a particle or a determiner, not a preposition: "go to the talks" is no act on them.)
      while (v > m.start - 3 && (cueWords().verbParticles.has(q.normals[v] ?? '') || q.pos[v] === 'DET')) v--;
      // (Not a verb of saying or regarding: "is the article calling this meeting a big deal".)
      const verb = q.lemmas[v] ?? '';
      // (wink may tag a bare past form an adjective: "and <A> cut talks".)
      // (Not a verb of the named event's own: "ended the talks", "held the talks".)
      const evokes = kb.triggers.get(verb) ?? [];
      return (q.pos[v] === 'VERB' ||
        (q.pos[v] === 'ADJ' && !q.mentions.some((n) => n.start <= v && v <= n.end))) &&
        !cueWords().claimSayingVerbs.has(verb) &&
        !cueWords().regardVerbs.has(verb) &&
        !evokes.includes(m.id)
        ? [evokes]
        : [];
    });
    const actedOn = actingVerbs.length
      ? ranked.find(
          (r) => !named.has(r.event.id) && actingVerbs.some((evokes) => evokes.includes(r.event.id)),
        )
      : undefined;
    // ("was the first day <a date>": the one event of several days the article dates, whatever day is typed.)
    const ofDays =
      named.size === 0 && ordinalDayAt(q) >= 0
        ? kb.store.facts.events.filter(
            (e) => e.date.precision === 'day' && e.date.end !== undefined && e.date.end !== e.date.start,
          )
        : [];
    const onlyOfDays = ofDays.length === 1 ? ofDays[0] : undefined;
    const dayOfMany =
      onlyOfDays &&
      // (Not of someone else's meeting: "the first day of <another person>'s meeting".)
      q.mentions.every(
        (m) =>
          kb.store.entities.get(m.id)?.kind !== 'person' ||
          onlyOfDays.participants.some((p) => p.entity === m.id),
      )
        ? (ranked.find((r) => r.event.id === onlyOfDays.id) ?? { event: onlyOfDays, score: 0, strangers: [] })
        : undefined;
    const best =
      dayOfMany ??
      actedOn ??
      (named.size === 1 && !relates ? ranked.find((r) => named.has(r.event.id)) : undefined) ??
      (relates ? undefined : byReference) ??
      (relates ? (actedBefore ?? byVerb) : undefined) ??
      ranked[0];
    const people = new Set(
      q.mentions.filter((m) => kb.store.entities.get(m.id)?.kind === 'person').map((m) => m.id),
    );
    const evoked =
      best &&
      (triggerWeight(q, best.event, kb.triggers) > 0 ||
        new Set(q.mentions.filter((m) => kb.store.entities.has(m.id)).map((m) => m.id)).size >= 2);
    // A wrong date in the claim is what is to be corrected, not a sign of another event ("<person>'s visit
    // was in <another year>?").
    const dates = claimedDates(q);
    const wrongDate =
      best &&
      dates.length > 0 &&
      best.event.date.precision !== 'unknown' &&
      !dates.some((d) => claimOverlaps(d, best.event.date));
    // (An act the verb names, dated by another event: "did <A> cut off talks after <person>?".)
    const eventNamed =
      best &&
      (best === dayOfMany ||
        q.mentions.some((m) => m.id === best.event.id) ||
        (evoked && best.score + (wrongDate ? DATE_MISMATCH : 0) >= 2) ||
        people.size >= 2 ||
        (relates && (best === byVerb || best === actedBefore)));
    // "what did they discuss?" -> "did they reach any agreements?": an act of another event, by other people,
    // claimed of the one the conversation is about. The article reports no such act of it.
    const about = referred && kb.store.events.get(referred.id);
    // (Nothing else named: "was their meeting in <a city> too?" asks where the conversation's event was.)
    const namesOnlyIt =
      q.otherPlaces.length === 0 && q.mentions.every((m) => m.start < 0 || kb.store.events.has(m.id));
    // ("was it virtual?": how it was held, a word another event's sentence uses, is asked of this one.)
    const byManner =
      about &&
      best &&
      best.event.id !== about.id &&
      q.lemmas.every(
        (l, i) =>
          !kb.triggers.get(l)?.includes(best.event.id) ||
          cueWords().remoteWords.has(l) ||
          cueWords().remoteWords.has(q.normals[i] ?? ''),
      );
    if (about && namesOnlyIt && byManner) return checkEvent(q, kb, about);
    if (
      about &&
      namesOnlyIt &&
      best &&
      best.event.id !== about.id &&
      !relates &&
      !best.event.participants.some((p) => about.participants.some((a) => a.entity === p.entity))
    )
      return notStated('that about it', { text: about.summary, evidence: about.evidence }, kb.store);
    // "has he been to <a place> before this?": a time before the event in view, which that event cannot answer.
    const beforeThis =
      turn >= 0 &&
      cueWords().timelineBefore.has(q.normals[turn] ?? '') &&
      /^(this|that|then|it|these|those|now)$/.test(q.normals[turn + 1] ?? '') &&
      q.normals.slice(turn + 1).every((w) => /^(this|that|then|it|these|those|now|\W+)$/.test(w));
    if (best && beforeThis && best.event.participants.some((p) => people.has(p.entity)))
      return notStated(
        'whether that happened before then',
        { text: best.event.summary, evidence: best.event.evidence },
        kb.store,
      );
    const sideRank = best && eventNamed ? checkSideRank(q, kb, best.event) : undefined;
    if (sideRank) return sideRank;
    // ("<A> said <X> helps stop <Y>?": the events its words name are what was said, not what <A> did.)
    // (The subject of the claim, not a clause naming a thing: "is the stuff <A> said tied to <X>".)
    const subjectMention = person ? q.mentions.find((m) => m.id === person.id && m.start >= 0) : undefined;
    const subjectAt = subjectMention?.start ?? -1;
    const sayingAt =
      person &&
      q.pos[subjectAt - 1] !== 'NOUN' &&
      !/^(?:what|that|which)$/.test(q.normals[subjectAt - 1] ?? '')
        ? sayingVerbAt(q, person)
        : -1;
    const saysSomething =
      person !== undefined &&
      sayingAt >= 0 &&
      kb.store.statements.some((s) => sameParty(kb.store, s.holder, person.id));
    // ("is <A> called a <title>?" asks what the article calls them, not about a call.)
    const naming = q.normals.some((_w, i) => namesInPassive(q, i));
    // ("are <officials> optimistic about the dialogue with <B>": a feeling of the subject's, which only their
    // own reported words show, before any event the other words name.)
    // (Only of words of theirs on the thing asked about: "was <A> happy with how it went" is not answered by
    // what <A> stressed.)
    // (Worked out only with a word of feeling, `feeling` above: most yes/no questions have none.)
    const subject = feeling ? entities[0] : undefined;
    const feltAt = subject ? q.normals.indexOf(feeling ?? '') : -1;
    const topic = subject
      ? q.lemmas.filter(
          (_l, i) => i > feltAt && q.pos[i] === 'NOUN' && !q.mentions.some((m) => m.start <= i && i <= m.end),
        )
      : [];
    if (
      subject &&
      topic.length > 0 &&
      kb.store.statements.some(
        (st) => st.holder === subject.id && topic.some((t) => st.content.toLowerCase().includes(t)),
      )
    )
      return checkEntity(q, kb, subject);
    // ("does <A> believe talking can stop a war?": what <A> thinks, which only their reported words show; an act
    // the clause names is not claimed of <A>.)
    const opinionOf =
      person !== undefined &&
      subjectMention !== undefined &&
      cueWords().opinionVerbs.has(q.lemmas[subjectMention.end + 1] ?? '');
    const thinks = opinionOf && kb.store.statements.some((s) => sameParty(kb.store, s.holder, person.id));
    // ("does <A> think the talks went well" of an <A> the article reports no words of: what <A> thinks is not
    // given, and the event is no claim of the question to check.)
    if (opinionOf && !thinks && person)
      return notStated(`what ${person.name} thinks about that`, undefined, kb.store);
    if (best && eventNamed && !saysSomething && !thinks && !(naming && entities[0]?.kind === 'person'))
      return checkEvent(q, kb, best.event);
    const entity = entities[0];
    // ("does <A> claim <X>?" of what another party claims: "No.", with whose claim it is.)
    const othersClaim = entity && !naming ? claimedByAnother(q, kb, entity.id) : undefined;
    if (othersClaim) return othersClaim;
    // "Did <person> stress the need for open communication?" is checked against what he is reported to have said.
    const said =
      entity &&
      (naming
        ? undefined
        : kb.store.statements.find(
            (s) =>
              sameParty(kb.store, s.holder, entity.id) &&
              // ("did <A> say ...": any verb of saying; the words of what was said are checked before a "Yes.")
              (hasAnyOf(q, s.verbs) ||
                // (Or straight after the name, whatever wink tags it: "did <A> want ...".)
                // ("does <A> think <X>": what they think is what they are reported to have said.)
                q.lemmas.some(
                  (l, i) =>
                    verbOrAfterName(q, i) &&
                    (cueWords().claimSayingVerbs.has(l) || cueWords().opinionVerbs.has(l)),
                ) ||
                // ("does <A>'s view fit a broader goal": a noun for what they said, after their name.)
                q.mentions.some(
                  (m) =>
                    m.id === entity.id &&
                    q.normals[m.end + 1] === "'s" &&
                    cueWords().lists.sayWords.includes(q.lemmas[m.end + 2] ?? ''),
                )),
          ));
    // ("does <A> claim <a place>?" of <A>'s claim over another: a place their words are not about is no "Yes.")
    const claimAt = said ? q.lemmas.findIndex((l) => said.verbs.includes(l)) : -1;
    const elsewhere =
      said &&
      claimAt >= 0 &&
      q.mentions.some(
        (m) =>
          m.start > claimAt &&
          kb.store.entities.get(m.id)?.kind === 'place' &&
          !said.about.some((a) => sameParty(kb.store, a, m.id)) &&
          !said.content.toLowerCase().includes(kb.store.nameOf(m.id).toLowerCase()),
      );
    if (said && elsewhere)
      return notStated(
        `that ${kb.store.nameOf(said.holder)} ${said.verb} that`,
        { text: `${kb.store.nameOf(said.holder)} ${said.verb} ${said.content}`, evidence: said.evidence },
        kb.store,
      );
    // (A claim in other words than theirs, "will take a while to get real dialogue going", gets their words and
    // no verdict: only a claim all of whose words they used is confirmed.)
    const closest = said && closestStatement(q, [said]);
    if (said && closest && !closest.all) return reportedWords(said, kb);
    // ("did <A> say the talks ended on <a day>": a claim about their words that shares too little with them;
    // not "did <A> say anything (notable)", nor a topic their words or what the article ties to them hold.)
    const context = said && askedContext(q, said);
    const held = said
      ? `${said.content} ${said.evidence.join(' ')} ${context?.text ?? ''}`.toLowerCase()
      : '';
    const saidOf = q.normals.filter(
      (w, i) => i > sayingAt && q.pos[i] === 'NOUN' && w.length > 3 && !cueWords().vagueNouns.has(w),
    );
    const offTopic = saidOf.length > 0 && !saidOf.some((w) => held.includes(w.slice(0, 5)));
    // ("did <A> say anything (about <X>)": whether they spoke of it, which their words or the article's tie to
    // them settle; a clause, "<X> should end", is a claim about their words, which few shared words cannot back.)
    const anything = /^(?:anything|something|smth|sth|much)$/.test(q.normals[sayingAt + 1] ?? '');
    if (said && saysSomething && !closest && !offTopic && !anything) return reportedWords(said, kb);
    if (said && saysSomething && !closest && offTopic)
      return notStated(
        `that ${kb.store.nameOf(said.holder)} said that`,
        {
          text: `${kb.store.nameOf(said.holder)} ${said.verb} ${said.content}`,
          evidence: said.evidence,
        },
        kb.store,
      );
    if (said)
      return {
        ...yes(
          `${capitalize(kb.store.nameOf(said.holder))} ${said.verb} ${said.content}.${context ? ` ${context.text}` : ''}`,
          [said.evidence, ...(context ? [context.evidence] : [])],
          kb,
          [said.holder],
        ),
        // ("<A>'s view": the noun for their words stands for the words quoted.)
        workedOut: q.normals.filter((w) => cueWords().lists.sayWords.includes(w)),
      };
    // "did anyone from <a country> say <X>?": what that side is reported to have said on it, in its words.
    const saidBySide = person ? undefined : checkSaidBySide(q, kb);
    if (saidBySide) return saidBySide;
    // "<a name the article never uses> set this up with <person>?": a stranger put in the place of whoever did
    // the one thing the article has <person> do with someone.
    const isPerson = (id: string) => kb.store.entities.get(id)?.kind === 'person';
    const strangerParty = q.unknownWords.some((w) => {
      const i = q.normals.indexOf(w);
      return unknownSubjectAt(q, i) || joinedToPerson(q, i, isPerson);
    });
    const together = kb.store.facts.events.filter(
      (e) =>
        e.participants.some((p) => p.entity === entity?.id) &&
        e.participants.some((p) => p.entity !== entity?.id && isPerson(p.entity)),
    );
    const only = together.length === 1 ? together[0] : undefined;
    if (entity?.kind === 'person' && strangerParty && only) return checkEvent(q, kb, only);
    if (entity) return checkEntity(q, kb, entity);
    return best ? checkEvent(q, kb, best.event) : undefined;
  },
};
