import { normalizeQuestion } from './normalize-question.js';
import type { Db } from './tables.js';

/** One question as the bot handled it. */
export interface LoggedQuestion {
  guildId: string | null;
  channelId: string;
  userId: string;
  /** The question as asked. Kept only when it passed the filter and was not answered (a knowledge gap). */
  question: string;
  intent: string | null;
  answered: boolean;
  /** True when the content filter stopped it: the text is then never stored. */
  filtered?: boolean;
  /** The library article it was asked of; null or absent for the built-in one. */
  articleId?: number | null;
}

export interface QuestionLogRepository {
  /** Logs one question for usage statistics and knowledge gaps. */
  log(entry: LoggedQuestion): Promise<void>;
}

/**
 * The log of questions asked. It keeps text only where moderators need it (unanswered questions that
 * passed the filter), so filtered text is never written anywhere.
 *
 * @example
 * await questions.log({ guildId, channelId, userId, question, intent: answer.intent, answered: answer.answered });
 */
export function createQuestionLogRepository(db: Db, now: () => number = Date.now): QuestionLogRepository {
  return {
    async log(entry) {
      const keepText = !entry.answered && entry.filtered !== true;
      const text = keepText ? entry.question.trim() : null;
      const normalized = text === null ? null : normalizeQuestion(text) || null;
      await db
        .insertInto('question_log')
        .values({
          guild_id: entry.guildId,
          channel_id: entry.channelId,
          user_id: entry.userId,
          question_text: normalized === null ? null : text,
          normalized_question: normalized,
          intent: entry.filtered === true ? null : entry.intent,
          answered: entry.answered ? 1 : 0,
          filtered: entry.filtered === true ? 1 : 0,
          asked_at: now(),
          article_id: entry.articleId ?? null,
        })
        .execute();
    },
  };
}
