import { type GradableAnswer, gradeAnswer } from './grade.js';
import { computeMetrics, type GradedItem, type Metrics } from './metrics.js';
import type { LabelledQuestion } from './question-set.js';
import { type RefusalView, refusalView } from './refusal-view.js';

/** Anything that answers a question within a conversation (the engine, or a baseline wrapped like it). */
export interface Asker {
  ask(question: string, conversation?: string): GradableAnswer;
}

/** A failed question, as shown in reports. */
export interface Failure {
  id: string;
  question: string;
  conversation?: string;
  expectedIntent: string;
  predictedIntent: string;
  expectedAnswered: boolean;
  answered: boolean;
  text: string;
  reasons: string[];
}

export interface EvalReport {
  generatedAt: string;
  metrics: Metrics;
  failures: Failure[];
  /** Questions answered right but routed to another intent than the label (worth a look, not failures). */
  intentMismatches: Failure[];
  /** Answerable questions refused, unanswerable ones answered, and flags that contradict their text. */
  refusals: RefusalView;
}

/**
 * The conversation a question is asked in: its own conversation id when it is a follow-up, otherwise a
 * fresh one, so no earlier, unrelated question can lend it context.
 */
export function conversationFor(item: LabelledQuestion): string {
  return item.conversation ? `eval:${item.conversation}` : `eval-solo:${item.id}`;
}

/** Asks every question in file order and grades each answer. */
export function askAll(asker: Asker, items: readonly LabelledQuestion[]): GradedItem[] {
  return items.map((item) => {
    const answer = asker.ask(item.question, conversationFor(item));
    return { item, answer, grade: gradeAnswer(item, answer) };
  });
}

/**
 * Runs the whole evaluation: asks, grades, computes the metrics and lists failures.
 * @param labelOrder intent ids in the order the matrix and tables should show them.
 */
export function evaluate(
  asker: Asker,
  items: readonly LabelledQuestion[],
  labelOrder: readonly string[] = [],
): EvalReport {
  const graded = askAll(asker, items);
  const order = labelOrder.includes('not-covered') ? labelOrder : [...labelOrder, 'not-covered'];
  return {
    generatedAt: new Date().toISOString(),
    metrics: computeMetrics(graded, order),
    failures: graded.filter((g) => !g.grade.correct).map(toFailure),
    intentMismatches: graded
      .filter((g) => g.grade.correct && g.answer.intent !== g.item.intent)
      .map(toFailure),
    refusals: refusalView(graded),
  };
}

function toFailure({ item, answer, grade }: GradedItem): Failure {
  return {
    id: item.id,
    question: item.question,
    ...(item.conversation ? { conversation: item.conversation } : {}),
    expectedIntent: item.intent,
    predictedIntent: answer.intent,
    expectedAnswered: item.expect.answered,
    answered: answer.answered,
    text: answer.text,
    reasons: grade.reasons,
  };
}
