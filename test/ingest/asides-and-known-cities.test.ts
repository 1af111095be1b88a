import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '../../src/ingest/gazetteer.js';
import { ingestArticle } from '../../src/ingest/ingest-article.js';
import { createNlp } from '../../src/nlp/create-nlp.js';
import { ingestedEngine } from '../support/ingested-engine.js';

// An invented takeover: a description set off after the seller's name has a verb of its own, and a city the
// gazetteer knows is listed with countries.
const text = [
  'Harlow Ales agrees to takeover',
  '',
  'LONDON, May 5 (Reuters) - Harlow Ales, a brewer that has been run by the same family in Keswick since 1802, agreed on Monday, May 5, to be bought by Northgate Drinks for about 40 million pounds.',
  "Jane Ellery, Northgate's chief executive, said the beer would not change.",
  'Sales abroad, mainly to Germany, Hong Kong and Canada, made up 20 percent of revenue last year.',
].join('\n');

const ingested = ingestArticle(createNlp(), loadGazetteer(), text, { date: '2025-05-05' });

describe('the act of a dated clause', () => {
  it('is its own verb, not a verb of a description set off after a name (", a brewer that has been run by")', () => {
    const dated = ingested.facts.events.find((e) => e.date?.start === '2025-05-05');
    expect(dated?.kind).toBe('agree');
  });
});

describe('the act of a clause opening with a participle after "the"', () => {
  it('is the verb the clause reports ("the remaining 41 seconds will be played" is played)', () => {
    const later = ingestArticle(
      createNlp(),
      loadGazetteer(),
      [
        'Final seconds to be replayed',
        '',
        'ZAGREB, May 29 (Reuters) - The federation on Thursday ordered the final to be replayed.',
        'The remaining 41 seconds will be played in Zagreb on Saturday, June 7.',
      ].join('\n'),
      { date: '2025-05-29' },
    );
    expect(later.facts.events.find((e) => e.date?.start === '2025-06-07')?.kind).toBe('play');
  });
});

describe('a city the gazetteer knows, listed with countries', () => {
  it('is a place, never a person', () => {
    expect(ingested.facts.entities.find((e) => e.name === 'Hong Kong')?.kind).toBe('place');
  });
});

describe('"who runs <a body>"', () => {
  it('is the one the article calls "<body>\'s chief executive", by any name of the body', () => {
    const engine = ingestedEngine(text, { date: '2025-05-05' });
    for (const asked of ['who runs northgate?', 'who runs Northgate Drinks?']) {
      const a = engine.ask(asked, asked);
      expect(a.answered).toBe(true);
      expect(a.text).toMatch(/^Jane Ellery[,:] Northgate's chief executive/);
    }
  });
});
