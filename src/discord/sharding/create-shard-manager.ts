import type { ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { type Shard, ShardingManager } from 'discord.js';
import type { Logger } from '../../logging/create-logger.js';
import { fetchGatewayBot } from './fetch-gateway-bot.js';

/** Discord lets each bucket of shards identify once per 5 s; a little more keeps clear of the edge. */
const IDENTIFY_WINDOW_MS = 5_500;
/** How long a shard may take to stop on SIGTERM before it is killed. */
const STOP_GRACE_MS = 10_000;

export interface ShardManagerOptions {
  /** The script each shard process runs (`npm start`'s own entry point). */
  file: string;
  token: string;
  apiUrl: string | undefined;
  shardCount: number | 'auto';
  logger: Logger;
  /** Node flags for the shard processes (the manager's own, by default). */
  execArgv?: string[];
  /** Command-line arguments for each shard process (`--article FILE`, say). */
  args?: string[];
}

/**
 * Runs one process per shard with discord.js's `ShardingManager`: each process identifies as `[id, count]`
 * (discord.js passes SHARDS and SHARD_COUNT to it). `auto` takes the count Discord recommends in
 * `GET /gateway/bot` through the configured API URL. Shards start one after another, `max_concurrency` per
 * 5.5 s, so no identify is refused. A shard process that dies is logged and started again.
 *
 * @example
 * const sharded = await createShardManager({ file: process.argv[1], token, apiUrl, shardCount: 'auto', logger });
 * await sharded.spawn(); // resolves once every shard is ready
 * await sharded.stop(); // SIGTERM to every shard, then wait for them
 */
export async function createShardManager(options: ShardManagerOptions) {
  const { logger } = options;
  const advice = await fetchGatewayBot(options.token, options.apiUrl).catch((error: unknown) => {
    if (options.shardCount === 'auto') throw error;
    // A fixed count needs Discord's advice only for the identify pace; the slowest pace is always allowed.
    logger.warn('could not read GET /gateway/bot; starting one shard per 5.5 s', { error });
    return { shards: options.shardCount, maxConcurrency: 1 };
  });
  const totalShards = options.shardCount === 'auto' ? advice.shards : options.shardCount;
  const manager = new ShardingManager(options.file, {
    totalShards,
    token: options.token,
    mode: 'process',
    respawn: true,
    execArgv: options.execArgv ?? process.execArgv,
    shardArgs: options.args ?? [],
  });
  let stopping = false;
  manager.on('shardCreate', (shard: Shard) => {
    // mode 'process': every shard runs in a ChildProcess.
    shard.on('spawn', (child) =>
      logger.info('shard process started', { shard: shard.id, pid: (child as ChildProcess).pid }),
    );
    shard.on('ready', () => logger.info('shard ready', { shard: shard.id, pid: shard.process?.pid }));
    shard.on('death', (child) => {
      if (stopping) return;
      const { pid, exitCode, signalCode } = child as ChildProcess;
      logger.error('shard process died; starting it again', { shard: shard.id, pid, exitCode, signalCode });
    });
    shard.on('error', (error) => logger.error('shard error', { shard: shard.id, error }));
  });

  return {
    manager,
    totalShards,
    /** Starts the shards one after another at the allowed pace; resolves once all are ready. */
    async spawn(): Promise<void> {
      logger.info('starting shards', { totalShards, maxConcurrency: advice.maxConcurrency });
      await manager.spawn({
        amount: totalShards,
        delay: Math.ceil(IDENTIFY_WINDOW_MS / advice.maxConcurrency),
        timeout: 60_000,
      });
      logger.info('all shards ready', { totalShards });
    },
    /** Stops every shard with SIGTERM (each shuts down cleanly), killing any that takes over 10 s. */
    async stop(): Promise<void> {
      stopping = true;
      manager.respawn = false;
      await Promise.all(
        [...manager.shards.values()].map(async (shard) => {
          const child = shard.process;
          if (!child || child.exitCode !== null || child.signalCode !== null) return;
          const exited = once(child, 'exit');
          child.kill('SIGTERM');
          const timer = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
          await exited;
          clearTimeout(timer);
        }),
      );
      logger.info('all shards stopped');
    },
  };
}
