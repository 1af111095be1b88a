import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '../../src/ingest/gazetteer.js';
import { ingestArticle } from '../../src/ingest/ingest-article.js';
import { createNlp } from '../../src/nlp/create-nlp.js';

// An invented article: a region named as "<country>'s <region>", and a capital listed beside a town.
const text = [
  'Observatory opens in desert',
  '',
  "Astronomers opened a new observatory in Chile's Norte Chico on Monday, June 2, 2025, the operator said.",
  'Staff will be hired mostly in Antofagasta, followed by Santiago and Calama.',
].join('\n');

const ingested = ingestArticle(createNlp(), loadGazetteer(), text, { date: '2025-06-02' });
const entity = (name: string) => ingested.facts.entities.find((e) => e.name === name);

describe('places named by how the article writes them', () => {
  it('reads "in <Country>\'s <Name>" as a region of the country, not a person', () => {
    expect(entity('Norte Chico')?.kind).toBe('place');
  });

  it('reads a town listed with a known city as a place ("followed by <capital> and <town>")', () => {
    expect(entity('Calama')?.kind).toBe('place');
    expect(entity('Santiago')?.kind).toBe('place');
  });
});
