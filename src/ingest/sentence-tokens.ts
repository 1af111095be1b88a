/** The article's sentences as wink tokens with their character offsets, read once for every extractor. */
import type { Sentence } from '../engine/types.js';
import type { Nlp } from '../nlp/create-nlp.js';
import { asWritten, foldForWink } from '../nlp/fold-letters.js';

export interface Token {
  raw: string;
  normal: string;
  lemma: string;
  pos: string;
  /** Offset of the token in its sentence's text. */
  start: number;
  end: number;
}

export interface TokenSentence {
  sentence: Sentence;
  tokens: Token[];
}

/** Tokens of each sentence, with offsets recovered from wink's preceding-space counts. */
export function tokenizeSentences(nlp: Nlp, sentences: readonly Sentence[]): TokenSentence[] {
  const { its } = nlp;
  return sentences.map((sentence) => {
    const doc = nlp.readDoc(sentence.text);
    const t = doc.tokens();
    const raws = t.out() as string[];
    const normals = t.out(its.normal) as string[];
    const lemmas = t.out(its.lemma as never) as unknown as string[];
    const pos = t.out(its.pos) as string[];
    const tokens: Token[] = [];
    // (wink read the text folded, one character for one: each word is taken from the text as written.)
    const folded = foldForWink(sentence.text);
    let at = 0;
    raws.forEach((token, i) => {
      const found = asWritten(sentence.text, folded, token, at);
      const start = found?.start ?? at;
      const raw = found?.written ?? token;
      tokens.push({
        raw,
        normal: (normals[i] ?? raw).toLowerCase(),
        lemma: String(lemmas[i] ?? raw).toLowerCase(),
        pos: pos[i] ?? 'X',
        start,
        end: start + raw.length,
      });
      at = start + raw.length;
    });
    return { sentence, tokens };
  });
}

/** Whether two tokens touch with no space between them ("Seung" "-" "woo"). */
export const touching = (a: Token | undefined, b: Token | undefined): boolean =>
  a !== undefined && b !== undefined && a.end === b.start;
