/**
 * "Was <A> a separate meeting from <B>?", "was <A> part of <B>?": two events the article reports on other
 * dates or in other places are separate. Nothing is said when the two could be one (same date and place).
 */

import { cueWords } from '../../src/engine/cue-words.js';
import { type RankedEvent, rankEvents, STRANGER_COST } from '../../src/engine/event-ranking.js';
import type { IntentReply, Knowledge } from '../../src/engine/intent.js';
import { memberTakesPart } from '../../src/engine/parties.js';
import { capitalize } from '../../src/engine/wording.js';
import type { Event } from '../../src/facts/schema.js';
import type { ParsedQuestion } from '../../src/nlp/parse-question.js';
import { mondayOf, overlaps } from '../../src/nlp/resolve-date.js';
import { no, yes } from './verdicts.js';

/** Whether two events are told apart by the article: another date, or another place. */
function apart(a: Event, b: Event): boolean {
  const dated = a.date.precision !== 'unknown' && b.date.precision !== 'unknown';
  if (dated && !overlaps(a.date, b.date)) return true;
  return Boolean(a.place?.entity && b.place?.entity && a.place.entity !== b.place.entity);
}

const UNIT_LENGTH: Readonly<Record<string, number>> = { day: 10, week: 10, month: 7, year: 4 };
// (A weekend's two days are exact: an event on it was on neither day of another week.)
const PRECISE: Readonly<Record<string, readonly string[]>> = {
  day: ['day', 'weekend'],
  week: ['day', 'weekend'],
  month: ['day', 'weekend', 'month'],
  year: ['day', 'weekend', 'month', 'part-of-year', 'year'],
};

/**
 * "were <A> and <B> in the same month?": the two events' dates at that unit, when the article dates both
 * that closely; undefined otherwise.
 */
function sameUnit(q: ParsedQuestion, kb: Knowledge): IntentReply | undefined {
  const unit = q.normals.find((w, i) => q.normals[i - 1] === 'same' && UNIT_LENGTH[w] !== undefined);
  if (!unit) return undefined;
  const [a, b] = rankEvents(q, kb.store, kb.triggers).filter((r) => r.score >= 2);
  if (!a || !b) return undefined;
  const events = [a.event, b.event];
  const said = events.map((e) => `${e.name}: ${e.date.resolved}`).join('; ');
  const ids = events.map((e) => e.id);
  const cited = events.map((e) => e.evidence);
  // The unit asked, then coarser ones: two events in different months were not on the same day either.
  const units = ['day', 'week', 'month', 'year'];
  for (const at of units.slice(units.indexOf(unit))) {
    if (!events.every((e) => PRECISE[at]?.includes(e.date.precision))) continue;
    // (A week runs Monday to Sunday: a day stands for its week by that Monday.)
    const of = (d: string) => (at === 'week' ? mondayOf(d) : d.slice(0, UNIT_LENGTH[at]));
    const span = (e: Event) => [e.date.start, e.date.end].map(of);
    const [[a0, a1], [b0, b1]] = events.map(span) as [string[], string[]];
    if (at === unit && a0 === a1 && b0 === b1 && a0 === b0)
      return { ...yes(`Both ${said}.`, cited, kb, ids), workedOut: ['same', unit] };
    if ((a1 ?? '') < (b0 ?? '') || (b1 ?? '') < (a0 ?? ''))
      return { ...no(`${capitalize(said)}.`, cited, kb, ids), workedOut: [unit] };
    return undefined;
  }
  return undefined;
}

export function checkSeparate(q: ParsedQuestion, kb: Knowledge): IntentReply | undefined {
  const unitAnswer = sameUnit(q, kb);
  if (unitAnswer) return unitAnswer;
  const separate = q.normals.some((w) => cueWords().separateWords.has(w));
  const same = q.normals.some(
    (w, i) =>
      (w === 'same' && cueWords().oneEventNouns.has(q.lemmas[i + 1] ?? '')) ||
      // ("was the <A> <B> meeting the same as the <C> talks".)
      (w === 'same' && q.normals[i + 1] === 'as') ||
      (w === 'part' && q.normals[i + 1] === 'of'),
  );
  // ("was that part of the <B> talks", read as "was that at the <B> talks", of an event the conversation is on:
  // whether the one was part of the other.)
  const pointedEvent = q.mentions.some(
    (m) => m.via === 'pronoun' && m.start < 0 && kb.store.events.has(m.id),
  );
  const atEvent = q.mentions.some(
    (m) => m.start > 1 && kb.store.events.has(m.id) && q.normals.slice(1, m.start).includes('at'),
  );
  if (!separate && !same && !(pointedEvent && atEvent && /^(?:that|it|this)$/.test(q.normals[1] ?? '')))
    return undefined;
  // ("was the <person noun> at <A> the same one <B> spoke to": who, not which event.)
  const sameOne = q.normals.some((w, i) => w === 'same' && q.normals[i + 1] === 'one');
  const { personNouns, anyPersonNouns, anyone } = cueWords();
  // (The subject's noun says which: "was the <nationality> guy at <A> ..." against "was the meeting ...".)
  const head = q.lemmas[q.pos.indexOf('NOUN')] ?? '';
  const personAsked = personNouns.has(head) || anyPersonNouns.has(head) || anyone.has(head);
  if (sameOne && personAsked) return undefined;
  // The two events the question names (by name, or by the people who took part, or by a word for only that
  // one: "the <body> call"), each clearly.
  const onlyNounFor = (id: string) =>
    q.lemmas.some(
      (l, i) => q.pos[i] === 'NOUN' && kb.triggers.get(l)?.length === 1 && kb.triggers.get(l)?.[0] === id,
    );
  // (A body someone who took part belongs to is no stranger to the event: "the <body> call".)
  const bodies = (r: RankedEvent) =>
    r.strangers.filter((id) => memberTakesPart(kb.store, r.event, id)).length;
  // ("was that part of <B>": the event "that" stands for, from the conversation, is the first.)
  const pointedAt = (id: string) => q.mentions.some((m) => m.id === id && m.via === 'pronoun' && m.start < 0);
  const ranked = rankEvents(q, kb.store, kb.triggers).filter(
    (r) =>
      r.score >= 2 ||
      pointedAt(r.event.id) ||
      (onlyNounFor(r.event.id) && r.score + STRANGER_COST * bodies(r) >= 1.2),
  );
  // ("was the <body> thing part of <B>": a body named with a vague noun stands for the one event its people took
  // part in.)
  const bodyEvents = q.mentions
    .filter(
      (m) =>
        kb.store.entities.get(m.id)?.kind === 'organization' &&
        cueWords().vagueNouns.has(q.normals[m.end + 1] ?? ''),
    )
    .map((m) => kb.store.facts.events.filter((e) => memberTakesPart(kb.store, e, m.id)))
    .flatMap((events) => (events.length === 1 && events[0] ? [{ event: events[0] }] : []));
  const [a, b] =
    ranked.length === 1 && bodyEvents[0] && bodyEvents[0].event.id !== ranked[0]?.event.id
      ? [bodyEvents[0], ranked[0]]
      : ranked;
  if (!a || !b || !apart(a.event, b.event)) return undefined;
  const said = [a.event, b.event].map((e) => `${e.name}, ${e.date.resolved}`).join('; ');
  const verdict = separate ? yes : no;
  return verdict(`They were separate events: ${said}.`, [a.event.evidence, b.event.evidence], kb, [
    a.event.id,
    b.event.id,
  ]);
}
