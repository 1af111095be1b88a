import type { LabelledQuestion } from './question-set.js';

/** The part of an engine answer that grading looks at (any classifier can produce it). */
export interface GradableAnswer {
  answered: boolean;
  text: string;
  intent: string;
}

/** The verdict on one answer. */
export interface Grade {
  correct: boolean;
  /** Why it is wrong, one entry per failed check; empty when correct. */
  reasons: string[];
}

/**
 * Grades one answer against its label: the answered flag must match and, for an answer that was expected,
 * every expected regex must match its text (case-insensitively). The intent is not graded here: a right
 * answer from another intent's handler is still right for the user; intent agreement is scored separately.
 * @example gradeAnswer(item, { answered: true, text: '<person>', intent: 'who-did' }).correct
 */
export function gradeAnswer(item: LabelledQuestion, answer: GradableAnswer): Grade {
  const reasons: string[] = [];
  if (answer.answered !== item.expect.answered) {
    reasons.push(
      item.expect.answered ? 'refused an answerable question' : 'answered an unanswerable question',
    );
  } else if (answer.answered) {
    for (const pattern of item.expect.re) {
      if (!new RegExp(pattern, 'i').test(answer.text)) reasons.push(`missing /${pattern}/`);
    }
  }
  return { correct: reasons.length === 0, reasons };
}
