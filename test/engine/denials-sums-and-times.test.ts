import { describe, expect, it } from 'vitest';
import { askIngested } from '../support/ingested-engine.js';

// A word the article only denies, a sum written with a hyphen, a time taken in a race and words that say the
// same thing, on an article the bot ingests itself.
const ask = askIngested(
  [
    'Lake swim record set as rival team protests',
    '',
    'Nora Vale swam the length of Lake Brenn in 4 hours, 12 minutes and 9 seconds on Saturday, June 7, a record, the Brenn Swim Club said on Monday.',
    'Ivo Hart, a coach at the Northvale Rowing Club who was not involved in the race, said the water was unusually calm.',
    'Each swimmer was given two injections against lake fever before the start.',
    'Algae have reduced the number of swimmers on the lake by about 40 percent since 2019.',
    'The club was handed a 12,000-euro fine last month for a late safety boat.',
    'The lake race was first held in 1988. A second, shorter race was started in 2015.',
  ],
  '2025-06-09',
);

describe('a word the article only denies', () => {
  it('does not answer from a sentence that says the opposite of the question', () => {
    const a = ask('which club was involved in the race');
    expect(a.text).not.toMatch(/^Northvale/);
  });
});

describe('sums, times and words that say the same', () => {
  it('reads a currency joined to its number by a hyphen as a sum', () => {
    expect(ask('how much was the club fined').text).toMatch(/^12,000-euro\./);
  });

  it('gives the time a race took for "what time did <A> swim", not a time of day', () => {
    const a = ask('what time did nora vale swim');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^4 hours, 12 minutes and 9 seconds\./);
    expect(ask('what time did the race start').answered).toBe(false);
  });

  it('counts jabs as injections', () => {
    expect(ask('how many jabs did each swimmer get').text).toMatch(/^Two\./);
  });
});

describe('an order claimed', () => {
  it('gives no Yes to an order a sentence holds no word of', () => {
    for (const q of [
      'was the second race started before the first one',
      'was the second race started after the first one',
    ])
      expect(ask(q).verdict, q).toBeUndefined();
  });
});
