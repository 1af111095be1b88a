/**
 * The one scale intents score a question on in `match` (0 = not this intent, 1 = certainly). Routing tries
 * intents from the highest score down, from `ROUTING.minMatch` up (src/engine/routing.ts). The levels are
 * ordered and close levels exist to settle which of two fitting intents wins: a question form that names
 * one kind of answer ("when ...") scores `strong`; a cue phrase of another intent that must win over that
 * form scores above it; a cue word alone scores `plausible` or below; a guess from context `faint`.
 */
export const MATCH = {
  /** The question's form leaves no doubt ("timeline", "hello", "who is <name>"). */
  certain: 0.95,
  nearlyCertain: 0.93,
  veryStrong: 0.92,
  /** A question word or form that asks for exactly this kind of answer ("when ...", "where ..."). */
  strong: 0.9,
  firm: 0.88,
  fairlyFirm: 0.86,
  /** A cue phrase of this intent ("how long ago", "what happened"). */
  likely: 0.85,
  /** A cue word of this intent, with nothing against it. */
  plausible: 0.8,
  fair: 0.78,
  possible: 0.75,
  /** A cue that other intents may share; tried after those that fit better. */
  weak: 0.7,
  /** A guess from the question's shape or the conversation. */
  faint: 0.6,
  /** Just enough to be tried at all. */
  least: 0.5,
  none: 0,
} as const;
