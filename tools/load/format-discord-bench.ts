import { renderLatencyChart } from '../quality/latency-chart.js';
import { summarizeLatencies } from '../quality/latency-stats.js';
import type { LoadResult } from './drive-discord-load.js';

/** The issue's targets for one process. */
export const DISCORD_TARGETS = { questionsPerSecond: 500, p99Ms: 50, rssMbAt10k: 200 } as const;

export interface DiscordBenchRun {
  rate: number;
  seconds: number;
  loadAverage: number;
  cpus: number;
  /** What stored the bot's data, when not the default SQLite file. */
  database?: string;
  results: LoadResult[];
}

const ms = (us: number) => (Number.isFinite(us) ? `${(us / 1000).toFixed(1)} ms` : 'n/a');
const mb = (value: number) => `${value.toFixed(0)} MB`;

/** RSS added per 1,000 servers, from the smallest and largest runs' RSS after start. */
export function rssPerThousandServers(results: readonly LoadResult[]): number | undefined {
  const sorted = [...results].sort((a, b) => a.servers - b.servers);
  const first = sorted[0];
  const last = sorted.at(-1);
  if (!first || !last || last.servers === first.servers) return undefined;
  return ((last.rssAfterStartMb - first.rssAfterStartMb) / (last.servers - first.servers)) * 1000;
}

/**
 * The Markdown report: one row per server count, the targets and whether this run met them.
 * @example formatDiscordBench({ rate: 500, seconds: 10, loadAverage: 0.3, cpus: 2, results })
 */
export function formatDiscordBench(run: DiscordBenchRun): string {
  const rows = run.results.map((r) => {
    const stats = summarizeLatencies(r.latenciesUs);
    return `| ${r.servers.toLocaleString('en-US')} | ${r.sent} | ${r.answered} | ${r.dropped} | ${r.answeredPerSecond.toFixed(0)} | ${ms(stats.p50)} | ${ms(stats.p99)} | ${(r.startMs / 1000).toFixed(1)} s | ${mb(r.rssAfterStartMb)} | ${mb(r.rssAfterRunMb)} | ${r.loadAverage.toFixed(2)} |`;
  });
  const perThousand = rssPerThousandServers(run.results);
  const largest = [...run.results].sort((a, b) => b.servers - a.servers)[0];
  const sustained = run.results.filter((r) => {
    const stats = summarizeLatencies(r.latenciesUs);
    return (
      r.dropped === 0 &&
      r.answeredPerSecond >= DISCORD_TARGETS.questionsPerSecond * 0.98 &&
      stats.p99 / 1000 < DISCORD_TARGETS.p99Ms
    );
  });
  const verdict = (ok: boolean) => (ok ? 'met' : '**not met**');
  return [
    '# factdesk through Discord: load benchmark',
    '',
    `The real bot (\`npm start\`, its own process, node flags and environment, ${run.database ?? 'SQLite in a temp folder'}) against the loopback`,
    `emulator, which sends ${run.rate} questions/s for ${run.seconds} s (after a warm-up), each a mention from a`,
    "member who has not asked before, round robin over the servers and over each server's text channels (the",
    'main server, which carries the whole stream in a 1-server run, has 100 channels; the others one each, so no',
    'channel gets more than 5 questions/s at 500/s). Latency is measured outside the bot: from the',
    'MESSAGE_CREATE leaving the emulator to the reply request reaching it. The emulator and the load run in a',
    `second process on the same machine (${run.cpus} cores, load average ${run.loadAverage.toFixed(2)} at the start; each`,
    'row gives it as its stream began).',
    '',
    '| servers | sent | answered | dropped | answered/s | p50 | p99 | start → ready | RSS after start | RSS after run | load average |',
    '|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...rows,
    '',
    perThousand === undefined ? '' : `RSS per 1,000 servers (after start): ${perThousand.toFixed(1)} MB.`,
    '',
    '| target | this run |',
    '|---|---|',
    `| ${DISCORD_TARGETS.questionsPerSecond} questions/s sustained, p99 < ${DISCORD_TARGETS.p99Ms} ms, nothing dropped | ${verdict(sustained.length === run.results.length)} (${sustained.length} of ${run.results.length} server counts) |`,
    `| RSS < ${DISCORD_TARGETS.rssMbAt10k} MB at 10,000 servers | ${largest && largest.servers >= 10_000 ? `${verdict(largest.rssAfterRunMb < DISCORD_TARGETS.rssMbAt10k)} (${mb(largest.rssAfterRunMb)} after the run)` : 'not measured (no 10,000-server run)'} |`,
    '',
    '![latency](discord-bench-latency.svg)',
    '',
  ].join('\n');
}

/** The chart: one cumulative latency curve per server count. */
export function renderDiscordBenchChart(results: readonly LoadResult[]): string {
  return renderLatencyChart(
    results
      .filter((r) => r.latenciesUs.length > 0)
      .map((r) => ({
        label: `${r.servers.toLocaleString('en-US')} servers`,
        stats: summarizeLatencies(r.latenciesUs),
      })),
    'Gateway event → reply request (CDF)',
  );
}
