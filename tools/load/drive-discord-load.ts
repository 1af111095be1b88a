import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { createDiscordEmulator } from '../../test/discord/emulator/create-discord-emulator.js';
import { allGuilds, channelsOf, type EmulatedGuild, makeUser } from '../../test/discord/emulator/payloads.js';

/**
 * Text channels of the main server, the one that carries the whole stream in a 1-server run. A busy server
 * spreads its members over many channels (Discord allows 500), and discord.js posts to one channel at a time,
 * each reply after Discord answered the previous one; with 100 channels no channel carries more than 5
 * questions/s at 500 questions/s, as in the runs with 100 servers of one channel each.
 */
const MAIN_SERVER_CHANNELS = 100;

/** One load run: N servers in GUILD_CREATE, a steady stream of mentions for a while. */
export interface LoadOptions {
  /** Servers the bot is in (the emulator's main one plus N-1 more). */
  servers: number;
  /**
   * Questions sent per second, round robin over the servers and each server's channels, each from a member
   * who has not asked before.
   */
  rate: number;
  /** How long the measured stream lasts, after `warmupSeconds` of the same stream not measured. */
  seconds: number;
  warmupSeconds: number;
  /** The questions to cycle through. */
  questions: readonly string[];
  /** `dist/src/cli/main.js`: the bot is `npm start` itself, in its own process. */
  mainJs: string;
  /** The node flags `npm start` uses. */
  nodeFlags: readonly string[];
  /** The environment `npm start` sets before node (see `readScriptCommand`). */
  nodeEnv?: Readonly<Record<string, string>>;
  /** A PostgreSQL database for the bot instead of a SQLite file in a temp folder. */
  databaseUrl?: string;
  /** How long to wait for the last replies once the stream stops (default 30 s); later ones are dropped. */
  drainMs?: number;
}

export interface LoadResult {
  servers: number;
  /** Measured questions sent, and how many got a reply. */
  sent: number;
  answered: number;
  /** Questions without any reply by the end of the drain time. */
  dropped: number;
  /** Channels the measured questions were asked in (over all servers). */
  channels: number;
  /** Replies per second over the measured stream. */
  answeredPerSecond: number;
  /** Gateway event sent → reply request received by "Discord", in microseconds, one per answered question. */
  latenciesUs: number[];
  /** From spawn to the bot's `discord ready` (every server received). */
  startMs: number;
  /** The bot process's resident memory once ready, and after the stream, in MB. */
  rssAfterStartMb: number;
  rssAfterRunMb: number;
  /**
   * The machine's 1-minute load average as this run's stream began: the machine is shared, and with the
   * emulator on the same cores the figures move with it.
   */
  loadAverage: number;
}

/** The bot process's resident set size from /proc (Linux), in MB. */
function readRssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(status.match(/^VmRSS:\s+(\d+) kB/m)?.[1]);
  return kb / 1024;
}

/**
 * Runs `npm start`'s entry point as a real process against the loopback emulator with `servers` servers,
 * sends a sustained stream of mentions (each from a new member, round robin over servers and their
 * channels) and measures, from outside the bot, the time from each MESSAGE_CREATE sent on the gateway to
 * the reply's REST request arriving, and the bot's RSS.
 *
 * @example const result = await driveDiscordLoad({ servers: 1000, rate: 500, seconds: 10, ... });
 */
export async function driveDiscordLoad(options: LoadOptions): Promise<LoadResult> {
  const emulator = await createDiscordEmulator({
    extraGuilds: options.servers - 1,
    moreChannels: MAIN_SERVER_CHANNELS - 1,
  });
  const guilds = allGuilds(emulator.world);
  const folder = mkdtempSync(join(tmpdir(), 'factdesk-load-'));
  const {
    DISCORD_TOKEN: _t,
    DISCORD_MESSAGE_CONTENT: _m,
    SHARD_COUNT: _s,
    DATABASE_URL: _d,
    ...env
  } = process.env;
  const started = performance.now();
  const bot = spawn(process.execPath, [...options.nodeFlags, options.mainJs], {
    cwd: folder,
    env: {
      ...env,
      ...options.nodeEnv,
      DISCORD_TOKEN: 'MTIzNDU2Nzg5MDEyMzQ1Njc4.emulat.ed-token-for-loopback-load-only',
      DISCORD_API_URL: emulator.apiUrl,
      DATABASE_PATH: join(folder, 'factdesk.sqlite'),
      ...(options.databaseUrl ? { DATABASE_URL: options.databaseUrl } : {}),
      LOG_LEVEL: 'info',
      // Discord's default of 50 replies a second per bot would be all this measures; the emulator has no limit.
      DISCORD_GLOBAL_RATE_LIMIT: '100000',
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  try {
    let tail = '';
    const ready = new Promise<void>((resolve, reject) => {
      bot.stderr.on('data', (chunk: Buffer) => {
        // The log is one JSON line per question: read it (as a log shipper would) and keep only the tail.
        tail = (tail + chunk.toString()).slice(-4000);
        if (tail.includes('"msg":"discord ready"')) resolve();
      });
      bot.on('exit', (code) => reject(new Error(`the bot exited (${code}) before ready: ${tail}`)));
    });
    await ready;
    const startMs = performance.now() - started;
    await sleep(500);
    const pid = bot.pid as number;
    const rssAfterStartMb = readRssMb(pid);

    const sentAt = new Map<string, number>();
    const askedIn = new Set<string>();
    let asked = 0;
    const stream = async (seconds: number, measure: boolean) => {
      const begin = performance.now();
      let sent = 0;
      while (performance.now() - begin < seconds * 1000) {
        const due = Math.floor(((performance.now() - begin) / 1000) * options.rate);
        for (; sent < due; sent++, asked++) {
          const guild = guilds[asked % guilds.length] as EmulatedGuild;
          const channels = channelsOf(guild);
          const question = options.questions[asked % options.questions.length] ?? 'hi';
          const payload = emulator.injectMessage({
            author: makeUser(`member-${asked}`),
            content: `<@${emulator.world.bot.id}> ${question}`,
            mentions: [emulator.world.bot],
            in: guild,
            channelId: channels[Math.floor(asked / guilds.length) % channels.length],
          });
          if (measure) {
            sentAt.set(payload.id, performance.now());
            askedIn.add(payload.channel_id);
          }
        }
        await sleep(2);
      }
    };
    const loadAverage = loadavg()[0] ?? 0;
    await stream(options.warmupSeconds, false);
    const measureStart = performance.now();
    await stream(options.seconds, true);
    const measured = performance.now() - measureStart;
    const drainUntil = performance.now() + (options.drainMs ?? 30_000);
    const replyTimes = () => {
      const first = new Map<string, number>();
      for (const request of emulator.requests) {
        const id = request.method === 'POST' ? request.body?.message_reference?.message_id : undefined;
        if (typeof id === 'string' && sentAt.has(id) && !first.has(id)) first.set(id, request.receivedAt);
      }
      return first;
    };
    while (replyTimes().size < sentAt.size && performance.now() < drainUntil) await sleep(100);
    const replies = replyTimes();

    const latenciesUs = [...replies].map(([id, at]) => (at - (sentAt.get(id) ?? at)) * 1000);
    const lastReply = Math.max(measureStart, ...replies.values());
    const rssAfterRunMb = readRssMb(pid);
    return {
      servers: options.servers,
      sent: sentAt.size,
      answered: replies.size,
      dropped: sentAt.size - replies.size,
      channels: askedIn.size,
      // Over the stream, or until the last reply when the bot fell behind: what it kept up with.
      answeredPerSecond: replies.size / (Math.max(measured, lastReply - measureStart) / 1000),
      latenciesUs,
      startMs,
      rssAfterStartMb,
      rssAfterRunMb,
      loadAverage,
    };
  } finally {
    if (bot.exitCode === null && bot.signalCode === null) {
      const exited = new Promise((resolve) => bot.once('exit', resolve));
      bot.kill('SIGTERM');
      await exited;
    }
    await emulator.close();
    rmSync(folder, { recursive: true, force: true });
  }
}
