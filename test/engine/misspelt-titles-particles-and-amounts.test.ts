import { describe, expect, it } from 'vitest';
import { askIngested } from '../support/ingested-engine.js';
import { conversations, sharedEngine } from './engine-fixture.js';

describe('titles checked as typed: misspelt words and short names of a body', () => {
  const ask = conversations(sharedEngine(), 'typed-title');

  it('takes a misspelt word of the title for the word, not for another title', () => {
    const a = ask('is cq brown the chairman of the joint cheifs');
    expect(a.verdict).toBe('yes');
    expect(a.text).toMatch(/^Yes/);
  });

  it('reads a body called by its short name inside a title as its full name', () => {
    expect(ask('is song the deputy director of the cmc office').verdict).toBe('yes');
    expect(ask('is song the deputy directer of the cmc office').verdict).toBe('yes');
    // (The lesser office is still no.)
    expect(ask('is song the director of the cmc office').verdict).toBe('no');
  });

  it('answers whether someone is "a <country> official" from the side the article gives them', () => {
    const song = ask('song yanchao is a us official right');
    expect(song.verdict).toBe('no');
    expect(song.text).toMatch(/Chinese/);
    expect(ask('is chase a us official').verdict).toBe('yes');
  });
});

describe('names typed in pieces, counts of all time and what something held', () => {
  const ask = conversations(sharedEngine(), 'pieces');

  it('joins a name typed in two pieces into the name', () => {
    const a = ask('wen did biden and xi jin ping agree');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/late last year/i);
  });

  it('does not count all there ever were from the one the article reports', () => {
    const a = ask('how many spy balloons did the us shoot down total');
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(/doesn't say/);
  });

  it('does not describe the thing for "what was actually on it"', () => {
    expect(ask('what was actually on that spy balloon').answered).toBe(false);
  });

  it('says no to "the only <meeting>" when the article reports another', () => {
    const a = ask('were the washington talks the only military meeting mentioned');
    expect(a.verdict).toBe('no');
    expect(a.text).toMatch(/Brown/);
  });
});

describe('chat forms of requests', () => {
  it('answers "what about the <demonym> side" as the last question asked of that side', () => {
    const ask = conversations(sharedEngine(), 'other-side-topic');
    expect(ask('who led the us side').text).toMatch(/Chase/);
    expect(ask('who led the us side', 'what about the chinese side').text).toMatch(/Song/);
  });

  it('reads "summary of <X> in like 2 sentences pls" as asking about <X>', () => {
    const a = conversations(
      sharedEngine(),
      'summary-of',
    )('summary of the us china military talks in like 2 sentences pls');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/17th round/);
  });

  it('drops a lead-in with no comma before the question ("fr tho is ... in here")', () => {
    const a = conversations(sharedEngine(), 'lead-in')('fr tho is anything about the balloon in here');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/balloon/);
  });
});

// An invented takeover: a company whose name joins its words with a lower-case particle, met first by its short
// name, and figures given as "<noun> of <amount>".
const TAKEOVER = [
  'Swedish retailer Nordvik to buy 60% of Brazilian juice maker Sabores do Campo',
  '',
  'SAO PAULO, March 3 (Reuters) - Swedish retailer Nordvik Group agreed on Monday to buy a 60 percent stake in Sabores do Campo Alimentos, a maker of fruit juice, the companies said.',
  'Sabores do Campo was founded in 1988 by Joana Ribeiro in Recife. It now employs about 900 people and reported revenue of 450 million reais last year.',
  "The deal needs approval from Brazil's competition authority, CADE.",
  'Nordvik has promised to invest a further 80 million reais in the plant in Recife.',
];

describe('a body named with a particle, and amounts asked in other words', () => {
  const ask = askIngested(TAKEOVER, '2025-03-03');

  it('reads "<Word> do <Word> <Word>" as one organisation, its short name included', () => {
    const orgs = ask('which organisations are named in the article?').text;
    expect(orgs).toMatch(/Sabores do Campo Alimentos/);
    expect(ask('which people are named in the article?').text).toMatch(/names one person: Joana Ribeiro/);
  });

  it('gives the amount a noun is given as ("revenue of <amount>")', () => {
    expect(ask("what was Sabores do Campo's revenue last year?").text).toMatch(/^450 million reais/);
  });

  it('reads "extra" as "further", "work for" as "employ" and "regulator" as "authority"', () => {
    expect(ask('how much extra will Nordvik invest in the plant?').text).toMatch(/80 million reais/);
    expect(ask('how many people work for Sabores do Campo?').text).toMatch(/900/);
    const regulator = ask('which regulator has to sign off on the deal?');
    expect(regulator.answered).toBe(true);
    expect(regulator.text).toMatch(/CADE/);
  });
});
