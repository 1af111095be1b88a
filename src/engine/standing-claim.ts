/**
 * How people or parties get on ("ok", "chill", "get along") claimed in a yes/no question: a quality that the
 * sentences a "Yes." cites must hold, though wink may read the word as an interjection and the light verb of
 * the phrase claims nothing by itself.
 */
import type { ParsedQuestion } from '../nlp/parse-question.js';
import { cueWords } from './cue-words.js';
import { hasPhrase } from './question-cues.js';

/**
 * Whether the question claims a standing that `cited` (the cited sentences, lower case) does not hold, leaving
 * aside words the reply worked out itself.
 * @example unstatedStanding(parse('are <A> and <B> ok'), 'a sentence of their meeting') // true
 */
export function unstatedStanding(
  q: ParsedQuestion,
  cited: string,
  understood: (word: string) => boolean = () => false,
): boolean {
  const { goodStanding, badStanding, lists } = cueWords();
  const word = q.normals.some(
    (w, i) =>
      (goodStanding.has(w) || badStanding.has(w)) &&
      // (Not a noun or verb of the same spelling, nor "close to".)
      !/^(?:NOUN|VERB)$/.test(q.pos[i] ?? '') &&
      q.normals[i + 1] !== 'to' &&
      !cited.includes(w) &&
      !understood(w),
  );
  return (
    word ||
    lists.standingPhrases.some(
      (p) => hasPhrase(q, p) && !cited.includes(p) && !p.split(' ').every(understood),
    )
  );
}
