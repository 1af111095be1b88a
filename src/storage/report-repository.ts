import type { Selectable } from 'kysely';
import type { Db, Tables } from './tables.js';

/** A "Wrong" vote's comment, from the modal. */
export interface WrongReport {
  id: number;
  answerId: number;
  userId: string;
  comment: string;
  createdAt: number;
  handledAt: number | null;
  handledBy: string | null;
}

/** A "Report to moderators" on any message. */
export interface MessageReport {
  id: number;
  guildId: string | null;
  channelId: string;
  messageId: string;
  targetAuthorId: string | null;
  reporterId: string;
  reason: string;
  createdAt: number;
  handledAt: number | null;
  handledBy: string | null;
  /** The library article the message's channel or thread answered from when reported; null: the built-in one. */
  articleId: number | null;
}

export type NewMessageReport = Pick<
  MessageReport,
  'guildId' | 'channelId' | 'messageId' | 'targetAuthorId' | 'reporterId' | 'reason'
> & { articleId?: number | null };

/** Longest comment or reason kept (a Discord modal paragraph allows 4000 characters). */
export const MAX_REPORT_TEXT = 4000;

export interface ReportRepository {
  /**
   * Records that `userId` finds the answer wrong, with their comment, and sets their vote to "wrong", in one
   * transaction. A second report from the same user replaces the comment and reopens it for review.
   */
  reportWrongAnswer(answerId: number, userId: string, comment: string): Promise<WrongReport>;
  /** Records a message report. */
  reportMessage(report: NewMessageReport): Promise<MessageReport>;
  /** Marks a wrong-answer report handled; false when there is no such report or it was already handled. */
  markWrongReportHandled(reportId: number, moderatorId: string): Promise<boolean>;
  /** Marks a message report handled; false when there is no such report or it was already handled. */
  markMessageReportHandled(reportId: number, moderatorId: string): Promise<boolean>;
  getWrongReport(reportId: number): Promise<WrongReport | undefined>;
  getMessageReport(reportId: number): Promise<MessageReport | undefined>;
}

/**
 * Wrong-answer reports and message reports, each with a handled flag for the review queue.
 *
 * @example
 * const report = await reports.reportWrongAnswer(answerId, userId, 'The talks were in January, not March');
 */
export function createReportRepository(db: Db, now: () => number = Date.now): ReportRepository {
  async function getWrongReport(reportId: number): Promise<WrongReport | undefined> {
    const row = await db
      .selectFrom('wrong_reports')
      .selectAll()
      .where('id', '=', reportId)
      .executeTakeFirst();
    return row && toWrongReport(row);
  }
  async function getMessageReport(reportId: number): Promise<MessageReport | undefined> {
    const row = await db
      .selectFrom('message_reports')
      .selectAll()
      .where('id', '=', reportId)
      .executeTakeFirst();
    return row && toMessageReport(row);
  }

  return {
    async reportWrongAnswer(answerId, userId, comment) {
      const id = await db.transaction().execute(async (trx) => {
        const at = now();
        await trx
          .insertInto('votes')
          .values({ answer_id: answerId, user_id: userId, vote: 'wrong', updated_at: at })
          .onConflict((oc) =>
            oc
              .columns(['answer_id', 'user_id'])
              .doUpdateSet((eb) => ({ vote: 'wrong', updated_at: eb.ref('excluded.updated_at') })),
          )
          .execute();
        const row = await trx
          .insertInto('wrong_reports')
          .values({ answer_id: answerId, user_id: userId, comment: clip(comment), created_at: at })
          .onConflict((oc) =>
            oc.columns(['answer_id', 'user_id']).doUpdateSet((eb) => ({
              comment: eb.ref('excluded.comment'),
              created_at: eb.ref('excluded.created_at'),
              handled_at: null,
              handled_by: null,
            })),
          )
          .returning('id')
          .executeTakeFirstOrThrow();
        return Number(row.id);
      });
      return (await getWrongReport(id)) as WrongReport;
    },
    async reportMessage(report) {
      const row = await db
        .insertInto('message_reports')
        .values({
          guild_id: report.guildId,
          channel_id: report.channelId,
          message_id: report.messageId,
          target_author_id: report.targetAuthorId,
          reporter_id: report.reporterId,
          reason: clip(report.reason),
          created_at: now(),
          article_id: report.articleId ?? null,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      return toMessageReport(row);
    },
    async markWrongReportHandled(reportId, moderatorId) {
      const result = await db
        .updateTable('wrong_reports')
        .set({ handled_at: now(), handled_by: moderatorId })
        .where('id', '=', reportId)
        .where('handled_at', 'is', null)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },
    async markMessageReportHandled(reportId, moderatorId) {
      const result = await db
        .updateTable('message_reports')
        .set({ handled_at: now(), handled_by: moderatorId })
        .where('id', '=', reportId)
        .where('handled_at', 'is', null)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },
    getWrongReport,
    getMessageReport,
  };
}

const orNull = (value: number | null) => (value === null ? null : Number(value));

function toWrongReport(row: Selectable<Tables['wrong_reports']>): WrongReport {
  return {
    id: Number(row.id),
    answerId: Number(row.answer_id),
    userId: row.user_id,
    comment: row.comment,
    createdAt: Number(row.created_at),
    handledAt: orNull(row.handled_at),
    handledBy: row.handled_by,
  };
}

/** A message report from its row. */
export function toMessageReport(row: Selectable<Tables['message_reports']>): MessageReport {
  return {
    id: Number(row.id),
    guildId: row.guild_id,
    channelId: row.channel_id,
    messageId: row.message_id,
    targetAuthorId: row.target_author_id,
    reporterId: row.reporter_id,
    reason: row.reason,
    createdAt: Number(row.created_at),
    handledAt: orNull(row.handled_at),
    handledBy: row.handled_by,
    articleId: orNull(row.article_id),
  };
}

function clip(text: string): string {
  const trimmed = text.trim();
  return trimmed.length > MAX_REPORT_TEXT ? trimmed.slice(0, MAX_REPORT_TEXT) : trimmed;
}
