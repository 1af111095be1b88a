import { describe, expect, it } from 'vitest';
import { askIngested } from '../support/ingested-engine.js';

// An invented deal story: a person introduced with an aside naming their firm ("<A>, <firm>'s managing
// partner, said"), a place named by one general word ("the Gulf"), and a firm named only after another's verb.
const ask = askIngested(
  [
    'Investor to buy stake in Lisbon bakery chain',
    '',
    'LISBON, May 6 (Reuters) - Padaria Rosa, a family-owned bakery chain, said on Tuesday it had agreed to sell a 40 percent stake to investment firm Norte Capital.',
    "Ana Duarte, Norte's managing partner, said the Gulf was already one of the chain's biggest export markets.",
    "Rosa's chief executive, Pedro Lima, said the money would pay for a new bakery.",
  ],
  '2025-05-06',
);

describe('what someone said about a place', () => {
  it('is the words of the person before the aside, about the place they name', () => {
    const a = ask('What did Ana Duarte say about the Gulf?');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/Gulf was already one of the chain's biggest export markets/);
  });

  it('is found with a word of the topic after the place, "the Gulf market"', () => {
    expect(ask('what did ana duarte say about the gulf market?').text).toMatch(/biggest export markets/);
  });
});

describe('what a firm said', () => {
  it("is not another firm's words that name it after their verb", () => {
    const a = ask('what did norte say');
    expect(a.text).not.toMatch(/agreed to sell/);
    // (Its managing partner speaks for it.)
    expect(a.text).toMatch(/^Ana Duarte said the Gulf/);
  });

  it("is still the firm's own words", () => {
    expect(ask('what did padaria rosa say').text).toMatch(/agreed to sell a 40 percent stake/);
  });
});
