import { createEngine } from '../../src/engine/create-engine.js';
import type { Engine } from '../../src/engine/types.js';
import type { Gazetteer } from '../../src/ingest/gazetteer.js';
import { ingestArticle } from '../../src/ingest/ingest-article.js';
import type { Nlp } from '../../src/nlp/create-nlp.js';
import type { ArticleRow, LoadedFigures, MemoryReading } from './article-bench-types.js';
import { distinctCopy } from './article-corpus.js';
import type { ArticleQuestion } from './article-questions.js';
import { median, summarizeLatencies } from './latency-stats.js';
import { askAndGrade, conversationOf, type QuestionedArticle } from './measure-articles.js';
import { type PassBudget, sinceUs, timePasses } from './pass-timing.js';

const MB = 2 ** 20;

/** Heap used and RSS after a full garbage collection (`gc` is node's `--expose-gc` global). */
export function readMemory(gc: () => void): MemoryReading {
  gc();
  gc();
  const { heapUsed, rss } = process.memoryUsage();
  return { heapMb: heapUsed / MB, rssMb: rss / MB };
}

interface Loaded {
  article: QuestionedArticle;
  engine: Engine;
  alone: Map<string, string>;
}

/**
 * Ingests `engines` distinct copies of the pool's articles in turn, then creates an engine on each, all
 * sharing one wink instance, and asks each its article's questions right after it is created; then, with
 * all of them loaded, asks every engine its questions again (graded, and compared with its first answers)
 * and times warm passes. Memory is read after a full GC before, with the drafts alone, once every engine
 * is loaded, and at the end.
 */
export function measureLoaded(
  nlp: Nlp,
  gazetteer: Gazetteer,
  pool: readonly QuestionedArticle[],
  options: { engines: number; budget: PassBudget; gc: () => void },
): { figures: LoadedFigures; perArticle: Map<string, NonNullable<ArticleRow['loaded']>> } {
  if (pool.length === 0) throw new Error('no article with a question set to load');
  const before = readMemory(options.gc);
  // Every draft first (ingestion teaches wink nothing), so the drafts' own memory can be told apart.
  const ingestMs: number[] = [];
  const drafts = Array.from({ length: options.engines }, (_, k) => {
    const article = pool[k % pool.length] as QuestionedArticle;
    const start = process.hrtime.bigint();
    const draft = ingestArticle(nlp, gazetteer, distinctCopy(article.text, k + 1), {
      slug: `${article.name}-${k + 1}`,
    });
    ingestMs.push(sinceUs(start) / 1000);
    return { article, draft };
  });
  const afterDrafts = readMemory(options.gc);
  const loaded: Loaded[] = [];
  const engineMs: number[] = [];
  let rightAlone = 0;
  for (const { article, draft } of drafts) {
    const start = process.hrtime.bigint();
    const engine = createEngine({ article: draft, nlp });
    engineMs.push(sinceUs(start) / 1000);
    const first = askAndGrade((q) => engine.ask(q.question, conversationOf(q, 'alone')), article.questions);
    rightAlone += first.right;
    loaded.push({ article, engine, alone: first.texts });
  }
  const afterLoading = readMemory(options.gc);

  const perArticle = new Map<string, NonNullable<ArticleRow['loaded']>>();
  const changedExamples: LoadedFigures['changedExamples'] = [];
  let right = 0;
  let graded = 0;
  let changed = 0;
  for (const { article, engine, alone } of loaded) {
    const now = askAndGrade((q) => engine.ask(q.question, conversationOf(q, 'loaded')), article.questions);
    const row = perArticle.get(article.name) ?? { copies: 0, graded: 0, right: 0, changed: 0 };
    row.copies++;
    row.right += now.right;
    for (const q of article.questions) {
      if (!q.expect) continue;
      row.graded++;
      const [was, is] = [alone.get(q.id) ?? '', now.texts.get(q.id) ?? ''];
      if (was === is) continue;
      row.changed++;
      // Examples quote the article, so none from a shared one (its text stays out of the published reports).
      if (changedExamples.length < 5 && article.source === 'repo')
        changedExamples.push({ article: article.name, question: q.question, alone: was, loaded: is });
    }
    perArticle.set(article.name, row);
    right += now.right;
  }
  for (const row of perArticle.values()) {
    graded += row.graded;
    changed += row.changed;
  }

  const asked: { engine: Engine; q: ArticleQuestion }[] = loaded.flatMap(({ article, engine }) =>
    article.questions.map((q) => ({ engine, q })),
  );
  for (const { engine, q } of asked) engine.ask(q.question, conversationOf(q, 'warm'));
  const { samples, passes } = timePasses(
    asked,
    ({ engine, q }) => engine.ask(q.question, conversationOf(q, 'warm')),
    options.budget,
  );
  const after = readMemory(options.gc);
  const figures: LoadedFigures = {
    engines: loaded.length,
    texts: new Set(loaded.map((l) => l.article.name)).size,
    ingestMedianMs: median(ingestMs),
    engineMedianMs: median(engineMs),
    createTotalMs: [...ingestMs, ...engineMs].reduce((s, x) => s + x, 0),
    latency: summarizeLatencies(samples),
    passes,
    questionsPerPass: asked.length,
    memory: { before, drafts: afterDrafts, loaded: afterLoading, after },
    graded,
    right,
    rightAlone,
    changed,
    changedExamples,
  };
  return { figures, perArticle };
}
