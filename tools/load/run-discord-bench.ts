/**
 * `npm run bench:discord [-- --servers 1,100,1000,10000 --rate 500 --seconds 10 --database-url URL --out DIR]`:
 * the real bot through the loopback Discord emulator at several server counts (SQLite in a temp folder, or the
 * PostgreSQL database at URL); prints the table and writes
 * discord-bench-report.md, discord-bench-report.json and discord-bench-latency.svg to var/reports/ or DIR.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { summarizeLatencies } from '../quality/latency-stats.js';
import { loadQuestionSet } from '../quality/question-set.js';
import { findRepoRoot, questionSetPath, reportsOutDir } from '../quality/repo-paths.js';
import { readScriptCommand } from '../quality/script-node-flags.js';
import { driveDiscordLoad, type LoadResult } from './drive-discord-load.js';
import { formatDiscordBench, renderDiscordBenchChart } from './format-discord-bench.js';

/** The value after `--name`, or the fallback. */
function option(args: readonly string[], name: string, fallback: string): string {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? (args[at + 1] ?? fallback) : fallback;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const root = findRepoRoot();
  const dir = reportsOutDir(args, root);
  const servers = option(args, 'servers', '1,100,1000,10000').split(',').map(Number);
  const rate = Number(option(args, 'rate', '500'));
  const seconds = Number(option(args, 'seconds', '10'));
  const warmupSeconds = Number(option(args, 'warmup', '3'));
  const databaseUrl = option(args, 'database-url', '') || undefined;
  if (servers.some((n) => !Number.isInteger(n) || n < 1) || !(rate > 0) || !(seconds > 0)) {
    throw new Error('--servers takes counts such as 1,100,1000; --rate and --seconds positive numbers');
  }
  // Questions people ask, answered and not, from the labelled set (no follow-ups: each asker is new).
  const questions = loadQuestionSet(questionSetPath(root))
    .filter((item) => item.conversation === undefined)
    .map((item) => item.question);
  const start = readScriptCommand(root, 'start');
  const loadAverage = loadavg()[0] ?? 0;
  const results: LoadResult[] = [];
  for (const count of servers) {
    process.stderr.write(`[bench:discord] ${count} servers, ${rate} questions/s for ${seconds} s…\n`);
    results.push(
      await driveDiscordLoad({
        servers: count,
        rate,
        seconds,
        warmupSeconds,
        questions,
        mainJs: join(root, 'dist', 'src', 'cli', 'main.js'),
        nodeFlags: start.flags,
        nodeEnv: start.env,
        ...(databaseUrl ? { databaseUrl } : {}),
      }),
    );
  }
  const run = {
    rate,
    seconds,
    loadAverage,
    cpus: cpus().length,
    ...(databaseUrl ? { database: 'PostgreSQL' } : {}),
    results,
  };
  const markdown = formatDiscordBench(run);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'discord-bench-report.md'), markdown);
  writeFileSync(
    join(dir, 'discord-bench-report.json'),
    `${JSON.stringify(
      {
        ...run,
        results: results.map(({ latenciesUs, ...r }) => {
          const { percentiles: _p, ...stats } = summarizeLatencies(latenciesUs);
          return { ...r, latencyUs: stats };
        }),
      },
      null,
      2,
    )}\n`,
  );
  writeFileSync(join(dir, 'discord-bench-latency.svg'), renderDiscordBenchChart(results));
  process.stdout.write(`${markdown}\nReports in ${dir}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`bench:discord: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
