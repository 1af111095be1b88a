import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '../../src/ingest/gazetteer.js';
import { ingestArticle } from '../../src/ingest/ingest-article.js';
import { createNlp } from '../../src/nlp/create-nlp.js';
import { askIngested } from '../support/ingested-engine.js';

// An invented article: a firm's claim of what would have been, and firms named by their kind.
const lines = [
  'Regulator orders carriers to keep unused data',
  '',
  'The telecoms regulator on Monday, June 2, 2025, ordered carriers to let customers keep unused data, ending a practice that consumer groups say costs subscribers about 90 million dollars a year.',
  'A survey found that the average customer lost 1.8 gigabytes a month.',
  'Northgate Mobile said the 400 jobs it had planned would have been lost, according to an analyst at Pellor Securities.',
];
const ask = askIngested(lines, '2025-06-02');

describe('"would have" in what someone said', () => {
  it("is no hypothetical of the member's own", () => {
    expect(ask('how many jobs did northgate mobile say would have been lost').text).not.toMatch(
      /what would have happened otherwise/,
    );
  });

  it('still refuses a hypothetical the member asks', () => {
    expect(ask('what would have happened if the regulator had waited').text).toMatch(
      /what would have happened otherwise/,
    );
  });
});

describe('bodies named by the kind of firm they are', () => {
  it('reads "<Name> Securities" as an organisation', () => {
    const ingested = ingestArticle(createNlp(), loadGazetteer(), lines.join('\n'), { date: '2025-06-02' });
    const kind = (name: string) => ingested.facts.entities.find((e) => e.name === name)?.kind;
    expect(kind('Pellor Securities')).toBe('organization');
  });
});
