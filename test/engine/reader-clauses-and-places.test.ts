import { describe, expect, it } from 'vitest';
import { askIngested, ingestedEngine } from '../support/ingested-engine.js';

const takeover = askIngested(
  [
    'Oyster grower accepts takeover',
    '',
    'HOBART — Derwent Shellfish agreed on Wednesday, April 8, to be taken over by Southern Ocean Aquaculture.',
    'Ruth Ashby, whose late father founded Derwent in 1985 and who holds 22 percent of its shares, said she would vote against it.',
    "Sophie Grech, an analyst at Franklin Partners, said Ashby's stake made a rejection possible, because several large funds would accept the offer, which is 48 percent above the share price before the first approach.",
    'The takeover must also be cleared by the competition regulator, which is expected to decide next month whether to open a formal review.',
  ],
  '2026-04-08',
);

describe('a number in a relative clause on another noun', () => {
  it('is not the amount of the words the question matched before it', () => {
    const a = takeover('How big a stake does Ruth Ashby have?');
    expect(a.text).not.toMatch(/^48 percent/);
  });
  it('is still the amount asked of the noun it is said of', () => {
    expect(takeover('how much above the share price is the offer?').text).not.toMatch(/^22 percent/);
  });
});

describe('"which <kind>" of sentences that name none of that kind', () => {
  it("is refused, not answered from the headline or from someone else's words", () => {
    const asked = [
      takeover('which funds will accept the offer'),
      takeover('Which funds have said they will accept the offer?'),
    ];
    for (const a of asked) {
      expect(a.answered).toBe(false);
      expect(a.text).not.toMatch(/^Sophie Grech said/);
    }
  });
});

const telescope = askIngested(
  [
    'Observations halted at island observatory',
    '',
    "Astronomers using the Alcaraván Telescope on La Palma were told on Thursday, February 19, that the instrument's 3.6-metre main mirror had cracked during routine maintenance, halting all observations with it.",
    'The 11-tonne mirror was being lowered out of the telescope on Tuesday.',
    'An inspection the next morning found a 38-centimetre crack running inward from its edge.',
  ],
  '2026-02-19',
);

describe('"how much <a kind of sum>" of a sentence giving its rise first', () => {
  const ask = askIngested(
    [
      'Oyster grower accepts takeover',
      '',
      'HOBART — Derwent Shellfish agreed on Wednesday, April 8, to be taken over by Southern Ocean Aquaculture.',
      'The company now sells about 14 million oysters a year.',
      'Its profit rose 31 percent last year to A$9.4 million.',
    ],
    '2026-04-08',
  );
  it('is the sum, not the rise', () => {
    expect(ask('How much profit was made last year?').text).toMatch(/^A\$9\.4 million\./);
  });
  it('is the rise when the rise is asked', () => {
    expect(ask('how much did profit rise').text).toMatch(/^31 percent/);
  });
});

describe('a length that measures another noun, adjectives between', () => {
  it('is passed over for the length of the thing asked', () => {
    expect(telescope('How long is the crack?').text).toMatch(/^38 centimetres\./);
  });
});

const dorm = askIngested(
  [
    'Students moved out',
    '',
    "The University of Tartu began moving 238 students out of a five-storey dormitory in the city's Annelinn district on Monday, October 13, after inspectors found mould.",
  ],
  '2025-10-13',
);

describe('"where is <a thing>" of "<the thing> in <a place> on <a date>"', () => {
  it('gives the place, which ends where the date begins', () => {
    const a = dorm('Where is the dormitory?');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^The city's Annelinn district\./);
  });
  it('reads "located" as asking only where it is', () => {
    expect(dorm('where is the dormitory located?').text).toMatch(/^The city's Annelinn district\./);
  });
});

describe('a name whose given name is an English verb, opening a sentence', () => {
  it('is read as a person when a role is set off after it', () => {
    const engine = ingestedEngine(
      [
        'Firm rejects claim',
        '',
        "Rein Pärn, the firm's chief executive, rejected the claim on Monday, May 5.",
      ].join('\n'),
      { date: '2025-05-05' },
    );
    const a = engine.ask('who is rein pärn?', 'rein');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/chief executive/);
    expect(a.intent).toBe('who-is');
  });
});

describe('a currency code written with its sign ("A$2.35")', () => {
  it('is no name of a place or a person', () => {
    const engine = ingestedEngine(
      [
        'Oyster grower accepts takeover',
        '',
        'HOBART — Southern Ocean will pay A$2.35 a share in cash, it said on Wednesday, April 8.',
      ].join('\n'),
      { date: '2026-04-08' },
    );
    expect(engine.ask('where is A$?', 'a').answered).toBe(false);
    expect(engine.ask('how much will southern ocean pay a share?', 'b').text).toMatch(/A\$2\.35/);
  });
});
