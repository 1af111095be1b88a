import { describe, expect, it } from 'vitest';
import { askIngested } from '../support/ingested-engine.js';

// Reading an article the bot ingests itself: how long someone waited, counts asked with a near word ("planes"
// for the article's "flights"), and a spokesperson asked for by a loose name of their organisation.
const ask = askIngested(
  [
    'Radar fault grounds flights at Bergen',
    '',
    'A radar fault halted air traffic at Bergen Airport on Sunday, May 4, and forced three incoming flights to divert to Stavanger.',
    'Ola Berg, a spokesperson for the Norwegian Airline Pilots Association, said crews had been told nothing for an hour.',
    'Kari Lie, a teacher from Voss who was trying to reach Oslo for a course, said she had waited seven hours before being rebooked for Tuesday.',
  ],
  '2025-05-05',
);

describe('reading how long and how many', () => {
  it('gives how long someone waited ("wait" is no chat filler inside a question)', () => {
    expect(ask('how long did kari lie have to wait').text).toMatch(/^Seven hours\./);
  });

  it('counts planes as the flights the article counts, and opens the count with a capital', () => {
    expect(ask('how many planes had to divert').text).toMatch(/^Three\./);
  });
});

describe('a spokesperson asked for by a loose name of their organisation', () => {
  it('names the spokesperson "for the pilots\' union" (no pilot is asked for)', () => {
    expect(ask("who's the spokesperson for the pilots' union?").text).toMatch(/^Ola Berg\./);
  });
});

// A second article: heights given in storeys or metres beside other measures, a state held since a year, and
// counts and stretches asked with near words ("collect" for "gathered", "shut" for "halted").
const yard = askIngested(
  [
    'Council approves towers on old rail yard',
    '',
    'The city council of Leeds voted 9-4 on Monday, June 2, to approve apartments in buildings of up to 14 storeys on the old rail yard.',
    'The site had stood empty since the railway moved its depot to another town in 2011.',
    'Opponents had gathered about 2,400 signatures against the plan.',
    'A storm that night halted trains on the line for almost five hours, and a crane 40 metres wide collapsed at about 120 metres above the river.',
  ],
  '2025-06-03',
);

describe('measures and stretches on an ingested article', () => {
  it('gives a height in storeys, and no measure at all when none is given', () => {
    expect(yard('how tall will the buildings be').text).toMatch(/^Up to 14 storeys\./);
    expect(yard('how deep is the river').answered).toBe(false);
  });

  it('gives the height asked ("at what altitude"), not a width beside it', () => {
    expect(yard('at what altitude did the crane collapse').text).toMatch(/^About 120 metres\./);
  });

  it('answers how long a state has held with when it began ("since <year>")', () => {
    expect(yard('how long has the site been empty').text).toMatch(/^Since the railway moved its depot/);
  });

  it('reads "collect" as "gathered" and "shut" as "halted"', () => {
    expect(yard('how many signatures did opponents collect').text).toMatch(/^2,400\./);
    expect(yard('how long was the line shut for').text).toMatch(/^Almost five hours\./);
  });
});

// A third: sums with their scale and currency, and which-questions the sentences do not settle.
const sum = askIngested(
  [
    'City to repair bridge as flights resume',
    '',
    'The repair work will cost 7.4 million euros, the city of Turin said on Friday, March 6.',
    'The study cost about 85 million Australian dollars.',
    'The co-operative, Riverside Dairies, said its 38 staff will continue to be paid.',
    'No take-offs or landings were allowed until midnight, and 64 flights were cancelled.',
  ],
  '2026-03-07',
);

describe('sums and which-questions on an ingested article', () => {
  it('gives a sum with its scale and currency, and no count for "how much will it cost"', () => {
    expect(sum('how much will the repair work cost').text).toMatch(/^7\.4 million euros\./);
    expect(sum('how much did the study cost').text).toMatch(
      /^About 85 million Australian dollars\.|^85 million Australian dollars\./,
    );
    expect(sum('how much will the recall cost the co-operative').text).not.toMatch(/^38\b/);
  });

  it('does not answer "which <kind>" with a sentence that names none', () => {
    const a = sum('which airlines had to cancel flights');
    expect(a.answered).toBe(false);
  });
});
