/**
 * "is there a quote from <a side>?", "does the article quote anyone from <a body>?": what the article reports
 * the side, its people or the body said; and plainly that it reports nothing of theirs when it does not (no
 * "No." on the strength of the article's silence, nor "it mentions them" for a quote).
 */
import { cueWords } from '../../src/engine/cue-words.js';
import type { IntentReply, Knowledge } from '../../src/engine/intent.js';
import { sameParty, sideOf } from '../../src/engine/parties.js';
import { capitalize } from '../../src/engine/wording.js';
import type { ParsedQuestion } from '../../src/nlp/parse-question.js';

/** Statements cited at most in one reply: more is a list no one asked for. */
const MOST = 3;

export function checkQuoted(q: ParsedQuestion, kb: Knowledge): IntentReply | undefined {
  if (!q.normals.some((w) => cueWords().quoteWords.has(w))) return undefined;
  const { store } = kb;
  const asked = q.mentions.find(
    (m) => m.start >= 0 && store.entities.has(m.id) && !store.events.has(m.id),
  )?.id;
  if (!asked) return undefined;
  // (A country or a body standing for one speaks through its people: "the <demonym> side".)
  const side = store.entities.get(asked)?.kind === 'person' ? undefined : sideOf(store, asked);
  const theirs = store.statements.filter(
    (s) =>
      s.holder === asked || sameParty(store, s.holder, asked) || (side && sideOf(store, s.holder) === side),
  );
  const name = store.nameOf(asked);
  const whom = store.entities.get(asked)?.kind === 'person' ? name : `anyone from ${name}`;
  // (A quote is their own words in quotation marks; a position reported, "<A> claims <B>", is none.)
  const quotes = theirs.filter((s) => s.evidence.some((e) => /["“”]/.test(e)));
  const reported = (list: typeof theirs) =>
    list
      .slice(0, MOST)
      .map((s) => `${capitalize(store.nameOf(s.holder))} ${s.verb} ${s.content}.`)
      .join(' ');
  if (quotes.length === 0)
    return {
      answered: false,
      text: `The article doesn't quote ${whom}.${theirs.length > 0 ? ` It does report: ${reported(theirs)}` : ''}`,
      citations: store.cite(...theirs.slice(0, MOST).map((s) => s.evidence)),
      confidence: 0.85,
      settled: true,
    };
  return {
    answered: true,
    text: `Yes. ${reported(quotes)}`,
    citations: store.cite(...quotes.slice(0, MOST).map((s) => s.evidence)),
    confidence: 0.8,
    focus: [...new Set(quotes.slice(0, MOST).map((s) => s.holder))],
  };
}
