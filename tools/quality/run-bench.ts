/**
 * `npm run bench [-- --out DIR] [--shared-articles DIR|none]`: factdesk's engine, an NLP.js bot and BM25
 * sentence retrieval on the same labelled questions, each measured in its own child process on this machine;
 * then any article: ingestion, and answering per article beside BM25, one and many articles loaded
 * (run-article-bench.ts). Prints a table and writes bench-report.md, bench-report.json and
 * bench-latency.svg to var/reports/ (git-ignored) or DIR.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { intents } from '../../intents/index.js';
import { defaultArticleDir, readArticle } from '../../src/facts/load-facts.js';
import { SYSTEMS, type SystemName } from './bench-systems.js';
import type { BenchReport, ChildResult, CliTiming, SystemFigures } from './bench-types.js';
import { createBm25Bot } from './bm25-bot.js';
import { summarizeCpuProfile } from './cpu-profile-summary.js';
import { formatBenchMarkdown, formatBenchTable } from './format-bench-report.js';
import { renderLatencyChart } from './latency-chart.js';
import { median } from './latency-stats.js';
import { readNamedEntities, trainNlpjsModel, withArticleExamples } from './nlpjs-classifier.js';
import { loadQuestionSet } from './question-set.js';
import { findRepoRoot, questionSetPath, reportsOutDir, sharedArticlesDir } from './repo-paths.js';
import { measureAnyArticle } from './run-article-bench.js';
import { readScriptNodeFlags, SNAPSHOT_LAUNCHER, snapshotArgs } from './script-node-flags.js';
import { parsePrefixedLine, spawnTimed } from './spawn-timed.js';
import { tuneBm25Threshold } from './tune-bm25.js';

const LABELS: Record<SystemName, string> = {
  factdesk: 'factdesk engine',
  nlpjs: 'NLP.js (node-nlp) + factdesk handlers',
  bm25: 'BM25 best sentence',
};
const STARTUP_RUNS = 3;
const CLI_RUNS = 5;
const CLI_QUESTION = 'what is the article about?';

const log = (msg: string): void => {
  process.stderr.write(`[bench] ${msg}\n`);
};

async function main(): Promise<void> {
  const began = Date.now();
  const loadAtStart = loadavg()[0] ?? 0;
  const root = findRepoRoot();
  // Read before the long run, so a bad --out fails at once.
  const dir = reportsOutDir(process.argv.slice(2), root);
  const sharedDir = sharedArticlesDir(process.argv.slice(2), root);
  const items = loadQuestionSet(questionSetPath(root));
  const tmp = mkdtempSync(join(tmpdir(), 'factdesk-bench-'));
  const childPath = fileURLToPath(new URL('./bench-child.js', import.meta.url));
  try {
    // NLP.js is trained ahead, as a team would, and the measured child loads the saved model.
    log("training NLP.js on the intents' examples…");
    const articleDir = defaultArticleDir(join(root, 'data'));
    const entities = readNamedEntities(join(articleDir, 'facts.json'));
    const training = withArticleExamples(intents, readArticle(articleDir).examples);
    const trainStart = Date.now();
    const model = await trainNlpjsModel(training, entities);
    const trainMs = Date.now() - trainStart;
    const modelPath = join(tmp, 'nlpjs-model.json');
    writeFileSync(modelPath, model);

    log('tuning the BM25 refusal threshold…');
    const tuned = tuneBm25Threshold(
      createBm25Bot(readFileSync(join(articleDir, 'article.txt'), 'utf8'), 0),
      items,
    );
    const options = { root, modelPath, bm25Threshold: tuned.threshold, firstQuestion: CLI_QUESTION };
    // Every child runs with the node flags of `npm run ask`, so the bench measures the engine
    // as users run it, and the other systems get the same runtime settings (like for like).
    const nodeFlags = readScriptNodeFlags(root, 'ask');

    // factdesk's start-up runs start from `npm run ask`'s start-up snapshot when the build made one, as
    // `npm run ask` does. Its measuring run starts plain, as the Discord bot does, so its memory figures are the
    // bot's (node keeps a snapshot's blob in memory); so does the profiled one, whose profile is read by source
    // file (the snapshot's code is one bundle).
    const snapshot = snapshotArgs(root, 'ask', nodeFlags);
    const systems: SystemFigures[] = [];
    for (const system of SYSTEMS) {
      log(`${system}: start-up runs…`);
      const startFrom = system === 'factdesk' ? snapshot : [];
      const starts: number[] = [];
      let startupMarks: Record<string, number> | undefined;
      for (let i = 0; i < STARTUP_RUNS; i++) {
        const run = await spawnTimed(
          process.execPath,
          [...startFrom, ...nodeFlags, childPath, 'startup', system, JSON.stringify(options)],
          {
            cwd: root,
            firstMarker: 'FIRST',
          },
        );
        starts.push(run.firstMs);
        startupMarks = parsePrefixedLine<{ marks: Record<string, number> }>(run.stdout, 'FIRST').marks;
      }
      log(`${system}: measuring…`);
      const run = await spawnTimed(
        process.execPath,
        [...nodeFlags, childPath, 'run', system, JSON.stringify(options)],
        {
          cwd: root,
          firstMarker: 'FIRST',
        },
      );
      // (Its start counts only when it starts as the start-up runs did.)
      if (startFrom.length === 0) starts.push(run.firstMs);
      const result = parsePrefixedLine<ChildResult>(run.stdout);
      const { marks } = parsePrefixedLine<{ marks: Record<string, number> }>(run.stdout, 'FIRST');
      systems.push({
        ...result,
        label: LABELS[system],
        startupMs: median(starts),
        startupRuns: starts,
        startupMarks: startFrom.length > 0 && startupMarks ? startupMarks : marks,
      });
    }

    log('timing the CLI…');
    const cli: CliTiming[] = [];
    // The first is what users run; the second what npm runs for it (node from the start-up snapshot, when
    // the build made one); the third the same without the snapshot. The last two are references: what npm
    // and node cost before any of our code runs.
    const askJs = join(root, 'dist', 'src', 'cli', 'ask.js');
    const [sh, launcher] = SNAPSHOT_LAUNCHER.split(' ') as [string, string];
    for (const [shown, command, args] of [
      [`npm run ask -- "${CLI_QUESTION}"`, 'npm', ['run', '--silent', 'ask', '--', CLI_QUESTION]],
      [
        `${SNAPSHOT_LAUNCHER} ${[...nodeFlags, ''].join(' ')}dist/src/cli/ask.js "${CLI_QUESTION}" (what npm runs)`,
        sh,
        [launcher, ...nodeFlags, askJs, CLI_QUESTION],
      ],
      [
        `node ${[...nodeFlags, ''].join(' ')}dist/src/cli/ask.js "${CLI_QUESTION}" (without the start-up snapshot)`,
        process.execPath,
        [...nodeFlags, askJs, CLI_QUESTION],
      ],
      ['npm --version (npm start-up alone)', 'npm', ['--version']],
      ['node -e 0 (node start-up alone)', process.execPath, ['-e', '0']],
    ] as const) {
      const runs: number[] = [];
      try {
        for (let i = 0; i < CLI_RUNS; i++)
          runs.push((await spawnTimed(command, [...args], { cwd: root })).exitMs);
        cli.push({ command: shown, medianMs: median(runs), runs });
      } catch (error) {
        // The CLI belongs to another module; report its failure instead of losing the whole benchmark.
        log(`CLI timing failed: ${(error as Error).message.split('\n')[0]}`);
        cli.push({
          command: shown,
          medianMs: Number.NaN,
          runs,
          error: (error as Error).message.slice(0, 300),
        });
      }
    }

    log('profiling the factdesk question loop…');
    const profilePath = join(tmp, 'factdesk.cpuprofile');
    const profRun = await spawnTimed(
      process.execPath,
      [...nodeFlags, childPath, 'profile', 'factdesk', JSON.stringify({ ...options, profilePath })],
      { cwd: root },
    );
    const { asked } = parsePrefixedLine<{ asked: number }>(profRun.stdout);
    const profile = { asked, ...summarizeCpuProfile(profilePath) };

    // An ingested article is served by `npm start -- --article FILE`, so these children get its flags.
    const articles = await measureAnyArticle({
      root,
      ...(sharedDir ? { sharedDir } : {}),
      nodeFlags: readScriptNodeFlags(root, 'start'),
      tmp,
      log,
    });

    const report: BenchReport = {
      generatedAt: new Date().toISOString(),
      machine: {
        cpu: cpus()[0]?.model ?? 'unknown',
        cores: cpus().length,
        memoryGb: Math.round(totalmem() / 2 ** 30),
        node: process.version,
        platform: `${process.platform} ${process.arch}`,
        loadAverage: { start: loadAtStart, end: loadavg()[0] ?? 0 },
      },
      questions: {
        total: items.length,
        answerable: items.filter((i) => i.expect.answered).length,
        unanswerable: items.filter((i) => !i.expect.answered).length,
      },
      nodeFlags,
      ...(snapshot.length > 0 ? { startupSnapshot: true } : {}),
      systems,
      cli,
      nlpjs: {
        trainMs,
        examples: training.reduce((n, i) => n + i.examples.length, 0),
        intents: intents.length,
        namedEntities: entities.length,
        modelBytes: model.length,
      },
      bm25: {
        threshold: tuned.threshold,
        note: `threshold tuned to maximise BM25's own accuracy on this question set (${(tuned.accuracy * 100).toFixed(1)}%), which favours the baseline`,
      },
      profile,
      articles,
      durationMs: Date.now() - began,
    };
    mkdirSync(dir, { recursive: true });
    const series = [
      ...systems.map((s) => ({ label: s.label, stats: s.latency })),
      ...systems.flatMap((s) =>
        Object.entries(s.parts ?? {}).map(([label, stats]) => ({ label, stats, dashed: true })),
      ),
    ];
    // The raw figures first, so a formatting error never loses a run.
    writeFileSync(join(dir, 'bench-report.json'), `${JSON.stringify(report, null, 2)}\n`);
    writeFileSync(join(dir, 'bench-latency.svg'), renderLatencyChart(series));
    writeFileSync(join(dir, 'bench-report.md'), formatBenchMarkdown(report));
    console.log(formatBenchTable(report));
    console.log(`\nWrote ${join(dir, 'bench-report.md')}, bench-report.json and bench-latency.svg`);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
  process.exitCode = 1;
});
