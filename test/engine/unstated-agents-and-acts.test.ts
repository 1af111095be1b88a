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
    'Tom Reyes, a geologist, said he had chosen Krafla because of its shallow heat.',
    'Petra Novak, a cave diver with the team, and a colleague inspected the well on Monday.',
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

describe('what the sentences do say, in other words', () => {
  it('answers a why of two names whose verb the sentence words otherwise ("pick" of "had chosen")', () => {
    const a = ask('why did tom reyes pick krafla');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/shallow heat/);
  });

  it('does not name the person the question names as the other one ("the diver who went in with <A>")', () => {
    const a = ask('what is the name of the diver who went in with petra novak');
    expect(a.answered).toBe(false);
    expect(a.text).not.toMatch(/^Petra Novak/);
  });
});
