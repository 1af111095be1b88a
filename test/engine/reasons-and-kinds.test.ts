import { describe, expect, it } from 'vitest';
import { askIngested } from '../support/ingested-engine.js';
import { conversations, sharedEngine } from './engine-fixture.js';

// An article of its own: talks restarted by an agreement, a doctor by title only, a vote of two kinds.
const ask = askIngested(
  [
    'Fishing talks resume in Reykjavik',
    '',
    'REYKJAVIK, April 4, 2025 — Iceland and Norway held fishing talks in Reykjavik on Friday, the first in two years.',
    'The talks follow an agreement between the two prime ministers last year to restart negotiations, which had broken down over mackerel quotas.',
    'Dr. Anna Berg, the head of the Norwegian delegation, said the quotas must be fair.',
    'Iceland is holding presidential and parliamentary elections next month.',
  ],
  '2025-04-04',
);
const chat = conversations(sharedEngine(), 'reasons');

describe('what led to an act that someone decided on', () => {
  it('answers with the decision itself, "<A> agreed to restart <X>"', () => {
    for (const q of ['what led to the restart of negotiations', 'how did the negotiations get restarted']) {
      const a = ask(q);
      expect(a.answered, q).toBe(true);
      expect(a.text, q).toMatch(/agree/i);
    }
  });

  it('does not answer what led to the decision with the decision', () => {
    expect(ask('what led to the agreement').text).not.toMatch(/^The two prime ministers agreed/i);
  });

  it('reads chat forms of "what led to <X> resuming" and "stopping"', () => {
    for (const q of [
      'how did the talks get restarted',
      'what brought the talks back',
      'how did the talks come about',
      'what got the military dialogue going again',
      'so wat finally got them talking again',
    ]) {
      const a = chat(q);
      expect(a.answered, q).toBe(true);
      expect(a.text, q).toMatch(/Biden/);
    }
    expect(chat('hey so what stopped the military talks back in 2022').text).toMatch(/Pelosi/);
  });
});

describe('chat forms of a view and of a purpose', () => {
  it('reads "who does <A> say <B> belongs to" as what <A> claims of <B>', () => {
    expect(chat('who does china say taiwan belongs to').text).toMatch(/sovereignty/);
  });

  it('reads "what is <A> trying to avoid" as what <A> wants to prevent', () => {
    expect(chat('whats the US trying to avoid with all this talking').text).toMatch(
      /conflict|miscalculation/,
    );
  });
});

describe('words that only colour a question', () => {
  it('does not need a manner adverb in the sentence ("when did <X> publicly ...")', () => {
    expect(ask('when did norway and iceland officially hold the talks').text).toMatch(/April 4|Friday/);
  });
});

describe('never a confident answer the article does not give', () => {
  it('does not say why someone is called by a title', () => {
    expect(ask('why is berg called dr').answered).toBe(false);
    expect(chat('why is chase called dr, whats his doctorate in').answered).toBe(false);
    // (A description, not a name, may be the article's own framing.)
    expect(chat('why is it called a significant step').answered).toBe(true);
  });

  it('reads "what kind of <noun>" only where the noun stands with a word that qualifies it', () => {
    expect(ask('what kind of doctor is berg').answered).toBe(false);
    expect(chat('what kind of doctor is chase').answered).toBe(false);
    expect(chat('what kind of elections is taiwan holding').text).toMatch(/presidential and parliamentary/);
  });

  it('reports nothing for the day after an event when the article dates nothing to it', () => {
    expect(chat('what happened the day after the talks ended').answered).toBe(false);
    expect(chat('what happened after the talks').answered).toBe(true);
  });

  it('does not report what a document the article never mentions said', () => {
    expect(chat('what did the joint statement after the talks say').answered).toBe(false);
    expect(ask('what did the readout say').answered).toBe(false);
  });

  it('counts the kinds of a vote only when asked for them, not people voting', () => {
    expect(ask('how many people are expected to vote in iceland').answered).toBe(false);
    expect(chat('how many people are expected to vote in taiwan').answered).toBe(false);
    expect(chat('how many kinds of polls is taiwan holding').text).toMatch(/^Two/);
  });
});
