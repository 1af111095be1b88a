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

  it('still reads the sentence for what it does say', () => {
    expect(vote('who is taking legal advice').text).toMatch(/^Lena Moss\b/);
  });
});
