/** Small pieces of reply wording shared by the intents: dates as the article words them, lists of names. */
import type { Event } from '../facts/schema.js';

/** The article's date wording with its resolution when they differ: "last month (December 2023)". */
export const describeDate = (d: Event['date']): string => {
  const worded = d.text.toLowerCase().replace(/^in /, '');
  // Say it once when the resolution already contains the wording, or the wording is a stitched quote.
  if (d.resolved.toLowerCase().startsWith(worded) || d.text.includes('...')) return d.resolved;
  return `${d.text} (${d.resolved})`;
};

export const capitalize = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** A word's "-ize" and "-yze" spellings as "-ise" and "-yse", so either spelling finds the other. */
export const foldSpelling = (w: string): string => w.replace(/(?<=[iy])z/g, 's');

export const joinNames = (names: readonly string[]): string =>
  names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;

/** The days of the week, in the order of Date's getUTCDay(). */
export const WEEKDAYS = [
  'Sunday',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
] as const;

/** 17 -> "17th", 22 -> "22nd". */
export const ordinal = (n: number): string => {
  const tens = n % 100;
  const suffix =
    tens >= 11 && tens <= 13
      ? 'th'
      : (({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th');
  return `${n}${suffix}`;
};

/** Each fact's summary as a sentence of its own: "<A>. <B>." */
export const summarySentences = (facts: readonly { summary: string }[]): string =>
  facts.map((f) => `${capitalize(f.summary)}.`).join(' ');
