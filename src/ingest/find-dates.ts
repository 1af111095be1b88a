/**
 * Date expressions in article sentences, resolved against the reference date: chrono-node for weekdays and
 * relative days ("Thursday of last week", "on Monday", "Sept. 15"), the question resolver for months, years
 * and parts of years ("late 2023", "last month", "this weekend").
 */
import * as chrono from 'chrono-node/en';
import { WEEKDAYS } from '../engine/wording.js';
import type { DateSpec } from '../facts/schema.js';
import { CARDINAL_WORDS } from '../nlp/number-words.js';
import { MONTH_NAMES, resolveDates } from '../nlp/resolve-date.js';
import { datelineEnd } from './infer-reference-date.js';
import type { TokenSentence } from './sentence-tokens.js';

export interface FoundDate {
  spec: DateSpec;
  /** Character span in the sentence. */
  start: number;
  end: number;
}

const isoOf = (d: Date) => d.toISOString().slice(0, 10);
const label = (iso: string, precision: DateSpec['precision']) => {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  if (precision === 'year') return String(y);
  if (precision === 'month') return `${MONTH_NAMES[m - 1]} ${y}`;
  return `${MONTH_NAMES[m - 1]} ${d}, ${y}`;
};

/** What one sentence's dates come to: those resolved, and the expressions that could not be. */
export interface DateReading {
  found: FoundDate[];
  /** Date expressions as written that no date could be given for ("three weeks later", "next week"). */
  unresolved: string[];
}

/** Finds and resolves every date expression of one sentence. */
export function findDates(ts: TokenSentence, reference: string, yearBefore?: number): FoundDate[] {
  return readDates(ts, reference, yearBefore).found;
}

/**
 * Like `findDates`, and also says which date expressions it could not resolve, for a person to check.
 * @example readDates(tokens('Talks resumed three weeks later.'), '2025-06-06').unresolved // ['three weeks later']
 */
export function readDates(ts: TokenSentence, reference: string, yearBefore?: number): DateReading {
  const { sentence, tokens } = ts;
  const found: FoundDate[] = [];
  const unresolved: string[] = [];
  const vague: { text: string; start: number; end: number }[] = [];
  const taken = (s: number, e: number) => found.some((f) => f.start < e && s < f.end);

  const words = tokens.map((t) => t.normal);
  const raws = tokens.map((t) => t.raw);
  // (A dateline's date is the day the story was filed, not the date of anything the sentence reports:
  // "<CITY>, Oct 14 (Reuters) - <a ship> that ran aground ..." may have run aground days before.)
  const filed = datelineEnd(sentence.text);
  for (const r of resolveDates(words, raws, reference)) {
    const first = tokens[Math.min(...r.tokens)];
    const last = tokens[Math.max(...r.tokens)];
    if (!first || !last || first.start < filed) continue;
    // "late 2023", "in February": keep a leading qualifier with the words.
    const precision: DateSpec['precision'] =
      r.start === r.end
        ? 'day'
        : r.start.slice(0, 7) === r.end.slice(0, 7)
          ? 'month'
          : r.start.slice(0, 4) === r.end.slice(0, 4) &&
              r.start.endsWith('-01-01') &&
              r.end.endsWith('-12-31')
            ? 'year'
            : 'part-of-year';
    // ("is due to be sentenced in July": a month without a year, looked ahead to, is the next one.)
    // ("gave airlines until <a month day>", "a meeting on <a month day>" weeks after the article's date: a day
    // without a year that falls soon after the article's date, not most of a year before it, is the coming one.)
    const daysBefore = (iso: string) => (Date.parse(reference) - Date.parse(iso)) / 864e5;
    const soon =
      precision === 'day' &&
      daysBefore(r.start) > DAYS_BACK_UNLIKELY &&
      -daysBefore(shift(r.start, 'year', 1)) <= DAYS_AHEAD_LIKELY;
    // (In a sentence that looks ahead, "would decide at a meeting on <it>", "until <it>"; not "came into force
    // on <it>".)
    const before = sentence.text.slice(Math.max(0, first.start - 40), first.start);
    const ahead =
      r.yearless === true &&
      (precision === 'month' || soon) &&
      r.end < reference &&
      (LOOKS_AHEAD.test(soon ? sentence.text : before) ||
        headlineAhead(ts, Math.min(...r.tokens)) ||
        (soon && /\b(?:until|till|by|from|starting)\s+$/i.test(before)) ||
        // ("the slab will go on public display ... in June": a month the act still to come is dated by.)
        (precision === 'month' && futureVerbBefore(ts, Math.min(...r.tokens))) ||
        // ("who will patrol ... through the end of <month>": a month an act still to come runs to.)
        (precision === 'month' &&
          /\b(?:until|till|by|through|to)\s+(?:the\s+(?:end|start|beginning|middle)\s+of\s+)?$/i.test(
            before,
          ) &&
          LOOKS_AHEAD.test(sentence.text)));
    const [from, to] = ahead
      ? [
          shift(r.start, 'year', 1),
          precision === 'day' ? shift(r.start, 'year', 1) : monthEnd(shift(r.start, 'year', 1)),
        ]
      : [r.start, r.end];
    found.push({
      spec: {
        text: sentence.text.slice(first.start, last.end),
        start: from,
        end: to,
        precision: r.label.startsWith('this week') ? 'weekend' : precision,
        resolved:
          ahead || r.label.startsWith('last month') || r.label.startsWith('this')
            ? label(from, precision === 'day' ? 'day' : 'month')
            : r.label,
        inferred: r.yearless === true || !/\d{4}/.test(sentence.text.slice(first.start, last.end)),
      },
      start: first.start,
      end: last.end,
    });
  }
  // "Thursday of last week": the weekday within the week found.
  for (const f of found) {
    const named = /\b(sunday|monday|tuesday|wednesday|thursday|friday|saturday) of\s+$/i.exec(
      sentence.text.slice(Math.max(0, f.start - 14), f.start),
    );
    if (!named?.[1] || !/^(?:last|this|next) week$/i.test(f.spec.text)) continue;
    const index = WEEKDAYS.findIndex((w) => w.toLowerCase() === named[1]?.toLowerCase());
    const day = [0, 1, 2, 3, 4, 5, 6]
      .map((k) => shift(f.spec.start, 'day', k))
      .find((d) => new Date(`${d}T00:00:00Z`).getUTCDay() === index);
    if (!day) continue;
    f.start -= named[0].length;
    f.spec = {
      ...f.spec,
      text: sentence.text.slice(f.start, f.end),
      start: day,
      end: day,
      precision: 'day',
      resolved: label(day, 'day'),
    };
  }
  const ref = new Date(`${reference}T12:00:00Z`);
  for (const read of chrono.parse(sentence.text, { instant: ref, timezone: 0 })) {
    // ("From Monday, 14 walk-in clinics ...": a number after a weekday that a word, not a month, follows is a
    // count; the date is the weekday alone.)
    const counted = WEEKDAY_THEN_NUMBER.exec(read.text);
    const after = sentence.text.slice(read.index + read.text.length);
    const r =
      counted?.[1] && /^\s+\p{Ll}/u.test(after)
        ? (chrono
            .parse(counted[1], { instant: ref, timezone: 0 })
            .map((x) => ({ ...x, index: read.index }))[0] ?? read)
        : read;
    const text = r.text.replace(/[,\s]+$/, '');
    // A duration ("for five months") is not a date; an offset ("three days before <B>") is counted below from
    // the sentence's own date, not from the article's.
    if (/^for\b/i.test(text) || r.index < filed || taken(r.index, r.index + text.length)) continue;
    if (WHOLE_OFFSET.test(text) || AFTER_SPAN.test(text)) continue;
    // ("humidity and sun", "in 2 hours 31 minutes", "two hours earlier": a weekday's short form in lower case is a
    // word, a time taken or a shift of hours no date.)
    if (/^(?:on\s+)?(?:sun|mon|tue|tues|wed|thu|thur|thurs|fri|sat)\.?$/.test(text) || TIME_TAKEN.test(text))
      continue;
    // ("staff now feared ...": "now" is the time of the telling, no date of anything that happened.)
    if (/^(?:right )?now$/i.test(text)) continue;
    if (FOR_DURATION.test(sentence.text.slice(Math.max(0, r.index - 30), r.index))) continue;
    const day = r.start.isCertain('day') || r.start.isCertain('weekday');
    // Left unresolved, for a person to check: a vague date ("next week"), not a time of day ("at 3:40 p.m.",
    // "that afternoon") nor a stretch of time ("within a year").
    const vagueDate = !r.start.isCertain('hour') && !PART_OF_DAY.test(text) && !DURATION.test(text);
    if (!day && vagueDate) vague.push({ text, start: r.index, end: r.index + text.length });
    if (!day) continue;
    let start = isoOf(r.start.date());
    let end = r.end ? isoOf(r.end.date()) : start;
    // "was reported on Saturday": a bare weekday in a report is the last such day, unless the sentence
    // looks ahead ("could return as early as Friday"); chrono takes the nearest, which may be ahead.
    const bareWeekday = !/\b(next|this|coming|following)\b/i.test(text) && !r.start.isCertain('month');
    if (bareWeekday && start > reference && !LOOKS_AHEAD.test(sentence.text)) {
      start = shift(start, 'day', -7);
      end = shift(end, 'day', -7);
    }
    found.push({
      spec: {
        text: text.replace(/^on /i, ''),
        start,
        end,
        precision: 'day',
        resolved: label(start, 'day'),
        inferred: !r.start.isCertain('year'),
      },
      start: r.index,
      end: r.index + text.length,
    });
  }
  found.sort((a, b) => a.start - b.start);
  // "three months later", "two days earlier": counted from the date before it in the sentence.
  for (const m of sentence.text.matchAll(OFFSET)) {
    const at = m.index ?? 0;
    const base = found.filter((f) => f.end <= at && f.spec.precision !== 'unknown').at(-1);
    const n = NUMBERS.get(m[1]?.toLowerCase() ?? '') ?? Number(m[1]);
    if (!Number.isFinite(n) || taken(at, at + m[0].length)) continue;
    // "for another ten days after <talks>" is how long, not when.
    if (FOR_DURATION.test(sentence.text.slice(Math.max(0, at - 30), at))) continue;
    // "Three weeks later" with no date before it in the sentence: counted from what, the reader must say.
    if (!base) {
      if (!unresolved.includes(m[0])) unresolved.push(m[0]);
      continue;
    }
    const unit = (m[2] ?? '').toLowerCase().replace(/s$/, '');
    // ("<A on a date> three days before <B>": B comes three days after that date; "three days later", <the
    // next thing> after it.)
    const object = /^\s*([\p{L}']+)/u.exec(sentence.text.slice(at + m[0].length))?.[1]?.toLowerCase() ?? '';
    const preposition = /^(?:before|after)$/i.test(m[3] ?? '') && !/^(?:that|this|it|then)$/.test(object);
    const sign = (/later|after/i.test(m[3] ?? '') ? 1 : -1) * (preposition ? -1 : 1);
    const shifted = shift(base.spec.start, unit, sign * n);
    const precision: DateSpec['precision'] =
      unit === 'day' || unit === 'week' ? 'day' : base.spec.precision === 'year' ? 'year' : 'month';
    found.push({
      spec: {
        text: m[0],
        start: shifted,
        end: precision === 'month' ? monthEnd(shifted) : shifted,
        precision,
        resolved: label(shifted, precision),
        inferred: true,
      },
      start: at,
      end: at + m[0].length,
    });
  }
  // A vague expression the offsets resolved ("three months later") is resolved after all.
  for (const v of vague) if (!taken(v.start, v.end) && !unresolved.includes(v.text)) unresolved.push(v.text);
  if (yearBefore !== undefined) for (const f of found) inThatYear(f, sentence.text, yearBefore);
  return { found: found.sort((a, b) => a.start - b.start), unresolved };
}

const DURATION = /^(within|in|over|during)\b/i;
const TIME_TAKEN =
  /^(?:in\s+\d+\s+hours?\b.*\bminutes?\b|(?:an?|one|two|three|four|five|six|\d+)\s+(?:hours?|minutes?)\s+(?:earlier|later|before|after)$)/i;
const WEEKDAY_THEN_NUMBER = /^(.*?\b(?:mon|tues|wednes|thurs|fri|satur|sun)day),?\s+\d{1,2}$/i;
/** A day without a year this many days before the article's date is more likely the coming one, if that is near. */
const DAYS_BACK_UNLIKELY = 240;
/** "in August of that year", "later that year, in May": a month or day without a year, in the year named last. */
function inThatYear(f: FoundDate, text: string, year: number): void {
  const after = text.slice(f.end, f.end + 24);
  const before = text.slice(Math.max(0, f.start - 30), f.start);
  if (!f.spec.inferred || !/^(?:month|day)$/.test(f.spec.precision)) return;
  if (
    !/^\s+of\s+(?:that|the same)\s+year\b/i.test(after) &&
    !/\b(?:that|the same)\s+year,?\s+(?:in|on)?\s*$/i.test(before)
  )
    return;
  if (f.spec.start.startsWith(`${year}-`)) return;
  const moved = (iso: string) => `${year}${iso.slice(4)}`;
  const start = moved(f.spec.start);
  // (The last day of February moves with its year.)
  const end = f.spec.precision === 'month' ? monthEnd(start) : moved(f.spec.end);
  f.end += /^\s+of\s+(?:that|the same)\s+year/i.exec(after)?.[0].length ?? 0;
  f.spec = {
    ...f.spec,
    text: text.slice(f.start, f.end),
    start,
    end,
    resolved: label(start, f.spec.precision === 'day' ? 'day' : 'month'),
  };
}

/** The last year written in a text ("... carried out in 2023."), or undefined. */
export function lastYearIn(text: string): number | undefined {
  const years = text.match(/\b(?:1[89]|20)\d\d\b/g);
  return years ? Number(years.at(-1)) : undefined;
}

/** Whether the verb nearest before token `at` is one still to come: "will go", "would be shown", "is to open". */
function futureVerbBefore(ts: TokenSentence, at: number): boolean {
  for (let k = at - 1; k >= 0; k--) {
    const t = ts.tokens[k];
    if (t?.pos !== 'VERB') continue;
    const [one, two] = [ts.tokens[k - 1]?.normal ?? '', ts.tokens[k - 2]?.normal ?? ''];
    const modal = (w: string) => /^(?:will|would|'ll|shall)$/.test(w);
    return (
      modal(one) ||
      (/^(?:be|been)$/.test(one) && modal(two)) ||
      (one === 'to' && /^(?:is|are|due)$/.test(two))
    );
  }
  return false;
}

/** How far ahead of the article's date a day without a year is read as the coming one. */
const DAYS_AHEAD_LIKELY = 120;
/**
 * A headline's "<A> to <verb> ... from <month>": the headline form of "will", so the month is the coming one. (A
 * headline ends without a full stop; "to" must lead a verb: "back to school in September" looks ahead to nothing.)
 */
function headlineAhead(ts: TokenSentence, dateAt: number): boolean {
  if (/[.!?"”]\s*$/.test(ts.sentence.text)) return false;
  return ts.tokens
    .slice(0, dateAt)
    .some((t, k) => t.normal === 'to' && t.pos === 'PART' && ts.tokens[k + 1]?.pos === 'VERB');
}

/** Words of a sentence that speaks of what is to come. */
const LOOKS_AHEAD =
  /\b(will|would|could|may|might|should|shall|is due|are due|expects?|expected|scheduled|plans?|planned|hopes?|set to|going to|next|coming|upcoming|forecast)\b/i;
const PART_OF_DAY =
  /^((the|that|this|last)\s+)?(morning|afternoon|evening|night|tonight|overnight|noon|midnight)$/i;
// "a month later": an article's own number words, and "a" for one.
const NUMBERS: ReadonlyMap<string, number> = new Map([['a', 1], ['an', 1], ...CARDINAL_WORDS]);
/** Words before an amount of time that make it a duration. */
const FOR_DURATION = /\bfor\s+(?:another\s+|a further\s+|an additional\s+|the next\s+|over\s+)?$/i;
const OFFSET =
  /\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}) (days?|weeks?|months?|years?) (later|earlier|after|before)\b/gi;
/** A stretch of time before something ("rescued after three days trapped", "within half an hour"): how long, not a day after the article's. */
const AFTER_SPAN =
  /^(?:after|within|in under|in less than)\s+(?:half an?|a half|(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}|several|a few)(?:\s+and\s+a\s+half)?)\s+(?:minutes?|hours?|days?|weeks?|months?|years?)$/i;
/** An offset and nothing else, as chrono reads one ("three days before"). */
const WHOLE_OFFSET = new RegExp(`^${OFFSET.source}$`, 'i');
const shift = (iso: string, unit: string, n: number): string => {
  const d = new Date(`${iso}T00:00:00Z`);
  if (unit === 'day') d.setUTCDate(d.getUTCDate() + n);
  else if (unit === 'week') d.setUTCDate(d.getUTCDate() + 7 * n);
  else if (unit === 'month') d.setUTCMonth(d.getUTCMonth() + n);
  else d.setUTCFullYear(d.getUTCFullYear() + n);
  return d.toISOString().slice(0, 10);
};
const monthEnd = (iso: string): string => {
  const [y, m] = iso.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
};
