import { describe, expect, it } from 'vitest';
import { askIngested } from '../support/ingested-engine.js';

// A ban decided on the article's day, whose start the article does not give.
const scooters = askIngested(
  [
    'City bans rental e-scooters from old town',
    '',
    'LINDHOLM, March 3 (Coast Wire) - The city council on Monday approved a ban on rental e-scooters in the old town after a year of complaints from residents.',
    'Operators said they would study the decision.',
  ],
  '2025-03-03',
);

describe('when something decided starts', () => {
  it('does not give the day it was decided as the day it starts', () => {
    for (const q of ['When does the ban kick in?', 'when will the ban start', 'when did the ban start?']) {
      const a = scooters(q);
      expect(a.answered, q).toBe(false);
      expect(a.text, q).not.toMatch(/^(?:Monday|March 3)\b/);
    }
  });

  it('gives the day it was decided when that is asked', () => {
    const a = scooters('when was the ban approved?');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/March 3/);
  });
});

// A trial reported on the article's own day, and nothing said of what comes after it.
const trial = askIngested(
  [
    'Seal vaccine trial cuts infections, researchers say',
    '',
    'An experimental vaccine cut infections among grey seals by half in a two-year trial, researchers at Kelmar University reported on Thursday, June 11.',
    'The team vaccinated 40 seals on two islands.',
  ],
  '2026-06-11',
);

describe("when something will happen, of what is reported as done on the article's day", () => {
  it('does not give that day as when it will happen', () => {
    const a = trial('When will the vaccine be given to all seals?');
    expect(a.answered).toBe(false);
    expect(a.text).not.toMatch(/^June 11/);
  });
});
