import { describe, expect, it } from 'vitest';
import { askIngested } from '../support/ingested-engine.js';

// An article of its own: a body with a two-letter name, two chairs, reported speech about unnamed people, and a
// count after a weekday.
const ask = askIngested(
  [
    'RB names acting chief after memo row',
    '',
    'OSLO, March 3, 2025 — The public broadcaster RB lost its director on Monday, March 3, when Karin Holt resigned over a leaked memo.',
    "Erik Lunde, the chair of RB's board, announced the resignation in Oslo. Anders Dahl, RB's chief financial officer, will serve as acting director. Mona Berg, the union's chair, called for an inquiry.",
    'On Friday, more than 300 RB employees signed an open letter. From Monday, 12 regional offices will review editorial decisions made over the past two years.',
    "Dr. Siv Aas, the broadcaster's health adviser, said two staff members had been taken to hospital after the charity race, one of whom, a 50-year-old man from Bergen, was still in intensive care on Sunday.",
    'Ola Strand, the investigator leading the review, said his team would interview the van driver, who works for a parcel company.',
  ],
  '2025-03-03',
);

describe('people asked for by their role', () => {
  it('finds the holder of a role whose title names a body with a two-letter name ("<XY>\'s <role>")', () => {
    expect(ask("who is RB's chief financial officer").text).toMatch(/^Anders Dahl/);
    expect(ask("who chairs RB's board").text).toMatch(/^Erik Lunde/);
  });

  it('of several holders of a role, answers with those whose title holds the rest of the question', () => {
    const board = ask('who is the chair of the board').text;
    expect(board).toMatch(/Erik Lunde/);
    expect(board).not.toMatch(/Mona Berg/);
    const union = ask('who chairs the union').text;
    expect(union).toMatch(/Mona Berg/);
    expect(union).not.toMatch(/Erik Lunde/);
  });

  it('does not say who held an office before someone when no sentence says so', () => {
    expect(ask('who ran RB before Holt?').answered).toBe(false);
  });

  it('reads a surname one letter off beside the first name as that person', () => {
    expect(ask('who is mona burg').text).toMatch(/Mona Berg/);
  });
});

describe('people the article describes without naming', () => {
  it('names no one for someone a speaker describes but the article never names', () => {
    expect(ask('what is the name of the van driver?').answered).toBe(false);
    expect(ask('what is the name of the man in intensive care?').answered).toBe(false);
  });

  it('does not answer "who <did it>" with whoever said it was done ("<A> said two staff had been taken ...")', () => {
    expect(ask('who won the charity race').text).not.toMatch(/^(?:Dr\. )?Siv Aas/);
    expect(ask('who said two staff members were taken to hospital').text).toMatch(/Siv Aas/);
  });
});

// An article of its own: a speed, a length and "a second <thing>".
const trial = askIngested(
  [
    'City pauses driverless shuttle trial after minor crash',
    '',
    'TAMPERE, Finland, Oct. 9, 2025 — The city paused its driverless shuttle trial on Thursday after a shuttle travelling at 12 kilometres per hour struck a parked car.',
    'The trial began in May on a 4.2-kilometre loop between the station and the harbour. Officials had planned to approve a second route next spring.',
    'After a Finnish court approved the trial in April, the shuttles were shipped to the harbour. Power from the turbines reaches the depot through 2 kilometres of underground cable.',
  ],
  '2025-10-09',
);

describe('measures', () => {
  it('gives the length of a route from the loop it runs on, never a speed or "a second route"', () => {
    const reply = trial('how long is the route?').text;
    expect(reply).toMatch(/^4\.2 kilometres?\b/);
    expect(trial('how fast was the shuttle going?').text).toMatch(/12 kilometres per hour/);
  });
});

describe('what the article leaves unnamed or unmeasured', () => {
  it('names no court for "which court" of "a <demonym> court", and gives no length of something else', () => {
    expect(trial('which finnish court approved the trial?').answered).toBe(false);
    expect(trial('how tall are the turbines?').answered).toBe(false);
  });
});

describe('a temperature', () => {
  it('gives the one temperature of the sentence that holds the question, however far from its words', () => {
    const race = askIngested(
      [
        'Marathon moves start time after runners collapse',
        '',
        'LISBON, April 15, 2025 — Organisers of the Lisbon Spring Marathon said on Tuesday that future races would start two hours earlier after eleven runners collapsed and thirty-seven needed treatment when temperatures in the capital reached 31 degrees Celsius.',
      ],
      '2025-04-15',
    );
    expect(race('how hot did it get during the marathon?').text).toMatch(/^31 degrees Celsius/);
  });
});

describe('counts', () => {
  it('reads a number after a weekday as a count when a word, not a month, follows it ("From Monday, 12 offices")', () => {
    expect(ask('how many regional offices will review the decisions?').text).toMatch(/^12\b/);
    expect(ask('when will the regional offices start reviewing decisions?').text).not.toMatch(
      /\b12\b.*March|March 12/,
    );
  });

  it('counts a noun asked by an equivalent word ("how many staff" of "300 employees")', () => {
    expect(ask('how many RB staff signed the open letter?').text).toMatch(/\b300\b/);
  });
});
