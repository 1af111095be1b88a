import { describe, expect, it } from 'vitest';
import { askIngested } from '../support/ingested-engine.js';

// "How many <things>", "how much <thing>" on an article ingested from its text: the one number the article
// attaches to what is counted, or to the act asked, and no number it says of another act.
const works = askIngested(
  [
    'Court halts harbour car park after wall found',
    '',
    'HARBOURTON, May 6 (Coast Wire) - A regional court on Tuesday annulled the permit for an underground car park beneath Market Square.',
    'The ruling halts work that began in January, when contractors fenced off the square and felled 14 plane trees.',
    'Delvin Works, the firm that won the 31 million euro contract, said it had already spent about 6.5 million euros and would seek compensation.',
    'Rosa Lind, who chairs the Market Square Residents Group, said the group had raised 48,000 euros from about 1,100 donors.',
    'The firm said 200 bottles of wine were found in a cellar and that 12 barrels were stored on the site.',
  ],
  '2025-05-06',
);

describe('a number attached to what is counted', () => {
  it('answers "how many" with the number before the noun, and not for an act the article never reports', () => {
    const a = works('How many plane trees were felled?');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^14\b.*The article: "The ruling halts work/);
    // (The member's own verb may be another act: no count is given for it.)
    expect(works('How many plane trees were cut down?').answered).toBe(false);
  });

  it('answers "how much was <X> worth" with the amount qualifying <X>', () => {
    expect(works('How much was the construction contract worth?').text).toMatch(/^31 million euro\. /);
  });

  it('answers "how much did <A> raise" with the amount after the act', () => {
    expect(works('how much did the group raise').text).toMatch(/^48,000 euros\. /);
  });

  it('does not give an amount attached to something else', () => {
    // (The sentence has the firm, "seek" and "compensation", but its amount is what was spent.)
    const a = works('How much compensation is Delvin Works seeking?');
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(/^The article doesn't say/);
    // (Nor a count of things the sentence says something else of: the barrels were stored, not found.)
    const barrels = works('how many barrels of wine were found in the cellar');
    expect(barrels.text).not.toMatch(/^(?:12|200)\b/);
    expect(works('how many bottles were found').text).toMatch(/^200\b/);
  });
});
