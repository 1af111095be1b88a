/**
 * "what does <person>'s point line up with?", "what did the article say the broader goal was?": an intent may
 * answer a what-question from a fact about the people or event it names while the words the question asks
 * with ("align", "goal", "broader") stand in another sentence. The sentence that holds every word and name of the
 * question then answers it better than a fact whose sentences lack some of them.
 */
import type { ParsedQuestion } from '../nlp/parse-question.js';
import type { IntentReply } from './intent.js';
import type { SentenceIndex } from './sentence-index.js';

/**
 * Whether `read` (the sentence reader's reply) should replace `given` (an intent's): a what/which question,
 * a word of it missing from the intent's sentences, and nothing of it missing from the reader's.
 * @example prefersGrounded(q, index, statementReply, readerReply) // true when only the reader's sentence says "goal"
 */
export function prefersGrounded(
  q: ParsedQuestion,
  index: SentenceIndex,
  given: IntentReply,
  read: IntentReply | undefined,
): boolean {
  if (q.wh !== 'what' && q.wh !== 'which') return false;
  if (!given.answered || !read?.answered || given.citations.length === 0) return false;
  const lacking = index.missingIn(
    q,
    given.citations.map((c) => c.sentence),
  );
  if (lacking.missing.length === 0) return false;
  // One sentence (with the one it leans on, "This ...") holds all of the question, not a stretch of several.
  return read.citations.some((c) => {
    const { missing, unnamed } = index.missingIn(q, [c.sentence]);
    return missing.length === 0 && unnamed.length === 0;
  });
}
