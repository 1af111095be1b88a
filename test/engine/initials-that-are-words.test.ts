import { describe, expect, it } from 'vitest';
import { askIngested } from '../support/ingested-engine.js';

// An organisation known by initials that spell a question word ("World Health Organization", "WHO"): the
// capital a question's first word takes is no initials, so "Who is <X>?" still asks who <X> is.
const clinic = askIngested(
  [
    'Rural clinic wins award for measles campaign',
    '',
    'GARVOCK, May 12 (Coast Wire) - A rural clinic in Garvock won a regional award on Monday for a measles vaccination campaign that reached 4,000 children.',
    'The World Health Organization praised the campaign in a report last month.',
    'Dr. Ilse Rahmani, the clinic director, said the award would pay for a second nurse.',
  ],
  '2025-05-12',
);

describe('initials that spell a question word', () => {
  it('answers "Who is <X>?" typed with a capital, as it does in lower case', () => {
    for (const q of ['Who is Ilse Rahmani?', 'who is ilse rahmani', 'Who is Dr. Rahmani?']) {
      const a = clinic(q);
      expect(a.answered, q).toBe(true);
      expect(a.text, q).toMatch(/clinic director/);
    }
  });

  it('still reads the initials typed in capitals as the organisation', () => {
    const a = clinic('What did the WHO do?');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/praised the campaign/);
  });
});
