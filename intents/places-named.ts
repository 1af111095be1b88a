/**
 * "Which countries are involved?", "what places does the article mention?", "which organisations are named?": the
 * countries, places or bodies the store holds, each cited where the article first names it.
 */
import { cueWords } from '../src/engine/cue-words.js';
import type { Intent } from '../src/engine/intent.js';
import { MATCH } from '../src/engine/match-levels.js';
import { hasPhrase } from '../src/engine/question-cues.js';
import { notStated, stated } from '../src/engine/replies.js';
import { joinNames } from '../src/engine/wording.js';
import type { FactStore } from '../src/facts/fact-store.js';
import type { Entity } from '../src/facts/schema.js';
import type { ParsedQuestion } from '../src/nlp/parse-question.js';

type Listed = 'country' | 'place' | 'organization';
/** A kind of place or body by the word its names end with ("which sea is mentioned": "<X> Sea"). */
interface NameKind {
  word: string;
}

// Per store, its places and bodies by the last word of their names, made when first asked.
const byLastWord = new WeakMap<FactStore, Map<string, Entity[]>>();

/** The places and bodies whose names end with the word (singular or plural): "sea" of "<X> Sea". */
function namedWith(store: FactStore, noun: string): Entity[] {
  let table = byLastWord.get(store);
  if (!table) {
    table = new Map();
    for (const e of store.facts.entities) {
      if (e.kind !== 'place' && e.kind !== 'organization') continue;
      const last = e.name.toLowerCase().split(/\s+/).pop() ?? '';
      table.set(last, [...(table.get(last) ?? []), e]);
    }
    byLastWord.set(store, table);
  }
  const singular = noun.replace(/(?<=[^s])s$/, '');
  const hits = new Set([...(table.get(noun) ?? []), ...(table.get(singular) ?? [])]);
  // (In the article's order, as the list it answers with.)
  return hits.size === 0 ? [] : store.facts.entities.filter((e) => hits.has(e));
}

/** The kind of thing listed, when the question asks which the article names; undefined otherwise. */
function kindAsked(q: ParsedQuestion, store?: FactStore): Listed | NameKind | undefined {
  const { countryNouns, placeListNouns, bodyNouns, involvedWords, mentioningVerbs } = cueWords();
  const asking = q.wh === 'which' || q.wh === 'what' || q.normals.some((w) => w === 'list' || w === 'name');
  if (!asking) return undefined;
  // (The noun straight after the question word, or after "list"/"name the": "which countries", "list the places".)
  const at = q.normals.findIndex((w) => w === 'which' || w === 'what' || w === 'list' || w === 'name');
  const nounAt = ['the', 'all'].includes(q.normals[at + 1] ?? '') ? at + 2 : at + 1;
  // (A noun of its own, not "what body of water": the thing named after "of" is asked.)
  const noun = q.normals[nounAt + 1] === 'of' ? undefined : q.normals[nounAt];
  const kind: Listed | NameKind | undefined = countryNouns.has(noun ?? '')
    ? 'country'
    : placeListNouns.has(noun ?? '')
      ? 'place'
      : bodyNouns.has(noun ?? '')
        ? 'organization'
        : noun && store && namedWith(store, noun).length > 0
          ? { word: noun }
          : undefined;
  if (!kind) return undefined;
  const naming =
    q.lemmas.some((l) => mentioningVerbs.has(l)) ||
    q.normals.some((w) => involvedWords.has(w)) ||
    hasPhrase(q, 'in the article') ||
    hasPhrase(q, 'in this article') ||
    hasPhrase(q, 'in the story');
  // (Nothing else asked of them: "which country hosted the talks" is an act, not a listing.)
  const acts = q.pos.some(
    (p, i) =>
      p === 'VERB' && !mentioningVerbs.has(q.lemmas[i] ?? '') && !involvedWords.has(q.normals[i] ?? ''),
  );
  // (Nor of a thing the conversation is on: "which countries are involved in that" asks of it, not the article.)
  const ofReferent = q.normals.some(
    (w, i) =>
      /^(?:in|with|about|over|by)$/.test(w) && /^(?:that|it|those|them)$/.test(q.normals[i + 1] ?? ''),
  );
  return naming && !acts && !ofReferent && q.mentions.length === 0 ? kind : undefined;
}

export const placesNamed: Intent = {
  id: 'places-named',
  description: 'Which countries, places or organisations the article names.',
  examples: [
    'which countries are involved?',
    'what places does the article mention?',
    'which organisations are named in the article',
    'list the countries mentioned',
  ],
  counterExamples: ['which country hosted the talks?'],
  // (Names are what ingestion finds best; the list answers for the whole article, not one sentence.)
  draftSafe: true,
  wholeArticle: true,
  match(q, { store }) {
    return kindAsked(q, store) ? MATCH.veryStrong : 0;
  },
  answer(q, { store }) {
    const kind = kindAsked(q, store);
    if (!kind) return undefined;
    if (typeof kind === 'object') {
      const listed = namedWith(store, kind.word);
      return {
        ...stated(
          store,
          `The article names ${listed.length === 1 ? 'one' : listed.length}: ${joinNames(listed.map((e) => e.name))}.`,
          listed.map((e) => e.evidence),
          listed.map((e) => e.id),
          0.85,
        ),
        items: listed.map((e) => e.name),
        itemIds: listed.map((e) => e.id),
      };
    }
    const fits = (e: Entity) =>
      kind === 'place'
        ? e.kind === 'place' || e.kind === 'country'
        : kind === 'organization'
          ? e.kind === 'organization'
          : e.kind === 'country';
    const listed = store.facts.entities.filter(fits);
    const word = kind === 'country' ? 'countries' : kind === 'place' ? 'places' : 'organisations';
    if (listed.length === 0) return notStated(`any ${word} by name`);
    return {
      ...stated(
        store,
        `The article names ${listed.length === 1 ? `one of those` : `${listed.length} ${word}`}: ${joinNames(listed.map((e) => e.name))}.`,
        listed.map((e) => e.evidence),
        listed.map((e) => e.id),
        0.85,
      ),
      items: listed.map((e) => e.name),
      itemIds: listed.map((e) => e.id),
    };
  },
};
