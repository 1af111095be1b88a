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
});
