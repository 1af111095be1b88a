import { describe, expect, it } from 'vitest';
import { askIngested } from '../support/ingested-engine.js';

// An article of its own: a crew counted as "a crew of <n>", an hour of the day, a count of journeys made by the
// things asked about, a ground measured by its seats and a rate per day.
const ask = askIngested(
  [
    'Drillers reach magma in test well',
    '',
    'REYKJAVIK, Aug. 10, 2026 — Engineers drilling in northeast Iceland struck molten rock late on Sunday.',
    'The crew first noticed the drill slowing shortly after 11 p.m., the company said.',
    'The crew of 38 will now seal the well.',
    'About 240 licensed carts operate in the town, and a study counted up to 1,900 cart journeys a day.',
    'The company will build a 16,000-seat ground for visitors.',
    'Its old ground, which it will sell, has 6,500 seats.',
  ],
  '2026-08-10',
);

describe('what a number counts', () => {
  it('answers how big a group is from "a crew of <n>"', () => {
    for (const q of ['how many people are in the crew', 'how big is the crew']) {
      const a = ask(q);
      expect(a.answered, q).toBe(true);
      expect(a.text, q).toMatch(/^38\b/);
    }
  });

  it('never takes an hour of the day ("11 p.m.") for a count', () => {
    expect(ask('how many people noticed the drill slowing').text).not.toMatch(/^11\b/);
  });

  it('does not count <A> with a number of <B> that <A> only describes ("1,900 cart journeys")', () => {
    expect(ask('how many carts are there').text).toMatch(/^(?:About )?240\b/);
    expect(ask('how many cart journeys were counted').text).toMatch(/^1,900\b/);
  });

  it('counts the noun a number is joined to ("a 16,000-seat ground" has 16,000 seats)', () => {
    expect(ask('how many seats will the new ground have').text).toMatch(/^16,000\b/);
  });

  it('reads "<n> a day" as a rate, not as a question of how long', () => {
    const a = ask('how many cart journeys a day did the study count');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^1,900\b/);
  });
});

// An article of its own: a race leader, and a rider's left collarbone ("left" is no form of "lead").
const race = askIngested(
  [
    'Stage neutralised after crash',
    '',
    'EPINAL, May 20, 2026 (Wire) - The third stage of the race was neutralised on Wednesday after riders crashed.',
    'Dr. Claire Mounier, the race doctor, said Italian rider Luca Ferraro had broken his left collarbone.',
  ],
  '2026-05-20',
);

describe('words that only look alike', () => {
  it('does not take "left" (a side) for a form of "lead"', () => {
    expect(race('who is leading the race').text).not.toMatch(/^Luca Ferraro/);
  });
});
