import { pathToFileURL } from 'node:url';
import { REST, type RESTPutAPIApplicationCommandsResult, Routes } from 'discord.js';
import { ConfigError, loadConfig } from '../config/load-config.js';
import { createLogger } from '../logging/create-logger.js';
import { commands, messageCommands } from './commands/index.js';

export interface DeployOptions {
  rest: REST;
  applicationId: string;
  /** Registers to this guild only (instant; for development); globally when absent. */
  guildId?: string;
}

/**
 * Replaces the application's commands with the ones in `commands/index.ts` (slash, then message menus).
 * @returns the commands as Discord stored them.
 */
export async function deployCommands(options: DeployOptions): Promise<RESTPutAPIApplicationCommandsResult> {
  const route = options.guildId
    ? Routes.applicationGuildCommands(options.applicationId, options.guildId)
    : Routes.applicationCommands(options.applicationId);
  const body = [...commands, ...messageCommands].map((command) => command.data);
  return (await options.rest.put(route, { body })) as RESTPutAPIApplicationCommandsResult;
}

/** The application id from the settings, or asked of Discord with the bot token. */
export async function resolveApplicationId(rest: REST, configured?: string): Promise<string> {
  if (configured) return configured;
  const application = (await rest.get(Routes.currentApplication())) as { id: string };
  return application.id;
}

async function main(): Promise<void> {
  const config = loadConfig();
  if (!config.discordToken) throw new ConfigError('DISCORD_TOKEN is required to deploy commands');
  const logger = createLogger({ level: config.logLevel, secrets: [config.discordToken] });
  const rest = new REST(config.discordApiUrl ? { api: config.discordApiUrl } : {}).setToken(
    config.discordToken,
  );
  const applicationId = await resolveApplicationId(rest, config.discordApplicationId);
  const deployed = await deployCommands({ rest, applicationId, guildId: config.discordGuildId });
  logger.info('commands deployed', {
    scope: config.discordGuildId ? `guild ${config.discordGuildId}` : 'global',
    commands: deployed.map((c) => c.name),
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    // One clear line; ConfigError messages never contain the token.
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`deploy-commands: ${message}\n`);
    process.exitCode = 1;
  });
}
