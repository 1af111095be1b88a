/** How the engine says the article does not answer: plainly, with the nearest thing it does say. */
import type { FactStore } from '../facts/fact-store.js';
import type { ParsedQuestion } from '../nlp/parse-question.js';
import type { IntentReply } from './intent.js';
import { ROUTING } from './routing.js';
import type { SentenceIndex } from './sentence-index.js';

/** Refusals worded for one article. */
export function createRefusals(store: FactStore, sentenceIndex: SentenceIndex) {
  const notCovered = (
    text = `The article doesn't say. I can only answer from the article "${store.meta.title}".`,
  ): IntentReply => ({ answered: false, text, citations: [], confidence: 0.9 });
  // A refusal in a plain sentence, with the nearest thing the article does say when something is near.
  const refuseWithNearest = (q: ParsedQuestion): IntentReply => {
    const near = sentenceIndex.ground(q, { missingVerbs: 3, missingOthers: 3, missingNames: 1 }).ranked[0];
    const sentence =
      near && near.score >= ROUTING.nearestGrounding ? sentenceIndex.unitSentences(near).at(-1) : undefined;
    if (!sentence) return notCovered();
    return {
      answered: false,
      text: `The article doesn't say. The closest it comes: "${sentence.sentence.text}"`,
      citations: [{ sentence: sentence.sentence.n, text: sentence.sentence.text }],
      confidence: 0.9,
    };
  };
  const somePerson = store.facts.entities.find((e) => e.kind === 'person')?.name;
  const whoDoYouMean = `Who do you mean? Please name the person${somePerson ? `, e.g. "What did ${somePerson} do?"` : '.'}`;
  return { notCovered, refuseWithNearest, whoDoYouMean };
}
