import { describe, expect, it } from 'vitest';
import { gradeAnswer } from '../../tools/quality/grade.js';
import { computeMetrics, type GradedItem } from '../../tools/quality/metrics.js';
import { type LabelledQuestion, parseQuestionSet } from '../../tools/quality/question-set.js';

const item = (intent: string, answered: boolean, re: string[] = [], id = intent): LabelledQuestion => ({
  id,
  question: `q ${id}`,
  intent,
  expect: { answered, re },
});

describe('gradeAnswer', () => {
  const whoMet = item('who-did', true, ['song yanchao', 'major general']);

  it('accepts an answer holding every expected fact, whatever the case', () => {
    const grade = gradeAnswer(whoMet, {
      answered: true,
      intent: 'who-did',
      text: 'Chase met MAJOR GENERAL Song Yanchao.',
    });
    expect(grade).toEqual({ correct: true, reasons: [] });
  });

  it('names each missing fact', () => {
    const grade = gradeAnswer(whoMet, { answered: true, intent: 'who-did', text: 'He met Song Yanchao.' });
    expect(grade.correct).toBe(false);
    expect(grade.reasons).toEqual(['missing /major general/']);
  });

  it('fails a refusal of an answerable question without checking the text', () => {
    const grade = gradeAnswer(whoMet, {
      answered: false,
      intent: 'not-covered',
      text: 'song yanchao major general',
    });
    expect(grade.reasons).toEqual(['refused an answerable question']);
  });

  it('fails an answer to an unanswerable question and passes its refusal', () => {
    const unanswerable = item('not-covered', false);
    expect(gradeAnswer(unanswerable, { answered: true, intent: 'who-is', text: 'x' }).reasons).toEqual([
      'answered an unanswerable question',
    ]);
    expect(
      gradeAnswer(unanswerable, { answered: false, intent: 'not-covered', text: 'Not in the article.' })
        .correct,
    ).toBe(true);
  });

  it('does not grade the intent: a right answer from another handler is right', () => {
    expect(
      gradeAnswer(whoMet, { answered: true, intent: 'who-is', text: 'Song Yanchao, a major general' })
        .correct,
    ).toBe(true);
  });
});

describe('computeMetrics', () => {
  const graded = (
    expected: LabelledQuestion,
    intent: string,
    answered: boolean,
    correct: boolean,
  ): GradedItem => ({
    item: expected,
    answer: { answered, intent, text: '' },
    grade: { correct, reasons: correct ? [] : ['x'] },
  });
  const items: GradedItem[] = [
    graded(item('when', true, [], 'w1'), 'when', true, true),
    graded(item('when', true, [], 'w2'), 'where', true, false),
    graded(item('where', true, [], 'p1'), 'where', true, true),
    graded(item('where', true, [], 'p2'), 'not-covered', false, false),
    graded(item('not-covered', false, [], 'n1'), 'not-covered', false, true),
    graded(item('not-covered', false, [], 'n2'), 'when', true, false),
  ];
  const m = computeMetrics(items, ['when', 'where', 'not-covered']);

  it('counts answer accuracy and intent accuracy separately', () => {
    expect(m.accuracy).toBeCloseTo(3 / 6);
    expect(m.intentAccuracy).toBeCloseTo(3 / 6);
  });

  it('computes precision, recall and F1 per intent from predicted vs expected', () => {
    const when = m.perIntent.find((s) => s.intent === 'when');
    // predicted "when" 2 times (w1 right, n2 wrong); labelled "when" 2 times (w1 found).
    expect(when).toEqual({ intent: 'when', precision: 0.5, recall: 0.5, f1: 0.5, support: 2 });
    const where = m.perIntent.find((s) => s.intent === 'where');
    expect(where?.precision).toBeCloseTo(0.5);
    expect(where?.recall).toBeCloseTo(0.5);
  });

  it('builds the confusion matrix with rows expected and columns predicted', () => {
    expect(m.labels).toEqual(['when', 'where', 'not-covered']);
    expect(m.confusion).toEqual([
      [1, 1, 0],
      [0, 1, 1],
      [1, 0, 1],
    ]);
  });

  it('reports refusals on unanswerable and false refusals on answerable questions', () => {
    expect(m.unanswerable).toEqual({ total: 2, refused: 1, refusalRate: 0.5 });
    expect(m.answerable.wronglyRefused).toBe(1);
    expect(m.answerable.falseRefusalRate).toBeCloseTo(1 / 4);
  });

  it('adds predicted intents that no label carries to the matrix', () => {
    const extra = computeMetrics([graded(item('when', true), 'greeting', true, false)], ['when']);
    expect(extra.labels).toEqual(['when', 'greeting']);
    expect(extra.perIntent.find((s) => s.intent === 'greeting')).toMatchObject({ precision: 0, support: 0 });
  });
});

describe('parseQuestionSet', () => {
  it('reads JSONL and rejects broken labels with their line number', () => {
    const good = '{"id":"a","question":"hi","intent":"greeting","expect":{"answered":true,"re":[]}}';
    expect(parseQuestionSet(`${good}\n\n`)).toHaveLength(1);
    expect(() => parseQuestionSet(`${good}\n${good}`)).toThrow(/line 2: duplicate id a/);
    expect(() =>
      parseQuestionSet('{"id":"b","question":"x","intent":"when","expect":{"answered":true,"re":["("]}}'),
    ).toThrow(/line 1: bad regex/);
    expect(() => parseQuestionSet('{"id":"c"}')).toThrow(/line 1/);
  });
});
