import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '../../src/ingest/gazetteer.js';
import { createNlp } from '../../src/nlp/create-nlp.js';
import { findArticles } from '../../tools/quality/article-corpus.js';
import { measureArticles, type QuestionedArticle } from '../../tools/quality/measure-articles.js';
import { measureIngestion } from '../../tools/quality/measure-ingest.js';
import { measureLoaded } from '../../tools/quality/measure-loaded.js';
import { findRepoRoot } from '../../tools/quality/repo-paths.js';

// The real wink model and real articles, a few questions each; what is checked is what gets counted, never
// how long anything took.
const nlp = createNlp();
const gazetteer = loadGazetteer();
const articles = findArticles(findRepoRoot())
  .filter((a): a is QuestionedArticle => a.questionSet === 'article' && a.questions !== undefined)
  .slice(0, 2)
  .map((a) => ({ ...a, questions: a.questions.slice(0, 5) }));
const once = { minPasses: 1, minMs: 0, maxPasses: 1 };

describe('measureIngestion', () => {
  it('ingests the number of texts asked for, cycling through them, one sample each', () => {
    const figures = measureIngestion(nlp, gazetteer, articles, 3);
    expect(figures.count).toBe(3);
    expect(figures.latency.count).toBe(3);
    expect(figures.perText.map((t) => t.name)).toEqual(articles.map((a) => a.name));
    expect(figures.firstMs).toBeGreaterThan(0);
    expect(() => measureIngestion(nlp, gazetteer, [], 1)).toThrow(/no article texts/);
  });
});

describe('measureArticles', () => {
  it('grades factdesk and BM25 on each article and times one pass of its questions', () => {
    const rows = measureArticles(nlp, gazetteer, articles, { copies: 1, budget: once });
    expect(rows.map((r) => [r.name, r.graded])).toEqual(articles.map((a) => [a.name, 5]));
    for (const row of rows) {
      expect(row.factdesk.right).toBeGreaterThan(0);
      expect(row.factdesk.right).toBeLessThanOrEqual(row.graded);
      expect(row.bm25.right).toBeLessThanOrEqual(row.graded);
      expect(row.factdesk.latency.count).toBe(5);
      expect(row.bm25.latency.count).toBe(5);
    }
  });
});

describe('measureLoaded', () => {
  it('loads one engine per copy, grades them all loaded against their first answers, and reads memory', () => {
    let collections = 0;
    const { figures, perArticle } = measureLoaded(nlp, gazetteer, articles, {
      engines: 3,
      budget: once,
      gc: () => {
        collections++;
      },
    });
    expect(collections).toBe(8);
    expect(figures).toMatchObject({ engines: 3, texts: 2, passes: 1, questionsPerPass: 15, graded: 15 });
    expect(figures.latency.count).toBe(15);
    expect(figures.changed).toBeLessThanOrEqual(figures.graded);
    expect([...perArticle.values()].map((r) => r.copies)).toEqual([2, 1]);
    expect(figures.memory.loaded.heapMb).toBeGreaterThan(0);
    expect(() => measureLoaded(nlp, gazetteer, [], { engines: 1, budget: once, gc: () => {} })).toThrow(
      /no article/,
    );
  });
});
