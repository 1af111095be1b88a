/**
 * "what is <person> planning to do", "what will he do about it": of the events the article itself puts after
 * its date, those the person asked about takes part in (named, or "he"/"she" for the conversation's person).
 */
import type { FactStore } from '../facts/fact-store.js';
import type { Event } from '../facts/schema.js';
import type { Mention } from '../nlp/parse-question.js';

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
