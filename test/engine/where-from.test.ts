import { describe, expect, it } from 'vitest';
import { askIngested } from '../support/ingested-engine.js';

// Where someone set off from, as an ingested article says it ("left <X>", "from <X>"): never the place they
// arrived at, the town a description of them names, or the boat they went in.
const rower = askIngested(
  [
    'New Zealand rower reaches Mauritius after solo Indian Ocean crossing',
    '',
    'Hana Whitcombe, a 34-year-old former physiotherapist from Nelson, New Zealand, rowed into the harbour at Port Louis, Mauritius, on Saturday, Aug. 16, completing a solo crossing of the Indian Ocean in 58 days.',
    'Whitcombe left Geraldton on June 19 in Kahu, a 7.3-metre carbon-fibre boat.',
    'On day 9, Kahu capsized in seas of about seven metres, the first of five capsizes, and Whitcombe lost a satellite phone overboard.',
    'Her autopilot failed on day 23, forcing her to steer with ropes tied to the rudder lines while she rowed.',
  ],
  '2025-08-17',
);

describe('where someone set off from', () => {
  it('is the place they left, not where they arrived or what they went in', () => {
    for (const q of ['where did she set off from', 'where did whitcombe leave from', 'where did she leave']) {
      expect(rower(q).text, q).toMatch(/^Geraldton\./);
    }
  });

  it('is never the place they arrived at', () => {
    expect(rower('Where did she start from?').text).not.toMatch(/Port Louis/);
  });
});
