import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine/create-engine.js';
import { loadGazetteer } from '../../src/ingest/gazetteer.js';
import { ingestArticle } from '../../src/ingest/ingest-article.js';
import { createNlp } from '../../src/nlp/create-nlp.js';

// An invented article, ingested with no hand-made facts: general ways of asking that a drafted store must
// read as meant.
const text = [
  'Harbour cleaners extend walkout after talks with contractor fail',
  '',
  'Cleaners at Brightwell Services, the private contractor that maintains the port of Larkhaven, voted on Friday, March 14, to extend their strike for another ten days after talks broke down over pay. The walkout began last Tuesday and has left about 2,000 berths without daily cleaning. In January, a storm took the largest crane out of service for six weeks, costing about £300,000 in repairs. Then the city turned down a request from the contractor for a rescue loan. Mayor Ilse Varga told the council that the city had refused the loan because the contractor could not show it would stay solvent. A receiver has so far recovered about £40,000 of unpaid fees.',
].join('\n');

const nlp = createNlp();
const engine = createEngine({
  nlp,
  article: ingestArticle(nlp, loadGazetteer(), text, { date: '2025-03-15' }),
});

describe('a drafted store read the general way', () => {
  it('sums the article up however it is asked, but not for a question about a topic in it', () => {
    const summary = engine.ask('what is the article about?').text;
    for (const q of ['tl;dr', 'tldr of the article?', "what's this story about"])
      expect(engine.ask(q).text, q).toBe(summary);
    expect(engine.ask('what does the article say about salaries?').text).not.toBe(summary);
  });

  it('answers "why" from the sentence that gives a reason, of those that hold the question as well', () => {
    const a = engine.ask('Why did the city refuse the loan?');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^because the contractor could not show/);
  });

  it('does not count people with a measure ("six weeks")', () => {
    const a = engine.ask('How many people lost their jobs?');
    expect(a.text).not.toMatch(/^six\b/i);
  });

  it('holds the words around an aside that describes a name together ("<Name>, the <firm> that ..., voted")', () => {
    const a = engine.ask('When did the cleaners vote to extend the strike?');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^March 14/);
  });

  it('does not answer "how much" with a stretch of time ("ten days")', () => {
    expect(engine.ask('How much is the strike costing the contractor each day?').text).not.toMatch(/^ten\b/i);
  });

  it('reads "can you give me ...?" as a request, not a claim to check', () => {
    for (const q of ['Can you give me a timeline of the walkout?', 'give me a timeline of the walkout?'])
      expect(engine.ask(q).intent, q).toBe('timeline');
  });

  it('answers "how much money" with a sum the sentence gives, which need not say "money"', () => {
    const a = engine.ask('How much money has been recovered so far?');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^£40,000\./);
  });

  it('matches a word the article says another way (a strike is a walkout)', () => {
    const a = engine.ask('when did the strike start');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^last Tuesday/);
  });
});

describe('a claim that something is done, on an article that reports it under way', () => {
  const pier = createEngine({
    nlp,
    article: ingestArticle(
      nlp,
      loadGazetteer(),
      [
        'Ferry service partly back after pier collapse',
        '',
        'Ferries between Osterby and the island of Velm resumed on Monday, three weeks after the north pier collapsed. There has been some progress in repairing the pier, but engineers warned that full service will take time.',
      ].join('\n'),
      { date: '2025-06-10' },
    ),
  });

  it('says no with the sentence that reports it still under way', () => {
    const a = pier.ask('is the ferry service fully back to normal now?');
    expect(a.text).toMatch(/^No\. The article reports it as still under way: "There has been some progress/);
    expect(a.citations).toHaveLength(1);
    expect(pier.ask('is the pier fully repaired?').text).toMatch(/^No\./);
  });

  it('leaves a claim of being done alone when no such sentence is about it', () => {
    expect(pier.ask('is the island fully fixed?').text).not.toMatch(/^No\. The article reports/);
  });
});
