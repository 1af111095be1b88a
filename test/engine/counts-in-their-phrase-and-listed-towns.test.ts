import { describe, expect, it } from 'vitest';
import { askIngested } from '../support/ingested-engine.js';

// An article of its own: two counts in one clause ("close 120 of its 2,000 shops and cut 900 jobs"), one city's
// share of them ("on <city>, where 45 shops will shut"), the opposite act counted elsewhere ("opened 300 shops"),
// a capital listed beside a town ("followed by <capital> and <town>"), which is a place, not a government, two
// acts with a number each ("killed two shoppers and injured 14 others"), and a share at a named hospital.
const ask = askIngested(
  [
    'Bakery chain Crumbly to shut 120 shops and cut 900 jobs',
    '',
    'MADRID, March 3, 2026 (Wire) - Portuguese bakery chain Crumbly said on Tuesday it would close 120 of its roughly 2,000 shops and cut about 900 jobs, blaming higher flour prices.',
    'The closures will fall most heavily on Porto, where 45 shops will shut, followed by Lisbon and Braga.',
    'Crumbly opened about 300 shops in 2024 alone.',
    'Last month a delivery van owned by the chain crashed into a market, killed two shoppers and injured 14 others.',
    'Dr Ana Costa, a surgeon at Santo Antonio Hospital, where nine of the injured were treated, said all would recover.',
  ],
  '2026-03-03',
);

describe('a count is of the noun in its own phrase', () => {
  it('does not count the jobs cut by the shops the firm has ("5,900 stores and cut 2,400 jobs")', () => {
    const a = ask('how many jobs will be cut');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^900\b/);
  });

  it("counts the shops closed in all, not one city's share of them", () => {
    const a = ask('how many shops will close');
    expect(a.text).toMatch(/^120\b/);
    expect(ask('how many shops will shut in porto').text).toMatch(/^45\b/);
  });

  it("never answers a count of closures with the city's share or a count of shops opened", () => {
    // (wink reads "closing" after its subject as a noun: it is still the act asked.)
    const a = ask('how many shops is the chain closing?');
    expect(a.text).not.toMatch(/^(?:About )?(?:45|300|2,000)\b/);
  });
});

describe('a number after the verb of its act', () => {
  it('counts those the act asked was done to, not those of the act before it', () => {
    expect(ask('how many were injured').text).toMatch(/^14\b/);
    expect(ask('how many people were hurt in the crash').text).toMatch(/^14\b/);
    expect(ask('how many people were killed').text).toMatch(/^Two\b/);
  });

  it('gives the share "at <a named hospital>, where <n> ..." when the question names it by a word of its name', () => {
    expect(ask('how many were treated at the hospital').text).toMatch(/^Nine\b/);
  });
});

describe('a capital listed beside a town', () => {
  it('is a place of the article, so a count the article does not give for it is refused', () => {
    for (const q of ['how many shops are closing in lisbon?', 'how many shops will shut in braga']) {
      const a = ask(q);
      expect(a.answered, q).toBe(false);
      expect(a.text, q).toMatch(/^The article doesn't say/);
    }
  });

  it('never corrects a statement as if it were an event held somewhere ("took place in <dateline city>")', () => {
    const a = ask('why did crumbly close shops in lisbon');
    expect(a.text).not.toMatch(/took place in/);
  });
});
