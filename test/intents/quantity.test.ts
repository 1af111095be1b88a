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
    // (The side said of them after the verb, past "named" before the noun.)
    expect(engine.ask('how many named ppl r american in this article').text).toMatch(
      /^4: Michael Chase, General Charles Q\. Brown, Joe Biden, Nancy Pelosi\./,
    );
    const delegation = engine.ask('how many ppl were in the chinese delegation');
    expect(delegation.answered).toBe(false);
    expect(delegation.text).toMatch(
      /doesn't say how many there were on the Chinese side; it names Song Yanchao/,
    );
  });
});

describe('time between two events, as members ask it', () => {
  it('names an event by the people who took part in it together, and says one month, not "1 months"', () => {
    expect(engine.ask('roughly how many months between the brown liu meeting and the dc talks').text).toMatch(
      /^About 1 month, worked out from the article's dates/,
    );
  });

  it('picks a unit for "how long after" that suits the gap', () => {
    expect(engine.ask("how long after pelosi's visit were the talks").text).toMatch(/^About 17 months/);
  });

  it('counts no days or weeks from an event dated only by its month', () => {
    // (December to Jan. 8 is not "8 days": the day in December is not given.)
    expect(engine.ask("how long after brown's call with liu did the washington talks happen").text).toMatch(
      /^About 1 month, worked out/,
    );
    const days = engine.ask('how many days between the virtual meeting and the talks');
    expect(days.answered).toBe(false);
    expect(days.text).toMatch(/doesn't say how many days passed between them: it gives .* as December 2023/);
  });

  it('reads "that" closing the question as the event the conversation is about', () => {
    engine.ask('when did brown and liu meet', 'e1');
    expect(engine.ask('how many months after the pelosi trip was that', 'e1').text).toMatch(
      /^About 16 months/,
    );
    expect(
      engine.ask('if brown n liu talked in dec 2023 how many months after the pelosi trip was that').text,
    ).toMatch(/^About 16 months/);
  });

  it('keeps to the two events the question names when "that" adds a third', () => {
    expect(
      engine.ask('pelosi trip was aug 2022 and say the balloon was feb 2023, hw many months apart is that')
        .text,
    ).toMatch(/^About 6 months/);
  });
});

describe('rounds counted', () => {
  it('reads "counting this one" as framing, not as a word the article lacks', () => {
    expect(engine.ask('how many rounds had there been counting this one').text).toMatch(/17th round/);
  });
});

describe('people counted', () => {
  it('counts the people the article names, by side, by rank, or all of them', () => {
    expect(engine.ask('how many americans are named in the article').text).toMatch(/^4: Michael Chase/);
    expect(engine.ask('how many ppl total are named in the article').text).toMatch(/^7: /);
    expect(engine.ask('how many chinese military officers are named').text).toMatch(
      /^2: Major General Song Yanchao, General Liu Zhenli\.$/,
    );
  });

  it('does not count who attended an event, only says whom the article names there', () => {
    const a = engine.ask('how many ppl attended the talks');
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(
      /doesn't say how many took part; of the 17th round .* it names Michael Chase and Song Yanchao/,
    );
  });
});

describe('lengths and counts the article does not give', () => {
  it('does not answer how long someone thinks something will take with the length of an event', () => {
    engine.ask('do us officials think things r fixed now', 'q-think');
    const a = engine.ask('how long do they think', 'q-think');
    expect(a.answered).toBe(false);
    expect(a.text).not.toMatch(/two days/i);
  });

  it('does not count visits with a round\'s number ("how many times has <A> been to <place>")', () => {
    const a = engine.ask('how many times has chase been to china');
    expect(a.answered).toBe(false);
    expect(a.text).not.toMatch(/17th/);
    expect(engine.ask('how many times have they held these talks').text).toMatch(/17th round/);
  });
});

describe('counts scoped to the whole article', () => {
  it('counts the people "in the article", and a "total" in a conversation about one event', () => {
    expect(engine.ask('how many people are in the article').text).toMatch(/^7: Michael Chase/);
    engine.ask("what's liu's rank", 'q-total');
    expect(engine.ask('so how many generals total in the article', 'q-total').text).toMatch(/^3: /);
    expect(engine.ask('how many people got tested in total').answered).toBe(false);
  });
});

describe('days from an event to a weekday', () => {
  it('counts the days from its last day to the next such weekday, never giving its own length', () => {
    expect(engine.ask('how many days after the talks end is saturday').text).toMatch(
      /^4 days, worked out from the article's dates: .* ended on Tuesday, Jan 9, and the next Saturday came 4 days later/,
    );
    expect(engine.ask('how many days after the balloon was saturday').answered).toBe(false);
    expect(engine.ask('how many days did the talks last').text).toMatch(/^Two days/);
  });
});

describe('guesses offered after a question', () => {
  it('reads "like months? years?" as guesses of the same question, not a second one', () => {
    const reply = sharedEngine().ask(
      'hw long will it take to get functional dialogue going, like months? years?',
    );
    expect(reply.answered).toBe(false);
    expect(reply.text).toMatch(/^The article doesn't say how long it will take\./);
  });
});

describe('"how much time" as "how long"', () => {
  it('gives the length, not the place', () => {
    expect(sharedEngine().ask('how much time did the talks take').text).toMatch(/^Two days:/);
  });
});

describe("people of a side's military", () => {
  it('counts only those with a rank', () => {
    expect(sharedEngine().ask("how many people from china's military are named in the article").text).toMatch(
      /^2: Major General Song Yanchao, General Liu Zhenli\./,
    );
  });
});

describe('the length of a round named by its number', () => {
  it('gives how long it lasted, not which round it was', () => {
    for (const q of ['how many days was the 17th round', 'how long was the 17th round']) {
      expect(engine.ask(q).text, q).toMatch(/^Two days: /);
    }
    expect(engine.ask('which round was it').text).toMatch(/^It was the 17th round/);
  });
});

describe('a count of all there have ever been', () => {
  it('says the article does not count them all, and how many it mentions', () => {
    const reply = engine.ask('how many balloons has the us shot down total');
    expect(reply.answered).toBe(false);
    expect(reply.text).toMatch(/doesn't say .*(?:how many in all|that number).*downing|downed/);
    expect(engine.ask('how many balloons did the us shoot down').text).toMatch(/^1: /);
  });
});
