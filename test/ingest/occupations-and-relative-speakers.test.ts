import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '../../src/ingest/gazetteer.js';
import { ingestArticle } from '../../src/ingest/ingest-article.js';
import { createNlp } from '../../src/nlp/create-nlp.js';
import { askIngested } from '../support/ingested-engine.js';

// An article of its own: an expert named after "from", set off by an occupation no gazetteer lists, who then
// says something in a "who" clause after a body's name.
const lines = [
  'Appeals court sides with farmers over dried-up wells',
  '',
  'TUCUMAN, Argentina - An appeals court on Friday, May 9, sided with 80 farmers whose wells ran dry, relying on testimony from Lucas Ferreyra, a geologist at the National University of Tucuman, who told the court that the aquifer had dropped by six metres since 2020.',
  'The farmers had lost their case in a lower court in December.',
  "Ana Molina, the farmers' lawyer, said the ruling was a relief.",
];
const date = '2025-05-09';

describe('a name set off by an occupation ("<Name>, a geologist at <a body>")', () => {
  it('is a person, though a word of place comes before it', () => {
    const facts = ingestArticle(createNlp(), loadGazetteer(), lines.join('\n'), { date }).facts;
    expect(facts.entities.find((e) => e.name === 'Lucas Ferreyra')?.kind).toBe('person');
  });
});

describe('"<A>, <an aside naming a body>, who told ..."', () => {
  it('is what <A> said, not the body', () => {
    const facts = ingestArticle(createNlp(), loadGazetteer(), lines.join('\n'), { date }).facts;
    const told = facts.statements.find((s) => s.verbs.includes('tell'));
    expect(told?.holder).toBe('person:lucas-ferreyra');
    const ask = askIngested(lines, date);
    expect(ask('what did ferreyra tell the court').text).toMatch(/aquifer had dropped by six metres/);
  });
});
