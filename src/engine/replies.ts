import type { FactStore } from '../facts/fact-store.js';
import type { IntentReply } from './intent.js';

/**
 * An answer that rests on the article: its text, the evidence it cites, and what it was about.
 * @example stated(store, 'In Washington.', [event.evidence], [event.id])
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
    text: `The article doesn't say ${what}.${nearby ? ` It does say that ${nearby.text}.` : ''}`,
    citations: nearby && store ? store.cite(nearby.evidence) : [],
    confidence: 0.9,
  };
  return reply;
}
