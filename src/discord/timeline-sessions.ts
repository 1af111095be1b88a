import { randomBytes } from 'node:crypto';
import type { TimelineQuery } from '../engine/types.js';
import type {
  StoredTimelineSession,
  TimelineSessionRepository,
} from '../storage/timeline-session-repository.js';

export interface TimelineSession {
  ownerId: string;
  query: TimelineQuery;
  expiresAt: number;
}

/** How long Previous/Next keep working after the last use. */
export const timelineSessionTtlMs = 10 * 60_000;

/** Sessions in this process only: for a bot without a database (every press reaches this same process). */
export function memoryTimelineSessionRepository(): TimelineSessionRepository {
  const sessions = new Map<string, StoredTimelineSession>();
  return {
    async save(id, session) {
      sessions.set(id, { ...session });
    },
    async use(id, at, extendTo) {
      const session = sessions.get(id);
      if (!session || session.expiresAt <= at) return undefined;
      session.expiresAt = extendTo;
      return { ...session };
    },
    async prune(at) {
      for (const [id, session] of sessions) if (session.expiresAt <= at) sessions.delete(id);
    },
  };
}

/**
 * Remembers who asked which timeline so page buttons carry only a short id (custom ids are 100 chars max).
 * With the bot's database as `repository`, a press works whichever process (shard) receives it, and after a
 * restart; expired sessions answer politely that they expired.
 *
 * @example
 * const timelines = createTimelineSessions(Date.now, store.timelineSessions);
 * const id = await timelines.create(userId, query);
 */
export function createTimelineSessions(
  now: () => number,
  repository: TimelineSessionRepository = memoryTimelineSessionRepository(),
  ttlMs = timelineSessionTtlMs,
) {
  return {
    async create(ownerId: string, query: TimelineQuery): Promise<string> {
      await repository.prune(now());
      const id = randomBytes(6).toString('base64url');
      await repository.save(id, { ownerId, queryJson: JSON.stringify(query), expiresAt: now() + ttlMs });
      return id;
    },
    /** The live session, extending its life; undefined when unknown or expired. */
    async use(id: string): Promise<TimelineSession | undefined> {
      const stored = await repository.use(id, now(), now() + ttlMs);
      if (!stored) return undefined;
      return {
        ownerId: stored.ownerId,
        query: JSON.parse(stored.queryJson) as TimelineQuery,
        expiresAt: stored.expiresAt,
      };
    },
  };
}

export type TimelineSessions = ReturnType<typeof createTimelineSessions>;
