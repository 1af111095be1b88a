/**
 * "what did <A> do after <B> walked out of the talks?": a wh-question that takes a past act as given in a
 * clause after "after", "before" or "since". The clause is a premise, which the article must bear out before
 * anything is answered about what came of it; and its verb is not the act the question asks about.
 */
import type { ParsedQuestion } from '../nlp/parse-question.js';
import { cueWords } from './cue-words.js';

/** Where a clause after "after", "before" or "since" runs in a question: its words, start to end (exclusive). */
export function subordinateSpan(q: ParsedQuestion): { start: number; end: number; verb: number } | undefined {
  const at = q.normals.findIndex((w) => cueWords().premiseSubordinators.has(w));
  if (at < 0) return undefined;
  // The clause runs to a comma or the end: a subject named first, then a verb in the past ("walked", "cut").
  let end = q.normals.findIndex((w, i) => i > at && /^[,;?!.]$/.test(w));
  if (end < 0) end = q.normals.length;
  const subject = q.mentions.some(
    (m) => m.start === at + 1 || (m.start === at + 2 && q.pos[at + 1] === 'DET'),
  );
  const verb = q.pos.findIndex(
    (p, i) =>
      i > at + 1 &&
      i < end &&
      p === 'VERB' &&
      q.normals[i] !== q.lemmas[i] &&
      !/ing$/.test(q.normals[i] ?? ''),
  );
  if (!subject || verb < 0) return undefined;
  // (The main clause may go on after it: "how many days after the talks ended is the vote".)
  const next = q.pos.findIndex((p, i) => i > verb && i < end && (p === 'AUX' || p === 'VERB'));
  return { start: at + 1, end: next > 0 ? next : end, verb };
}

/** The clause a wh-question takes as given, as typed, or undefined when it has none. */
export function premiseClause(q: ParsedQuestion): string | undefined {
  if (q.wh === undefined || q.yesNo) return undefined;
  const span = subordinateSpan(q);
  if (!span) return undefined;
  // (A pronoun in it points into the main clause, which the clause alone cannot settle: "cut them off".)
  if (q.pos.some((p, i) => i >= span.start && i < span.end && p === 'PRON')) return undefined;
  return q.raws.slice(span.start, span.end).join(' ');
}

/**
 * "where did <A> go that <angered B>?": a relative clause after a where/when question's verb only says which
 * act is meant; the main clause alone is the question. Where it starts, or undefined.
 */
export function trailingRelative(q: ParsedQuestion): number | undefined {
  if (q.wh !== 'where' && q.wh !== 'when') return undefined;
  const verb = q.pos.findIndex((p, i) => i > 1 && p === 'VERB');
  // ("where did <A> visit that <angered B>": wink may read the verb as a noun of the event it names.)
  const eventEnds = (i: number) => q.mentions.some((m) => m.id.startsWith('event:') && m.end === i - 1);
  const at = q.normals.findIndex(
    (w, i) =>
      i > 2 &&
      ((verb >= 0 && i > verb) || eventEnds(i)) &&
      (w === 'that' || w === 'which') &&
      /^(VERB|AUX|ADJ|ADV)$/.test(q.pos[i + 1] ?? ''),
  );
  return at > 0 ? at : undefined;
}
