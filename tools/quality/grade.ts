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
 * What a right answer looks like, in the article question sets' format (`test/quality/articles/`):
 * `re`, every case-insensitive regex matches the text; `order`, every regex matches, each after the previous
 * one's match; `answered`, the answered flag (default true; `false`: the bot must say the article does not
 * say; `"any"`: either); `alt`, any one alternative passes.
 */
export type Expectation =
  | { alt: Expectation[] }
  | { re?: string[]; order?: string[]; answered?: boolean | 'any'; alt?: undefined };

/**
 * Grades one answer against an expectation: the answered flag first, then its regexes (the rule of
 * {@link gradeAnswer}, plus `order`, `"any"` and alternatives; the team's external grader's semantics).
 * @example gradeExpectation({ re: ['march 12'] }, { answered: true, text: 'On March 12.', intent: 'when' }).correct
 */
export function gradeExpectation(expect: Expectation, answer: GradableAnswer): Grade {
  if (expect.alt) {
    const grades = expect.alt.map((e) => gradeExpectation(e, answer));
    if (grades.some((g) => g.correct)) return { correct: true, reasons: [] };
    return { correct: false, reasons: [grades.map((g) => g.reasons.join(', ')).join(' | or: ')] };
  }
  const reasons: string[] = [];
  const wanted = expect.answered ?? true;
  if (wanted !== 'any' && answer.answered !== wanted) {
    reasons.push(wanted ? 'refused an answerable question' : 'answered an unanswerable question');
  } else {
    for (const pattern of expect.re ?? []) {
      if (!new RegExp(pattern, 'i').test(answer.text)) reasons.push(`missing /${pattern}/`);
    }
    let from = 0;
    for (const pattern of expect.order ?? []) {
      const match = new RegExp(pattern, 'i').exec(answer.text.slice(from));
      if (!match) {
        reasons.push(`missing /${pattern}/ after position ${from}`);
        break;
      }
      from += match.index + match[0].length;
    }
  }
  return { correct: reasons.length === 0, reasons };
}

/**
 * Grades one answer against its label: the answered flag must match and, for an answer that was expected,
 * every expected regex must match its text (case-insensitively). The intent is not graded here: a right
 * answer from another intent's handler is still right for the user; intent agreement is scored separately.
 * @example gradeAnswer(item, { answered: true, text: '<person>', intent: 'who-did' }).correct
 */
export function gradeAnswer(item: LabelledQuestion, answer: GradableAnswer): Grade {
  return gradeExpectation(item.expect, answer);
}
