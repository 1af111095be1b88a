/**
 * Date expressions in article sentences, resolved against the reference date: chrono-node for weekdays and
 * relative days ("Thursday of last week", "on Monday", "Sept. 15"), the question resolver for months, years
 * and parts of years ("late 2023", "last month", "this weekend").
 */
import * as chrono from 'chrono-node';
import type { DateSpec } from '../facts/schema.js';
import { MONTH_NAMES, resolveDates } from '../nlp/resolve-date.js';
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

/** Finds and resolves every date expression of one sentence. */
export function findDates(ts: TokenSentence, reference: string): FoundDate[] {
  const { sentence, tokens } = ts;
  const found: FoundDate[] = [];
  const taken = (s: number, e: number) => found.some((f) => f.start < e && s < f.end);

  const words = tokens.map((t) => t.normal);
  const raws = tokens.map((t) => t.raw);
  for (const r of resolveDates(words, raws, reference)) {
    const first = tokens[Math.min(...r.tokens)];
    const last = tokens[Math.max(...r.tokens)];
    if (!first || !last) continue;
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
    found.push({
      spec: {
        text: sentence.text.slice(first.start, last.end),
        start: r.start,
        end: r.end,
        precision: r.label.startsWith('this week') ? 'weekend' : precision,
        resolved:
          r.label.startsWith('last month') || r.label.startsWith('this')
            ? label(r.start, precision === 'day' ? 'day' : 'month')
            : r.label,
        inferred: r.yearless === true || !/\d{4}/.test(sentence.text.slice(first.start, last.end)),
      },
      start: first.start,
      end: last.end,
    });
  }
  const ref = new Date(`${reference}T12:00:00Z`);
  for (const r of chrono.parse(sentence.text, { instant: ref, timezone: 0 })) {
    const text = r.text.replace(/[,\s]+$/, '');
    // A duration ("for five months") is not a date.
    if (/^for\b/i.test(text) || taken(r.index, r.index + text.length)) continue;
    const day = r.start.isCertain('day') || r.start.isCertain('weekday');
    if (!day) continue;
    const start = isoOf(r.start.date());
    const end = r.end ? isoOf(r.end.date()) : start;
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
  return found.sort((a, b) => a.start - b.start);
}
