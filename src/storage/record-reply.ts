import { type AnswerRecord, createAnswerRepository } from './answer-repository.js';
import type { AskedQuestion, ReplyToRecord } from './moderation-store.js';
import { createQuestionLogRepository } from './question-log-repository.js';
import type { Db } from './tables.js';

/**
 * Writes a reply within a transaction: its question-log row (usage and knowledge gaps) and its answer
 * (whose id goes into the Helpful / Wrong buttons).
 *
 * @example const record = await db.transaction().execute((trx) => writeReply(trx, Date.now, asked, reply));
 */
export async function writeReply(
  trx: Db,
  now: () => number,
  asked: AskedQuestion,
  reply: ReplyToRecord,
): Promise<AnswerRecord> {
  await createQuestionLogRepository(trx, now).log({
    ...asked,
    intent: reply.intent,
    answered: reply.answered,
  });
  return createAnswerRepository(trx, now).record({
    guildId: asked.guildId,
    channelId: asked.channelId,
    askerId: asked.userId,
    question: asked.question,
    answerText: reply.text,
    intent: reply.intent,
    answered: reply.answered,
    citations: [...reply.citations],
    articleId: asked.articleId ?? null,
  });
}
