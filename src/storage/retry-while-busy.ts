import { setTimeout as sleep } from 'node:timers/promises';

/**
 * Runs `run`, and while SQLite answers SQLITE_BUSY (another connection holds the write lock) waits a
 * moment without blocking the event loop and tries again, for up to `giveUpMs`. SQLite's own busy_timeout
 * sleeps inside the call, which would block the very transaction this process is waiting for.
 *
 * @example await retryWhileBusy(() => cooldowns.hit(key, windowMs, now));
 */
export async function retryWhileBusy<T>(run: () => Promise<T>, giveUpMs = 5_000): Promise<T> {
  const started = Date.now();
  for (let delay = 1; ; delay = Math.min(delay * 2, 50)) {
    try {
      return await run();
    } catch (error) {
      const busy = (error as { code?: unknown }).code === 'SQLITE_BUSY';
      if (!busy || Date.now() - started > giveUpMs) throw error;
      await sleep(delay);
    }
  }
}

/** The same repository with every method retried while SQLite is busy (see `retryWhileBusy`). */
export function retryingWhileBusy<R extends object>(repository: R): R {
  const wrapped = {} as Record<string, unknown>;
  for (const [name, method] of Object.entries(repository)) {
    wrapped[name] =
      typeof method === 'function'
        ? (...args: unknown[]) =>
            retryWhileBusy(() => (method as (...a: unknown[]) => Promise<unknown>)(...args))
        : method;
  }
  return wrapped as R;
}
