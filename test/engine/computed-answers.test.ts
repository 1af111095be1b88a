import { describe, expect, it } from 'vitest';
import { sharedEngine } from './engine-fixture.js';

// Simple exact reasoning over the first article's stated facts, shown as worked out, with the facts cited.
const engine = sharedEngine();

describe('answers worked out from stated facts', () => {
  it('counts the rounds before a numbered one, saying it was worked out', () => {
    const a = engine.ask('so how many rounds happened b4 this one');
    expect(a.text).toMatch(/^16 \(worked out from the article calling this the 17th round/);
    expect(a.citations.length).toBeGreaterThan(0);
  });

  it('does not count rounds before something else the article never counts them against', () => {
    expect(engine.ask("How many rounds of talks were held before Pelosi's visit?").answered).toBe(false);
  });

  it('gives the months between two dated events, typed with or without "how many"', () => {
    for (const q of [
      "how many months between pelosi's trip and these dc talks",
      'months between the balloon getting shot down and the talks wrapping up?',
    ]) {
      const a = engine.ask(q);
      expect(a.text, q).toMatch(/^About \d+ months, worked out from the article's dates/);
      expect(a.citations.length, q).toBeGreaterThanOrEqual(2);
    }
  });

  it('says the article gives no length, with what was said, when all it says is that something will take time', () => {
    const a = engine.ask('How long will it take to develop functional dialogue?');
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(
      /^The article doesn't say how long it will take\. It does say that .*will take time/,
    );
    expect(a.citations.length).toBe(1);
  });

  it('works out the next or previous round from a numbered one, and checks a number claimed for it', () => {
    const next = engine.ask('so next round would be #18 right');
    expect(next.verdict).toBe('yes');
    expect(next.text).toMatch(/17th round: the next would be the 18th/);
    expect(engine.ask('so the next round would be the 19th?').verdict).toBe('no');
    expect(engine.ask('what round would the next one be').text).toMatch(/^The 18th round \(worked out/);
    expect(engine.ask('which round was the one before it').text).toMatch(/^The 16th round \(worked out/);
    // (Nothing of the next round itself: when it is, the article does not say.)
    expect(engine.ask('when is the 18th round').answered).toBe(false);
  });

  it('checks a bare number put up after a count against that count', () => {
    const c = 'count-check';
    engine.ask('how many rounds came before this one', c);
    const right = engine.ask('so 16 before it?', c);
    expect(right.verdict).toBe('yes');
    expect(right.text).toMatch(/^Yes\. 16 \(worked out/);
    engine.ask('how many rounds came before this one', 'count-check-2');
    expect(engine.ask('so 17 before it?', 'count-check-2').text).toMatch(/^No\. 16/);
    // (With no count before it, a number alone claims nothing.)
    expect(engine.ask('so 16 before it?', 'count-check-3').verdict).toBeUndefined();
  });

  it('answers a gap claimed with an order by the gap worked out, never a bare "Yes."', () => {
    for (const q of [
      'the talks ended 2 days before the taiwan vote?',
      'did the talks end a week before the taiwan election',
    ]) {
      const a = engine.ask(q);
      expect(a.verdict, q).toBeUndefined();
      expect(a.text, q).toMatch(/^4 days, worked out from the article's dates/);
    }
    const a = engine.ask("was pelosi's visit a year before the balloon");
    expect(a.text).toMatch(/^About 6 months, worked out/);
    expect(engine.ask('did the balloon get shot down before the talks').verdict).toBe('yes');
  });
});

describe('a day of the month claimed alone', () => {
  it('reads "on the 10th" as a day of the event\'s own month, not a round number', () => {
    expect(engine.ask('did the talks end on the 10th').text).toMatch(/^No\. (?:It was )?Jan\. 8-9, 2024/);
    expect(engine.ask('did the talks end on the 9th').verdict).toBe('yes');
    expect(engine.ask('did the talks start on the 8th').verdict).toBe('yes');
  });
});
