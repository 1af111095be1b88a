import { describe, expect, it } from 'vitest';
import { askIngested } from '../support/ingested-engine.js';

// People asked for by what they do or hold, as the article describes them: "who owns <X>" when no sentence
// reports the act is the one described by the noun for whoever does it ("<X>'s owner", "director of <X>"),
// never someone whose noun is only near it ("<X>'s finance director" does not run <X>); "who is the mayor" is
// the mayor, not a deputy mayor; a dateline's place ("NANTES, France, Oct 3 (Reuters) -") is a place, never
// an answer to "who".
const club = askIngested(
  [
    "Council backs new stadium for Harbour Rugby in late-night vote as mayor's allies split",
    '',
    "LORIENT, France, Oct 3 (Reuters) - The city council approved a 128 million euro stadium for Harbour Rugby on Friday, Oct. 3, after a seven-hour session that split the mayor's own majority.",
    "Sophie Garnier, the city's Socialist mayor, said the city was buying a public building.",
    'Clémence Aubry, the deputy mayor for ecological transition, resigned after the vote.',
    'Malik Benali, the deputy mayor for finance, said taxes would not rise.',
    '"Tonight this city chose to keep professional rugby," said Yannick Le Bihan, the club\'s owner.',
    "Marta Silva, the club's finance director, said the club would pay 62 million euros.",
    'Armindo Tavares, the national director of civil protection, said the site was safe from floods.',
  ],
  '2025-10-03',
);

describe('a person asked for by what they do', () => {
  it("is the one the article describes by the doer's noun", () => {
    const owner = club('Who owns the rugby club?');
    expect(owner.answered).toBe(true);
    expect(owner.text).toMatch(/^Yannick Le Bihan, the club's owner\./);
    expect(club('who runs civil protection').text).toMatch(
      /^Armindo Tavares, the national director of civil protection\./,
    );
  });

  it('is the holder of a title, not of a title under it', () => {
    expect(club('who is the mayor').text).toMatch(/^Sophie Garnier, the city's Socialist mayor\./);
    expect(club("who's the deputy mayor for finance").text).toMatch(/Malik Benali/);
  });

  it('is dated from the lede when the headline alone holds the question ("when did the council vote")', () => {
    expect(club('When did the council vote?').text).toMatch(/^Oct\. 3 \(October 3, 2025\)/);
  });

  it('is never the place a dateline names', () => {
    expect(club('who is the mayor').text).not.toMatch(/Lorient/i);
    expect(club('where was the stadium approved').text).toMatch(/Lorient/);
  });

  it('is not someone whose noun only stands near the thing', () => {
    const a = club('who runs the club');
    expect(a.text).not.toMatch(/Silva/);
  });
});
