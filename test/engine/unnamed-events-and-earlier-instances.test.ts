import { describe, expect, it } from 'vitest';
import { askIngested } from '../support/ingested-engine.js';

// An article of its own: a count that fell, a pair of birds the article never names, a woman's "own" well, and a
// mayor who says why people do something.
const lines = [
  'Ibex numbers in the Gran Paradiso fall by a fifth',
  '',
  'AOSTA, Italy - The number of Alpine ibex in the Gran Paradiso National Park has fallen by a fifth in a year, park scientists said on Tuesday, June 10, blaming a winter with little snow.',
  'Both parents of the first calf born this spring were moved from Switzerland in 2021.',
  'Giulia Rosset, a farmer who chairs the valley association, said her own pasture had dried up twice in 2024.',
  'Marco Perrin, the mayor of Cogne, said poachers were not to blame. "People here live from tourism," he said.',
];
const date = '2025-06-10';
const ask = askIngested(lines, date);

describe('"the previous <act>" of the one event the article reports', () => {
  it('is another one, which the article does not report', () => {
    const a = ask('what was the previous biggest drop in ibex numbers?');
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(/another round or occurrence/);
  });
});

describe('"what are <things> called" of what a drafted article never names', () => {
  it('is not answered with the sentence about them', () => {
    const a = ask('what are the parents of the calf called?');
    expect(a.answered).toBe(false);
  });
});

describe('"her own <thing>"', () => {
  it('is found where the sentence says "her own <thing>"', () => {
    const a = ask("what happened to giulia rosset's own pasture?");
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/dried up twice in 2024/);
  });
});

describe('"according to <someone>, why ..."', () => {
  it('is a question, never a claim checked yes or no', () => {
    const a = ask('According to the mayor, why are the ibex declining?');
    expect(a.verdict).toBeUndefined();
    expect(a.text).not.toMatch(/^(?:Yes|No)\b/);
  });
});
