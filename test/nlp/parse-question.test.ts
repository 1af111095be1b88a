import { describe, expect, it } from 'vitest';
import { indexArticle } from '../../src/facts/load-facts.js';
import { loadGazetteer } from '../../src/ingest/gazetteer.js';
import { ingestArticle } from '../../src/ingest/ingest-article.js';
import { buildLexicon } from '../../src/nlp/build-lexicon.js';
import { createNlp, inVocabulary, splitSentences } from '../../src/nlp/create-nlp.js';
import { loadSynonyms } from '../../src/nlp/load-synonyms.js';
import { parseQuestion } from '../../src/nlp/parse-question.js';

// An invented article: the words a question may misspell, and the names it may type in lower case.
const text = [
  'Ferry talks end in Oslo',
  '',
  'Norway and the US ended two days of ferry talks in Oslo on Tuesday, May 6. Officials discussed new comms links. Observers from Beijing attended.',
].join('\n');
const nlp = createNlp();
const gazetteer = loadGazetteer();
const store = indexArticle(ingestArticle(nlp, gazetteer, text, { date: '2025-05-06' }), (t) =>
  splitSentences(nlp, t),
);
const lexicon = buildLexicon(nlp, store, [], loadSynonyms(), [], new Set(), gazetteer);
const parse = (q: string) => parseQuestion(nlp, lexicon, q, '2025-05-06');

describe('parseQuestion', () => {
  it('reads numbers written as words, and no other word as one', () => {
    expect(parse('what happened on the sixth day of the nineteenth round').numbers).toEqual([6, 19]);
    // (Words that are also names of a JavaScript object's own properties.)
    expect(parse('who is the constructor of the valueOf ferry').numbers).toEqual([]);
  });

  it('reads the base form after "why did <name>" with its object as the verb', () => {
    const q = parse('why did norway use a ferry');
    expect(q.pos[q.lemmas.indexOf('use')]).toBe('VERB');
  });

  it('reads a progressive after "was <name>" as the verb, not a noun', () => {
    const q = parse('what was norway emphasising in oslo');
    expect(q.lemmas).toContain('emphasize');
    expect(q.pos[q.lemmas.indexOf('emphasize')]).toBe('VERB');
    // "the last sailing" keeps its noun.
    expect(parse("when was norway's last sailing").lemmas).toContain('sailing');
  });

  it('knows a word of English from a typo', () => {
    expect(inVocabulary(nlp, 'comes')).toBe(true);
    expect(inVocabulary(nlp, 'tlaks')).toBe(false);
  });

  it('takes an English word for a misspelt name only beside a name', () => {
    // "being" is not "Beijing".
    expect(parse('when did they stop being friends').mentions).toEqual([]);
    expect(parse('did observers from bejing attend').mentions).toHaveLength(1);
  });

  it("corrects a typo of the article's words, but not an English word that looks like one", () => {
    expect(parse('when did the tlaks end').lemmas).toContain('talks');
    expect(parse('what comes next').lemmas).not.toContain('comms');
  });

  it('reads a lower-case one-word name before the noun it modifies, and not as a pronoun', () => {
    const us = store.facts.entities.find((e) => e.name === 'the United States' || e.aliases.includes('US'));
    expect(us).toBeDefined();
    expect(parse('did us officials say anything').mentions.map((m) => m.id)).toContain(us?.id);
    expect(parse('can you tell us more').mentions.map((m) => m.id)).not.toContain(us?.id);
  });

  it('reads a capital as its country when the article has no place of that name', () => {
    const norway = store.facts.entities.find((e) => e.name === 'Norway');
    expect(parse('what did oslo say').mentions.map((m) => m.id)).not.toContain(norway?.id);
    const us = store.facts.entities.find((e) => e.kind === 'country' && e.id !== norway?.id);
    expect(parse('what did Washington say').mentions.map((m) => m.id)).toEqual([us?.id]);
  });
});

describe('a short surname misspelt beside the given name', () => {
  const greens = indexArticle(
    ingestArticle(
      nlp,
      gazetteer,
      'Coalition talks open\n\nLena Ots, who co-leads the Greens, said her party would insist on a firm date.',
      { date: '2025-03-09' },
    ),
    (t) => splitSentences(nlp, t),
  );
  const parseGreens = (q: string) =>
    parseQuestion(
      nlp,
      buildLexicon(nlp, greens, [], loadSynonyms(), [], new Set(), gazetteer),
      q,
      '2025-03-09',
    );

  it('is read as the rest of that name ("lena otts"), not as a word the article lacks', () => {
    const q = parseGreens('what did lena otts demand');
    expect(q.mentions).toEqual([expect.objectContaining({ start: 2, end: 3 })]);
    expect(q.unknownWords).not.toContain('otts');
  });
});
