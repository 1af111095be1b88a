/**
 * "What was the result of the vote?", "how many voted against?", "was it unanimous?": the tally the article gives
 * for a vote, as it writes it, with the sentence it is in (src/engine/vote-tally.ts). Only when the article gives
 * a tally; a vote's result in words alone ("the council approved the plan") is read like any other sentence.
 */
import type { Intent } from '../src/engine/intent.js';
import { MATCH } from '../src/engine/match-levels.js';
import { answerVote, mentionsVote, tallyFor, voteAsked } from '../src/engine/vote-tally.js';

export const voteResult: Intent = {
  id: 'vote-result',
  description: "A vote's tally as the article gives it: for, against, abstentions, or unanimous.",
  examples: [
    'what was the result of the vote?',
    'what was the final tally',
    'how many voted against?',
    'was the decision unanimous?',
  ],
  counterExamples: ['who voted against the plan?', 'when was the vote?'],
  // (A tally is read from the text as written, which a drafted store holds as well as a reviewed one; the
  // question's words of asking, "the result", "how did it go", are in no sentence.)
  draftSafe: true,
  wholeArticle: true,
  match(q, { store }) {
    if (!voteAsked(q)) return MATCH.none;
    // (Of an article with no vote in it, the question is still this one's: it says there is none.)
    return tallyFor(q, store) ? MATCH.veryStrong : mentionsVote(store) ? MATCH.none : MATCH.strong;
  },
  answer: (q, { store }) => answerVote(q, store),
};
