import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { parseJsonl } from './parse-jsonl.js';

/** One labelled question: what a user asks and what a right answer must hold. */
export const labelledQuestionSchema = z.object({
  id: z.string().min(1),
  question: z.string().min(1),
  /** Items sharing a conversation id are asked in file order in the same conversation (follow-ups). */
  conversation: z.string().min(1).optional(),
  /** The intent a router should pick; `not-covered` for questions the article cannot answer. */
  intent: z.string().min(1),
  expect: z.object({
    answered: z.boolean(),
    /** Case-insensitive regular expressions that every right answer's text matches. */
    re: z.array(z.string()),
  }),
});

export type LabelledQuestion = z.infer<typeof labelledQuestionSchema>;

/**
 * Parses a labelled question set from JSONL text (one JSON object a line, blank lines ignored).
 * Throws with the line number when a line is malformed, an id repeats or a regex does not compile,
 * because a broken label would silently skew every figure computed from it.
 * @example parseQuestionSet('{"id":"a","question":"hi","intent":"greeting","expect":{"answered":true,"re":[]}}')
 */
export function parseQuestionSet(text: string): LabelledQuestion[] {
  return parseJsonl(text, labelledQuestionSchema, (item) => item.expect.re);
}

/** Reads and parses a JSONL question set from a file. */
export function loadQuestionSet(path: string): LabelledQuestion[] {
  return parseQuestionSet(readFileSync(path, 'utf8'));
}
