import type { WinkMethods } from 'wink-nlp';
import bm25Vectorizer from 'wink-nlp/utilities/bm25-vectorizer.js';

/** A document's match for a query. */
export interface Bm25Hit {
  index: number;
  score: number;
}

/** Okapi BM25 parameters; the defaults are the usual ones (and wink's). */
export interface Bm25Options {
  k1?: number;
  b?: number;
}

/**
 * Builds an Okapi BM25 index over pre-tokenised documents with wink-nlp's own BM25 vectorizer, and returns
 * a scorer giving the best document for a tokenised query (score 0 when no term matches). A document's
 * score is the sum of its BM25 term weights over the distinct query terms; the article has a dozen
 * sentences, so a linear scan is the fastest thing there is.
 * @param nlp a wink instance, for its `its` helpers (the vectorizer recognises its own output functions).
 * @example createBm25Index(nlp, [['talks', 'washington'], ['balloon']]).best(['balloon']) // { index: 1, score: … }
 */
export function createBm25Index(
  nlp: WinkMethods,
  documents: readonly (readonly string[])[],
  options: Bm25Options = {},
) {
  // k = 1 is the "+1" inside the idf logarithm that keeps idf positive for terms in most documents.
  const vectorizer = bm25Vectorizer({ k: 1, k1: options.k1 ?? 1.2, b: options.b ?? 0.75, norm: 'none' });
  for (const doc of documents) vectorizer.learn([...doc]);
  // wink types `docBOWArray` as one bag of words; at run time it is one per learnt document.
  const weights = vectorizer.out(nlp.its.docBOWArray) as unknown as Record<string, number>[];

  /** The BM25 score of every document for the query terms. */
  function scoreAll(query: readonly string[]): number[] {
    const terms = [...new Set(query)];
    return weights.map((bow) => terms.reduce((score, term) => score + (bow[term] ?? 0), 0));
  }

  /** The highest-scoring document (the first on ties). */
  function best(query: readonly string[]): Bm25Hit {
    let hit: Bm25Hit = { index: 0, score: 0 };
    for (const [index, score] of scoreAll(query).entries()) if (score > hit.score) hit = { index, score };
    return hit;
  }

  return { scoreAll, best };
}
