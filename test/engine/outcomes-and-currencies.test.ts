import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '../../src/ingest/gazetteer.js';
import { ingestArticle } from '../../src/ingest/ingest-article.js';
import { createNlp } from '../../src/nlp/create-nlp.js';
import { askIngested } from '../support/ingested-engine.js';

// An article of its own: a restoration's cost, a hall's size beside a crowd's, a price in a currency outside the
// common few, a fine, a storm, a rise by a percentage and what comes next.
const lines = [
  'Harbour theatre reopens after restoration',
  '',
  'The Lindqvist Theatre in Tamsby, a 1,100-seat hall, reopened on Saturday, May 17, with a gala performance of Rigoletto.',
  'The restoration cost 31 million dollars.',
  'About 1,050 guests attended, among them the mayor.',
  'Farmer Ama Boateng said traders in the border towns were paying the equivalent of about 4,400 cedis a bag.',
  'Regulator Ofstage on Monday fined Norvik Staging 2 million dollars over a jammed stage lift.',
  'Storm Elna forced the theatre to close for a week in March.',
  'The theatre raised ticket prices by 15%, and the new prices take effect on Monday, June 2.',
  'Its chairwoman said the prices would be reviewed in September, before the winter season.',
  'The east wing will stay shut until at least the end of June.',
  'The director said the west wing would stay shut for at least six weeks while its floor is replaced.',
];
const date = '2025-05-19';
const ask = askIngested(lines, date);

describe('"ended up <doing>": the act is the verb after it', () => {
  it('answers "how much did it end up costing" from the sentence that says what it cost', () => {
    const a = ask('how much did the restoration end up costing?');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^31 million dollars\./);
  });
});

describe('sums and counts', () => {
  it('gives a sum in any currency the gazetteer knows, with its currency', () => {
    const a = ask('how much were traders in the border towns paying?');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^4,400 cedis\./);
  });

  it('answers "by how much" with a percentage', () => {
    const a = ask('by how much did the theatre raise ticket prices?');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^15%\./);
  });

  it('does not count people with a number that measures something else ("a 1,100-seat hall")', () => {
    const a = ask('how many people were at the gala?');
    expect(a.text).not.toMatch(/^1,100/);
  });
});

describe('acts in other words', () => {
  it('answers "who was fined" with whoever the fine was imposed on, not whoever imposed it', () => {
    const a = ask('who was fined?');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^Norvik Staging\./);
  });

  it('reads "looked at again" as reviewed', () => {
    expect(ask('when will the prices be looked at again?').text).toMatch(/^September/);
  });
});

describe('how long a state goes on, and when an act was done in other words', () => {
  it('gives when a state ends ("until ...") or how long it lasts, for what is still to come', () => {
    expect(ask('how long will the east wing stay closed?').text).toMatch(/^Until at least the end of June\./);
    expect(ask('how long will the west wing stay closed?').text).toMatch(/^At least six weeks\./);
  });

  it('reads "issue her ruling" as ruling, though wink reads "issue" as a noun', () => {
    // (A ruling's sentence that has "issued" far off, of something else.)
    const court = askIngested(
      [
        'Court fines logging firm',
        '',
        'BRASILIA, May 6 (Reuters) - A federal judge has fined the logging company Madeira Sul 12 million reais for illegal felling.',
        'Judge Ana Costa, of the federal environmental court in Manaus, ruled on Monday, May 5, that Madeira Sul had cut and removed timber from the Tapajos National Forest over at least two years, using permits issued for a neighbouring private estate to disguise where the wood came from.',
      ],
      '2025-05-06',
    );
    const a = court('when did the judge issue her ruling?');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^May 5\b/);
  });
});

describe('a storm named like a person', () => {
  it('is no person', () => {
    const people = ingestArticle(createNlp(), loadGazetteer(), lines.join('\n'), {
      date,
    }).facts.entities.filter((e) => e.kind === 'person');
    expect(people.map((e) => e.name)).not.toContain('Storm Elna');
    expect(people.map((e) => e.name)).toContain('Ama Boateng');
  });
});
