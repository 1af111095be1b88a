import { describe, expect, it } from 'vitest';
import { askIngested } from '../support/ingested-engine.js';

// An invented article: a body described by its kind ("one of <a country>'s largest dairy farms"), later called
// "the farm", and a family sharing a person's surname.
const ask = askIngested(
  [
    'Danish group to buy Estonian dairy',
    '',
    "TALLINN, May 5 (Reuters) - Saaremaa Juust, one of Estonia's largest dairy farms, agreed on Tuesday to sell a 60 percent stake to the Danish dairy group Kolding Mejeri for 30 million euros.",
    "Kadri Tamm, Saaremaa's managing director, said the company had been squeezed by the cost of feed.",
    'The Tamm family, which founded the farm in 1991, will keep the remaining 40 percent.',
    'The sale needs approval from the competition authority.',
  ],
  '2025-05-05',
);

describe('"the <kind>" for the body the article described by that kind', () => {
  it('answers of the body from a sentence that calls it "the farm"', () => {
    const a = ask('when was Saaremaa Juust founded?');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^1991/);
  });
});

describe('"the <Surname> family" is no person of that name', () => {
  it('does not name the managing director, nor a country, as the founder', () => {
    for (const q of ['who founded Saaremaa Juust?', 'who founded the farm?']) {
      const a = ask(q);
      expect(a.text, q).not.toMatch(/^Kadri Tamm|^Estonia|^Denmark/);
      expect(a.text, q).toMatch(/Tamm family, which founded the farm in 1991/);
    }
  });
});
