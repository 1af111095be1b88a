import { describe, expect, it } from 'vitest';
import { askIngested } from '../support/ingested-engine.js';

// Ages given as a range or a decade, and causes read only for the act they are given for, on an article the
// bot ingests itself.
const ask = askIngested(
  [
    'River town closes old bridge after rust found',
    '',
    'The town of Lowmoor closed its old river bridge on Monday, March 3, after an inspection found that steel cables inside the deck had corroded.',
    'Kate Moss, the engineer who led the inspection, said the main cause was salty water seeping through broken joints.',
    'Nine drivers were hurt in a crash on the bridge last year; they were aged between 19 and 71.',
    'A man in his seventies who lives by the bridge said he had warned the council for years.',
  ],
  '2025-03-04',
);

describe('ages', () => {
  it('gives the ages of a group as the range the article states', () => {
    expect(ask('how old were the drivers who were hurt').text).toMatch(/^Between 19 and 71 years old\./);
  });

  it('gives an age stated by its decade', () => {
    expect(ask('how old is the man who lives by the bridge').text).toMatch(/^In his seventies\./);
  });
});

describe('causes', () => {
  it('reads "the main cause was <X>" as the reason', () => {
    expect(ask('why did the cables corrode, according to moss').text).toMatch(
      /^the main cause was salty water/,
    );
  });

  it("does not give the reason for one act as that of an act inside the reason's clause", () => {
    // The bridge was closed after the cables were found corroded: that is no reason the cables corroded.
    expect(ask('why did the cables corrode').text).not.toMatch(/^after an inspection/);
    expect(ask('why was the bridge closed').text).toMatch(/^after an inspection found/);
  });
});
