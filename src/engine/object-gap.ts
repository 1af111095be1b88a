/**
 * "what's the <office> <A> works under?", "what is the name of the <body> <A> heads?": a question about a noun
 * described by what someone does to or in it, its object left out after the verb. Asked the plain way round,
 * "what <office> does <A> work under?", the intents read it as an act of <A>'s.
 */
import type { ParsedQuestion } from '../nlp/parse-question.js';

const BE = /^(?:is|was|are|were|'s)$/;

/** The question asked the plain way round, or undefined when it has no such shape. */
export function objectGapQuestion(q: ParsedQuestion): string | undefined {
  if (q.wh !== 'what' && q.wh !== 'which') return undefined;
  if (q.normals[0] !== q.wh || !BE.test(q.normals[1] ?? '')) return undefined;
  // (Past "the name of": the noun named is the one asked for.)
  let at = 2;
  if (q.normals[2] === 'the' && q.normals[3] === 'name' && q.normals[4] === 'of') at = 5;
  if (q.pos[at] !== 'DET') return undefined;
  const doer = q.mentions.find((m) => m.start > at + 1);
  if (!doer) return undefined;
  const nouns = q.raws.slice(at + 1, doer.start);
  if (!q.pos.slice(at + 1, doer.start).every((p) => p === 'NOUN' || p === 'ADJ')) return undefined;
  if (q.pos[doer.start - 1] !== 'NOUN') return undefined;
  const verb = doer.end + 1;
  if (q.pos[verb] !== 'VERB') return undefined;
  // (At most a preposition after the verb, then the end: the left-out object is the noun asked for.)
  const rest = q.normals.slice(verb + 1).filter((_w, k) => q.pos[verb + 1 + k] !== 'PUNCT');
  if (rest.length > 1 || (rest.length === 1 && q.pos[verb + 1] !== 'ADP')) return undefined;
  const typed = q.normals[verb] ?? '';
  const lemma = q.lemmas[verb] ?? typed;
  const aux = typed === lemma ? 'do' : /s$/.test(typed) && !/ed$/.test(typed) ? 'does' : 'did';
  const name = q.raws.slice(doer.start, doer.end + 1).join(' ');
  return `${q.wh} ${nouns.join(' ')} ${aux} ${name} ${[lemma, ...rest].join(' ')}?`;
}
