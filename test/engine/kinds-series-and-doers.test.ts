import { describe, expect, it } from 'vitest';
import { askIngested } from '../support/ingested-engine.js';
import { conversations, sharedEngine } from './engine-fixture.js';

const chat = conversations(sharedEngine(), 'kinds-series-and-doers');

describe('an event claimed to be of a kind the article never gives it', () => {
  it('says what the article calls it, with no verdict', () => {
    const a = chat('were these trade talks?');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(
      /^The article doesn't call them trade talks: it reports .*defense policy coordination talks/,
    );
    expect(chat('the brown-liu meeting, was it a phone call?').text).toMatch(
      /doesn't call it a phone call: it reports the virtual meeting/,
    );
  });

  it('leaves another event asked after it, or an act, to the other checks', () => {
    const a = chat('was there a press conference after the talks');
    expect(a.answered).toBe(false);
    expect(chat('did they hold a press conference after').answered).toBe(false);
    expect(chat('did the two sides talk about defense relations at all').text).not.toMatch(/doesn't call/);
  });
});

describe('"part of a series": an event the article numbers', () => {
  it('says yes with its number', () => {
    const a = chat('are these talks part of a series');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^Yes\. It was the 17th round/);
  });

  it('says nothing of an event with no number', () => {
    expect(chat('was the virtual meeting part of a series?').text).not.toMatch(/^Yes/);
  });
});

describe('"what city in <X>": a place inside the one the question names', () => {
  it('is refused when the article names only that place', () => {
    const a = chat('what city in taiwan did pelosi go to');
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(/doesn't say exactly where in Taiwan/);
  });

  it('answers a city asked within a country the event was not placed by', () => {
    expect(chat('which city in the US hosted the talks').text).toMatch(/^In Washington\./);
  });
});

describe('"how long ago was <A> when <B>": the time between them', () => {
  it('works it out from the two dates', () => {
    const a = chat('roughly how long ago was pelosis trip when these talks happened');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^About 17 months/);
  });
});

// An article of its own: a market leader set off after its name, a bidder named after its kind, a hearing
// the article gives again, a building's opening year, tickets to refund.
const lines = [
  'Ferry licences sold as one bidder walks away',
  '',
  'The maritime regulator sold six ferry licences on Thursday, Nov. 20, raising 900 million crowns.',
  'Baltic Ferry Lines, the market leader with about 40 ships, won four licences, while Norsund Shipping, which has about 25, took the other two.',
  'A third bidder, Kestrel Marine, a small cargo operator, withdrew on Tuesday, the day before bidding opened.',
  'When the first ship docked on Sunday, the company filed its papers the next morning.',
  'The court will hear the case again on March 26.',
  'Lena Dahl, the lawyer representing Kestrel Marine, said the reserve prices were unfair.',
  'The regulator ordered a review in the spring, more than a year after a storm in January 2024 damaged the pier.',
  'The old terminal, a 900-seat hall that opened in 1964, will close next year, and about 18,000 tickets will be refunded.',
];
const ask = askIngested(lines, '2025-11-21');

describe('a doer asked of a body', () => {
  it('is not a body the noun for the doer describes, set off after its own name', () => {
    const a = ask('who runs Norsund Shipping?');
    expect(a.text).not.toMatch(/^Baltic Ferry Lines/);
    expect(ask('who leads Norsund Shipping?').text).not.toMatch(/^Baltic Ferry Lines/);
  });

  it('names the one set off after the kind asked for', () => {
    expect(ask('which bidder dropped out?').text).toMatch(/^Kestrel Marine\./);
  });
});

describe('words as members type them', () => {
  it('reads "what year was <X> opened" as when, not as a sentence with "year" in it', () => {
    expect(ask('what year was the old terminal opened?').text).toMatch(/^1964\./);
    expect(ask('what year did the old terminal open?').text).toMatch(/^1964\./);
  });

  it('reads "need refunding" as what will be done', () => {
    expect(ask('how many tickets need refunding?').text).toMatch(/^18,000\./);
  });

  it('does not date "the next hearing" by "the next morning"', () => {
    expect(ask('when is the next hearing?').text).not.toMatch(/Sunday/);
  });
});

// A ship named after its flag, stopped at a pier the article places in a town.
const harbour = askIngested(
  [
    'Grain ship held at Vastby',
    '',
    'Harbour officials on Monday stopped the Panama-flagged Silver Tern at Norra Pier in Vastby.',
    'The Silver Tern was carrying 40,000 tonnes of grain.',
    'The owner, Tern Shipping, said it would appeal.',
  ],
  '2025-03-12',
);

describe('a place the article puts inside another, and a flag before a name', () => {
  it('does not correct a premise that names the town the pier is in', () => {
    const a = harbour('why was the Silver Tern stopped in Vastby?');
    expect(a.text).not.toMatch(/not Vastby/);
  });

  it('answers where from the pier, not the flag', () => {
    const a = harbour('where was the Silver Tern stopped?');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/Norra Pier/);
    expect(a.text).not.toMatch(/^Panama/);
  });
});

describe('"who is <A> working for"', () => {
  it('is read as whom <A> works for', () => {
    const a = ask('who is Lena Dahl working for?');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/representing Kestrel Marine/);
  });
});

describe('"trying to get back on track"', () => {
  it('is read as trying to restore', () => {
    const a = chat('what are they trying to get back on track here');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/military/);
  });
});

describe('when something "started" that the article dates only roughly', () => {
  it('gives the rough date, not the first day of the span', () => {
    const a = chat('when did things start getting back on track');
    expect(a.text).toMatch(/^Late last year \(late 2023\)/);
    expect(a.text).not.toMatch(/Sept\. 1/);
    expect(chat('when did the talks start?').text).toMatch(/^Monday, Jan\. 8, 2024/);
  });
});

describe('claims about other times than the event', () => {
  it("gives no verdict on how often, from one event's length", () => {
    const a = chat('did the us and china agree to hold talks every month now');
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(/doesn't say how often/);
  });

  it("gives no verdict on more of an event after the article's date, but corrects a named one's date", () => {
    const a = chat('are they doing more talks next month');
    expect(a.answered).toBe(false);
    expect(a.text).not.toMatch(/^No\./);
    expect(chat('did the balloon get shot down in 2025?').text).toMatch(/^No\. It was February 2023/);
  });

  it('does not say where a virtual meeting was joined from', () => {
    const a = chat('where was the virtual meeting hosted from');
    expect(a.answered).toBe(false);
    expect(chat('where was the brown liu meeting').text).toMatch(/^It was a virtual meeting/);
  });
});

describe('"<A>\'s position on <X>"', () => {
  it('asks a view, not a job', () => {
    const a = chat("what's xi's position on the election results");
    expect(a.answered).toBe(false);
    expect(a.text).not.toMatch(/is the Chinese President/);
    expect(chat("what's chase's position on open communication").text).toMatch(/Chase emphasised/);
    expect(chat("what is brown's position").text).toMatch(/Chairman of the Joint Chiefs/);
  });
});
