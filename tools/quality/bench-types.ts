import type { ArticleBenchFigures } from './article-bench-types.js';
import type { SelfTime } from './cpu-profile-summary.js';
import type { LatencyStats } from './latency-stats.js';

/** What one system's measuring child reports. */
export interface ChildResult {
  system: string;
  accuracy: number;
  answerableAccuracy: number;
  intentAccuracy: number;
  refusalRate: number;
  falseRefusalRate: number;
  latency: LatencyStats;
  passes: number;
  qps: number;
  /** Peak RSS over the whole run (sustained load: the GC lets the heap grow). */
  maxRssMb: number;
  /** Peak RSS when the first answer was ready (a freshly started bot). */
  firstRssMb: number;
  parts?: Record<string, LatencyStats>;
  /** The slowest questions by median latency over the passes. */
  slowest: { id: string; question: string; medianUs: number }[];
}

/** One system's row in the benchmark. */
export interface SystemFigures extends ChildResult {
  label: string;
  /** Median milliseconds from spawning the system's process to its first answer. */
  startupMs: number;
  startupRuns: number[];
  /** Milliseconds since the child's process start at each start-up step (one run). */
  startupMarks: Record<string, number>;
}

/** Start-up of the real CLI (`npm run ask`, `node dist/src/cli/ask.js`), spawn to exit. */
export interface CliTiming {
  command: string;
  medianMs: number;
  runs: number[];
  /** Set when the command failed (the figure is then missing). */
  error?: string;
}

export interface BenchReport {
  generatedAt: string;
  machine: {
    cpu: string;
    cores: number;
    memoryGb: number;
    node: string;
    platform: string;
    /** 1-minute load average when the run began and ended: other work on the machine slows every figure. */
    loadAverage: { start: number; end: number };
  };
  questions: { total: number; answerable: number; unanswerable: number };
  /** Node flags every child ran with: those of the `ask` and `start` scripts (absent in older reports). */
  nodeFlags?: string[];
  /** factdesk's start-up runs started from `npm run ask`'s start-up snapshot (its measuring run did not). */
  startupSnapshot?: boolean;
  systems: SystemFigures[];
  cli: CliTiming[];
  nlpjs: { trainMs: number; examples: number; intents: number; namedEntities: number; modelBytes: number };
  bm25: { threshold: number; note: string };
  profile?: { asked: number; totalMs: number; functions: SelfTime[]; areas: SelfTime[] };
  /** Ingestion, per-article answering beside BM25 and many articles loaded (absent in older reports). */
  articles?: ArticleBenchFigures;
  durationMs: number;
}
