import { describe, expect, it } from 'vitest';
import { askIngested } from '../support/ingested-engine.js';

// A dig, ingested like any article: a passive with no doer in a named town, and a share of a group beside its size.
const dig = askIngested(
  [
    'Divers find Roman anchor off Portmarra',
    '',
    'PORTMARRA, July 9 (Coast Wire) - Divers have raised a Roman anchor from the harbour at Portmarra, the town council said on Wednesday.',
    'The anchor was first seen in June in a channel dredged for ferries.',
    '"When it came up, half the crew cheered," said Tomas Ebner, who led the dive.',
    'The crew, which numbers 12 divers including four students, worked for three weeks.',
  ],
  '2025-07-09',
);

describe('a "who" question answered by no place', () => {
  it('does not name the town as who did an act the article reports without a doer', () => {
    for (const q of ['who saw the anchor', 'Who first saw the anchor?']) {
      const a = dig(q);
      expect(a.text, q).not.toMatch(/^Portmarra\b/);
    }
  });
});

describe('"how many" answered by a count, not a share', () => {
  it('gives the number of the group, not "half"', () => {
    const a = dig('how many people are in the crew');
    expect(a.text).not.toMatch(/^Half\b/i);
    expect(a.text).toMatch(/^12\b/);
  });
});

// A place of the telling beside the place of the act told.
const plans = askIngested(
  [
    'Council plans leaked before vote',
    '',
    'DUNMORE, Feb. 4 (Coast Wire) - Mayor Alan Greer told reporters in Dunmore on Tuesday that copies of the harbour plans were first posted on Facebook on Sunday night.',
    'The council will vote on the plans next week.',
  ],
  '2025-02-04',
);

describe('"where" of an act the sentence reports', () => {
  it('gives the place of that act, not of the telling', () => {
    const a = plans('where were the plans first posted?');
    expect(a.text).not.toMatch(/^Dunmore\b/);
    expect(a.text).toMatch(/^Facebook\b/);
  });
});
