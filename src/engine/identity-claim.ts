/**
 * "the <demonym> guy on the <event> was <A> right", "was <A> the <role> at the <event>": a person described,
 * claimed to be someone named. The description is read on its own (the name would settle it) and the claim
 * checked against whom it describes.
 */
import type { FactStore } from '../facts/fact-store.js';
import type { Entity } from '../facts/schema.js';
import type { ParsedQuestion } from '../nlp/parse-question.js';
import type { IntentReply } from './intent.js';
import { fullName, identify } from './parties.js';
import { capitalize } from './wording.js';

/** The words of a description of a person, and the person the claim names, when the question is such a claim. */
function identityClaim(
  q: ParsedQuestion,
  store: FactStore,
  isPersonWord: (word: string) => boolean,
): { description: string; named: Entity } | undefined {
  if (!q.yesNo || !['was', 'is', 'were'].includes(q.normals[0] ?? '')) return undefined;
  const last = q.normals.findLastIndex((_w, i) => q.pos[i] !== 'PUNCT');
  const people = q.mentions.filter(
    (m) => m.start >= 0 && m.via === 'name' && store.entities.get(m.id)?.kind === 'person',
  );
  const [m] = people;
  if (people.length !== 1 || !m) return undefined;
  // ("was the <X> guy <A>": the description first; "was <A> the <X> guy": the name first.)
  const [from, to] = m.end === last ? [1, m.start - 1] : m.start === 1 ? [m.end + 1, last] : [-1, -1];
  if (from < 0 || q.normals[from] !== 'the' || to - from < 3) return undefined;
  const words = q.normals.slice(from, to + 1);
  // (One noun phrase, its head last: not "the <X> guy ... a civilian like <A>".)
  if (!/^(?:NOUN|PROPN)$/.test(q.pos[to] ?? '') || words.some((w) => /^(?:a|an|like|as|than)$/.test(w)))
    return undefined;
  // (A person described, with something that places them: "the <demonym> guy on the call".)
  if (!words.some(isPersonWord) || !words.some((w) => /^(?:on|at|in|from|who|that)$/.test(w)))
    return undefined;
  const named = store.entities.get(m.id);
  return named ? { description: q.raws.slice(from, to + 1).join(' '), named } : undefined;
}

/**
 * "Yes." or "No." with whom the description fits, when the question claims a described person is someone named
 * and the description fits one person (`fitting`: the people a description in words fits).
 */
export function checkIdentity(
  q: ParsedQuestion,
  store: FactStore,
  isPersonWord: (word: string) => boolean,
  fitting: (description: string) => readonly Entity[],
): (IntentReply & { confidence: number; person: Entity }) | undefined {
  const identity = identityClaim(q, store, isPersonWord);
  const fits = identity ? fitting(identity.description) : [];
  const [fit] = fits;
  if (!identity || !fit || fits.length !== 1) return undefined;
  const same = fit.id === identity.named.id;
  return {
    answered: true,
    text: same
      ? `Yes. ${identify(fit)}.`
      : `No. ${capitalize(identity.description)} was ${fullName(fit)}: ${identify(fit)}.`,
    confidence: 0.8,
    citations: store.cite(fit.evidence, ...(same ? [] : [identity.named.evidence])),
    verdict: same ? 'yes' : 'no',
    person: fit,
  };
}
