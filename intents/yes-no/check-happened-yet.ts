/**
 * "had <the event> happened yet when the article was written?", "is <the event> over already?": whether the
 * event's date the article gives is before or after the article's own date. Answered only when both are known
 * and the event lies wholly on one side of it; the dates are shown as worked out.
 */
import { cueWords } from '../../src/engine/cue-words.js';
import { rankEvents } from '../../src/engine/event-ranking.js';
import type { IntentReply, Knowledge } from '../../src/engine/intent.js';
import { MATCH } from '../../src/engine/match-levels.js';
import { capitalize, describeDate } from '../../src/engine/wording.js';
import { UNKNOWN_REFERENCE_DATE } from '../../src/facts/schema.js';
import type { ParsedQuestion } from '../../src/nlp/parse-question.js';
import { no, yes } from './verdicts.js';

export function checkHappenedYet(q: ParsedQuestion, kb: Knowledge): IntentReply | undefined {
  const { yetWords } = cueWords().lists;
  const at = q.normals.findIndex((w) => yetWords.includes(w));
  if (at < 0) return undefined;
  const { referenceDate } = kb.store.meta;
  // (An article's own date inferred from nothing is no date to reckon from.)
  if (referenceDate.date === UNKNOWN_REFERENCE_DATE) return undefined;
  const [best, next] = rankEvents(q, kb.store, kb.triggers);
  if (!best || best.score < MATCH.weak || (next && next.score >= best.score)) return undefined;
  const { event } = best;
  if (event.date.precision === 'unknown') return undefined;
  // (The date once: "<polls> this weekend (the weekend of ...)".)
  const when = event.summary.toLowerCase().includes(event.date.text.toLowerCase())
    ? event.date.resolved
    : describeDate(event.date);
  const written = new Date(`${referenceDate.date}T00:00:00Z`).toLocaleDateString('en-US', {
    month: 'long',
    day: 'numeric',
    year: 'numeric',
    timeZone: 'UTC',
  });
  const told = `${capitalize(event.summary)} (${when}).`;
  const reply =
    event.date.start > referenceDate.date
      ? no(`It was still to come when the article was written (${written}): ${told}`, [event.evidence], kb, [
          event.id,
        ])
      : event.date.end <= referenceDate.date
        ? yes(`It came before the article was written (${written}): ${told}`, [event.evidence], kb, [
            event.id,
          ])
        : undefined;
  return reply && { ...reply, workedOut: [q.normals[at] ?? ''] };
}
