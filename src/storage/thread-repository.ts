import type { Db } from './tables.js';

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
  record(thread: Omit<DiscussionThread, 'createdAt'>): Promise<DiscussionThread>;
  /** The thread, when the bot opened it: in those the bot answers without being mentioned. */
  get(threadId: string): Promise<DiscussionThread | undefined>;
}

/**
 * Discussion threads opened by the bot.
 *
 * @example
 * await threads.record({ threadId, guildId, parentChannelId, topicId: 'storm-damage', openedBy: userId });
 * if (await threads.get(message.channelId)) { ...answer without a mention... }
 */
export function createThreadRepository(db: Db, now: () => number = Date.now): ThreadRepository {
  async function get(threadId: string): Promise<DiscussionThread | undefined> {
    const row = await db
      .selectFrom('discussion_threads')
      .selectAll()
      .where('thread_id', '=', threadId)
      .executeTakeFirst();
    return row === undefined
      ? undefined
      : {
          threadId: row.thread_id,
          guildId: row.guild_id,
          parentChannelId: row.parent_channel_id,
          topicId: row.topic_id,
          openedBy: row.opened_by,
          createdAt: Number(row.created_at),
        };
  }
  return {
    async record(thread) {
      await db
        .insertInto('discussion_threads')
        .values({
          thread_id: thread.threadId,
          guild_id: thread.guildId,
          parent_channel_id: thread.parentChannelId,
          topic_id: thread.topicId,
          opened_by: thread.openedBy,
          created_at: now(),
        })
        .onConflict((oc) => oc.doNothing())
        .execute();
      return (await get(thread.threadId)) as DiscussionThread;
    },
    get,
  };
}
