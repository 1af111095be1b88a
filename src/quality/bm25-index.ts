/** A document's match for a query. */
export interface Bm25Hit {
  index: number;
  score: number;
}

/** Okapi BM25 parameters; the defaults are the usual ones. */
export interface Bm25Options {
  k1?: number;
  b?: number;
}

/**
 * Builds an Okapi BM25 index over pre-tokenised documents and returns a scorer that gives the best
 * document for a tokenised query (score 0 when no term matches). Small and dependency-free: the
 * article has a dozen sentences, so a linear scan is the fastest thing there is.
 * @example createBm25Index([['talks', 'city'], ['storm']]).best(['storm']) // { index: 1, score: ... }
 */
export function createBm25Index(documents: readonly (readonly string[])[], options: Bm25Options = {}) {
  const k1 = options.k1 ?? 1.2;
  const b = options.b ?? 0.75;
  const n = documents.length;
  const avgLength = documents.reduce((sum, d) => sum + d.length, 0) / Math.max(1, n);
  const docFreq = new Map<string, number>();
  const termFreqs = documents.map((doc) => {
    const tf = new Map<string, number>();
    for (const term of doc) tf.set(term, (tf.get(term) ?? 0) + 1);
    for (const term of tf.keys()) docFreq.set(term, (docFreq.get(term) ?? 0) + 1);
    return tf;
  });
  // BM25+-style floor keeps idf positive for terms in most documents.
  const idf = (term: string): number => {
    const df = docFreq.get(term) ?? 0;
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  };

  /** The BM25 score of every document for the query terms. */
  function scoreAll(query: readonly string[]): number[] {
    const terms = [...new Set(query)];
    return termFreqs.map((tf, i) => {
      const length = documents[i]?.length ?? 0;
      let score = 0;
      for (const term of terms) {
        const f = tf.get(term);
        if (!f) continue;
        score += (idf(term) * (f * (k1 + 1))) / (f + k1 * (1 - b + (b * length) / avgLength));
      }
      return score;
    });
  }

  /** The highest-scoring document (the first on ties). */
  function best(query: readonly string[]): Bm25Hit {
    let hit: Bm25Hit = { index: 0, score: 0 };
    for (const [index, score] of scoreAll(query).entries()) if (score > hit.score) hit = { index, score };
    return hit;
  }

  return { scoreAll, best };
}
