import { type Config, ConfigError, loadConfig } from '../config/load-config.js';
import { createBot } from '../discord/create-bot.js';
import { installShutdown } from '../discord/install-shutdown.js';
import { createModeration } from '../discord/moderation/create-moderation.js';
import { createEngine } from '../engine/create-engine.js';
import { createLogger, type Logger } from '../logging/create-logger.js';
import { isDatabaseError } from '../storage/database-error.js';
import { type ModerationStore, openModerationStore } from '../storage/moderation-store.js';
import { takeArticleOption } from './article-option.js';
import { runConsoleChat } from './console-chat.js';

/**
 * `npm start`: validates the settings, loads the engine, then chats in the console when no DISCORD_TOKEN is
 * set, or runs the Discord bot until SIGINT/SIGTERM.
 */
async function main(): Promise<void> {
  let config: Config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`factdesk: ${error.message}\n`);
      process.exitCode = 1;
      return;
    }
    throw error;
  }
  const logger = createLogger({ level: config.logLevel, secrets: [config.discordToken] });
  const engine = createEngine(takeArticleOption(process.argv.slice(2)));

  if (!config.discordToken) {
    logger.debug('no DISCORD_TOKEN set: starting the console chat');
    await runConsoleChat(engine);
    return;
  }

  let store: ModerationStore;
  try {
    store = openModerationStore(config.databasePath);
  } catch (error) {
    if (isDatabaseError(error)) {
      process.stderr.write(`factdesk: ${error.message}\n`);
      process.exitCode = 1;
      return;
    }
    throw error;
  }
  const bot = createBot({ engine, config, logger, ...createModeration({ store, logger }) });
  keepRunningOnStrayErrors(logger);
  // Stop the client first so no handler writes to the store after it is closed.
  installShutdown({ steps: [() => bot.stop(), () => store.close()], logger });
  await bot.start();
}

/** A stray rejection in a handler is logged; the bot keeps serving everyone else. */
function keepRunningOnStrayErrors(logger: Logger): void {
  process.on('unhandledRejection', (reason) => logger.error('unhandled rejection', { error: reason }));
}

main().catch((error: unknown) => {
  process.stderr.write(`factdesk: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
