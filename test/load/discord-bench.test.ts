import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { driveDiscordLoad } from '../../tools/load/drive-discord-load.js';
import {
  formatDiscordBench,
  renderDiscordBenchChart,
  rssPerThousandServers,
} from '../../tools/load/format-discord-bench.js';
import { findRepoRoot } from '../../tools/quality/repo-paths.js';
import { readScriptCommand } from '../../tools/quality/script-node-flags.js';

// A tiny version of `npm run bench:discord`: the real bot process (dist/, built by `npm test`), two server
// counts, a few questions a second.
describe('the Discord load benchmark, small', () => {
  it('answers every question it sends, measures each, and reports rows, targets and a chart', async () => {
    const root = findRepoRoot(fileURLToPath(new URL('.', import.meta.url)));
    const start = readScriptCommand(root, 'start');
    const common = {
      rate: 20,
      seconds: 1,
      warmupSeconds: 0.3,
      questions: ['Who is Michael Chase?', 'Who won the election in Taiwan?'],
      mainJs: `${root}/dist/src/cli/main.js`,
      nodeFlags: start.flags,
      nodeEnv: start.env,
    };
    const results = [];
    for (const servers of [1, 200]) results.push(await driveDiscordLoad({ ...common, servers }));
    // One server's questions go to its many channels, as its members ask in many; 200 servers' to one each.
    expect(results[0]?.channels).toBe(results[0]?.sent);
    expect(results[1]?.channels).toBe(results[1]?.sent);
    for (const result of results) {
      expect(result.sent).toBeGreaterThanOrEqual(18);
      expect(result.dropped).toBe(0);
      expect(result.answered).toBe(result.sent);
      expect(result.latenciesUs).toHaveLength(result.sent);
      expect(Math.min(...result.latenciesUs)).toBeGreaterThan(0);
      expect(result.rssAfterStartMb).toBeGreaterThan(30);
    }
    expect(rssPerThousandServers(results)).toEqual(expect.any(Number));
    const markdown = formatDiscordBench({ rate: 20, seconds: 1, loadAverage: 0, cpus: 2, results });
    expect(markdown).toMatch(/^\| 1 \| \d+ \| \d+ \| 0 \|/m);
    expect(markdown).toMatch(/^\| 200 \| \d+ \| \d+ \| 0 \|/m);
    expect(markdown).toContain('RSS per 1,000 servers');
    // 20 questions a second is not the 500 of the target, so the report must not claim it.
    expect(markdown).toMatch(/500 questions\/s sustained.*\*\*not met\*\*/);
    expect(renderDiscordBenchChart(results).match(/<polyline/g)).toHaveLength(2);
  }, 60_000);
});
