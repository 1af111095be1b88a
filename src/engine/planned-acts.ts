/**
 * "what is <person> planning to do", "what will he do about it": of the events the article itself puts after
 * its date, those the person asked about takes part in (named, or "he"/"she" for the conversation's person).
 * And the words by which a sentence gives an act as planned ("would create", "planned to spend"), and a question
 * asks of one as done.
 */
import type { FactStore } from '../facts/fact-store.js';
import type { Event } from '../facts/schema.js';
import type { Token } from '../ingest/sentence-tokens.js';
import type { Mention, ParsedQuestion } from '../nlp/parse-question.js';
import { cueWords } from './cue-words.js';
import { escapeRegExp } from './escape-reg-exp.js';
import type { Sentence } from './types.js';

/** The planned events of the people a question names or refers to; empty when it names none of theirs. */
export function plannedActsOf(
  store: FactStore,
  ahead: readonly Event[],
  mentions: readonly Mention[],
  text: string,
  lastPerson: string | undefined,
): { events: Event[]; people: string[] } {
  const people = new Set(
    mentions.filter((m) => store.entities.get(m.id)?.kind === 'person').map((m) => m.id),
  );
  if (people.size === 0 && lastPerson && /\b(?:he|she|him|her)\b/i.test(text)) people.add(lastPerson);
  const events = ahead.filter((e) => e.participants.some((p) => people.has(p.entity)));
  return { events, people: [...people] };
}

/** Modal or planning words before the act a sentence reports as to come: "would take", "plans to appeal". Made
 * once per set of cue words. */
const toComeByLists = new WeakMap<object, RegExp>();
const toComePattern = (): RegExp => {
  const { lists } = cueWords();
  let made = toComeByLists.get(lists);
  if (!made) {
    made = new RegExp(
      `\\b(?:would|will|(?:${lists.planVerbs.map((v) => `${v}s?|${v.replace(/e$/, '')}ed`).join('|')}) to|is to|are to)\\s+(?!be\\b|have\\b|not\\b)\\p{L}+`,
      'iu',
    );
    toComeByLists.set(lists, made);
  }
  return made;
};

/**
 * "what will <A> do next" of a sentence that reports what <A> would do, with no date: "He said the university
 * would take the case to <a tribunal>". <A> is named just before the act, by a name of theirs or, for a body,
 * as "the <kind>" its name ends with; or as "he"/"she"/"it"/"they" after a name of theirs and a verb of saying.
 */
export function plannedSentenceOf(store: FactStore, actor: string): Sentence | undefined {
  const entity = store.entities.get(actor);
  if (!entity) return undefined;
  const namesOf = (e: { name: string; aliases: readonly string[] }) =>
    [e.name, ...e.aliases].filter((a) => a.length > 2);
  const last = (name: string) => name.split(/\s+/).at(-1)?.toLowerCase();
  const kind = entity.kind === 'organization' ? last(entity.name) : undefined;
  // ("the university": the body of that kind named last before it, in the sentence or the three before.)
  const sameKind = store.facts.entities.filter(
    (e) => e.kind === 'organization' && kind && last(e.name) === kind,
  );
  const lastOfKind = (before: string) =>
    sameKind
      .map((e) => ({ e, at: Math.max(...namesOf(e).map((n) => before.lastIndexOf(n))) }))
      .filter((x) => x.at >= 0)
      .sort((a, b) => b.at - a.at)[0]?.e.id;
  const refs = (withKind: boolean) =>
    [...namesOf(entity).map(escapeRegExp), ...(withKind && kind ? [`the ${escapeRegExp(kind)}`] : [])].join(
      '|',
    );
  // (Built once a question: the actor named, or also "the <kind>".)
  const subject = (withKind: boolean) =>
    new RegExp(
      `(?:\\b(?:${refs(withKind)})(?:\\s+(?:said|says|told \\S+|added|announced)(?:\\s+that)?\\s+(?:he|she|it|they))?)\\s+(?:\\p{Ll}+ly\\s+)?$`,
      'iu',
    );
  const [byName, byKind] = [subject(false), subject(true)];
  return store.sentences.find((s, k) => {
    const m = toComePattern().exec(s.text);
    if (!m) return false;
    const before = s.text.slice(0, m.index);
    if (byName.test(before)) return true;
    const context = [...store.sentences.slice(Math.max(0, k - 3), k).map((x) => x.text), before].join(' ');
    return byKind.test(before) && lastOfKind(context) === actor;
  });
}

/** Whether the verb at k is given only as planned or to come: "planned to spend", "would create". */
export function plannedAt(tokens: readonly Token[], k: number): boolean {
  return (
    /^(?:will|would|'ll|shall)$/.test(tokens[k - 1]?.normal ?? '') ||
    (tokens[k - 1]?.normal === 'to' && cueWords().planVerbs.has(tokens[k - 2]?.lemma ?? ''))
  );
}

/**
 * Whether a question asks of an act as done ("how much did <A> spend", "has <A> already spent"), not of a plan
 * or of what is to come ("will", "was going to", "supposed to", "is paying").
 */
export function doneAsked(q: ParsedQuestion): boolean {
  const planned = q.normals.some(
    (w) => /^(?:will|would|'ll|gonna|going|supposed|meant|expected)$/.test(w) || cueWords().planVerbs.has(w),
  );
  return (
    !planned &&
    (q.normals.includes('already') ||
      // (Not "have to", what must be done: "how long does <A> have to appeal".)
      q.normals.some(
        (w, i) => /^(?:did|has|have|had)$/.test(w) && q.pos[i] === 'AUX' && q.normals[i + 1] !== 'to',
      ))
  );
}
