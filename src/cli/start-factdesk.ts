import { type Config, ConfigError, loadConfig } from '../config/load-config.js';
import type { EngineOptions } from '../engine/create-engine.js';
import type { Engine } from '../engine/types.js';
import { createLogger } from '../logging/create-logger.js';
import { takeArticleOption } from './article-option.js';
import { runConsoleChat } from './console-chat.js';

/**
 * `npm start`: validates the settings, loads the engine, then chats in the console when no DISCORD_TOKEN is
 * set, or runs the Discord bot until SIGINT/SIGTERM.
 */
export async function startFactdesk(engineFor: (options: EngineOptions) => Engine): Promise<void> {
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
  // The manager only starts and watches the shard processes: it needs neither the engine nor the database.
  if (config.discordToken && config.shardCount !== undefined && !process.env.SHARDING_MANAGER) {
    const { runShardManager } = await import('./run-shard-manager.js');
    await runShardManager({ ...config, discordToken: config.discordToken }, logger);
    return;
  }
  const engine = engineFor(takeArticleOption(process.argv.slice(2)));

  if (!config.discordToken) {
    logger.debug('no DISCORD_TOKEN set: starting the console chat');
    await runConsoleChat(engine);
    return;
  }

  // The bot's modules (discord.js, the database, metrics) are loaded only when the bot runs.
  const { runBot } = await import('./run-bot.js');
  await runBot({ engine, config, logger });
}
