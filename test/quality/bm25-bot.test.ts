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
