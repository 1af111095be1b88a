import { sql } from 'kysely';
import type { StoredCitation } from './answer-repository.js';
import { type MessageReport, toMessageReport } from './report-repository.js';
import type { Db } from './tables.js';
import { type ArticleUsage, guildOp, usageByArticle } from './usage-by-article.js';

export type { ArticleUsage } from './usage-by-article.js';

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
  /** The library article it was asked of; null for the built-in one. */
  articleId: number | null;
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
  articleId: number | null;
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
  knowledgeGaps(scope: ReviewScope): Promise<KnowledgeGap[]>;
  pendingWrongAnswers(scope: ReviewScope): Promise<PendingWrongAnswer[]>;
  pendingMessageReports(scope: ReviewScope): Promise<MessageReport[]>;
  usage(scope: ReviewScope): Promise<UsageStats>;
  /** Questions, answers and votes per article of the server, most asked first. */
  usageByArticle(scope: ReviewScope): Promise<ArticleUsage[]>;
}

const EVER = { since: 0, until: Number.MAX_SAFE_INTEGER };

/**
 * The moderators' review queue: knowledge gaps, Wrong reports and message reports to handle, and usage.
 *
 * @example
 * await review.knowledgeGaps({ guildId, since: Date.now() - 7 * 86_400_000 });
 */
export function createReviewQueue(db: Db): ReviewQueue {
  const bind = (scope: ReviewScope) => ({
    guildId: scope.guildId,
    since: scope.since ?? EVER.since,
    until: scope.until ?? EVER.until,
    limit: scope.limit ?? 10,
  });

  return {
    async knowledgeGaps(scope) {
      const p = bind(scope);
      const rows = await db
        .selectFrom('question_log as q')
        .select((eb) => [
          'q.normalized_question',
          'q.article_id',
          eb.fn.countAll<number>().as('count'),
          eb.fn.max('q.asked_at').as('last_asked_at'),
          // The most recent wording of the same question, as the example to show.
          eb
            .selectFrom('question_log as q2')
            .select('q2.question_text')
            .whereRef('q2.normalized_question', '=', 'q.normalized_question')
            .where('q2.guild_id', guildOp(p.guildId), p.guildId)
            .orderBy('q2.asked_at', 'desc')
            .orderBy('q2.id', 'desc')
            .limit(1)
            .as('example'),
        ])
        .where('q.guild_id', guildOp(p.guildId), p.guildId)
        .where('q.answered', '=', 0)
        .where('q.normalized_question', 'is not', null)
        .where('q.asked_at', '>=', p.since)
        .where('q.asked_at', '<', p.until)
        .groupBy(['q.article_id', 'q.normalized_question'])
        .orderBy('count', 'desc')
        .orderBy('last_asked_at', 'desc')
        .limit(p.limit)
        .execute();
      return rows.map((row) => ({
        normalizedQuestion: row.normalized_question ?? '',
        example: row.example ?? '',
        count: Number(row.count),
        lastAskedAt: Number(row.last_asked_at),
        articleId: row.article_id === null ? null : Number(row.article_id),
      }));
    },
    async pendingWrongAnswers(scope) {
      const p = bind(scope);
      const rows = await db
        .selectFrom('wrong_reports as w')
        .innerJoin('answers as a', 'a.id', 'w.answer_id')
        .select([
          'w.id as report_id',
          'a.id as answer_id',
          'a.question',
          'a.answer_text',
          'a.citations_json',
          'w.comment',
          'w.user_id',
          'a.channel_id',
          'a.message_id',
          'w.created_at',
          'a.article_id',
        ])
        .where('a.guild_id', guildOp(p.guildId), p.guildId)
        .where('w.handled_at', 'is', null)
        .where('w.created_at', '>=', p.since)
        .where('w.created_at', '<', p.until)
        .orderBy('w.created_at', 'desc')
        .orderBy('w.id', 'desc')
        .limit(p.limit)
        .execute();
      return rows.map((row) => ({
        reportId: Number(row.report_id),
        answerId: Number(row.answer_id),
        question: row.question,
        answerText: row.answer_text,
        citations: JSON.parse(row.citations_json) as StoredCitation[],
        comment: row.comment,
        reporterId: row.user_id,
        channelId: row.channel_id,
        messageId: row.message_id,
        reportedAt: Number(row.created_at),
        articleId: row.article_id === null ? null : Number(row.article_id),
      }));
    },
    async pendingMessageReports(scope) {
      const p = bind(scope);
      const rows = await db
        .selectFrom('message_reports')
        .selectAll()
        .where('guild_id', guildOp(p.guildId), p.guildId)
        .where('handled_at', 'is', null)
        .where('created_at', '>=', p.since)
        .where('created_at', '<', p.until)
        .orderBy('created_at', 'desc')
        .orderBy('id', 'desc')
        .limit(p.limit)
        .execute();
      return rows.map(toMessageReport);
    },
    async usage(scope) {
      const p = bind(scope);
      const inScope = db
        .selectFrom('question_log')
        .where('guild_id', guildOp(p.guildId), p.guildId)
        .where('asked_at', '>=', p.since)
        .where('asked_at', '<', p.until);
      const [totals, intents] = await Promise.all([
        inScope
          .select((eb) => [
            eb.fn.countAll<number>().as('asked'),
            sql<number>`COALESCE(SUM(answered), 0)`.as('answered'),
            sql<number>`COALESCE(SUM(filtered), 0)`.as('filtered'),
          ])
          .executeTakeFirstOrThrow(),
        inScope
          .select((eb) => ['intent', eb.fn.countAll<number>().as('count')])
          .where('intent', 'is not', null)
          .groupBy('intent')
          .orderBy('count', 'desc')
          .orderBy('intent')
          .limit(scope.limit ?? 5)
          .execute(),
      ]);
      const asked = Number(totals.asked);
      const answered = Number(totals.answered);
      return {
        asked,
        answered,
        answeredShare: asked === 0 ? 0 : answered / asked,
        filtered: Number(totals.filtered),
        topIntents: intents.map((row) => ({ intent: row.intent ?? '', count: Number(row.count) })),
      };
    },
    async usageByArticle(scope) {
      return usageByArticle(db, bind(scope));
    },
  };
}
