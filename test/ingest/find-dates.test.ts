import { describe, expect, it } from 'vitest';
import { findDates } from '../../src/ingest/find-dates.js';
import { tokenizeSentences } from '../../src/ingest/sentence-tokens.js';
import { createNlp } from '../../src/nlp/create-nlp.js';

const nlp = createNlp();
// The article's date: Wednesday, Aug. 19, 2026.
const datesOf = (text: string) =>
  tokenizeSentences(nlp, [{ n: 1, paragraph: 1, text }]).flatMap((ts) =>
    findDates(ts, '2026-08-19').map((d) => d.spec.start),
  );

describe("weekdays without a date, against the article's own date", () => {
  it('reads a bare weekday in a report as the last such day', () => {
    expect(datesOf('The fire was reported at about 3:40 p.m. on Saturday.')).toEqual(['2026-08-15']);
  });

  it('reads one in a sentence that looks ahead as the next', () => {
    expect(datesOf('Residents could return as early as Friday.')).toEqual(['2026-08-21']);
    expect(datesOf('The board will meet next Monday.')).toEqual(['2026-08-24']);
  });
});

describe('a month without a year', () => {
  it('is the last such month in a report, and the next in a sentence that looks ahead', () => {
    expect(datesOf('The paintings were stolen in March.')).toEqual(['2026-03-01']);
    expect(datesOf('She is due to be sentenced in July.')).toEqual(['2027-07-01']);
  });
});

describe('a month and day without a year', () => {
  it('is the coming one when it falls weeks after the article, not most of a year before it', () => {
    expect(datesOf('The airline has until Oct. 1 to move the flights.')).toEqual(['2026-10-01']);
    expect(
      datesOf('If no money is found before the season ends on Oct. 30, the site would be covered.'),
    ).toEqual(['2026-10-30']);
    expect(datesOf('A committee will decide at a meeting on September 8.')).toEqual(['2026-09-08']);
  });

  it('is the last one when it falls before the article, or far after it', () => {
    expect(datesOf('The lawsuit was filed on Aug. 3.')).toEqual(['2026-08-03']);
    expect(datesOf('The first tiles were found on March 12.')).toEqual(['2026-03-12']);
    expect(datesOf('The plant closed on Dec. 20.')).toEqual(['2025-12-20']);
  });
});

describe('an amount of time that is not a date', () => {
  it('reads "after three days trapped" as how long, not as a date three days after the article', () => {
    expect(datesOf('Four cavers were rescued after three days trapped underground.')).toEqual([]);
    expect(datesOf('Divers reached them on Monday after three days of pumping.')).toEqual(['2026-08-17']);
  });

  it('reads "for another ten days after ..." as how long, not as a date ten days on', () => {
    expect(
      datesOf('Staff voted on Monday, August 17, to stay out for another ten days after talks failed.'),
    ).toEqual(['2026-08-17']);
    expect(
      datesOf('The pact was signed on Monday, August 17. Three days after that, it collapsed.'),
    ).toContain('2026-08-17');
  });
});

describe('numbers and words that are no dates', () => {
  it('reads a number after a weekday as a count when a word, not a month, follows it', () => {
    expect(datesOf('From Monday, 14 walk-in clinics will offer the vaccine.')).toEqual(['2026-08-17']);
  });

  it('reads no weekday into a short form in lower case, a time taken, or a shift of hours', () => {
    expect(datesOf('The new index also measures humidity and sun.')).toEqual([]);
    expect(datesOf('She won the race in 2 hours 31 minutes and 8 seconds.')).toEqual([]);
    expect(datesOf('Future races will start two hours earlier.')).toEqual([]);
  });
});

describe('an offset from another event', () => {
  it('dates "<A on a day>, three days before <B>" as B three days after that day', () => {
    expect(
      datesOf('Lena Hart resigned on Monday, August 17, three days before the board was due to vote.'),
    ).toEqual(['2026-08-17', '2026-08-20']);
  });

  it('leaves "two days after <B>" with no date of its own in the sentence unresolved, not counted from the article', () => {
    expect(datesOf('Her resignation came two days after her lawyers had asked the board to wait.')).toEqual(
      [],
    );
  });

  it('still counts "three days later" and "three days after that" forward from the date before them', () => {
    expect(datesOf('The pact was signed on Monday, August 17, and collapsed three days later.')).toEqual([
      '2026-08-17',
      '2026-08-20',
    ]);
  });
});

describe('a weekday of a week named relative to the article', () => {
  it('reads "Thursday of last week" as that day, and counts an offset from it', () => {
    expect(
      datesOf('She said she had telephoned the company on Thursday of last week, two days before the fire.'),
    ).toEqual(['2026-08-13', '2026-08-15']);
  });
});

describe('the day written before the month, as British and Irish papers write it', () => {
  it('reads "14 May 2024" and "the 4th of September" as days, a past month without a year as the last one', () => {
    expect(datesOf('The court ruled on Tuesday, 14 May 2024, that the levy was unlawful.')).toEqual([
      '2024-05-14',
    ]);
    expect(datesOf('The charge came into force on 4 September.')).toEqual(['2025-09-04']);
    expect(datesOf('It opened on the 4th of August.')).toEqual(['2026-08-04']);
  });
});
