/**
 * "was it <X> who <did something>?": a cleft question, which takes for granted that someone did it and asks
 * whether <X> was the one. When the article names who did it, and <X> is someone it does not mention or
 * someone else it names, the answer is "No" with the one it names.
 */

import type { FactStore } from '../facts/fact-store.js';
import type { ParsedQuestion } from '../nlp/parse-question.js';
import type { Answer } from './types.js';

/** The one offered and the act asked about, or undefined when the question is no cleft. */
export interface Cleft {
  readonly subject: string;
  /** The question asking who did it: "who <did something>?". */
  readonly whoAsks: string;
  /** Put as who someone described was ("the <X> guy was <name>"): who the description is answers it. */
  readonly identity?: boolean;
  /** Put another way than "was it <X> who": read only of a name the article never uses, which nothing else
   * checks ("was <an unknown name> the one who ..."); a name it uses is checked as a claim. */
  readonly unknownOnly?: boolean;
}

// (Not "was it <X> that made <Y> <Z>": "that" may open a clause of the subject's own; "who" only.)
const CLEFT =
  /^(?:(?:so|wait|and|but|ok|okay|hold on|hmm|um|lol|yo|hey|remind me)[,!]?\s+)*(?:was|is|wasn'?t|isn'?t) it (?:really |actually |even |definitely |for sure )?(?!(?:him|her|them|they|he|she)\b)([a-z][\w.'-]*(?:\s+[\w.'-]+){0,3}?(?:\s+or(?:\s+[\w.'-]+){1,3})?) who ((?!(?:is|was|are|were)\b)\S.{3,}?)\s*\?*\s*$/i;

// ("was <X> the one who <did it>": the same question, the one offered put first.)
const ONE_WHO =
  /^(?:(?:so|wait|and|but|ok|okay|hmm|um|lol)[,!]?\s+)*(?:was|is|wasn'?t|isn'?t) (?!(?:it|he|she|they|that|this)\b)([a-z][\w.'-]*(?:\s+[\w.'-]+){0,2}) the (?:one|person|guy|man|woman|official|people|ones) who ((?!(?:is|was|are|were)\b)\S.{3,}?)\s*\?*\s*$/i;
// ("<someone says> the <X> guy at the talks was <name>, right?": who the described one was, with a name offered.)
const DESCRIBED_WAS =
  /(?:^|\b(?:says?|said|thinks?|told me|heard)\s+(?:that\s+)?)(the\s+[a-z][^,?]{2,60}?)\s+(?:was|is)\s+((?!(?:the|a|an|not|in|at|on|from|there|held|called|named|also|still|just|really)\b)[a-z][\w.'-]*(?:\s+[\w.'-]+){0,2}?)\s*(?:,?\s*(?:right|is that right|is that true|correct|yeah|no|innit))?\s*\?*\s*$/i;

/** @example cleftOf('was it <X> who visited <Y>?') // { subject: '<X>', whoAsks: 'who visited <Y>?' } */
export function cleftOf(text: string, unknownOnly = false): Cleft | undefined {
  const m = CLEFT.exec(text.trim());
  if (m?.[1] && m[2]) return { subject: m[1], whoAsks: `who ${m[2]}?`, unknownOnly };
  const one = ONE_WHO.exec(text.trim());
  if (one?.[1] && one[2]) return { subject: one[1], whoAsks: `who ${one[2]}?`, unknownOnly: true };
  const d = DESCRIBED_WAS.exec(text.trim());
  if (!d?.[1] || !d[2]) return undefined;
  return { subject: d[2], whoAsks: `who was ${d[1]}?`, identity: true, unknownOnly: true };
}

/** Whether an answer names an entity (a capitalised word of one of its names) or, by it, the side it is of. */
function namedBy(answer: Answer, store: FactStore): (id: string) => boolean {
  const says = new Set(answer.text.toLowerCase().split(/[^\p{L}\p{N}.]+/u));
  const namesOf = (id: string | undefined) => {
    const e = id ? store.entities.get(id) : undefined;
    return e ? [e.name, ...e.aliases] : [];
  };
  // (A side's names are its own and those of whatever stands for it: "<its capital> did it".)
  const sideNames = (side: string | undefined) =>
    side
      ? store.facts.entities
          .filter((e) => e.id === side || e.standsFor === side)
          .flatMap((e) => namesOf(e.id))
      : [];
  // (A name's own words are capitalised: "the <X>", "President of <X>" say nothing by "the" or "of".)
  return (id: string) =>
    [...namesOf(id), ...sideNames(store.entities.get(id)?.side)].some((name) =>
      name.split(/\s+/).some((w) => w.length > 2 && /^\p{Lu}/u.test(w) && says.has(w.toLowerCase())),
    );
}

/** Who did it, when the article says so: the answer to "who <did it>?" from the who or sentence reader. */
const whoDidIt = (cleft: Cleft, ask: (whoAsks: string) => Answer): Answer | undefined => {
  const who = ask(cleft.whoAsks);
  const reader = who.intent === 'who-did' || who.intent === 'read-sentences';
  return who.answered && (reader || (cleft.identity && who.intent === 'who-is')) ? who : undefined;
};

/**
 * "was it <A> or <B> who <did it>?", "who <did it>, <A> or <B>" with one offered the article never mentions:
 * whoever the article says did it, shown as the one offered it names, when it names exactly one of the two in
 * full (no word of it unknown). Else undefined, and the two are checked as claims.
 */
export function pickOffered(
  cleft: Cleft,
  store: FactStore,
  parse: (text: string) => ParsedQuestion,
  ask: (whoAsks: string) => Answer,
): Answer | undefined {
  const options = cleft.subject.split(/\s+or\s+/i);
  if (options.length !== 2) return undefined;
  const who = whoDidIt(cleft, ask);
  if (!who) return undefined;
  const there = namedBy(who, store);
  const named = options.flatMap((o) => {
    const offered = parse(o);
    if (offered.unknownWords.length > 0) return [];
    const ids = offered.mentions.filter((m) => /^(?:person|org):/.test(m.id)).map((m) => m.id);
    return ids.length > 0 && ids.every(there) ? [ids[0] ?? ''] : [];
  });
  const [one] = named;
  const entity = one && named.length === 1 ? store.entities.get(one) : undefined;
  if (!entity) return undefined;
  return who.text.startsWith(entity.name) ? who : { ...who, text: `${entity.name}: ${who.text}` };
}

/**
 * "Yes" with whoever the article says did it (`ask` asks "who <did it>?"), when that is the person offered, all
 * of whose words the article uses; "No" with them when the one offered is not among them:
 * someone it never mentions ("<an unknown name>"), or a person or body it names, none of whose names or side's
 * names the answer holds ("<a head of state>" against "<their capital> did it" is no "No"). Else undefined.
 */
export function checkCleft(
  cleft: Cleft,
  store: FactStore,
  parse: (text: string) => ParsedQuestion,
  ask: (whoAsks: string) => Answer,
): Answer | undefined {
  if (/\bor\b/i.test(cleft.subject)) return undefined;
  const offered = parse(cleft.subject);
  const named = offered.mentions.filter((m) => /^(?:person|org):/.test(m.id));
  if (offered.unknownWords.length === 0 && (named.length === 0 || cleft.unknownOnly)) return undefined;
  // (A description said to be a name: only a person's, or words all unknown, which no "No" may mistake for a
  // thing the article names: "the venue was <a body>" is no identity.)
  const nameWords = offered.normals.filter((_, i) => offered.pos[i] !== 'PUNCT');
  if (
    cleft.identity &&
    !named.some((m) => m.id.startsWith('person:')) &&
    !(nameWords.length > 0 && nameWords.every((w) => offered.unknownWords.includes(w)))
  )
    return undefined;
  const who = whoDidIt(cleft, ask);
  if (!who) return undefined;
  const there = namedBy(who, store);
  const person = named.filter((m) => m.id.startsWith('person:'));
  // ("was it <first name> <unknown surname> who ...": a word the article never uses makes another person.)
  const whole = offered.unknownWords.length === 0;
  // ("was it <A> who <did it>" when the article says <A> did: "Yes", with the one it names.)
  // (Only when the answer opens with their own name: a side's or one named after the verb is no "Yes".)
  const opensWith = (id: string) => {
    const e = store.entities.get(id);
    return (
      e !== undefined &&
      [e.name, ...e.aliases].some((n) => n.length > 2 && who.text.indexOf(n) >= 0 && who.text.indexOf(n) < 25)
    );
  };
  if (whole && person.length > 0 && person.every((m) => opensWith(m.id)))
    return { ...who, text: `Yes. ${who.text}`, verdict: 'yes' };
  if (whole && person.some((m) => there(m.id))) return undefined;
  if (whole && named.some((m) => there(m.id))) return undefined;
  return { ...who, text: `No. ${who.text}`, verdict: 'no' };
}
