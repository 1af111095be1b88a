import { describe, expect, it } from 'vitest';
import { compareIsoDates } from '../../src/facts/compare-iso-dates.js';

describe('compareIsoDates', () => {
  it('orders ISO dates as time does, as localeCompare did', () => {
    const dates = ['2031-05-12', '2030-11-02', '2031-05-02', '1999-12-31', '2031-05-12'];
    expect([...dates].sort(compareIsoDates)).toEqual([...dates].sort((a, b) => a.localeCompare(b)));
    expect([...dates].sort(compareIsoDates)).toEqual([
      '1999-12-31',
      '2030-11-02',
      '2031-05-02',
      '2031-05-12',
      '2031-05-12',
    ]);
  });
});
