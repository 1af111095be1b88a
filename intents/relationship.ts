import { cueWords } from '../src/engine/cue-words.js';
import type { Intent } from '../src/engine/intent.js';
import { MATCH } from '../src/engine/match-levels.js';
import { beyondRelationship, disputesBetween, sideOf } from '../src/engine/parties.js';
import { asksCausation, asksCause, asksForStrains, hasAny, hasPhrase } from '../src/engine/question-cues.js';
import { notStated, stated } from '../src/engine/replies.js';
import { capitalize, summarySentences } from '../src/engine/wording.js';
import type { FactStore } from '../src/facts/fact-store.js';
import type { ParsedQuestion } from '../src/nlp/parse-question.js';

/** The sides a question names: countries, places, or cities standing for a country ("<capital A> and <B>"). */
function namedSides(q: ParsedQuestion, store: FactStore): string[] {
  const sides = q.mentions
    .filter((m) => ['country', 'place'].includes(store.entities.get(m.id)?.kind ?? ''))
    .map((m) => sideOf(store, m.id) ?? m.id);
  return [...new Set(sides)];
}

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
    // ("what is straining the relationship": its troubles, listed by the disputes intent.)
    if (q.wh === 'why' || !store.facts.relationship || (asksForStrains(q) && store.facts.disputes.length > 0))
      return 0;
    // ("what led to the ties stopping", "what caused <A> to cut ties": a cause, which the why intent gives.)
    if (asksCausation(q) || asksCause(q)) return 0;
    const countries = namedSides(q, store).length;
    // "the relationship between <person A> and <person B>" is how the two are linked, not the countries'.
    const people = new Set(
      q.mentions.filter((m) => store.entities.get(m.id)?.kind === 'person').map((m) => m.id),
    ).size;
    if (people >= 2 && countries === 0) return 0;
    // ("what did <person> say about <A> cutting ties": that person's words, which the statement intent answers.)
    const says = (i: number) =>
      cueWords().sayWords.has(q.lemmas[i] ?? '') || cueWords().sayWords.has(q.normals[i] ?? '');
    if (
      q.mentions.some((m) => m.start >= 0 && store.entities.get(m.id)?.kind === 'person' && says(m.end + 1))
    )
      return 0;
    // ("what relations were discussed in the talks": a meeting's topic, not how the parties stand.)
    if (q.wh === 'what' && q.lemmas.some((l) => cueWords().discussWords.has(l))) return 0;
    // ("what kind of ties are they trying to restore", "which ties did <A> cut": the ties an act is on, which
    // the sentences name, not how the parties stand.)
    const tiesAt = q.normals.findIndex((w) => /^(?:ties|relations|relationship)$/.test(w));
    const whichTies =
      tiesAt >= 0 &&
      (/^(?:what|which)$/.test(q.normals[tiesAt - 1] ?? '') ||
        (q.normals[tiesAt - 1] === 'of' &&
          /^(?:kind|kinds|type|types|sort)$/.test(q.normals[tiesAt - 2] ?? ''))) &&
      q.pos.some((p, i) => i > tiesAt && p === 'VERB');
    if (whichTies) return 0;
    const about =
      hasAny(q, 'relationship', 'relations', 'relation', 'ties', 'terms') ||
      // ("getting along", "talking to each other": how two parties stand.)
      cueWords().lists.standingPhrases.some((p) => hasPhrase(q, p)) ||
      (hasAny(q, 'things') && countries >= 2) ||
      // ("what's going on between <A> and <B>": how two parties stand.)
      (hasPhrase(q, 'going on') && hasAny(q, 'between') && countries >= 2) ||
      // ("what are <A> and <B> doing to each other": how the two named stand.)
      ((q.wh === 'what' || q.wh === 'how') &&
        (hasPhrase(q, 'each other') || hasPhrase(q, 'one another')) &&
        countries >= 2) ||
      // ("how are things between them", "how's it going between the two": the article's two parties.)
      (hasAny(q, 'things', 'it') && (hasPhrase(q, 'between them') || hasPhrase(q, 'between the two')));
    if (about && (q.wh === 'how' || q.wh === 'what' || q.yesNo || hasAny(q, 'state', 'status')))
      return MATCH.firm;
    // ("is it getting better at all?", with nothing named: how the article's relationship is going.)
    const change = hasAny(q, 'progress', 'improve', 'improving', 'better', 'worse');
    // (Not of a time after the article: "did it get better in <a later year>".)
    if (
      hasAny(q, 'better', 'worse', 'improve', 'improving') &&
      q.yesNo &&
      hasAny(q, 'it', 'things') &&
      !q.mentions.some((m) => m.start >= 0) &&
      q.dates.length === 0 &&
      !hasAny(q, 'after', 'later', 'since')
    )
      return MATCH.strong;
    if (change) return MATCH.possible;
    return about ? MATCH.faint : 0;
  },
  answer(q, { store }) {
    const r = store.facts.relationship;
    if (!r) return undefined;
    // "How are things between <A> and <C>?" of parties other than the relationship's: the disputes the article
    // reports between them, or nothing.
    const sides = namedSides(q, store);
    if (beyondRelationship(store, sides)) {
      const between = disputesBetween(store, sides);
      if (between.length === 0)
        return notStated(`how things stand between ${sides.map((s) => store.nameOf(s)).join(' and ')}`);
      return stated(
        store,
        summarySentences(between),
        between.map((d) => d.evidence),
        between.map((d) => d.id),
        0.85,
      );
    }
    return stated(
      store,
      `${capitalize(r.state)}. ${capitalize(r.summary)}. That said, ${r.progress.text}.`,
      [r.evidence, r.progress.evidence],
      r.parties,
      0.88,
    );
  },
};
