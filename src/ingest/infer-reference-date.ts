/** The date an article is written relative to: given, or inferred from a weekday with a day and a month. */
import type { ArticleMeta } from '../facts/schema.js';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const FUTURE = /\b(will|would|due|expected|scheduled|meant|plans?|planned|next)\b[^.]{0,120}$/i;

/**
 * "on Friday, June 6": the year in which that day falls on that weekday, the first after every year the
 * article mentions as past; without such a phrase, the date is unknown (never guessed).
 */
export function inferReferenceDate(text: string, given?: string): ArticleMeta['referenceDate'] {
  if (given) return { date: given, inferred: false, note: 'Given when the article was added.' };
  const anchor =
    /\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),? (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.? (\d{1,2})\b/.exec(
      text,
    );
  const years = [...text.matchAll(/\b(19|20)\d\d\b/g)]
    .filter((m) => !FUTURE.test(text.slice(Math.max(0, (m.index ?? 0) - 120), m.index)))
    .map((m) => Number(m[0]));
  const latestPast = years.length ? Math.max(...years) : undefined;
  if (!anchor) {
    return {
      date: latestPast ? `${latestPast}-12-31` : '2000-01-01',
      inferred: true,
      note: latestPast
        ? `The article gives no weekday and date to anchor it; taken as the end of ${latestPast}, the latest year it mentions. Relative dates are uncertain.`
        : 'The article gives no date at all: relative dates cannot be resolved (unknown).',
    };
  }
  const weekday = WEEKDAYS.indexOf(anchor[1]?.toLowerCase() ?? '');
  const month = MONTHS.indexOf(anchor[2]?.toLowerCase().slice(0, 3) ?? '');
  const day = Number(anchor[3]);
  const from = latestPast ?? new Date().getUTCFullYear() - 10;
  for (let y = from; y < from + 30; y++) {
    const d = new Date(Date.UTC(y, month, day));
    if (d.getUTCDay() === weekday && d.getUTCMonth() === month) {
      const iso = d.toISOString().slice(0, 10);
      return {
        date: iso,
        inferred: true,
        note: `The article dates itself "${anchor[0]}" without a year: ${y} is the first year${latestPast ? ` after ${latestPast}, the latest year it mentions as past,` : ''} in which that day falls on a ${anchor[1]}.`,
      };
    }
  }
  return { date: '2000-01-01', inferred: true, note: `"${anchor[0]}" matches no year: the date is unknown.` };
}
