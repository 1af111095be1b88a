/**
 * "the <demonym> guy on the <event> was <A> right", "was <A> the <role> at the <event>": a person described,
 * claimed to be someone named. The description is read on its own (the name would settle it) and the claim
 * checked against whom it describes. So is a title claimed for a name ("is the <title> <A>", "the <title> in the
 * article is <a name it never uses>?"): the one person the title names, against the name.
 */
import type { FactStore } from '../facts/fact-store.js';
import type { Entity } from '../facts/schema.js';
import type { ParsedQuestion } from '../nlp/parse-question.js';
import { cueWords } from './cue-words.js';
import { escapeRegExp } from './escape-reg-exp.js';
import type { IntentReply } from './intent.js';
import { fullName, identify, profileOf } from './parties.js';
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
  // (The name first, "was <A> the guy who met <B>", may leave another person in the description.)
  const m = people.length === 1 ? people[0] : people.find((p) => p.start === 1);
  if (!m) return undefined;
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

/** Whether a mention of a person is by a title alone ("the <demonym> president"), none of their name's words. */
function byTitle(
  q: ParsedQuestion,
  store: FactStore,
  m: { id: string; start: number; end: number; via: string },
) {
  const e = store.entities.get(m.id);
  if (e?.kind !== 'person' || m.via !== 'name' || m.start < 0) return undefined;
  const name = new Set(e.name.toLowerCase().split(/[\s.-]+/));
  return q.normals.slice(m.start, m.end + 1).some((w) => name.has(w)) ? undefined : e;
}

/** The people whose title or description has every word typed ("the mayor", "the port authority's director"). */
function titledAs(store: FactStore, words: readonly string[]): Entity[] {
  const typed = words.filter((w) => /^[a-z]/.test(w) && w !== 'the' && w !== "'s");
  if (typed.length === 0) return [];
  return store.facts.entities.filter((e) => {
    const profile = new Set(profileOf(e).split(/[^a-z]+/));
    return e.kind === 'person' && typed.every((w) => profile.has(w));
  });
}

/**
 * "is the <title> <A>", "the <title> in the article is <A>?", "is the <role> <A>": the one person the title or
 * description names, and the person claimed (`claimed` undefined when the name typed is none the article gives:
 * "is the <title> <a name it never uses>").
 */
function titleClaim(
  q: ParsedQuestion,
  store: FactStore,
  isPersonWord: (word: string) => boolean,
  fitting: (description: string) => readonly Entity[],
): { holder: Entity; claimed: Entity | undefined } | undefined {
  if (!q.yesNo || !['was', 'is'].includes(q.normals[0] ?? '')) return undefined;
  const last = q.normals.findLastIndex((_w, i) => q.pos[i] !== 'PUNCT');
  if (q.normals[1] !== 'the' && !q.mentions.some((m) => m.start === 1)) return undefined;
  // The name claimed ends the question: a person the article names, or a bare run of nouns where a name would
  // stand, none of them a role (a name the article never gives).
  const named = q.mentions.find((m) => m.end === last && m.start > 1 && m.via === 'name');
  const claimed = named && store.entities.get(named.id);
  if (named && (claimed?.kind !== 'person' || byTitle(q, store, named))) return undefined;
  const bare = (from: number) =>
    last - from < 3 &&
    q.normals
      .slice(from, last + 1)
      .every(
        (w, k) =>
          /^(?:NOUN|PROPN)$/.test(q.pos[from + k] ?? '') &&
          !isPersonWord(w) &&
          !cueWords().claimedRoleNouns.has(w) &&
          !q.mentions.some((m) => m.start <= from + k && m.end >= from + k),
      );
  // (A name never given is none of the article's words: not "dr", which it writes as "Dr.".)
  let said: string | undefined;
  const unused = (from: number) => {
    said ??= store.sentences.map((x) => x.text.toLowerCase()).join(' ');
    const text = said;
    return q.normals.slice(from, last + 1).every((w) => !new RegExp(`\\b${escapeRegExp(w)}\\b`).test(text));
  };
  const starts = named ? [named.start] : [last - 1, last].filter((k) => k > 2 && bare(k) && unused(k));
  for (const at of starts) {
    // (Only "in the article" or "here" may stand between: "is the <title> at the summit" claims no name.)
    let end = at - 1;
    if (q.normals[end] === 'here') end -= 1;
    else if (
      cueWords().articleNouns.has(q.normals[end] ?? '') &&
      q.pos[end - 1] === 'DET' &&
      q.pos[end - 2] === 'ADP'
    )
      end -= 3;
    // The title as the article words it ("<demonym> president"), else a description that fits one person.
    const title = q.mentions.find((m) => m.start <= 2 && m.end === end);
    const byName = title && byTitle(q, store, title);
    const words = q.normals.slice(1, end + 1);
    // ("was the speaker who visited <a place> <a name it never uses>": a person word and what they did.)
    const relative = words.some(
      (w, k) => k > 1 && (w === 'who' || w === 'that') && isPersonWord(words[k - 1] ?? ''),
    );
    if (!byName && (words[0] !== 'the' || !(isPersonWord(words.at(-1) ?? '') || relative))) continue;
    // (A description in words, "the <demonym> guy at the talks", only against a name the article gives, or one
    // saying what the person did: "is he army navy" names no one.)
    const titled = byName || relative ? (byName ? [byName] : []) : titledAs(store, words.slice(1));
    const described = titled.length > 0 ? titled : named || relative ? fitting(words.join(' ')) : [];
    const [holder] = described;
    if (described.length !== 1 || !holder) continue;
    return { holder, claimed };
  }
  return undefined;
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
  const titled = identity ? undefined : titleClaim(q, store, isPersonWord, fitting);
  if (titled) {
    const { holder, claimed } = titled;
    const same = claimed?.id === holder.id;
    return {
      answered: true,
      // (The article's own wording of the title, in what identifies the holder: not the title as typed.)
      text: `${same ? 'Yes' : 'No'}. ${identify(holder)}.`,
      confidence: 0.8,
      citations: store.cite(holder.evidence, ...(same || !claimed ? [] : [claimed.evidence])),
      verdict: same ? 'yes' : 'no',
      person: holder,
    };
  }
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
