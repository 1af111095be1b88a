/**
 * "Is <short name> <name>?", "<A> = <B> right?", "does <A> stand for <B>?": two of the names the article gives one
 * country, place or body (an abbreviation and the full name) name it both. Worked out from the names, not read in a
 * sentence.
 */
import type { IntentReply, Knowledge } from '../../src/engine/intent.js';
import type { ParsedQuestion } from '../../src/nlp/parse-question.js';
import { yes } from './verdicts.js';

/** Verbs of one name standing for another ("mean", "stand for", "refer to"). */
const NAMING = /^(?:mean|stand|refer)$/;

export function checkSameThing(q: ParsedQuestion, kb: Knowledge): IntentReply | undefined {
  const named = q.mentions.filter((m) => m.via === 'name' || m.via === 'typo');
  const [a, b] = named;
  if (!a || !b || named.length !== 2 || a.id !== b.id) return undefined;
  const entity = kb.store.entities.get(a.id);
  // (People have their own check, which says who each one is.)
  if (!entity || entity.kind === 'person') return undefined;
  const between = q.lemmas.slice(a.end + 1, b.start);
  // ("is the <A> <B>": the name may open with "the".)
  const opens = a.start === 1 || (a.start === 2 && q.pos[1] === 'DET');
  const asName =
    // "is <A> <B>", "is <A> the same as <B>"
    (q.lemmas[0] === 'be' && opens && between.every((_w, k) => q.pos[a.end + 1 + k] === 'DET')) ||
    // "does <A> mean <B>", "does <A> stand for <B>"
    (q.lemmas[0] === 'do' && opens && NAMING.test(between[0] ?? '') && between.length <= 2);
  if (!asName) return undefined;
  const [first, second] = [a, b].map((m) => q.raws.slice(m.start, m.end + 1).join(' '));
  if (!first || !second || first.toLowerCase() === second.toLowerCase()) return undefined;
  return {
    ...yes(`In the article "${first}" and "${second}" both name ${entity.name}.`, [entity.evidence], kb, [
      entity.id,
    ]),
    workedOut: [first, second],
  };
}
