import { randomBytes } from 'node:crypto';
import type { TimelineQuery } from '../engine/types.js';

export interface TimelineSession {
  ownerId: string;
  query: TimelineQuery;
  expiresAt: number;
}

/** How long Previous/Next keep working after the last use. */
export const timelineSessionTtlMs = 10 * 60_000;

/**
 * Remembers who asked which timeline so page buttons carry only a short id (custom ids are 100 chars max).
 * Sessions live in memory: after a restart old buttons answer politely that they expired.
 */
export function createTimelineSessions(now: () => number, ttlMs = timelineSessionTtlMs) {
  const sessions = new Map<string, TimelineSession>();
  const prune = () => {
    for (const [id, session] of sessions) if (session.expiresAt <= now()) sessions.delete(id);
  };
  return {
    create(ownerId: string, query: TimelineQuery): string {
      prune();
      const id = randomBytes(6).toString('base64url');
      sessions.set(id, { ownerId, query, expiresAt: now() + ttlMs });
      return id;
    },
    /** The live session, extending its life; undefined when unknown or expired. */
    use(id: string): TimelineSession | undefined {
      const session = sessions.get(id);
      if (!session || session.expiresAt <= now()) {
        sessions.delete(id);
        return undefined;
      }
      session.expiresAt = now() + ttlMs;
      return session;
    },
  };
}

export type TimelineSessions = ReturnType<typeof createTimelineSessions>;
