/**
 * "what does <person>'s point line up with?", "what did the article say the broader goal was?": an intent may
 * answer a what-question from a fact about the people or event it names while the words the question asks
 * with ("align", "goal", "broader") stand in another sentence. The sentence that holds every word and name of the
 * question then answers it better than a fact whose sentences lack some of them.
 */
import type { ParsedQuestion } from '../nlp/parse-question.js';
import { loadChatRegister } from './chat-register.js';
import { cueWords } from './cue-words.js';
import type { IntentReply } from './intent.js';
import type { SentenceIndex } from './sentence-index.js';

/**
 * Whether an intent's reply leaves words of a what/which question out of its sentences (checked first: the
 * reader runs only then, most answers hold their question).
 */
export function lacksWords(q: ParsedQuestion, index: SentenceIndex, given: IntentReply): boolean {
  if (q.wh !== 'what' && q.wh !== 'which') return false;
  if (!given.answered || given.citations.length === 0) return false;
  // ("<A> is <title> for what region": the noun after the question word is the kind of answer, places, which the
  // sentences name without the word.)
  // (And "what are the big <fights> between <A> and <B>": disputes, in whatever words the sentences give them.)
  let kindAt = q.normals.indexOf(q.wh) + 1;
  while (/^(?:AUX|DET|ADJ)$/.test(q.pos[kindAt] ?? '') && kindAt < q.normals.length - 1) kindAt++;
  const kind = (at: number) =>
    at === kindAt &&
    (loadChatRegister().placeNouns.has(q.normals[at] ?? '') ||
      cueWords().disputeAskWords.has(q.normals[at] ?? ''));
  return (
    index
      .missingIn(
        q,
        given.citations.map((c) => c.sentence),
      )
      .missing.filter((t) => !kind(t.at)).length > 0
  );
}

/**
 * Whether `read` (the sentence reader's reply) holds all of the question in one sentence (with the one it
 * leans on, "This ..."), not a stretch of several: then it replaces an intent's reply that lacks words of it.
 * @example lacksWords(q, index, statementReply) && holdsAll(q, index, readerReply) // only the reader says "goal"
 */
export function holdsAll(q: ParsedQuestion, index: SentenceIndex, read: IntentReply | undefined): boolean {
  if (!read?.answered) return false;
  return read.citations.some((c) => {
    const { missing, unnamed } = index.missingIn(q, [c.sentence]);
    return missing.length === 0 && unnamed.length === 0;
  });
}

/** Whether `read` should replace `given`: both checks above, in the order the engine runs them. */
export const prefersGrounded = (
  q: ParsedQuestion,
  index: SentenceIndex,
  given: IntentReply,
  read: IntentReply | undefined,
): boolean => lacksWords(q, index, given) && holdsAll(q, index, read);
