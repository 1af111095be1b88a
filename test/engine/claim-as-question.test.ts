import { describe, expect, it } from 'vitest';
import { claimAsQuestion } from '../../src/engine/claim-as-question.js';
import { createNlp } from '../../src/nlp/create-nlp.js';
import type { ParsedQuestion } from '../../src/nlp/parse-question.js';

// Only the words, their tags and lemmas matter here: read them with the real wink model.
const nlp = createNlp();
const parsed = (text: string): ParsedQuestion => {
  const tokens = nlp.readDoc(text).tokens();
  return {
    raws: tokens.out(),
    normals: tokens.out(nlp.its.normal).map((w) => String(w).toLowerCase()),
    pos: tokens.out(nlp.its.pos),
    lemmas: tokens.out(nlp.its.lemma as never),
    mentions: [],
  } as unknown as ParsedQuestion;
};

describe('claimAsQuestion', () => {
  it('moves the auxiliary of a statement to the front', () => {
    expect(claimAsQuestion(parsed('the talks were three days?'))).toBe('were the talks three days ?');
  });

  it('leaves a statement with a full verb, or none, as it is', () => {
    expect(claimAsQuestion(parsed('Holm met Berg in March?'))).toBeUndefined();
    expect(claimAsQuestion(parsed('the ferry talks?'))).toBeUndefined();
  });
});
