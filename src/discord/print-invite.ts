/**
 * `npm run invite`: prints the OAuth2 URL that adds the bot to a server, for DISCORD_APPLICATION_ID (or, when
 * only DISCORD_TOKEN is set, the application Discord reports for it), then what each permission is for.
 */
import { pathToFileURL } from 'node:url';
import { REST } from 'discord.js';
import { ConfigError, loadConfig } from '../config/load-config.js';
import { resolveApplicationId } from './deploy-commands.js';
import { botPermissionNames, botPermissionTable, inviteUrl } from './permissions/bot-permissions.js';

/** The lines `npm run invite` prints: the URL first (so `| head -1` scripts it), then the permissions. */
export function formatInvite(applicationId: string): string[] {
  return [
    inviteUrl(applicationId),
    '',
    'Scopes: bot, applications.commands. Permissions asked for:',
    ...botPermissionNames.map(
      (name) => `  ${botPermissionTable[name].label}: ${botPermissionTable[name].usedFor}`,
    ),
  ];
}

async function main(): Promise<void> {
  const config = loadConfig();
  let applicationId = config.discordApplicationId;
  if (!applicationId && config.discordToken) {
    const rest = new REST(config.discordApiUrl ? { api: config.discordApiUrl } : {}).setToken(
      config.discordToken,
    );
    applicationId = await resolveApplicationId(rest);
  }
  if (!applicationId) {
    throw new ConfigError(
      'DISCORD_APPLICATION_ID is not set (developer portal → your application → General Information → Application ID)',
    );
  }
  process.stdout.write(`${formatInvite(applicationId).join('\n')}\n`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    // One clear line; ConfigError messages never contain the token.
    process.stderr.write(`invite: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  });
}
