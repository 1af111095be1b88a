import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '../../src/ingest/gazetteer.js';
import { ingestArticle } from '../../src/ingest/ingest-article.js';
import { createNlp } from '../../src/nlp/create-nlp.js';
import { askIngested, ingestedEngine } from '../support/ingested-engine.js';

const REPO = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

// An invented wire story: a dateline's agency, a numbered road, a death told by the headline and the lede.
const storm = [
  'Snowstorm traps drivers on coastal road; one man dies',
  '',
  'HARBOURTON (Eastwind News) - A stretch of National Route 12 reopened on Sunday, March 2, 2025, a day after a snowstorm trapped about 200 cars, and left one driver dead.',
  'The man, named by police as Tomas Vell, 61, was found in his car on Saturday and pronounced dead in hospital.',
  'Police said the road authority had been warned on Friday.',
];

// An invented ruling: a headline that opens with "Court", and the court named in full once.
const ruling = [
  'Court keeps old bus station listed',
  '',
  'The Marrow Court of Appeal on Thursday, May 8, 2025, upheld a decision by the culture ministry to list the old bus station as a monument.',
  'Loam Developments, which bought the station in 2021, said it would seek compensation.',
  'The company will decide by the end of the year whether to sell the site.',
];

describe('who did an act the article tells', () => {
  const ask = askIngested(storm, '2025-03-02');

  it('never names the agency of the dateline or a road for it', () => {
    expect(ask('who died').text).not.toMatch(/Eastwind|National Route/);
    // (A longer wire story of the quality set, whose lede says "left one driver dead".)
    const wire = readFileSync(
      join(REPO, 'test/quality/articles/held-out-30/303-hokkaido-blizzard-stranded-drivers.txt'),
      'utf8',
    );
    const a = ingestedEngine(wire).ask('who died');
    expect(a.text).not.toMatch(/Northline|National Route/);
    expect(a.text).toMatch(/^Shoji Ueda\b/);
  });

  it('names the one the article names for it', () => {
    expect(ask('who was pronounced dead').text).toMatch(/^Tomas Vell\b/);
  });

  it('reads a numbered road as a place, not a person', () => {
    const ingested = ingestArticle(createNlp(), loadGazetteer(), storm.join('\n'), { date: '2025-03-02' });
    const road = ingested.facts.entities.find((e) => e.name.startsWith('National Route'));
    expect(road?.kind).not.toBe('person');
  });
});

describe('a body\'s kind word opening a headline ("Court keeps ...") names no body of its own', () => {
  const ask = askIngested(ruling, '2025-05-08');

  it('asks of that court: what it upheld', () => {
    const a = ask('what did the court uphold');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^A decision by the culture ministry/);
  });

  it('answers when the court did it', () => {
    expect(ask('when did the court uphold the decision').text).toMatch(/^May 8, 2025/);
  });
});
