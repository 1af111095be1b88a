/** "How many months after <person>'s visit was the drone downed?": time between two dated events. */

import { cueWords } from '../../src/engine/cue-words.js';
import type { IntentReply, Knowledge } from '../../src/engine/intent.js';
import { hasAny, hasAnyOf } from '../../src/engine/question-cues.js';
import { notStated, stated } from '../../src/engine/replies.js';
import { compareIsoDates } from '../../src/facts/compare-iso-dates.js';
import type { Event } from '../../src/facts/schema.js';
import type { ParsedQuestion } from '../../src/nlp/parse-question.js';

const DAY = 864e5;
const days = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / DAY);

/** The events a question names, by name or by a word only one event answers to. */
function twoEvents(q: ParsedQuestion, kb: Knowledge): [Event, Event] | undefined {
  // Events named in the question's own words first; what "that" or the conversation adds only when those are
  // not two ("<A> was <date> and <B> <date>, how many months apart is that?").
  const typed = q.mentions.filter((m) => m.start >= 0);
  const ids = new Set(typed.filter((m) => kb.store.events.has(m.id)).map((m) => m.id));
  q.lemmas.forEach((l, i) => {
    // (Not a light verb: "how long did the talks go" names one event, not a trip.)
    if (cueWords().elapsedLightVerbs.has(l)) return;
    const evoked = kb.triggers.get(l) ?? [];
    if (evoked.length === 1 && evoked[0] && !q.mentions.some((m) => m.start <= i && i <= m.end))
      ids.add(evoked[0]);
  });
  // ("the <A> <B> meeting": people named together, who took part in one event only.)
  const people = typed.filter((m) => kb.store.entities.get(m.id)?.kind === 'person').map((m) => m.id);
  const theirs = kb.store.facts.events.filter((e) =>
    people.every((p) => e.participants.some((x) => x.entity === p)),
  );
  if (people.length > 0 && theirs.length === 1 && theirs[0]) ids.add(theirs[0].id);
  if (ids.size < 2) for (const m of q.mentions) if (m.start < 0 && kb.store.events.has(m.id)) ids.add(m.id);
  const events = [...ids]
    .flatMap((id) => kb.store.events.get(id) ?? [])
    .filter((e) => e.date.precision !== 'unknown');
  if (events.length !== 2) return undefined;
  const [a, b] = events.sort((x, y) => compareIsoDates(x.date.start, y.date.start));
  return a && b ? [a, b] : undefined;
}

export function answerElapsed(q: ParsedQuestion, kb: Knowledge): IntentReply | undefined {
  const unit = hasAny(q, 'day', 'days')
    ? 'days'
    : hasAny(q, 'week', 'weeks')
      ? 'weeks'
      : hasAny(q, 'month', 'months')
        ? 'months'
        : hasAny(q, 'year', 'years')
          ? 'years'
          : undefined;
  // ("how long after <A> was <B>?": no unit asked, so the one that suits the gap.)
  const pair =
    (unit || hasAny(q, 'long')) && hasAnyOf(q, cueWords().lists.apartWords) ? twoEvents(q, kb) : undefined;
  if (!pair) return undefined;
  const [a, b] = pair;
  // From the end of the earlier event to the start of the later one; months from month to month.
  const gapDays = days(a.date.end, b.date.start);
  // Days and weeks are exact only between two dated days: "December" to "Jan. 8" is a month by the calendar.
  const exactDays = [a, b].every((e) => e.date.precision === 'day' || e.date.precision === 'weekend');
  if (!exactDays && (unit === 'days' || unit === 'weeks'))
    return notStated(
      `how many ${unit} passed between them: it gives ${a.name} as ${a.date.resolved} and ${b.name} as ${b.date.resolved}`,
    );
  const chosen = unit ?? (!exactDays || gapDays >= 60 ? 'months' : gapDays >= 14 ? 'weeks' : 'days');
  const months =
    (Number(b.date.start.slice(0, 4)) - Number(a.date.start.slice(0, 4))) * 12 +
    Number(b.date.start.slice(5, 7)) -
    Number(a.date.start.slice(5, 7));
  const count = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`;
  const amount =
    chosen === 'days'
      ? count(gapDays, 'day')
      : chosen === 'weeks'
        ? // (Under two weeks, the days themselves: 4 days is not "about 1 week".)
          gapDays < 14 && gapDays % 7 !== 0
          ? count(gapDays, 'day')
          : `about ${count(Math.round(gapDays / 7), 'week')}`
        : chosen === 'months'
          ? months === 0
            ? exactDays
              ? count(gapDays, 'day')
              : 'within the same month'
            : `about ${count(months, 'month')}`
          : // (Years only when whole: 6 months is not "about 1 year".)
            months % 12 === 0
            ? `about ${count(months / 12, 'year')}`
            : `about ${count(months, 'month')}`;
  return stated(
    kb.store,
    `${amount.charAt(0).toUpperCase()}${amount.slice(1)}, worked out from the article's dates: ${a.name} was ${a.date.resolved}, ${b.name} ${b.date.resolved}.`,
    [a.evidence, b.evidence],
    [a.id, b.id],
    0.7,
  );
}
