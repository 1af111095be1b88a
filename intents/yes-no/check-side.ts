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
  if (q.lemmas[0] !== 'be') return undefined;
  const own = sideOf(store, person.id);
  const country = own ? store.entities.get(own) : undefined;
  if (!country) return undefined;
  // A country or its capital, not an office of one; and not the places a title is "for".
  const sides = q.mentions.filter(
    (m) =>
      (store.entities.get(m.id)?.kind === 'country' || store.entities.get(m.id)?.standsFor !== undefined) &&
      q.normals[m.start - 1] !== 'for',
  );
  const [claimed] = sides;
  if (sides.length !== 1 || !claimed) return undefined;
  const named = (i: number) => q.mentions.some((m) => m.start <= i && i <= m.end);
  const { sideWords } = cueWords();
  // ("is he <demonym>?": the pronoun stands for the person.)
  const pronoun = (w: string) => /^(?:he|she|they)$/.test(w);
  if (!q.normals.every((w, i) => i === 0 || named(i) || pronoun(w) || sideWords.has(w) || !/\w/.test(w)))
    return undefined;
  const adjective = country.demonym ?? country.name;
  const text = `${person.name} is on the ${adjective} side, ${person.description}.`;
  const reply =
    sideOf(store, claimed.id) === own
      ? yes(text, [person.evidence], kb, [person.id])
      : no(text, [person.evidence], kb, [person.id]);
  // The side is the store's, often worked out from whom the person met, not named in their sentence.
  return { ...reply, workedOut: q.normals.slice(claimed.start, claimed.end + 1) };
}
