import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine/create-engine.js';
import { evaluate } from '../../tools/quality/evaluate.js';
import { loadQuestionSet } from '../../tools/quality/question-set.js';
import { findRepoRoot, questionSetPath } from '../../tools/quality/repo-paths.js';

/** Floors set just under the engine's measured figures; raise them when the engine improves. */
interface Floors {
  accuracy: number;
  intentAccuracy: number;
  unanswerableRefusalRate: number;
  answerableFalseRefusalRateMax: number;
}

const root = findRepoRoot();
const floors = JSON.parse(readFileSync(join(root, 'test', 'quality', 'floors.json'), 'utf8')) as Floors;

describe('answer quality on the labelled question set (npm run eval)', () => {
  const engine = createEngine();
  const report = evaluate(engine, loadQuestionSet(questionSetPath(root)), engine.intentIds);
  const m = report.metrics;
  const worst = report.failures
    .slice(0, 15)
    .map((f) => `${f.id} "${f.question}" -> ${f.predictedIntent}: ${f.reasons.join('; ')}`)
    .join('\n');

  it(`answers at least ${floors.accuracy * 100}% of the questions right`, () => {
    expect(m.accuracy, `accuracy ${m.accuracy}; first failures:\n${worst}`).toBeGreaterThanOrEqual(
      floors.accuracy,
    );
  });

  it(`routes at least ${floors.intentAccuracy * 100}% of the questions to their labelled intent`, () => {
    expect(m.intentAccuracy).toBeGreaterThanOrEqual(floors.intentAccuracy);
  });

  it(`refuses at least ${floors.unanswerableRefusalRate * 100}% of the unanswerable questions`, () => {
    expect(m.unanswerable.refusalRate).toBeGreaterThanOrEqual(floors.unanswerableRefusalRate);
  });

  it(`wrongly refuses at most ${floors.answerableFalseRefusalRateMax * 100}% of the answerable questions`, () => {
    expect(m.answerable.falseRefusalRate).toBeLessThanOrEqual(floors.answerableFalseRefusalRateMax);
  });

  it('never flags a reply answered when it says the article does not say, nor a verdict unanswered', () => {
    expect(report.refusals.flagContradictsText).toEqual([]);
  });
});
