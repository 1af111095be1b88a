import { describe, expect, it } from 'vitest';
import { intents } from '../../intents/index.js';
import { prefersGrounded } from '../../src/engine/prefer-grounded.js';
import { createSentenceIndex } from '../../src/engine/sentence-index.js';
import { indexArticle } from '../../src/facts/load-facts.js';
import { loadGazetteer } from '../../src/ingest/gazetteer.js';
import { ingestArticle } from '../../src/ingest/ingest-article.js';
import { buildLexicon } from '../../src/nlp/build-lexicon.js';
import { createNlp, splitSentences } from '../../src/nlp/create-nlp.js';
import { loadSynonyms } from '../../src/nlp/load-synonyms.js';
import { parseQuestion } from '../../src/nlp/parse-question.js';

// An invented article: what someone urged, and in the next sentence the wider aim it fits.
const text = [
  'Port budget vote delayed',
  '',
  'Mayor Ilse Varga urged the council on Monday to approve the harbour budget before the storms. Her remarks align with the wider aim of keeping the port open all winter. The council will vote next week.',
].join('\n');

const nlp = createNlp();
const gazetteer = loadGazetteer();
const store = indexArticle(ingestArticle(nlp, gazetteer, text, { date: '2025-03-04' }), (t) =>
  splitSentences(nlp, t),
);
const lexicon = buildLexicon(nlp, store, intents, loadSynonyms(), [], new Set(), gazetteer);
const index = createSentenceIndex(nlp, store, gazetteer);
const ask = (question: string) => parseQuestion(nlp, lexicon, question, store.meta.referenceDate.date);
const n = (needle: string) => store.sentences.find((s) => s.text.includes(needle))?.n ?? -1;
const reply = (...sentences: number[]) => ({
  answered: true,
  text: 'an answer',
  citations: sentences.map((sentence) => ({ sentence, text: '' })),
});

describe('an intent answer against the sentence that holds the whole question', () => {
  const urged = reply(n('urged'));
  const aim = reply(n('urged'), n('wider aim'));

  it("prefers the sentence when the intent's sentences lack words of a what-question", () => {
    expect(prefersGrounded(ask("what wider aim do varga's remarks align with"), index, urged, aim)).toBe(
      true,
    );
  });

  it("keeps the intent's answer when its sentences hold the question, or the question is no what-question", () => {
    expect(prefersGrounded(ask('what did varga urge the council to approve'), index, urged, aim)).toBe(false);
    expect(prefersGrounded(ask("why do varga's remarks align with the wider aim"), index, urged, aim)).toBe(
      false,
    );
  });

  it('does not let words found across several sentences stand for one that holds them all', () => {
    const spread = reply(n('urged'), n('vote next week'));
    expect(prefersGrounded(ask('what wider aim will the council vote on'), index, urged, spread)).toBe(false);
  });
});
