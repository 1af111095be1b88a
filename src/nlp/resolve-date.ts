/** Date expressions in questions, resolved against the article's date ("last month" -> December 2023). */

import { CARDINAL_WORDS } from './number-words.js';

export interface DateRange {
  start: string;
  end: string;
  label: string;
  /** Token indices the expression covers. */
  tokens: number[];
  /** A month named without a year ("in August"): the year is a guess, the latest such month. */
  yearless?: boolean;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** The month index of a token such as "december", "dec" or "dec.", else -1. "may" only when capitalised. */
function monthOf(token: string, raw: string): number {
  const t = token.replace(/\.$/, '');
  if (t === 'may') return raw === 'May' ? 4 : -1;
  if (t === 'sept') return 8;
  const i = MONTHS.indexOf(t.slice(0, 3));
  if (i < 0) return -1;
  return t.length === 3 || MONTH_NAMES[i]?.toLowerCase() === t ? i : -1;
}

/** Words before "in the third quarter" that look ahead to a business year's quarter, not a game's. */
const EXPECTING: ReadonlySet<string> = new Set([
  'expected',
  'due',
  'scheduled',
  'planned',
  'forecast',
  'projected',
]);

/** A quarter's or a half's number from its ordinal ("third quarter", "Q3", "second half"). */
const PART_NUMBER: ReadonlyMap<string, number> = new Map([
  ['first', 1],
  ['second', 2],
  ['third', 3],
  ['fourth', 4],
  ['final', 4],
  ['last', 4],
]);

/** The days of the week in lower case, in the order of Date's getUTCDay(). */
export const WEEKDAY_NAMES = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/** The tokens a date expression can start with, but for numbers: most of a question's words are not. */
const STARTS = new Set([
  'spring',
  'summer',
  'autumn',
  'fall',
  'winter',
  ...MONTHS,
  ...MONTHS.map((m) => `${m}.`),
  ...MONTH_NAMES.map((m) => m.toLowerCase()),
  'sept',
  'sept.',
  'last',
  'past',
  'previous',
  'next',
  'this',
  'a',
  'an',
  ...PART_NUMBER.keys(),
  ...['q1', 'q2', 'q3', 'q4'],
  ...WEEKDAY_NAMES,
]);

/** Words that put a question's act before it ("did", "met"; a verb in -ed is read as such too). */
const PAST = new Set([
  'did',
  'was',
  'were',
  'had',
  'met',
  'held',
  'went',
  'came',
  'said',
  'made',
  'took',
  'began',
  'spoke',
  'told',
  'gave',
  'left',
  'found',
  'got',
  'ran',
  'won',
  'lost',
  'saw',
  'sent',
  'brought',
  'happened',
]);

/** Words that put a question's act ahead of the article: "will they meet on friday". */
const AHEAD = new Set(['will', "'ll", 'gonna', 'shall']);

/** "next year", "last year", "this year": the year's offset from the article's. */
const RELATIVE_YEAR: ReadonlyMap<string, number> = new Map([
  ['next', 1],
  ['last', -1],
  ['this', 0],
]);

/** Northern-hemisphere seasons as first and last month indexes. */
const SEASONS: Record<string, [number, number]> = {
  spring: [2, 4],
  summer: [5, 7],
  autumn: [8, 10],
  fall: [8, 10],
  winter: [11, 1],
};

const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
const iso = (y: number, m: number, d: number) => `${y}-${pad(m + 1)}-${pad(d)}`;
const monthRange = (y: number, m: number, tokens: number[]): DateRange => ({
  start: iso(y, m, 1),
  end: iso(y, m, lastDay(y, m)),
  label: `${MONTH_NAMES[m]} ${y}`,
  tokens,
});
const yearRange = (y: number, tokens: number[], part?: 'early' | 'late'): DateRange => ({
  start: part === 'late' ? iso(y, 8, 1) : iso(y, 0, 1),
  end: part === 'early' ? iso(y, 3, 30) : iso(y, 11, 31),
  label: part ? `${part} ${y}` : String(y),
  tokens,
});

// Every question of an article is read against the same reference date: split once, not per question.
let lastReference = '';
let lastParts: [number, number, number] = [0, 0, 0];
const partsOf = (reference: string): [number, number, number] => {
  if (reference !== lastReference) {
    lastParts = reference.split('-').map(Number) as [number, number, number];
    lastReference = reference;
  }
  return lastParts;
};

/**
 * Finds date expressions among a question's tokens (`normals` lower-cased, `raws` as typed).
 * @example resolveDates(['in', 'december', '<year>'], ['in', 'December', '<year>'], '<reference date>')
 *   // [{ start: '<start>', end: '<end>', label: '<month year>', tokens: [1, 2] }]
 */
export function resolveDates(
  normals: readonly string[],
  raws: readonly string[],
  reference: string,
  /** Also "6 months ago", "two years ago": fine for checking a question's claim, too loose for a fact. */
  approximate = false,
): DateRange[] {
  const [refYear, refMonth, refDay] = partsOf(reference);
  const found: DateRange[] = [];
  const at = (i: number) => normals[i] ?? '';
  for (let i = 0; i < normals.length; i++) {
    const t = at(i);
    const digit = t.charCodeAt(0) >= 48 && t.charCodeAt(0) <= 57;
    if (!digit && !STARTS.has(t) && !CARDINAL_WORDS.has(t)) continue;
    // A weekday alone in a question: of an act done, "who met on tuesday", the last such day up to the article's
    // date; of one ahead, "will they vote on friday", the next from it; "last"/"next friday" as typed. (Not in the
    // present, "is the vote on saturday", which may be either; not "which tuesday"; nor one a date follows,
    // "friday, may 2", read at its month.)
    const weekday = approximate ? WEEKDAY_NAMES.indexOf(t) : -1;
    if (weekday >= 0) {
      const before = at(i - 1);
      const dated = [1, 2, 3].some(
        (k) => /^\d/.test(at(i + k)) || monthOf(at(i + k), raws[i + k] ?? '') >= 0,
      );
      const ahead = before === 'next' || (before !== 'last' && normals.some((w) => AHEAD.has(w)));
      const done = before === 'last' || (!ahead && normals.some((w) => PAST.has(w) || /[a-z]ed$/.test(w)));
      if (!dated && (ahead || done) && before !== 'which' && before !== 'what') {
        const ref = Date.UTC(refYear, refMonth - 1, refDay);
        const refWeekday = new Date(ref).getUTCDay();
        const back = (refWeekday - weekday + 7) % 7 || (before === 'last' ? 7 : 0);
        const forward = (weekday - refWeekday + 7) % 7 || (before === 'next' ? 7 : 0);
        const day = new Date(ref + (ahead ? forward : -back) * 864e5).toISOString().slice(0, 10);
        const [y, m, d] = partsOf(day);
        found.push({
          start: day,
          end: day,
          label: `${MONTH_NAMES[m - 1]} ${d}, ${y}`,
          tokens: before === 'last' || before === 'next' ? [i - 1, i] : [i],
        });
      }
      continue;
    }
    const month = monthOf(t, raws[i] ?? '');
    if (month >= 0) {
      const dayAfter = /^\d{1,2}(st|nd|rd|th)?$/.test(at(i + 1)) ? Number.parseInt(at(i + 1), 10) : undefined;
      // (Or the day first, as British and Irish papers write it: "14 May 2024", "the 4th of September".)
      const dayFirstAt = at(i - 1) === 'of' ? i - 2 : i - 1;
      const dayFirst =
        dayAfter === undefined && /^\d{1,2}(st|nd|rd|th)?$/.test(at(dayFirstAt))
          ? Number.parseInt(at(dayFirstAt), 10)
          : undefined;
      const day = dayAfter ?? dayFirst;
      const yearAt =
        dayAfter !== undefined
          ? at(i + 2) === ','
            ? i + 3
            : i + 2
          : at(i + 1) === 'of' || (dayFirst !== undefined && at(i + 1) === ',')
            ? i + 2
            : i + 1;
      // "October next year", "March last year": the year relative to the article's.
      const relative = at(yearAt + 1) === 'year' ? RELATIVE_YEAR.get(at(yearAt)) : undefined;
      const year = /^(19|20)\d\d$/.test(at(yearAt))
        ? Number(at(yearAt))
        : relative !== undefined
          ? refYear + relative
          : undefined;
      // A month without a year is the latest one not after the article's month; "last June" is the one
      // before that when the article's month is past June (news style: this year's June is "in June").
      const lastOne = at(i - 1) === 'last' && month + 1 < refMonth;
      const y = year ?? (month + 1 > refMonth || lastOne ? refYear - 1 : refYear);
      const tokens = [
        ...(lastOne && !year ? [i - 1] : []),
        ...(dayFirst !== undefined ? (dayFirstAt < i - 1 ? [dayFirstAt, i - 1] : [dayFirstAt]) : []),
        i,
        ...(dayAfter !== undefined ? [i + 1] : []),
        ...(year ? (relative !== undefined ? [yearAt, yearAt + 1] : [yearAt]) : []),
      ];
      if (day && day <= lastDay(y, month)) {
        found.push({
          start: iso(y, month, day),
          end: iso(y, month, day),
          label: `${MONTH_NAMES[month]} ${day}, ${y}`,
          tokens,
          ...(year ? {} : { yearless: true }),
        });
      } else found.push({ ...monthRange(y, month, tokens), ...(year ? {} : { yearless: true }) });
      i = Math.max(...tokens);
      continue;
    }
    // ("finished on the 9th", "the first day was the 8th?": a day of the month alone, the latest one not after
    // the article's day; only after "on the" or in a question of days, and with no noun after it: "the 17th
    // round" is no date.)
    const dayOnly = /^(\d{1,2})(?:st|nd|rd|th)$/.exec(t);
    if (
      dayOnly &&
      at(i - 1) === 'the' &&
      (at(i - 2) === 'on' || normals.includes('day') || normals.includes('date')) &&
      (!/^\p{L}/u.test(at(i + 1)) || /^(?:and|or|then|so|right|yeah|yea|too|either)$/.test(at(i + 1)))
    ) {
      const day = Number(dayOnly[1]);
      const back = day > refDay;
      const y = back && refMonth === 1 ? refYear - 1 : refYear;
      const m = back ? (refMonth + 10) % 12 : refMonth - 1;
      if (day >= 1 && day <= lastDay(y, m)) {
        found.push({
          start: iso(y, m, day),
          end: iso(y, m, day),
          label: `${MONTH_NAMES[m]} ${day}, ${y}`,
          tokens: [i],
        });
        continue;
      }
    }
    // ("built in 1875,": an older year, only after a preposition of time and before no noun it could count.)
    const olderYear =
      /^1[5-8]\d\d$/.test(t) &&
      /^(?:in|since|from|until|till|by|around|circa)$/.test(at(i - 1)) &&
      /^(?:[,.;:!?)]|and|but|when|after|before|as|to|by|the|a|an|)$/.test(at(i + 1));
    if (/^(19|20)\d\d$/.test(t) || olderYear) {
      const part =
        at(i - 1) === 'late' || at(i - 1) === 'early' ? (at(i - 1) as 'late' | 'early') : undefined;
      found.push(yearRange(Number(t), part ? [i - 1, i] : [i], part));
      continue;
    }
    const next = at(i + 1);
    // "6 months ago", "two years ago": the month (or year) that far before the article's.
    const count = /^\d{1,2}$/.test(t)
      ? Number(t)
      : t === 'a' || t === 'an'
        ? 1
        : (CARDINAL_WORDS.get(t) ?? 0);
    if (approximate && count > 0 && /^(months?|years?)$/.test(next) && at(i + 2) === 'ago') {
      const back = next.startsWith('month') ? count : count * 12;
      const index = refYear * 12 + refMonth - 1 - back;
      const y = Math.floor(index / 12);
      const m = index % 12;
      found.push(
        next.startsWith('month')
          ? { ...monthRange(y, m, [i, i + 1, i + 2]), label: `${t} ${next} ago (${MONTH_NAMES[m]} ${y})` }
          : { ...yearRange(y, [i, i + 1, i + 2]), label: `${t} ${next} ago (${y})` },
      );
      i += 2;
      continue;
    }
    // "the third quarter of 2025", "Q3", "the second half of next year": a quarter or half of the year given
    // ("Q3" alone: of the article's year). ("last quarter" without "the" is the one before the article's.)
    const quarterly = /^q([1-4])$/.exec(t);
    const partOfYear =
      quarterly || (PART_NUMBER.has(t) && (next === 'quarter' || next === 'half'))
        ? quarterly
          ? 'quarter'
          : next
        : undefined;
    if (partOfYear && !(t === 'last' && at(i - 1) !== 'the')) {
      const n = quarterly ? Number(quarterly[1]) : (PART_NUMBER.get(t) ?? 1);
      const size = partOfYear === 'quarter' ? 3 : 6;
      if (n * size <= 12) {
        let end = quarterly ? i : i + 1;
        let y = refYear;
        const ofAt = at(end + 1) === 'of' ? end + 2 : end + 1;
        if (/^(19|20)\d\d$/.test(at(ofAt))) {
          y = Number(at(ofAt));
          end = ofAt;
        } else if (at(end + 1) === 'of' && RELATIVE_YEAR.has(at(ofAt)) && at(ofAt + 1) === 'year') {
          y = refYear + (RELATIVE_YEAR.get(at(ofAt)) ?? 0);
          end = ofAt + 1;
        } else if (RELATIVE_YEAR.has(at(end + 1)) && at(end + 2) === 'year') {
          y = refYear + (RELATIVE_YEAR.get(at(end + 1)) ?? 0);
          end += 2;
        }
        // (Only with its year, or as "Q3": "in the third quarter", "the first half" are as often of a game.)
        const yearGiven = end > (quarterly ? i : i + 1);
        // (Unless what is expected of it says it is the business year's: "is expected to close in the third
        // quarter", the next such quarter from the article's date.)
        const expected = Array.from({ length: 7 }, (_x, k) => at(i - 1 - k)).some((w) => EXPECTING.has(w));
        if (!yearGiven && !quarterly && !expected) continue;
        const from = (n - 1) * size;
        const to = from + size - 1;
        if (!yearGiven && !quarterly && to < refMonth - 1) y += 1;
        const name = partOfYear === 'quarter' ? `Q${n}` : `${n === 1 ? 'first' : 'second'} half`;
        const tokens = Array.from({ length: end - i + 1 }, (_x, k) => i + k);
        found.push({
          start: iso(y, from, 1),
          end: iso(y, to, lastDay(y, to)),
          label: `${name} ${y}`,
          tokens,
        });
        i = end;
        continue;
      }
    }
    if ((t === 'last' || t === 'past' || t === 'previous') && next === 'month') {
      const m = refMonth === 1 ? 11 : refMonth - 2;
      found.push({
        ...monthRange(refMonth === 1 ? refYear - 1 : refYear, m, [i, i + 1]),
        label: 'last month',
      });
    } else if ((t === 'last' || t === 'previous') && next === 'year') {
      const part =
        at(i - 1) === 'late' || at(i - 1) === 'early' ? (at(i - 1) as 'late' | 'early') : undefined;
      found.push(yearRange(refYear - 1, part ? [i - 1, i, i + 1] : [i, i + 1], part));
    } else if (
      (t === 'last' || t === 'next' || t === 'previous') &&
      (next === 'week' || next === 'weekend')
    ) {
      // "last week": Monday to Sunday of the week before the article's; "next weekend" the one after.
      const ref = new Date(Date.UTC(refYear, refMonth - 1, refDay));
      const monday = ref.getTime() - ((ref.getUTCDay() + 6) % 7) * 864e5;
      const shift = (t === 'next' ? 7 : -7) * 864e5;
      const start = new Date(monday + shift + (next === 'weekend' ? 5 * 864e5 : 0));
      const end = new Date(start.getTime() + (next === 'week' ? 6 : 1) * 864e5);
      const d = (x: Date) => x.toISOString().slice(0, 10);
      found.push({ start: d(start), end: d(end), label: `${t} ${next}`, tokens: [i, i + 1] });
    } else if (t === 'this' && (next === 'weekend' || next === 'week')) {
      // The weekend after the article's day (the article's Tuesday, <month day> -> Jan. 13-14).
      const ref = new Date(Date.UTC(refYear, refMonth - 1, refDay));
      const toSaturday = (6 - ref.getUTCDay() + 7) % 7;
      const start = new Date(
        ref.getTime() + (next === 'week' ? -((ref.getUTCDay() + 6) % 7) : toSaturday) * 864e5,
      );
      const end = new Date(start.getTime() + (next === 'week' ? 6 : 1) * 864e5);
      const d = (x: Date) => x.toISOString().slice(0, 10);
      found.push({ start: d(start), end: d(end), label: `this ${next}`, tokens: [i, i + 1] });
    } else if (
      approximate &&
      SEASONS[t] !== undefined &&
      // (As a time, not a verb: "in the fall", "summer 2022"; "shares fall" is no season.)
      (['in', 'the', 'during', 'over', 'by', 'that', 'late', 'early'].includes(at(i - 1)) ||
        /^(19|20)\d\d$/.test(at(i + 1)) ||
        (at(i + 1) === 'of' && /^(19|20)\d\d$/.test(at(i + 2))))
    ) {
      // "in summer", "summer of 2022": a season, of the year given, or (yearless) the latest one begun by the
      // article's date. (In a question only: a season an article names alone is too loose for a fact.)
      const [from, to] = SEASONS[t] ?? [0, 0];
      const yearAt = at(i + 1) === 'of' ? i + 2 : i + 1;
      const given = /^(19|20)\d\d$/.test(at(yearAt)) ? Number(at(yearAt)) : undefined;
      const y = given ?? (refMonth - 1 >= from ? refYear : refYear - 1);
      const endYear = to < from ? y + 1 : y;
      const tokens = given ? [i, ...(yearAt === i + 2 ? [i + 1] : []), yearAt] : [i];
      found.push({
        start: iso(y, from, 1),
        end: iso(endYear, to, lastDay(endYear, to)),
        label: given ? `${t} ${given}` : t,
        tokens,
        ...(given ? {} : { yearless: true }),
      });
      // (The year read as part of the season is no date of its own.)
      i = Math.max(...tokens);
    } else if (
      (t === 'next' || t === 'last' || t === 'this') &&
      (SEASONS[next] !== undefined || (next === 'past' && SEASONS[at(i + 2)] !== undefined))
    ) {
      // "next spring": the season's months in the year it falls in after (or before) the article's date.
      // ("this past summer" is the last one.)
      const past = next === 'past';
      const season = past ? at(i + 2) : next;
      const [from, to] = SEASONS[season] ?? [0, 0];
      const refIndex = refMonth - 1;
      const kind = past ? 'last' : t;
      const y =
        kind === 'next'
          ? refIndex < from
            ? refYear
            : refYear + 1
          : kind === 'last'
            ? refIndex > to
              ? refYear
              : refYear - 1
            : refYear;
      found.push({
        start: iso(y, from, 1),
        end: iso(to < from ? y + 1 : y, to, lastDay(to < from ? y + 1 : y, to)),
        label: `${t} ${past ? 'past ' : ''}${season}`,
        tokens: past ? [i, i + 1, i + 2] : [i, i + 1],
      });
    } else if (t === 'next' && next === 'month') {
      const m = refMonth === 12 ? 0 : refMonth;
      found.push({
        ...monthRange(refMonth === 12 ? refYear + 1 : refYear, m, [i, i + 1]),
        label: 'next month',
      });
    } else if (t === 'next' && next === 'year') {
      found.push({ ...yearRange(refYear + 1, [i, i + 1]), label: 'next year' });
    } else if (t === 'this' && next === 'month') {
      found.push({ ...monthRange(refYear, refMonth - 1, [i, i + 1]), label: 'this month' });
    } else if (t === 'this' && next === 'year') {
      // "later this year" starts at the article's date.
      const later = at(i - 1) === 'later';
      found.push({
        ...yearRange(refYear, later ? [i - 1, i, i + 1] : [i, i + 1]),
        ...(later ? { start: reference } : {}),
        label: later ? 'later this year' : 'this year',
      });
    }
  }
  return found;
}

/** The Monday of the week a day (YYYY-MM-DD) falls in, as YYYY-MM-DD: a week runs Monday to Sunday. */
export function mondayOf(day: string): string {
  const d = new Date(`${day.slice(0, 10)}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
  return d.toISOString().slice(0, 10);
}

/** True when two inclusive ISO ranges share a day. */
export const overlaps = (a: { start: string; end: string }, b: { start: string; end: string }): boolean =>
  a.start <= b.end && b.start <= a.end;

/**
 * A date claimed in a question as it may fall in a fact's years: a yearless one ("in August") in each year the
 * fact spans (and the one before, for a winter), else itself.
 */
function claimRanges(
  claim: DateRange,
  fact: { start: string; end: string },
): Array<{ start: string; end: string }> {
  if (!claim.yearless) return [claim];
  const year = (d: string) => Number(d.slice(0, 4));
  const shift = (d: string, by: number) => `${year(d) + by}${d.slice(4)}`;
  const ranges: Array<{ start: string; end: string }> = [];
  for (let y = year(fact.start) - 1; y <= year(fact.end); y++) {
    const by = y - year(claim.start);
    ranges.push({ start: shift(claim.start, by), end: shift(claim.end, by) });
  }
  return ranges;
}

/** Whether a claimed date shares a day with a fact's (a yearless claim in any of its years). */
export const claimOverlaps = (claim: DateRange, fact: { start: string; end: string }): boolean =>
  claimRanges(claim, fact).some((r) => overlaps(r, fact));

/** Whether a claimed date takes in all of a fact's (a yearless claim in any of its years). */
export const claimCovers = (claim: DateRange, fact: { start: string; end: string }): boolean =>
  claimRanges(claim, fact).some((r) => r.start <= fact.start && r.end >= fact.end);
