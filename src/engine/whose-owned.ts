/**
 * The word "whose" owns in a question: the noun right after it, or the noun after a name that only says which
 * one ("whose <place> trip" asks whose trip, not whose place).
 */
import type { ParsedQuestion } from '../nlp/parse-question.js';

/** The index of the owned word, or -1 when the question has no "whose". */
export function ownedAt(q: ParsedQuestion): number {
  const at = q.normals.indexOf('whose');
  if (at < 0) return -1;
  const named = q.mentions.find((m) => m.start === at + 1);
  if (!named) return at + 1;
  // (An event named whole, "whose <place> visit": its last word, the act's noun.)
  if (named.id.startsWith('event:')) return q.pos[named.end] === 'NOUN' ? named.end : at + 1;
  return q.pos[named.end + 1] === 'NOUN' ? named.end + 1 : at + 1;
}
