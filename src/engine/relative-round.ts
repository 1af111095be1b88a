/**
 * The number a question works out from a numbered occasion: "the next round" is one more than the article's,
 * "the rounds before it" number one fewer. Exact from the stated number; never the date or anything else of
 * that other occasion, which the article does not report.
 */
import type { ParsedQuestion } from '../nlp/parse-question.js';
import { cueWords } from './cue-words.js';

export interface RelativeRound {
  /** The number worked out: the next occasion's, or how many came before (the previous one's number). */
  readonly n: number;
  readonly toward: 'next' | 'previous';
}

/** Whether the question asks about the occasion after a numbered one or before it (not both, not neither). */
export function asksRelative(q: ParsedQuestion): RelativeRound['toward'] | undefined {
  const next = q.normals.some((w) => cueWords().nextWords.has(w));
  const previous = q.normals.some((w) => cueWords().previousWords.has(w));
  if (next === previous) return undefined;
  return next ? 'next' : 'previous';
}

/** The occasion after or before `round` that the question asks about, if it asks about exactly one of them. */
export function relativeRound(q: ParsedQuestion, round: number): RelativeRound | undefined {
  const toward = asksRelative(q);
  if (toward === 'next') return { n: round + 1, toward };
  return toward === 'previous' && round > 1 ? { n: round - 1, toward } : undefined;
}

/** "so the next round is the 18th?": a number claimed of the occasion after or before `round`, exactly one. */
export function relativeClaim(q: ParsedQuestion, round: number): RelativeRound | undefined {
  const claimed = q.numbers.filter((n) => n !== round);
  const relative = relativeRound(q, round);
  return relative && claimed.length === 1 && claimed[0] === relative.n ? relative : undefined;
}
