import { describe, expect, it } from 'vitest';
import { askIngested, qualityArticleEngine } from '../support/ingested-engine.js';

// An invented article: things sent somewhere, and a sale whose stake and price are in one sentence.
const ask = askIngested(
  [
    'Lake cores head to Germany',
    '',
    'OHRID, May 18 - Scientists finished drilling a 700-metre core of mud from Lake Ohrid on Monday.',
    'The cores will be shipped by lorry to the University of Cologne next week, where researchers will begin analysing them in June.',
    'The drilling firm agreed to sell a 40 percent stake to the Macedonian Geological Survey for 2 million euros.',
    'A storm damaged the platform in April.',
    'A court ordered the drilling firm to refund 300,000 euros to the lake authority.',
  ],
  '2026-05-18',
);

describe('where a thing sent goes', () => {
  it('answers "where are <things> being shipped" with the place or body after "to", citing the sentence', () => {
    const a = ask('where are the cores being shipped?');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^To the University of Cologne\./);
    expect(a.citations[0]?.text).toMatch(/shipped by lorry to the University of Cologne/);
  });

  it('places an act "off <a port>" there, in the sentence\'s own word', () => {
    const a = qualityArticleEngine('held-out-43', '431-kandla-coal-ship-arrest.txt').ask(
      'Where was the fuel delivered?',
    );
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^Off Singapore\./);
  });

  it('still says where the article gives no place for an event that sends nothing', () => {
    expect(ask('where did the storm happen?').answered).toBe(false);
  });
});

describe('"give back" as "refund"', () => {
  it('answers how much must be given back from the sentence that says refund', () => {
    const a = ask('how much money does the drilling firm have to give back?');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^300,000 euros/);
  });
});

describe('"how much is <X> sold for": the price, not the size of what was sold', () => {
  it('answers with the sum after "for", not the share', () => {
    const a = ask('how much was the stake sold for?');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^2 million euros/);
    expect(ask('how big is the stake?').text).toMatch(/^40 percent/);
  });
});
