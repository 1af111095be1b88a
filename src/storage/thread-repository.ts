import type { Database } from 'better-sqlite3';

/** A discussion thread the bot opened with `/discuss`. */
export interface DiscussionThread {
  threadId: string;
  guildId: string;
  parentChannelId: string;
  topicId: string;
  openedBy: string;
  createdAt: number;
}

export interface ThreadRepository {
  /** Remembers a thread the bot opened (idempotent). */
  record(thread: Omit<DiscussionThread, 'createdAt'>): DiscussionThread;
  /** The thread, when the bot opened it: in those the bot answers without being mentioned. */
  get(threadId: string): DiscussionThread | undefined;
}

/**
 * Discussion threads opened by the bot.
 *
 * @example
 * threads.record({ threadId, guildId, parentChannelId, topicId: 'storm-damage', openedBy: userId });
 * if (threads.get(message.channelId)) { ...answer without a mention... }
 */
export function createThreadRepository(db: Database, now: () => number = Date.now): ThreadRepository {
  const insert = db.prepare(
    `INSERT INTO discussion_threads (thread_id, guild_id, parent_channel_id, topic_id, opened_by, created_at)
     VALUES (@threadId, @guildId, @parentChannelId, @topicId, @openedBy, @createdAt) ON CONFLICT DO NOTHING`,
  );
  const select = db.prepare<[string], DiscussionThread>(
    `SELECT thread_id AS threadId, guild_id AS guildId, parent_channel_id AS parentChannelId, topic_id AS topicId,
     opened_by AS openedBy, created_at AS createdAt FROM discussion_threads WHERE thread_id = ?`,
  );
  return {
    record(thread) {
      insert.run({ ...thread, createdAt: now() });
      return select.get(thread.threadId) as DiscussionThread;
    },
    get: (threadId) => select.get(threadId),
  };
}
