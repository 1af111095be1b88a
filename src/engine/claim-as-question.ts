/**
 * A claim typed as a statement with an auxiliary, put as the yes/no question it asks: "the talks were 3
 * days?" -> "were the talks 3 days?". The intents read questions; a statement with a full verb ("<A> met
 * <B>?") is read as it is, as a yes/no question.
 */
import type { ParsedQuestion } from '../nlp/parse-question.js';

/** The question form, or undefined when the statement's first verb is not an auxiliary. */
export function claimAsQuestion(q: ParsedQuestion): string | undefined {
  // (Not a word of a name wink reads as a verb: "<given name> <family name> is ...".)
  const inName = (i: number) => q.mentions.some((m) => m.start <= i && i <= m.end);
  // ("<A>'s a <rank>": a possessive is never followed by an article, so that "'s" is "is".)
  // (After a name or a noun: "who's the guy" is a question already.)
  const is = (i: number) =>
    q.normals[i] === "'s" && q.pos[i + 1] === 'DET' && /^(?:NOUN|PROPN)$/.test(q.pos[i - 1] ?? '');
  const k = q.pos.findIndex((p, i) => i > 0 && (p === 'AUX' || p === 'VERB' || is(i)) && !inName(i));
  if (k <= 0) return undefined;
  const words = [...q.raws];
  if (q.pos[k] === 'AUX' || is(k)) {
    const [aux] = words.splice(k, 1);
    return [is(k) ? 'is' : aux, ...words].join(' ');
  }
  // (Kept as typed: "did <A> stress ..." is read with "stress" as a noun, "<A> stressed ..." as the verb.)
  return undefined;
}
