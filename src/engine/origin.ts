/** Where someone or something came from, asked and said: "where did she set off from", "left <X>". */
import type { ParsedQuestion } from '../nlp/parse-question.js';
import { cueWords } from './cue-words.js';

/** "where is she from", "where did they leave": a place came from, not one gone to or stayed in. */
export const asksOrigin = (q: ParsedQuestion): boolean =>
  q.normals.filter((w) => w !== '?').at(-1) === 'from' ||
  q.lemmas.some(
    (l, i) => cueWords().departureVerbs.has(l) || cueWords().departureVerbs.has(q.ownLemmas[i] ?? ''),
  );

/**
 * Words right before a place that say something came from it: "from <X>", "left <X>", "departed the port of <X>",
 * "native to rivers around <X>".
 */
const ORIGIN_BEFORE =
  /\b(?:(?:from|left|leaves|leaving|departed|departs|departing|quit)\s+(?:the\s+)?(?:port\s+of\s+|city\s+of\s+|town\s+of\s+)?|(?:native|indigenous|endemic)\s+to\s+(?:(?:the\s+)?[a-z-]+\s+(?:around|near|in|of|across)\s+)?(?:the\s+)?)$/i;

/** Whether the words of `text` just before `at` (its end) say that what stands there is where something came from. */
export const originBefore = (text: string, at = text.length): boolean =>
  ORIGIN_BEFORE.test(text.slice(Math.max(0, at - 30), at));

/** Whether a sentence names a place as where something came from. */
export const saidAsOrigin = (sentence: string, place: string): boolean => {
  for (let at = sentence.indexOf(place); at >= 0; at = sentence.indexOf(place, at + 1))
    if (originBefore(sentence, at)) return true;
  return false;
};
