import { describe, expect, it } from 'vitest';
import { conversations, sharedEngine } from '../engine/engine-fixture.js';

const engine = sharedEngine();
const ask = (q: string) => engine.ask(q);

describe('when, by day of the week', () => {
  it('says the article gives no weekday for an event it dates only by month', () => {
    const reply = ask('what day of the week was the brown liu call');
    expect(reply.answered).toBe(false);
    expect(reply.text).toMatch(/doesn't say which day of the week; it says last month \(December 2023\)/);
    expect(ask('what weekday did the talks end').text).toMatch(/^On a Tuesday/);
  });
});

describe('a month given relative to the article', () => {
  it('works out which month "last month" was, asked with a chat "so like"', () => {
    expect(engine.ask("the brown liu call was 'last month' so like which month is that").text).toMatch(
      /^Last month \(December 2023\)\./,
    );
  });
});

describe('a verb that only carries the word for the event', () => {
  it('reads "make the trip" and "pay a visit to" as the visit', () => {
    for (const q of ['when did pelosi make the trip', 'when did pelosi pay a visit to taiwan'])
      expect(engine.ask(q).text, q).toMatch(/^August 2022\./);
    expect(engine.ask('when did pelosi make a speech').answered).toBe(false);
  });
});

describe('a change of office', () => {
  it('is no event of the article: when someone stopped holding a title is not answered with another date', () => {
    const reply = sharedEngine().ask('when did pelosi stop being speaker');
    expect(reply.answered).toBe(false);
    expect(reply.text).toMatch(/^The article doesn't say when that changed/);
  });
});

describe('someone who took no part', () => {
  it("does not answer with another person's date or place", () => {
    const when = engine.ask('when did chase visit taiwan');
    expect(when.answered).toBe(false);
    expect(when.text).toMatch(
      /^The article doesn't say that Michael Chase took part in that\. It does say that then-House Speaker Nancy Pelosi visited Taiwan/,
    );
    const where = engine.ask('where did pelosi meet xi');
    expect(where.text).toMatch(
      /^The article reports no meeting between Nancy Pelosi and Xi Jinping: Xi Jinping met /,
    );
    // (Someone in the event it came of is no outsider.)
    expect(engine.ask("when did beijing cut off talks over pelosi's visit").answered).toBe(true);
  });
});

describe('"when exactly" of an event dated by a weekend', () => {
  it('gives the weekend as the answer, saying there is no exact day, but not a day or date asked for', () => {
    const weekend = engine.ask('when exactly are the polls');
    expect(weekend.answered).toBe(true);
    expect(weekend.text).toMatch(
      /^This weekend \(the weekend of Jan\. 13-14, 2024\); the article gives no exact day/,
    );
    expect(ask('what exact day are the polls').answered).toBe(false);
    expect(ask('what exact day was the brown liu call').answered).toBe(false);
  });
});

describe('a month asked of a date the article gives only as part of a year', () => {
  it('says the month is not given, and what is', () => {
    const a = ask('what month last year did biden and xi agree');
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(/doesn't say the month; it says late last year/);
    expect(ask('which month was the brown liu meeting').text).toMatch(/December 2023/);
  });
});

describe('a time ahead asked of something already past', () => {
  it('does not answer "when will <X>" with the date of an <X> before the article', () => {
    const reply = engine.ask('when will the balloon be shot down');
    expect(reply.answered).toBe(false);
    expect(reply.text).toMatch(/^The article doesn't say when that will happen/);
    expect(engine.ask('when will the taiwan elections be').text).toMatch(/^This weekend/);
  });
});

describe('the day of the week of a date', () => {
  it('works out the weekday of a day the article reports something on, with what happened', () => {
    expect(ask('real quick, what day of the week was jan 9').text).toMatch(
      /^Tuesday, Jan\. 9, 2024, worked out from the date\. .*talks/,
    );
    expect(ask('what weekday was jan 8').text).toMatch(/^Monday, Jan\. 8, 2024/);
    expect(ask('what day of the week was jan 10').answered).toBe(false);
  });
});

describe('when something will happen, of what already happened', () => {
  it('does not date a future state with a past event that shares its words', () => {
    const reply = ask('when will the dialogue be truly functional');
    expect(reply.answered).toBe(false);
    expect(reply.text).toMatch(/^The article doesn't say when that will happen/);
  });
});

describe('when, exactly, as a month and year', () => {
  it('answers "when exactly, like what month and year" with the month the article gives', () => {
    expect(sharedEngine().ask('pelosi went to taiwan wen exactly, like what month and year').text).toMatch(
      /^August 2022\. /,
    );
    // (A day asked for is still not given.)
    expect(sharedEngine().ask('what exact day did pelosi visit').answered).toBe(false);
  });

  it('answers "when exactly" with no day asked with the month, saying the article gives no exact day', () => {
    const a = sharedEngine().ask('ok so when exactly did pelosi visit taiwan');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^August 2022; the article gives no exact day\./);
  });
});

describe('a date the question gives is no time it asks', () => {
  it('does not answer "what" with the date typed in the question', () => {
    const reply = ask('the biden xi thing late last year was about restarting what exactly');
    expect(reply.intent).not.toBe('when');
    expect(reply.text).toMatch(/restart diplomatic dialogue/);
    expect(ask('what day in january did the talks end').text).toMatch(/^Tuesday, Jan\. 9, 2024/);
  });
});

describe('days of a multi-day event, as members ask for them', () => {
  it('answers a bare "first day of <X>?" and "which day was the last one", and "and last?" after the first', () => {
    expect(ask('first day of the talks?').text).toMatch(
      /^Monday, Jan\. 8, 2024, worked out from the article/,
    );
    const chat = conversations(engine, 'days');
    expect(chat('where were the talks held', 'how many days', 'which day was the last one').text).toMatch(
      /^Tuesday, Jan\. 9, 2024\./,
    );
    expect(chat('first day of the 2 day meeting?', 'and last?').text).toMatch(/^Tuesday, Jan\. 9, 2024\./);
  });

  it('reads "when did these talks first start" as the series, which the article does not date', () => {
    const reply = ask('what year did these coordination talks first start');
    expect(reply.answered).toBe(false);
    expect(reply.text).toMatch(/another round or occurrence/);
  });
});
