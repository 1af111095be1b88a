/**
 * "who's the <body> lady in the talks": a woman of a body or side, where the article names no woman of it. The
 * description is read again with a word for anyone in place of the woman's, so that the one person it does name
 * there is offered, said to be no woman the article names; never the one woman it names elsewhere.
 */
import type { FactStore } from '../facts/fact-store.js';
import type { Entity } from '../facts/schema.js';
import type { ParsedQuestion } from '../nlp/parse-question.js';
import { cueWords } from './cue-words.js';
import type { IntentReply } from './intent.js';
import { fullName, identify, profileOf, sideOf } from './parties.js';

/**
 * Where the word for a woman stands, where the name of the body or side before it starts, and that body or side,
 * when the question describes such a woman.
 */
export function womanOfBody(
  q: ParsedQuestion,
  store: FactStore,
): { at: number; from: number; qualifier: Entity } | undefined {
  if (!['who', 'what', 'which'].includes(q.wh ?? '')) return undefined;
  const at = q.normals.findIndex((w) => cueWords().femaleNouns.has(w));
  const m = q.mentions.find((x) => x.start >= 0 && x.end === at - 1);
  const qualifier = m && store.entities.get(m.id);
  if (at < 0 || !qualifier || !['organization', 'group', 'country', 'place'].includes(qualifier.kind))
    return undefined;
  // (A woman the article names of that body or side is the one meant: no correction.)
  const women = store.facts.entities.filter((e) => e.kind === 'person' && e.pronoun === 'she');
  // (Of a body, a member of it; of a country, anyone on its side.)
  const country = qualifier.kind === 'country' || qualifier.kind === 'place';
  const ofIt = (e: Entity) =>
    (!country && e.memberOf === qualifier.id) ||
    (country && sideOf(store, e.id) === (sideOf(store, qualifier.id) ?? qualifier.id)) ||
    profileOf(e).includes(qualifier.name.toLowerCase());
  // (Nor when someone of it is named whom the article calls neither "he" nor "she": she may be the one.)
  const unknown = store.facts.entities.some((e) => e.kind === 'person' && !e.pronoun && ofIt(e));
  return women.some(ofIt) || unknown ? undefined : { at, from: m.start, qualifier };
}

/**
 * Whether every other word of the question that says something of the person (a noun, a verb) is one the
 * article says around them, or a word of taking part, of a side, or of asking: "who was at the talks", not "who
 * spoke to reporters".
 */
export function restSaidOf(q: ParsedQuestion, store: FactStore, person: Entity, skip: number): boolean {
  // (Each word of those sentences by how it starts: "briefed" is not found in another word's middle.)
  const said = new Set(
    [
      ...store.cite(person.evidence),
      ...store.facts.events
        .filter((e) => e.participants.some((p) => p.entity === person.id))
        .flatMap((e) => store.cite(e.evidence)),
    ]
      .flatMap((c) => c.text.toLowerCase().split(/[^a-z]+/))
      .map((x) => x.slice(0, 5)),
  );
  const cues = cueWords();
  const known = [
    cues.lightVerbs,
    cues.participationVerbs,
    cues.attendanceVerbs,
    cues.sideNouns,
    cues.askingWords,
  ];
  return q.lemmas.every((l, i) => {
    if (i === skip || !/^(?:NOUN|VERB|PROPN)$/.test(q.pos[i] ?? '')) return true;
    if (q.mentions.some((m) => m.start <= i && i <= m.end)) return true;
    const w = q.normals[i] ?? '';
    if (known.some((list) => list.has(l) || list.has(w)) || w === 'name' || w === 'names') return true;
    return said.has(l.slice(0, 5)) || said.has(w.slice(0, 5));
  });
}

/**
 * The reply to a woman described of a body the article names no woman of: the one person the description fits
 * with any word for a person (`neutral`), when the body or side alone gives that one too (`plain`), said to be
 * the one it names there; else that it names no such woman.
 */
export function noSuchWoman(
  store: FactStore,
  qualifier: Entity,
  neutral: readonly Entity[],
  plain: readonly Entity[],
): IntentReply {
  const of =
    qualifier.kind === 'group'
      ? `among ${qualifier.name}`
      : `${['country', 'place'].includes(qualifier.kind) ? 'from' : 'at'} ${qualifier.name}`;
  // (The one the rest of the description fits must be the one the body or side alone gives: "who spoke to
  // reporters", fitting someone else loosely, is no description of them.)
  const [one] = neutral;
  const [alone] = plain;
  if (neutral.length !== 1 || !one || plain.length !== 1 || alone?.id !== one.id)
    return {
      answered: false,
      text: `The article doesn't name any woman ${of}.`,
      confidence: 0.6,
      citations: [],
    };
  return {
    answered: true,
    text: `The article names no woman ${of}; the one it names there is ${fullName(one)}: ${identify(one)}.`,
    confidence: 0.7,
    citations: store.cite(one.evidence),
  };
}
