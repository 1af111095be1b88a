/** The two verdicts of a yes/no check, and the corrections a false premise gets. */
import type { IntentReply, Knowledge } from '../../src/engine/intent.js';
import { eventPeople, fullName } from '../../src/engine/parties.js';
import { capitalize, joinNames } from '../../src/engine/wording.js';
import type { Entity } from '../../src/facts/schema.js';

const verdict =
  (word: 'Yes' | 'No') =>
  (text: string, evidence: readonly string[][], kb: Knowledge, focus: string[]): IntentReply => ({
    answered: true,
    text: `${word}. ${text}`,
    verdict: word === 'Yes' ? 'yes' : 'no',
    citations: kb.store.cite(...evidence),
    confidence: 0.85,
    focus,
  });
export const yes = verdict('Yes');
export const no = verdict('No');

/** What each named person actually did, for correcting a false premise. */
export function corrections(
  people: readonly Entity[],
  kb: Knowledge,
): { text: string; evidence: string[][] } {
  const parts: string[] = [];
  const evidence: string[][] = [];
  for (const person of people) {
    const event = kb.store.facts.events.find((e) => e.participants.some((p) => p.entity === person.id));
    if (!event) continue;
    const others = eventPeople(kb.store, event).filter((e) => e.id !== person.id);
    parts.push(
      others.length && (event.kind === 'meeting' || event.kind === 'talks')
        ? `${person.name} met ${joinNames(others.map(fullName))}${event.place?.virtual ? ' in a virtual meeting' : ''}`
        : capitalize(event.summary),
    );
    evidence.push(event.evidence);
  }
  return { text: parts.length ? `${[...new Set(parts)].join('; ')}.` : '', evidence };
}
