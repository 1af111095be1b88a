import type { TimelineQuery } from '../engine/types.js';

const KEYS = ['from', 'to', 'about'] as const;
const KEY_AT = /(?:^|\s)(from|to|about):/gi;

/**
 * Reads the console's `/timeline` arguments, written as Discord shows the command's options:
 * `from:<date> to:<date> about:<name>`, in any order, each value running to the next option. Text before
 * the first option is `about`, so `/timeline <name>` still works. Quotes around a value are dropped.
 * @example parseTimelineArgs('from:1999 about:Rivera') // { from: '1999', about: 'Rivera' }
 * @example parseTimelineArgs('to:"May 2019"') // { to: 'May 2019' }
 */
export function parseTimelineArgs(args: string): TimelineQuery {
  const query: TimelineQuery = {};
  const marks = [...args.matchAll(KEY_AT)];
  const leading = clean(args.slice(0, marks[0]?.index ?? args.length));
  if (leading) query.about = leading;
  for (const [i, mark] of marks.entries()) {
    const key = mark[1]?.toLowerCase() as (typeof KEYS)[number];
    const start = (mark.index ?? 0) + mark[0].length;
    const value = clean(args.slice(start, marks[i + 1]?.index ?? args.length));
    if (value) query[key] = value;
  }
  return query;
}

function clean(value: string): string {
  return value
    .trim()
    .replace(/^(["'“])(.*)(["'”])$/s, '$2')
    .trim();
}
