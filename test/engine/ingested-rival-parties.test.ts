import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '../../src/ingest/gazetteer.js';
import { ingestArticle } from '../../src/ingest/ingest-article.js';
import { createNlp } from '../../src/nlp/create-nlp.js';
import { askIngested } from '../support/ingested-engine.js';

// An article of its own: two rival firms counted in one sentence, a firm named "<Surname> <trade>" beside a person
// of that surname, and a court whose name opens with an adjective.
const lines = [
  'Regulator blocks bakery merger',
  '',
  "GALWAY, Ireland, May 8, 2025 — The food regulator blocked Doyle Bakeries' takeover of its rival Crustworks on Thursday, May 8.",
  'Galway-based Doyle runs 64 bakeries and Sligo-based Crustworks runs 23.',
  'Aidan Doyle, the chief executive of Doyle Bakeries, said he was disappointed.',
  "Mairead Quinn, Crustworks' managing director, said the firm would stay independent.",
  'The company has 30 days to appeal to the High Court.',
];
const ask = askIngested(lines, '2025-05-08');
/** The entities ingestion drafts from an article written as lines. */
const entitiesOf = (article: readonly string[], date: string) =>
  ingestArticle(createNlp(), loadGazetteer(), article.join('\n'), { date }).facts.entities;

describe('numbers of two parties in one sentence', () => {
  it('answers a count with the number of the party asked about, its noun left out ("<B> runs 23")', () => {
    expect(ask('how many bakeries does crustworks run').text).toMatch(/^23\b/);
    expect(ask('how many bakeries does doyle run').text).toMatch(/^64\b/);
    expect(ask('how many bakeries does crustworks have').text).toMatch(/^23\b/);
  });
});

describe('names of bodies and people that share a word', () => {
  const entities = entitiesOf(lines, '2025-05-08');
  const named = (name: string) => entities.find((e) => e.name === name);

  it('reads "<Surname> <trade>" ("Doyle Bakeries") as a body, not a person', () => {
    expect(named('Doyle Bakeries')?.kind).toBe('organization');
    expect(named('Doyle Bakeries')?.aliases).not.toContain('Bakeries');
  });

  it('gives a court no short name of the adjective that opens it ("High" of "High Court")', () => {
    expect(named('High Court')?.aliases ?? []).not.toContain('High');
  });

  it('answers "which company" with the body a shared name stands for in that sentence', () => {
    expect(ask('which company runs 64 bakeries').text).toMatch(/^Doyle Bakeries/);
  });
});

// An article of its own: a wire story whose agency has a two-word name, and a firm founded by no one it names.
const wire = [
  'Toy maker recalls 20,000 scooters',
  '',
  'AARHUS, Oct. 14 (Baltic Wire) - Rullo, a Danish company that makes scooters for children, said on Tuesday it was recalling about 20,000 of them.',
  "The recall is a blow to a company founded in 2017 that was regarded as one of Aarhus's most promising start-ups.",
];
const askWire = askIngested(wire, '2025-10-14');

describe('a wire story', () => {
  it("takes the agency in the dateline's brackets for no one the story is about", () => {
    const entities = entitiesOf(wire, '2025-10-14');
    expect(entities.some((e) => e.name === 'Baltic Wire')).toBe(false);
    expect(askWire('who recalled the scooters').text).toMatch(/^Rullo/);
  });

  it('does not say who founded a firm from a sentence that never names it or who founded it', () => {
    expect(askWire('who founded rullo').answered).toBe(false);
  });
});
