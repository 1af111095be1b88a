/** The date an article is written relative to: given, or inferred from a weekday with a day and a month. */
import { type ArticleMeta, UNKNOWN_REFERENCE_DATE } from '../facts/schema.js';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
// ("funding through <a year>": a span's end, no year gone by.)
const UNTIL =
  /\b(?:through|until|till|to)\s+(?:(?:the\s+)?(?:end|start|spring|summer|autumn|fall|winter)\s+(?:of\s+)?|[A-Z][a-z]+\s+)?$/;
// ("qualifying for the 2030 World Cup": a year naming an event that is aimed at, no year gone by.)
const AIMED_AT = /\b(?:for|ahead of|before|toward|towards|to host|hosting)\s+the\s+$/i;
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
// ("a waiver that expires at the end of the 2027-28 season": a year something runs to is no year gone by.)
const FUTURE =
  /\b(will|would|due|expected|scheduled|meant|plans?|planned|next|expires?|expiring)\b[^.]{0,120}$/i;

const SEASON_FROM = /\b(?:from|starting|beginning|effective|as of)\s+(?:the\s+)?$/i;

// "LISBON, March 4 (Reuters) -", "SÃO FILIPE, Cape Verde, Feb. 20 (AFP) -", "Edinburgh, 2 February (PA) –": a wire
// story's dateline, at the start of a line (its place, perhaps with the country, then the day, either way round).
const DATELINE =
  /^\p{Lu}[\p{L} .'-]{1,40}(?:, \p{Lu}[\p{L} .'-]{1,30})?, (?:(?<month>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.? (?<day>\d{1,2})\b|(?<dayFirst>\d{1,2}) (?<monthAfter>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?)[^\n]{0,40}?\s[-\u2013\u2014]\s/mu;

/**
 * Where a sentence's leading dateline ends (0 without one): its date is the day the story was filed, not the
 * date of anything the sentence reports.
 * @example datelineEnd('<CITY>, Oct 14 (Reuters) - Crews will ...') // 27
 */
export function datelineEnd(sentence: string): number {
  const line = DATELINE.exec(sentence);
  return line && line.index === 0 ? line[0].length : 0;
}

// "SAPPORO (Northline News) -", "JAKARTA, Oct 21 (Reuters) -": a wire story's opening that names who filed it, with
// or without a date (which `datelineEnd` needs, for the day it gives).
const FILED_BY = /^\p{Lu}[^()\n]{1,80}\([^()\n]{2,60}\)\s*[-\u2013\u2014]/u;

/**
 * Where a sentence's opening "<CITY>[, <date>] (<Agency>) -" ends (0 without one): the agency there reports the
 * news and does none of it.
 * @example filedByEnd('<CITY> (<Agency>) - A stretch of road ...') // 18
 */
export function filedByEnd(sentence: string): number {
  return FILED_BY.exec(sentence)?.[0].length ?? 0;
}

/**
 * A dateline's month and day, with the weekday of the first "on <weekday>" after it: a wire story's news is
 * of the day it is filed. Shaped as the weekday anchor's match (the phrase, weekday, month, day).
 */
function datelineAnchor(text: string): string[] | undefined {
  const line = DATELINE.exec(text);
  if (!line) return undefined;
  // (In the lede or the sentence after it: "... stripped of its title. A panel ruled on Tuesday ...".)
  const after = text.slice((line.index ?? 0) + line[0].length, (line.index ?? 0) + line[0].length + 600);
  const weekday = /\bon (Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/.exec(after)?.[1];
  const phrase = line[0].replace(/\s[-\u2013\u2014]\s$/, '').trim();
  const month = line.groups?.month ?? line.groups?.monthAfter ?? '';
  const day = line.groups?.day ?? line.groups?.dayFirst ?? '';
  return weekday ? [`${phrase}, on ${weekday}`, weekday, month, day] : undefined;
}

/** A dateline's month (0-11) and day, if it has one. */
function datelineDay(text: string): { month: number; day: number } | undefined {
  const line = DATELINE.exec(text);
  const month = MONTHS.indexOf(
    (line?.groups?.month ?? line?.groups?.monthAfter ?? '').toLowerCase().slice(0, 3),
  );
  const day = Number(line?.groups?.day ?? line?.groups?.dayFirst);
  return month >= 0 && day ? { month, day } : undefined;
}

const DAY_MS = 86_400_000;
/**
 * The day of the dateline, in the year of a date the article gives near it (within two months either way, across
 * a new year too): the day the story was filed, which its "on Tuesday" and "last month" count from, though
 * the weekday and date found first may be another day it reports ("agreed on Saturday, Aug. 30").
 */
function datelineDate(text: string, near: number): number | undefined {
  const dated = datelineDay(text);
  if (!dated) return undefined;
  const { month, day } = dated;
  const year = new Date(near).getUTCFullYear();
  return [year - 1, year, year + 1]
    .map((y) => Date.UTC(y, month, day))
    .find((t) => Math.abs(t - near) <= 62 * DAY_MS);
}

const WEEKDAY_FIRST = '(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),? ';
const MONTH_WORD = '(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\\.?';
const WRITTEN_YEAR = '(?:,? ((?:19|20)\\d\\d))?';
// "Friday, June 6[, 2025]", and the day first as British and Irish papers write it: "Tuesday, 14 May 2024".
const MONTH_DAY = new RegExp(`\\b${WEEKDAY_FIRST}${MONTH_WORD} (\\d{1,2})\\b${WRITTEN_YEAR}`);
const DAY_MONTH = new RegExp(
  `\\b${WEEKDAY_FIRST}(?:the )?(\\d{1,2})(?:st|nd|rd|th)? (?:of )?${MONTH_WORD}${WRITTEN_YEAR}`,
);

/** The first weekday with its day and month, shaped as [phrase, weekday, month, day, year written or not]. */
function weekdayAnchor(text: string): (string | undefined)[] | undefined {
  const us = MONTH_DAY.exec(text);
  const uk = DAY_MONTH.exec(text);
  if (uk && (!us || uk.index < us.index)) return [uk[0], uk[1], uk[3], uk[2], uk[4]];
  return us ? [us[0], us[1], us[2], us[3], us[4]] : undefined;
}

/**
 * "on Friday, June 6" (or a dateline's day with its lede's weekday): a year in which that day falls on that weekday, after every year the article mentions
 * as past: the latest such year up to now (an article is handed over after it is written, mostly soon after),
 * or, when none has come yet, the first; without such a phrase, the date is unknown (never guessed).
 */
export function inferReferenceDate(text: string, given?: string): ArticleMeta['referenceDate'] {
  if (given) return { date: given, inferred: false, note: 'Given when the article was added.' };
  const anchor = weekdayAnchor(text) ?? datelineAnchor(text);
  const years = [...text.matchAll(/\b(19|20)\d\d\b/g)]
    .filter(
      (m) =>
        // (A decimal point ends no sentence: "would save 1.3 billion lira a year from <a year>".)
        !FUTURE.test(
          text.slice(Math.max(0, (m.index ?? 0) - 120), m.index).replace(/(\d)\.(\d)/g, '$1,$2'),
        ) &&
        // ("to ban checking from the <year>-<yy> season": a season something starts in is no year gone by.)
        !(
          SEASON_FROM.test(text.slice(Math.max(0, (m.index ?? 0) - 30), m.index)) &&
          /^-\d\d\b/.test(text.slice((m.index ?? 0) + 4))
        ) &&
        // ("funding through 2027": a span's end is no year gone by.)
        !UNTIL.test(text.slice(Math.max(0, (m.index ?? 0) - 30), m.index)) &&
        !AIMED_AT.test(text.slice(Math.max(0, (m.index ?? 0) - 30), m.index)),
    )
    .map((m) => Number(m[0]));
  const latestPast = years.length ? Math.max(...years) : undefined;
  // (A dateline's day with no weekday to fix its year: that day in the latest year the article mentions.)
  const lineDay = anchor ? undefined : datelineDay(text);
  if (!anchor && latestPast && lineDay) {
    const date = new Date(Date.UTC(latestPast, lineDay.month, lineDay.day)).toISOString().slice(0, 10);
    return {
      date,
      inferred: true,
      note: `The article's dateline gives the day but no weekday to fix the year; taken in ${latestPast}, the latest year it mentions. Relative dates are uncertain.`,
    };
  }
  if (!anchor) {
    return {
      date: latestPast ? `${latestPast}-12-31` : UNKNOWN_REFERENCE_DATE,
      inferred: true,
      note: latestPast
        ? `The article gives no weekday and date to anchor it; taken as the end of ${latestPast}, the latest year it mentions. Relative dates are uncertain.`
        : 'The article gives no date at all: relative dates cannot be resolved (unknown).',
    };
  }
  const weekday = WEEKDAYS.indexOf(anchor[1]?.toLowerCase() ?? '');
  const month = MONTHS.indexOf(anchor[2]?.toLowerCase().slice(0, 3) ?? '');
  const day = Number(anchor[3]);
  const now = new Date().getUTCFullYear();
  const from = latestPast ?? now - 10;
  const fits = (y: number) => {
    const d = new Date(Date.UTC(y, month, day));
    return d.getUTCDay() === weekday && d.getUTCMonth() === month;
  };
  // ("on Tuesday, 14 May 2024": a year written out with the day is the article's, when the weekday fits it.)
  const written = anchor[4] ? Number(anchor[4]) : undefined;
  if (written !== undefined && fits(written))
    return {
      date: new Date(Date.UTC(written, month, day)).toISOString().slice(0, 10),
      inferred: true,
      note: `The article dates itself "${anchor[0]}".`,
    };
  const fitting = Array.from({ length: Math.max(now, from) + 30 - from }, (_v, k) => from + k).filter(fits);
  const y = fitting.filter((x) => x <= now).at(-1) ?? fitting[0];
  if (y !== undefined) {
    const which = y <= now ? 'the latest year up to now' : 'the first year';
    const filed = datelineDate(text, Date.UTC(y, month, day));
    return {
      date: new Date(filed ?? Date.UTC(y, month, day)).toISOString().slice(0, 10),
      inferred: true,
      note: `The article dates itself "${anchor[0]}" without a year: ${y} is ${which}${latestPast ? ` after ${latestPast}, the latest year it mentions as past,` : ''} in which that day falls on a ${anchor[1]}.${filed !== undefined && filed !== Date.UTC(y, month, day) ? ' Its dateline gives the day it was filed.' : ''}`,
    };
  }
  return {
    date: UNKNOWN_REFERENCE_DATE,
    inferred: true,
    note: `"${anchor[0]}" matches no year: the date is unknown.`,
  };
}
