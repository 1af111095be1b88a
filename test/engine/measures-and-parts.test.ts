import { describe, expect, it } from 'vitest';
import { askIngested } from '../support/ingested-engine.js';

// Measures an ingested article gives in its own form (and the names it lists for "which <kind>"): a length in words ("six kilometres"), a speed ("20 metres
// an hour"), a distance asked as "how close"; a part of a whole ("cutting 430 of its 470 jobs"); and a word a
// synonym of the first article's took the place of ("shut", read for "sever"), which keeps its own senses.
const volcano = askIngested(
  [
    'Lava nears village on Aldeia island as eruption enters third day',
    '',
    'The eruption began on Tuesday, when a fissure about 800 metres long opened on the western flank, sending an ash column roughly six kilometres into the sky.',
    'On Thursday the main lava flow was advancing at about 20 metres an hour and was roughly 600 metres from the first houses of Portela, said Helena Fonseca, a volcanologist.',
    '"Nobody stays in the caldera while lava is moving," said Rui Tavares, the civil protection chief.',
    'The villages of Portela, Bangaeira and Ilhéu de Losna were ordered evacuated at 2 a.m. on Wednesday.',
  ],
  '2025-02-20',
);

const mill = askIngested(
  [
    'Weaving mill to close with loss of 430 jobs',
    '',
    'Talwerk, one of the last large weaving mills in the region, will close its factory in Lindau at the end of March next year, cutting 430 of its 470 jobs, the company told staff on Monday, 10 November 2025.',
    'Katrin Vollmer, the managing director, said the business could no longer cover its costs.',
  ],
  '2025-11-10',
);

describe('a measure asked with "how <word>"', () => {
  it('is a length written in words', () => {
    const a = volcano('How high did the ash column go?');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^Roughly six kilometres\./);
  });

  it('is a speed for "how fast", in whatever verb the sentence moves it', () => {
    expect(volcano('how fast is the lava moving').text).toMatch(/^About 20 metres an hour\./);
    expect(volcano('how quickly was the lava advancing').text).toMatch(/^About 20 metres an hour\./);
  });

  it('is a distance for "how close" and "how far", never a speed', () => {
    for (const q of ['How close is the lava to Portela?', 'how far is the lava from portela']) {
      expect(volcano(q).text, q).toMatch(/^Roughly 600 metres\./);
    }
  });

  it('is no speed where the sentences give none', () => {
    expect(volcano('how fast did the ash spread').answered).toBe(false);
  });
});

describe('things asked for by "which <kind>"', () => {
  it('are the names the sentence lists after the kind', () => {
    expect(volcano('Which villages were evacuated?').text).toMatch(
      /^The villages of Portela, Bangaeira and Ilhéu de Losna\./,
    );
  });
});

describe('a number of a part of a whole', () => {
  it('answers for the act just before it, and the whole for the rest', () => {
    expect(mill('How many jobs are being cut?').text).toMatch(/^430\./);
    expect(mill('how many jobs does Talwerk have').text).toMatch(/^470\./);
    expect(mill('how many people work at the factory').text).toMatch(/^470\./);
  });

  it('is never "one of the last <mills>"', () => {
    const a = mill('how many weaving mills are in the region');
    expect(a.answered).toBe(false);
    expect(a.text).not.toMatch(/^One\./);
  });
});

describe('a word a synonym reads as another', () => {
  it('keeps its own meaning too: "shut" is "close"', () => {
    const a = mill('When will the factory shut?');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^March next year \(March 2026\)/);
  });
});

const slide = askIngested(
  [
    'Landslide cuts mountain railway in Valais',
    '',
    'SION, Switzerland, July 9 (AFP) - A landslide swept away about 80 metres of track on a mountain railway on Monday, July 8, stranding more than 200 hikers.',
    'The slide came down shortly after 4:30 pm below the village of Chandolin.',
    '"It told us the ship went down sometime after 1648, probably within a few years," Lindqvist said.',
    'The ship, about 31 metres long, is unusually intact because the water is cold.',
    'A court upheld a four-year doping ban on the skater on Friday.',
  ],
  '2024-07-09',
);

describe('a time of day asked for', () => {
  it('is the time the sentence gives, not its date', () => {
    expect(slide('what time did the slide come down').text).toMatch(/^Shortly after 4:30 pm\. /);
  });

  it('is never a date when the sentences give no time', () => {
    expect(slide('what time did the landslide sweep away the track').text).not.toMatch(/^July/);
  });
});

describe('how long a thing is', () => {
  it('is its length, not a stretch of time near it', () => {
    expect(slide('How long is the ship?').text).toMatch(/^About 31 metres long\./);
  });

  it('is a stretch of time that is its own ("a four-year ban")', () => {
    expect(slide('How long is the ban?').text).toMatch(/^Four years\./);
  });
});
