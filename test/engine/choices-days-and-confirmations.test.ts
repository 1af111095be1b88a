import { describe, expect, it } from 'vitest';
import { conversations, sharedEngine } from './engine-fixture.js';

const chat = conversations(sharedEngine(), 'choices-days-and-confirmations');

describe('"<X> or <Y>" after a person, two words of a title offered', () => {
  it('answers from the title when both words are in it ("deputy or director")', () => {
    const a = chat('who is song yanchao', 'deputy or director');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/deputy director/);
  });

  it('does not take the places a title names for words of office ("china or taiwan")', () => {
    const a = chat('who is michael chase', 'china or taiwan');
    expect(a.text).not.toMatch(/^(?:Neither|China|Taiwan)\b/);
  });
});

describe('"the one who <did X>, yea?" after a person', () => {
  it('checks that the person did it, as a claim', () => {
    const a = chat("who's pelosi in this story", 'the one who went to taiwan, yea?');
    expect(a.text).toMatch(/^Yes\. .*Taiwan/);
  });

  it('without a tag still asks who did it', () => {
    expect(chat("who's pelosi in this story", 'the one who went to taiwan?').text).toMatch(/Nancy Pelosi/);
  });
});

describe('the days of a meeting that lasted more than one', () => {
  it('names each day, worked out from the end and the length', () => {
    const a = chat('which two days were the talks on');
    expect(a.text).toMatch(/^Monday, Jan\. 8, 2024 and Tuesday, Jan\. 9, 2024, worked out from the article/);
    expect(a.citations.length).toBeGreaterThan(0);
  });
});

describe('"the 8th": a day of the month alone', () => {
  it('is a date in a question of days, checked against the article', () => {
    expect(chat('so the first day was the 8th?').text).toMatch(/^Yes\./);
    expect(
      chat('if they finished on the 9th and it was 2 days of talks then the first day was what, the 8th?')
        .text,
    ).toMatch(/^Yes\./);
    expect(chat('the talks ended on the 12th right').text).toMatch(/^No\./);
  });

  it('is no date before a noun, or without a word of days ("the 17th round", "which round, the 17th?")', () => {
    expect(chat('which round was it, the 17th?').text).toMatch(/17th round/);
  });
});

describe('"which <kind>" of a dispute the question points to', () => {
  it("never answers other islands or countries with the dispute's own place", () => {
    const a = chat(
      'what disputes are there between dc and beijing',
      'the sea one, which other countries claim it',
    );
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(/^The article doesn't say which countries/);
    expect(
      chat('what disputes are there between dc and beijing', 'the sea one, which islands exactly').answered,
    ).toBe(false);
  });

  it('still answers the kind of place the dispute is in ("which sea")', () => {
    expect(chat('which sea is disputed').text).toMatch(/^In the South China Sea\./);
  });
});

describe('where a side travelled to, and where anyone went after', () => {
  it('answers "which city did the <side> delegation travel to" with where the meeting was held', () => {
    const a = chat('which city did the chinese delegation travel to');
    expect(a.text).toMatch(/^In Washington\./);
  });

  it("never gives the meeting's place for where someone went after it", () => {
    for (const q of [
      'where did song go after the talks',
      'where did the chinese delegation travel to after the talks',
    ]) {
      const a = chat(q);
      expect(a.answered, q).toBe(false);
      expect(a.text, q).not.toMatch(/^In Washington/);
    }
  });
});

describe('"who has <a job> at <a body>"', () => {
  it('never answers with the body the question puts the person at', () => {
    const a = chat('who has the china taiwan mongolia job at the pentagon');
    expect(a.text).not.toMatch(/^U\.S\. defense officials/);
    expect(chat('who has the china taiwan mongolia job').text).toMatch(/^Michael Chase/);
  });
});

describe('more chat forms', () => {
  it('answers "the disputes between the two countries" with the disputes, not a place', () => {
    const a = chat('what are the main disputes between the two countries');
    expect(a.intent).toBe('disputes');
    expect(a.text).toMatch(/Taiwan/);
  });

  it('reads a request after a remark about oneself ("i lost track of all the drama, name the sore spots ...")', () => {
    const a = chat('tbh i lost track of all the drama, name the sore spots between dc and beijing');
    expect(a.intent).toBe('disputes');
  });

  it('checks a weekday typed with the day of the month against the day worked out ("day one was monday the 8th")', () => {
    expect(chat('the first day was monday the 8th?').text).toMatch(/^Yes\. The first day was Monday, Jan 8/);
    expect(chat('the first day was sunday the 8th?').text).toMatch(/^No\. The first day was Monday, Jan 8/);
  });

  it('takes "this time" after the round before as the round the article reports', () => {
    const a = chat(
      'what round number were these defense talks',
      'so the one before was which round',
      'where were they held this time',
    );
    expect(a.text).toMatch(/^In Washington\./);
  });

  it('reads "the next one would be round what" as which round comes next', () => {
    expect(chat('if this is round 17 the next one would be round what').text).toMatch(/^The 18th round/);
  });
});

describe('the place noun a question word asks for', () => {
  it('is asked past a possessive or a name ("what\'s the talks\' city", "in which us city")', () => {
    expect(chat("what's the talks' city again").text).toMatch(/^In Washington\./);
    expect(chat('talks took place in which us city').text).toMatch(/^In Washington\./);
  });
});
