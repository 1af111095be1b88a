/**
 * "which official called the talks 'candid and constructive'", "who described it as frank": words the question
 * gives as someone's, which no sentence of the article has. Such a question is refused outright: the nearest
 * statement is someone else's words, and naming its speaker would put these words in their mouth.
 */
import type { ParsedQuestion } from '../nlp/parse-question.js';
import { foldSpelling } from './wording.js';

/** A span in quotes, straight or curly, set off from the words around it (not the apostrophe of "<name>'s"). */
const QUOTED = /(?:^|[\s(,:])['‘"“]([^'’"”]{2,80})['’"”](?=[\s,.?!);:]|$)/g;
/** Words a quote may drop or add without changing whose words it gives. */
const SLIGHT = new Set(
  'the a an and or of to in on at by for with from as that this it its is was be are were but so not no'.split(
    ' ',
  ),
);

/** Lower-case words, "<X.Y.>" as "xy" and "<X.Y.>-<ABC>" as "xy abc", so a quote typed loosely still finds them. */
export function plainWords(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/(\p{L})\.(?=\p{L}|[\s-]|$)/gu, '$1')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
}

/** A typed word as one of the sentence's: the same, spelt the other way, cut short ("mil"), or inflected alike. */
function sameWord(typed: string, word: string): boolean {
  const a = foldSpelling(typed);
  const b = foldSpelling(word);
  if (a === b || (a.length >= 3 && b.startsWith(a))) return true;
  let k = 0;
  while (k < a.length && a[k] === b[k]) k++;
  return k >= 4 && k >= Math.min(a.length, b.length) - 3;
}

export interface UnsaidWords {
  /** A quoted span the article has nowhere, when the question gives it as someone's words. */
  quoted(text: string): string | undefined;
  /** Describing words after a verb of naming ("called the talks candid") that the article never uses. */
  described(q: ParsedQuestion): string | undefined;
}

export function createUnsaidWords(
  sentences: readonly string[],
  wordingVerbs: ReadonlySet<string>,
  callingVerbs: ReadonlySet<string>,
): UnsaidWords {
  const bySentence = sentences.map((s) => plainWords(s));
  const all = new Set(bySentence.flat());
  const known = (w: string) => {
    if (all.has(w)) return true;
    for (const x of all) if (sameWord(w, x)) return true;
    return false;
  };
  // (Every word that matters in one sentence: a quote is one place's words, not words gathered from several.)
  const saidSomewhere = (words: readonly string[]) =>
    words.length === 0 || bySentence.some((s) => words.every((w) => s.some((x) => sameWord(w, x))));
  return {
    quoted(text) {
      // (Most questions quote nothing: the quote marks are looked for before the words are.)
      if (!/['‘"“]/.test(text)) return undefined;
      const attributed = plainWords(text).some((w) => wordingVerbs.has(w));
      if (!attributed) return undefined;
      for (const m of text.matchAll(QUOTED)) {
        const span = m[1]?.trim() ?? '';
        const words = plainWords(span).filter((w) => w.length > 1 && !SLIGHT.has(w));
        if (!saidSomewhere(words)) return span;
      }
      return undefined;
    },
    described(q) {
      const at = q.lemmas.findIndex((l, i) => q.pos[i] === 'VERB' && callingVerbs.has(l));
      if (at < 0) return undefined;
      // (The describing words of that clause: adjectives after the verb, up to a word that ends it.)
      const unsaid: string[] = [];
      for (let i = at + 1; i < q.normals.length; i++) {
        const pos = q.pos[i];
        if (pos === 'PUNCT' || pos === 'SCONJ' || (pos === 'VERB' && i > at + 1)) break;
        const w = q.normals[i] ?? '';
        if (pos === 'ADJ' && w.length > 2 && !known(w)) unsaid.push(w);
      }
      return unsaid.length > 0 ? unsaid.join(' and ') : undefined;
    },
  };
}
