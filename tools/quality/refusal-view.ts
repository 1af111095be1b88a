/**
 * The eval's view of refusals: answerable questions refused, unanswerable ones answered, and replies whose
 * `answered` flag contradicts their text (a reply that says the article does not say it, flagged answered,
 * or a verdict flagged unanswered). The last must be zero: adapters trust the flag.
 */
import type { GradedItem } from './metrics.js';

/** A reply that says, in words, that the article does not answer. */
const SAYS_NOT_SAID = /^(the article (doesn't|does not) say|the article doesn't judge|sorry, i can only)/i;
/** A reply that gives a verdict. */
const GIVES_VERDICT = /^(yes|no)[.,]/i;

export interface RefusalEntry {
  id: string;
  question: string;
  text: string;
}

export interface RefusalView {
  answerableRefused: RefusalEntry[];
  unanswerableAnswered: RefusalEntry[];
  flagContradictsText: RefusalEntry[];
}

const entry = ({ item, answer }: GradedItem): RefusalEntry => ({
  id: item.id,
  question: item.question,
  text: answer.text.slice(0, 160),
});

/** Whether a reply's flag says the opposite of its words. */
export const flagContradictsText = (answered: boolean, text: string): boolean =>
  answered ? SAYS_NOT_SAID.test(text.trim()) : GIVES_VERDICT.test(text.trim());

/** Sorts the graded answers into the three lists. */
export function refusalView(graded: readonly GradedItem[]): RefusalView {
  return {
    answerableRefused: graded.filter((g) => g.item.expect.answered && !g.answer.answered).map(entry),
    unanswerableAnswered: graded.filter((g) => !g.item.expect.answered && g.answer.answered).map(entry),
    flagContradictsText: graded
      .filter((g) => flagContradictsText(g.answer.answered, g.answer.text))
      .map(entry),
  };
}

/** The view as Markdown (or plain text: the same lines read well in a console). */
export function formatRefusalView(view: RefusalView): string[] {
  const list = (title: string, entries: readonly RefusalEntry[]) => [
    `### ${title} (${entries.length})`,
    '',
    ...(entries.length
      ? entries.map((e) => `- ${e.id} ${JSON.stringify(e.question)} -> ${JSON.stringify(e.text)}`)
      : ['- none']),
    '',
  ];
  return [
    '## Refusals',
    '',
    ...list('Answerable questions refused', view.answerableRefused),
    ...list('Unanswerable questions answered', view.unanswerableAnswered),
    ...list('Replies whose answered flag contradicts their text (must be none)', view.flagContradictsText),
  ];
}
