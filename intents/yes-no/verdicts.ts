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
  const told = new Set<string>();
  for (const person of people) {
    const event = kb.store.facts.events.find((e) => e.participants.some((p) => p.entity === person.id));
    // (Two people of one meeting, "<A> and <B>", are told of it once.)
    if (!event || told.has(event.id)) continue;
    told.add(event.id);
    const others = eventPeople(kb.store, event).filter((e) => e.id !== person.id);
    // (As the article sets it apart from the rest, when it does: "in a separate virtual meeting".)
    const separate = event.evidence.some((ev) => /\bseparate\b/i.test(ev)) ? ' separate' : '';
    const how = event.place?.virtual
      ? ` in a${separate} virtual meeting`
      : separate
        ? ' in a separate meeting'
        : '';
    parts.push(
      others.length && (event.kind === 'meeting' || event.kind === 'talks')
        ? `${person.name} met ${joinNames(others.map(fullName))}${how}`
        : capitalize(event.summary),
    );
    evidence.push(event.evidence);
  }
  return { text: parts.length ? `${[...new Set(parts)].join('; ')}.` : '', evidence };
}
