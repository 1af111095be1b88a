/**
 * "whose <X> is bigger, <A> or <B>?": a comparison the article never makes. The comparative typed ("bigger",
 * "more powerful") or its superlative must be in the article's text for any sentence to answer it; those the
 * engine works out from stated facts (dates, ranks, counts) are left to the intents that do.
 */
import type { ParsedQuestion } from '../nlp/parse-question.js';
import { cueWords } from './cue-words.js';

/** The comparative at `i`, as typed ("bigger", "more powerful"), or undefined. */
function comparativeAt(q: ParsedQuestion, i: number): string | undefined {
  const w = q.normals[i] ?? '';
  const pos = q.pos[i] ?? '';
  if ((w === 'more' || w === 'less') && q.pos[i + 1] === 'ADJ') return `${w} ${q.normals[i + 1]}`;
  if (!['ADJ', 'ADV'].includes(pos) || !/[a-z]{2}er$/.test(w) || q.lemmas[i] === w) return undefined;
  // (Said of the thing compared, not a noun it describes: "the bigger issue" is the asker's framing.)
  return q.pos[i + 1] === 'NOUN' ? undefined : w;
}

/** The superlative of a comparative: "bigger" -> "biggest", "more powerful" -> "most powerful". */
const superlative = (c: string) =>
  c
    .replace(/^more /, 'most ')
    .replace(/^less /, 'least ')
    .replace(/er$/, 'est');

/**
 * Builds the check for one article's text: the comparison a question asks that the article never makes, or
 * undefined. Only questions that ask which of two or whose: a claim ("is <A> bigger than <B>?") is checked
 * against the sentences like any other.
 */
export function createUnstatedComparison(articleText: string): (q: ParsedQuestion) => string | undefined {
  const text = articleText.toLowerCase();
  return (q) => {
    const choosing = q.normals.includes('or') || q.normals.includes('than') || q.normals.includes('vs');
    if (q.yesNo || !(q.wh === 'which' || q.wh === 'whose' || q.wh === 'who' || choosing)) return undefined;
    for (let i = 0; i < q.normals.length; i++) {
      const c = comparativeAt(q, i);
      if (!c || cueWords().reasonedComparatives.has(c.split(' ').at(-1) ?? c)) continue;
      if (!new RegExp(`\\b(?:${c}|${superlative(c)})\\b`).test(text)) return c;
    }
    return undefined;
  };
}
