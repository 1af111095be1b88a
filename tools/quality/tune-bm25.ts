import type { Bm25Bot } from './bm25-bot.js';
import { type GradableAnswer, gradeAnswer } from './grade.js';
import type { LabelledQuestion } from './question-set.js';

/** The threshold chosen and the accuracy it gives on the questions it was tuned on. */
export interface Bm25Tuning {
  threshold: number;
  accuracy: number;
}

/**
 * Picks the BM25 refusal threshold that maximises the baseline's own accuracy on the labelled set (each
 * distinct best-sentence score is a candidate). Tuning on the test set favours the baseline, which is
 * the fair direction for a comparison factdesk should win.
 * @param isRight grades an answer to an item (for labelled questions, `gradeAnswer`).
 */
export function tuneBm25Threshold(bot: Bm25Bot, items: readonly LabelledQuestion[]): Bm25Tuning;
export function tuneBm25Threshold<T extends { question: string }>(
  bot: Bm25Bot,
  items: readonly T[],
  isRight: (item: T, answer: GradableAnswer) => boolean,
): Bm25Tuning;
export function tuneBm25Threshold(
  bot: Bm25Bot,
  items: readonly LabelledQuestion[],
  isRight = (item: LabelledQuestion, answer: GradableAnswer): boolean => gradeAnswer(item, answer).correct,
): Bm25Tuning {
  const refusal: GradableAnswer = { answered: false, intent: 'not-covered', text: '' };
  const scored = items.map((item) => {
    const answer = bot.ask(item.question);
    const score = bot.bestScore(item.question);
    const asAnswer = { answered: true, intent: 'bm25', text: answer.answered ? answer.text : '' };
    return {
      item,
      score,
      rightIfAnswered: isRight(item, asAnswer),
      rightIfRefused: isRight(item, refusal),
    };
  });
  const candidates = [...new Set(scored.map((s) => s.score))].sort((a, b) => a - b);
  let best = { threshold: 0, accuracy: -1 };
  for (const threshold of [...candidates, Number.POSITIVE_INFINITY]) {
    const right = scored.filter((s) =>
      s.score >= threshold && s.score > 0 ? s.rightIfAnswered : s.rightIfRefused,
    ).length;
    const accuracy = right / scored.length;
    if (accuracy > best.accuracy) best = { threshold, accuracy };
  }
  return best;
}
