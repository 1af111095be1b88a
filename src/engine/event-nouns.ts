/**
 * "how did <A> respond to the visit": "the <noun>" that one event, and only one, is named by (a word of its own
 * names, "<B>'s visit"), read as a mention of that event, as its full name would be.
 */
import type { FactStore } from '../facts/fact-store.js';
import type { ParsedQuestion } from '../nlp/parse-question.js';
import { escapeRegExp } from './escape-reg-exp.js';
import type { Knowledge } from './intent.js';

/** Adds a mention for each "the <noun>" of exactly one event's names; returns how many it added. */
export function linkEventNouns(q: ParsedQuestion, store: FactStore, triggers: Knowledge['triggers']): number {
  let added = 0;
  q.normals.forEach((w, i) => {
    if (q.pos[i] !== 'NOUN' || q.normals[i - 1] !== 'the') return;
    if (q.mentions.some((m) => m.start <= i && i <= m.end)) return;
    // (A noun that goes on into another, "the visit date", or into a phrase, "the break in <X> talks", is not the
    // event's own name.)
    if (q.pos[i + 1] === 'NOUN' || q.pos[i + 1] === 'ADP' || q.normals[i + 1] === "'s") return;
    const lemma = q.lemmas[i] ?? w;
    const events = [...new Set([...(triggers.get(lemma) ?? []), ...(triggers.get(w) ?? [])])];
    if (events.length !== 1) return;
    const [id] = events;
    const event = id ? store.events.get(id) : undefined;
    const word = new RegExp(`(?:^|[^\\p{L}])(?:${escapeRegExp(lemma)}|${escapeRegExp(w)})(?![\\p{L}])`, 'iu');
    if (!event?.aliases.some((a) => word.test(a))) return;
    q.mentions.push({ id: event.id, start: i, end: i, via: 'name' });
    added++;
  });
  if (added > 0) q.mentions.sort((a, b) => a.start - b.start);
  return added;
}
