import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultArticleDir } from '../../src/facts/load-facts.js';
import type { GradableAnswer } from './grade.js';
import type { LatencyStats } from './latency-stats.js';
import { summarizeLatencies } from './latency-stats.js';

/** The three systems the benchmark compares. */
export const SYSTEMS = ['factdesk', 'nlpjs', 'bm25'] as const;
export type SystemName = (typeof SYSTEMS)[number];

/** Options the bench parent passes to a child (as JSON on argv). */
export interface ChildOptions {
  root: string;
  /** Exported NLP.js model file (nlpjs only). */
  modelPath?: string;
  /** Minimum best-sentence score to answer (bm25 only). */
  bm25Threshold?: number;
  /** The first question, answered before anything else is loaded. */
  firstQuestion?: string;
  /** Where the profile mode writes its .cpuprofile. */
  profilePath?: string;
}

/** A system under test: answers a question in a conversation; NLP.js answers asynchronously. */
export interface BenchSystem {
  /** Milliseconds since process start (performance.now()) at each start-up step. */
  marks: Record<string, number>;
  ask(question: string, conversation: string): GradableAnswer | Promise<GradableAnswer>;
  /** Extra per-part timings (e.g. NLP.js's classifier alone), measured over the given questions. */
  partTimings?(questions: readonly string[], passes: number): Promise<Record<string, LatencyStats>>;
}

/**
 * Loads one system the way it would run in production. Modules are imported dynamically so that each
 * child process pays only for its own system (node-nlp is never loaded in the factdesk child).
 */
export async function loadSystem(name: SystemName, options: ChildOptions): Promise<BenchSystem> {
  if (name === 'bm25') {
    const { createBm25Bot } = await import('./bm25-bot.js');
    const article = readFileSync(join(defaultArticleDir(join(options.root, 'data')), 'article.txt'), 'utf8');
    const bot = createBm25Bot(article, options.bm25Threshold ?? 0);
    return { marks: { 'index built': performance.now() }, ask: (question) => bot.ask(question) };
  }
  const marks: Record<string, number> = { 'node ready': performance.now() };
  if (name === 'factdesk') {
    // Started from `npm run ask`'s start-up snapshot (run-bench does when the build made one), as
    // `npm run ask` starts: the engine is already in the heap.
    const { takeStartupEngine } = await import('../../src/cli/startup-engine.js');
    const engine = takeStartupEngine();
    if (engine) {
      marks['engine from the start-up snapshot'] = performance.now();
      return { marks, ask: (question, conversation) => engine.ask(question, conversation) };
    }
  }
  const { createEngine } = await import('../../src/engine/create-engine.js');
  marks['engine modules loaded'] = performance.now();
  if (name === 'factdesk') {
    const engine = createEngine();
    marks['engine created (wink model, facts)'] = performance.now();
    return { marks, ask: (question, conversation) => engine.ask(question, conversation) };
  }
  const { loadNlpjsClassifier } = await import('./nlpjs-classifier.js');
  if (!options.modelPath) throw new Error('nlpjs needs modelPath');
  const classifier = loadNlpjsClassifier(options.modelPath);
  marks['node-nlp loaded, model imported'] = performance.now();
  const engine = createEngine();
  marks['engine created (for the handlers)'] = performance.now();
  const known = new Set(engine.intentIds);
  return {
    marks,
    // NLP.js picks the intent; factdesk's handler for that intent writes the reply (isolates the classifier).
    async ask(question, conversation) {
      const result = await classifier.classify(question);
      if (result.intent === 'None' || !known.has(result.intent) || result.intent === 'not-covered') {
        return { answered: false, text: 'Sorry, I do not know.', intent: 'not-covered' };
      }
      return engine.answerAs(result.intent, question, conversation);
    },
    async partTimings(questions, passes) {
      const process: number[] = [];
      const nlu: number[] = [];
      for (let pass = 0; pass < passes; pass++) {
        for (const question of questions) {
          let start = process_hr();
          await classifier.classify(question);
          process.push(elapsedUs(start));
          start = process_hr();
          await classifier.classifyNluOnly(question);
          nlu.push(elapsedUs(start));
        }
      }
      return {
        'NLP.js manager.process (NER + classifier)': summarizeLatencies(process),
        'NLP.js classifier only (nluManager.process)': summarizeLatencies(nlu),
      };
    },
  };
}

const process_hr = (): bigint => process.hrtime.bigint();
/** Microseconds since a `process.hrtime.bigint()` reading. */
export const elapsedUs = (start: bigint): number => Number(process.hrtime.bigint() - start) / 1000;
