/**
 * "was it <X> who <did something>?": a cleft question, which takes for granted that someone did it and asks
 * whether <X> was the one. When the article names who did it, and <X> is someone it does not mention or
 * someone else it names, the answer is "No" with the one it names.
 */

/** The one offered and the act asked about, or undefined when the question is no cleft. */
export interface Cleft {
  readonly subject: string;
  /** The question asking who did it: "who <did something>?". */
  readonly whoAsks: string;
}

// (Not "was it <X> that made <Y> <Z>": "that" may open a clause of the subject's own; "who" only.)
const CLEFT =
  /^(?:(?:so|wait|and|ok|okay|hold on|hmm|um|lol|remind me)[,!]?\s+)*(?:was|is|wasn'?t|isn'?t) it (?:really |actually |even |definitely |for sure )?(?!(?:him|her|them|they|he|she)\b)([a-z][\w.'-]*(?:\s+[\w.'-]+){0,3}?) who ((?!(?:is|was|are|were)\b)\S.{3,}?)\s*\?*\s*$/i;

/** @example cleftOf('was it <X> who visited <Y>?') // { subject: '<X>', whoAsks: 'who visited <Y>?' } */
export function cleftOf(text: string): Cleft | undefined {
  const m = CLEFT.exec(text.trim());
  if (!m?.[1] || !m[2] || /\bor\b/i.test(m[1])) return undefined;
  return { subject: m[1], whoAsks: `who ${m[2]}?` };
}
