import type { Intent } from '../src/engine/intent.js';
import { capitalize, hasAny, hasPhrase, sideOf } from '../src/engine/knowledge.js';
import { stated } from '../src/engine/replies.js';

export const relationship: Intent = {
  id: 'relationship',
  description: 'The state of US-China relations: strained, with some progress in military communication.',
  examples: [
    'How are relations between the two countries?',
    'What is the state of the US-China relationship?',
    'how is the relationship going',
    'What is the state of relations between the two militaries?',
  ],
  counterExamples: ['Why is the relationship strained?', 'What are the disputes?'],
  match(q, { store }) {
    if (q.wh === 'why' || !store.facts.relationship) return 0;
    // Countries, or cities standing for them ("<capital A> and <capital B>").
    const countries = new Set(
      q.mentions
        .filter((m) => store.entities.get(m.id)?.kind === 'country' || store.entities.get(m.id)?.standsFor)
        .map((m) => sideOf(store, m.id)),
    ).size;
    const about =
      hasAny(q, 'relationship', 'relations', 'relation', 'ties', 'terms') ||
      hasPhrase(q, 'get along') ||
      (hasAny(q, 'things') && countries >= 2);
    if (about && (q.wh === 'how' || q.wh === 'what' || q.yesNo || hasAny(q, 'state', 'status'))) return 0.88;
    if (hasAny(q, 'progress', 'improve', 'improving', 'better', 'worse')) return 0.75;
    return about ? 0.6 : 0;
  },
  answer(_q, { store }) {
    const r = store.facts.relationship;
    if (!r) return undefined;
    return stated(
      store,
      `${capitalize(r.state)}. ${capitalize(r.summary)}. That said, ${r.progress.text}.`,
      [r.evidence, r.progress.evidence],
      r.parties,
      0.88,
    );
  },
};
