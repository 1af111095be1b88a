/**
 * The "any article" measurements, in a process of their own (run by run-bench through run-article-bench).
 * Usage: node [--expose-gc] bench-articles-child.js <mode> '<options json>'
 *   "ingest": ingest `count` distinct copies of the repository's article texts back to back;
 *   "answer": per article, factdesk beside BM25; then `engines` engines loaded together (needs --expose-gc);
 *   "profile": CPU profiles of creating the engines and of answering with all of them loaded.
 * Prints `RESULT {json}`.
 */
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { createEngine } from '../../src/engine/create-engine.js';
import type { Engine } from '../../src/engine/types.js';
import { loadGazetteer } from '../../src/ingest/gazetteer.js';
import { ingestArticle } from '../../src/ingest/ingest-article.js';
import { createNlp } from '../../src/nlp/create-nlp.js';
import { distinctCopy, findArticles } from './article-corpus.js';
import { conversationOf, measureArticles, type QuestionedArticle } from './measure-articles.js';
import { measureIngestion } from './measure-ingest.js';
import { measureLoaded } from './measure-loaded.js';
import { sinceUs } from './pass-timing.js';

/** What run-article-bench passes to this child. */
export interface ArticleChildOptions {
  root: string;
  sharedDir?: string;
  /** Articles ingested back to back (mode "ingest"). */
  count: number;
  /** Engines loaded together (modes "answer" and "profile"). */
  engines: number;
  /** Where mode "profile" writes its two .cpuprofile files. */
  profilePaths?: { create: string; answer: string };
}

const [mode, optionsJson] = process.argv.slice(2);
const options = JSON.parse(optionsJson ?? '{}') as ArticleChildOptions;
const result = (value: unknown): void => {
  process.stdout.write(`RESULT ${JSON.stringify(value)}\n`);
};

/** Runs `work` under V8's CPU profiler (the sampler `--cpu-prof` uses) and writes the profile to `path`. */
async function profiled<T>(path: string, work: () => T): Promise<T> {
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 100 });
  await session.post('Profiler.start');
  const value = work();
  const { profile } = await session.post('Profiler.stop');
  session.disconnect();
  writeFileSync(path, JSON.stringify(profile));
  return value;
}

async function main(): Promise<void> {
  const articles = findArticles(options.root, options.sharedDir);
  const start = process.hrtime.bigint();
  const nlp = createNlp();
  const gazetteer = loadGazetteer();
  const modelLoadMs = sinceUs(start) / 1000;
  if (mode === 'ingest') {
    const texts = articles.filter((a) => a.source === 'repo');
    const figures = measureIngestion(nlp, gazetteer, texts, options.count);
    result({ ...figures, modelLoadMs, maxRssMb: process.resourceUsage().maxRSS / 1024 });
    return;
  }

  const questioned = articles.filter((a): a is QuestionedArticle => a.questions !== undefined);
  const pool = questioned.filter((a) => a.questionSet === 'article');
  // Warm-up: one article through ingestion, engine and questions, so V8 has compiled the code measured.
  const warm = pool[0] ?? questioned[0];
  if (warm) {
    const engine = createEngine({ article: ingestArticle(nlp, gazetteer, warm.text), nlp });
    for (const q of warm.questions) engine.ask(q.question, conversationOf(q, 'warm-up'));
  }

  if (mode === 'profile') {
    const paths = options.profilePaths;
    if (!paths) throw new Error('profile mode needs profilePaths');
    const loaded = await profiled(paths.create, () =>
      Array.from({ length: options.engines }, (_, k) => {
        const article = pool[k % pool.length] as QuestionedArticle;
        const draft = ingestArticle(nlp, gazetteer, distinctCopy(article.text, k + 1));
        return { article, engine: createEngine({ article: draft, nlp }) as Engine };
      }),
    );
    // One pass first, as the timed passes have: each engine's lazy caches (a sentence's dates) filled.
    for (const { article, engine } of loaded)
      for (const q of article.questions) engine.ask(q.question, conversationOf(q, 'profile'));
    const asked = await profiled(paths.answer, () => {
      let count = 0;
      for (const until = Date.now() + 3000; Date.now() < until; ) {
        for (const { article, engine } of loaded)
          for (const q of article.questions) engine.ask(q.question, conversationOf(q, 'profile'));
        count += loaded.reduce((n, l) => n + l.article.questions.length, 0);
      }
      return count;
    });
    result({ created: loaded.length, asked });
    return;
  }

  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('mode "answer" needs node --expose-gc');
  const rows = measureArticles(nlp, gazetteer, questioned, {
    copies: 5,
    budget: { minPasses: 5, minMs: 500, maxPasses: 200 },
    gc,
  });
  const { figures, perArticle } = measureLoaded(nlp, gazetteer, pool, {
    engines: options.engines,
    budget: { minPasses: 3, minMs: 5000, maxPasses: 50 },
    gc,
  });
  result({
    rows: rows.map((row) => {
      const loaded = perArticle.get(row.name);
      return loaded ? { ...row, loaded } : row;
    }),
    loaded: figures,
    modelLoadMs,
  });
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
  process.exitCode = 1;
});
