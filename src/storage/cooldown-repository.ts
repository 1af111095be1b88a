import { sql } from 'kysely';
import type { Db } from './tables.js';

/** One member's cooldown window after a question: when it ends, and how many questions fell in it. */
export interface CooldownWindow {
  untilAt: number;
  /** 1 for the question that opened the window, 2 for the next one, and so on. */
  hits: number;
}

export interface CooldownRepository {
  /**
   * Counts one question against `key`: opens a window of `windowMs` if none is running at `at`, else adds a
   * hit to the running one. One statement, so two processes counting the same member never both open one.
   */
  hit(key: string, windowMs: number, at: number): Promise<CooldownWindow>;
  /** Deletes windows that ended before `at`; returns how many. */
  prune(at: number): Promise<number>;
}

/**
 * Cooldown windows in the database, shared by every process of the bot.
 *
 * @example
 * const { hits } = await cooldowns.hit('g1:u1', 5_000, Date.now()); // 1: answer; 2: notice; more: ignore
 */
export function createCooldownRepository(db: Db): CooldownRepository {
  return {
    async hit(key, windowMs, at) {
      // In an upsert every SET expression reads the row as it was, on both engines: the window is renewed
      // and the count reset together, or neither.
      const row = await db
        .insertInto('cooldowns')
        .values({ cooldown_key: key, until_at: at + windowMs, hits: 1 })
        .onConflict((oc) =>
          oc.column('cooldown_key').doUpdateSet({
            hits: sql<number>`CASE WHEN cooldowns.until_at <= ${at} THEN 1 ELSE cooldowns.hits + 1 END`,
            until_at: sql<number>`CASE WHEN cooldowns.until_at <= ${at} THEN excluded.until_at ELSE cooldowns.until_at END`,
          }),
        )
        .returning(['until_at', 'hits'])
        .executeTakeFirstOrThrow();
      return { untilAt: Number(row.until_at), hits: Number(row.hits) };
    },
    async prune(at) {
      const result = await db.deleteFrom('cooldowns').where('until_at', '<=', at).executeTakeFirst();
      return Number(result.numDeletedRows);
    },
  };
}
