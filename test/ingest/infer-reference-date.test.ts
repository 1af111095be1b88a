import { describe, expect, it } from 'vitest';
import { filedByEnd, inferReferenceDate } from '../../src/ingest/infer-reference-date.js';

describe("an article's own date", () => {
  it('takes a year written out with the weekday and day, in either order', () => {
    expect(
      inferReferenceDate('The High Court ruled on Tuesday, 14 May 2024, that the charge was a tax.'),
    ).toMatchObject({
      date: '2024-05-14',
    });
    expect(inferReferenceDate('The board met on Friday, June 6, 2025, to vote.').date).toBe('2025-06-06');
  });

  it('infers the year of a day written first without one from the weekday', () => {
    const date = inferReferenceDate('Talks ended on Tuesday, 9 January, in the capital. They began in 2023.');
    expect(date.date).toBe('2024-01-09');
    expect(date.note).toMatch(/Tuesday, 9 January/);
  });

  it('reads a dateline with the day before the month ("<City>, 2 February (<agency>) –") with its lede\'s weekday', () => {
    const date = inferReferenceDate(
      'Edinburgh, 2 February (Pennant Press) – Officials on Monday confirmed an outbreak first found in 2025.',
    );
    expect(date.date).toBe('2026-02-02');
    expect(date.note).toMatch(/2 February/);
  });

  it("takes the weekday of the sentence after the lede for a dateline's day", () => {
    const lede = `HARWICK, May 20 (Coast Wire) - A village cricket club has been stripped of its league title ${'and its prize money '.repeat(14)}for fielding a player who was not registered in 2023.`;
    const date = inferReferenceDate(
      `${lede} A league panel ruled on Tuesday that the player was ineligible.`,
    );
    expect(date.date).toBe('2025-05-20');
  });

  it("takes a dateline's day with no weekday in the latest year the article mentions, not that year's end", () => {
    const date = inferReferenceDate(
      'HARWICK, May 20 (Coast Wire) - A village cricket club was stripped of its 2023 league title.',
    );
    expect(date.date).toBe('2023-05-20');
    expect(date.note).toMatch(/dateline/);
  });

  it("takes the dateline's day over an earlier weekday and date the story reports, in that date's year", () => {
    const date = inferReferenceDate(
      'HARWICK, Norland, Sept. 2 (Coast Wire) - The club said on Tuesday the deal was off. The two sides had agreed terms on Saturday, Aug. 30.',
    );
    expect(date.date).toBe('2025-09-02');
    expect(date.note).toMatch(/dateline/);
    // (Across a new year: a Tuesday, Dec. 30 reported under a Jan. 2 dateline.)
    const turn = inferReferenceDate(
      'HARWICK, Jan. 2 (Coast Wire) - Officials said a fault first seen on Tuesday, Dec. 30 had been fixed.',
    );
    expect(turn.date).toBe('2026-01-02');
  });

  it('does not take a year naming an event aimed at as one gone by', () => {
    // (Thursday, Oct. 16 fell in 2025 and falls again in 2031: the World Cup of 2030 is still to come.)
    const date = inferReferenceDate(
      'The federation dismissed its coach on Thursday, Oct. 16, after a defeat in qualifying for the 2030 World Cup.',
    );
    expect(date.date).toBe('2025-10-16');
  });

  it('does not take a year something runs until as one gone by', () => {
    // (Friday, Oct. 3 fell in 2025 and falls again in 2031: a waiver expiring in the 2027-28 season is ahead.)
    const date = inferReferenceDate(
      'The council approved the stadium on Friday, Oct. 3. The league granted a waiver that expires at the end of the 2027-28 season.',
    );
    expect(date.date).toBe('2025-10-03');
  });
});

describe('years the article names that have not gone by', () => {
  it('reads a year after "would ... <a decimal number> ... from" as still to come ("save 1.3 billion a year from <year>")', () => {
    const date = inferReferenceDate(
      'ISTANBUL, Oct 9 (Wire) - Shares fell 14% on Thursday. The firm listed in 2021 and opened 1,100 stores in 2023. The closures would save around 1.3 billion lira a year from 2026.',
    );
    expect(date.date).toBe('2025-10-09');
  });

  it('reads a season something starts from as still to come ("to ban checking from the <year>-<yy> season")', () => {
    const date = inferReferenceDate(
      'CALGARY, Alberta, May 11 (Wire) - Delegates voted on Saturday to ban body checking from the 2026-27 season. A study in 2022 found fewer injuries.',
    );
    expect(date.date).toBe('2024-05-11');
  });
});

describe('filedByEnd', () => {
  it('ends a wire opening that names its agency, with or without a date', () => {
    expect(filedByEnd('SAPPORO (Northline News) - A stretch of road reopened.')).toBe(26);
    expect(filedByEnd('JAKARTA, Oct 21 (Reuters) - The ministry ordered operators ...')).toBe(27);
  });

  it('is 0 for a sentence with no bracketed agency before a dash', () => {
    expect(filedByEnd('The council agreed on Monday - by 29 votes to 14.')).toBe(0);
  });
});
