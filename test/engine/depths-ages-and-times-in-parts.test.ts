import { describe, expect, it } from 'vitest';
import { askIngested } from '../support/ingested-engine.js';

// An article of its own: a thing's length, depth and age, a time given in several units, and a person's years
// somewhere that are no age.
const ask = askIngested(
  [
    'Scientists map coral structure off Sardinia',
    '',
    'CAGLIARI, Italy, Oct. 8, 2026 - Scientists on Thursday described a coral reef stretching for about 14 kilometres along an undersea canyon.',
    'The reef lies between 480 and 620 metres below the surface, some 30 kilometres west of the island.',
    'The findings were published on Thursday in a science journal.',
    'Fishing groups said a ban would cost their members a quarter of their catch.',
    'Dating of dead coral suggests parts of the reef began growing about 9,000 years ago.',
    'The research yacht Marea completed the 628-nautical-mile survey course in 1 day, 10 hours and 17 minutes.',
    'Team leader Chiara Porcu joined the university 12 years ago.',
    'The regional government will decide on a ban next month.',
  ],
  '2026-10-08',
);

describe('a dimension asked of a thing', () => {
  it('gives a depth where the sentence says it is one, range and all, not the first length near the thing', () => {
    expect(ask('how deep is the reef').text).toMatch(/^Between 480 and 620 metres\./);
    expect(ask('how long is the reef').text).toMatch(/^About 14 kilometres\./);
  });

  it("gives a thing's age from how long ago it began, but no person's from when they joined something", () => {
    expect(ask('how old is the reef').text).toMatch(/^About 9,000 years ago\./);
    expect(ask('how old is chiara porcu').answered).toBe(false);
  });

  it('gives a time in several units whole, whatever verb the question says the act in', () => {
    expect(ask('how long did the marea take to complete the course').text).toMatch(
      /^1 day, 10 hours and 17 minutes\./,
    );
    expect(ask('how long did the marea take to sail the course').text).toMatch(
      /^1 day, 10 hours and 17 minutes\./,
    );
    // (A length of time the article never gives is still refused.)
    expect(ask('how long did the dating of the coral take').answered).toBe(false);
  });
});

describe('nouns that mean the same', () => {
  const read = askIngested(
    [
      'Court suspends ticket deal',
      '',
      'LIMA, March 11, 2026 - A court on Wednesday suspended a ticketing contract.',
      'The contract allowed the company to add a service charge of 12 percent to every ticket.',
      'On about 30 percent of the surveyed area, cameras showed broken coral.',
      'The ministry said it would appeal.',
      'Visitor numbers usually peak in April.',
      'The canyon acts as a funnel, channelling cold water up from the basin, which explains why the corals thrive there.',
      'The corals grow without sunlight by feeding on plankton.',
    ],
    '2026-03-11',
  );

  it('reads food as feeding', () => {
    expect(read('how do the corals get food without sunlight?').text).toMatch(/feeding on plankton/);
  });

  it('reads a fee as a charge, and damage as broken', () => {
    expect(read('how big is the fee added to each ticket?').text).toMatch(/^12 percent\./);
    expect(read('how much of the surveyed area showed damage?').text).toMatch(
      /^About 30 percent\.|^30 percent\./,
    );
  });

  it('reads "doing so well" as thriving, and "that particular canyon" as the canyon', () => {
    expect(read('why are the corals doing so well in that particular canyon?').text).toMatch(
      /acts as a funnel/,
    );
  });
});
