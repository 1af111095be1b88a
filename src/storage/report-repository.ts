import type { Database } from 'better-sqlite3';

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
}

export type NewMessageReport = Pick<
  MessageReport,
  'guildId' | 'channelId' | 'messageId' | 'targetAuthorId' | 'reporterId' | 'reason'
>;

/** Longest comment or reason kept (a Discord modal paragraph allows 4000 characters). */
export const MAX_REPORT_TEXT = 4000;

export interface ReportRepository {
  /**
   * Records that `userId` finds the answer wrong, with their comment, and sets their vote to "wrong".
   * A second report from the same user replaces the comment and reopens it for review.
   */
  reportWrongAnswer(answerId: number, userId: string, comment: string): WrongReport;
  /** Records a message report. */
  reportMessage(report: NewMessageReport): MessageReport;
  /** Marks a wrong-answer report handled; false when there is no such report or it was already handled. */
  markWrongReportHandled(reportId: number, moderatorId: string): boolean;
  /** Marks a message report handled; false when there is no such report or it was already handled. */
  markMessageReportHandled(reportId: number, moderatorId: string): boolean;
  getWrongReport(reportId: number): WrongReport | undefined;
  getMessageReport(reportId: number): MessageReport | undefined;
}

/**
 * Wrong-answer reports and message reports, each with a handled flag for the review queue.
 *
 * @example
 * const report = reports.reportWrongAnswer(answerId, userId, 'The talks were in January, not March');
 */
export function createReportRepository(db: Database, now: () => number = Date.now): ReportRepository {
  const upsertWrong = db.prepare<[number, string, string, number]>(
    `INSERT INTO wrong_reports (answer_id, user_id, comment, created_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (answer_id, user_id) DO UPDATE SET comment = excluded.comment, created_at = excluded.created_at,
     handled_at = NULL, handled_by = NULL`,
  );
  const upsertVote = db.prepare<[number, string, number]>(
    `INSERT INTO votes (answer_id, user_id, vote, updated_at) VALUES (?, ?, 'wrong', ?)
     ON CONFLICT (answer_id, user_id) DO UPDATE SET vote = 'wrong', updated_at = excluded.updated_at`,
  );
  const selectWrongBy = db.prepare<[number, string], { id: number }>(
    'SELECT id FROM wrong_reports WHERE answer_id = ? AND user_id = ?',
  );
  const selectWrong = db.prepare<[number], WrongReport>(
    `SELECT id, answer_id AS answerId, user_id AS userId, comment, created_at AS createdAt,
     handled_at AS handledAt, handled_by AS handledBy FROM wrong_reports WHERE id = ?`,
  );
  const insertMessage = db.prepare(
    `INSERT INTO message_reports (guild_id, channel_id, message_id, target_author_id, reporter_id, reason, created_at)
     VALUES (@guildId, @channelId, @messageId, @targetAuthorId, @reporterId, @reason, @createdAt)`,
  );
  const selectMessage = db.prepare<[number], MessageReport>(
    `SELECT id, guild_id AS guildId, channel_id AS channelId, message_id AS messageId,
     target_author_id AS targetAuthorId, reporter_id AS reporterId, reason, created_at AS createdAt,
     handled_at AS handledAt, handled_by AS handledBy FROM message_reports WHERE id = ?`,
  );
  const handleWrong = db.prepare<[number, string, number]>(
    'UPDATE wrong_reports SET handled_at = ?, handled_by = ? WHERE id = ? AND handled_at IS NULL',
  );
  const handleMessage = db.prepare<[number, string, number]>(
    'UPDATE message_reports SET handled_at = ?, handled_by = ? WHERE id = ? AND handled_at IS NULL',
  );

  const reportWrong = db.transaction((answerId: number, userId: string, comment: string): number => {
    const at = now();
    upsertVote.run(answerId, userId, at);
    upsertWrong.run(answerId, userId, clip(comment), at);
    return (selectWrongBy.get(answerId, userId) as { id: number }).id;
  });

  return {
    reportWrongAnswer(answerId, userId, comment) {
      return selectWrong.get(reportWrong(answerId, userId, comment)) as WrongReport;
    },
    reportMessage(report) {
      const result = insertMessage.run({ ...report, reason: clip(report.reason), createdAt: now() });
      return selectMessage.get(Number(result.lastInsertRowid)) as MessageReport;
    },
    markWrongReportHandled(reportId, moderatorId) {
      return handleWrong.run(now(), moderatorId, reportId).changes === 1;
    },
    markMessageReportHandled(reportId, moderatorId) {
      return handleMessage.run(now(), moderatorId, reportId).changes === 1;
    },
    getWrongReport: (reportId) => selectWrong.get(reportId),
    getMessageReport: (reportId) => selectMessage.get(reportId),
  };
}

function clip(text: string): string {
  const trimmed = text.trim();
  return trimmed.length > MAX_REPORT_TEXT ? trimmed.slice(0, MAX_REPORT_TEXT) : trimmed;
}
