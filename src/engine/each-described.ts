/**
 * "is the <demonym> guy a general?" when the article has several who fit the description: the question is
 * asked of each of them by name, and the replies are given side by side, rather than guessing one or asking
 * the member to choose.
 */
import type { Entity } from '../facts/schema.js';
import type { Answer } from './types.js';

/** More than this many who fit is too broad to answer for each. */
const MAX_EACH = 4;

/**
 * @param raws the question's tokens as typed; `span` the description among them (first and last index).
 * @param ask answers one question without touching the conversation.
 * @returns the replies for each person, or undefined when too many fit or none gets an answer.
 */
export function answerEachDescribed(
  described: readonly Entity[],
  raws: readonly string[],
  span: readonly [number, number],
  ask: (question: string) => Answer,
): Answer | undefined {
  if (described.length < 2 || described.length > MAX_EACH) return undefined;
  const replies = described.map((person) => ({
    person,
    answer: ask([...raws.slice(0, span[0]), person.name, ...raws.slice(span[1] + 1)].join(' ')),
  }));
  const answered = replies.filter((r) => r.answer.answered);
  const [first] = answered;
  if (!first) return undefined;
  const citations = answered
    .flatMap((r) => r.answer.citations)
    .filter((c, i, all) => all.findIndex((x) => x.sentence === c.sentence) === i)
    .sort((a, b) => a.sentence - b.sentence);
  // (Those the article says nothing of are named too, so that nobody reads the others as all there is.)
  const silent = replies.filter((r) => !r.answer.answered).map((r) => r.person.name);
  const lines = [
    `The article has ${described.length} who fit that description.`,
    ...answered.map((r) => `${r.person.name}: ${r.answer.text}`),
    ...(silent.length ? [`Of ${silent.join(' and ')}, the article doesn't say.`] : []),
  ];
  return {
    answered: true,
    text: lines.join('\n'),
    intent: first.answer.intent,
    confidence: Math.min(...answered.map((r) => r.answer.confidence)),
    citations,
    suggestions: first.answer.suggestions,
  };
}
