import type { Database } from 'better-sqlite3';
import type { StoredCitation } from './answer-repository.js';
import type { MessageReport } from './report-repository.js';

/** A period and a server (`null` for direct messages). Times are Unix milliseconds, `until` exclusive. */
export interface ReviewScope {
  guildId: string | null;
  since?: number;
  until?: number;
  /** Most rows returned (default 10). */
  limit?: number;
}

/** Questions the bot could not answer, grouped by their normalised wording. */
export interface KnowledgeGap {
  normalizedQuestion: string;
  /** The most recent wording asked. */
  example: string;
  count: number;
  lastAskedAt: number;
}

/** An answer someone marked Wrong, with what they said, awaiting a moderator. */
export interface PendingWrongAnswer {
  reportId: number;
  answerId: number;
  question: string;
  answerText: string;
  citations: StoredCitation[];
  comment: string;
  reporterId: string;
  channelId: string;
  messageId: string | null;
  reportedAt: number;
}

export interface UsageStats {
  asked: number;
  answered: number;
  /** answered / asked, 0 when nothing was asked. */
  answeredShare: number;
  /** Questions the content filter stopped (counted in `asked`). */
  filtered: number;
  topIntents: { intent: string; count: number }[];
}

export interface ReviewQueue {
  knowledgeGaps(scope: ReviewScope): KnowledgeGap[];
  pendingWrongAnswers(scope: ReviewScope): PendingWrongAnswer[];
  pendingMessageReports(scope: ReviewScope): MessageReport[];
  usage(scope: ReviewScope): UsageStats;
}

const EVER = { since: 0, until: Number.MAX_SAFE_INTEGER };

/**
 * The moderators' review queue: knowledge gaps, Wrong reports and message reports to handle, and usage.
 *
 * @example
 * review.knowledgeGaps({ guildId, since: Date.now() - 7 * 86_400_000 });
 */
export function createReviewQueue(db: Database): ReviewQueue {
  const gaps = db.prepare(
    `SELECT normalized_question AS normalizedQuestion, COUNT(*) AS count, MAX(asked_at) AS lastAskedAt,
     (SELECT q2.question_text FROM question_log q2 WHERE q2.normalized_question = q.normalized_question
      AND q2.guild_id IS q.guild_id ORDER BY q2.asked_at DESC, q2.id DESC LIMIT 1) AS example
     FROM question_log q
     WHERE guild_id IS @guildId AND answered = 0 AND normalized_question IS NOT NULL
       AND asked_at >= @since AND asked_at < @until
     GROUP BY normalized_question ORDER BY count DESC, lastAskedAt DESC LIMIT @limit`,
  );
  const wrong = db.prepare(
    `SELECT w.id AS reportId, a.id AS answerId, a.question, a.answer_text AS answerText,
     a.citations_json AS citationsJson, w.comment, w.user_id AS reporterId, a.channel_id AS channelId,
     a.message_id AS messageId, w.created_at AS reportedAt
     FROM wrong_reports w JOIN answers a ON a.id = w.answer_id
     WHERE a.guild_id IS @guildId AND w.handled_at IS NULL AND w.created_at >= @since AND w.created_at < @until
     ORDER BY w.created_at DESC, w.id DESC LIMIT @limit`,
  );
  const messages = db.prepare(
    `SELECT id, guild_id AS guildId, channel_id AS channelId, message_id AS messageId,
     target_author_id AS targetAuthorId, reporter_id AS reporterId, reason, created_at AS createdAt,
     handled_at AS handledAt, handled_by AS handledBy FROM message_reports
     WHERE guild_id IS @guildId AND handled_at IS NULL AND created_at >= @since AND created_at < @until
     ORDER BY created_at DESC, id DESC LIMIT @limit`,
  );
  const totals = db.prepare(
    `SELECT COUNT(*) AS asked, COALESCE(SUM(answered), 0) AS answered, COALESCE(SUM(filtered), 0) AS filtered
     FROM question_log WHERE guild_id IS @guildId AND asked_at >= @since AND asked_at < @until`,
  );
  const intents = db.prepare(
    `SELECT intent, COUNT(*) AS count FROM question_log
     WHERE guild_id IS @guildId AND intent IS NOT NULL AND asked_at >= @since AND asked_at < @until
     GROUP BY intent ORDER BY count DESC, intent LIMIT @limit`,
  );

  const bind = (scope: ReviewScope) => ({
    guildId: scope.guildId,
    since: scope.since ?? EVER.since,
    until: scope.until ?? EVER.until,
    limit: scope.limit ?? 10,
  });

  return {
    knowledgeGaps: (scope) => gaps.all(bind(scope)) as KnowledgeGap[],
    pendingWrongAnswers(scope) {
      const rows = wrong.all(bind(scope)) as (Omit<PendingWrongAnswer, 'citations'> & {
        citationsJson: string;
      })[];
      return rows.map(({ citationsJson, ...row }) => ({
        ...row,
        citations: JSON.parse(citationsJson) as StoredCitation[],
      }));
    },
    pendingMessageReports: (scope) => messages.all(bind(scope)) as MessageReport[],
    usage(scope) {
      const params = bind(scope);
      const row = totals.get(params) as { asked: number; answered: number; filtered: number };
      return {
        ...row,
        answeredShare: row.asked === 0 ? 0 : row.answered / row.asked,
        topIntents: intents.all({ ...params, limit: scope.limit ?? 5 }) as {
          intent: string;
          count: number;
        }[],
      };
    },
  };
}
