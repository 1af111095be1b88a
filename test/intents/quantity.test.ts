import { describe, expect, it } from 'vitest';
import { sharedEngine } from '../engine/engine-fixture.js';

const engine = sharedEngine();

describe('quantities worked out from the article', () => {
  it.each([
    ['How many days apart were the talks and the elections?', /^4 days/],
    ["How many months after Pelosi's visit was the balloon downed?", /^About 6 months/],
    ["How many countries are in Chase's portfolio?", /^3: China, Taiwan, Mongolia/],
    ['How many generals are mentioned?', /^3: Major General Song Yanchao/],
    // The events the counted noun names, between the sides named; not the people who qualify the noun.
    [
      'how many separate meetings between us and chinese military officials does the article describe',
      /^2: the virtual meeting .*; the 17th round/,
    ],
  ])('%j', (question, expected) => {
    const answer = engine.ask(question);
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(expected);
    expect(answer.citations.length).toBeGreaterThan(0);
  });

  it("reads a length asked of nothing named as the article's own news, but not a length to come", () => {
    expect(engine.ask('how many days did the whole thing go on for').text).toMatch(/^Two days: .*17th round/);
    expect(engine.ask('how long will it take').answered).toBe(false);
  });

  it('does not count what a how-long question asks', () => {
    expect(engine.ask('How long has Brown been chairman of the Joint Chiefs?').answered).toBe(false);
  });
});

describe('counting people of one side', () => {
  it('counts everyone of a side the article names, and does not count a delegation it only samples', () => {
    expect(engine.ask('how many chinese ppl are named in the article total').text).toMatch(/^3: /);
    const delegation = engine.ask('how many ppl were in the chinese delegation');
    expect(delegation.answered).toBe(false);
    expect(delegation.text).toMatch(
      /doesn't say how many there were on the Chinese side; it names Song Yanchao/,
    );
  });
});
