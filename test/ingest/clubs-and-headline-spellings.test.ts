import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '../../src/ingest/gazetteer.js';
import { ingestArticle } from '../../src/ingest/ingest-article.js';
import { createNlp } from '../../src/nlp/create-nlp.js';
import { askIngested } from '../support/ingested-engine.js';

// An article of its own: two clubs with two-word names (which read like a person's), one of them spelt without
// its marks in the headline, and a complaint filed by the other.
const lines = [
  'Lithuanian league strips Rudens Kedainiai of two wins over ineligible guard, pushing club out of playoff places',
  '',
  'KAUNAS (Amber Sports Wire) — The disciplinary commission of the Lithuanian Basketball League on Wednesday, March 4, stripped Rudens Kėdainiai of two victories.',
  'The complaint was filed last month by Audra Tauragė, which rises to sixth place as a result of the ruling.',
  'Rudens Kėdainiai said it would appeal.',
];
const ask = askIngested(lines, '2026-03-04');
const entities = () =>
  ingestArticle(createNlp(), loadGazetteer(), lines.join('\n'), { date: '2026-03-04' }).facts.entities;

describe('clubs and names spelt two ways', () => {
  it('reads a name that "which" describes as a body, not a person', () => {
    expect(entities().find((e) => e.name === 'Audra Tauragė')?.kind).toBe('organization');
  });

  it('takes a name typed without its marks in the headline for the same one the body writes with them', () => {
    const named = entities().filter((e) => /^Rudens K/.test(e.name));
    expect(named).toHaveLength(1);
    expect(named[0]?.name).toBe('Rudens Kėdainiai');
    expect(named[0]?.aliases).toEqual(expect.arrayContaining(['Rudens Kedainiai']));
  });

  it('names the club asked for by "which club" from the sentence that says what it did', () => {
    const a = ask('which club filed the complaint');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^Audra Tauragė\./);
  });
});
