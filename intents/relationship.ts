import type { Intent } from '../src/engine/intent.js';
import { MATCH } from '../src/engine/match-levels.js';
import { sideOf } from '../src/engine/parties.js';
import { hasAny, hasPhrase } from '../src/engine/question-cues.js';
import { stated } from '../src/engine/replies.js';
import { capitalize } from '../src/engine/wording.js';

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
    // "the relationship between <person A> and <person B>" is how the two are linked, not the countries'.
    const people = new Set(
      q.mentions.filter((m) => store.entities.get(m.id)?.kind === 'person').map((m) => m.id),
    ).size;
    if (people >= 2 && countries === 0) return 0;
    const about =
      hasAny(q, 'relationship', 'relations', 'relation', 'ties', 'terms') ||
      hasPhrase(q, 'get along') ||
      (hasAny(q, 'things') && countries >= 2);
    if (about && (q.wh === 'how' || q.wh === 'what' || q.yesNo || hasAny(q, 'state', 'status')))
      return MATCH.firm;
    if (hasAny(q, 'progress', 'improve', 'improving', 'better', 'worse')) return MATCH.possible;
    return about ? MATCH.faint : 0;
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
