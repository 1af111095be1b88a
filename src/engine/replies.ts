import type { FactStore } from '../facts/fact-store.js';
import { cueWords } from './cue-words.js';
import type { IntentReply } from './intent.js';

/** A sentence's first word in lower case when it is one of the clause openers ("The", "According"), not a name. */
function lowerOpener(text: string): string {
  const first = /^\p{Lu}\p{Ll}*\b/u.exec(text)?.[0];
  return first && cueWords().clauseOpeners.has(first.toLowerCase())
    ? `${first.toLowerCase()}${text.slice(first.length)}`
    : text;
}

const capitalize = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * The relationship and every dispute the article names: the two countries' own first, then the others.
 * @example disputesReply(store, ', with disputes over ', 0.9)
 */
export function disputesReply(store: FactStore, joiner: string, confidence: number): IntentReply {
  const { facts } = store;
  const relationship = facts.relationship;
  const between = facts.disputes.filter((d) => d.parties.every((p) => relationship?.parties.includes(p)));
  const others = facts.disputes.filter((d) => !between.includes(d));
  const also = others.length ? ` Also: ${others.map((d) => d.summary).join('; ')}.` : '';
  const labels = between.map((d) => d.label);
  const list =
    labels.length <= 1 ? (labels[0] ?? '') : `${labels.slice(0, -1).join(', ')} and ${labels.at(-1)}`;
  return {
    ...stated(
      store,
      relationship
        ? `${capitalize(relationship.summary)}${joiner}${list}.${also}`
        : `The article names these disputes: ${facts.disputes.map((d) => d.summary).join('; ')}.`,
      [relationship?.evidence, ...facts.disputes.map((d) => d.evidence)],
      facts.disputes.map((d) => d.id),
      confidence,
    ),
    items: relationship ? labels : facts.disputes.map((d) => d.summary),
  };
}

/**
 * An answer that rests on the article: its text, the evidence it cites, and what it was about.
 * @example stated(store, 'In <a city>.', [event.evidence], [event.id])
 */
export function stated(
  store: FactStore,
  text: string,
  evidence: ReadonlyArray<readonly string[] | undefined>,
  focus: string[] = [],
  confidence = 0.85,
): IntentReply {
  return { answered: true, text, citations: store.cite(...evidence), confidence, focus };
}

/** A refusal that says what the article does not cover, with what it does say nearby when there is something. */
export function notStated(
  what: string,
  nearby?: { text: string; evidence: readonly string[] },
  store?: FactStore,
) {
  const reply: IntentReply = {
    answered: false,
    // (A sentence's first word in lower case after "that", unless it begins a name: "that the deal ...".)
    text: `The article doesn't say ${what}.${nearby ? ` It does say that ${lowerOpener(nearby.text)}.` : ''}`,
    citations: nearby && store ? store.cite(nearby.evidence) : [],
    confidence: 0.9,
  };
  return reply;
}

/** "The next round", "the 18th round": another occurrence of an event, which the article does not report. */
export const otherOccurrence = (
  store: FactStore,
  event: { name: string; summary: string; evidence: readonly string[] },
) =>
  notStated(
    `anything about another round or occurrence: it covers only ${event.name}`,
    { text: event.summary, evidence: event.evidence },
    store,
  );
