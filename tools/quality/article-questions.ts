import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { Expectation } from './grade.js';
import { parseJsonl } from './parse-jsonl.js';
import type { LabelledQuestion } from './question-set.js';

/**
 * One question of an article's question set (`test/quality/articles/*\/NN-slug.questions.jsonl`, the format
 * of the team's external grader): `expect` is null for an ungraded first turn of a conversation.
 */
export interface ArticleQuestion {
  id: string;
  question: string;
  conversation?: string;
  expect: Expectation | null;
}

const patterns = z.array(z.string());
const expectationSchema: z.ZodType<Expectation> = z.lazy(() =>
  z.union([
    z.strictObject({ alt: z.array(expectationSchema).min(1) }),
    z.strictObject({
      re: patterns.optional(),
      order: patterns.optional(),
      answered: z.union([z.boolean(), z.literal('any')]).optional(),
    }),
  ]),
);
const questionSchema = z.object({
  id: z.string().min(1),
  question: z.string().min(1),
  conversation: z.string().min(1).optional(),
  expect: expectationSchema.nullable(),
});

/** Every regex of an expectation, alternatives included. */
const regexesOf = (e: Expectation): string[] =>
  e.alt ? e.alt.flatMap(regexesOf) : [...(e.re ?? []), ...(e.order ?? [])];

/**
 * Parses an article question set from JSONL text (blank lines ignored). Throws with the line number on a
 * malformed line, a repeated id or a regex that does not compile, as `parseQuestionSet` does.
 * @example parseArticleQuestions('{"id":"a1","question":"who is x","expect":{"re":["judge"]}}')[0]?.expect
 */
export function parseArticleQuestions(text: string): ArticleQuestion[] {
  return parseJsonl(text, questionSchema, (item) => (item.expect ? regexesOf(item.expect) : [])).map(
    ({ conversation, ...item }) => (conversation ? { ...item, conversation } : item),
  );
}

/** Reads and parses an article question set. */
export function loadArticleQuestions(path: string): ArticleQuestion[] {
  return parseArticleQuestions(readFileSync(path, 'utf8'));
}

/**
 * The project's labelled set (`test/quality/questions.jsonl`) in the article sets' shape, so one grader and
 * one table serve both.
 * @example labelledAsArticleQuestions(loadQuestionSet(questionSetPath()))[0]?.expect // { answered: true, re: […] }
 */
export function labelledAsArticleQuestions(items: readonly LabelledQuestion[]): ArticleQuestion[] {
  return items.map(({ id, question, conversation, expect }) => ({
    id,
    question,
    ...(conversation ? { conversation } : {}),
    expect: { answered: expect.answered, re: expect.re },
  }));
}

/** The questions that are graded (not the ungraded first turns of conversations). */
export function gradedQuestions(
  items: readonly ArticleQuestion[],
): (ArticleQuestion & { expect: Expectation })[] {
  return items.filter((q): q is ArticleQuestion & { expect: Expectation } => q.expect !== null);
}
