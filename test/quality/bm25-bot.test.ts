import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import model from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';
import { createBm25Bot } from '../../tools/quality/bm25-bot.js';
import { createBm25Index } from '../../tools/quality/bm25-index.js';
import { findRepoRoot } from '../../tools/quality/repo-paths.js';

describe('createBm25Index', () => {
  it('ranks the document with the rarer matching terms first and scores no match as 0', () => {
    const index = createBm25Index(winkNLP(model), [
      ['talk', 'washington', 'talk'],
      ['balloon', 'februari'],
      ['talk', 'taiwan'],
    ]);
    expect(index.best(['balloon']).index).toBe(1);
    expect(index.best(['talk', 'taiwan']).index).toBe(2);
    expect(index.best(['pizza'])).toEqual({ index: 0, score: 0 });
  });

  it("scores as textbook Okapi BM25 (k1 1.2, b 0.75, idf log(1 + (N - df + 0.5) / (df + 0.5))), to wink's 4 decimals", () => {
    // The formula of the home-made index wink's vectorizer replaced, so the baseline's figures stay comparable.
    const docs = [
      ['talk', 'washington', 'talk'],
      ['balloon', 'februari'],
      ['talk', 'taiwan', 'poll', 'weekend'],
    ];
    const avg = docs.reduce((n, d) => n + d.length, 0) / docs.length;
    const okapi = (query: string[]): number[] =>
      docs.map((doc) =>
        [...new Set(query)].reduce((score, term) => {
          const f = doc.filter((t) => t === term).length;
          const df = docs.filter((d) => d.includes(term)).length;
          const idf = Math.log(1 + (docs.length - df + 0.5) / (df + 0.5));
          return f ? score + (idf * f * 2.2) / (f + 1.2 * (0.25 + (0.75 * doc.length) / avg)) : score;
        }, 0),
      );
    const index = createBm25Index(winkNLP(model), docs);
    for (const query of [['talk'], ['talk', 'taiwan'], ['balloon', 'talk', 'talk'], ['pizza']]) {
      const wink = index.scoreAll(query);
      okapi(query).forEach((expected, i) => {
        expect(wink[i]).toBeCloseTo(expected, 3);
      });
    }
  });
});

describe('createBm25Bot over the real article', () => {
  const article = readFileSync(
    join(findRepoRoot(), 'data', 'articles', 'us-china-defense-talks', 'article.txt'),
    'utf8',
  );
  const bot = createBm25Bot(article, 2);

  it('splits the article into its 12 sentences', () => {
    expect(bot.sentences).toHaveLength(12);
  });

  it('answers with the sentence that holds the words asked about', () => {
    const answer = bot.ask('When was the spy balloon shot down?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/balloon in February/);
  });

  it('refuses when nothing scores above the threshold', () => {
    expect(bot.ask('Do you like pizza?')).toMatchObject({ answered: false, intent: 'not-covered' });
  });
});
