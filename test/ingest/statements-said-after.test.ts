import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '../../src/ingest/gazetteer.js';
import { ingestArticle } from '../../src/ingest/ingest-article.js';
import { createNlp } from '../../src/nlp/create-nlp.js';

// An invented article whose sayers are named after what they said ("<words>, <holder> said.").
const text = [
  'Harbour board approves new pier in Dunmore',
  '',
  'DUNMORE, March 3 (Reuters) - The Dunmore harbour board on Monday approved a new 200-metre pier, its chair Aoife Byrne said.',
  'The pier will cost 12 million euros and open in 2026, Byrne said.',
  'Ciaran Walsh, an engineer at Galway University, said Ireland\'s small ports needed dredging. "Boats are getting bigger every year," he said.',
  '"We were told to wait," said skipper Niamh Doyle.',
].join('\n');

const article = ingestArticle(createNlp(), loadGazetteer(), text, { date: '2025-03-03' });
const said = (holderName: string) => {
  const holder = article.facts.entities.find((e) => e.name === holderName);
  return article.facts.statements.filter((s) => s.holder === holder?.id).map((s) => s.content);
};

describe('what was said before the one who said it', () => {
  it('keeps what comes before "<holder> said." as what was said, without the dateline or the attribution', () => {
    expect(said('Aoife Byrne')).toEqual([
      'The Dunmore harbour board on Monday approved a new 200-metre pier',
      'The pier will cost 12 million euros and open in 2026',
    ]);
  });

  it('gives "\\"<words>,\\" he said" to the person named before, not the nearest name, with the quotation whole', () => {
    expect(said('Ciaran Walsh')).toContain('"Boats are getting bigger every year"');
    const ireland = article.facts.entities.find((e) => e.name === 'Ireland');
    expect(article.facts.statements.some((s) => s.holder === ireland?.id)).toBe(false);
  });
});
