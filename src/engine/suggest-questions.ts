import type { FactStore } from '../facts/fact-store.js';

/**
 * Follow-up questions about what an answer was about; every one is a question the engine answers
 * (a test asks them all). Built from the fact store, so new facts bring new suggestions.
 */
export function suggestQuestions(store: FactStore, focus: readonly string[], asked: string): string[] {
  const seen = asked.trim().toLowerCase();
  return suggestionsFor(store, focus)
    .filter((s) => s.toLowerCase() !== seen)
    .slice(0, 3);
}

// Suggestions depend only on what an answer is about, and there are few such sets: build each once.
const built = new WeakMap<FactStore, Map<string, string[]>>();
function suggestionsFor(store: FactStore, focus: readonly string[]): string[] {
  const key = focus.join('|');
  let cache = built.get(store);
  if (!cache) {
    cache = new Map<string, string[]>();
    built.set(store, cache);
  }
  const hit = cache.get(key);
  if (hit) return hit;
  const out: string[] = [];
  for (const id of focus) {
    const entity = store.entities.get(id);
    const event = store.events.get(id);
    if (entity?.kind === 'person') {
      const meeting = store.facts.events.find(
        (e) => (e.kind === 'meeting' || e.kind === 'talks') && e.participants.some((p) => p.entity === id),
      );
      if (meeting) out.push(`Who did ${entity.name} meet?`);
      if (store.statements.some((s) => s.holder === id)) out.push(`What did ${entity.name} say?`);
      out.push(`Who is ${entity.name}?`);
    }
    if (event) {
      if (event.date.precision !== 'unknown') out.push(`When was ${event.name}?`);
      if (event.place) out.push(`Where was ${event.name}?`);
      out.push(`What happened after ${event.name}?`);
    }
  }
  const firstPerson = store.facts.entities.find((e) => e.kind === 'person');
  out.push('Show me the timeline');
  if (store.facts.disputes.length > 0) out.push('What are the disputes?');
  if (firstPerson) out.push(`Who is ${firstPerson.name}?`);
  const unique = [...new Set(out)].slice(0, 4);
  cache.set(key, unique);
  return unique;
}

/** Questions that show what the engine can do with this article: built from its facts, never hand-listed. */
export function exampleQuestions(store: FactStore): string[] {
  const people = store.facts.entities.filter((e) => e.kind === 'person');
  // (An event named in a few words: an ingested one is named by its whole clause, no question reads well with.)
  const short = (e: { name: string }) => e.name.split(/\s+/).length <= 6 && !e.name.includes('...');
  const dated = store.facts.events.find((e) => e.date.precision !== 'unknown' && short(e));
  const placed = store.facts.events.find((e) => e.place && short(e));
  return [
    ...people.slice(0, 1).map((p) => `Who is ${p.name}?`),
    ...(dated ? [`When was ${dated.name}?`] : []),
    ...(placed && placed !== dated ? [`Where was ${placed.name}?`] : []),
    ...people.slice(1, 2).map((p) => `What did ${p.name} do?`),
  ];
}
