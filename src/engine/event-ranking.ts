/** Which event of the fact store a question means: ranked by names, places, trigger words and dates. */

import type { FactStore } from '../facts/fact-store.js';
import type { Entity, Event } from '../facts/schema.js';
import { countIn } from '../nlp/number-words.js';
import type { ParsedQuestion } from '../nlp/parse-question.js';
import { overlaps } from '../nlp/resolve-date.js';
import { cueWords } from './cue-words.js';
import type { Knowledge } from './intent.js';
import { eventPeople, memberTakesPart, sameParty } from './parties.js';
import { betweenParty, contentVerbs, exclusionAt } from './question-cues.js';
import { memoOf } from './question-memo.js';
import { relativeClaim } from './relative-round.js';
import { equivalentsOf } from './word-tables.js';
import { foldSpelling } from './wording.js';

/**
 * How strongly the question's own words evoke an event: a verb ("severed") counts more than a noun, and
 * words inside a recognised name do not count twice.
 */
export const triggerWeight = (
  q: ParsedQuestion,
  event: Event,
  triggers: ReadonlyMap<string, readonly string[]>,
): number => {
  return weightFor(evokingWords(q, triggers), event);
};

const weightFor = (words: readonly Evoking[], event: Event): number => {
  let weight = 0;
  for (const { ids, weight: w } of words) if (ids.includes(event.id)) weight += w;
  return Math.min(weight, 3);
};

interface Evoking {
  ids: readonly string[];
  weight: number;
}
// The question's words outside names that evoke events, with their weight: worked out once per question (and
// again if its mentions change), not once per event.
function evokingWords(
  q: ParsedQuestion,
  triggers: ReadonlyMap<string, readonly string[]>,
): readonly Evoking[] {
  // (Mentions are added and replaced as descriptions and pronouns are resolved: their spans are the key.)
  let spans = q.mentions.length;
  for (const m of q.mentions) spans = spans * 31 + m.start * 7 + m.end;
  const memo = memoOf(q);
  const hit = memo.evoking;
  if (hit && hit.triggers === triggers && hit.mentions === spans) return hit.words;
  const words: Evoking[] = [];
  q.normals.forEach((w, i) => {
    if (q.mentions.some((m) => m.start <= i && i <= m.end)) return;
    // (Only asked whether they hold an event: the trigger table's own lists, joined only when both have some.)
    const byNormal = triggers.get(w);
    const byLemma = triggers.get(q.lemmas[i] ?? '');
    const ids =
      byNormal?.length && byLemma?.length && byNormal !== byLemma
        ? [...new Set([...byNormal, ...byLemma])]
        : byNormal?.length
          ? byNormal
          : (byLemma ?? []);
    if (ids.length === 0) return;
    // ("was the agreement made", "pay a visit": a verb that carries a noun for an event evokes nothing itself,
    // unless it is a word for that same event: "was the round held".)
    if (
      q.pos[i] === 'VERB' &&
      cueWords().supportVerbs.has(q.lemmas[i] ?? '') &&
      q.lemmas.some(
        (l, k) =>
          q.pos[k] === 'NOUN' &&
          Math.abs(k - i) <= 4 &&
          (triggers.get(l)?.length ?? 0) > 0 &&
          !triggers.get(l)?.some((id) => ids.includes(id)),
      )
    )
      return;
    // ("go", "get": a light verb evokes an event only faintly; "get the talks going" is no trip.)
    words.push({
      ids,
      weight: q.pos[i] !== 'VERB' ? 1.2 : cueWords().eventLightVerbs.has(q.lemmas[i] ?? '') ? 0.6 : 1.8,
    });
  });
  memo.evoking = { triggers, mentions: spans, words };
  return words;
}

/**
 * True when a verb of the question is a word for an event ("severed", "met"), any event or the one given.
 * @example verbEvokes(q, kb.triggers) // "Why did <a capital> cut ties?" -> true
 */
export const verbEvokes = (
  q: ParsedQuestion,
  triggers: ReadonlyMap<string, readonly string[]>,
  eventId?: string,
): boolean =>
  q.pos.some((p, i) => {
    if (p !== 'VERB') return false;
    const evoked = triggers.get(q.lemmas[i] ?? '') ?? [];
    return eventId ? evoked.includes(eventId) : evoked.length > 0;
  });

export interface RankedEvent {
  event: Event;
  score: number;
  /** People or places the question names that play no part in the event. */
  strangers: string[];
}

/**
 * Scores every event against the question: named outright (or by a pronoun), its participants and place,
 * its trigger words, its date. Best first; events with no evidence at all are left out.
 */
// Several intents rank the events of the same question; rank once unless its mentions changed since.

export function rankEvents(
  q: ParsedQuestion,
  store: FactStore,
  triggers: ReadonlyMap<string, readonly string[]>,
): RankedEvent[] {
  const memo = memoOf(q);
  const cached = memo.ranking;
  if (cached && cached.mentions === q.mentions.length) return cached.ranked as RankedEvent[];
  const ranked = scoreEvents(q, store, triggers);
  memo.ranking = { mentions: q.mentions.length, ranked };
  return ranked;
}

/** sameParty, told whether `id` can stand for a party (when not, only the same id is the same party). */
const sameAs = (store: FactStore, other: string, id: string, party: boolean): boolean =>
  other === id || (party && sameParty(store, other, id));

/** Whether the word after a mention is one for the event: "the <body> meeting", "<body> met". */
const bodyEvent = (
  q: ParsedQuestion,
  m: { end: number },
  event: Event,
  triggers: ReadonlyMap<string, readonly string[]>,
) => m.end >= 0 && (triggers.get(q.lemmas[m.end + 1] ?? '')?.includes(event.id) ?? false);

function scoreEvents(
  q: ParsedQuestion,
  store: FactStore,
  triggers: ReadonlyMap<string, readonly string[]>,
): RankedEvent[] {
  const ranked: RankedEvent[] = [];
  const seen = new Set<string>();
  const mentions = q.mentions.filter((m) => !seen.has(m.id) && seen.add(m.id));
  // "in <a city>" is a place: the event held there, more than one <a country> took part in.
  const asPlaces = mentions.map(
    ({ id, start }) =>
      (q.normals[start - 1] === 'in' || q.normals[start - 1] === 'at') &&
      store.entities.get(id)?.kind === 'place',
  );
  // (Whether each mention can stand for a party at all, once: sameParty is false for one that cannot, unless
  // the ids are equal, and most mentions are people.)
  const parties = mentions.map(({ id }) => {
    const e = store.entities.get(id);
    return e?.kind === 'country' || e?.standsFor !== undefined;
  });
  const none: string[] = [];
  // (The question's evoking words, looked up once for all the events: triggerWeight per event.)
  const evoking = evokingWords(q, triggers);
  // "the virtual talks": a meeting held at a distance, not one held in a place (unless that one is named; "the
  // virtual <word for a meeting held in a place>" was put on the virtual one before ranking: remote-described.ts).
  // (Not when a place some event was held in comes first, "was the <city> meeting virtual": the place picks the
  // event and the remote word is what is claimed of it.)
  const remoteAt = q.yesNo ? q.normals.findIndex((w) => cueWords().remoteWords.has(w)) : -1;
  const placedFirst =
    remoteAt > 0 &&
    mentions.some(
      (m) =>
        m.end < remoteAt &&
        store.entities.get(m.id)?.kind === 'place' &&
        store.facts.events.some((e) => e.place?.entity === m.id && !e.place.virtual),
    );
  const remote = !placedFirst && q.normals.some((w) => cueWords().remoteWords.has(w));
  // "besides the <X> talks, what other meeting ...": the event set aside is not the one asked about.
  const aside = exclusionAt(q);
  const setAside = (start: number) => aside >= 0 && start > aside && start <= aside + 4;
  const days = lengthInDays(q);
  // ("military ties between <A> and <B> were cut": the pair a relationship is between qualifies what is asked, a
  // little; it is no sign of the event where they met, nor strangers to another.)
  const relationParty = mentions.map((m) => betweenParty(q, m.start));
  // ("when did <A> cut off dialogue to <B>": an event named by the question's own verb is the act asked, more
  // than another its parties took part in.)
  const actNamed = mentions.map(
    (m) => m.start >= 0 && q.pos.some((p, i) => p === 'VERB' && i >= m.start && i <= m.end),
  );
  // (A yes/no claim's date, unless it names the event, "was the <date> thing a call": one after "the" or "that".)
  const dateClaimed =
    q.yesNo && q.dates.every((d) => !/^(?:the|that|this)$/.test(q.normals[(d.tokens[0] ?? 0) - 1] ?? ''));
  for (const event of store.facts.events) {
    let score = 0;
    if (remote && event.place?.virtual) score += REMOTE_MATCH;
    else if (remote && event.place && !mentions.some((m) => m.id === event.id)) score -= REMOTE_MATCH;
    // (Most events have no stranger: their list is made for the first.)
    let strangers = none;
    for (let k = 0; k < mentions.length; k++) {
      const { id, via } = mentions[k] as (typeof mentions)[number];
      const asPlace = asPlaces[k] === true;
      const party = parties[k] === true;
      // (Nothing named in what is set aside counts for an event: "besides the <city> talks".)
      if (setAside((mentions[k] as (typeof mentions)[number]).start)) {
        if (id === event.id) score -= 3;
        continue;
      }
      if (id === event.id)
        score += (via === 'name' || via === 'typo' ? 3 : 2) + (actNamed[k] === true ? NAMED_ACT : 0);
      else if (relationParty[k] === true) {
        if (event.participants.some((p) => sameAs(store, p.entity, id, party))) score += 0.5;
      } else if (asPlace && event.place?.entity === id) score += 3;
      // (Taking part oneself counts a little more than through one's side: a tie-break.)
      else if (event.participants.some((p) => p.entity === id)) score += asPlace ? 0.5 : 2.2;
      else if (party && event.participants.some((p) => sameParty(store, p.entity, id)))
        score += asPlace ? 0.5 : 2;
      // ("the <body> meeting", "did the <body> meet ...": the event of the body's member, by the word after it;
      // it names that event as its participants' names would, more than a place the claim puts it in.)
      else if (
        bodyEvent(q, mentions[k] as (typeof mentions)[number], event, triggers) &&
        memberTakesPart(store, event, id)
      )
        score += BODY_EVENT;
      else if (event.place?.entity && sameAs(store, event.place.entity, id, party)) score += 1.5;
      else if (event.objectSide && sameAs(store, event.objectSide, id, party)) score += 0.5;
      else if (store.entities.has(id)) {
        if (strangers === none) strangers = [];
        strangers.push(id);
      }
    }
    const evoked = weightFor(evoking, event);
    // (In a claim the date is what is checked, not what picks the event: "was the <event's noun> in <a year>"
    // is that event, its date wrong, before another of that year that nothing else in the question names.)
    const claimed = dateClaimed && score === 0;
    score += evoked;
    if (q.dates.length > 0)
      score += q.dates.some((d) => overlaps(d, event.date))
        ? claimed && evoked === 0
          ? CLAIMED_DATE_ONLY
          : 1
        : event.date.precision === 'unknown'
          ? 0
          : claimed && evoked > 0
            ? -CLAIMED_DATE_MISMATCH
            : -DATE_MISMATCH;
    if (event.round && q.numbers.includes(event.round)) score += 1;
    // ("the 2 day thing", "the two-day meeting": the event that lasted that long.)
    if (days !== undefined && event.duration?.days === days) score += LENGTH_MATCH;
    if (score > 0)
      ranked.push({
        event,
        score: score - strangers.length * STRANGER_COST,
        strangers: strangers === none ? [] : strangers,
      });
  }
  return ranked.sort((a, b) => b.score - a.score);
}

/** What "the <body> <word for the event>" adds to the event a member of the body took part in. */
const BODY_EVENT = 3.5;

/** What naming an event by the question's verb adds to it ("cut off dialogue"), besides its name. */
const NAMED_ACT = 1;

/** What each person or thing named that plays no part in an event takes off its score. */
export const STRANGER_COST = 0.8;

/** What a length the question gives an event ("the 2 day thing") adds to the score of the event that lasted it. */
const LENGTH_MATCH = 1.5;

/** "2 day", "two-day", "2-day": a length in days describing what the question is about. */
function lengthInDays(q: ParsedQuestion): number | undefined {
  for (let i = 0; i < q.normals.length; i++) {
    const w = q.normals[i] as string;
    const joined = /^(\w+)-days?$/.exec(w);
    if (joined?.[1] && countIn(joined[1]) !== undefined) return countIn(joined[1]);
    const next = q.normals[i + 1] === '-' ? q.normals[i + 2] : q.normals[i + 1];
    if (/^days?$/.test(next ?? '') && countIn(w) !== undefined) return countIn(w);
  }
  return undefined;
}

/** What a word for meeting at a distance adds to a virtual event's score, and takes off one held in a place. */
const REMOTE_MATCH = 1.5;

/** What a question's date that is not the event's takes off the event's score. */
export const DATE_MISMATCH = 1.5;

/** In a yes/no claim, what a wrong date takes off an event its words evoke, and what the date alone adds. */
const CLAIMED_DATE_MISMATCH = 0.5;
const CLAIMED_DATE_ONLY = 0.5;

/**
 * True when the question asks about another instance of the event than the article's: "the next round",
 * "the 18th round".
 */
/** "when was the first one?", "the second round", "the very first meeting": an early instance of a series. */
export const asksEarlyInstance = (q: ParsedQuestion): boolean =>
  q.normals.some(
    (w, i) =>
      /^(first|second|1st|2nd)$/.test(w) &&
      (/^(one|round|meeting|session|time|ever)$/.test(q.normals[i + 1] ?? '') ||
        q.normals[i - 1] === 'very' ||
        // ("when did these talks first start": the series began, not this round's first day.)
        (w === 'first' && /^(?:start|begin|kick|launch)$/.test(q.lemmas[i + 1] ?? ''))),
  );

export function asksAboutAnotherInstance(
  q: ParsedQuestion,
  event: Event,
  triggers: ReadonlyMap<string, readonly string[]>,
  reference: string,
): boolean {
  // ("so the next one is the 18th?" claims the number worked out from this one's, which is about this one.)
  // (A claim only: "who led the previous 16th round" asks about that one.)
  if (event.round && q.wh === undefined && relativeClaim(q, event.round)) return false;
  if (event.round && q.numbers.some((n) => n > 2 && n !== event.round)) return true;
  // ("when was round 1": a small number too, when it follows the word for a round.)
  const numbered = q.normals.findIndex(
    (w, i) => /^(?:round|session)$/.test(w) && /^\d+$/.test(q.normals[i + 1] ?? ''),
  );
  if (event.round && numbered >= 0 && Number(q.normals[numbered + 1]) !== event.round) return true;
  if (event.round && event.round > 2 && asksEarlyInstance(q)) return true;
  // "the one before, when was it?", "the previous round": the instance before a numbered one.
  const before = q.normals.findIndex(
    (w, i) =>
      (/^(one|round|meeting|session)$/.test(w) && /^(before|prior|earlier)$/.test(q.normals[i + 1] ?? '')) ||
      // ("where were the previous rounds held", "the past meetings": the ones before, plural too.)
      // (With its number between: "the previous 16th round".)
      (/^(previous|prior|preceding|earlier|past|former)$/.test(w) &&
        /^(one|ones|rounds?|meetings?|sessions?)$/.test(
          q.normals[/^\d+(?:st|nd|rd|th)$/.test(q.normals[i + 1] ?? '') ? i + 2 : i + 1] ?? '',
        )),
  );
  // (Of the event named, or of none named: "was the one before held in <a city>" is not this one.)
  const named = q.mentions.filter((m) => m.id.startsWith('event:'));
  if (
    event.round &&
    event.round > 1 &&
    before >= 0 &&
    (named.length === 0 || named.some((m) => m.id === event.id))
  )
    return true;
  // ("when is the next hearing" of "the court will hear the case again on <date>": the event is the repeat
  // itself, the next one asked for.)
  // (The question's words first: most have none of them, and the event's sentences need not be read.)
  const asksNext = q.words.has('next') || q.words.has('again') || q.words.has('upcoming');
  if (asksNext && /\b(?:again|next)\b/i.test(`${event.summary} ${event.evidence.join(' ')}`)) return false;
  // ("when is the next hearing" of "will review the case at a hearing on <a later date>": one still to come,
  // after the article's date, is the next.)
  if (asksNext && !q.words.has('again') && event.date.start > reference) return false;
  // "When will <person A> and <person B> meet again?": a future repeat of what the article reports.
  if (q.words.has('again') && (q.words.has('will') || q.words.has('next'))) return true;
  return q.normals.some((w, i) => {
    if (!cueWords().lists.otherOccasionWords.includes(w)) return false;
    const next = q.normals[i + 1] ?? '';
    // ("the next <A> <B> meeting": the event's word after the names of those who take part in it.)
    let k = i + 1;
    while (k < i + 4 && q.mentions.some((m) => m.start <= k && k <= m.end && !m.id.startsWith('event:'))) k++;
    return (
      triggers.get(next)?.includes(event.id) === true ||
      (k > i + 1 && triggers.get(q.lemmas[k] ?? '')?.includes(event.id) === true) ||
      q.mentions.some((m) => m.start === i + 1 && m.id === event.id) ||
      // "and when's the next one?" of the event the conversation is about; "and wen is the next", closing it.
      ((/^(one|ones|time)$/.test(next) || (next === '' && q.wh === 'when')) &&
        q.mentions.some((m) => m.id === event.id))
    );
  });
}

/** Verbs of the question that are neither generic nor a word for the event: "promoted", "born". */
export const unexplainedVerbs = (q: ParsedQuestion, event: Event, kb: Knowledge): string[] =>
  contentVerbs(q).filter(
    (v) =>
      !cueWords().genericEventWords.has(v) &&
      !kb.triggers.get(v)?.includes(event.id) &&
      !(kb.eventWords.get(event.id)?.has(v) ?? false) &&
      !supportsEventNoun(q, v, event, kb),
  );

/** "make the trip", "pay a visit": a verb that only carries a noun for the event right after it. */
export function supportsEventNoun(q: ParsedQuestion, verb: string, event: Event, kb: Knowledge): boolean {
  if (!cueWords().supportVerbs.has(verb)) return false;
  const evokes = (n: string, at: number) => q.pos[at] === 'NOUN' && kb.triggers.get(n)?.includes(event.id);
  return q.lemmas.some(
    (l, i) =>
      l === verb &&
      (q.lemmas.slice(i + 1, i + 4).some((n, j) => evokes(n, i + 1 + j)) ||
        // (Or, in the passive, its subject: "when was the agreement made", "the deal was made when".)
        (q.pos[i] === 'VERB' &&
          q.lemmas.slice(0, i).includes('be') &&
          q.lemmas.slice(0, i).some((n, j) => j >= i - 6 && evokes(n, j)))),
  );
}

/**
 * Role words the question asks that no one of the event holds ("<a place>'s next president"), which the event
 * does not answer. (A role someone in it holds is how the question names them: "which <title> went".)
 */
export const rolesNoOneHolds = (q: ParsedQuestion, event: Event, kb: Knowledge): string[] => {
  const people = eventPeople(kb.store, event);
  // (A "<qualifier> <qualifier> <title>" holds no "<title>" asked of without those words.)
  const lesser = cueWords().subordinateQualifiers;
  const held = (w: string) =>
    people.some((e) => {
      const words = `${e.title ?? ''} ${e.rank ?? ''}`.toLowerCase().split(/[\s-]+/);
      return words.some(
        (x, k) =>
          x.startsWith(w) &&
          !words.slice(Math.max(0, k - 2), k).some((y) => lesser.has(y) && !q.normals.includes(y)),
      );
    });
  // (A title the article gives someone, claimed of this event's people, "the <field> <title>", though its
  // sentences use the word: a general word for leading, "leader", is no title.)
  const titled = (w: string) =>
    kb.store.facts.entities.some((e) =>
      (e.title ?? '')
        .toLowerCase()
        .split(/[\s-]+/)
        .includes(w),
    );
  const claimed = q.normals.filter((w) => cueWords().claimedRoleNouns.has(w) && titled(w) && !held(w));
  return [
    ...new Set([
      ...unexplainedWords(q, event, kb).filter((w) => cueWords().heldRoles.has(w) && !held(w)),
      ...claimed,
    ]),
  ];
};

/** Nouns and verbs of the question that neither name something nor evoke the event: "take office". */
export const unexplainedWords = (q: ParsedQuestion, event: Event, kb: Knowledge): string[] =>
  q.lemmas.filter((l, i) => {
    // Only nouns: a verb ("strike their agreement") is phrasing; a noun ("take office") is a different thing.
    if (
      q.pos[i] !== 'NOUN' ||
      l.length < 3 ||
      cueWords().genericEventWords.has(l) ||
      cueWords().genericEventWords.has(q.normals[i] ?? '') ||
      // ("where did the officials meet": whoever took part, whether or not its sentences say "officials".)
      // (Not "in person", a way of meeting.)
      (cueWords().anyone.has(l) && q.normals[i - 1] !== 'in') ||
      // ("did the <demonym> delegation travel to": a side's people, whoever took part.)
      cueWords().sideNouns.has(l) ||
      // (A verb of going wink tags a noun, "did the <side> delegation travel to": how one comes to a place.)
      (cueWords().motionWords.has(l) && q.normals[i + 1] === 'to')
    )
      return false;
    if (q.mentions.some((m) => m.start <= i && i <= m.end) || q.dates.some((d) => d.tokens.includes(i)))
      return false;
    const about = kb.eventWords.get(event.id);
    if (about?.has(l) || about?.has(q.normals[i] ?? '')) return false;
    // (Or a word of the same meaning: "the councillors" of a sentence on "the council"; it may be the word of an
    // act the same sentence reports.)
    const sameSentence = (id: string) => kb.store.events.get(id)?.evidence[0] === event.evidence[0];
    if (equivalentsOf(l).some((e) => about?.has(e) || kb.triggers.get(e)?.some(sameSentence))) return false;
    // ("sent for analysis" of "... begin analysing them": the noun of a verb the event's sentence has.)
    // (Spelt either way: "analysis", "analyzing".)
    const stem = foldSpelling(l.slice(0, Math.max(5, l.length - 2)));
    if (l.length >= 7 && [...(about ?? [])].some((w) => foldSpelling(w).startsWith(stem))) return false;
    return (
      !kb.triggers.get(l)?.includes(event.id) && !kb.triggers.get(q.normals[i] ?? '')?.includes(event.id)
    );
  });

/** The events an event came of or followed, as the store links them. */
const linkedEvents = (event: Event, store: FactStore): Event[] =>
  [event.cause?.event, event.follows?.event].flatMap((id) => (id ? (store.events.get(id) ?? []) : []));

/**
 * People a question names who take no part in the event found, nor in the one it came of or followed:
 * "when did <A> visit <a place>" when <B> made that visit. Its answer would be another person's.
 */
export function outsiders(q: ParsedQuestion, event: Event, store: FactStore): Entity[] {
  const linked = linkedEvents(event, store);
  const takesPart = (id: string) =>
    [event, ...linked].some((e) => e.participants.some((p) => p.entity === id));
  return q.mentions
    .filter((m) => m.start >= 0 && store.entities.get(m.id)?.kind === 'person' && !takesPart(m.id))
    .flatMap((m) => store.entities.get(m.id) ?? [])
    .filter((e, i, all) => all.indexOf(e) === i);
}

const LOCATIVE = new Set(['in', 'at', 'to', 'into', 'near', 'over', 'inside']);

/**
 * Places a question names that neither an event nor the ones it came of or followed took place in or involve:
 * "who visited <a sea>" when the visit was to <an island>. Its answer would be about another place.
 */
export function outsidePlaces(q: ParsedQuestion, event: Event, store: FactStore): Entity[] {
  const linked = linkedEvents(event, store);
  const events = [event, ...linked];
  const heldIn = (id: string) => events.some((e) => e.place?.entity === id);
  const involved = (id: string) =>
    heldIn(id) || events.some((e) => e.participants.some((p) => p.entity === id));
  // (A capital stands for its country, "<capital> cut off talks", unless it is where something happened.)
  const located = (m: { start: number }) =>
    LOCATIVE.has(q.normals[m.start - 1] ?? '') || LOCATIVE.has(q.normals[m.start - 2] ?? '');
  return q.mentions
    .filter((m) => {
      const place = m.start >= 0 ? store.entities.get(m.id) : undefined;
      if (place?.kind !== 'place') return false;
      // (Where another event happened, the question may mean that one: then it is not asked elsewhere.)
      if (store.facts.events.some((e) => e !== event && e.place?.entity === m.id)) return false;
      return place.standsFor ? located(m) && !heldIn(m.id) : !involved(m.id);
    })
    .flatMap((m) => store.entities.get(m.id) ?? [])
    .filter((e, i, all) => all.indexOf(e) === i);
}

/**
 * The article's own news: the event on its reference date, else the latest one before it. What "the whole
 * thing" or "they" means in a question that names nothing.
 */
export function newsEvent(store: FactStore): Event | undefined {
  const date = store.meta.referenceDate.date;
  const dated = store.facts.events.filter((e) => e.date.precision !== 'unknown' && e.date.start <= date);
  return (
    dated.find((e) => e.date.start <= date && date <= e.date.end) ??
    [...dated].sort((a, b) => a.date.end.localeCompare(b.date.end)).at(-1)
  );
}
