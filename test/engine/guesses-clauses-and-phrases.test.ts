import { describe, expect, it } from 'vitest';
import { askIngested } from '../support/ingested-engine.js';
import { sharedEngine } from './engine-fixture.js';

const engine = sharedEngine();
let n = 0;
const ask = (q: string) => engine.ask(q, `guesses-clauses-${n++}`);

const buses = askIngested(
  [
    'Depot fire grounds a city fleet',
    '',
    'The transport authority of Lindby withdrew 30 electric buses from service on Monday, May 5, after one of them burned at a depot.',
    'Erik Sand, who chairs the transport committee, said the council would decide next month whether to cancel an order for 40 more buses until the investigators report.',
  ],
  '2025-05-06',
);

describe('a guess hedged after a question of time, place or manner', () => {
  it('is settled by the answer: "how long did the talks go for, like a day?"', () => {
    const a = ask('how long did the talks go for, like a day?');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^Two days/);
  });
  it('a number guessed after "how many" is no round asked about', () => {
    expect(ask('how many rounds have there been, like 16?').text).toMatch(/^17/);
  });
  it('not after "what": a thing offered the answer must have', () => {
    expect(ask("what did china's military do in response to pelosi's trip, like drills?").answered).toBe(
      false,
    );
  });
});

describe('a question word typed last after a longer statement', () => {
  it('"<the thing> is/are <seven words> what" is asked the plain way round', () => {
    expect(ask('these talks r part of an effort to resume what exactly').text).toMatch(
      /^Military-to-military ties/,
    );
    expect(ask('the dialogue was severed by what').text).toMatch(/^Beijing\./);
  });
});

describe('a date and the act it belongs to', () => {
  it('a date before a clause of time or condition is not the date of the act inside it', () => {
    const a = buses('When will the investigators publish their report?');
    expect(a.answered).toBe(false);
  });
  it('the doer of an act asked when, which a sentence in the passive leaves out: "the damage was discovered in March"', () => {
    const a = organ('When did the craftsmen discover the rot?');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^January/);
  });
  it('a verb and its particle read as one word: "taken out of service" is withdrawn, "pulled from" too', () => {
    const a = buses('when were the buses taken out of service?');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/May 5/);
    expect(buses('how many buses were pulled from service?').text).toMatch(/^30\b/);
  });
});

const organ = askIngested(
  [
    'Cathedral organ repair runs late',
    '',
    'The restoration of the organ at Halden Cathedral will not finish until 2027, the cathedral board said on Monday, March 3.',
    'The work is being carried out by Berg Orgelbau, a family-owned organ builder from Moss that won the contract two years ago.',
    'Its managing director, Anders Berg, said his team had removed 7,600 pipes.',
    'The plan was drawn up by Kari Lunde, the board chair, after the first survey found rot in the pipes.',
    'The rot was discovered in January, when the lowest pipes were lifted out for the first time.',
  ],
  '2025-03-04',
);

describe('reading a business by how the article describes it', () => {
  it('"<Name>, a family-owned <maker> ... that won" is a business, not a person', () => {
    const a = organ('who is berg orgelbau?');
    expect(a.text).not.toMatch(/\bhe\b|\bhis\b/i);
    expect(organ('who is anders berg').text).toMatch(/managing director/);
  });
  it('a reason for an act of saying the article has only as its noun: "why did <A> propose" of "the plan was drawn up by <A> after ..."', () => {
    const a = organ('Why did Kari Lunde draw up the plan?');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/first survey found rot/);
  });
});

describe('chat forms', () => {
  it('an interjection alone before the message: "lol the <X> guy, is he ..."', () => {
    const a = ask('lol the chinese military guy song, is he a general or like a colonel');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/Major General/);
  });
  it('"is <X> described as <Y>" is the claim "<X> is <Y>"', () => {
    const a = ask('is the relationship between washington and beijing described as strained');
    expect(a.verdict).toBe('yes');
  });
  it('"did <X> come up in the talks" asks whether they were discussed', () => {
    expect(ask('did us-prc defense relations come up in the talks?').verdict).toBe('yes');
    expect(ask('did the south china sea come up in the talks').verdict).not.toBe('yes');
    // (Whether the article mentions it at all is another question, which it answers.)
    expect(ask('did russia come up at all').text).toMatch(/doesn't say anything about Russia/);
  });
  it('"<N> things <do X>: <A>, <B> and <C>?" is the claim that they do, checked against the article', () => {
    expect(ask('so basically 3 things strain relations: taiwan, the scs and the balloon?').verdict).toBe(
      'yes',
    );
    expect(ask('two things strain relations: taiwan and the weather?').verdict).not.toBe('yes');
  });
  it('an order asked of items typed as acts in "-ing": "<A> cutting off dialogue"', () => {
    const a = ask(
      'what order did these happen: biden-xi agreement, pelosi visit, beijing cutting off dialogue',
    );
    expect(a.text).toMatch(/Pelosi visits Taiwan[\s\S]*severs diplomatic dialogue[\s\S]*Biden and Xi agree/);
  });
});
