import { spawnSync } from 'node:child_process';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type {
  ArticleBenchFigures,
  ArticleRow,
  IngestFigures,
  LoadedFigures,
  ProfileSummary,
} from './article-bench-types.js';
import type { ArticleChildOptions } from './bench-articles-child.js';
import { summarizeCpuProfile } from './cpu-profile-summary.js';
import { parsePrefixedLine, spawnTimed } from './spawn-timed.js';

/** What the "any article" part of the bench needs to know. */
export interface ArticleBenchOptions {
  root: string;
  sharedDir?: string;
  /** Node flags for every child (those of `npm start`, which serves an article given with --article). */
  nodeFlags: string[];
  /** A scratch folder for the CPU profiles. */
  tmp: string;
  /** Articles ingested back to back (the issue: 1,000) and engines loaded together (the issue: 100). */
  count?: number;
  engines?: number;
  log?: (msg: string) => void;
}

/** The last CPU when `taskset` can pin a process to it (Linux), so "on one core" holds for V8's helpers too. */
function pinnableCpu(cores: number): number | undefined {
  const probe = spawnSync('taskset', ['-c', String(cores - 1), 'true']);
  return probe.status === 0 ? cores - 1 : undefined;
}

/**
 * Measures ingestion (one process, pinned to one core when possible), per-article answering beside BM25
 * and many engines loaded together (one process with `--expose-gc`), and profiles both engine creation and
 * answering (one more process), each child with the same node flags.
 */
export async function measureAnyArticle(options: ArticleBenchOptions): Promise<ArticleBenchFigures> {
  const log = options.log ?? (() => {});
  const child = fileURLToPath(new URL('./bench-articles-child.js', import.meta.url));
  const childOptions: ArticleChildOptions = {
    root: options.root,
    ...(options.sharedDir ? { sharedDir: options.sharedDir } : {}),
    count: options.count ?? 1000,
    engines: options.engines ?? 100,
  };
  const run = async <T>(mode: string, extra: string[] = [], pin?: number, more = {}): Promise<T> => {
    const args = [...options.nodeFlags, ...extra, child, mode, JSON.stringify({ ...childOptions, ...more })];
    const [command, commandArgs] =
      pin === undefined
        ? [process.execPath, args]
        : ['taskset', ['-c', String(pin), process.execPath, ...args]];
    const { stdout } = await spawnTimed(command, commandArgs, { cwd: options.root });
    return parsePrefixedLine<T>(stdout);
  };

  const pinnedCpu = pinnableCpu(cpus().length);
  log(`ingesting ${childOptions.count} articles${pinnedCpu === undefined ? '' : ` on CPU ${pinnedCpu}`}…`);
  const ingest = await run<Omit<IngestFigures, 'pinnedCpu'>>('ingest', [], pinnedCpu);

  log(`answering per article beside BM25, then with ${childOptions.engines} articles loaded…`);
  const answered = await run<{ rows: ArticleRow[]; loaded: LoadedFigures }>('answer', ['--expose-gc']);

  log('profiling engine creation and answering with the articles loaded…');
  const paths = {
    create: join(options.tmp, 'create.cpuprofile'),
    answer: join(options.tmp, 'answer.cpuprofile'),
  };
  const { created, asked } = await run<{ created: number; asked: number }>('profile', [], undefined, {
    profilePaths: paths,
  });
  const summary = (what: string, path: string): ProfileSummary => ({
    what,
    ...summarizeCpuProfile(path, 12),
  });
  return {
    ingest: { ...ingest, ...(pinnedCpu === undefined ? {} : { pinnedCpu }) },
    rows: answered.rows,
    loaded: answered.loaded,
    profiles: [
      summary(`ingesting ${created} articles and creating their engines`, paths.create),
      summary(
        `answering ${asked.toLocaleString('en-US')} questions with ${created} articles loaded`,
        paths.answer,
      ),
    ],
    nodeFlags: options.nodeFlags,
    ...(options.sharedDir ? { sharedDir: options.sharedDir } : {}),
  };
}
