import { describe, expect, it } from 'vitest';
import { askIngested } from '../support/ingested-engine.js';

// An invented article: results presented, a board due to decide.
const ask = askIngested(
  [
    'New wheat beats old varieties in dry trials',
    '',
    'Dr. Mara Ilic, the lead breeder at the Plains Crop Institute, presented the results at a conference in Tolna on Monday, March 3, 2025.',
    'The National Grain Board is due to decide on April 10 whether to approve the wheat.',
    'After a spill, officials closed drinking water intakes serving the towns of Vora and Kell for 11 days.',
  ],
  '2025-03-03',
);

describe('a question in other words than the article', () => {
  it('reads "findings" as the results the article reports', () => {
    const a = ask('where did dr ilic present the findings?');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^Tolna\b/);
  });

  it('reads "make its decision" as "decide"', () => {
    expect(ask('when will the board make its decision?').text).toMatch(/^April 10\b/);
  });

  it('keeps "had their <noun>" as having, not the act of the noun\'s verb', () => {
    expect(ask('which towns had their drinking water intakes closed?').text).toMatch(/Vora and Kell/);
  });
});
