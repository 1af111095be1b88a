import type { Config } from '../config/load-config.js';
import { type Bot, createBot } from '../discord/create-bot.js';
import { FatalDiscordError } from '../discord/fatal-errors.js';
import { installShutdown } from '../discord/install-shutdown.js';
import { createModeration } from '../discord/moderation/create-moderation.js';
import type { Engine } from '../engine/types.js';
import { createArticleLibrary } from '../library/article-library.js';
import type { Logger } from '../logging/create-logger.js';
import { createBotMetrics } from '../metrics/bot-metrics.js';
import { metricsSourceOf, startMetricsServer } from '../metrics/start-metrics-server.js';
import { isDatabaseError } from '../storage/database-error.js';
import { type ModerationStore, openStore } from '../storage/moderation-store.js';

/** `npm start` with a DISCORD_TOKEN: opens the store and the metrics endpoint, then runs the bot until SIGINT/SIGTERM. */
export async function runBot({
  engine,
  config,
  logger,
}: {
  engine: Engine;
  config: Config;
  logger: Logger;
}): Promise<void> {
  let store: ModerationStore;
  try {
    store = await openStore(config);
  } catch (error) {
    if (isDatabaseError(error)) {
      process.stderr.write(`factdesk: ${error.message}\n`);
      process.exitCode = 1;
      return;
    }
    throw error;
  }
  const metrics = config.metricsPort === undefined ? undefined : createBotMetrics();
  const metricsServer = metrics
    ? await startMetricsServer(metricsSourceOf(metrics), {
        port: shardMetricsPort(config.metricsPort ?? 0),
        host: config.metricsHost,
      })
    : undefined;
  if (metricsServer) logger.info('metrics endpoint listening', { url: metricsServer.url });
  // Stop the client first so no handler writes to the store after it is closed.
  const steps = [() => bot.stop(), () => store.close(), async () => await metricsServer?.close()];
  const bot: Bot = createBot({
    engine,
    config,
    logger,
    ...(metrics ? { metrics } : {}),
    ...createModeration({ store, logger }),
    // Articles are read from the database when first asked about, so start-up does not grow with them.
    library: createArticleLibrary({
      articles: store.articles,
      builtIn: engine,
      capacity: config.articleEngines,
    }),
    // Already logged as one line; stop and exit non-zero so a supervisor alerts rather than waits.
    onFatal: () => void stopAndExit(steps, logger),
  });
  keepRunningOnStrayErrors(logger);
  installShutdown({ steps, logger });
  try {
    await bot.start();
  } catch (error) {
    if (error instanceof FatalDiscordError) return; // onFatal is stopping the process
    throw error;
  }
}

/** Under the shard manager each shard process serves its own metrics, on METRICS_PORT + its shard id. */
function shardMetricsPort(port: number): number {
  const shard = Number(process.env.SHARDS);
  return port !== 0 && process.env.SHARDING_MANAGER && Number.isInteger(shard) ? port + shard : port;
}

let stopping = false;
/** Runs the shutdown steps once, then exits with status 1 (whatever the steps do, within 5 s). */
async function stopAndExit(steps: readonly (() => unknown)[], logger: Logger): Promise<void> {
  if (stopping) return;
  stopping = true;
  setTimeout(() => process.exit(1), 5_000).unref();
  for (const step of steps) {
    try {
      await step();
    } catch (error) {
      logger.warn('a shutdown step failed', { error });
    }
  }
  process.exit(1);
}

/** A stray rejection in a handler is logged; the bot keeps serving everyone else. */
function keepRunningOnStrayErrors(logger: Logger): void {
  process.on('unhandledRejection', (reason) => logger.error('unhandled rejection', { error: reason }));
}
