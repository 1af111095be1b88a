import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine/create-engine.js';
import { loadGazetteer } from '../../src/ingest/gazetteer.js';
import { ingestArticle } from '../../src/ingest/ingest-article.js';
import { createNlp } from '../../src/nlp/create-nlp.js';

// An invented article, ingested with no hand-made facts: what the sentence reader gets from the text alone.
const text = [
  'Fishing talks end in Oslo',
  '',
  "Norway and Japan closed three days of fisheries talks in Oslo on Thursday, March 6. Ingrid Dahl, the state secretary for fisheries, held talks with Japan's Vice Minister Tanaka Hiroshi. This meeting was the fourth round of quota negotiations. The talks follow an accord between Prime Minister Ola Berg and Prime Minister Ito Kenta last year to settle catches, which had stalled after a visit to Svalbard by Senator Mark Rowe in June 2023. The relationship between Oslo and Tokyo remains tense, with disputes over cod quotas. Dahl said both sides wanted a deal by summer. The war of words between Norway and Japan has cooled since.",
].join('\n');

const nlp = createNlp();
const engine = createEngine({
  nlp,
  article: ingestArticle(nlp, loadGazetteer(), text, { date: '2025-03-06' }),
});

describe('the sentence reader on a drafted store', () => {
  it('finds a person named in the sentence that a "This meeting ..." sentence points back to', () => {
    const a = engine.ask('Who did Ingrid Dahl meet with?');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^Tanaka Hiroshi\./);
  });

  it('reads a capital as its country ("<capital> and <capital>" for the two governments)', () => {
    const a = engine.ask('What are the disputes between Norway and Japan?');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/cod quotas/);
  });

  it('answers "what did X say" only from a sentence in which X says something', () => {
    expect(engine.ask('What did Tanaka Hiroshi say?').answered).toBe(false);
    expect(engine.ask('What did Dahl say?').text).toMatch(/a deal by summer/);
  });

  it('does not answer "where" with a place far from the people asked about', () => {
    const a = engine.ask('Where did Berg and Ito meet?');
    expect(a.answered).toBe(false);
    expect(a.text).not.toMatch(/^Svalbard/);
  });

  it('knows a person by the first word of their name', () => {
    expect(engine.ask('who is tanaka').text).toMatch(/Vice Minister/);
  });

  it('names both parties for "between who and who"', () => {
    expect(engine.ask('who is the war of words between?').text).toMatch(/^Norway and Japan\./);
  });
});
