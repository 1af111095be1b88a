/** Yes/no checks of a claim about an event: who, where, when, how, how many. */

import { oppositesOf } from '../../src/engine/antonyms.js';
import { cueWords } from '../../src/engine/cue-words.js';
import { escapeRegExp } from '../../src/engine/escape-reg-exp.js';
import {
  asksAboutAnotherInstance,
  rankEvents,
  supportsEventNoun,
  unexplainedVerbs,
} from '../../src/engine/event-ranking.js';
import type { IntentReply, Knowledge } from '../../src/engine/intent.js';
import {
  eventPeople,
  fullName,
  identify,
  memberTakesPart,
  sameParty,
  sideOf,
} from '../../src/engine/parties.js';
import {
  asksTotal,
  betweenParty,
  claimedDates,
  contentVerbs,
  hasAny,
  hasPhrase,
  joinedToPerson,
  mentionedEntities,
  ordinalDayAt,
  totalWords,
  unknownSubjectAt,
} from '../../src/engine/question-cues.js';
import { relativeRound } from '../../src/engine/relative-round.js';
import { notStated, otherOccurrence } from '../../src/engine/replies.js';
import { capitalize, describeDate, joinNames, ordinal, WEEKDAYS } from '../../src/engine/wording.js';
import type { FactStore } from '../../src/facts/fact-store.js';
import type { Event } from '../../src/facts/schema.js';
import { loadGazetteer } from '../../src/ingest/gazetteer.js';
import { countIn } from '../../src/nlp/number-words.js';
import type { ParsedQuestion } from '../../src/nlp/parse-question.js';
import { claimCovers, claimOverlaps } from '../../src/nlp/resolve-date.js';
import { checkKind, checkSeries } from './check-kind.js';
import { corrections, no, yes } from './verdicts.js';

/** A length's unit in days, for a claimed length against the article's. */
const UNIT_DAYS: Readonly<Record<string, number>> = { day: 1, week: 7 };
const LENGTH_UNITS = /^(?:hours?|days?|weeks?|months?|long)$/;

/** The day of a dated span (a week at most) that falls on the weekday (lower case), as "Jan 8", or undefined. */
/** The length in days a claim gives ("lasted a week", "for 3 days"), if it gives one in days, weeks or months. */
function claimedDays(q: ParsedQuestion): number | undefined {
  const unitAt = q.normals.findIndex((w) => /^(?:days?|weeks?|months?)$/.test(w));
  if (unitAt < 0 || q.dates.length > 0 || /^(?:NOUN|PROPN)$/.test(q.pos[unitAt + 1] ?? '')) return undefined;
  const unit = (q.normals[unitAt] ?? '').replace(/s$/, '');
  const per = unit === 'week' ? 7 : unit === 'month' ? 30 : 1;
  const before = q.normals[unitAt - 1] ?? '';
  if (/^(?:a|an|one|single|whole|full)$/.test(before)) return per;
  const n = countIn(before);
  return n === undefined ? undefined : per * n;
}

function weekdayIn(date: { start: string; end: string }, weekday: string): string | undefined {
  const day = new Date(`${date.start}T00:00:00Z`);
  const end = new Date(`${date.end}T00:00:00Z`);
  if (Number.isNaN(day.getTime()) || end.getTime() - day.getTime() > 6 * 86_400_000) return undefined;
  for (; day <= end; day.setUTCDate(day.getUTCDate() + 1)) {
    if (WEEKDAYS[day.getUTCDay()]?.toLowerCase() === weekday)
      return day.toLocaleDateString('en-US', { month: 'short', day: 'numeric', timeZone: 'UTC' });
  }
  return undefined;
}

/** "on a weekend" claimed of a span of days (a week at most) the article dates to the day. */
function weekendClaim(q: ParsedQuestion, event: Event): { holds: boolean; days: string } | undefined {
  if (!q.normals.includes('weekend') || event.date.precision !== 'day') return undefined;
  if (/\bweekend\b/i.test(`${event.summary} ${event.date.resolved}`)) return undefined;
  const day = new Date(`${event.date.start}T00:00:00Z`);
  const end = new Date(`${event.date.end}T00:00:00Z`);
  if (Number.isNaN(day.getTime()) || end.getTime() - day.getTime() > 6 * 86_400_000) return undefined;
  const names: string[] = [];
  for (; day <= end; day.setUTCDate(day.getUTCDate() + 1)) names.push(WEEKDAYS[day.getUTCDay()] ?? '');
  const holds = names.some((n) => /^(?:saturday|sunday)$/i.test(n));
  return { holds, days: joinNames(names.map((n) => `a ${capitalize(n)}`)) };
}

/** A single day claimed as the first or last of a span of days, checked against it; undefined otherwise. */
function firstOrLastDay(
  q: ParsedQuestion,
  event: Event,
): { which: 'first' | 'last'; day: string; holds: boolean; words: string[] } | undefined {
  if (event.date.precision !== 'day' || event.date.start === event.date.end) return undefined;
  const { startWords, endWords } = cueWords();
  const at = (words: ReadonlySet<string>) =>
    q.normals.findIndex((w, i) => words.has(w) || words.has(q.lemmas[i] ?? ''));
  const startAt = at(startWords);
  const endAt = at(endWords);
  // The claim is the first of the two words ("started <day> ... if it was two days ending <day>").
  const which = startAt >= 0 && (endAt < 0 || startAt < endAt) ? 'first' : endAt >= 0 ? 'last' : undefined;
  if (!which) return undefined;
  const wordAt = which === 'first' ? startAt : endAt;
  // The single day typed just after that word.
  const date = which === 'first' ? event.date.start : event.date.end;
  // ("did it end on the 10th": a day of the month alone is of the event's own month.)
  const ordinalAt = q.normals.findIndex(
    (w, i) =>
      // (A weekday may come first: "started on monday the 8th".)
      i > wordAt && i <= wordAt + 4 && /^\d{1,2}(?:st|nd|rd|th)$/.test(w) && q.normals[i - 1] === 'the',
  );
  const dayOfMonth = ordinalAt >= 0 ? Number.parseInt(q.normals[ordinalAt] ?? '', 10) : undefined;
  const claimed =
    q.dates.find((d) => (d.tokens[0] ?? -1) > wordAt && (d.tokens[0] ?? 0) <= wordAt + 3) ??
    (dayOfMonth !== undefined && dayOfMonth <= 31
      ? { start: `${date.slice(0, 8)}${String(dayOfMonth).padStart(2, '0')}`, end: '' }
      : undefined);
  if (!claimed || (claimed.end !== '' && claimed.start !== claimed.end)) return undefined;
  const day = new Date(`${date}T00:00:00Z`).toLocaleDateString('en-US', {
    month: 'short',
    day: 'numeric',
    timeZone: 'UTC',
  });
  const words = [q.normals[wordAt] ?? '', ...(ordinalAt >= 0 ? [q.normals[ordinalAt] ?? ''] : [])];
  return { which, day, holds: claimed.start === date, words };
}

/** Whether a name starting at `start` comes after "by" (or "by the"): who did it, in a passive claim. */
const afterBy = (q: ParsedQuestion, start: number) =>
  q.normals[start - 1] === 'by' || (q.normals[start - 2] === 'by' && q.pos[start - 1] === 'DET');

/** The one named after "by": who did it, in a passive claim. */
const doneBy = (q: ParsedQuestion, store: FactStore) =>
  q.mentions.find((m) => afterBy(q, m.start) && store.entities.has(m.id));

/**
 * "was the <thing> <demonym>?", "a <demonym> <thing>?": a nationality claimed of the event's object (beside one of
 * its words, or last after one) other than the side the article gives it.
 */
function otherNationality(q: ParsedQuestion, kb: Knowledge, event: Event): boolean {
  const side = event.objectSide ? kb.store.entities.get(event.objectSide) : undefined;
  if (!side || !event.object) return false;
  const { countryOfDemonym } = loadGazetteer();
  const objectWords = new Set(event.object.toLowerCase().split(/\s+/));
  const words = q.normals.filter((w) => /\p{L}/u.test(w));
  const sideNames = [side.name, ...side.aliases].map((n) => n.replace(/^the /i, '').toLowerCase());
  return words.some((w, i) => {
    const country = countryOfDemonym.get(w);
    const placed =
      objectWords.has(words[i + 1] ?? '') ||
      (i === words.length - 1 && words.slice(0, i).some((x) => objectWords.has(x)));
    return country !== undefined && placed && !sideNames.includes(country.toLowerCase());
  });
}

/** A claim that a party hosted the event, checked against the country of its place; undefined if none is made. */
function hostClaim(q: ParsedQuestion, kb: Knowledge, event: Event): IntentReply | undefined {
  const { store } = kb;
  if (!q.normals.some((w) => cueWords().hostWords.has(w))) return undefined;
  const host = q.mentions.find((m) => store.entities.has(m.id) && sideOf(store, m.id) !== undefined);
  if (!host) return undefined;
  const place = event.place?.entity ? store.entities.get(event.place.entity) : undefined;
  const country = place ? sideOf(store, place.id) : undefined;
  const said = { text: event.summary, evidence: event.evidence };
  if (!place || !country || country === place.id || event.place?.virtual)
    return notStated('who hosted it', said, store);
  const text = `${capitalize(event.name)} took place in ${place.name}, in ${store.nameOf(country)} (the host worked out from where it was held): ${event.summary}.`;
  // (A body of the host country may or may not have been the host: only a country, or a name standing for its
  // government, is the host itself.)
  const entity = store.entities.get(host.id);
  const itself = entity?.kind === 'country' || entity?.standsFor !== undefined || host.id === place.id;
  if (sideOf(store, host.id) === country && !itself) return notStated('who hosted it', said, store);
  // (A city hosts what was held in it; another city of the same country is no verdict above.)
  const verdict =
    sideOf(store, host.id) === country && (entity?.kind !== 'place' || host.id === place.id) ? yes : no;
  // (The word for hosting is the reasoning's, not the sentence's.)
  return { ...verdict(text, [event.evidence, place.evidence], kb, [event.id]), workedOut: q.normals };
}

/**
 * "was the deal made by the two defense ministers?": an office none of the event's people holds, when they
 * hold others, is not who did it. (Only offices a title names outright: a "leader" may be a president.)
 */
function officeClaim(q: ParsedQuestion, kb: Knowledge, event: Event): IntentReply | undefined {
  const { store } = kb;
  const people = eventPeople(store, event).filter((e) => e.kind === 'person');
  if (people.length === 0 || mentionedEntities(q, store).some((e) => e.kind === 'person')) return undefined;
  const { officeWords } = cueWords();
  // ("did any admirals sit in?": the article names who took part, not everyone who was there; "the <office>
  // who came" is who did.)
  if (hasAny(q, 'any', 'anyone', 'anybody', 'other', 'also')) return undefined;
  const offices = q.normals
    .map((w, i) => (officeWords.has(w) ? w : officeWords.has(q.lemmas[i] ?? '') ? (q.lemmas[i] ?? '') : ''))
    .filter((w, i) => w !== '' && !q.mentions.some((m) => m.start <= i && i <= m.end));
  if (offices.length === 0) return undefined;
  const holds = (e: (typeof people)[number], office: string) =>
    `${e.title ?? ''} ${e.rank ?? ''} ${e.description}`.toLowerCase().includes(office);
  if (offices.some((o) => people.some((e) => holds(e, o)))) return undefined;
  // ("the <demonym> defense minister": of that side's people, when the event has some.)
  const sides = mentionedEntities(q, store).filter((e) => e.kind === 'country');
  const ofSide = people.filter((e) => sides.some((s) => sideOf(store, e.id) === s.id));
  const who = joinNames((ofSide.length > 0 ? ofSide : people).map(fullName));
  // ("was the <demonym> defense minister at the talks?": who else was there is not said, only who took part.)
  const present = q.normals.some(
    (w, i) =>
      w === 'at' ||
      w === 'there' ||
      cueWords().attendanceVerbs.has(w) ||
      cueWords().attendanceVerbs.has(q.lemmas[i] ?? ''),
  );
  if (present && !q.normals.includes('by'))
    return notStated(
      `whether anyone holding that office was there: it names ${who} as taking part`,
      { text: event.summary, evidence: [event.evidence, ...people.map((e) => e.evidence)].flat() },
      store,
    );
  return no(`It was ${who}: ${event.summary}.`, [event.evidence, ...people.map((e) => e.evidence)], kb, [
    event.id,
  ]);
}

/**
 * "<A> met <B> and <C> met <D>": the people named, two by two in the order typed, each pair taking part in a
 * meeting together; those meetings, or undefined when any pair did not meet.
 */
function pairedMeetings(q: ParsedQuestion, kb: Knowledge): { said: string; event: Event }[] | undefined {
  const { store } = kb;
  const people = [
    ...new Set(
      q.mentions.filter((m) => m.start >= 0 && store.entities.get(m.id)?.kind === 'person').map((m) => m.id),
    ),
  ];
  if (people.length < 4 || people.length % 2 !== 0) return undefined;
  const met: { said: string; event: Event }[] = [];
  for (let k = 0; k < people.length; k += 2) {
    const [a, b] = [people[k], people[k + 1]];
    const shared = store.facts.events.find(
      (e) =>
        (e.kind === 'meeting' || e.kind === 'talks') &&
        e.participants.some((p) => p.entity === a) &&
        e.participants.some((p) => p.entity === b),
    );
    const [one, other] = [store.entities.get(a ?? ''), store.entities.get(b ?? '')];
    if (!shared || !one || !other) return undefined;
    met.push({ said: `${one.name} met ${fullName(other)} (${shared.name})`, event: shared });
  }
  return met;
}

/** Words that put a name to something: "were the talks called <X>?". */
const NAMING = /^(?:called|named|termed|dubbed|labelled|labeled|titled)$/;

/**
 * "were these called <X> talks?": the name claimed, every word of it in one of the names the article gives the
 * event ("Yes."); undefined when nothing is claimed so, or the words are not all there (others check them).
 */
function namedAs(q: ParsedQuestion, kb: Knowledge, event: Event): IntentReply | undefined {
  const at = q.normals.findIndex((w) => NAMING.test(w));
  if (at < 0) return undefined;
  const claimed = q.normals
    .slice(at + 1)
    .filter(
      (w) => /^[a-z0-9][a-z0-9.-]*$/.test(w) && !cueWords().tailChecks.has(w) && !/^(?:the|a|an)$/.test(w),
    );
  const names = [event.name, ...event.aliases].map((n) => n.toLowerCase());
  if (claimed.length < 2 || !names.some((n) => claimed.every((w) => n.includes(w)))) return undefined;
  return {
    ...yes(`The article calls it ${event.name}: ${event.summary}.`, [event.evidence], kb, [event.id]),
    workedOut: q.normals.slice(at),
  };
}

/**
 * "was <A> in the same place (as <B>)?": a virtual event was in no place; else its place against the other
 * event's (named, or the one the conversation is on). Undefined when no place is claimed shared.
 */
function sharedPlace(q: ParsedQuestion, kb: Knowledge, event: Event): IntentReply | undefined {
  const at = q.normals.findIndex(
    (w, i) => w === 'same' && /^(?:place|city|venue|location|spot)$/.test(q.normals[i + 1] ?? ''),
  );
  if (at < 0 || !event.place) return undefined;
  const focus = [event.id];
  if (event.place.virtual)
    return no(`It was a virtual meeting: ${event.summary}.`, [event.evidence], kb, focus);
  const other = q.mentions
    .map((m) => kb.store.events.get(m.id))
    .find((e) => e !== undefined && e.id !== event.id && e.place);
  if (!other?.place) return undefined;
  const where = (e: Event) => (e.place?.virtual ? 'virtually' : `in ${e.place?.text}`);
  const same = !other.place.virtual && other.place.entity === event.place.entity;
  const text = `${capitalize(event.name)} was held ${where(event)}, ${other.name} ${where(other)}.`;
  return same
    ? yes(text, [event.evidence, other.evidence], kb, [event.id, other.id])
    : no(text, [event.evidence, other.evidence], kb, [event.id, other.id]);
}

export function checkEvent(q: ParsedQuestion, kb: Knowledge, event: Event): IntentReply {
  const reply = checkEventClaim(q, kb, event);
  // (A claim left unsettled, with what the article does say of another event than the one it named, leaves that
  // event to refer back to: "so <A> cut off the talks at some point?" -> "why?" asks about the cutting off the
  // reply told of; but "are the talks working now?" -> "how long?" asks about the claim, not the talks.)
  const toldOfAnother =
    !reply.answered &&
    !reply.focus &&
    reply.text.includes(event.summary) &&
    !q.mentions.some((m) => m.id === event.id);
  return toldOfAnother ? { ...reply, focus: [event.id] } : reply;
}

/** Whether `id` in a claim is of a party to the event: taking part, through a side, a member, or its place. */
/**
 * "did <A> restart it on its own?": not when others of another side did it with them (the article's parties
 * to it are given).
 */
function doneAlone(q: ParsedQuestion, kb: Knowledge, event: Event): IntentReply | undefined {
  if (!cueWords().lists.alonePhrases.some((p) => hasPhrase(q, p))) return undefined;
  const sides = new Set(event.participants.map((p) => sideOf(kb.store, p.entity) ?? p.entity));
  if (sides.size < 2) return undefined;
  return {
    ...no(`${capitalize(event.summary)}.`, [event.evidence], kb, [event.id]),
    workedOut: q.normals.filter((w) => cueWords().lists.alonePhrases.some((p) => p.split(' ').includes(w))),
  };
}

function playsIn({ store }: Knowledge, event: Event, id: string): boolean {
  return (
    event.participants.some((p) => sameParty(store, p.entity, id)) ||
    // ("Did <A> talk to <a country>?" of a meeting with that country's general.)
    (store.entities.get(id)?.kind === 'country' &&
      event.participants.some(
        (p) => store.entities.get(p.entity)?.kind === 'person' && sideOf(store, p.entity) === id,
      )) ||
    memberTakesPart(store, event, id) ||
    (event.place?.entity !== undefined && sameParty(store, event.place.entity, id)) ||
    (event.objectSide !== undefined && sameParty(store, event.objectSide, id))
  );
}

function checkEventClaim(q: ParsedQuestion, kb: Knowledge, event: Event): IntentReply {
  const { store, triggers } = kb;
  const named = mentionedEntities(q, store);
  const plays = (id: string, of: Event = event) => playsIn(kb, of, id);
  const focus = [event.id];
  const alone = doneAlone(q, kb, event) ?? checkKind(q, kb, event);
  if (alone) return alone;
  // "did <B> agree with that?": a view taken of something said, which an act two parties agreed on does not
  // settle either way.
  const stance = q.lemmas.findIndex(
    (l, i) =>
      cueWords().stanceVerbs.has(l) &&
      q.normals[i + 1] === 'with' &&
      cueWords().statementAnaphors.has(q.normals[i + 2] ?? ''),
  );
  if (stance >= 0)
    return notStated(
      `what anyone thought of ${q.normals[stance + 2]}`,
      { text: event.summary, evidence: event.evidence },
      store,
    );
  // "was it his first time talking to <B>?": the article counts no earlier meetings of an event it numbers not,
  // nor of people who had no part in the numbered one.
  const firstTime =
    hasPhrase(q, 'first time') &&
    (!event.round || named.some((e) => e.kind === 'person' && !playsIn(kb, event, e.id)));
  if (firstTime)
    return notStated('whether it was the first', { text: event.summary, evidence: event.evidence }, store);
  // "did <a party> host <it>?": the country of the place it was held in, worked out, when the article places it.
  const hosting = hostClaim(q, kb, event);
  if (hosting) return hosting;
  const naming = namedAs(q, kb, event);
  if (naming) return naming;
  const samePlace = sharedPlace(q, kb, event);
  if (samePlace) return samePlace;
  const foreign = otherNationality(q, kb, event);
  if (foreign) return no(`It was ${event.object}: ${event.summary}.`, [event.evidence], kb, focus);
  // ("was it shot down by the <B>?": a doer after "by" other than the event's, though <B> has a part in it.)
  const doers = event.participants.filter((p) => p.role === 'agent');
  const byParty = doneBy(q, store);
  if (
    byParty &&
    sideOf(store, byParty.id) !== undefined &&
    doers.length > 0 &&
    !doers.some((a) => sameParty(store, a.entity, byParty.id))
  )
    return no(`${capitalize(event.summary)}.`, [event.evidence], kb, focus);
  // "was the 16th round held in <a city>?": another instance of a numbered series, which the article does not report.
  // (A number of days or weeks is a length, checked below: "the talks were like 3 days?".)
  const lengthAsked = hasAny(
    q,
    'day',
    'days',
    'week',
    'weeks',
    'month',
    'months',
    'hour',
    'hours',
    'year',
    'years',
  );
  // (And of another instance as the subject, "was the 16th round held in <a city>", not as what this one is
  // claimed to be, "this was the 16th round?", which is corrected below.)
  // ("was the previous round held in <a city>", "was the one before virtual": a relative one as the subject.)
  const ordinalAt = q.normals.findIndex(
    (w, i) =>
      /^\d+(?:st|nd|rd|th)$/.test(w) ||
      ((cueWords().previousWords.has(w) || cueWords().nextWords.has(w)) &&
        /^(?:one|round|meeting|session)$/.test(q.normals[i + 1] ?? '')) ||
      (w === 'one' && /^(?:before|after)$/.test(q.normals[i + 1] ?? '')),
  );
  // ("was this the first ever round?" is what this one is claimed to be: corrected below.)
  // ("was the 16th round also in <a city>?": the ordinal straight after the opening "was the", with more
  // claimed after its noun, is the subject too.)
  const openedWith =
    q.pos[0] === 'AUX' &&
    q.normals[1] === 'the' &&
    ordinalAt === 2 &&
    /^\d+(?:st|nd|rd|th)$/.test(q.normals[2] ?? '');
  const claimedAfter = q.normals
    .slice(ordinalAt + 2)
    .some((w, k) => w !== 'of' && /^(?:ADP|ADV|ADJ|VERB)$/.test(q.pos[ordinalAt + 2 + k] ?? ''));
  const asSubject =
    ordinalAt >= 0 && (q.pos.slice(ordinalAt + 1).includes('VERB') || (openedWith && claimedAfter));
  if (
    !lengthAsked &&
    asSubject &&
    asksAboutAnotherInstance(q, event, triggers, store.meta.referenceDate.date)
  )
    return otherOccurrence(store, event);
  // "in <a capital>", "at <an institution>", "travel to <a city>": a place the question puts the event in must be
  // the event's place ("arms sales to <a place>" puts nothing anywhere; "did he fly to <a city> after" asks
  // about a later trip).
  const later = hasAny(q, 'after', 'afterwards', 'afterward', 'later', 'next') && !q.dates.length;
  // ("the <person> trip was to <a place>": "to" after the event's own noun, as after a verb.)
  // (Or after a verb of motion wink tags otherwise: "did <A> come to <a city>".)
  const headedTo = (start: number) =>
    q.normals[start - 1] === 'to' &&
    (q.pos[start - 2] === 'VERB' ||
      cueWords().motionWords.has(q.lemmas[start - 2] ?? '') ||
      kb.triggers.get(q.lemmas[start - 2] ?? '')?.includes(event.id) === true);
  const inOrAt = (start: number) => ['in', 'at'].includes(q.normals[start - 1] ?? '');
  // (Going to a country, not talking to it, "talked to <a country>"; nor whom it was with, "talked to someone in
  // <a country>".)
  const wentTo = (start: number) =>
    (inOrAt(start) && !cueWords().anyone.has(q.normals[start - 2] ?? '') && q.pos[start - 2] !== 'PRON') ||
    cueWords().motionWords.has(q.lemmas[start - 2] ?? '');
  const placed = q.mentions.find(
    (m) =>
      (inOrAt(m.start) || headedTo(m.start)) &&
      (store.entities.get(m.id)?.kind === 'place' ||
        // ("in <a country>": wrong unless the event's place is known to be in it; no country holds a virtual one.)
        (store.entities.get(m.id)?.kind === 'country' &&
          ((event.place?.virtual === true && wentTo(m.start)) ||
            (event.place?.entity !== undefined && !sameParty(store, event.place.entity, m.id))))),
  );
  // ... or a country or capital the article never names ("were the talks in <another city>?").
  // ("visit <a country>": the place straight after the event's own verb.)
  // (Not a verb of discussing: "did they discuss <a place>" names a topic.)
  const visited = (start: number) =>
    kb.triggers.get(q.lemmas[start - 1] ?? '')?.includes(event.id) === true &&
    !cueWords().discussWords.has(q.lemmas[start - 1] ?? '');
  const elsewhere = q.otherPlaces.find(
    (p) => ['in', 'at'].includes(q.normals[p.start - 1] ?? '') || headedTo(p.start) || visited(p.start),
  );
  if ((elsewhere || (placed && placed.id !== event.place?.entity)) && event.place && !later) {
    const where = event.place.virtual ? 'It was a virtual meeting' : `It took place in ${event.place.text}`;
    // ("in <another city> and lasted a week": a wrong length claimed beside it is corrected too.)
    const days = claimedDays(q);
    const also =
      days !== undefined && event.duration && days !== event.duration.days
        ? `, and it lasted ${event.duration.text}`
        : '';
    return no(`${where}${also}: ${event.summary}.`, [event.evidence], kb, focus);
  }
  const weekday = q.normals.find((w) =>
    /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/.test(w),
  );
  // ("was jan 8 the first day?": the day typed against the event's first or last, worked out from its dates.)
  const ordinalDay = ordinalDayAt(q);
  const typedDay = q.dates.find((d) => d.start === d.end);
  // ("was the first day a monday": the weekday typed against that day's, worked out the same way.)
  if (
    ordinalDay >= 0 &&
    (typedDay || weekday) &&
    event.date.precision === 'day' &&
    event.date.end !== undefined &&
    event.date.end !== event.date.start
  ) {
    const which = q.normals[ordinalDay] ?? '';
    const day = new Date(`${event.date.start}T00:00:00Z`);
    if (which === 'second') day.setUTCDate(day.getUTCDate() + 1);
    const iso = /^(?:last|final)$/.test(which) ? event.date.end : day.toISOString().slice(0, 10);
    const shown = new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-US', {
      month: 'short',
      day: 'numeric',
      timeZone: 'UTC',
    });
    const dayName = WEEKDAYS[new Date(`${iso}T00:00:00Z`).getUTCDay()] ?? '';
    // (Both typed, "day one was monday the 8th": each must hold.)
    const text = `The ${which} day was ${typedDay && !weekday ? '' : `${dayName}, `}${shown} (worked out from the dates): ${event.summary}.`;
    const right = (!typedDay || typedDay.start === iso) && (!weekday || dayName.toLowerCase() === weekday);
    return {
      ...(right ? yes : no)(text, [event.evidence], kb, focus),
      workedOut: [which, 'day', ...(weekday ? [weekday] : [])],
    };
  }
  // ("was jan 9 a monday?": the weekday of the one day typed, within the event's days, worked out.)
  const dayClaimed = q.dates.find(
    (d) =>
      d.start === d.end && d.start >= event.date.start && d.start <= (event.date.end ?? event.date.start),
  );
  // (Not a claim of when it ended or began, "ended on monday jan 8", which the checks below answer.)
  const bounded = hasAny(
    q,
    'end',
    'ended',
    'wrap',
    'finish',
    'conclude',
    'close',
    'start',
    'begin',
    'began',
    'open',
  );
  if (weekday && dayClaimed && event.date.precision === 'day' && !bounded) {
    const day = new Date(`${dayClaimed.start}T00:00:00Z`);
    const actual = WEEKDAYS[day.getUTCDay()] ?? '';
    const shown = day.toLocaleDateString('en-US', { month: 'short', day: 'numeric', timeZone: 'UTC' });
    const text = `${shown} was a ${actual} (worked out from the dates): ${event.summary}.`;
    return {
      ...(actual.toLowerCase() === weekday ? yes : no)(text, [event.evidence], kb, focus),
      workedOut: [weekday],
    };
  }
  // (A day of a multi-day event other than the one the article names: worked out from the dates, said so.)
  // ("did they end on <weekday>": the day it ended, which the article names.)
  const ending = hasAny(q, 'end', 'wrap', 'finish', 'conclude', 'close', 'last');
  const spanned =
    weekday && !ending && event.date.precision === 'day' ? weekdayIn(event.date, weekday) : undefined;
  // ("monday the 8th": the day of the month typed with the weekday must be that day's.)
  const dayTyped = q.normals.find((w) => /^\d{1,2}(?:st|nd|rd|th)$/.test(w));
  const sameDay =
    !dayTyped || Number.parseInt(dayTyped, 10) === Number.parseInt(spanned?.split(' ')[1] ?? '', 10);
  if (weekday && event.weekday && weekday !== event.weekday.toLowerCase() && spanned && !sameDay)
    return no(
      `${capitalize(event.date.resolved)}, and ${spanned} was the ${capitalize(weekday)} (worked out from the dates): ${event.summary}.`,
      [event.evidence],
      kb,
      focus,
    );
  if (weekday && event.weekday && weekday !== event.weekday.toLowerCase() && spanned) {
    return {
      ...yes(
        `${capitalize(event.date.resolved)}, and ${spanned} was a ${capitalize(weekday)} (worked out from the dates): ${event.summary}.`,
        [event.evidence],
        kb,
        focus,
      ),
      workedOut: [weekday, ...(dayTyped ? [dayTyped] : [])],
    };
  }
  if (weekday && event.weekday && weekday !== event.weekday.toLowerCase()) {
    return no(
      `${capitalize(describeDate(event.endDate ?? event.date))}: ${event.summary}.`,
      [event.evidence],
      kb,
      focus,
    );
  }
  // "after <person>" dates the claim by that person's doings: they need not take part.
  const anchorAt = q.normals.findIndex((w) => /^(after|before|since|following)$/.test(w));
  const anchors = new Set(anchorAt < 0 ? [] : q.mentions.filter((m) => m.start > anchorAt).map((m) => m.id));
  // (Nor the pair a relationship is between: "were ties between <A> and <B> cut" claims no one did it.)
  for (const m of q.mentions) if (betweenParty(q, m.start)) anchors.add(m.id);
  const strangers = named.filter((e) => !plays(e.id) && !anchors.has(e.id));
  // ("did the <body> meet the <B>s in person?" of another event: the one the body's member held, when its word is
  // in the question and everyone named plays a part in it.)
  const bodies = strangers.filter((e) => e.kind === 'organization');
  const theirs =
    bodies.length > 0 && bodies.length === strangers.length
      ? store.facts.events.find(
          (other) =>
            other.id !== event.id &&
            q.lemmas.some((l) => triggers.get(l)?.includes(other.id)) &&
            named.every((e) => plays(e.id, other) || anchors.has(e.id)),
        )
      : undefined;
  if (theirs) return checkEventClaim(q, kb, theirs);
  // The event's word in the question, a verb first ("the <thing> was <A> shooting down ..." -> "shooting").
  const evokes = (w: string, i: number) =>
    triggers.get(w)?.includes(event.id) || triggers.get(q.lemmas[i] ?? '')?.includes(event.id);
  const asVerb = q.normals.findIndex((w, i) => q.pos[i] === 'VERB' && evokes(w, i));
  const verbAt = asVerb >= 0 ? asVerb : q.normals.findIndex(evokes);
  // "Did <person> <person> in <a city>?": the article gives no place for their agreement, so it cannot say no.
  const placedIds = q.mentions
    .filter((m) => ['in', 'at', 'to'].includes(q.normals[m.start - 1] ?? ''))
    .map((m) => m.id);
  // ("was <it> shot down in / over <a country>?" of an event the article places nowhere: a party is no place.)
  const putSomewhere = q.mentions.some(
    (m) =>
      (['in', 'at'].includes(q.normals[m.start - 1] ?? '') ||
        (q.normals[m.start - 1] === 'over' && evokes(q.normals[m.start - 2] ?? '', m.start - 2))) &&
      ['place', 'country'].includes(store.entities.get(m.id)?.kind ?? ''),
  );
  const unplaced = putSomewhere && !hasAny(q, 'after', 'afterwards', 'afterward', 'later', 'next');
  if (
    !event.place &&
    (unplaced || (strangers.length > 0 && strangers.every((e) => placedIds.includes(e.id))))
  ) {
    // (Settled: a sentence naming the place for something else does not put the event there.)
    return {
      ...notStated(
        `where ${event.name} took place`,
        { text: event.summary, evidence: event.evidence },
        store,
      ),
      settled: true,
    };
  }
  // "Was <a country> represented at the talks?": the article names who was, not who was not. A country that
  // did it ("Did <A> sever ...", "... by <A>") or was its place ("Did <person> visit <A>?") is another matter.
  const slotted = strangers.some((e) =>
    q.mentions.some(
      (m) =>
        m.id === e.id &&
        (afterBy(q, m.start) ||
          // (The event's word used as a verb: tagged so, or right after the name; wink reads "visit" as a noun.)
          ((q.pos[verbAt] === 'VERB' ||
            m.end + 1 === verbAt ||
            q.mentions.some((n) => n.end + 1 === verbAt)) &&
            verbAt >= 0 &&
            (m.start < verbAt || (m.start > verbAt && m.start <= verbAt + 2 && event.place))) ||
          // ("Did <name's visit> <a country>?": the event named as "<person> <verb>", then its place.)
          (event.place !== undefined &&
            q.mentions.some((n) => n.start <= verbAt && verbAt <= n.end && n.end + 1 === m.start))),
    ),
  );
  // ("did <a country>'s government react to the talks?": a doing the event is not, which the article does not report.)
  // (The event named by a noun, another verb before it: not "did <A> cut off talks after <B> went".)
  const unrelated =
    slotted &&
    verbAt >= 0 &&
    q.pos[verbAt] !== 'VERB' &&
    unexplainedVerbs(q, event, kb).some((v) => {
      const at = q.lemmas.indexOf(v);
      return at >= 0 && at < verbAt && (anchorAt < 0 || at < anchorAt);
    });
  // ("<A> went to <B> in <a wrong year> and that's why <C> ...": a date the first clause gets wrong settles the
  // claim, whoever the clause after "and" brings in; unless some event of the article has that date.)
  const joinAt = q.normals.findIndex(
    (w, i) => i > 0 && w === 'and' && ['that', 'so', 'then'].includes(q.lemmas[i + 1] ?? ''),
  );
  const firstDates = joinAt > 0 ? claimedDates(q).filter((d) => (d.tokens.at(-1) ?? 0) < joinAt) : [];
  if (
    firstDates.length > 0 &&
    event.date.precision !== 'unknown' &&
    strangers.every((e) => q.mentions.every((m) => m.id !== e.id || m.start > joinAt)) &&
    !firstDates.some((d) => store.facts.events.some((e) => claimOverlaps(d, e.date)))
  )
    return no(`It was ${describeDate(event.date)}: ${event.summary}.`, [event.evidence], kb, focus);
  if (strangers.length > 0 && strangers.every((e) => e.kind !== 'person') && (!slotted || unrelated))
    return notStated('that', { text: event.summary, evidence: event.evidence }, store);
  // "Did <a leader> meet <a general>?" of someone the article reports meeting nobody: it does not say either way.
  const meets = (e: Event) => e.kind === 'meeting' || e.kind === 'talks';
  const metNobody = strangers.filter(
    (e) =>
      e.kind === 'person' &&
      !store.facts.events.some((x) => meets(x) && x.participants.some((p) => p.entity === e.id)),
  );
  // (Not when the question names the event: "did <a leader> meet <B> at <these talks>?" is answered by who held them.)
  const eventNamedOutright = q.mentions.some((m) => m.id === event.id && m.via === 'name');
  if (meets(event) && metNobody.length > 0 && !eventNamedOutright) {
    // (Whom the others named did meet, when the article says: "did <A> meet <a leader>?" -> whom <A> met.)
    const met = named.filter((e) => e.kind === 'person' && !metNobody.includes(e) && !anchors.has(e.id));
    const fix = corrections(met, kb);
    const [evidence] = fix.evidence;
    return notStated(
      `that ${joinNames(metNobody.map((e) => e.name))} met anyone`,
      evidence && / met /.test(fix.text)
        ? { text: fix.text.replace(/\.$/, ''), evidence }
        : { text: event.summary, evidence: event.evidence },
      store,
    );
  }
  // ("<A> flew out to <a city> to meet <B>?" of a virtual meeting: where it was, not who met whom.)
  if (event.place?.virtual && strangers.length > 0 && strangers.every((e) => e.kind !== 'person'))
    return no(`It was a virtual meeting: ${event.summary}.`, [event.evidence], kb, focus);
  // ("was <A> ordered by <B>?": a doing no event of the article's is, between people it names, is not
  // corrected with who met whom; the article does not say.)
  // (Not taking part, "led by <A>", which the event's people settle; nor a name wink reads as a verb; and
  // only the verb between the people, the claim's own, not "my uncle keeps saying ...".)
  const unexplained = unexplainedVerbs(q, event, kb).filter(
    (v) =>
      !store.facts.events.some((e) => kb.triggers.get(v)?.includes(e.id)) &&
      !cueWords().participationVerbs.has(v) &&
      !q.unknownWords.includes(v),
  );
  const peopleAt = q.mentions
    .filter((m) => m.start >= 0 && store.entities.get(m.id)?.kind === 'person')
    .map((m) => m.start);
  const othersDoing = q.lemmas.filter(
    (l, i) => unexplained.includes(l) && i > Math.min(...peopleAt) && i < Math.max(...peopleAt),
  );
  if (strangers.length > 0 && othersDoing.length > 0 && !pairedMeetings(q, kb))
    return notStated('that', { text: event.summary, evidence: event.evidence }, store);
  // ("did anyone from <a place> sit in on the talks": the article names who took part, not all who were there.)
  // (Not of someone the article has doing something else: "did <A> attend the talks" is answered with that.)
  if (
    strangers.length > 0 &&
    strangers.every((e) => e.kind !== 'person') &&
    claimsAttendance(q, event) &&
    eventPeople(store, event).length > 0
  )
    return notStated(
      `that anyone else took part; of ${event.name} it names ${joinNames(eventPeople(store, event).map((e) => e.name))}`,
      { text: event.summary, evidence: event.evidence },
      store,
    );
  // ("did <A> also have talks with <a place> this week": another occasion, of which the article says nothing.)
  if (
    strangers.length > 0 &&
    strangers.every((e) => e.kind !== 'person') &&
    cueWords().lists.alsoWords.some((w) => hasPhrase(q, w))
  )
    return notStated(
      `whether that happened with ${joinNames(strangers.map((e) => e.name))}`,
      { text: event.summary, evidence: event.evidence },
      store,
    );
  // ("have <A> and <B> talked since the talks": another occasion after the one named, which is no claim about
  // who took part in it.)
  const sinceAt = q.normals.findIndex((w) => w === 'since' || w === 'after');
  if (strangers.length > 0 && sinceAt >= 0 && q.mentions.some((m) => m.id === event.id && m.start > sinceAt))
    return notStated(
      'whether that happened after it',
      { text: event.summary, evidence: event.evidence },
      store,
    );
  if (strangers.length > 0) {
    const people = named.filter((e) => e.kind === 'person' && !anchors.has(e.id));
    const fix = corrections(people, kb);
    // ("<A> met <B> and <C> met <D>, right?": two meetings claimed, each pair named in turn; true when each is.)
    const pairs = pairedMeetings(q, kb);
    if (pairs)
      return yes(
        `${capitalize(pairs.map((p) => p.said).join('; '))}.`,
        pairs.map((p) => p.event.evidence),
        kb,
        pairs.map((p) => p.event.id),
      );
    // What the named person did, then who took part in the event asked about (unless that says it already).
    // ("the <demonym> side at <the talks> was led by <B>?": who the article names there, when its summary does
    // not.)
    const there = eventPeople(store, event);
    const unsaid = there.some((p) => !event.summary.includes(p.name.split(' ').at(-1) ?? p.name));
    const asked = `${capitalize(event.summary)}.${unsaid && there.length ? ` It names ${joinNames(there.map(fullName))} taking part.` : ''}`;
    // (An event no person took part in, "<a capital> severed ...", is told only by its own summary.)
    const told = there.length > 0 && there.every((p) => fix.text.includes(p.name));
    return no(
      fix.text && !told ? `${fix.text} ${asked}` : fix.text || asked,
      [event.evidence, ...fix.evidence],
      kb,
      focus,
    );
  }
  const office = officeClaim(q, kb, event);
  if (office) return office;
  // The subject is the first name before the event's verb: "Did <a country> down a <country> drone?" -> <a country>.
  const subject =
    doneBy(q, store) ??
    q.mentions.find(
      (m) => store.entities.has(m.id) && m.start >= 0 && m.start < verbAt && !betweenParty(q, m.start),
    );
  // (Not of another act the subject did about the event: "did <A> respond to <the thing> getting shot down".)
  const ownAct = q.lemmas.some(
    (l, i) =>
      q.pos[i] === 'VERB' &&
      subject !== undefined &&
      i > subject.end &&
      i < verbAt &&
      !evokes(q.normals[i] ?? '', i) &&
      !cueWords().lightVerbs.has(l),
  );
  if (subject && !ownAct && doers.length > 0 && !doers.some((a) => sameParty(store, a.entity, subject.id))) {
    return no(`${capitalize(event.summary)}.`, [event.evidence], kb, focus);
  }
  // "the first call since <a year>?", "the first ever?": the article counts no earlier ones.
  if (hasAny(q, 'first') && hasAny(q, 'since', 'ever') && !event.round)
    return notStated('whether it was the first', { text: event.summary, evidence: event.evidence }, store);
  const dates = claimedDates(q);
  // ("did <A> cut off dialogue in <a year>?" of something the article gives no date: what it does give.)
  if (dates.length > 0 && event.date.precision === 'unknown') {
    // (Only a date before what it followed is ruled out: "in 2021" of what answered something in 2022.)
    const after = store.facts.relations
      .filter((r) => (r.type === 'caused' || r.type === 'followed') && r.to === event.id)
      .flatMap((r) => store.events.get(r.from) ?? [])
      .find((e) => e.date.precision !== 'unknown' && dates.every((d) => d.end < e.date.start));
    if (after)
      return no(
        `It came after ${after.name} (${after.date.resolved}): ${event.summary}.`,
        [event.evidence, after.evidence],
        kb,
        focus,
      );
    return notStated('when that happened', { text: event.summary, evidence: event.evidence }, store);
  }
  if (
    dates.length > 0 &&
    event.date.precision !== 'unknown' &&
    !dates.some((d) => claimOverlaps(d, event.date))
  ) {
    // ("did <A> and <B> generals talk last month?" of talks this month and a meeting last month: another event
    // of the claim's parties fits its date, so the claim may be about that one; no "No." on this one's date.)
    // ("that meeting", the conversation's event pointed at with its word, is named as surely.)
    const namedOutright = q.mentions.some(
      (m) =>
        m.id === event.id && (m.via === 'name' || m.via === 'typo' || (m.via === 'pronoun' && m.start >= 0)),
    );
    const fitsDate = (namedOutright ? [] : rankEvents(q, store, kb.triggers)).find(
      (r) =>
        r.event.id !== event.id &&
        // (A country whose people take part is no stranger to it: "<demonym> and <demonym> generals".)
        // (Only a country: a person the claim names who takes no part in it makes it another claim.)
        r.strangers.every(
          (id) =>
            store.entities.get(id)?.kind === 'country' &&
            r.event.participants.some((p) => sideOf(store, p.entity) === id),
        ) &&
        // (Tied to the claim by more than the date it fits: those countries' people, or a word or name of it.)
        (r.strangers.length > 0 || r.score - 1 > 0) &&
        r.event.date.precision !== 'unknown' &&
        dates.some((d) => claimOverlaps(d, r.event.date)),
    );
    if (fitsDate)
      return notStated(
        `whether ${event.name} happened then`,
        { text: fitsDate.event.summary, evidence: fitsDate.event.evidence },
        store,
      );
    // ("are they doing more talks next month" of talks already held: another of them, after the article's date,
    // of which it reports nothing; no "No." on the held one's date.)
    const reference = store.meta.referenceDate.date;
    if (
      hasAny(q, 'more', 'another', 'again') &&
      event.date.end <= reference &&
      dates.every((d) => d.start > reference)
    )
      return notStated('anything planned for then', { text: event.summary, evidence: event.evidence }, store);
    // (An event the article puts after its own date is still to come.)
    const tense = event.date.start > reference ? 'It is' : 'It was';
    return no(`${tense} ${describeDate(event.date)}: ${event.summary}.`, [event.evidence], kb, focus);
  }
  // "was it in November?" of something dated "late last year": a date within it, which the article does not
  // narrow down to; neither yes nor no.
  if (
    dates.length > 0 &&
    ['weekend', 'month', 'part-of-year', 'year'].includes(event.date.precision) &&
    !dates.some((d) => claimCovers(d, event.date))
  )
    return notStated(
      `whether it was then; it says ${describeDate(event.date)}`,
      { text: event.summary, evidence: event.evidence },
      store,
    );
  // "did the talks happen on a weekend?": the weekdays of its dated days, worked out.
  const weekend = weekendClaim(q, event);
  if (weekend) {
    const text = `${capitalize(event.date.resolved)}, which fell on ${weekend.days} (worked out from the dates): ${event.summary}.`;
    return weekend.holds
      ? { ...yes(text, [event.evidence], kb, focus), workedOut: ['weekend'] }
      : no(text, [event.evidence], kb, focus);
  }
  // "did the talks start <its first day>?": the first (or last) day of a dated span, worked out and said so.
  const edge = firstOrLastDay(q, event);
  if (edge) {
    const text =
      edge.which === 'first'
        ? `${capitalize(event.date.resolved)}, so the first day was ${edge.day} (worked out from the dates): ${event.summary}.`
        : `${capitalize(event.date.resolved)}: ${event.summary}.`;
    return edge.holds
      ? { ...yes(text, [event.evidence], kb, focus), workedOut: edge.words }
      : no(text, [event.evidence], kb, focus);
  }
  // "Is <a place> only voting for parliament?" of "presidential and parliamentary polls": one of several.
  const only = hasAny(q, 'only', 'just', 'solely', 'purely');
  const listed = only ? (event.object?.split(/,\s*(?:and\s+)?|\s+and\s+/) ?? []) : [];
  const stem = (w: string) => w.toLowerCase().slice(0, 6);
  if (
    listed.length > 1 &&
    q.normals.some(
      (w) => w.length >= 5 && listed.some((part) => part.split(/\s+/).some((x) => stem(x) === stem(w))),
    )
  )
    return no(`${capitalize(event.summary)}.`, [event.evidence], kb, focus);
  const virtual = event.place?.virtual === true;
  // "was it in person?" of an event the article gives no place for: neither yes nor no.
  const howMet =
    cueWords().lists.inPersonPhrases.some((p) => hasPhrase(q, p)) ||
    hasAny(q, 'phone', ...cueWords().lists.remoteWords);
  if (howMet && !event.place)
    return notStated('how it took place', { text: event.summary, evidence: event.evidence }, store);
  // ("did they agree to meet in person later?": another meeting, which the article does not report.)
  if (howMet && hasAny(q, 'later', 'again', 'next', 'soon', 'future', 'eventually'))
    return notStated('that', { text: event.summary, evidence: event.evidence }, store);
  if (cueWords().lists.inPersonPhrases.some((p) => hasPhrase(q, p)) && virtual)
    return no(`It was a virtual meeting: ${event.summary}.`, [event.evidence], kb, focus);
  if (hasAny(q, 'phone', ...cueWords().lists.remoteWords) && event.place && !virtual) {
    return no(`It took place in ${event.place.text}: ${event.summary}.`, [event.evidence], kb, focus);
  }
  // "Did the talks go on for a week?": a length other than the article's. ("a week later" is no length: when
  // something else happened, which the article, reporting nothing after its date, does not say.)
  const afterwards = q.normals.some(
    (w, i) =>
      /^(?:week|weeks|month|months|day|days|year|years)$/.test(w) &&
      /^(?:later|after|afterwards)$/.test(q.normals[i + 1] ?? ''),
  );
  if (afterwards)
    return notStated('what happened then', { text: event.summary, evidence: event.evidence }, store);
  // ("did they agree to hold talks every month": how often, which no length of the one event settles.)
  const often =
    q.normals.some(
      (w, i) =>
        /^(?:days?|weeks?|months?|years?)$/.test(w) && /^(?:every|each|per)$/.test(q.normals[i - 1] ?? ''),
    ) || hasAny(q, 'daily', 'weekly', 'monthly', 'yearly', 'annually', 'regularly');
  if (often)
    return notStated('how often that happens', { text: event.summary, evidence: event.evidence }, store);
  const unit = hasAny(q, 'week', 'weeks')
    ? 7
    : hasAny(q, 'month', 'months') && !q.dates.length
      ? 30
      : undefined;
  if (unit && event.duration && unit !== event.duration.days) {
    return no(`It lasted ${event.duration.text}: ${event.summary}.`, [event.evidence], kb, focus);
  }
  // "was it a one-day meeting?" of an event the article gives no length for: neither yes nor no.
  const claimsLength =
    !q.dates.length &&
    q.normals.some(
      (w, i) =>
        LENGTH_UNITS.test(w) &&
        (q.numbers.length > 0 || /^(?:a|an|one|whole|full)$/.test(q.normals[i - 1] ?? '')),
    );
  if (claimsLength && !event.duration)
    return notStated('how long it lasted', { text: event.summary, evidence: event.evidence }, store);
  // ("did they only last one day", "did it go on two days": the length claimed against the article's, said.)
  const unitAt = q.normals.findIndex((w) => UNIT_DAYS[w.replace(/s$/, '')] !== undefined);
  const unitDays = UNIT_DAYS[(q.normals[unitAt] ?? '').replace(/s$/, '')];
  const single = /^(?:a|an|one|single)$/.test(q.normals[unitAt - 1] ?? '');
  // (Not a length that only describes the event: "was the two-day meeting in person".)
  const describes = /^(?:NOUN|PROPN)$/.test(q.pos[unitAt + 1] ?? '');
  const claimedLength =
    claimsLength &&
    unitDays !== undefined &&
    !describes &&
    (single ? q.numbers.length === 0 : q.numbers.length === 1)
      ? unitDays * (single ? 1 : (q.numbers[0] ?? 0))
      : undefined;
  if (claimedLength !== undefined && event.duration)
    return (claimedLength === event.duration.days ? yes : no)(
      `It lasted ${event.duration.text}: ${event.summary}.`,
      [event.evidence],
      kb,
      focus,
    );
  // "did <a country> shoot down a <demonym> drone?": a thing the article never names, as the object of the event's
  // own act, where the article names what the object was.
  const objectNoun = q.unknownWords.find((w) => {
    const i = q.normals.indexOf(w);
    return (
      q.pos[i] === 'NOUN' &&
      q.lemmas.slice(Math.max(0, i - 4), i).some((l, k) => {
        const at = Math.max(0, i - 4) + k;
        // (wink may tag the verb a noun in a statement: "the <A> shot down a <B>".)
        return (
          triggers.get(l)?.includes(event.id) === true ||
          triggers.get(q.normals[at] ?? '')?.includes(event.id) === true
        );
      })
    );
  });
  // (Only when the rest of the claim is the event's: its date or the object's side, so the act is the same.)
  const sameAct =
    q.dates.some((d) => claimOverlaps(d, event.date)) ||
    (event.objectSide !== undefined &&
      q.mentions.some((m) => sameParty(store, m.id, event.objectSide ?? '')));
  if (objectNoun && sameAct && event.object && !event.object.toLowerCase().includes(objectNoun))
    return no(`It was ${event.object}: ${event.summary}.`, [event.evidence], kb, focus);
  // "Was the drone Russian?": a nationality the article does not give the thing.
  const nationality = q.unknownWords.find(
    (w) =>
      /^[a-z]+(?:ian|ese|ish|an)$/.test(w) &&
      q.normals.indexOf(w) === q.normals.length - 1 - (q.normals.at(-1) === '?' ? 1 : 0),
  );
  if (nationality && event.objectSide && event.object) {
    return no(`It was ${event.object}: ${event.summary}.`, [event.evidence], kb, focus);
  }
  // "Did <someone else> and <person> agree ...?": a name the article never mentions, where the article names who did it.
  // (In the subject, before the event's verb, or beside "and"; "did they talk about <a place>" names a topic.)
  const stranger = q.unknownWords.find((w) => {
    const i = q.normals.indexOf(w);
    // (Typed in lower case, a word joined by "and"/"with" to a person is a name too: "<name> and <person>".)
    const proper =
      q.raws[i]?.match(/^[A-Z]/) ||
      q.pos[i] === 'PROPN' ||
      joinedToPerson(q, i, (id) => store.entities.get(id)?.kind === 'person') ||
      // ("did <name> agree ...": typed in lower case, words the article never uses standing as the subject.)
      unknownSubjectAt(q, i);
    // ("<A> met with <a name never used>": one the act was done with, after its verb.)
    const partner = q.normals[i - 1] === 'with' && q.pos[i - 2] === 'VERB' && q.unknownNames.includes(w);
    const party = (verbAt >= 0 && i < verbAt) || q.normals[i - 1] === 'and' || q.normals[i + 1] === 'and';
    return (proper && party) || partner;
  });
  // (Not how a stranger took it: "did <a body> react to the talks" is no claim to have held them.)
  const reacting = q.lemmas.some(
    (l, i) =>
      cueWords().reactionWords.has(l) ||
      cueWords().reactionWords.has(q.normals[i] ?? '') ||
      (q.pos[i] === 'VERB' && cueWords().claimSayingVerbs.has(l)),
  );
  // (Nor a topic: "did <a country never named> come up in the talks", "was <it> discussed".)
  const topical =
    ['come up', 'came up', 'brought up', 'bring up', 'talk about', 'talked about'].some((p) =>
      hasPhrase(q, p),
    ) || q.lemmas.some((l) => cueWords().discussWords.has(l));
  if (stranger && topical)
    return notStated('that it covered that', { text: event.summary, evidence: event.evidence }, store);
  if (
    stranger &&
    !reacting &&
    event.participants.some((p) => store.entities.get(p.entity)?.kind === 'person')
  ) {
    // ("did <a name never used> sit in on it": the article names who took part, not everyone who was there.)
    // ("did <a name never used> meet anyone from <A>": nothing the article says is about them at all.)
    // (The whole name typed: the unknown words that run on from the first.)
    const from = q.normals.indexOf(stranger);
    let to = from;
    while (q.unknownWords.includes(q.normals[to + 1] ?? '')) to++;
    const name = q.normals
      .slice(from, to + 1)
      .map(capitalize)
      .join(' ');
    // ("did <a name never used> meet <B> too": one more who took part, beside those the article names, is
    // someone it says nothing about; in their place, "did <X> and <B> agree", it is "No".)
    const besides = hasAny(q, 'too', 'also') || hasPhrase(q, 'as well');
    if (!claimsAttendance(q, event) && (q.normals.some((w) => cueWords().indefinitePeople.has(w)) || besides))
      return notStated(`anything about ${name}`, { text: event.summary, evidence: event.evidence }, store);
    if (claimsAttendance(q, event))
      return notStated(
        `that anyone else took part; of ${event.name} it names ${joinNames(eventPeople(store, event).map((e) => e.name))}`,
        { text: event.summary, evidence: event.evidence },
        store,
      );
    return no(`${capitalize(event.summary)}.`, [event.evidence], kb, focus);
  }
  // ("was this <person>'s first trip": their own count, which a round's number does not give.)
  const ownFirst = q.normals.some(
    (w, i) =>
      w === 'first' &&
      q.normals[i - 1] === "'s" &&
      q.mentions.some((m) => m.end === i - 2 && store.entities.get(m.id)?.kind === 'person'),
  );
  if (ownFirst)
    return notStated('whether it was the first', { text: event.summary, evidence: event.evidence }, store);
  // ("so the next round would be the 18th?", "so 16 before it?": worked out from the round's number, said to be.)
  const relative = event.round ? relativeRound(q, event.round) : undefined;
  const roundWords = hasAny(q, 'round', 'rounds', 'one', 'ones', 'time', 'times');
  const claimed = q.numbers.filter((n) => n !== event.round);
  if (relative && event.round && claimed.length === 1 && (claimed[0] === relative.n || roundWords)) {
    const work =
      relative.toward === 'next'
        ? `the next would be the ${ordinal(relative.n)} (the article says nothing of one)`
        : `${relative.n} came before it (the article does not list them)`;
    const text = `Worked out from the article calling this the ${ordinal(event.round)} round: ${work}.`;
    // (Every word is the arithmetic's: none need be in the sentence.)
    return {
      ...(claimed[0] === relative.n ? yes : no)(text, [event.evidence], kb, focus),
      workedOut: q.normals,
    };
  }
  // ("17 rounds in total?": as many as the round's number, counting this one.)
  const [totalClaimed] = q.numbers;
  if (event.round && asksTotal(q) && hasAny(q, 'rounds') && q.numbers.length === 1)
    return {
      ...(totalClaimed === event.round ? yes : no)(
        `Worked out from the article calling this the ${ordinal(event.round)} round: ${event.round} counting this one (the article does not list the earlier ones).`,
        [event.evidence],
        kb,
        focus,
      ),
      // (The words of the count, the counted noun and the number are the arithmetic's; any other is still checked.)
      workedOut: [...totalWords(q), ...q.normals.filter((w) => w === 'rounds' || /^\d+$/.test(w))],
    };
  // ("the first round since <X>": first of those after <X>, which the series' own number does not say.)
  const firstSince = hasAny(q, 'first') && hasAny(q, 'since');
  if (firstSince)
    return notStated(
      'whether it was the first since then',
      { text: event.summary, evidence: event.evidence },
      store,
    );
  // (Not a number inside what someone is asked to think: "does <A> think one meeting fixes it".)
  const thinking = q.lemmas.some((l) => cueWords().opinionVerbs.has(l));
  const wrongNumber = q.numbers.find(
    (n) =>
      !thinking &&
      n !== event.round &&
      n !== event.duration?.days &&
      !(n === 2 && hasAny(q, 'sides', 'nations', 'countries')),
  );
  if (wrongNumber !== undefined && (event.round || event.duration)) {
    const facts = [
      event.round ? `it was the ${event.round}th round` : '',
      event.duration ? `it lasted ${event.duration.text}` : '',
    ].filter(Boolean);
    return no(`${capitalize(facts.join(' and '))}: ${event.summary}.`, [event.evidence], kb, focus);
  }
  // "were the talks a big deal?": the significance the article gives the event.
  // (Its word for mattering is read as the article's, which the sentence need not use: "a big step".)
  // (Not a word of someone's description: "the major general" says nothing of an event's weight.)
  const described = (i: number) => q.mentions.some((m) => m.start <= i && i <= m.end);
  const mattering = q.normals.filter((w, i) => cueWords().significanceWords.has(w) && !described(i));
  // ("were the talks pointless / a failure?": of an event the article calls significant, no.)
  const slighting =
    mattering.length > 0
      ? []
      : q.normals.filter((w, i) => cueWords().insignificanceWords.has(w) && !described(i));
  // ("does the article call <it> a breakthrough?": a word of the article's framing it never uses is not its.)
  const framingAsked =
    q.normals.some((w) => cueWords().articleNouns.has(w)) &&
    q.lemmas.some((l) => cueWords().regardVerbs.has(l));
  const unused = framingAsked
    ? q.normals.filter(
        (w, i) =>
          /^(?:NOUN|ADJ)$/.test(q.pos[i] ?? '') &&
          !q.mentions.some((m) => m.start <= i && i <= m.end) &&
          !cueWords().articleNouns.has(w) &&
          !new RegExp(`\\b${escapeRegExp(w)}`, 'i').test(store.text),
      )
    : [];
  if (unused.length > 0 && event.significance && !q.negated)
    return {
      ...no(
        `The article calls ${event.name} ${event.significance.text}.`,
        [event.significance.evidence],
        kb,
        focus,
      ),
      workedOut: unused,
    };
  const judged = mattering.length > 0 ? mattering : slighting;
  if (judged.length > 0 && event.significance && !q.negated)
    return {
      ...(judged === mattering ? yes : no)(
        `The article calls ${event.name} ${event.significance.text}.`,
        [event.significance.evidence],
        kb,
        focus,
      ),
      workedOut: judged,
    };
  // "is it confirmed the <thing> was ...?" of what the article calls alleged: a state claimed (a participle or
  // adjective, not the event's own word) whose opposite the event's sentence gives.
  const evidence = ` ${event.evidence.join(' ').toLowerCase()} `;
  // ("was the <thing> a weather <thing>" of "an alleged spy <thing>": another kind of the same thing.)
  const objectWords = (event.object ?? '').toLowerCase().split(/\s+/);
  const head = objectWords.at(-1) ?? '';
  const otherKind =
    head.length > 2 && q.normals.filter((w) => w === head).length >= 2
      ? q.normals.find(
          (w, i) =>
            q.normals[i + 1] === head &&
            /^an?$/.test(q.normals[i - 1] ?? '') &&
            /^(?:NOUN|ADJ)$/.test(q.pos[i] ?? '') &&
            !objectWords.includes(w) &&
            !q.mentions.some((m) => m.start <= i && i <= m.end),
        )
      : undefined;
  // (What the article calls it, with no verdict: it does not say the thing was not the other kind. Not of two
  // kinds offered: "was it spying or just a weather <thing>".)
  if (otherKind && event.object && !q.negated && !q.normals.includes('or'))
    return {
      answered: true,
      text: `The article doesn't call it a ${otherKind} ${head}: it calls it ${event.object}. ${capitalize(event.summary)}.`,
      citations: kb.store.cite(event.evidence),
      confidence: 0.8,
      focus,
      workedOut: [otherKind],
    };
  // ("did <A> and <B> agree to cut off ties" of an agreement to restart them: the act agreed is the opposite.)
  const agreedTo = q.lemmas.findIndex(
    (_l, i) =>
      q.normals[i - 1] === 'to' &&
      q.pos[i] === 'VERB' &&
      triggers.get(q.lemmas[i - 2] ?? '')?.includes(event.id),
  );
  const undone = oppositesOf(q.lemmas[agreedTo] ?? '').find((o) =>
    new RegExp(`[^a-z]to ${o}[^a-z]`).test(evidence),
  );
  if (agreedTo >= 0 && undone)
    return {
      ...no(`The article says "to ${undone}": ${event.summary}.`, [event.evidence], kb, focus),
      workedOut: [q.normals[agreedTo] ?? ''],
    };
  // (An adverb of certainty, "was it definitely a <thing>", only of the words the opposite qualifies there:
  // "definitely downed" says nothing against an "alleged <thing>".)
  const qualifies = (o: string, i: number) => {
    const after =
      new RegExp(`[^a-z]${o}((?:\\s+[a-z'-]+){1,3})`).exec(evidence)?.[1]?.trim().split(/\s+/) ?? [];
    // (Closing the claim, "was the <thing> <state> for sure", it qualifies the word just before it: not "shot
    // down for sure" of an "alleged <thing>".)
    const last = q.normals.slice(i + 1).every((_w, k) => q.pos[i + 1 + k] === 'PUNCT');
    const words = last ? q.normals.slice(Math.max(0, i - 1), i) : q.normals.slice(i + 1, i + 5);
    return words.some((w) => after.includes(w));
  };
  // (A state is a participle or adjective; an adverb, or a clipped "def" that wink reads as a noun, must
  // qualify the same words. Not a noun the article uses: "sanction <its> officials over the <thing>".)
  const stated = (w: string, i: number) =>
    q.pos[i] === 'ADJ' || (q.pos[i] === 'VERB' && /(?:ed|en)$/.test(w));
  const adverbial = (w: string, i: number) => q.pos[i] === 'ADV' || q.unknownWords.includes(w);
  const opposite = q.normals
    .flatMap((w, i) =>
      (stated(w, i) || adverbial(w, i)) && !triggers.get(w)?.length
        ? [...oppositesOf(w), ...oppositesOf(q.lemmas[i] ?? '')]
            .filter((o) => stated(w, i) || qualifies(o, i))
            .map((o) => ({ o, w }))
        : [],
    )
    .find(({ o }) => new RegExp(`[^a-z]${o}[^a-z]`).test(evidence));
  if (opposite)
    return {
      ...no(`The article says "${opposite.o}": ${event.summary}.`, [event.evidence], kb, focus),
      workedOut: [opposite.w],
    };
  // ("did <participant> come to <the event's place>": to be at an event held in person there is to have come.)
  const toItsPlace = q.mentions.some(
    (m) =>
      m.id === event.place?.entity &&
      (['to', 'into'].includes(q.normals[m.start - 1] ?? '') ||
        cueWords().motionWords.has(q.lemmas[m.start - 1] ?? '')),
  );
  const cameThere = (v: string) => toItsPlace && !event.place?.virtual && cueWords().motionWords.has(v);
  // ("<a place> has elections coming (up)?": of an event after the article's date, "coming up" is its being ahead.)
  const ahead =
    event.date.start > store.meta.referenceDate.date &&
    (hasPhrase(q, 'coming up') || q.normals.some((w, i) => w === 'coming' && q.pos[i - 1] === 'NOUN'));
  const verbs = contentVerbs(q).filter(
    (v) =>
      !cueWords().genericEventVerbs.has(v) &&
      !triggers.get(v)?.includes(event.id) &&
      !cameThere(v) &&
      !(ahead && v === 'come') &&
      // ("was the agreement made": a verb that only carries the event's noun.)
      !supportsEventNoun(q, v, event, kb),
  );
  // "Were there any agreements at the talks?": a word for another event, asked of this one.
  const relates = hasAny(q, 'after', 'before', 'since', 'following', 'response', 'because', 'follow');
  const otherThing =
    !relates &&
    q.lemmas.some(
      (l, i) =>
        q.pos[i] === 'NOUN' &&
        !cameThere(l) &&
        !q.mentions.some((m) => m.start <= i && i <= m.end) &&
        (triggers.get(l) ?? []).length > 0 &&
        !triggers.get(l)?.includes(event.id) &&
        !triggers.get(q.normals[i] ?? '')?.includes(event.id),
    );
  // ("is there a war between <A> and <B>": a thing the event's words never name is not that event.)
  const said = ` ${[event.name, event.summary, ...event.aliases].join(' ').toLowerCase()} `;
  const strangeThing = q.lemmas.some(
    (l, i) =>
      q.pos[i] === 'NOUN' &&
      !q.mentions.some((m) => m.start <= i && i <= m.end) &&
      !q.dates.some((d) => d.tokens.includes(i)) &&
      !triggers.get(l)?.includes(event.id) &&
      !triggers.get(q.normals[i] ?? '')?.includes(event.id) &&
      !said.includes(` ${l.slice(0, 4)}`) &&
      !cueWords().notEventNouns.has(l) &&
      !cueWords().vagueNouns.has(l) &&
      !cueWords().oneEventNouns.has(l) &&
      !cueWords().happenings.has(l) &&
      !cueWords().genericEventVerbs.has(l) &&
      !cameThere(l) &&
      !cueWords().timeNouns.has(l) &&
      !cueWords().personNouns.has(l) &&
      !cueWords().anyone.has(l) &&
      !cueWords().sideWords.has(l) &&
      !cueWords().articleNouns.has(l) &&
      !cueWords().lists.inPersonPhrases.some((p) => p.split(' ').includes(l) && hasPhrase(q, p)),
  );
  // ("were the talks routine?": a quality said of the event, last of the claim, that the article never gives.)
  const last = q.pos.findLastIndex((p) => p !== 'PUNCT');
  const strangeQuality =
    q.lemmas[0] === 'be' &&
    q.pos[last] === 'ADJ' &&
    !q.mentions.some((m) => m.start <= last && last <= m.end) &&
    !said.includes(` ${(q.lemmas[last] ?? '').slice(0, 4)}`) &&
    // (Nor one the article gives anything: "recent incidents such as <the event>" may call it recent.)
    !new RegExp(`\\b${escapeRegExp((q.lemmas[last] ?? '').slice(0, 4))}`, 'i').test(store.text) &&
    !cueWords().remoteWords.has(q.normals[last] ?? '') &&
    !cueWords().lists.inPersonPhrases.some((p) => p.split(' ').includes(q.normals[last] ?? ''));
  if (verbs.length > 0 || otherThing || strangeThing || strangeQuality) {
    const series = checkSeries(q, kb, event);
    if (series) return series;
    // ("<A> works for the <a body the article never names>, right?": what the article says <A> is, the
    // one person the claim is about, not the event they took part in.)
    // (Their own country beside them says only which side they are on: "the <demonym> military's navy".)
    const named = q.mentions.filter((m) => m.start >= 0);
    const [only] = named.filter((m) => store.entities.get(m.id)?.kind === 'person');
    const person = only ? store.entities.get(only.id) : undefined;
    const others = named.filter((m) => m.id !== only?.id && m.id !== sideOf(store, only?.id ?? ''));
    if (person && others.length === 0 && q.lemmas.some((l) => cueWords().workVerbs.has(l)))
      return notStated(
        `that about ${person.name}`,
        { text: identify(person), evidence: person.evidence },
        store,
      );
    return notStated(`whether that happened`, { text: event.summary, evidence: event.evidence }, store);
  }
  // "has <A> been to <a place> before?": a time before the event, which the event itself cannot settle.
  if (cueWords().earlierTimeTails.has(q.normals.at(-1) ?? ''))
    return notStated(
      `whether that happened before`,
      { text: event.summary, evidence: event.evidence },
      store,
    );
  // (The coming is worked out from where the event was, not found in its sentence: said so.)
  const came = q.normals.filter((w, i) => cameThere(q.lemmas[i] ?? '') || cameThere(w));
  // ("did anyone from <a country> come": of the people taking part, that side's.)
  const fromSide = q.mentions.find(
    (m) => q.normals[m.start - 1] === 'from' && store.entities.get(m.id)?.kind === 'country',
  );
  const sideOne = fromSide
    ? event.participants
        .map((p) => store.entities.get(p.entity))
        .find((e) => e?.kind === 'person' && sideOf(store, e.id) === fromSide.id)
    : undefined;
  const who = named.find((e) => e.kind === 'person' && plays(e.id)) ?? sideOne;
  const summaryNames = (e: { name: string }) =>
    event.summary.toLowerCase().includes((e.name.split(' ').at(-1) ?? '').toLowerCase());
  if (came.length && who && event.place && !summaryNames(who))
    return {
      ...yes(
        `${who.name} took part in ${event.name}, held in ${event.place.text}: ${event.summary}.`,
        [event.evidence],
        kb,
        focus,
      ),
      workedOut: came,
    };
  // ("the talks were between <A> and <B>, right?": those named who took part, when the summary does not name them.)
  const shown = named.filter((e) => e.kind === 'person' && plays(e.id) && !summaryNames(e));
  const taking = shown.length > 0 ? ` It names ${joinNames(shown.map(fullName))} taking part.` : '';
  const reply = yes(`${capitalize(event.summary)}.${taking}`, [event.evidence], kb, focus);
  // ("did <A> attend", "did <A> take part": being there is worked out from who the article says took part.)
  const attended = named.some((e) => e.kind === 'person' && plays(e.id)) && claimsAttendance(q, event);
  return attended
    ? {
        ...reply,
        workedOut: q.normals.filter(
          (w, i) =>
            cueWords().attendanceVerbs.has(w) ||
            cueWords().attendanceVerbs.has(q.lemmas[i] ?? '') ||
            (w === 'part' && q.lemmas[i - 1] === 'take') ||
            q.lemmas[i + 1] === 'part',
        ),
      }
    : reply;
}

/**
 * "did <X> sit in on / attend / go to <the event>": a claim of being there (as typed: "sit" may be read as a
 * synonym), which the names the article gives for the event do not rule out.
 */
function claimsAttendance(q: ParsedQuestion, event: Event): boolean {
  return (
    q.normals.some(
      (w, i) => cueWords().attendanceVerbs.has(w) || cueWords().attendanceVerbs.has(q.lemmas[i] ?? ''),
    ) ||
    cueWords().lists.attendanceVerbs.some((p) => p.includes(' ') && hasPhrase(q, p)) ||
    q.lemmas.some(
      (l, i) =>
        cueWords().motionWords.has(l) &&
        q.normals[i + 1] === 'to' &&
        q.mentions.some((m) => m.id === event.id && m.start > i && m.start <= i + 3),
    )
  );
}
