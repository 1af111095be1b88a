import type { SelfTime } from './cpu-profile-summary.js';
import type { LatencyStats } from './latency-stats.js';

/** Ingesting articles in one process after the wink model is loaded (`npm run bench`'s ingest child). */
export interface IngestFigures {
  /** The texts cycled through, with their word counts. */
  texts: { name: string; words: number }[];
  /** Milliseconds to load the wink model and the gazetteer (not counted in the ingestion times). */
  modelLoadMs: number;
  /** The first article ingested in the process (modules not yet compiled by V8), included in the run. */
  firstMs: number;
  /** How many distinct texts were ingested back to back, and their wall time in milliseconds. */
  count: number;
  totalMs: number;
  /** Per article ingested, in microseconds. */
  latency: LatencyStats;
  /** Per source text, the median over its copies, in microseconds. */
  perText: { name: string; words: number; p50Us: number }[];
  /** The CPU the process was pinned to with `taskset`, when it was. */
  pinnedCpu?: number;
  maxRssMb: number;
}

/** How one system did on one article's graded questions. */
export interface SystemOnArticle {
  right: number;
  /** Per question, in microseconds (warm passes after the graded one). */
  latency: LatencyStats;
}

/** One article: ingestion, and answering by factdesk and by BM25 over its sentences. */
export interface ArticleRow {
  name: string;
  source: 'repo' | 'shared';
  questionSet: 'labelled' | 'article';
  words: number;
  graded: number;
  /** Ingestion and engine creation, medians over a few distinct copies, in milliseconds. */
  ingestMs: number;
  engineMs: number;
  /** A fresh engine on the article's own text, asked right after it is created. */
  factdesk: SystemOnArticle;
  bm25: SystemOnArticle & { threshold: number; buildMs: number };
  /** Its copies among the engines loaded together: graded answers, right ones, and answers that changed. */
  loaded?: { copies: number; graded: number; right: number; changed: number };
}

/** Process memory after a full GC, in MB. */
export interface MemoryReading {
  heapMb: number;
  rssMb: number;
}

/** Many engines, one per article copy, sharing one wink instance in one process. */
export interface LoadedFigures {
  engines: number;
  texts: number;
  /** Ingestion and engine creation per article (medians), and both for every article, in milliseconds. */
  ingestMedianMs: number;
  engineMedianMs: number;
  createTotalMs: number;
  /** Each engine answering its article's questions, engine time per question, in microseconds. */
  latency: LatencyStats;
  passes: number;
  questionsPerPass: number;
  /** Before, with the drafts alone, once the engines were created and asked once, after the timed passes. */
  memory: { before: MemoryReading; drafts: MemoryReading; loaded: MemoryReading; after: MemoryReading };
  /** Graded answers with every engine loaded; right ones; answers whose text differs from the same engine's
   * answer right after it was created (before the others were). */
  graded: number;
  right: number;
  rightAlone: number;
  changed: number;
  /** A few changed answers, to show what changes. */
  changedExamples: { article: string; question: string; alone: string; loaded: string }[];
}

/** A CPU profile reduced to the tables the report shows. */
export interface ProfileSummary {
  /** What was profiled, e.g. "creating 100 engines". */
  what: string;
  totalMs: number;
  areas: SelfTime[];
  functions: SelfTime[];
  /** factdesk's own functions by inclusive time (their callees counted). */
  inclusive: SelfTime[];
}

/** Everything the "any article" part of the benchmark measured. */
export interface ArticleBenchFigures {
  ingest: IngestFigures;
  rows: ArticleRow[];
  loaded: LoadedFigures;
  profiles: ProfileSummary[];
  /** Node flags every article child ran with. */
  nodeFlags: string[];
  /** Where the shared articles were read from, when they were. */
  sharedDir?: string;
}
