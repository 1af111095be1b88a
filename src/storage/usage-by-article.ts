import { sql } from 'kysely';
import type { Db } from './tables.js';

/** Usage of one article of the server in the period (`articleId` null: the built-in article). */
export interface ArticleUsage {
  articleId: number | null;
  /** Null for the built-in article. */
  title: string | null;
  referenceDate: string | null;
  asked: number;
  answered: number;
  /** Votes on its answers in the period. */
  helpful: number;
  wrong: number;
  /** Members' messages reported in the period in channels and threads answering from it. */
  reported: number;
}

/** A server (`null`: direct messages) and a period in Unix milliseconds, `until` exclusive. */
export interface UsageWindow {
  guildId: string | null;
  since: number;
  until: number;
}

/** `= guildId`, or `IS NULL` for direct messages (both engines use their index either way). */
export const guildOp = (guildId: string | null) => (guildId === null ? 'is' : '=');

const id = (value: number | null) => (value === null ? null : Number(value));

/**
 * Questions, answers, votes and message reports per article of the server, most asked first.
 * @example await usageByArticle(db, { guildId: 'g1', since: 0, until: Date.now() });
 */
export async function usageByArticle(db: Db, p: UsageWindow): Promise<ArticleUsage[]> {
  const [questions, votes, reports] = await Promise.all([
    db
      .selectFrom('question_log as q')
      .leftJoin('articles as a', 'a.id', 'q.article_id')
      .select((eb) => [
        'q.article_id',
        eb.fn.max('a.title').as('title'),
        eb.fn.max('a.reference_date').as('reference_date'),
        eb.fn.countAll<number>().as('asked'),
        sql<number>`COALESCE(SUM(q.answered), 0)`.as('answered'),
      ])
      .where('q.guild_id', guildOp(p.guildId), p.guildId)
      .where('q.filtered', '=', 0)
      .where('q.asked_at', '>=', p.since)
      .where('q.asked_at', '<', p.until)
      .groupBy('q.article_id')
      .execute(),
    db
      .selectFrom('votes as v')
      .innerJoin('answers as a', 'a.id', 'v.answer_id')
      .select([
        'a.article_id',
        sql<number>`SUM(CASE WHEN v.vote = 'helpful' THEN 1 ELSE 0 END)`.as('helpful'),
        sql<number>`SUM(CASE WHEN v.vote = 'wrong' THEN 1 ELSE 0 END)`.as('wrong'),
      ])
      .where('a.guild_id', guildOp(p.guildId), p.guildId)
      .where('v.updated_at', '>=', p.since)
      .where('v.updated_at', '<', p.until)
      .groupBy('a.article_id')
      .execute(),
    db
      .selectFrom('message_reports as r')
      .leftJoin('articles as a', 'a.id', 'r.article_id')
      .select((eb) => [
        'r.article_id',
        eb.fn.max('a.title').as('title'),
        eb.fn.max('a.reference_date').as('reference_date'),
        eb.fn.countAll<number>().as('reported'),
      ])
      .where('r.guild_id', guildOp(p.guildId), p.guildId)
      .where('r.created_at', '>=', p.since)
      .where('r.created_at', '<', p.until)
      .groupBy('r.article_id')
      .execute(),
  ]);
  // Articles with reports but no questions in the period are listed too.
  const onlyReported = reports.filter((r) => !questions.some((q) => id(q.article_id) === id(r.article_id)));
  return [...questions, ...onlyReported.map((r) => ({ ...r, asked: 0, answered: 0 }))]
    .map((row) => {
      const voted = votes.find((v) => id(v.article_id) === id(row.article_id));
      const reported = reports.find((r) => id(r.article_id) === id(row.article_id));
      return {
        articleId: id(row.article_id),
        title: row.title ?? null,
        referenceDate: row.reference_date ?? null,
        asked: Number(row.asked),
        answered: Number(row.answered),
        helpful: Number(voted?.helpful ?? 0),
        wrong: Number(voted?.wrong ?? 0),
        reported: Number(reported?.reported ?? 0),
      };
    })
    .sort((a, b) => b.asked - a.asked || (a.articleId ?? 0) - (b.articleId ?? 0));
}
