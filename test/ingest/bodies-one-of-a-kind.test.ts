import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '../../src/ingest/gazetteer.js';
import { ingestArticle } from '../../src/ingest/ingest-article.js';
import { createNlp } from '../../src/nlp/create-nlp.js';

const nlp = createNlp();
const kindOf = (sentence: string, name: string) =>
  ingestArticle(nlp, loadGazetteer(), `Headline here\n\n${sentence}`, {
    date: '2025-05-05',
  }).facts.entities.find((e) => e.name === name)?.kind;

describe('a name set off as "one of <a place>\'s <bodies>"', () => {
  it('is a body when the plural is a kind of body, whatever the words of the name', () => {
    expect(
      kindOf(
        "Saaremaa Juust, one of Estonia's largest dairy farms, agreed on Tuesday to sell a stake.",
        'Saaremaa Juust',
      ),
    ).toBe('organization');
    expect(kindOf('Casa Vela, one of the oldest wineries in Chile, was sold on Monday.', 'Casa Vela')).toBe(
      'organization',
    );
  });

  it('stays a person when the plural is of people', () => {
    expect(kindOf("Maria Kask, one of the farm's founders, said the sale was fair.", 'Maria Kask')).toBe(
      'person',
    );
  });
});
