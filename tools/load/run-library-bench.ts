/**
 * `npm run bench:library [-- --adds 10 --servers 50 --articles 200 --out DIR]`: the article library, with the
 * real bot (createBot, moderation, library over SQLite in a temp folder) and the loopback emulator in this
 * process. Measures the time from `/factdesk-article add` (INTERACTION_CREATE leaving the emulator) to the
 * ephemeral summary reaching it, the attachment downloaded from the emulator over HTTP; then the memory of a
 * bot holding `--articles` articles across `--servers` servers, each asked once (engines built lazily into
 * the bounded LRU), and the start-up of a second bot on that database. Writes library-bench-report.{md,json}.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createBot } from '../../src/discord/create-bot.js';
import { createModeration } from '../../src/discord/moderation/create-moderation.js';
import { createEngine } from '../../src/engine/create-engine.js';
import { createArticleLibrary } from '../../src/library/article-library.js';
import { createLogger } from '../../src/logging/create-logger.js';
import { openModerationStore } from '../../src/storage/moderation-store.js';
import { createDiscordEmulator } from '../../test/discord/emulator/create-discord-emulator.js';
import { allGuilds, interactionPayload, makeUser } from '../../test/discord/emulator/payloads.js';
import { makeSnowflake } from '../../test/discord/emulator/snowflake.js';
import { summarizeLatencies } from '../quality/latency-stats.js';
import { findRepoRoot, reportsOutDir } from '../quality/repo-paths.js';

const option = (args: readonly string[], name: string, fallback: number) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? Number(args[at + 1] ?? fallback) : fallback;
};
const mb = (bytes: number) => Math.round(bytes / 1e5) / 10;
const rss = () => {
  (globalThis as { gc?: () => void }).gc?.();
  return mb(process.memoryUsage().rss);
};
/** The live JS heap after a full collection: what the bot holds, apart from what V8 has not returned to the OS. */
const heap = () => {
  (globalThis as { gc?: () => void }).gc?.();
  return mb(process.memoryUsage().heapUsed);
};

async function startBot(databasePath: string, apiUrl: string) {
  const store = openModerationStore(databasePath);
  const logger = createLogger({ level: 'error', write: () => {} });
  const builtIn = createEngine();
  const library = createArticleLibrary({ articles: store.articles, builtIn });
  const bot = createBot({
    engine: builtIn,
    logger,
    library,
    ...createModeration({ store, logger }),
    config: { discordToken: 'bench.token.loopback', discordApiUrl: apiUrl, messageContentIntent: false },
    clientOptions: {
      waitGuildTimeout: 100,
      rest: { globalRequestsPerSecond: 10_000 },
      ws: { buildIdentifyThrottler: async () => ({ waitForIdentify: async () => {} }) },
    },
  });
  await bot.start();
  return { bot, store, library };
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const root = findRepoRoot();
  const adds = option(args, 'adds', 10);
  const serverCount = option(args, 'servers', 50);
  const articleCount = option(args, 'articles', 200);
  const folder = mkdtempSync(join(tmpdir(), 'factdesk-library-bench-'));
  const databasePath = join(folder, 'bench.sqlite');
  const emulator = await createDiscordEmulator({ extraGuilds: serverCount - 1 });
  const texts = readdirSync(join(root, 'test/library/fixtures'))
    .filter((f) => f.endsWith('.txt'))
    .map((f) => readFileSync(join(root, 'test/library/fixtures', f), 'utf8'));
  // Each added text is new (a closing line of its own), so every add ingests and stores.
  const variant = (n: number) => `${texts[n % texts.length]}\n\nThis copy was filed by desk number ${n}.`;
  const words = (variant(0).match(/\S+/g) ?? []).length;
  const rssBeforeBot = rss();
  const started = performance.now();
  const first = await startBot(databasePath, emulator.apiUrl);
  const startMs = performance.now() - started;
  const rssStarted = rss();

  // 1. /factdesk-article add, timed from the event leaving the emulator to the summary reaching it.
  const moderator = makeUser('moderator');
  const addTimes: number[] = [];
  for (let i = 0; i < adds; i++) {
    const file = emulator.attachments.add(`article-${i}.txt`, Buffer.from(variant(i)));
    const payload = interactionPayload(
      emulator.world,
      { kind: 'command', name: 'factdesk-article' },
      moderator,
    );
    Object.assign(payload, {
      data: {
        id: makeSnowflake(),
        name: 'factdesk-article',
        type: 1,
        options: [{ name: 'add', type: 1, options: [{ name: 'file', type: 11, value: file.id }] }],
        resolved: { attachments: { [file.id]: file } },
      },
    });
    payload.member.permissions = String(0x20 | 0x400 | 0x800);
    const sentAt = performance.now();
    emulator.gateway.dispatch('INTERACTION_CREATE', payload);
    const reply = await emulator.nextRequest({
      method: 'PATCH',
      path: new RegExp(`/${payload.token}/messages/@original`),
    });
    if (!JSON.stringify(reply.body).includes('Added article #'))
      throw new Error(`add failed: ${JSON.stringify(reply.body)}`);
    addTimes.push(reply.receivedAt - sentAt);
  }
  const addStats = summarizeLatencies(addTimes.slice(1));

  // 2. Articles across servers, stored, then each asked once (engines built lazily, at most the LRU's worth kept).
  const guilds = allGuilds(emulator.world);
  const stored: { guildId: string; id: number }[] = [];
  for (let i = adds; stored.length < articleCount; i++) {
    const guildId = guilds[stored.length % guilds.length]?.id as string;
    const added = await first.library.add({ guildId, addedBy: 'bench', bytes: Buffer.from(variant(i)) });
    if (!added.ok) throw new Error(added.problem);
    stored.push({ guildId, id: added.article.id });
  }
  const rssStored = rss();
  const heapStored = heap();
  const buildTimes: number[] = [];
  let peak = 0;
  for (const { guildId, id } of stored) {
    const t0 = performance.now();
    const here = await first.library.of(guildId, id);
    here?.engine.ask('Who said what, and when?');
    buildTimes.push(performance.now() - t0);
    peak = Math.max(peak, process.memoryUsage().rss);
  }
  const rssAsked = rss();
  const heapAsked = heap();
  await first.bot.stop();
  await first.store.close();

  // 3. A restart: a second bot on the same database with every article in it.
  const restartAt = performance.now();
  const second = await startBot(databasePath, emulator.apiUrl);
  const restartMs = performance.now() - restartAt;
  await second.bot.stop();
  await second.store.close();
  await emulator.close();
  rmSync(folder, { recursive: true, force: true });

  const result = {
    machine: {
      cpus: cpus().length,
      loadAverage: Math.round((loadavg()[0] ?? 0) * 10) / 10,
      node: process.version,
    },
    articleWords: words,
    add: { runs: addTimes.length, firstMs: Math.round(addTimes[0] ?? 0), ...addStats },
    library: {
      servers: guilds.length,
      articles: stored.length,
      engineCapacity: 8,
      engineBuild: summarizeLatencies(buildTimes),
      heapMb: { articlesStored: heapStored, everyArticleAsked: heapAsked },
      rssMb: {
        beforeBot: rssBeforeBot,
        botStarted: rssStarted,
        articlesStored: rssStored,
        everyArticleAsked: rssAsked,
        peak: mb(peak),
      },
    },
    startMs: { empty: Math.round(startMs), withArticles: Math.round(restartMs) },
  };
  const ms = (v: number) => `${Math.round(v)} ms`;
  const report = [
    '# Article library benchmark',
    '',
    `${result.machine.cpus} CPUs, load average ${result.machine.loadAverage}, Node ${result.machine.node}; bot and emulator in one process, SQLite.`,
    '',
    `- \`/factdesk-article add\` of a ${words}-word article, event to ephemeral summary (download included): first ${ms(result.add.firstMs)}, then p50 ${ms(addStats.p50)}, p95 ${ms(addStats.p95)}, max ${ms(addStats.max)} over ${addTimes.length - 1} more.`,
    `- ${stored.length} articles across ${guilds.length} servers: RSS ${rssStarted} MB with the bot started, ${rssStored} MB with them stored, ${rssAsked} MB after each was asked once (peak ${mb(peak)} MB; at most 8 engines in memory); live heap ${heapStored} MB stored, ${heapAsked} MB asked.`,
    `- First question to an article not in memory (engine built from the database): p50 ${ms(result.library.engineBuild.p50)}, p95 ${ms(result.library.engineBuild.p95)}.`,
    `- Bot start-up: ${ms(startMs)} on an empty database, ${ms(restartMs)} with ${stored.length} articles in it.`,
    '',
  ].join('\n');
  process.stdout.write(report);
  const dir = reportsOutDir(args, root);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'library-bench-report.md'), report);
  writeFileSync(join(dir, 'library-bench-report.json'), `${JSON.stringify(result, null, 2)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`bench:library: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 1;
});
