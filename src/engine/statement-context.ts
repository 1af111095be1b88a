/**
 * What the article says right after someone's words and ties to them ("This sentiment aligns with the broader
 * goal of <X>"): part of the answer when the question asks about it ("did <A> say anything about <X>?").
 */
import type { Statement } from '../facts/schema.js';
import type { ParsedQuestion } from '../nlp/parse-question.js';
import { looseStem } from './question-cues.js';

const CONTENT = /^(NOUN|ADJ|VERB)$/;

/** The statement's context when a content word of the question is in it and not in the words said. */
export function askedContext(q: ParsedQuestion, statement: Statement): Statement['context'] {
  const context = statement.context;
  if (!context) return undefined;
  const said = `${statement.content} ${statement.evidence.join(' ')}`.toLowerCase();
  const around = context.text.toLowerCase();
  const asked = q.lemmas.filter((l, i) => CONTENT.test(q.pos[i] ?? '') && l.length > 3).map(looseStem);
  return asked.some((w) => around.includes(w) && !said.includes(w)) ? context : undefined;
}
