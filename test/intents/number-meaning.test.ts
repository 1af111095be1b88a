import { describe, expect, it } from 'vitest';
import { sharedEngine } from '../engine/engine-fixture.js';
import { ingestedEngine } from '../support/ingested-engine.js';

const engine = sharedEngine();

describe('number-meaning: what a number typed alone stands for', () => {
  it('quotes the phrase the number opens in the article, however the number is typed', () => {
    for (const q of ['whats the 17 refer to', 'what does 17th mean', 'what is the 17th about']) {
      const a = engine.ask(q);
      expect(a.intent, q).toBe('number-meaning');
      expect(a.text, q).toMatch(
        /^In the article, 17(?:th)? is in "17th round of U\.S\.-China defense policy/,
      );
      expect(a.citations[0]?.text, q).toMatch(/17th round/);
    }
  });

  it('says so when the article has no such number, and leaves counts to the quantity intent', () => {
    const a = engine.ask('what does 18 refer to');
    expect(a.answered).toBe(false);
    expect(a.text).toBe("The article doesn't use the number 18.");
    expect(engine.ask('how many rounds were there').intent).not.toBe('number-meaning');
  });

  const ingested = ingestedEngine(
    'Wolves return to Harrow Moor\n\nFour grey wolves were released on Harrow Moor on Monday, May 4, 2026, the first there in 1,300 years. Each animal wears a collar that reports its position every six hours. The project cost 2.6 million euros.',
    { date: '2026-05-05' },
  );

  it('reads any article: digits for a number it spells out, thousands with or without commas', () => {
    expect(ingested.ask('whats the 6 about').text).toBe('In the article, 6 is in "six hours".');
    expect(ingested.ask('what does 1300 mean').text).toBe('In the article, 1300 is in "1,300 years".');
    expect(ingested.ask('what does the 4 refer to').text).toMatch(
      /^In the article, 4 is in "Four grey wolves/,
    );
  });

  it('does not find a number inside another ("2.6 million" holds no 6 twice over)', () => {
    expect(ingested.ask('whats the 6 about').citations).toHaveLength(1);
  });
});
