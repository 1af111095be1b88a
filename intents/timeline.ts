import {
  buildTimeline,
  formatTimeline,
  sortEvents,
  type TimelineFilter,
  toTimelineEntry,
} from '../src/engine/build-timeline.js';
import { cueWords } from '../src/engine/cue-words.js';
import { asksAboutAnotherInstance, rankEvents, verbEvokes } from '../src/engine/event-ranking.js';
import type { Intent, IntentReply, Knowledge } from '../src/engine/intent.js';
import { MATCH } from '../src/engine/match-levels.js';
import { sameParty, sideOf } from '../src/engine/parties.js';
import { plannedSentenceOf } from '../src/engine/planned-acts.js';
import { contentVerbs, hasAny, hasAnyOf, hasLinkNoun, hasPhrase } from '../src/engine/question-cues.js';
import { asksRelative, relativeClaim, relativeRound } from '../src/engine/relative-round.js';
import { notStated, otherOccurrence, stated } from '../src/engine/replies.js';
import { capitalize } from '../src/engine/wording.js';
import type { FactStore } from '../src/facts/fact-store.js';
import type { Event } from '../src/facts/schema.js';
import type { ParsedQuestion } from '../src/nlp/parse-question.js';

/**
 * A word of direction in the question, not one that only describes a thing ("the two later complaints",
 * "his earlier warnings"); a time after it is still a direction ("the following day").
 */
const directionIn = (q: ParsedQuestion, words: readonly string[]): boolean =>
  q.normals.some(
    (w, i) =>
      words.includes(w) &&
      !(
        q.pos[i + 1] === 'NOUN' &&
        /^(?:later|earlier)$/.test(w) &&
        !cueWords().timeNouns.has(q.lemmas[i + 1] ?? '')
      ),
  );

const plainDirection = (q: ParsedQuestion): 'before' | 'after' | undefined =>
  directionIn(q, cueWords().lists.timelineBefore) ||
  hasPhrase(q, 'lead up') ||
  hasPhrase(q, 'led up') ||
  hasAny(q, 'background')
    ? 'before'
    : directionIn(q, cueWords().lists.timelineAfter)
      ? 'after'
      : undefined;

/**
 * Whether the time is asked from the event's side: "<X> came after what?", "what did <X> come after?" ask what
 * <X> followed, so what came before it.
 */
function strandedOrder(q: ParsedQuestion): boolean {
  const at = q.normals.findIndex((w) => cueWords().timelineBefore.has(w) || cueWords().timelineAfter.has(w));
  return (
    at > 0 &&
    q.normals.slice(at + 1).every((w, k) => w === 'what' || q.pos[at + 1 + k] === 'PUNCT') &&
    q.mentions.some((m) => m.start >= 0 && m.start < at)
  );
}

const direction = (q: ParsedQuestion): 'before' | 'after' | undefined => {
  const dir = plainDirection(q);
  if (!dir || !strandedOrder(q)) return dir;
  return dir === 'before' ? 'after' : 'before';
};

/** The words for the first and the latest of events, joined once per cue-word file. */
let endsOf: { cues: ReturnType<typeof cueWords>; ends: readonly string[] } | undefined;
const endWords = (): readonly string[] => {
  const cues = cueWords();
  if (endsOf?.cues !== cues)
    endsOf = { cues, ends: [...cues.lists.timelineFirst, ...cues.lists.timelineLatest] };
  return endsOf.ends;
};

/** Words that ask the order of things. */
const ORDER_WORDS = ['before', 'after', 'first', 'earlier', 'recent', 'latest', 'order'];

/** Joins two people named as a pair: "<A>-<B>", "<A> and <B>", "<A>/<B>". */
const PAIRED = /^(-|–|\/|and|&|with|vs)$/;

/**
 * Events a question names, by name or by a noun only one event answers to ("the agreement"), or by the pair
 * of people who took part in it ("<A>-<B> or <C>-<D>").
 */
/**
 * "what was <A>'s share price before <the fall>": a value at one time, asked by the noun between "what was" and
 * "before", which is no event named nor a word for one ("what was the last thing before <X>").
 */
function valueAtTime(q: ParsedQuestion, store: FactStore): boolean {
  const turn = q.normals.findIndex((w) => w === 'before' || w === 'after');
  if (q.wh !== 'what' || turn < 0 || !/^(?:is|was|were|are|'s)$/.test(q.normals[1] ?? '')) return false;
  // (Not what someone was doing: "what was <A> doing before <X>" asks what they did.)
  if (q.pos.some((p, i) => i > 1 && i < turn && p === 'VERB')) return false;
  const inEvent = (i: number) => q.mentions.some((m) => m.start <= i && i <= m.end && store.events.has(m.id));
  return q.pos.some(
    (p, i) =>
      i > 1 &&
      i < turn &&
      (p === 'NOUN' || p === 'PROPN') &&
      !inEvent(i) &&
      !cueWords().oneEventNouns.has(q.lemmas[i] ?? '') &&
      !cueWords().genericEventWords.has(q.lemmas[i] ?? ''),
  );
}

function namedEvents(q: ParsedQuestion, store: FactStore, triggers: Knowledge['triggers']): string[] {
  const ids = new Set(q.mentions.filter((m) => m.id.startsWith('event:')).map((m) => m.id));
  const people = q.mentions.filter((m) => m.start >= 0 && store.entities.get(m.id)?.kind === 'person');
  for (const [i, a] of people.entries()) {
    const b = people[i + 1];
    if (!b || b.start !== a.end + 2 || !PAIRED.test(q.normals[a.end + 1] ?? '')) continue;
    const both = store.facts.events.filter((e) =>
      [a.id, b.id].every((id) => e.participants.some((p) => p.entity === id)),
    );
    if (both.length === 1 && both[0]) ids.add(both[0].id);
  }
  // (Or, asked in what order, a verb in "-ing" naming an item of a list: "<A> visit, <B> cutting off dialogue".)
  const orderAsked = q.normals.includes('order');
  q.lemmas.forEach((l, i) => {
    const evoked = triggers.get(l) ?? [];
    const inName = q.mentions.some((m) => m.start <= i && i <= m.end);
    const item =
      q.pos[i] === 'NOUN' || (orderAsked && q.pos[i] === 'VERB' && q.normals[i]?.endsWith('ing') === true);
    if (item && !inName && evoked.length === 1 && evoked[0]) ids.add(evoked[0]);
  });
  // ("was <B> before or after <A>?": a person named alone, in a question of order, stands for the one event
  // the article reports of them, when no event of theirs is named already.)
  // (Only with another event named, or two people's own events offered one against the other ("<A>'s or
  // <B>'s"): "what does the article call <A> later on" names none.)
  const own = people.flatMap((m) => {
    const theirs = store.facts.events.filter((e) => e.participants.some((p) => p.entity === m.id));
    return theirs.length === 1 && theirs[0] ? [theirs[0].id] : [];
  });
  const typed =
    q.mentions.some((m) => m.start >= 0 && ids.has(m.id)) ||
    ids.size > q.mentions.filter((m) => ids.has(m.id)).length ||
    (new Set(own).size >= 2 && q.normals.includes('or'));
  if (typed && q.normals.some((w) => ORDER_WORDS.includes(w))) for (const id of own) ids.add(id);
  // ("which came first, the virtual one or the <city> one": alternatives offered by a word only one event has,
  // or by the place only one event was held in.)
  if (ids.size < 2 && q.normals.includes('or') && q.normals.some((w) => ORDER_WORDS.includes(w))) {
    q.lemmas.forEach((l, i) => {
      const evoked = triggers.get(l) ?? [];
      if (q.pos[i] === 'ADJ' && evoked.length === 1 && evoked[0]) ids.add(evoked[0]);
    });
    for (const m of q.mentions) {
      const heldThere = store.facts.events.filter((e) => e.place?.entity === m.id && !e.place.virtual);
      if (store.entities.get(m.id)?.kind === 'place' && heldThere.length === 1 && heldThere[0])
        ids.add(heldThere[0].id);
    }
  }
  return [...ids];
}

/** "is the article from before or after <X>?": the article itself put against one event. */
const asksArticleOrder = (q: ParsedQuestion): boolean =>
  q.normals.some((w) => cueWords().articleNouns.has(w)) && hasAny(q, 'before') && hasAny(q, 'after');

/** "is the article from before or after <X>?": the article's own date against the event's. */
function articleAgainst(
  q: ParsedQuestion,
  store: FactStore,
  ids: readonly string[],
): IntentReply | undefined {
  const [event, ...others] = ids.flatMap((id) => store.events.get(id) ?? []);
  if (!event || others.length > 0 || event.date.precision === 'unknown') return undefined;
  if (!asksArticleOrder(q)) return undefined;
  const dated = store.meta.referenceDate.date;
  // (Asked of its end, an article dated the day something ended reports it ended: after.)
  const ofEnd = q.lemmas.some((l) => cueWords().endWords.has(l)) && dated >= event.date.end;
  const order = dated < event.date.start ? 'before' : dated > event.date.end || ofEnd ? 'after' : undefined;
  return {
    ...stated(
      store,
      order
        ? `${capitalize(order)}: the article is dated ${dated}; ${event.name}: ${event.date.resolved}.`
        : `Neither: the article is dated ${dated}, within the dates of ${event.name} (${event.date.resolved}).`,
      [event.evidence],
      [event.id],
      0.85,
    ),
    // (The article's date against the event's: worked out, not read in one sentence.)
    workedOut: q.normals.filter((w) => cueWords().articleNouns.has(w)),
  };
}

/** Where the question names an event: by name, by a noun for it, or by one of its people; 99 if nowhere. */
function at(q: ParsedQuestion, kb: Pick<Knowledge, 'store' | 'triggers'>, id: string): number {
  const named = q.mentions.find((m) => m.id === id && m.start >= 0)?.start;
  // (Not a word that names another event: "the <month> talks before or after the <A> <B> meeting".)
  const othersName = (i: number) =>
    q.mentions.some((m) => m.id !== id && m.start <= i && i <= m.end && kb.store.events.has(m.id));
  const evoked = q.lemmas.findIndex(
    (l, i) => q.pos[i] === 'NOUN' && kb.triggers.get(l)?.includes(id) && !othersName(i),
  );
  const byPerson = q.mentions.find(
    (m) => m.start >= 0 && kb.store.events.get(id)?.participants.some((p) => p.entity === m.id),
  )?.start;
  // (Or the pronoun that stands for it: "did they meet before or after <B>?".)
  const pronoun = q.mentions.some((m) => m.id === id && m.via === 'pronoun')
    ? q.normals.findIndex((w) => /^(?:it|they|that|this)$/.test(w))
    : -1;
  // (The earlier of its word and its people: "the <A> <B> thing ... the <X> talks", where "talks" may evoke both.)
  return named ?? Math.min(evoked >= 0 ? evoked : 99, byPerson ?? 99, pronoun >= 0 ? pronoun : 99);
}

/** An event's name with the place it was held, when the name lacks it: two events are told apart by both. */
const placedName = (e: Event): string =>
  e.place && !e.place.virtual && !e.name.includes(e.place.text) ? `${e.name} in ${e.place.text}` : e.name;

/** Two named events: which came first ("the storm or the agreement?"), or what lies between them. */
function answerPair(
  q: ParsedQuestion,
  store: FactStore,
  triggers: Knowledge['triggers'],
): IntentReply | undefined {
  const ids = namedEvents(q, store, triggers);
  const againstArticle = articleAgainst(q, store, ids);
  if (againstArticle) return againstArticle;
  const events = sortEvents(ids.flatMap((id) => store.events.get(id) ?? []));
  const [a, b] = events;
  if (!a || !b) return undefined;
  // "Put these in order: ...": any number of named events, sorted.
  if (events.length > 2 || hasAny(q, 'order', 'sort', 'sequence', 'chronological')) {
    const entries = events.map((e) => toTimelineEntry(store, e));
    // ("so the order is <A>, then <B>, then <C>?": the order as typed, checked against the dates.)
    const claimed = q.wh === undefined && (q.yesNo || q.normals.at(-1) === '?');
    const typed = [...events].sort(
      (x, y) => at(q, { store, triggers }, x.id) - at(q, { store, triggers }, y.id),
    );
    const distinct = events.every((e, i) => i === 0 || (events[i - 1]?.date.end ?? '') < e.date.start);
    const verdict =
      claimed && distinct && events.every((e) => at(q, { store, triggers }, e.id) < 99)
        ? typed.every((e, i) => e.id === events[i]?.id)
          ? 'Yes. '
          : 'No. '
        : '';
    return stated(
      store,
      `${verdict}In date order:\n${formatTimeline(entries)}`,
      events.map((e) => e.evidence),
      events.map((e) => e.id),
      0.85,
    );
  }
  // (A "between" inside an event's name is not what lies between: "was <the meeting between A and B> before
  // or after <C>?", "which came first, <the meeting between A and B> or <C>".)
  const whichFirst = hasAny(q, 'first', 'earlier', 'sooner', 'later', 'last') && hasAny(q, 'or');
  if (hasAny(q, 'between') && !(hasAny(q, 'before') && hasAny(q, 'after')) && !whichFirst) {
    const entries = buildTimeline(store, { after: a, before: b });
    return {
      answered: true,
      text: entries.length
        ? `Between ${a.name} (${a.date.resolved}) and ${b.name} (${b.date.resolved}), the article reports:\n${formatTimeline(entries)}`
        : `The article reports nothing between ${a.name} (${a.date.resolved}) and ${b.name} (${b.date.resolved}).`,
      citations: store.cite(
        a.evidence,
        b.evidence,
        ...entries.map((e) => store.events.get(e.eventId)?.evidence),
      ),
      confidence: 0.85,
      focus: [a.id, b.id],
    };
  }
  // "Was <X> before or after <Y>?": the answer about <X>, the one asked about first.
  if (hasAny(q, 'before') && hasAny(q, 'after')) {
    const [asked, other] =
      at(q, { store, triggers }, a.id) <= at(q, { store, triggers }, b.id) ? [a, b] : [b, a];
    return stated(
      store,
      `${asked === a ? 'Before' : 'After'}: ${placedName(asked)} (${asked.date.resolved}) came ${asked === a ? 'before' : 'after'} ${placedName(other)} (${other.date.resolved}).`,
      [a.evidence, b.evidence],
      [a.id, b.id],
      0.85,
    );
  }
  return stated(
    store,
    // (Of a response, what it answered: "was <A> the reason for <B>, or did <B> come after?")
    `${capitalize(placedName(a))} came first (${a.date.resolved}); ${placedName(b)} followed (${b.date.resolved})${b.cause?.event === a.id ? ', in response to it' : ''}.`,
    [a.evidence, b.evidence],
    [a.id, b.id],
    0.85,
  );
}

/** "What happened first?", "what is the most recent event?": one end of the timeline. */
function answerExtreme(
  q: ParsedQuestion,
  store: FactStore,
  triggers: Knowledge['triggers'],
): IntentReply | undefined {
  // ("which meeting came first": of the events a noun of the question is a word for, when it is one.)
  const kinds = q.lemmas.flatMap((l, i) =>
    q.pos[i] === 'NOUN' && !cueWords().genericEventWords.has(l) ? (triggers.get(l) ?? []) : [],
  );
  const ofKind = store.facts.events.filter((e) => kinds.includes(e.id));
  const ordered = sortEvents(ofKind.length > 0 ? ofKind : store.facts.events).filter(
    (e) => e.date.precision !== 'unknown',
  );
  // "Most recent" means up to the article's date; "last" the last the article mentions at all.
  const past = ordered.filter((e) => e.date.start <= store.meta.referenceDate.date);
  const event = hasAnyOf(q, cueWords().lists.timelineFirst)
    ? ordered[0]
    : hasAny(q, 'recent', 'recently')
      ? past.at(-1)
      : ordered.at(-1);
  if (!event) return undefined;
  return stated(
    store,
    `${capitalize(event.date.resolved)}: ${event.summary}.`,
    [event.evidence],
    [event.id],
    0.8,
  );
}

export const timeline: Intent = {
  id: 'timeline',
  draftSafe: true,
  wholeArticle: true,
  description: "The article's events in date order, whole, or before or after an event.",
  examples: ['Show me the timeline', 'timeline', 'give me a chronology of events'],
  counterExamples: ['What happened in February?'],
  match(q, { store, triggers }) {
    // (The refusals that need no events are checked before the events named are worked out: this match runs on
    // every question, and each of them refuses whatever the events.)
    // ("in the same month as <B>": whether two dates match, a yes/no question.)
    if (q.normals.some((w, i) => w === 'same' && /^(?:day|week|month|year)$/.test(q.normals[i + 1] ?? '')))
      return MATCH.none;
    // "How many months between <A> and <B>?" asks for the time between them, a quantity.
    if (hasPhrase(q, 'how many') || hasPhrase(q, 'how long') || hasAny(q, 'days', 'weeks', 'months', 'years'))
      return MATCH.none;
    // ("the difference between <A> and <B>" asks how they differ, not what came between.)
    if (hasAny(q, 'between') && hasAnyOf(q, cueWords().lists.differenceWords)) return MATCH.none;
    // ("the connection between <A> and <B>" asks how they are linked, not what came between.)
    if (
      hasAny(q, 'between') &&
      hasLinkNoun(q) &&
      !hasAny(q, 'timeline', 'order', 'sequence', 'chronological')
    )
      return MATCH.none;
    const events = namedEvents(q, store, triggers).length;
    // ("what's the stock market doing after this": a thing the article never mentions, no event of its own.)
    // (Not when a timeline is asked for in words: "timeline of the theft and recovery".)
    if (
      events === 0 &&
      q.unknownWords.length > 0 &&
      q.normals.length <= 10 &&
      !q.normals.some((w) => /^(?:timeline|order|sequence|chronolog|events?$)/.test(w)) &&
      q.unknownWords.some((w) => q.pos[q.normals.indexOf(w)] === 'NOUN' && q.normals.indexOf(w) <= 5)
    )
      return MATCH.none;
    // "How did things go from <person>'s visit to the agreement to the talks?": three or more events named.
    // (Worked out only when it could matter: this match runs on every question.)
    const valueAt = () => valueAtTime(q, store);
    if (events >= 3 && !q.yesNo && !valueAt()) return MATCH.nearlyCertain;
    // ("is the article from before or after <X>?": the article's date against one event's.)
    if (events === 1 && asksArticleOrder(q)) return MATCH.certain;
    // ("did the talks cover incidents at sea between navies?": "between" of no events is no span between two.)
    const betweenAt = q.normals.indexOf('between');
    // (Nor does "who said <X> between the militaries" ask what lay between two events, unless it names one there.)
    const eventAfter =
      q.mentions.some((m) => m.start > betweenAt && m.start <= betweenAt + 2 && store.events.has(m.id)) ||
      q.lemmas.slice(betweenAt + 1, betweenAt + 4).some((l) => (triggers.get(l)?.length ?? 0) > 0);
    const spansEvents =
      betweenAt >= 0 && (eventAfter || (!q.yesNo && !['who', 'whom', 'where', 'why'].includes(q.wh ?? '')));
    if (
      events >= 2 &&
      (spansEvents ||
        hasAny(q, 'order', 'sort', 'sequence', 'chronological') ||
        // ("out of <A> and <B>, which happened first": the two given, then the question.)
        (hasAny(q, 'first', 'earlier', 'before', 'after', 'later', 'recent', 'latest', 'newer', 'older') &&
          (hasAny(q, 'or') || q.wh === 'which')))
    )
      return MATCH.certain;
    // ("which round would the next one be", "so the 18th is next?": a number worked out from a numbered event's,
    // not what came after it.)
    const roundAsked = hasAny(q, 'round', 'rounds', 'number') && (q.wh === 'what' || q.wh === 'which');
    // (Read only when the question has a word for the next or previous one: most have neither.)
    if (
      asksRelative(q) &&
      store.facts.events.some(
        (e) => e.round && (relativeClaim(q, e.round) || (roundAsked && relativeRound(q, e.round))),
      )
    )
      return MATCH.none;
    if (hasPhrase(q, 'coming up') && !q.yesNo) return MATCH.strong;
    // ("what happened on the first day": a day of one event, not the first of the article's events.)
    const ends = endWords();
    const dayOfOne = q.normals.some(
      (w, i) =>
        ends.includes(w) && /^(?:day|morning|afternoon|evening|night|session)$/.test(q.normals[i + 1] ?? ''),
    );
    // ("what's the most recent meeting": a noun several events are called by, the latest of them asked.)
    // (Only "what is the <latest> <noun>": not "what was sold at the final <event>".)
    // (Worked out only for such a "what" question: this match runs on every question.)
    const ofSeveral = () => {
      const endAt = q.normals.findIndex((w) => ends.includes(w));
      return (
        /^(?:is|was|'s|are|were)$/.test(q.normals[1] ?? '') &&
        endAt > 1 &&
        q.lemmas.some(
          (l, i) => i > endAt && i <= endAt + 4 && q.pos[i] === 'NOUN' && (triggers.get(l)?.length ?? 0) > 1,
        )
      );
    };
    // ("which one came last": the end word of events, not of another thing, "the last qualifying place".)
    const ofEvents = () => {
      const endAt = q.normals.findIndex((w) => ends.includes(w));
      // (The noun the end word qualifies, straight after it or past one describing word: not one past a colon.)
      const next =
        q.pos[endAt + 1] === 'NOUN'
          ? endAt + 1
          : /^(?:ADJ|VERB)$/.test(q.pos[endAt + 1] ?? '') && q.pos[endAt + 2] === 'NOUN'
            ? endAt + 2
            : -1;
      const noun = next > 0 ? q.lemmas[next] : undefined;
      // ("in which part of the lake were they first found": the noun after "which" is what is asked for.)
      const whichAt = q.normals.indexOf('which');
      const asked = q.pos[whichAt + 1] === 'NOUN' ? q.lemmas[whichAt + 1] : undefined;
      const ofEvent = (n: string | undefined) =>
        n === undefined || (triggers.get(n)?.length ?? 0) > 0 || /^(?:event|thing|one)$/.test(n);
      return ofEvent(noun) && ofEvent(asked);
    };
    const superlative =
      !dayOfOne &&
      hasAnyOf(q, ends) &&
      (hasAny(q, 'event', 'happen', 'happened') ||
        (q.wh === 'which' && ofEvents()) ||
        (q.wh === 'what' && ofSeveral()));
    if (superlative && events === 0 && !q.yesNo && q.dates.length === 0) return MATCH.strong;
    if (hasAny(q, 'order', 'chronological') && hasAny(q, 'event', 'events', 'happened')) return MATCH.strong;
    if (hasAny(q, 'background') && events > 0) return MATCH.firm;
    // ("did they give any kind of timeline?": whether people gave a schedule, not the article's events; "do you
    // have a timeline", "does the article give one" ask for those.)
    const byOthers =
      q.yesNo &&
      /^(?:did|do|does|have|has|had)$/.test(q.normals[0] ?? '') &&
      !/^(?:you|u|ya|the|this|it)$/.test(q.normals[1] ?? '');
    if (byOthers && hasAny(q, 'timeline', 'timetable', 'schedule')) return MATCH.none;
    if (
      hasAny(q, 'timeline', 'chronology', 'chronological', 'sequence') ||
      hasPhrase(q, 'order of events') ||
      cueWords().lists.timelinePhrases.some((p) => hasPhrase(q, p)) ||
      (hasPhrase(q, 'in order') && q.mentions.length === 0)
    )
      return MATCH.certain;
    if (hasPhrase(q, 'list the events') || hasPhrase(q, 'all the events') || hasPhrase(q, 'list events'))
      return MATCH.strong;
    if (q.wh === 'when' || q.wh === 'where' || q.wh === 'who' || q.wh === 'why') return 0;
    // "what did <someone> say after <an event>" asks what was said, not what happened (the verbs after
    // "after" name the anchor: "what happened after <something> was <done>").
    const turn = q.normals.findIndex((w) => /^(after|before|since|following|prior)$/.test(w));
    // ("what did <X> after <an event> say": a bare "say" after "did" is the question's own verb wherever it is.)
    const bareSay = q.normals.some(
      (w, i) => w === 'say' && q.normals.slice(0, i).some((x) => /^(?:did|does|do)$/.test(x)),
    );
    const otherVerb =
      bareSay ||
      q.lemmas.some(
        (l, i) =>
          (turn < 0 || i < turn) &&
          q.pos[i] === 'VERB' &&
          (l === 'say' ||
            (contentVerbs(q).includes(l) &&
              !/^(happen|come|follow|occur|go|take|lead|precede|unfold)$/.test(l) &&
              // ("what is <A> planning to do next": the plan is what comes next.)
              !(
                cueWords().planVerbs.has(l) &&
                q.normals[i + 1] === 'to' &&
                q.normals[i + 2] === 'do' &&
                q.mentions.some((m) => m.start >= 0 && store.entities.has(m.id))
              ))),
      );
    if (
      direction(q) &&
      !otherVerb &&
      !valueAt() &&
      (q.wh === 'what' ||
        hasPhrase(q, 'what happened') ||
        hasAny(q, 'next', 'come', 'follow', 'give', 'show', 'list', 'tell')) &&
      !q.yesNo
    ) {
      return q.mentions.length > 0 || hasAny(q, 'next', 'upcoming') ? MATCH.strong : MATCH.least;
    }
    return 0;
  },
  answer(q, { store, triggers }) {
    const pair = answerPair(q, store, triggers);
    if (pair) return pair;
    const eventsNamed = q.mentions.some((m) => m.id.startsWith('event:'));
    if (
      !eventsNamed &&
      (hasAnyOf(q, cueWords().lists.timelineFirst) || hasAnyOf(q, cueWords().lists.timelineLatest)) &&
      !hasAny(q, 'order', 'chronological')
    ) {
      const extreme = answerExtreme(q, store, triggers);
      if (extreme) return extreme;
    }
    // "The next round" is another occurrence of an event, which the article does not report.
    const repeated = store.facts.events.find((e) =>
      asksAboutAnotherInstance(q, e, triggers, store.meta.referenceDate.date),
    );
    if (repeated) {
      return otherOccurrence(store, repeated);
    }
    // ("what did <A> do after <X>": what <A> did, of the events after <X>, <X> being one <A> took no part in.)
    // (wink may tag the bare "do" an auxiliary, and the name before it a verb.)
    const doAt = q.normals.findIndex((w, i) => (w === 'do' || w === 'doing') && i > 1);
    const doer =
      doAt > 0
        ? q.mentions.find(
            (m) => m.start > 0 && m.end < doAt && !m.id.startsWith('event:') && store.entities.has(m.id),
          )?.id
        : undefined;
    // (With one acting, a bare "after" at the end is after the event spoken of: "and what did <A> do after".)
    const dir = hasPhrase(q, 'coming up') ? 'after' : doer ? plainDirection(q) : direction(q);
    const namesEvent = q.mentions.some((m) => m.id.startsWith('event:'));
    const date = q.dates[0];
    // "since 2022" is a date range; "after <person>'s visit" is relative to an event.
    // The anchor is an event named, or one a verb names ("what happened after <a capital> severed dialogue?").
    const actVerb = verbEvokes(q, triggers);
    // ("what elections are coming up?": what is ahead of the article, the event named among it, not after it.)
    const ahead =
      (hasPhrase(q, 'coming up') || hasAny(q, 'upcoming', 'ahead')) &&
      !hasAny(q, 'after', 'following', 'since', 'subsequently', 'later');
    // (Or a noun for one: "after her trip".)
    // (Not with a date given: "ties since 2022" runs from the date.)
    const actNoun =
      !date && q.lemmas.some((l, i) => q.pos[i] === 'NOUN' && (triggers.get(l)?.length ?? 0) > 0);
    const doneBy = (eventId: string) =>
      doer !== undefined &&
      (store.events
        .get(eventId)
        ?.participants.some((p) => sameParty(store, p.entity, doer) || sideOf(store, p.entity) === doer) ??
        false);
    const referred = q.mentions.find((m) => m.start < 0 && store.events.has(m.id))?.id;
    // ("what did <A> do after the visit": the one event the noun after the word of order is a word for.)
    const orderAt = dir ? q.normals.lastIndexOf(dir) : -1;
    const [ofNoun, ...moreOfNoun] = q.lemmas.flatMap((l, i) =>
      orderAt >= 0 && i > orderAt && q.pos[i] === 'NOUN' ? (triggers.get(l) ?? []) : [],
    );
    const nounAnchor =
      ofNoun && moreOfNoun.every((id) => id === ofNoun) ? store.events.get(ofNoun) : undefined;
    const anchor =
      dir && !ahead && (namesEvent || actVerb || actNoun || (doer && referred))
        ? doer
          ? (store.events.get(q.mentions.find((m) => m.start >= 0 && store.events.has(m.id))?.id ?? '') ??
            (nounAnchor && !doneBy(nounAnchor.id) ? nounAnchor : undefined) ??
            rankEvents(q, store, triggers).find((r) => !doneBy(r.event.id))?.event ??
            (referred ? store.events.get(referred) : undefined))
          : rankEvents(q, store, triggers)[0]?.event
        : undefined;
    // "What's next?" with nothing named: what comes after the article's own date.
    const shift = (iso: string, days: number) =>
      new Date(Date.parse(iso) + days * 864e5).toISOString().slice(0, 10);
    const dayAfter = shift(store.meta.referenceDate.date, 1);
    // ("what will <A> do next", "what's next for <A>": only what <A> takes part in after the article's date.)
    const actor =
      hasAny(q, 'next') && !namesEvent && !date
        ? q.mentions.find(
            (m) =>
              m.start >= 0 &&
              !m.id.startsWith('event:') &&
              store.entities.has(m.id) &&
              // (As the one acting or asked after, "what will <A> do", "what's next for <A>": not a word of a
              // name used as a verb, "what are opponents planning to do".)
              cueWords().nextActorLeadWords.has(q.normals[m.start - 1] ?? ''),
          )?.id
        : undefined;
    const upcoming =
      (dir === 'after' && !anchor && !date) || actor ? { start: dayAfter, end: '9999-12-31' } : undefined;
    const filter: TimelineFilter = upcoming
      ? { range: upcoming }
      : anchor && dir
        ? { [dir]: anchor }
        : dir && date
          ? {
              range:
                dir === 'after'
                  ? { start: date.start, end: '9999-12-31' }
                  : { start: '0000-01-01', end: date.end },
            }
          : {};
    if (anchor && asksAboutAnotherInstance(q, anchor, triggers, store.meta.referenceDate.date)) {
      return otherOccurrence(store, anchor);
    }
    // ("what happened the day after the talks ended": only what the article dates to that one day, which a
    // weekend later is not.)
    const oneDay =
      anchor &&
      dir &&
      (hasPhrase(q, `day ${dir}`) || hasPhrase(q, 'next day') || hasPhrase(q, 'following day'));
    const day = oneDay
      ? dir === 'after'
        ? shift(anchor.date.end, 1)
        : shift(anchor.date.start, -1)
      : undefined;
    const takesPart = (eventId: string) =>
      actor === undefined ||
      (store.events.get(eventId)?.participants.some((p) => sameParty(store, p.entity, actor)) ?? false);
    const entries = buildTimeline(store, filter).filter(
      (e) => (!day || (e.start <= day && day <= e.end && e.end === e.start)) && takesPart(e.eventId),
    );
    if (actor && entries.length === 0) {
      // (Undated, what the article reports they would do: "He said the university would take the case to ...".)
      const planned = plannedSentenceOf(store, actor);
      return planned
        ? {
            answered: true,
            text: `The article reports it as planned, not done: "${planned.text}"`,
            citations: [{ sentence: planned.n, text: planned.text }],
            confidence: 0.6,
          }
        : notStated(`what ${store.nameOf(actor)} will do next`);
    }
    // (Of an event the question only evokes, in the member's own words: the article's may be of another act.)
    const dirAt = dir ? q.normals.lastIndexOf(dir) : -1;
    const typed = q.raws
      .slice(dirAt + 1)
      .filter((w) => /\w/.test(w))
      .join(' ');
    // ("what did <A> do before going into <X>": an act the article never reports is no point in its timeline.)
    if (doer && dir && !anchor && !date && dirAt >= 0 && typed)
      return notStated(`what ${store.nameOf(doer)} did ${dir} ${typed}`);
    if (doer && anchor && dir) {
      const done = entries.filter((e) => doneBy(e.eventId));
      const nearest = dir === 'after' ? done[0] : done.at(-1);
      const named = q.mentions.some((m) => m.id === anchor.id && m.start >= 0);
      if (!nearest)
        return notStated(
          `what ${store.nameOf(doer)} did ${dir} ${named || dirAt < 0 || !typed ? anchor.name : typed}`,
        );
      return {
        answered: true,
        text: `${dir === 'before' ? 'Before' : 'After'} ${anchor.name}: ${capitalize(nearest.summary)} (${nearest.resolved}).`,
        citations: nearest.citations,
        confidence: 0.85,
        focus: [nearest.eventId],
      };
    }
    // ("what happened after the talks, any follow up?": a follow-up is another meeting, not whatever came after.)
    // (Or "any new meetings", "more talks": another of them.)
    const another = q.normals.some(
      (w, i) =>
        /^(?:new|more|another|further)$/.test(w) &&
        /^(?:meetings?|talks|rounds?|sessions?|calls?)$/.test(q.normals[i + 1] ?? ''),
    );
    const followUp =
      dir === 'after' && (hasPhrase(q, 'follow up') || hasAny(q, 'followup', 'follow-up') || another);
    if (
      followUp &&
      !entries.some((e) => cueWords().followUpKinds.has(store.events.get(e.eventId)?.kind ?? ''))
    ) {
      const later = entries.map((e) => e.summary).join('; ');
      return {
        answered: false,
        text: `The article reports no follow-up meeting${anchor ? ` after ${anchor.name}` : ''}.${later ? ` All it reports after: ${later}.` : ''}`,
        citations: entries.flatMap((e) => e.citations),
        confidence: 0.75,
      };
    }
    if (day && entries.length === 0)
      return {
        answered: false,
        text: `The article reports nothing on the day ${dir} ${anchor?.name ?? 'that'}.`,
        citations: anchor ? store.cite(anchor.evidence) : [],
        confidence: 0.7,
      };
    if (entries.length === 0) {
      return {
        answered: false,
        text: `The article reports nothing ${dir} ${anchor?.name ?? 'that'}.`,
        citations: anchor ? store.cite(anchor.evidence) : [],
        confidence: 0.7,
      };
    }
    // "What comes next?" wants the next event first, not the whole tail.
    const shown = dir === 'after' && hasAny(q, 'next') ? entries.slice(0, 1) : entries;
    const head =
      anchor && dir
        ? `${dir === 'before' ? 'Before' : 'After'} ${anchor.name}, the article reports:`
        : upcoming
          ? 'Coming up, the article reports:'
          : "The article's events in date order:";
    return {
      answered: true,
      text: `${head}\n${formatTimeline(shown)}`,
      citations: shown
        .flatMap((e) => e.citations)
        .filter((c, i, all) => all.findIndex((x) => x.sentence === c.sentence) === i)
        .sort((a, b) => a.sentence - b.sentence),
      confidence: 0.9,
      // (One event shown, "coming up, the article reports: <X>", is what "when is that" asks about next.)
      focus: anchor ? [anchor.id] : shown.length === 1 && shown[0] ? [shown[0].eventId] : [],
    };
  },
};
