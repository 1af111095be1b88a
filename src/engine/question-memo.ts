/**
 * What several parts of the engine work out from one parsed question, kept with it: one weak entry per question
 * object (a question derived by spreading is another object, with its own), not one per cache. Adding a fresh key
 * to a WeakMap costs more than the lookups it saves, and every question is a fresh key.
 */
import type { ParsedQuestion } from '../nlp/parse-question.js';

/** The fields are each owned by one module; a value records what it was worked out with where that may vary. */
export interface QuestionMemo {
  /** question-cues.ts: the normals and lemmas joined between spaces, for phrase lookups. */
  joined?: { normals: string; lemmas: string };
  /** event-ranking.ts: the words that evoke events, keyed by the triggers and the mentions' spans. */
  evoking?: {
    triggers: unknown;
    mentions: number;
    words: ReadonlyArray<{ ids: readonly string[]; weight: number }>;
  };
  /** event-ranking.ts: the ranked events, keyed by the number of mentions. */
  ranking?: { mentions: number; ranked: readonly unknown[] };
  /** sentence-index.ts: the terms per index (the owner) and claim flag. */
  terms?: { owner: unknown; byClaim: Map<boolean, unknown> };
}

const memos = new WeakMap<ParsedQuestion, QuestionMemo>();

/** The memo of a question object, made empty the first time it is asked for. */
export function memoOf(q: ParsedQuestion): QuestionMemo {
  let memo = memos.get(q);
  if (!memo) {
    memo = {};
    memos.set(q, memo);
  }
  return memo;
}
