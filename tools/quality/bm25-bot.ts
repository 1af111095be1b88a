import model from 'wink-eng-lite-web-model';
import winkNLP, { type ItemSentence, type ItemToken, type WinkMethods } from 'wink-nlp';
import { createBm25Index } from './bm25-index.js';
import type { GradableAnswer } from './grade.js';

/** A "search the article" bot: the best-matching article sentence, or a refusal below the threshold. */
export interface Bm25Bot {
  ask(question: string): GradableAnswer;
  /** The best sentence's BM25 score, for tuning the refusal threshold. */
  bestScore(question: string): number;
  readonly sentences: readonly string[];
}

const REFUSAL = 'Sorry, I could not find that in the article.';

/** Content-word stems: lower-cased, no punctuation or stop words, so BM25 matches "visited"/"visit". */
function tokenize(nlp: WinkMethods, text: string): string[] {
  const its = nlp.its;
  // `its.stem` is typed with an addons parameter the `out` overloads do not accept (a typing gap).
  const stem = its.stem as unknown as (index: number, rdd: unknown) => string;
  return nlp
    .readDoc(text)
    .tokens()
    .filter((t: ItemToken) => t.out(its.type) === 'word' && !t.out(its.stopWordFlag))
    .out(stem as unknown as typeof its.value) as string[];
}

/**
 * Creates the BM25 baseline over the article's sentences (split by wink, as the engine does).
 * @param threshold minimum BM25 score of the best sentence to answer with it.
 * @param nlp a wink instance to reuse (one per process: the per-article bench builds one bot per article).
 * @example createBm25Bot(articleText, 3).ask('where were the talks held?').text
 */
export function createBm25Bot(
  articleText: string,
  threshold: number,
  nlp: WinkMethods = winkNLP(model),
): Bm25Bot {
  const sentences: string[] = [];
  for (const paragraph of articleText.split(/\n\s*\n/)) {
    if (paragraph.trim() === '') continue;
    nlp
      .readDoc(paragraph.trim())
      .sentences()
      .each((s: ItemSentence) => {
        sentences.push(s.out());
      });
  }
  const index = createBm25Index(
    nlp,
    sentences.map((s) => tokenize(nlp, s)),
  );
  const bestScore = (question: string): number => index.best(tokenize(nlp, question)).score;
  return {
    sentences,
    bestScore,
    ask(question) {
      const hit = index.best(tokenize(nlp, question));
      const text = sentences[hit.index];
      if (hit.score <= 0 || hit.score < threshold || text === undefined)
        return { answered: false, text: REFUSAL, intent: 'not-covered' };
      return { answered: true, text, intent: 'bm25' };
    },
  };
}
