import { describe, expect, it } from 'vitest';
import { askIngested } from '../support/ingested-engine.js';
import { conversations, sharedEngine } from './engine-fixture.js';

// An article of its own: a vote with its tally and abstentions, and a change of a figure written like a tally
// ("by 3 to 4 percent"), which is none.
const ask = askIngested(
  [
    'Harbour town approves ferry fare rise',
    '',
    'PORTREE, June 3, 2026 - The Portree harbour board voted on Tuesday to raise ferry fares from September.',
    'The motion passed by nine votes to four, with one abstention, after a two-hour debate.',
    'Fuel costs have risen by 3 to 4 percent a year, the board said.',
  ],
  '2026-06-03',
);

describe("a vote's tally, as the article gives it", () => {
  it('answers the result of the vote with the tally and its sentence', () => {
    for (const q of ['what was the result of the vote?', "what's the vote count"]) {
      const a = ask(q);
      expect(a.answered, q).toBe(true);
      expect(a.text, q).toMatch(/^Nine votes to four, with one abstention\. The article: "The motion passed/);
      expect(a.citations.length, q).toBe(1);
    }
  });

  it('gives the votes against or in favour when asked how many', () => {
    expect(ask('how many voted against').text).toMatch(/^4 against \(nine votes to four/);
    expect(ask('how many board members voted for it').text).toMatch(/^9 in favour/);
  });

  it('says no to "was it unanimous" when some voted against, citing the tally', () => {
    const a = ask('was the decision unanimous?');
    expect(a.text).toMatch(/^No\. The tally was nine votes to four/);
  });

  it('gives no tally for votes the question qualifies otherwise ("the postal votes", "opposition members")', () => {
    const a = ask('how were the postal votes split?');
    expect(a.text).not.toMatch(/nine votes to four/i);
    expect(ask('how many opposition members voted for it').text).not.toMatch(/^9 in favour/);
    expect(ask('how many harbour board members voted for it').text).toMatch(/^9 in favour/);
  });

  it('reads no tally in a change of a figure ("risen by 3 to 4 percent")', () => {
    const a = ask('what was the result of the vote?');
    expect(a.text).not.toMatch(/\b3 to 4\b/);
  });
});

// An article whose vote was unanimous, with no numbers.
const unanimous = askIngested(
  [
    'Library plan backed',
    '',
    'OBAN, May 5, 2026 - Councillors unanimously approved plans for a new library on Tuesday.',
  ],
  '2026-05-05',
);

describe('a unanimous vote', () => {
  it('says yes, citing the sentence that says so', () => {
    const a = unanimous('was the vote unanimous?');
    expect(a.text).toMatch(/^Yes\. The article: ".*Councillors unanimously approved/);
    expect(a.citations.length).toBe(1);
  });
});

describe('a vote spoken of in a question that asks something else', () => {
  const chat = conversations(sharedEngine(), 'vote-tally');

  it('is no question of a tally ("besides the vote", "how close together", "did the vote results change")', () => {
    for (const q of [
      'whats going on between taiwan n china besides the vote',
      'lol the taiwan vote and the talks, how close together are they',
      'did the vote results change anything for the talks',
    ])
      expect(chat(q).intent, q).not.toBe('vote-result');
  });

  it('of an article with no vote, says it gives no tally', () => {
    const a = chat('what was the result of the vote?');
    expect(a.answered).toBe(false);
    expect(a.text).toBe("The article doesn't say the result or tally of any vote.");
  });
});
