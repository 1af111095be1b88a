import type { Bm25Bot } from './bm25-bot.js';
import { gradeAnswer } from './grade.js';
import type { LabelledQuestion } from './question-set.js';

/**
 * Picks the BM25 refusal threshold that maximises the baseline's own accuracy on the labelled set (each
 * distinct best-sentence score is a candidate). Tuning on the test set favours the baseline, which is
 * the fair direction for a comparison factdesk should win.
 */
export function tuneBm25Threshold(
  bot: Bm25Bot,
  items: readonly LabelledQuestion[],
): { threshold: number; accuracy: number } {
  const scored = items.map((item) => {
    const answer = bot.ask(item.question);
    const score = bot.bestScore(item.question);
    const asAnswer = { answered: true, intent: 'bm25', text: answer.answered ? answer.text : '' };
    return {
      item,
      score,
      rightIfAnswered: gradeAnswer(item, asAnswer).correct,
      rightIfRefused: !item.expect.answered,
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
