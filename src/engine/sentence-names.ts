/**
 * Where an article's sentences name each entity: by the words of its name that are distinctive, and by the
 * references that stand for it ("the company", "she", a capital for its country).
 */
import type { FactStore } from '../facts/fact-store.js';
import type { Gazetteer } from '../ingest/gazetteer.js';
import { datelineEnd } from '../ingest/infer-reference-date.js';
import type { TokenSentence } from '../ingest/sentence-tokens.js';
import { cueWords } from './cue-words.js';
import { resolveReferences } from './resolve-references.js';

/** Builds the name finder over an article's tokenized sentences (indexed from 0). */
export function createNameFinder(
  tokenized: readonly TokenSentence[],
  store: FactStore,
  gazetteer: Gazetteer,
) {
  // The words that name an entity in a sentence: its name's own words and one-word aliases, not the titles
  // or head nouns around them ("minister", "party" name nobody in particular).
  const generic = (w: string) =>
    gazetteer.roles.has(w.toLowerCase()) ||
    gazetteer.honorifics.has(w) ||
    gazetteer.organisationWords.has(w) ||
    gazetteer.placeWords.has(w) ||
    // ("The <Name> Federation": the article its name opens with names nothing.)
    /^(?:the|an?)$/i.test(w) ||
    !/^\p{Lu}/u.test(w);
  // (A name of one such word alone, "the Gulf", is named by that word: it has no other.)
  const nameWords = new Map(
    store.facts.entities.map((e) => {
      const words = [e.name, ...e.aliases.filter((a) => !a.includes(' '))]
        .flatMap((a) => a.split(/\s+/))
        // ("Park Jun-seo": a person's hyphened given name is read in its parts too, as a sentence's words are; not
        // "<Town>-<Town>", two names.)
        .flatMap((w) =>
          e.kind === 'person' && /^\p{Lu}\p{L}*-\p{Ll}+$/u.test(w) ? [w, ...w.split('-')] : [w],
        )
        .filter((w) => w.length > 2);
      const own = words.filter((w) => !generic(w));
      const only = own.length === 0 && !/\s/.test(e.name) && /^\p{Lu}/u.test(e.name) ? [e.name] : own;
      return [e.id, new Set(only.map((w) => w.toLowerCase()))];
    }),
  );
  const people = new Set(store.facts.entities.filter((e) => e.kind === 'person').map((e) => e.id));
  // (A two-letter name in capitals, "DR", "EU": matched as written, never a title "Dr" or a word "eu".)
  const acronyms = new Map(
    store.facts.entities.map((e) => [
      e.id,
      new Set([e.name, ...e.aliases].filter((a) => /^\p{Lu}{2}$/u.test(a))),
    ]),
  );
  // One-word names and aliases ("Chilean" for Chile) name their entity whoever else shares the word.
  const wholeNames = new Map(
    store.facts.entities.map((e) => [
      e.id,
      new Set([e.name, ...e.aliases].filter((a) => !/\s/.test(a)).map((a) => a.toLowerCase())),
    ]),
  );
  // A word of several names ("National" of two organisations) names none of them on its own.
  const owners = new Map<string, number>();
  for (const words of nameWords.values()) for (const w of words) owners.set(w, (owners.get(w) ?? 0) + 1);
  // A name of several words none of them distinctive ("the <body> commission office") names its entity
  // where the sentence has all of them in a row.
  const phrases = new Map(
    store.facts.entities.map((e) => [
      e.id,
      [e.name, ...e.aliases]
        .map((a) =>
          a
            .replace(/^the\s+/i, '')
            .toLowerCase()
            .split(/\s+/),
        )
        .filter((words) => words.length >= 2),
    ]),
  );
  // ("DUBLIN, Aug 2 (AP) - <A>, the Cork-based airline, ...": a dateline's place is where the story was filed,
  // no name of what the sentence reports.)
  const filed = tokenized.map((ts) => {
    const end = datelineEnd(ts.sentence.text);
    return end > 0 ? ts.tokens.findIndex((t) => t.start >= end) : 0;
  });
  const phraseHits = (id: string, i: number): number[] => {
    const tokens = tokenized[i]?.tokens ?? [];
    const hits: number[] = [];
    for (const words of phrases.get(id) ?? [])
      for (let k = filed[i] ?? 0; k + words.length <= tokens.length; k++)
        if (words.every((w, j) => tokens[k + j]?.raw.toLowerCase() === w))
          for (let j = 0; j < words.length; j++) hits.push(k + j);
    return [...new Set(hits)].sort((a, b) => a - b);
  };
  const named = (id: string, i: number): number[] => {
    const words = nameWords.get(id);
    // The raw word, not wink's normal form, which turns "Labour" into "labor".
    const from = filed[i] ?? 0;
    const short = acronyms.get(id);
    const tokens = tokenized[i]?.tokens ?? [];
    // ("the <Surname> family" names a family, not the one person of that name.)
    const ofFamily = (k: number) => cueWords().familyNouns.has(tokens[k + 1]?.normal ?? '') && people.has(id);
    const hits = tokens.flatMap((t, k) =>
      k >= from && (words?.has(t.raw.toLowerCase()) || short?.has(t.raw)) && !ofFamily(k) ? [k] : [],
    );
    const hitWords = new Set(hits.map((k) => tokenized[i]?.tokens[k]?.raw.toLowerCase() ?? ''));
    const whole = wholeNames.get(id);
    const distinctive =
      [...hitWords].some((w) => (owners.get(w) ?? 0) <= 1 || whole?.has(w)) ||
      hitWords.size >= Math.min(2, words?.size ?? 0);
    return distinctive && hits.length > 0 ? hits : phraseHits(id, i);
  };
  const references = resolveReferences(tokenized, store, named, gazetteer.capitalOf);
  const anyNameWord = (id: string, i: number): boolean => {
    const words = nameWords.get(id);
    return (tokenized[i]?.tokens ?? []).some((t) => words?.has(t.raw.toLowerCase()));
  };
  // Where each entity is named in each sentence, worked out once per entity and sentence.
  const nameCache = new Map<string, Array<number[] | undefined>>();
  const names = (id: string, i: number): number[] => {
    let bySentence = nameCache.get(id);
    if (!bySentence) {
      bySentence = [];
      nameCache.set(id, bySentence);
    }
    let hit = bySentence[i];
    if (!hit) {
      hit = [...named(id, i), ...(references[i]?.filter((r) => r.id === id).map((r) => r.at) ?? [])];
      bySentence[i] = hit;
    }
    return hit;
  };
  return { names, anyNameWord };
}
