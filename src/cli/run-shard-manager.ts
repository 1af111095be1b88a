import type { Config } from '../config/load-config.js';
import { installShutdown } from '../discord/install-shutdown.js';
import { createShardManager } from '../discord/sharding/create-shard-manager.js';
import type { Logger } from '../logging/create-logger.js';

/**
 * `npm start` with SHARD_COUNT: starts one process per shard, each running this same entry point as a
 * shard (discord.js sets SHARDING_MANAGER, SHARDS and SHARD_COUNT for it), and stops them all on
 * SIGINT/SIGTERM. A shard process that dies is started again.
 */
export async function runShardManager(
  config: Pick<Config, 'discordApiUrl' | 'shardCount'> & { discordToken: string },
  logger: Logger,
): Promise<void> {
  const entry = process.argv[1];
  if (entry === undefined) throw new Error('cannot tell which script to run for each shard');
  const sharded = await createShardManager({
    file: entry,
    token: config.discordToken,
    apiUrl: config.discordApiUrl,
    shardCount: config.shardCount ?? 'auto',
    logger,
    args: process.argv.slice(2),
  });
  // Installed before the shards start, so a SIGTERM during start-up stops the ones already running.
  installShutdown({ steps: [() => sharded.stop()], logger, graceMs: 15_000 });
  await sharded.spawn();
}
