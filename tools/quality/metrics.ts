import type { GradableAnswer, Grade } from './grade.js';
import type { LabelledQuestion } from './question-set.js';

/** One asked question with what came back and its verdict. */
export interface GradedItem {
  item: LabelledQuestion;
  answer: GradableAnswer;
  grade: Grade;
}

export interface IntentScore {
  intent: string;
  precision: number;
  recall: number;
  f1: number;
  /** How many questions carry this intent as their label. */
  support: number;
}

export interface Metrics {
  total: number;
  correct: number;
  /** Share of questions whose answer passed every check. */
  accuracy: number;
  /** Share of questions whose predicted intent equals the label. */
  intentAccuracy: number;
  answerable: {
    total: number;
    correct: number;
    accuracy: number;
    wronglyRefused: number;
    falseRefusalRate: number;
  };
  unanswerable: { total: number; refused: number; refusalRate: number };
  perIntent: IntentScore[];
  macro: { precision: number; recall: number; f1: number };
  weighted: { precision: number; recall: number; f1: number };
  /** Labels in matrix order: expected intents first (in `labelOrder`), then any other predicted ones. */
  labels: string[];
  /** confusion[i][j] = questions labelled labels[i] that the engine routed to labels[j]. */
  confusion: number[][];
}

const ratio = (part: number, whole: number): number => (whole === 0 ? 0 : part / whole);

/**
 * Computes accuracy, per-intent precision/recall/F1, the confusion matrix and the refusal rates from
 * graded items. Pure: the same items always give the same figures.
 * @param labelOrder preferred order of intent labels (e.g. the engine's intent ids); others follow.
 */
export function computeMetrics(graded: readonly GradedItem[], labelOrder: readonly string[] = []): Metrics {
  const labels = orderLabels(graded, labelOrder);
  const index = new Map(labels.map((label, i) => [label, i]));
  const confusion = labels.map(() => labels.map(() => 0));
  for (const { item, answer } of graded) {
    const row = confusion[index.get(item.intent) ?? 0];
    const col = index.get(answer.intent) ?? 0;
    if (row) row[col] = (row[col] ?? 0) + 1;
  }
  const perIntent = labels
    .map((intent, i) => scoreIntent(intent, i, confusion))
    .filter((score) => score.support > 0 || hasPredictions(score.intent, graded));
  const supported = perIntent.filter((s) => s.support > 0);
  const supportTotal = supported.reduce((sum, s) => sum + s.support, 0);
  const average = (key: 'precision' | 'recall' | 'f1', weighted: boolean): number =>
    weighted
      ? ratio(
          supported.reduce((sum, s) => sum + s[key] * s.support, 0),
          supportTotal,
        )
      : ratio(
          supported.reduce((sum, s) => sum + s[key], 0),
          supported.length,
        );

  const answerable = graded.filter((g) => g.item.expect.answered);
  const unanswerable = graded.filter((g) => !g.item.expect.answered);
  const answerableCorrect = answerable.filter((g) => g.grade.correct).length;
  const wronglyRefused = answerable.filter((g) => !g.answer.answered).length;
  const refused = unanswerable.filter((g) => !g.answer.answered).length;
  const correct = graded.filter((g) => g.grade.correct).length;
  return {
    total: graded.length,
    correct,
    accuracy: ratio(correct, graded.length),
    intentAccuracy: ratio(graded.filter((g) => g.answer.intent === g.item.intent).length, graded.length),
    answerable: {
      total: answerable.length,
      correct: answerableCorrect,
      accuracy: ratio(answerableCorrect, answerable.length),
      wronglyRefused,
      falseRefusalRate: ratio(wronglyRefused, answerable.length),
    },
    unanswerable: { total: unanswerable.length, refused, refusalRate: ratio(refused, unanswerable.length) },
    perIntent,
    macro: {
      precision: average('precision', false),
      recall: average('recall', false),
      f1: average('f1', false),
    },
    weighted: {
      precision: average('precision', true),
      recall: average('recall', true),
      f1: average('f1', true),
    },
    labels,
    confusion,
  };
}

function orderLabels(graded: readonly GradedItem[], labelOrder: readonly string[]): string[] {
  const present = new Set<string>();
  for (const { item, answer } of graded) {
    present.add(item.intent);
    present.add(answer.intent);
  }
  const ordered = labelOrder.filter((label) => present.has(label));
  const rest = [...present].filter((label) => !ordered.includes(label)).sort();
  return [...ordered, ...rest];
}

function scoreIntent(intent: string, i: number, confusion: number[][]): IntentScore {
  const tp = confusion[i]?.[i] ?? 0;
  const support = (confusion[i] ?? []).reduce((sum, n) => sum + n, 0);
  const predicted = confusion.reduce((sum, row) => sum + (row[i] ?? 0), 0);
  const precision = ratio(tp, predicted);
  const recall = ratio(tp, support);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { intent, precision, recall, f1, support };
}

function hasPredictions(intent: string, graded: readonly GradedItem[]): boolean {
  return graded.some((g) => g.answer.intent === intent);
}
