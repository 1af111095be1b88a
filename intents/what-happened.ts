import { buildTimeline, formatTimeline } from '../src/engine/build-timeline.js';
import { cueWords } from '../src/engine/cue-words.js';
import {
  asksAboutAnotherInstance,
  rankEvents,
  rolesNoOneHolds,
  verbEvokes,
} from '../src/engine/event-ranking.js';
import type { Intent, IntentReply, Knowledge } from '../src/engine/intent.js';
import { MATCH } from '../src/engine/match-levels.js';
import { sameParty, sideOf } from '../src/engine/parties.js';
import { asksConsequence, hasAny, hasPhrase, mentionedIds } from '../src/engine/question-cues.js';
import { notStated, otherOccurrence, stated } from '../src/engine/replies.js';
import { capitalize, describeDate, joinNames } from '../src/engine/wording.js';
import type { FactStore } from '../src/facts/fact-store.js';
import type { Event } from '../src/facts/schema.js';
import type { ParsedQuestion } from '../src/nlp/parse-question.js';
import { overlaps } from '../src/nlp/resolve-date.js';

/** "what got shot down", "what was agreed": the events the participle after "what was" names, or none. */
function passiveActs(q: ParsedQuestion, triggers: ReadonlyMap<string, readonly string[]>): readonly string[] {
  const participle = q.normals[2] ?? '';
  if (
    q.wh !== 'what' ||
    q.normals[0] !== 'what' ||
    !['was', 'were', 'got', 'get', 'gets', 'is', 'are'].includes(q.normals[1] ?? '') ||
    // (A participle, not "what is going on".)
    !(q.pos[2] === 'VERB' || /(?:ed|en|wn|t)$/.test(participle)) ||
    /ing$/.test(participle) ||
    // ("what was discussed": the topics, answered below.)
    cueWords().discussWords.has(q.lemmas[2] ?? '') ||
    cueWords().discussWords.has(participle)
  )
    return [];
  const evoked = triggers.get(participle) ?? [];
  return evoked.length > 0 ? evoked : (triggers.get(q.lemmas[2] ?? '') ?? []);
}

/** Where the question asks how someone reacted ("respond", "reaction"), or -1. */
const reactionAt = (q: ParsedQuestion): number =>
  q.normals.findIndex(
    (w, i) => cueWords().reactionWords.has(w) || cueWords().reactionWords.has(q.lemmas[i] ?? ''),
  );

/** The event the question's words name best, when the article reports something done in response to it. */
function answeredEvent(
  q: ParsedQuestion,
  store: FactStore,
  triggers: ReadonlyMap<string, readonly string[]>,
): Event | undefined {
  return rankEvents(q, store, triggers).find(
    (r) => r.score >= MATCH.weak && store.facts.events.some((e) => e.cause?.event === r.event.id),
  )?.event;
}

/** "what did <person> do there / while in <place>": of a journey the person made, what they did on it. */
function visitAsked(q: ParsedQuestion, store: FactStore): { person: string; event: Event } | undefined {
  if (q.wh !== 'what') return undefined;
  // (The main verb "do", not the auxiliary after the question word, which wink may tag either way.)
  const whAt = q.normals.indexOf('what');
  const doAt = q.lemmas.findIndex((l, i) => l === 'do' && (q.pos[i] === 'VERB' || i > whAt + 1));
  if (doAt < 0) return undefined;
  const people = q.mentions.filter((m) => store.entities.get(m.id)?.kind === 'person').map((m) => m.id);
  const places = new Set(q.mentions.map((m) => m.id));
  const there = hasAny(q, 'there', 'while', 'during');
  const event = store.facts.events.find(
    (e) =>
      cueWords().motionWords.has(e.kind) &&
      e.participants.some((p) => people.includes(p.entity)) &&
      (there || (e.place?.entity !== undefined && places.has(e.place.entity))),
  );
  const person = event?.participants.find((p) => people.includes(p.entity))?.entity;
  return event && person ? { person: store.nameOf(person), event } : undefined;
}

/**
 * "what did <A> do about / to / over <an event>": <A>'s own act, the event itself when <A> did it, or the act the
 * article gives as <A>'s response to it; `undefined` act when the article reports none.
 */
function doneAbout(
  q: ParsedQuestion,
  store: FactStore,
  triggers: ReadonlyMap<string, readonly string[]>,
): { party: string; about: Event; act?: Event } | undefined {
  if (q.wh !== 'what') return undefined;
  const whAt = q.normals.findIndex((w) => w === 'what');
  const doAt = q.lemmas.findIndex((l, i) => l === 'do' && i > whAt + 1);
  const next = q.normals[doAt + 1] ?? '';
  const responding = next === 'in' && cueWords().reactionWords.has(q.normals[doAt + 2] ?? '');
  if (doAt < 0 || !(responding || ['about', 'to', 'over', 'regarding', 'after', 'with'].includes(next)))
    return undefined;
  const party = q.mentions.find((m) => m.start > whAt && m.end < doAt && store.entities.has(m.id))?.id;
  // (Named, or the one event a noun after the verb is a word for: "the visit".)
  const evoked = q.lemmas.flatMap((l, i) =>
    i > doAt + 1 && q.pos[i] === 'NOUN' ? (triggers.get(l) ?? []) : [],
  );
  const aboutId =
    q.mentions.find((m) => m.start > doAt && m.id.startsWith('event:'))?.id ??
    (new Set(evoked).size === 1 ? evoked[0] : undefined);
  const about = aboutId ? store.events.get(aboutId) : undefined;
  if (!party || !about) return undefined;
  const acts = (e: Event) =>
    e.participants.some(
      (p) => (p.role === 'agent' || p.role === 'visitor') && sameParty(store, p.entity, party),
    );
  const act = acts(about) ? about : store.facts.events.find((e) => e.cause?.event === about.id && acts(e));
  return { party, about, ...(act ? { act } : {}) };
}

export const whatHappened: Intent = {
  id: 'what-happened',
  description: 'What happened at an event or within a period, and what was discussed.',
  examples: [
    'What happened in February?',
    'What happened in December 2023?',
    'What did the two sides talk about?',
    'what happened last month',
    'describe the virtual meeting',
  ],
  counterExamples: [],
  match(q, { store, triggers }) {
    if (visitAsked(q, store) || doneAbout(q, store, triggers)) return MATCH.strong;
    const asksWhat =
      (q.wh === 'what' || q.wh === 'which') &&
      (hasAny(q, 'happen', 'happened', 'happening', 'occur', 'occurred') ||
        hasPhrase(q, 'take place') ||
        hasPhrase(q, 'go on') ||
        hasPhrase(q, 'going on') ||
        hasPhrase(q, 'go down') ||
        hasAny(q, 'situation'));
    if (asksWhat && q.dates.length > 0) return MATCH.veryStrong;
    const doing =
      q.wh === 'what' &&
      hasAny(q, 'do', 'doing', 'did', 'does') &&
      q.mentions.some((m) => store.entities.has(m.id));
    if (doing && q.dates.length > 0) return MATCH.firm;
    // ("how did <A> respond when <B> went to <a place>": an event the article gives a response to.)
    if (
      (reactionAt(q) >= 0 || asksConsequence(q)) &&
      q.wh !== undefined &&
      (q.mentions.some((m) => m.id.startsWith('event:')) || answeredEvent(q, store, triggers))
    )
      return MATCH.firm;
    const listing =
      hasAny(q, 'list', 'show', 'give', 'name') && hasAny(q, 'happen', 'happened', 'event', 'events');
    if (listing && q.dates.length > 0) return MATCH.strong;
    if (asksWhat) return MATCH.plausible;
    if (
      q.wh === 'what' &&
      (hasAny(q, 'discuss', 'discussed', 'delve', 'topic', 'topics', 'agenda') || hasPhrase(q, 'talk about'))
    )
      return MATCH.firm;
    // (Or a place only a dispute is about: "tell me about <a sea>".)
    const event = mentionedIds(q).some(
      (id) =>
        id.startsWith('event:') ||
        store.disputes.has(id) ||
        (store.facts.disputes.some((d) => d.place === id) &&
          !store.facts.events.some((e) => e.place?.entity === id)),
    );
    // ("tell me about the virtual call": a word for one event, though the event is not named.)
    // (Looked for only when asked to tell: most questions never get here with those words.)
    const evokesOne = () =>
      q.lemmas.some(
        (l, i) =>
          q.pos[i] === 'NOUN' &&
          triggers.get(l)?.length === 1 &&
          !q.mentions.some((m) => m.start >= 0 && m.start <= i && i <= m.end),
      );
    if (
      (event || (hasPhrase(q, 'tell me about') && evokesOne())) &&
      (hasPhrase(q, 'tell me about') ||
        hasAny(
          q,
          'describe',
          'explain',
          'summarize',
          'summarise',
          'details',
          'mention',
          'mentioned',
          'involve',
          'involving',
        ))
    )
      return MATCH.likely;
    // ("summary of <the event> pls": a summary asked of it, unless another question word asks something else,
    // "who had talks with who, quick summary pls".)
    if (
      event &&
      (q.wh === undefined || q.wh === 'what') &&
      hasAny(q, 'summary', 'recap', 'rundown', 'overview')
    )
      return MATCH.likely;
    // A bare name of an event ("the storm", "<a place> elections") asks about it.
    const words = q.normals.filter((t) => /\w/.test(t)).length;
    if (event && q.wh === undefined && !q.yesNo && words <= 4) return MATCH.faint;
    // "what got shot down", "what was agreed": the thing an act was done to, asked in the passive.
    if (passiveActs(q, triggers).length > 0) return MATCH.fair;
    // "What did <person> agree to?", "What did <a country> shoot down?": the act the verb names.
    const actVerb = verbEvokes(q, triggers);
    // (Or "they", the people of an event the conversation is on, whose act the verb names: "what did they agree to".)
    if (
      q.wh === 'what' &&
      actVerb &&
      q.mentions.some(
        (m) =>
          store.entities.has(m.id) ||
          (m.via === 'pronoun' && store.events.has(m.id) && verbEvokes(q, triggers, m.id)),
      )
    )
      return MATCH.fair;
    if (q.dates.length > 0 && (q.wh === 'what' || q.wh === 'which') && hasAny(q, 'event', 'events'))
      return MATCH.likely;
    return 0;
  },
  answer(q, kb) {
    const { store, triggers } = kb;
    // ("what did <A> concede to get <the talks> going": the act asked is the main verb's; an event named only in
    // the clause of purpose after it is what the act was for, not the act.)
    const purposeAt = q.normals.findIndex((w, i) => w === 'to' && i > 2 && q.pos[i + 1] === 'VERB');
    const mainAt = q.pos.findIndex((p, i) => p === 'VERB' && i < purposeAt);
    const main = q.lemmas[mainAt] ?? '';
    if (
      q.wh === 'what' &&
      mainAt > 0 &&
      (triggers.get(main)?.length ?? 0) === 0 &&
      !cueWords().lightVerbs.has(main) &&
      !cueWords().genericEventWords.has(main) &&
      !cueWords().supportVerbs.has(main) &&
      !q.mentions.some((m) => m.start >= 0 && m.start < purposeAt && store.events.has(m.id))
    )
      return notStated('that');
    // "what was severed in <a month>": the act the participle names, whatever else was in that month.
    const acts = passiveActs(q, triggers)
      .map((id) => store.events.get(id))
      .filter(
        (e): e is Event =>
          e !== undefined && (q.dates.length === 0 || q.dates.some((d) => overlaps(d, e.date))),
      );
    // "what else did <A> and <B> agree on": of people the article reports in one event only, nothing else.
    if (hasAny(q, 'else', 'besides') || hasPhrase(q, 'other than')) {
      const people = q.mentions.filter((m) => store.entities.get(m.id)?.kind === 'person').map((m) => m.id);
      const theirs = store.facts.events.filter((e) =>
        people.every((id) => e.participants.some((p) => p.entity === id)),
      );
      const [only] = theirs;
      if (people.length > 0 && theirs.length === 1 && only)
        return notStated(
          `anything else of ${joinNames(people.map((id) => store.nameOf(id)))}`,
          { text: only.summary, evidence: only.evidence },
          store,
        );
    }
    // ("what did <A> use to shoot down <X>": the means of an act, which only "with"/"using" in its sentences give.)
    const usedAt = q.lemmas.findIndex(
      (l, i) => l === 'use' && q.normals[i + 1] === 'to' && q.pos[i + 2] === 'VERB',
    );
    if (q.wh === 'what' && usedAt >= 0) {
      const [top] = rankEvents(q, store, triggers);
      if (top && !top.event.evidence.some((ev) => /\b(?:with|using|by means of)\b/i.test(ev)))
        return notStated('what was used', { text: top.event.summary, evidence: top.event.evidence }, store);
    }
    // ("what did <A> and <B> agree on in their call": an agreement of theirs, which the article may not report.)
    const unreported = agreementUnreported(q, store, triggers);
    if (unreported) return unreported;
    const done = doneAbout(q, store, triggers);
    if (done?.act)
      return stated(store, `${capitalize(done.act.summary)}.`, [done.act.evidence], [done.act.id], 0.8);
    if (done)
      return notStated(
        `what ${store.nameOf(done.party)} did about that`,
        { text: done.about.summary, evidence: done.about.evidence },
        store,
      );
    const [act] = acts;
    if (acts.length === 1 && act)
      return stated(store, `${capitalize(act.summary)}.`, [act.evidence], [act.id], 0.8);
    // "what did <person> do there / in <the place they visited>": the article reports the visit, not what was
    // done during it.
    const visit = visitAsked(q, store);
    if (visit)
      return notStated(
        `what ${visit.person} did there`,
        { text: visit.event.summary, evidence: visit.event.evidence },
        store,
      );
    // "what happened at the <another number> round?": another occurrence, which the article does not report.
    const repeated = store.facts.events.find((e) =>
      asksAboutAnotherInstance(q, e, triggers, store.meta.referenceDate.date),
    );
    if (repeated) return otherOccurrence(store, repeated);
    // "between <month year> and January 2024" is one range.
    const first = q.dates[0];
    const last = q.dates.at(-1);
    const range =
      first && last
        ? {
            start: first.start,
            end: last.end,
            label: q.dates.length > 1 ? `${first.label} to ${last.label}` : first.label,
          }
        : undefined;
    if (range && !q.mentions.some((m) => m.id.startsWith('event:'))) {
      // "What did <a country> do in February?": the events of that party in that period.
      const about = q.mentions.find((m) => store.entities.has(m.id))?.id;
      let entries = buildTimeline(store, { range, ...(about ? { about } : {}) });
      // "In August" with no year: the article's own August, whichever year that was.
      if (entries.length === 0 && first?.yearless && q.dates.length === 1) {
        const month = first.start.slice(5, 7);
        const event = store.facts.events.find(
          (e) => e.date.precision !== 'unknown' && e.date.start.slice(5, 7) === month,
        );
        if (event) {
          const year = event.date.start.slice(0, 4);
          range.start = `${year}${first.start.slice(4)}`;
          range.end = `${year}${first.end.slice(4)}`;
          range.label = first.label.replace(/\d{4}$/, year);
          entries = buildTimeline(store, { range, ...(about ? { about } : {}) });
        }
      }
      // ("what did <a country> agree to late last year": an act of its people, "<its president> and <B> agreed".)
      // (Of a country, not a person: what <a president>'s side did is not what he did.)
      // ("what happened with <a country> in <month>": what happened to it as well, "the <demonym> <thing>".)
      if (entries.length === 0 && about && q.lemmas.includes('happen'))
        entries = buildTimeline(store, { range }).filter(
          (en) => store.events.get(en.eventId)?.objectSide === (sideOf(store, about) ?? about),
        );
      if (entries.length === 0 && about && store.entities.get(about)?.kind === 'country')
        entries = buildTimeline(store, { range }).filter(
          (en) =>
            store.events
              .get(en.eventId)
              ?.participants.some((p) => sideOf(store, p.entity) === (sideOf(store, about) ?? about)) ===
            true,
        );
      // An undated event, in response to something in the range, that the question's test picks out.
      const undatedResponse = (picks: (e: Event) => boolean) =>
        store.facts.events.find((e) => {
          const cause = e.cause ? store.events.get(e.cause.event) : undefined;
          return (
            e.date.precision === 'unknown' && cause !== undefined && overlaps(range, cause.date) && picks(e)
          );
        });
      const undated = (e: Event) =>
        stated(store, `The article gives no date for it, but ${e.summary}.`, [e.evidence], [e.id], 0.75);
      // ("what happened to the <thing> in <month>": that thing's own, when none of the month's events is of it.)
      const evoked = about
        ? new Set<string>()
        : new Set(q.lemmas.flatMap((l, i) => (q.pos[i] === 'NOUN' ? (triggers.get(l) ?? []) : [])));
      const ofThing =
        evoked.size > 0 && !entries.some((en) => evoked.has(en.eventId))
          ? undatedResponse((e) => evoked.has(e.id))
          : undefined;
      if (ofThing) return undated(ofThing);
      if (entries.length === 0 && about) {
        // ("what did <A> do in <month>": an undated act of <A>'s in response to something in that month.)
        const responding = undatedResponse((e) =>
          e.participants.some((p) => sameParty(store, p.entity, about)),
        );
        if (responding) return undated(responding);
        return {
          answered: false,
          text: `The article reports nothing ${store.nameOf(about)} did in ${range.label}.`,
          citations: [],
          confidence: 0.85,
        };
      }
      if (entries.length === 0) {
        return {
          answered: false,
          text: `The article reports no event in ${range.label}.`,
          citations: [],
          confidence: 0.85,
        };
      }
      return {
        answered: true,
        // ("On January 9, 2024": a single day takes "on".)
        text: `${/^(last|this) /.test(range.label) ? capitalize(range.label) : `${range.start === range.end ? 'On' : 'In'} ${range.label}`}, the article reports:\n${formatTimeline(entries)}`,
        citations: entries
          .flatMap((e) => e.citations)
          .filter((c, i, all) => all.findIndex((x) => x.sentence === c.sentence) === i)
          .sort((a, b) => a.sentence - b.sentence),
        confidence: 0.9,
        focus: entries.map((e) => e.eventId),
      };
    }
    // "How did <a country> react to <person>'s visit?": the event the article says was a response to it.
    // ("how did <A> respond when <B> went to <a place>": the event the clause names, by its words.)
    const reactAt = reactionAt(q);
    // ("what happened because of <X>", "what did <X> lead to": the same, asked of what followed.)
    const consequence = asksConsequence(q);
    if (reactAt >= 0 || consequence) {
      const named = q.mentions.find((m) => store.events.has(m.id));
      const ranked = answeredEvent(q, store, triggers);
      const cause = named ?? (ranked ? { id: ranked.id } : undefined);
      // ("how did <A> react to the <place> results": a thing the cause's words never name is another cause.)
      const toAt = reactAt >= 0 ? q.normals.indexOf('to', reactAt) : -1;
      const causeEvent = !named && cause ? store.events.get(cause.id) : undefined;
      const causeWords = causeEvent
        ? `${causeEvent.name} ${causeEvent.summary} ${causeEvent.aliases.join(' ')} ${causeEvent.triggers.join(' ')}`.toLowerCase()
        : '';
      const strange =
        causeEvent && toAt >= 0
          ? q.lemmas.find(
              (l, i) =>
                i > toAt &&
                q.pos[i] === 'NOUN' &&
                l.length > 3 &&
                !q.mentions.some((m) => m.start <= i && i <= m.end) &&
                !causeWords.includes(l.slice(0, 5)),
            )
          : undefined;
      if (strange)
        return notStated(
          `how anyone reacted to ${q.raws
            .slice(toAt + 1)
            .join(' ')
            .replace(/[?!.\s]+$/, '')}`,
          causeEvent ? { text: causeEvent.summary, evidence: causeEvent.evidence } : undefined,
          store,
        );
      const reaction = cause && store.facts.events.find((e) => e.cause?.event === cause.id);
      // (Of the one asked about: "how did <A> respond" is not answered by what <B> did.)
      const reactor =
        reactAt < 0
          ? undefined
          : q.mentions.find((m) => m.start >= 0 && m.start < reactAt && store.entities.has(m.id));
      const agents = reaction?.participants.filter((p) => p.role === 'agent') ?? [];
      const another =
        reactor !== undefined &&
        agents.length > 0 &&
        !agents.some((a) => sameParty(store, a.entity, reactor.id) || sideOf(store, a.entity) === reactor.id);
      if (reaction && another && reactor)
        return notStated(
          `how ${store.nameOf(reactor.id)} reacted`,
          { text: reaction.summary, evidence: reaction.evidence },
          store,
        );
      if (reaction) {
        return stated(store, `${capitalize(reaction.summary)}.`, [reaction.evidence], [reaction.id], 0.85);
      }
      const about = cause ? store.events.get(cause.id) : undefined;
      return notStated(
        reactAt < 0
          ? `what came of ${about?.name ?? 'that'}`
          : `how anyone reacted to ${about?.name ?? 'that'}`,
        about ? { text: about.summary, evidence: about.evidence } : undefined,
        store,
      );
    }
    // "what was discussed about <a dispute>": what the one meeting with topics covered, which may not be it.
    const discussing = q.lemmas.some(
      (l, i) => cueWords().discussWords.has(l) || cueWords().discussWords.has(q.normals[i] ?? ''),
    );
    // (The last of them: "talk about regarding <X>".)
    const aboutAt = Math.max(...['about', 'regarding', 'concerning'].map((w) => q.normals.lastIndexOf(w)));
    const withTopics = store.facts.events.filter((e) => e.topics?.length);
    const [met] = withTopics;
    if (discussing && aboutAt >= 0 && withTopics.length === 1 && met?.topics) {
      const asked = q.raws.slice(aboutAt + 1).filter((w) => /\p{L}{4,}/u.test(w));
      const covered = met.topics.map((t) => t.text.toLowerCase()).join(' ');
      const subject = q.raws
        .slice(aboutAt + 1)
        .join(' ')
        .replace(/\s*[?.!]+$/, '');
      if (asked.length > 0 && !asked.some((w) => covered.includes(w.toLowerCase())))
        return notStated(
          `what was discussed about ${subject} at ${met.name}`,
          {
            text: `the two sides delved into ${joinNames(met.topics.map((t) => t.text))}`,
            evidence: met.topics.flatMap((t) => t.evidence),
          },
          store,
        );
    }
    // A dispute named, or a place only a dispute is about ("what's going on in <a place>?").
    // "What's going on between <party A> and <party B>?": the dispute between the two parties named.
    const sides = new Set(
      q.mentions.filter((m) => store.entities.has(m.id)).map((m) => sideOf(store, m.id) ?? m.id),
    );
    const between =
      sides.size >= 2 && !q.lemmas.some((l) => (triggers.get(l)?.length ?? 0) > 0)
        ? store.facts.disputes.find(
            (d) =>
              [...sides].every((s) => d.parties.includes(s)) &&
              !d.parties.every((p) => store.facts.relationship?.parties.includes(p)),
          )
        : undefined;
    const dispute =
      between ??
      q.mentions.flatMap((m) => store.disputes.get(m.id) ?? [])[0] ??
      store.facts.disputes.find((d) => d.place !== undefined && q.mentions.some((m) => m.id === d.place));
    if (dispute && !q.mentions.some((m) => m.id.startsWith('event:'))) {
      return stated(store, `${capitalize(dispute.summary)}.`, [dispute.evidence], [dispute.id], 0.8);
    }
    const ranked = rankEvents(q, store, triggers);
    const top = ranked[0];
    if (!top || top.score < 1) return undefined;
    // "what's going on in <a place> rn": of the events that fit about as well, the one nearest the article's date.
    const present =
      hasAny(q, 'now', 'currently', 'today', 'nowadays') ||
      (q.normals.some((w) => w === 'is' || w === 'are') &&
        (hasPhrase(q, 'going on') || hasAny(q, 'happening')));
    const reference = Date.parse(store.meta.referenceDate.date);
    const distance = (e: Event) =>
      e.date.precision === 'unknown'
        ? Number.POSITIVE_INFINITY
        : Math.max(0, Date.parse(e.date.start) - reference, reference - Date.parse(e.date.end));
    // ("what elections are happening around the time of the talks": the kind asked right after "what", an event's own
    // word, is the event asked about; the one named after it only says when.)
    const kindAt = q.normals.indexOf('what') + 1;
    const kindEvents =
      kindAt > 0 && q.pos[kindAt] === 'NOUN' ? (triggers.get(q.lemmas[kindAt] ?? '') ?? []) : [];
    const ofKind = kindEvents.length === 1 ? ranked.find((r) => r.event.id === kindEvents[0]) : undefined;
    const best = ofKind
      ? ofKind
      : present
        ? ([...ranked.filter((r) => r.score >= top.score - 1)].sort(
            (a, b) => distance(a.event) - distance(b.event),
          )[0] ?? top)
        : top;
    // "What did they talk about?" means the event that has topics when two fit equally well; not when the
    // question or the conversation names the event ("<A>'s call with <B>" -> "what did they discuss").
    // (Not "tell me about <X>", which asks for all of it.)
    const { topicWords, overviewBeforeAbout } = cueWords().lists;
    const wantsTopics = q.normals.some(
      (w, i) =>
        topicWords.includes(w) && !(w === 'about' && overviewBeforeAbout.includes(q.normals[i - 1] ?? '')),
    );
    const named = q.mentions.some((m) => m.id === best.event.id && m.via !== 'context');
    const { event } =
      (wantsTopics && !named && ranked.find((r) => r.event.topics?.length && r.score >= best.score - 0.5)) ||
      best;
    if (
      wantsTopics &&
      (hasAny(q, 'discuss', 'discussed', 'topic', 'topics', 'agenda') ||
        cueWords().lists.discussPhrases.some((p) => hasPhrase(q, p))) &&
      !event.topics?.length
    ) {
      return notStated(
        `what was discussed at ${event.name}`,
        { text: event.summary, evidence: event.evidence },
        store,
      );
    }
    // ("what was discussed on day <n>", "on the first day": the article gives a span's topics as a whole.)
    const dayAt = q.normals.findIndex(
      (w, i) =>
        w === 'day' &&
        (/^(?:\d|one|two|three)$/.test(q.normals[i + 1] ?? '') ||
          /^(?:first|second|third|last|final|1st|2nd|3rd)$/.test(q.normals[i - 1] ?? '')),
    );
    if (dayAt >= 0 && event.date.start !== event.date.end)
      return notStated(
        `what happened on which of its days; it tells ${event.name} as a whole`,
        event.topics?.length
          ? {
              text: `the two sides delved into ${joinNames(event.topics.map((t) => t.text))}`,
              evidence: event.topics.flatMap((t) => t.evidence),
            }
          : { text: event.summary, evidence: event.evidence },
        store,
      );
    if (wantsTopics && event.topics?.length) {
      return stated(
        store,
        `The two sides delved into ${joinNames(event.topics.map((t) => t.text))}.`,
        [...event.topics.map((t) => t.evidence)],
        [event.id],
        0.85,
      );
    }
    // ("what's <a place>'s current president called": a role no one of the event holds, not the event.)
    if (rolesNoOneHolds(q, event, kb).length > 0)
      return notStated('who that is', { text: event.summary, evidence: event.evidence }, store);
    // ("the phone call between <A> and <B>" of a virtual meeting: told as the article gives it, the phone unsaid.)
    const phoned = event.place?.virtual ? q.unknownWords.filter((w) => cueWords().phoneWords.has(w)) : [];
    const where = event.place
      ? event.place.virtual
        ? ` It was a virtual meeting${phoned.length ? '; the article does not say it was by phone' : ''}.`
        : ` Place: ${event.place.text}.`
      : '';
    const topics = event.topics?.length
      ? ` The two sides delved into ${joinNames(event.topics.map((t) => t.text))}.`
      : '';
    // ("what's the deal with <A>'s trip": what it led to, when the article says, is the point of it.)
    const led = store.facts.relations.filter((r) => r.type === 'caused' && r.from === event.id);
    const ledTo = led.length ? ` It led to this: ${led.map((r) => capitalize(r.text)).join('; ')}.` : '';
    const reply = stated(
      store,
      `${capitalize(event.summary)}. When: ${describeDate(event.date)}.${where}${topics}${ledTo}`,
      [event.evidence, ...(event.topics ?? []).map((t) => t.evidence), ...led.map((r) => r.evidence)],
      [event.id],
      0.8,
    );
    return phoned.length ? { ...reply, workedOut: phoned } : reply;
  },
};

/**
 * "what did <A> and <B> agree on": when the article reports an event of theirs but no agreement of theirs, it does not
 * say they agreed anything. Undefined when no agreement is asked, or one of theirs is reported.
 */
function agreementUnreported(
  q: ParsedQuestion,
  store: FactStore,
  triggers: Knowledge['triggers'],
): IntentReply | undefined {
  if (!q.lemmas.some((l, i) => l === 'agree' && q.pos[i] === 'VERB')) return undefined;
  const people = q.mentions.filter((m) => store.entities.get(m.id)?.kind === 'person').map((m) => m.id);
  const agreements = triggers.get('agree') ?? [];
  // ("what did the two sides agree on in <the city of the talks>": the event the question points to by its place
  // or by name, when it is no agreement; sides alone may have agreed elsewhere.)
  if (people.length === 0) {
    const pointed = q.mentions.some(
      (m) => m.start >= 0 && (store.events.has(m.id) || store.entities.get(m.id)?.kind === 'place'),
    );
    if (!pointed) return undefined;
    const [top] = rankEvents(q, store, triggers);
    if (!top || top.score < 2 || agreements.includes(top.event.id)) return undefined;
    return notStated(
      `that anything was agreed at ${top.event.name}`,
      { text: top.event.summary, evidence: top.event.evidence },
      store,
    );
  }
  const theirs = store.facts.events.filter((e) =>
    people.every((id) => e.participants.some((p) => p.entity === id)),
  );
  const [event] = theirs;
  if (!event || theirs.some((e) => agreements.includes(e.id))) return undefined;
  return notStated(
    `that ${joinNames(people.map((id) => store.nameOf(id)))} agreed anything`,
    { text: event.summary, evidence: event.evidence },
    store,
  );
}
