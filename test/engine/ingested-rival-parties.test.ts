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

describe('numbers of two parties in one sentence', () => {
  it('answers a count with the number of the party asked about, its noun left out ("<B> runs 23")', () => {
    expect(ask('how many bakeries does crustworks run').text).toMatch(/^23\b/);
    expect(ask('how many bakeries does doyle run').text).toMatch(/^64\b/);
    expect(ask('how many bakeries does crustworks have').text).toMatch(/^23\b/);
  });
});

describe('names of bodies and people that share a word', () => {
  const nlp = createNlp();
  const entities = ingestArticle(nlp, loadGazetteer(), lines.join('\n'), { date: '2025-05-08' }).facts
    .entities;
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
