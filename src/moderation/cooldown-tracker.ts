import { ALLOWED, type CheckResult } from './check-result.js';
import { noticeFor } from './notices.js';

export interface CooldownTrackerOptions {
  /** Clock in Unix milliseconds (tests pass a fake one). */
  now?: () => number;
  /** Most (server, user) pairs remembered; expired ones go first, then the oldest. Default 10 000. */
  maxEntries?: number;
}

export interface CooldownTracker {
  /**
   * Takes one question from a user against the server's cooldown. The first question in a window is
   * allowed; the next gets a notice (`notify: true`); the rest of the window are denied silently, so a
   * burst of 50 gives one answer and one notice.
   */
  take(guildId: string | null, userId: string, cooldownSeconds: number): CheckResult;
  /** How many (server, user) pairs are remembered (for tests of the bound). */
  readonly size: number;
}

interface Window {
  until: number;
  noticed: boolean;
}

/**
 * Per-server, per-user cooldowns, in memory. A cooldown resets on restart, which is harmless.
 *
 * @example
 * const cooldowns = createCooldownTracker();
 * const result = cooldowns.take(guildId, userId, settings.cooldownSeconds);
 */
export function createCooldownTracker(options: CooldownTrackerOptions = {}): CooldownTracker {
  const now = options.now ?? Date.now;
  const maxEntries = options.maxEntries ?? 10_000;
  const windows = new Map<string, Window>();

  function evict(at: number): void {
    for (const [key, window] of windows) if (window.until <= at) windows.delete(key);
    // Still full: drop the oldest windows (a Map iterates in insertion order).
    for (const key of windows.keys()) {
      if (windows.size < maxEntries) break;
      windows.delete(key);
    }
  }

  return {
    take(guildId, userId, cooldownSeconds) {
      if (cooldownSeconds <= 0) return ALLOWED;
      const at = now();
      const key = `${guildId ?? 'dm'}:${userId}`;
      const window = windows.get(key);
      if (window === undefined || window.until <= at) {
        windows.delete(key);
        if (windows.size >= maxEntries) evict(at);
        windows.set(key, { until: at + cooldownSeconds * 1000, noticed: false });
        return ALLOWED;
      }
      const notify = !window.noticed;
      window.noticed = true;
      return {
        ok: false,
        reason: 'cooldown',
        notice: noticeFor('cooldown', { seconds: (window.until - at) / 1000 }),
        notify,
        logToModLog: false,
      };
    },
    get size() {
      return windows.size;
    },
  };
}
