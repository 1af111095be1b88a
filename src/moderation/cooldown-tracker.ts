import type { CooldownRepository } from '../storage/cooldown-repository.js';
import { ALLOWED, type CheckResult } from './check-result.js';
import { noticeFor } from './notices.js';

export interface CooldownTrackerOptions {
  /** Where the windows live: the database, so every process of the bot sees the same ones. */
  repository: CooldownRepository;
  /** Clock in Unix milliseconds (tests pass a fake one). */
  now?: () => number;
  /**
   * Expired windows are deleted once every this many questions (default 100: at most about a hundred rows at
   * a time; a thousand windows deleted at once held the event loop for up to 10 ms under load).
   */
  pruneEvery?: number;
}

export interface CooldownTracker {
  /**
   * Takes one question from a user against the server's cooldown. The first question in a window is
   * allowed; the next gets a notice (`notify: true`); the rest of the window are denied silently, so a
   * burst of 50 gives one answer and one notice.
   */
  take(guildId: string | null, userId: string, cooldownSeconds: number): Promise<CheckResult>;
}

/**
 * Per-server, per-user cooldowns, kept in the database so a member's window holds whichever process (shard,
 * machine) gets their next question, and across a restart.
 *
 * @example
 * const cooldowns = createCooldownTracker({ repository: store.cooldowns });
 * const result = await cooldowns.take(guildId, userId, settings.cooldownSeconds);
 */
export function createCooldownTracker(options: CooldownTrackerOptions): CooldownTracker {
  const now = options.now ?? Date.now;
  const pruneEvery = options.pruneEvery ?? 100;
  let taken = 0;

  return {
    async take(guildId, userId, cooldownSeconds) {
      if (cooldownSeconds <= 0) return ALLOWED;
      const at = now();
      taken += 1;
      if (taken % pruneEvery === 0) await options.repository.prune(at);
      const key = `${guildId ?? 'dm'}:${userId}`;
      const window = await options.repository.hit(key, cooldownSeconds * 1000, at);
      if (window.hits === 1) return ALLOWED;
      return {
        ok: false,
        reason: 'cooldown',
        notice: noticeFor('cooldown', { seconds: (window.untilAt - at) / 1000 }),
        notify: window.hits === 2,
        logToModLog: false,
      };
    },
  };
}
