import { describe, expect, it } from 'vitest';
import { askIngested } from '../support/ingested-engine.js';
import { conversations, sharedEngine } from './engine-fixture.js';

describe('a summary asked with "sum up"', () => {
  const chat = conversations(sharedEngine(), 'sum-up');

  it('of the article, or of "it", is the article\'s summary', () => {
    for (const q of ['sum up the article', 'sum it up', 'describe the article briefly pls']) {
      const a = chat(q);
      expect(a.intent).toBe('article-summary');
      expect(a.answered).toBe(true);
    }
  });

  it('of a thing the article covers is about that thing, not the whole article', () => {
    const a = chat('sum up the talks in a couple of sentences');
    expect(a.answered).toBe(true);
    expect(a.intent).not.toBe('article-summary');
    expect(a.text).toMatch(/17th round/);
  });
});

// An invented ruling, with a hearing still to come after the article's date.
const ask = askIngested(
  [
    'Court strikes down cap on lake ferries',
    '',
    'The Lakeland High Court on Friday, Feb. 14, 2025, struck down a regional order that capped the number of ferries on Lake Orva at 40.',
    'The court will review the region’s progress at a hearing on March 20.',
    'The deal to sell the ferry company was signed in Orva on Monday.',
  ],
  '2025-02-14',
);

describe('"the next <event>"', () => {
  it('is the one the article dates after its own day', () => {
    expect(ask('When is the next hearing?').text).toMatch(/^March 20/);
  });

  it('is still refused of an event the article reports as past', () => {
    expect(ask('when is the next deal signing?').answered).toBe(false);
  });

  it('a summary of a thing in an ingested article quotes what it says of it', () => {
    const a = ask('sum up the deal in a couple of sentences');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/signed in Orva/);
  });
});

describe('a study the article calls a paper', () => {
  const science = askIngested(
    [
      'New cave shrimp found in flooded quarry',
      '',
      'Biologists said on Tuesday, Sept. 23, 2025, they had found a new species of blind shrimp in a flooded quarry.',
      'It is described in a paper published on Tuesday in the journal Subterranean Biology.',
    ],
    '2025-09-23',
  );

  it('is found by either word', () => {
    expect(science('When was the study published?').text).toMatch(/^Tuesday/);
  });
});
