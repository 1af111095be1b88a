/**
 * "what did <A> do after <B> walked out of the talks?": a wh-question that takes a past act as given in a
 * clause after "after", "before" or "since". The clause is a premise, which the article must bear out before
 * anything is answered about what came of it.
 */
import type { ParsedQuestion } from '../nlp/parse-question.js';

const SUBORDINATORS = new Set(['after', 'before', 'since', 'because']);

/** The clause a wh-question takes as given, as typed, or undefined when it has none. */
export function premiseClause(q: ParsedQuestion): string | undefined {
  if (q.wh === undefined || q.yesNo) return undefined;
  const at = q.normals.findIndex((w) => SUBORDINATORS.has(w));
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
  // (The main clause may go on after it: "how many days after the talks ended is the vote".)
  const next = q.pos.findIndex((p, i) => i > verb && i < end && (p === 'AUX' || p === 'VERB'));
  if (verb >= 0 && next > 0) end = next;
  // (A pronoun in it points into the main clause, which the clause alone cannot settle: "cut them off".)
  const pronoun = q.pos.some((p, i) => i > at && i < end && p === 'PRON');
  if (!subject || verb < 0 || pronoun) return undefined;
  return q.raws.slice(at + 1, end).join(' ');
}
