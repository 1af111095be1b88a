import type { Db } from './tables.js';

/** A stored timeline paging session: who may turn its pages, what it shows (JSON), until when. */
export interface StoredTimelineSession {
  ownerId: string;
  queryJson: string;
  expiresAt: number;
}

export interface TimelineSessionRepository {
  save(id: string, session: StoredTimelineSession): Promise<void>;
  /** The session if it has not expired at `at`, its life extended to `extendTo`. */
  use(id: string, at: number, extendTo: number): Promise<StoredTimelineSession | undefined>;
  /** Deletes sessions expired at `at`. */
  prune(at: number): Promise<void>;
}

/**
 * Timeline paging sessions in the database, so Previous/Next work whichever process gets the press.
 *
 * @example await sessions.save('a1b2c3', { ownerId, queryJson: JSON.stringify(query), expiresAt });
 */
export function createTimelineSessionRepository(db: Db): TimelineSessionRepository {
  return {
    async save(id, session) {
      await db
        .insertInto('timeline_sessions')
        .values({
          session_id: id,
          owner_id: session.ownerId,
          query_json: session.queryJson,
          expires_at: session.expiresAt,
        })
        .execute();
    },
    async use(id, at, extendTo) {
      const row = await db
        .updateTable('timeline_sessions')
        .set({ expires_at: extendTo })
        .where('session_id', '=', id)
        .where('expires_at', '>', at)
        .returning(['owner_id', 'query_json', 'expires_at'])
        .executeTakeFirst();
      return row && { ownerId: row.owner_id, queryJson: row.query_json, expiresAt: Number(row.expires_at) };
    },
    async prune(at) {
      await db.deleteFrom('timeline_sessions').where('expires_at', '<=', at).execute();
    },
  };
}
