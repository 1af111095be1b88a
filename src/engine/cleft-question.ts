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
}

// (Not "was it <X> that made <Y> <Z>": "that" may open a clause of the subject's own; "who" only.)
const CLEFT =
  /^(?:(?:so|wait|and|but|ok|okay|hold on|hmm|um|lol|yo|hey|remind me)[,!]?\s+)*(?:was|is|wasn'?t|isn'?t) it (?:really |actually |even |definitely |for sure )?(?!(?:him|her|them|they|he|she)\b)([a-z][\w.'-]*(?:\s+[\w.'-]+){0,3}?) who ((?!(?:is|was|are|were)\b)\S.{3,}?)\s*\?*\s*$/i;

/** @example cleftOf('was it <X> who visited <Y>?') // { subject: '<X>', whoAsks: 'who visited <Y>?' } */
export function cleftOf(text: string): Cleft | undefined {
  const m = CLEFT.exec(text.trim());
  if (!m?.[1] || !m[2] || /\bor\b/i.test(m[1])) return undefined;
  return { subject: m[1], whoAsks: `who ${m[2]}?` };
}

/**
 * "No" with whoever the article says did it (`ask` asks "who <did it>?"), when the one offered is not among them:
 * someone it never mentions ("<an unknown name>"), or a person or body it names, none of whose names or side's
 * names the answer holds ("<a head of state>" against "<their capital> did it" is no "No"). Else undefined.
 */
export function namesAnother(
  cleft: Cleft,
  store: FactStore,
  parse: (text: string) => ParsedQuestion,
  ask: (whoAsks: string) => Answer,
): Answer | undefined {
  const offered = parse(cleft.subject);
  const named = offered.mentions.filter((m) => /^(?:person|org):/.test(m.id));
  if (offered.unknownWords.length === 0 && named.length === 0) return undefined;
  const who = ask(cleft.whoAsks);
  if (!who.answered || (who.intent !== 'who-did' && who.intent !== 'read-sentences')) return undefined;
  const says = new Set(who.text.toLowerCase().split(/[^\p{L}\p{N}.]+/u));
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
  const there = (id: string) =>
    [...namesOf(id), ...sideNames(store.entities.get(id)?.side)].some((name) =>
      name.split(/\s+/).some((w) => w.length > 2 && /^\p{Lu}/u.test(w) && says.has(w.toLowerCase())),
    );
  const person = named.filter((m) => m.id.startsWith('person:'));
  if (person.some((m) => there(m.id))) return undefined;
  if (offered.unknownWords.length === 0 && named.some((m) => there(m.id))) return undefined;
  return { ...who, text: `No. ${who.text}`, verdict: 'no' };
}
