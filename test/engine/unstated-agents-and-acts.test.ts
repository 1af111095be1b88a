import { describe, expect, it } from 'vitest';
import { askIngested } from '../support/ingested-engine.js';

// An article of its own: a firm described as "a start-up founded <when>" (no founder named), and a volcano named
// only as where people live, never as erupting.
const ask = askIngested(
  [
    'Drillers hit magma at Krafla',
    '',
    'REYKJAVIK, Aug. 10, 2026 — Engineers drilling at Krafla struck molten rock late on Sunday.',
    'The borehole, known as KM-1, was drilled by Gloo Geothermal, a Reykjavik start-up founded four years ago, with money from the government.',
    'Anna Berg, who chairs the council of the municipality that includes Krafla, said residents had asked last year for earthquake monitoring.',
    'Drilling began in April.',
  ],
  '2026-08-10',
);

describe('what the sentences never say', () => {
  it('does not answer who did what a participle only describes ("a start-up founded four years ago")', () => {
    const a = ask('who founded gloo geothermal');
    expect(a.answered).toBe(false);
    expect(a.text).not.toMatch(/^KM-1/);
    // (A "by" names the doer.)
    expect(ask('who drilled the borehole').text).toMatch(/^Gloo Geothermal/);
  });

  it('does not date an act from a sentence that names only where it happened', () => {
    const a = ask('when did krafla last erupt');
    expect(a.answered).toBe(false);
    expect(a.text).not.toMatch(/^last year/i);
    expect(ask('when did drilling begin').text).toMatch(/^April/);
  });
});
