import { describe, expect, it } from 'vitest';
import { askIngested } from '../support/ingested-engine.js';

// An invented article: a share of customers served by three firms together, and a sum in the sentence after the
// one that names a compensation claim.
const ask = askIngested(
  [
    'Carriers told to keep unused data',
    '',
    'The regulator on Monday, June 2, 2025, ordered carriers to let customers keep unused data.',
    'The three largest carriers, Telvo, Brightnet and Norva, which together serve more than 80% of subscribers, said the rule would hurt investment.',
    'Telvo said it would seek compensation from the government. It said it had already spent 4.5 million euros on new billing systems.',
  ],
  '2025-06-02',
);

describe('a share is no count', () => {
  it('does not answer "how many subscribers" with a percentage', () => {
    // (Refused: the sentence may be quoted as the nearest thing the article says, never given as the count.)
    const a = ask('how many subscribers does brightnet have?');
    expect(a.answered).toBe(false);
    expect(a.text).not.toMatch(/^(?:more than )?80%/i);
  });
});

describe('a sum asked of a noun', () => {
  it('is not taken from the next sentence, which is about another sum', () => {
    const a = ask('how much compensation will telvo seek?');
    expect(a.answered).toBe(false);
    expect(a.text).not.toMatch(/^4\.5 million/);
  });

  it('is still given from the sentence that has it', () => {
    expect(ask('how much did telvo spend on billing systems?').text).toMatch(/^4\.5 million euros/);
  });
});

describe('a sum is no count of people', () => {
  const festival = askIngested(
    [
      "Storm cancels festival's last day",
      '',
      'Organisers cancelled the final day of the Tarn festival on Saturday, June 7, 2025, as a storm neared.',
      'About 12,000 people had tickets for Sunday, when a singer was due to close the festival.',
      'Holders of 60-euro day tickets will receive full refunds, while buyers of 150-euro three-day passes will get 50 euros back.',
    ],
    '2025-06-07',
  );

  it('answers "how many people" with the people, not the euros refunded', () => {
    expect(festival('how many people had tickets for the final day?').text).toMatch(/^12,000\b/);
  });

  it('still answers "how many euros" with the sum', () => {
    expect(festival('how many euros will three-day pass buyers get back').text).toMatch(/^50 euros/);
  });
});
