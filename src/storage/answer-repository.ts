import { type Selectable, sql } from 'kysely';
import type { Db, Tables } from './tables.js';

export interface StoredCitation {
  sentence: number;
  text: string;
}

/** What the bot answered, kept so votes and "Wrong" reports can show the question, answer and citations. */
export interface AnswerRecord {
  id: number;
  guildId: string | null;
  channelId: string;
  messageId: string | null;
  askerId: string;
  question: string;
  answerText: string;
  intent: string;
  answered: boolean;
  citations: StoredCitation[];
  createdAt: number;
  /** The library article it came from; null for the built-in one. */
  articleId: number | null;
}

export type NewAnswer = Omit<AnswerRecord, 'id' | 'createdAt' | 'messageId' | 'articleId'> & {
  messageId?: string | null;
  articleId?: number | null;
};

export type Vote = 'helpful' | 'wrong';

export interface VoteTally {
  helpful: number;
  wrong: number;
}

export interface AnswerRepository {
  /** Records an answer before it is sent; its id goes into the Helpful / Wrong button ids. */
  record(answer: NewAnswer): Promise<AnswerRecord>;
  /** Links the answer to the Discord message that carried it, once sent. */
  setMessageId(answerId: number, messageId: string): Promise<void>;
  get(answerId: number): Promise<AnswerRecord | undefined>;
  /** Casts or changes one user's vote on an answer (one vote per user per answer); returns the new tally. */
  vote(answerId: number, userId: string, vote: Vote): Promise<VoteTally>;
  tally(answerId: number): Promise<VoteTally>;
  /** The user's current vote, if any. */
  voteOf(answerId: number, userId: string): Promise<Vote | undefined>;
}

type AnswerRow = Selectable<Tables['answers']>;

/**
 * Answers and the votes on them.
 *
 * @example
 * const { id } = await answers.record({ guildId, channelId, askerId, question, answerText: a.text,
 *   intent: a.intent, answered: a.answered, citations: a.citations });
 * await answers.vote(id, userId, 'helpful'); // { helpful: 1, wrong: 0 }
 */
export function createAnswerRepository(db: Db, now: () => number = Date.now): AnswerRepository {
  async function get(answerId: number): Promise<AnswerRecord | undefined> {
    const row = await db.selectFrom('answers').selectAll().where('id', '=', answerId).executeTakeFirst();
    return row === undefined ? undefined : toRecord(row);
  }

  async function tally(answerId: number): Promise<VoteTally> {
    const row = await db
      .selectFrom('votes')
      .select([
        sql<number>`SUM(CASE WHEN vote = 'helpful' THEN 1 ELSE 0 END)`.as('helpful'),
        sql<number>`SUM(CASE WHEN vote = 'wrong' THEN 1 ELSE 0 END)`.as('wrong'),
      ])
      .where('answer_id', '=', answerId)
      .executeTakeFirst();
    return { helpful: Number(row?.helpful ?? 0), wrong: Number(row?.wrong ?? 0) };
  }

  return {
    async record(answer) {
      const row = await db
        .insertInto('answers')
        .values({
          guild_id: answer.guildId,
          channel_id: answer.channelId,
          message_id: answer.messageId ?? null,
          asker_id: answer.askerId,
          question: answer.question,
          answer_text: answer.answerText,
          intent: answer.intent,
          answered: answer.answered ? 1 : 0,
          citations_json: JSON.stringify(answer.citations.map(({ sentence, text }) => ({ sentence, text }))),
          created_at: now(),
          article_id: answer.articleId ?? null,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      return toRecord(row);
    },
    async setMessageId(answerId, messageId) {
      await db.updateTable('answers').set({ message_id: messageId }).where('id', '=', answerId).execute();
    },
    get,
    async vote(answerId, userId, vote) {
      await db
        .insertInto('votes')
        .values({ answer_id: answerId, user_id: userId, vote, updated_at: now() })
        .onConflict((oc) =>
          oc.columns(['answer_id', 'user_id']).doUpdateSet((eb) => ({
            vote: eb.ref('excluded.vote'),
            updated_at: eb.ref('excluded.updated_at'),
          })),
        )
        .execute();
      return tally(answerId);
    },
    tally,
    async voteOf(answerId, userId) {
      const row = await db
        .selectFrom('votes')
        .select('vote')
        .where('answer_id', '=', answerId)
        .where('user_id', '=', userId)
        .executeTakeFirst();
      return row?.vote;
    },
  };
}

function toRecord(row: AnswerRow): AnswerRecord {
  return {
    id: Number(row.id),
    guildId: row.guild_id,
    channelId: row.channel_id,
    messageId: row.message_id,
    askerId: row.asker_id,
    question: row.question,
    answerText: row.answer_text,
    intent: row.intent,
    answered: Number(row.answered) === 1,
    citations: JSON.parse(row.citations_json) as StoredCitation[],
    createdAt: Number(row.created_at),
    articleId: row.article_id === null ? null : Number(row.article_id),
  };
}
