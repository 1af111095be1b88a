import { REST, Routes } from 'discord.js';

/** What Discord advises for this bot's gateway connections. */
export interface GatewayAdvice {
  /** The shard count Discord recommends (one per 1,000 servers or so, at least 1). */
  shards: number;
  /** How many shards may identify in the same 5-second window (1 for most bots, more for large ones). */
  maxConcurrency: number;
}

/**
 * Asks `GET /gateway/bot` through the configured API base (a proxy or the test emulator included), the way
 * discord.js would, instead of discord.js's own helper, which always asks discord.com.
 *
 * @example const { shards, maxConcurrency } = await fetchGatewayBot(token, config.discordApiUrl);
 */
export async function fetchGatewayBot(token: string, apiUrl?: string): Promise<GatewayAdvice> {
  const rest = new REST(apiUrl ? { api: apiUrl } : {}).setToken(token);
  const body = (await rest.get(Routes.gatewayBot())) as {
    shards?: unknown;
    session_start_limit?: { max_concurrency?: unknown };
  };
  const shards = Number(body.shards);
  const maxConcurrency = Number(body.session_start_limit?.max_concurrency ?? 1);
  if (!Number.isInteger(shards) || shards < 1) {
    throw new Error(`GET /gateway/bot gave no usable shard count (${String(body.shards)})`);
  }
  return {
    shards,
    maxConcurrency: Number.isInteger(maxConcurrency) && maxConcurrency > 0 ? maxConcurrency : 1,
  };
}
