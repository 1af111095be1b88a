/**
 * "is <person> on the <demonym> side?", "is <person> <demonym>?", "is <person> from <a country>?": the side the
 * store gives the person settles it. Only a question that says nothing else is checked this way.
 */
import { cueWords } from '../../src/engine/cue-words.js';
import type { IntentReply, Knowledge } from '../../src/engine/intent.js';
import { sideOf } from '../../src/engine/parties.js';
import type { Entity } from '../../src/facts/schema.js';
import type { ParsedQuestion } from '../../src/nlp/parse-question.js';
import { no, yes } from './verdicts.js';

export function checkSide(q: ParsedQuestion, kb: Knowledge, person: Entity): IntentReply | undefined {
  const { store } = kb;
  // ("does <A> work for <a country>", "<A> works for the <body of a side>": the side that employs them.)
  // ("is <A> with the <body>": with it, as working for it.)
  const worksFor =
    q.lemmas.some(
      (l, i) => cueWords().workVerbs.has(l) && /^(?:for|with|in|at|under)$/.test(q.normals[i + 1] ?? ''),
    ) ||
    (q.lemmas[0] === 'be' && q.normals.includes('with'));
  if (q.lemmas[0] !== 'be' && !worksFor) return undefined;
  const own = sideOf(store, person.id);
  const country = own ? store.entities.get(own) : undefined;
  if (!country) return undefined;
  // A country or its capital, not an office of one; and not the places a title is "for".
  // (Or, worked for, a body of one side: "the <capital's> defense dept".)
  const body = (id: string): boolean =>
    worksFor &&
    ['group', 'organization'].includes(store.entities.get(id)?.kind ?? '') &&
    sideOf(store, id) !== undefined;
  const sides = q.mentions.filter(
    (m) =>
      (store.entities.get(m.id)?.kind === 'country' ||
        store.entities.get(m.id)?.standsFor !== undefined ||
        body(m.id)) &&
      (q.normals[m.start - 1] !== 'for' || worksFor),
  );
  const [claimed] = sides;
  // ("the <country> <body of it>": one side named twice.)
  const oneSide = new Set(sides.map((m) => sideOf(store, m.id) ?? m.id)).size === 1;
  if (!oneSide || !claimed) return undefined;
  const named = (i: number) => q.mentions.some((m) => m.start <= i && i <= m.end);
  const { sideWords } = cueWords();
  // ("is he <demonym>?": the pronoun stands for the person.)
  const pronoun = (w: string) => /^(?:he|she|they)$/.test(w);
  const working = (i: number) =>
    worksFor &&
    (cueWords().workVerbs.has(q.lemmas[i] ?? '') ||
      /^(?:for|with|in|at|under|the|does|do|did)$/.test(q.normals[i] ?? ''));
  if (
    !q.normals.every(
      (w, i) => i === 0 || named(i) || pronoun(w) || sideWords.has(w) || working(i) || !/\w/.test(w),
    )
  )
    return undefined;
  // (A body of the person's own side they may or may not work for: the article says only which side.)
  const sameSide = sideOf(store, claimed.id) === own;
  if (sameSide && body(claimed.id) && store.entities.get(claimed.id)?.kind !== 'country') return undefined;
  const adjective = country.demonym ?? country.name;
  const text = `${person.name} is on the ${adjective} side, ${person.description}.`;
  const reply = sameSide
    ? yes(text, [person.evidence], kb, [person.id])
    : no(text, [person.evidence], kb, [person.id]);
  // The side is the store's, often worked out from whom the person met, not named in their sentence.
  return {
    ...reply,
    workedOut: [
      ...q.normals.slice(claimed.start, claimed.end + 1),
      ...q.normals.filter((_w, i) => working(i)),
    ],
  };
}
