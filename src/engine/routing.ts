/**
 * The thresholds that route a question, in one place. Intents score how well they fit on the scale in
 * `src/engine/match-levels.ts`; the engine tries them from the best fit down and falls back to the
 * article's sentences. Every number here decides something a user sees: change one with the eval.
 */
export const ROUTING = {
  /** An intent is tried only when it fits at least this well. */
  minMatch: 0.5,
  /** At most this many intents are tried, best fit first. */
  maxCandidates: 3,
  /**
   * Answers read from the article's sentences have no intent score: these stand for one, so that their
   * confidence ranks below an intent that fits well. Ordering and claims are more specific than a read.
   */
  orderScore: 0.8,
  claimScore: 0.8,
  readScore: 0.7,
  nearestSentenceScore: 0.6,
  /** A refusal quotes the nearest sentence only when it grounds at least this much of the question. */
  nearestGrounding: 2,
} as const;

/**
 * What an answer has been checked against, which decides what the engine still checks: `whole-article`
 * answers are about the article as a whole (greeting, help, timeline); `grounded` answers found every word
 * of the question in the sentences they cite (the sentence reader, the claim checker, the ordering);
 * `unchecked` answers reason from the fact store, which on a drafted store must be checked.
 */
export type Checked = 'whole-article' | 'grounded' | 'unchecked';
