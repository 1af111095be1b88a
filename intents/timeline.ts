import { buildTimeline, formatTimeline, type TimelineFilter } from '../src/engine/build-timeline.js';
import type { Intent } from '../src/engine/intent.js';
import { hasAny, hasPhrase, rankEvents } from '../src/engine/knowledge.js';
import type { ParsedQuestion } from '../src/nlp/parse-question.js';

const BEFORE = ['before', 'prior', 'earlier', 'preceded', 'precede', 'lead'];
const AFTER = ['after', 'next', 'later', 'following', 'followed', 'since', 'subsequently', 'upcoming'];

const direction = (q: ParsedQuestion): 'before' | 'after' | undefined =>
  hasAny(q, ...BEFORE) ? 'before' : hasAny(q, ...AFTER) ? 'after' : undefined;

export const timeline: Intent = {
  id: 'timeline',
  description: "The article's events in date order, whole, or before or after an event.",
  examples: [
    'Show me the timeline',
    'timeline',
    'What happened before the talks?',
    "What happened after Pelosi's visit?",
    'What comes next after the talks?',
    'give me a chronology of events',
    'what led up to the washington talks',
  ],
  counterExamples: ['What happened in February?', 'When did the talks end?'],
  match(q) {
    if (
      hasAny(q, 'timeline', 'chronology', 'chronological', 'sequence') ||
      hasPhrase(q, 'order of events') ||
      (hasPhrase(q, 'in order') && q.mentions.length === 0)
    )
      return 0.95;
    if (hasPhrase(q, 'list the events') || hasPhrase(q, 'all the events') || hasPhrase(q, 'list events'))
      return 0.9;
    if (q.wh === 'when' || q.wh === 'where' || q.wh === 'who' || q.wh === 'why') return 0;
    if (
      direction(q) &&
      (q.wh === 'what' || hasPhrase(q, 'what happened') || hasAny(q, 'next', 'come', 'follow')) &&
      !q.yesNo
    ) {
      return q.mentions.length > 0 || hasAny(q, 'next', 'upcoming') ? 0.9 : 0.5;
    }
    return 0;
  },
  answer(q, { store, triggers }) {
    const dir = direction(q);
    const namesEvent = q.mentions.some((m) => m.id.startsWith('event:'));
    const date = q.dates[0];
    // "since 2022" is a date range; "after Pelosi's visit" is relative to an event.
    const anchor = dir && (namesEvent || !date) ? rankEvents(q, store, triggers)[0]?.event : undefined;
    const filter: TimelineFilter =
      anchor && dir
        ? { [dir]: anchor }
        : dir && date
          ? {
              range:
                dir === 'after'
                  ? { start: date.start, end: '9999-12-31' }
                  : { start: '0000-01-01', end: date.end },
            }
          : {};
    const entries = buildTimeline(store, filter);
    if (entries.length === 0) {
      return {
        answered: false,
        text: `The article reports nothing ${dir} ${anchor?.name ?? 'that'}.`,
        citations: anchor ? store.cite(anchor.evidence) : [],
        confidence: 0.7,
      };
    }
    // "What comes next?" wants the next event first, not the whole tail.
    const shown = dir === 'after' && hasAny(q, 'next') ? entries.slice(0, 1) : entries;
    const head =
      anchor && dir
        ? `${dir === 'before' ? 'Before' : 'After'} ${anchor.name}, the article reports:`
        : "The article's events in date order:";
    return {
      answered: true,
      text: `${head}\n${formatTimeline(shown)}`,
      citations: shown
        .flatMap((e) => e.citations)
        .filter((c, i, all) => all.findIndex((x) => x.sentence === c.sentence) === i)
        .sort((a, b) => a.sentence - b.sentence),
      confidence: 0.9,
      focus: anchor ? [anchor.id] : [],
    };
  },
};
