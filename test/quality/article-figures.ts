import type { ArticleBenchFigures, ArticleRow } from '../../tools/quality/article-bench-types.js';
import { summarizeLatencies } from '../../tools/quality/latency-stats.js';

/** Fixture figures for the "any article" part of the bench report (tests of its targets and formatting). */
export const row = (name: string, over: Partial<ArticleRow> = {}): ArticleRow => ({
  name,
  source: 'repo',
  questionSet: 'article',
  words: 510,
  graded: 32,
  ingestMs: 9,
  engineMs: 40,
  factdesk: { right: 24, latency: summarizeLatencies([60, 70, 80]) },
  bm25: { right: 15, latency: summarizeLatencies([30, 40]), threshold: 1.7, buildMs: 4 },
  loaded: { copies: 2, graded: 64, right: 48, changed: 0 },
  ...over,
});

export const MB = (heapMb: number, rssMb: number) => ({ heapMb, rssMb });

/** Figures meeting every target; `over` changes some. */
export const articleFigures = (over: Partial<ArticleBenchFigures> = {}): ArticleBenchFigures => ({
  ingest: {
    texts: [
      { name: 'a', words: 322 },
      { name: 'b', words: 529 },
    ],
    modelLoadMs: 180,
    firstMs: 120,
    count: 1000,
    totalMs: 11_000,
    latency: summarizeLatencies([8000, 9000, 10_000, 12_000]),
    perText: [
      { name: 'a', words: 322, p50Us: 7000 },
      { name: 'b', words: 529, p50Us: 11_000 },
    ],
    pinnedCpu: 1,
    maxRssMb: 150,
  },
  rows: [
    row('us-china-defense-talks', { questionSet: 'labelled', graded: 391, loaded: undefined }),
    row('11-courier'),
    row('01-chile', { source: 'shared', graded: 30 }),
  ],
  loaded: {
    engines: 100,
    texts: 2,
    ingestMedianMs: 10,
    engineMedianMs: 45,
    createTotalMs: 5500,
    latency: summarizeLatencies([50, 60, 90, 400]),
    passes: 3,
    questionsPerPass: 3300,
    memory: { before: MB(30, 120), drafts: MB(40, 125), loaded: MB(110, 190), after: MB(112, 200) },
    graded: 3000,
    right: 2100,
    rightAlone: 2100,
    changed: 0,
    changedExamples: [],
  },
  profiles: [
    {
      what: 'creating engines',
      totalMs: 5000,
      areas: [{ name: 'wink-nlp', ms: 2000, share: 0.4 }],
      functions: [{ name: 'loadWordNet src/engine/word-tables.js:7', ms: 900, share: 0.18 }],
      inclusive: [{ name: 'createEngine src/engine/create-engine.js:83', ms: 3500, share: 0.7 }],
    },
    {
      what: 'answering',
      totalMs: 3000,
      areas: [{ name: 'factdesk src/engine', ms: 1500, share: 0.5 }],
      functions: [],
      inclusive: [
        { name: 'ask src/engine/create-engine.js:296', ms: 2900, share: 0.97 },
        { name: 'ground src/engine/sentence-index.js:239', ms: 900, share: 0.3 },
      ],
    },
  ],
  nodeFlags: ['--max-semi-space-size=4'],
  sharedDir: '/shared/articles',
  ...over,
});
