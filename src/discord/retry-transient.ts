import { setTimeout as sleep } from 'node:timers/promises';
import { DiscordAPIError, HTTPError } from 'discord.js';

/** How long to keep trying a reply while Discord's REST API fails, and how to space the tries. */
export interface RetryPolicy {
  /** Give up once this long has passed since the first failure. */
  giveUpAfterMs: number;
  /** The first wait; each next one doubles, up to `maxDelayMs`. */
  firstDelayMs: number;
  maxDelayMs: number;
}

/** A minute of tries at 1, 2, 4, 8, 15, 15… seconds: an outage shorter than that loses no reply. */
export const defaultRetryPolicy: RetryPolicy = {
  giveUpAfterMs: 60_000,
  firstDelayMs: 1_000,
  maxDelayMs: 15_000,
};

/** Network codes that mean "Discord could not be reached", as opposed to "Discord said no". */
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EAI_AGAIN',
  'ENOTFOUND',
  'UND_ERR_SOCKET',
]);

/**
 * True for a failure worth retrying later: a 5xx from Discord (after discord.js's own quick retries), a
 * request that timed out, or a network error. A 4xx is an answer, not an outage.
 */
export function isTransient(error: unknown): boolean {
  if (error instanceof HTTPError || error instanceof DiscordAPIError) return error.status >= 500;
  if (!(error instanceof Error)) return false;
  if (error.name === 'AbortError' || error.name === 'TimeoutError') return true;
  const code =
    (error as { code?: unknown; cause?: { code?: unknown } }).code ??
    (error as { cause?: { code?: unknown } }).cause?.code;
  return typeof code === 'string' && NETWORK_CODES.has(code);
}

/**
 * Runs `send`, and while it fails transiently tries again with exponential backoff until the policy gives up;
 * then throws the last error. Any other error is thrown at once.
 * @example await retryTransient(() => message.reply(content), defaultRetryPolicy)
 */
export async function retryTransient<T>(send: () => Promise<T>, policy: RetryPolicy): Promise<T> {
  const started = Date.now();
  let delay = policy.firstDelayMs;
  for (;;) {
    try {
      return await send();
    } catch (error) {
      const waited = Date.now() - started;
      if (!isTransient(error) || waited + delay > policy.giveUpAfterMs) throw error;
      await sleep(delay);
      delay = Math.min(delay * 2, policy.maxDelayMs);
    }
  }
}
