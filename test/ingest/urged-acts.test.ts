import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine/create-engine.js';
import { loadGazetteer } from '../../src/ingest/gazetteer.js';
import { ingestArticle } from '../../src/ingest/ingest-article.js';
import { createNlp } from '../../src/nlp/create-nlp.js';

// An invented article: someone urged a body to act; only the headline says the body did.
const text = [
  'Water board rejects reservoir sale',
  '',
  'The Dunmere Water Board ruled on Monday, May 5, ending plans for the Hollin reservoir. Councillor Ada Pryce, who had written to the board on Friday, May 2, urging it to reject the sale, said the ruling protected the town.',
].join('\n');

const nlp = createNlp();
const article = ingestArticle(nlp, loadGazetteer(), text, { date: '2025-05-06' });
const engine = createEngine({ nlp, article });

describe('what someone was urged to do', () => {
  it('gives no event of the urged act to the one who urged it', () => {
    const urged = article.facts.events.filter((e) => e.evidence.join(' ').includes('urging'));
    for (const e of urged) expect(e.triggers).not.toContain('reject');
  });

  it('never answers "who did it" with the one who urged it', () => {
    const reply = engine.ask('who rejected the sale?');
    expect(reply.answered).toBe(false);
    expect(reply.text).toMatch(/^The article doesn't say who rejected the sale/);
    expect(engine.ask('who urged the board to reject the sale').text).toMatch(/Ada Pryce/);
  });
});
