import { describe, expect, it } from 'vitest';
import { claimCovers, claimOverlaps, resolveDates } from '../../src/nlp/resolve-date.js';

const resolve = (text: string, approximate = false) => {
  const raws = text.split(' ');
  return resolveDates(
    raws.map((w) => w.toLowerCase()),
    raws,
    '2024-01-09',
    approximate,
  ).map(({ start, end, label }) => ({ start, end, label }));
};

describe('resolveDates against the article date (Tuesday, Jan. 9, 2024)', () => {
  it.each([
    ['in December 2023', { start: '2023-12-01', end: '2023-12-31', label: 'December 2023' }],
    ['last month', { start: '2023-12-01', end: '2023-12-31', label: 'last month' }],
    ['in February', { start: '2023-02-01', end: '2023-02-28', label: 'February 2023' }],
    ['in 2022', { start: '2022-01-01', end: '2022-12-31', label: '2022' }],
    ['late last year', { start: '2023-09-01', end: '2023-12-31', label: 'late 2023' }],
    ['this weekend', { start: '2024-01-13', end: '2024-01-14', label: 'this weekend' }],
    ['last week', { start: '2024-01-01', end: '2024-01-07', label: 'last week' }],
    ['next weekend', { start: '2024-01-20', end: '2024-01-21', label: 'next weekend' }],
    ['on Jan. 9', { start: '2024-01-09', end: '2024-01-09', label: 'January 9, 2024' }],
    ['in aug 2022', { start: '2022-08-01', end: '2022-08-31', label: 'August 2022' }],
  ])('%j', (text, range) => {
    expect(resolve(text)).toEqual([range]);
  });

  it('does not read "may" the verb as the month, nor plain numbers as years', () => {
    expect(resolve('who may know about 17 rounds')).toEqual([]);
  });
});

describe('approximate dates, for claims in questions only', () => {
  it.each([
    ['6 months ago', { start: '2023-07-01', end: '2023-07-31', label: '6 months ago (July 2023)' }],
    ['a month ago', { start: '2023-12-01', end: '2023-12-31', label: 'a month ago (December 2023)' }],
    ['two years ago', { start: '2022-01-01', end: '2022-12-31', label: 'two years ago (2022)' }],
  ])('%j', (text, range) => {
    expect(resolve(text, true)).toEqual([range]);
    expect(resolve(text)).toEqual([]);
  });
});

describe('seasons in questions', () => {
  it.each([
    ['in summer', { start: '2023-06-01', end: '2023-08-31', label: 'summer' }],
    ['summer of 2022', { start: '2022-06-01', end: '2022-08-31', label: 'summer 2022' }],
    ['in the winter', { start: '2023-12-01', end: '2024-02-29', label: 'winter' }],
    ['this past summer', { start: '2023-06-01', end: '2023-08-31', label: 'this past summer' }],
  ])('%j', (text, range) => {
    expect(resolve(text, true)).toEqual([range]);
  });

  it('reads a season word used as a verb as no date, and a bare season in an article as none', () => {
    expect(resolve("Tamar's shares fall 17 percent", true)).toEqual([]);
    expect(resolve('in summer')).toEqual([]);
  });
});

describe('a yearless claim against a fact', () => {
  it('falls in any year the fact spans', () => {
    const [august] = resolveDates(['in', 'august'], ['in', 'August'], '2024-01-09', true);
    expect(august?.yearless).toBe(true);
    if (!august) return;
    expect(claimOverlaps(august, { start: '2022-08-01', end: '2022-08-31' })).toBe(true);
    expect(claimOverlaps(august, { start: '2022-07-01', end: '2022-07-31' })).toBe(false);
    expect(claimCovers(august, { start: '2022-08-01', end: '2022-08-31' })).toBe(true);
  });
});

describe('a weekday alone in a question (approximate), against Tuesday, Jan. 9, 2024', () => {
  const day = (text: string) => resolve(text, true).map((r) => r.start);
  it('of an act done: the last such day up to the article', () => {
    expect(day('who met on tuesday')).toEqual(['2024-01-09']);
    expect(day('what happened on monday')).toEqual(['2024-01-08']);
    expect(day('did they talk on friday')).toEqual(['2024-01-05']);
    expect(day('who spoke last tuesday')).toEqual(['2024-01-02']);
  });
  it('of an act ahead: the next such day', () => {
    expect(day('will they vote on saturday')).toEqual(['2024-01-13']);
    expect(day('what happens next tuesday')).toEqual(['2024-01-16']);
  });
  it('not in the present, after "which", nor with a date after it; never in an article\'s own text', () => {
    expect(day('is the vote on saturday')).toEqual([]);
    expect(day('which tuesday was it')).toEqual([]);
    expect(day('did they meet on tuesday , jan. 9')).toEqual(['2024-01-09']);
    expect(resolve('who met on tuesday')).toEqual([]);
  });
});
