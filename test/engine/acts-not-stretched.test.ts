import { describe, expect, it } from 'vitest';
import { askIngested } from '../support/ingested-engine.js';

// A verb of the question found in a sentence only by a word of another sense is not found: "won" is not
// "taking legal advice". (An ingested article, so the reader answers from its sentences alone.)
const vote = askIngested(
  [
    'Tied council seat settled by drawing lots',
    '',
    'ALDERFORD, March 3 (Coast Wire) - A council by-election in the Mill Lane ward was settled by drawing lots on Friday after two candidates finished level on 402 votes.',
    'The returning officer drew the name of Piet Varga, who will take his seat on Monday.',
    'Lena Moss, the losing candidate, told reporters she had lost to a piece of paper.',
    'Moss said she was taking legal advice on an election petition, which must be lodged within 21 days of the result, by April 1.',
  ],
  '2025-03-03',
);

describe('a verb of another sense', () => {
  it('does not answer "who won" from "taking legal advice"', () => {
    for (const q of ['Who won?', 'who won the election']) {
      const a = vote(q);
      expect(a.text, q).not.toMatch(/Lena Moss/);
    }
  });

  it("says it does not know what someone did before an act the article never reports, in the member's words", () => {
    const a = vote('What did Lena Moss do before going into politics?');
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(/^The article doesn't say what Lena Moss did before going into politics\./);
  });

  it('still reads the sentence for what it does say', () => {
    expect(vote('who is taking legal advice').text).toMatch(/^Lena Moss\b/);
  });
});

// A word of grammar in a sentence is no word of the question's, and a phrase may say the act asked.
const deal = askIngested(
  [
    'Transfer collapses over late paperwork',
    '',
    'HARWICK, Sept. 2 (Coast Wire) - Harwick Rovers said on Tuesday that the 6.5 million euro transfer of its striker had collapsed.',
    'The clubs had agreed on the fee, plus up to 1.5 million euros in add-ons, on Saturday, Aug. 30.',
    'In the league vote, the Green List took 34 seats with 27.4 percent.',
  ],
  '2025-09-02',
);

describe("words that are not the question's", () => {
  it('does not answer "how much were the add-ons worth" with an amount near an "on" ("ons" stems to "on")', () => {
    for (const q of ['how much were the add-ons worth', 'how much were the add-ons']) {
      const a = deal(q);
      expect(a.text, q).not.toMatch(/^(?:6\.5|2)\b/);
      if (a.answered) expect(a.text, q).toMatch(/^1\.5 million euros\b/);
    }
  });

  it('reads "took <N> seats" as winning them', () => {
    expect(deal('How many seats did the Green List win?').text).toMatch(/^34\b/);
  });
});

// An amount asked of a thing is the thing's: a sentence that never names it gives no amount of it.
const pests = askIngested(
  [
    'Beetle nest destroyed as growers call for more money',
    '',
    'ALDERFORD, Aug. 27 (Coast Wire) - Inspectors placed 120 beetle traps around the orchard on Tuesday.',
    "A growers' group said the department's budget of 180,000 euros for beetle surveillance this year was too small.",
    'The province has ordered 20,000 extra doses of spray, at a cost of about 600,000 euros.',
  ],
  '2025-08-27',
);

describe('an amount of the thing asked', () => {
  it('does not give a budget of something else as the price of each thing', () => {
    const a = pests('How much does each beetle trap cost?');
    expect(a.answered).toBe(false);
    expect(a.text).not.toMatch(/^180,000/);
  });

  it('still answers amounts of what the sentence names', () => {
    expect(pests('how many traps were placed').text).toMatch(/^120\b/);
    expect(pests('how big is the surveillance budget').text).toMatch(/^180,000 euros/);
    // (A word qualifying the thing may be missing: "spray doses" of "doses of spray".)
    expect(pests('How much are the extra spray doses costing?').text).toMatch(/^600,000 euros/);
  });
});
