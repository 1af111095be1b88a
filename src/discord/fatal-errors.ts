/**
 * Gateway close codes after which Discord will not take the bot back without an operator's change, and
 * what to change (https://discord.com/developers/docs/topics/opcodes-and-status-codes#gateway-close-event-codes).
 */
export const fatalCloseReasons: Readonly<Record<number, string>> = {
  4004: 'authentication failed: DISCORD_TOKEN is wrong or was reset; put the current token in .env',
  4010: 'invalid shard: check SHARDS / SHARD_COUNT',
  4011: 'sharding required: the bot is in too many servers for one connection; set SHARD_COUNT',
  4012: 'invalid API version: upgrade discord.js',
  4013: 'invalid intents: the requested gateway intents are malformed',
  4014: 'disallowed intents: a privileged intent is not enabled for this application; enable Message Content Intent in the developer portal (Bot -> Privileged Gateway Intents) or set DISCORD_MESSAGE_CONTENT=false',
};

/** Why the bot must stop: one line for the operator, never containing the token. */
export class FatalDiscordError extends Error {
  override readonly name = 'FatalDiscordError';
}

/** The error for a gateway close that will not be retried. */
export function fatalClose(code: number): FatalDiscordError {
  const reason = fatalCloseReasons[code] ?? 'Discord will not let the bot reconnect';
  return new FatalDiscordError(`Discord closed the gateway connection for good (code ${code}, ${reason}).`);
}

/** The error for a REST call Discord refused with 401: every later call would be refused too. */
export function fatalUnauthorized(method: string, route: string): FatalDiscordError {
  return new FatalDiscordError(
    `Discord refused the bot token (401 Unauthorized on ${method.toUpperCase()} ${route}): it was reset or revoked; put the current token in .env.`,
  );
}
