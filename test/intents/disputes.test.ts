import { describe, expect, it } from 'vitest';
import { sharedEngine } from '../engine/engine-fixture.js';

// The troubles of the relationship, asked for as members ask, on the first article's curated store.
const engine = sharedEngine();

describe('what strains the relationship', () => {
  it('lists the disputes when asked what is straining it, not how it stands', () => {
    for (const q of [
      'what is straining the relationship',
      'ok so like 3 things make the relationship strained, what are they',
    ]) {
      const reply = engine.ask(q);
      expect(reply.text, q).toMatch(/Taiwan's future.*South China Sea.*balloon/);
      expect(reply.text, q).not.toMatch(/^Strained\./);
    }
  });

  it('counts the disputes between the two sides, and says when there are more', () => {
    expect(engine.ask('hw many things does the article list as straining the relationship').text).toMatch(
      /^3 between the two, and 1 more: /,
    );
  });
});

describe('what strains the relationship, as typed', () => {
  it('reads "stressing the relationship" as straining it, and "what did <A> stress" as what was said', () => {
    expect(engine.ask("what's stressing the us-china relationship rn according to the article").text).toMatch(
      /disputes over Taiwan's future/,
    );
    expect(engine.ask('what did chase stress').intent).toBe('statement');
  });
});

describe('a disagreement of two people the article gives none', () => {
  it("says the article does not say they disagreed, and gives the parties' disputes beside it", () => {
    const reply = engine.ask('what did chase and song disagree about');
    expect(reply.answered).toBe(false);
    expect(reply.text).toMatch(/doesn't say that Michael Chase and Song Yanchao disagreed about anything/);
    expect(engine.ask('what did the us and china disagree about').answered).toBe(true);
  });
});
