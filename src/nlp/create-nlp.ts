import model from 'wink-eng-lite-web-model';
import winkNLP, { type WinkMethods } from 'wink-nlp';
import type { Sentence } from '../engine/types.js';

/** The one wink-nlp instance of the process; loading the model costs about 0.2 s, so do it once. */
export type Nlp = WinkMethods;

/** @example const nlp = createNlp(); nlp.readDoc('Who is <person>?') */
export function createNlp(): Nlp {
  return winkNLP(model);
}

/**
 * Splits the article into numbered sentences with wink (it knows "<country>", "<month day>", "Dr." are not ends);
 * blank lines separate paragraphs.
 */
export function splitSentences(nlp: Nlp, text: string): Sentence[] {
  const sentences: Sentence[] = [];
  const paragraphs = text.split(/\n\s*\n/).filter((p) => p.trim() !== '');
  paragraphs.forEach((paragraph, index) => {
    nlp
      .readDoc(paragraph.trim())
      .sentences()
      .each((s: { out(): string }) => {
        sentences.push({ n: sentences.length + 1, paragraph: index + 1, text: s.out() });
      });
  });
  return sentences;
}
