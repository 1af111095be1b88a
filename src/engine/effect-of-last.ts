/**
 * "how's that affecting things", "what effect does that have": asked right after an answer, of what "that" (the
 * answer's sentences) brings about. A cited sentence that says what its subject does to something else ("adds
 * complexity to ...", "led to ...") answers; when none of them says any effect, the question is read as typed.
 */
import { cueWords } from './cue-words.js';

/** The most words a follow-up of "that" asking its effect has ("how's that affecting things"). */
const SHORT = 8;

/** The sentence of the last answer that gives an effect (its number and text), or undefined (none, or no effect
 * asked of the last answer). */
export function effectOfLast(
  text: string,
  lastSentences: readonly number[] | undefined,
  sentenceText: (n: number) => string | undefined,
): { n: number; text: string } | undefined {
  if (!lastSentences?.length) return undefined;
  // (Short, of "that", "this" or "it", opening with "how" or "what" and with a word asking for an effect.)
  const words = text.toLowerCase().match(/[a-z']+/g) ?? [];
  if (words.length > SHORT || !words.some((w) => /^(?:that|this|it|thats|that's|its|it's)$/.test(w)))
    return undefined;
  const { effectAskWords, effectWords } = cueWords();
  if (
    !/^(?:how|hows|how's|what|whats|what's)$/.test(words[0] ?? '') ||
    !words.some((w) => effectAskWords.has(w))
  )
    return undefined;
  // (The effect after the subject: a word of doing something to something, not the first word.)
  const gives = (s: string) =>
    (s.toLowerCase().match(/[a-z]+/g) ?? []).some((w, i) => i > 1 && effectWords.has(w));
  for (const n of lastSentences) {
    const text = sentenceText(n);
    if (text && gives(text)) return { n, text };
  }
  return undefined;
}
