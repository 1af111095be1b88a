import type { Database } from 'better-sqlite3';
import { normalizeQuestion } from './normalize-question.js';

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
}

export interface QuestionLogRepository {
  /** Logs one question for usage statistics and knowledge gaps. */
  log(entry: LoggedQuestion): void;
}

/**
 * The log of questions asked. It keeps text only where moderators need it (unanswered questions that
 * passed the filter), so filtered text is never written anywhere.
 *
 * @example
 * questions.log({ guildId, channelId, userId, question, intent: answer.intent, answered: answer.answered });
 */
export function createQuestionLogRepository(
  db: Database,
  now: () => number = Date.now,
): QuestionLogRepository {
  const insert = db.prepare<
    [string | null, string, string, string | null, string | null, string | null, number, number, number]
  >(
    `INSERT INTO question_log (guild_id, channel_id, user_id, question_text, normalized_question, intent, answered,
     filtered, asked_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  return {
    log(entry) {
      const keepText = !entry.answered && entry.filtered !== true;
      const text = keepText ? entry.question.trim() : null;
      const normalized = text === null ? null : normalizeQuestion(text) || null;
      insert.run(
        entry.guildId,
        entry.channelId,
        entry.userId,
        normalized === null ? null : text,
        normalized,
        entry.filtered === true ? null : entry.intent,
        entry.answered ? 1 : 0,
        entry.filtered === true ? 1 : 0,
        now(),
      );
    },
  };
}
