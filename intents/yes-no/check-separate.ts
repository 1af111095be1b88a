/**
 * "Was <A> a separate meeting from <B>?", "was <A> part of <B>?": two events the article reports on other
 * dates or in other places are separate. Nothing is said when the two could be one (same date and place).
 */

import { cueWords } from '../../src/engine/cue-words.js';
import { rankEvents } from '../../src/engine/event-ranking.js';
import type { IntentReply, Knowledge } from '../../src/engine/intent.js';
import type { Event } from '../../src/facts/schema.js';
import type { ParsedQuestion } from '../../src/nlp/parse-question.js';
import { overlaps } from '../../src/nlp/resolve-date.js';
import { no, yes } from './verdicts.js';

/** Whether two events are told apart by the article: another date, or another place. */
function apart(a: Event, b: Event): boolean {
  const dated = a.date.precision !== 'unknown' && b.date.precision !== 'unknown';
  if (dated && !overlaps(a.date, b.date)) return true;
  return Boolean(a.place?.entity && b.place?.entity && a.place.entity !== b.place.entity);
}

export function checkSeparate(q: ParsedQuestion, kb: Knowledge): IntentReply | undefined {
  const separate = q.normals.some((w) => cueWords().separateWords.has(w));
  const same = q.normals.some(
    (w, i) =>
      (w === 'same' && cueWords().oneEventNouns.has(q.lemmas[i + 1] ?? '')) ||
      (w === 'part' && q.normals[i + 1] === 'of'),
  );
  if (!separate && !same) return undefined;
  // The two events the question names (by name, or by the people who took part), each clearly.
  const [a, b] = rankEvents(q, kb.store, kb.triggers).filter((r) => r.score >= 2);
  if (!a || !b || !apart(a.event, b.event)) return undefined;
  const said = [a.event, b.event].map((e) => `${e.name}, ${e.date.resolved}`).join('; ');
  const verdict = separate ? yes : no;
  return verdict(`They were separate events: ${said}.`, [a.event.evidence, b.event.evidence], kb, [
    a.event.id,
    b.event.id,
  ]);
}
