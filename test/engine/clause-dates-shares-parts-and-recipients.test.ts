import { describe, expect, it } from 'vitest';
import { askIngested, qualityArticleEngine } from '../support/ingested-engine.js';

// An invented report: a growth given as a share in words, a sentence of three acts joined by "but" and ", and"
// with a date only in the last, and a part of a planned whole.
const LAKE = [
  'Glacier lake near Vantor grows by nearly half, study says',
  '',
  'OSLO, May 5 (Reuters) - A glacier lake high above the village of Vantor has grown by nearly half in six years, researchers from the Nordic Ice Institute said on Monday.',
  'The lake, known as Svartvatn, sits at about 1,900 metres above sea level.',
  'Residents raised an alarm within half an hour, but the county rejected it that evening, and the village filed a complaint with the ministry on April 21.',
  'The county said only three of the planned nine sirens were working.',
];

describe('dates, shares and parts read as the sentence gives them', () => {
  const ask = askIngested(LAKE, '2025-05-05');

  it('keeps the words that make a share approximate, and reads "how much bigger" as how much it grew', () => {
    expect(ask('how much bigger has the lake got?').text).toMatch(/^Nearly half/);
  });

  it('takes "within half an hour" for how long, not for a day', () => {
    const a = ask('when did residents raise an alarm?');
    expect(a.text).not.toMatch(/\(May 5, 2025\)|^April 21/);
  });

  it('gives a date to the act of its own clause only', () => {
    expect(ask('when did the county reject it?').text).not.toMatch(/^(?:April 21|within)/);
    expect(ask('when did the village file a complaint?').text).toMatch(/^April 21/);
  });

  it('counts the part that does what is asked, not the whole it is part of', () => {
    expect(ask('how many sirens were working?').text).toMatch(/^Three/);
    // (The whole, when the word before it is what is asked.)
    expect(ask('how many sirens were planned?').text).toMatch(/^Nine/);
  });
});

// An invented ruling: a title taken from one club and awarded to another, the body that did it named first.
const RULING = [
  'Rowing board strips Alfa crew of cup win',
  '',
  "AMSTERDAM, March 3 (Reuters) - The appeals board of the Royal Dutch Rowing Federation on Friday stripped the Graz club Alfa of its victory in last month's Linz Cup race and awarded the title to Borea, a club from Linz, ruling that an Alfa boat had blocked a rival.",
  'Alfa said it would appeal.',
];

describe('whom an act went to, asked in the passive', () => {
  const ask = askIngested(RULING, '2025-03-03');

  it('names the one a title was given to, not the body that gave it nor the title itself', () => {
    expect(ask('Who has now been given the Linz Cup title?').text).toMatch(/^Borea\./);
  });

  it("dates the race by its own date, not by a word of the question inside a body's name", () => {
    expect(ask('When was the race rowed?').text).toMatch(/^last month/);
  });
});

describe('a sum asked of an act, in the articles of the quality sets', () => {
  it('takes a purchase for what a buyer pays, not a later investment', () => {
    const engine = qualityArticleEngine('held-out-55', '552-schonach-cuckoo-clock-takeover.txt');
    expect(engine.ask('How much is Kisaragi paying?', 'paying').text).toMatch(/^23\.5 million euros/);
  });

  it('does not give a sum of the next sentence for an act that has none', () => {
    const engine = qualityArticleEngine('held-out-36', '362-batumi-chess-clock-appeal.txt');
    const a = engine.ask('How much will the organisers spend on the new clocks?', 'clocks');
    expect(a.answered).toBe(false);
    expect(a.text).not.toMatch(/^\$250,000/);
  });
});

describe('a noun of the question inside a name is still the thing asked', () => {
  it('dates "the marathon" by the race the "<City> Spring Marathon" held, not by a later announcement', () => {
    const engine = qualityArticleEngine('held-out-23', '232-lisbon-marathon-heat-rules.txt');
    expect(engine.ask('When was the marathon held?', 'marathon').text).toMatch(/^13 April 2025/);
  });
});
