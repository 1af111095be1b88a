import { cueWords } from '../engine/cue-words.js';
import type { Intent } from '../engine/intent.js';
import { equivalentsOf, loadPhrases } from '../engine/word-tables.js';
import type { FactStore } from '../facts/fact-store.js';
import { inVocabulary, type Nlp } from './create-nlp.js';
import { foldName } from './fold-letters.js';
import { QUESTION_WORDS } from './question-words.js';

/** What the question parser needs to recognise the fact store's names; generated, never hand-listed. */
export interface Lexicon {
  /**
   * Every alias as its words (normal forms), by its first word, longest first: the names the parser looks
   * for. Kept here rather than taught to wink, so one wink instance can serve any number of articles.
   */
  readonly names: ReadonlyMap<
    string,
    ReadonlyArray<{ readonly words: readonly string[]; readonly id: string }>
  >;
  /** Proper-name words (lower case) to the id they name, for typo-tolerant matching. */
  readonly nameWords: ReadonlyMap<string, string>;
  /**
   * Each person's words of their full name (lower case, folded, three letters or more, no titles): a middle name
   * beside the rest ("<first> <middle> <last>") is theirs, short as it may be.
   */
  readonly personNameWords: ReadonlyMap<string, ReadonlySet<string>>;
  /** Name words that are plain English too ("health" of a drafted "<Name> Health <Body>"): names only when capitalised. */
  readonly plainNameWords: ReadonlySet<string>;
  /** Every word (normal form) the article or the fact store's aliases use. */
  readonly knownWords: ReadonlySet<string>;
  /** Event trigger words (normal forms and lemmas) to the events they evoke. */
  readonly triggers: ReadonlyMap<string, readonly string[]>;
  /** A word people ask with to the word the intents know ("interlocutor" -> "counterpart"). */
  readonly synonyms: ReadonlyMap<string, string>;
  /** Per event, the words of its evidence sentences that are not part of any name: what it is "about". */
  readonly eventWords: ReadonlyMap<string, ReadonlySet<string>>;
  /** Words of a compass point ("east", "southern"), which before a country and a noun name another place ("the
   * East <country> Sea"), not the country. */
  readonly compassWords: ReadonlySet<string>;
  /**
   * Phrases of general English by their first word (lemma), each to the words that complete it, of those meaning
   * a word the article uses ("set ... up" where it says "establish"): the phrase's words are no words it lacks.
   */
  readonly knownPhrases: ReadonlyMap<string, readonly string[]>;
  /** The one feature of the map of a kind the article names ("sea" of "the <X> Sea"), by that kind. */
  readonly featureKinds: ReadonlyMap<string, string>;
  /** Countries and capitals the article never names, by their first word (lower case). */
  readonly otherPlaces: ReadonlyMap<string, ReadonlyArray<{ words: readonly string[]; name: string }>>;
}

const normalTokens = (nlp: Nlp, text: string): string[] =>
  nlp.readDoc(text).tokens().out(nlp.its.normal) as string[];

// The gazetteer's countries and capitals are the same for every article: tokenized once per process (the
// wink instance is the process's one), not once per engine.
const placeTokenCache = new Map<string, string[]>();
const placeTokens = (nlp: Nlp, name: string): string[] => {
  let tokens = placeTokenCache.get(name);
  if (!tokens) {
    tokens = normalTokens(nlp, name);
    placeTokenCache.set(name, tokens);
  }
  return tokens;
};

/**
 * Lists every alias of every entity, event and dispute by its id, and builds the other lookup tables the
 * parser uses. Nothing is taught to the wink instance: it stays shared between articles.
 */
export function buildLexicon(
  nlp: Nlp,
  store: FactStore,
  intents: readonly Intent[],
  synonymTable: Readonly<Record<string, readonly string[]>> = {},
  articleExamples: readonly string[] = [],
  /** Lower-case words that are never a name on their own ("party", "minister"): kept from typo matching. */
  genericWords: ReadonlySet<string> = new Set(),
  /** Countries and capitals: a capital names its country; one the article never names is a place elsewhere. */
  places: {
    capitalOf: ReadonlyMap<string, string>;
    country: ReadonlyMap<string, string>;
    /** Large cities that are no capital: places elsewhere, naming no government. */
    cityOf?: ReadonlyMap<string, string>;
  } = {
    capitalOf: new Map(),
    country: new Map(),
  },
): Lexicon {
  const { capitalOf } = places;
  // A drafted group is named by how a sentence began ("Health officials said ...", a headline's "<Trade>
  // workers"), and a drafted organisation's later words are often plain English ("<Name> Health Security
  // Agency"): those words of English are no proper names, and "health" asked is not that body.
  const drafted = (e: (typeof store.facts.entities)[number]) =>
    e.provenance?.source === 'auto' && !e.provenance.reviewed;
  const plainFrom = (e: (typeof store.facts.entities)[number]) =>
    !drafted(e)
      ? Number.POSITIVE_INFINITY
      : e.kind === 'group'
        ? 0
        : e.kind === 'organization'
          ? 1
          : Number.POSITIVE_INFINITY;
  const named: Array<{ id: string; aliases: readonly string[]; proper: boolean; plainFrom?: number }> = [
    ...store.facts.entities.map((e) => ({
      id: e.id,
      aliases: [e.name, ...e.aliases],
      proper: true,
      plainFrom: plainFrom(e),
    })),
    ...store.facts.events.map((e) => ({ id: e.id, aliases: e.aliases, proper: false })),
    ...store.facts.disputes.map((d) => ({ id: d.id, aliases: d.aliases, proper: false })),
  ];
  const patternOwner = new Map<string, string>();
  const nameWords = new Map<string, string>();
  const plainNameWords = new Set<string>();
  for (const { id, aliases, proper, plainFrom: plain = Number.POSITIVE_INFINITY } of named) {
    for (const alias of aliases) {
      // (A business called by its kind, "the company", is so called only with "the": "which company" asks for one.)
      const kindOnly = proper && /^the [a-z]+$/.test(alias) && cueWords().businessNouns.has(alias.slice(4));
      const pattern = normalTokens(nlp, kindOnly ? alias : alias.replace(/^the /i, '')).join(' ');
      if (pattern !== '' && !patternOwner.has(pattern)) patternOwner.set(pattern, id);
      if (!proper) continue;
      // Only proper-name words are worth typo-matching ("<person>"), not ranks or titles ("Major", "Senator").
      if (alias.includes(' ') && !aliases[0]?.includes(alias)) continue;
      for (const [k, word] of alias.split(/\s+/).entries()) {
        const lower = word.toLowerCase();
        if (/^[A-Z][a-z]{3,}$/.test(word) && !nameWords.has(lower) && !genericWords.has(lower)) {
          nameWords.set(lower, id);
          if (k >= plain && inVocabulary(nlp, lower) && !places.country.has(word)) plainNameWords.add(lower);
        }
      }
    }
  }
  const personNameWords = new Map<string, ReadonlySet<string>>(
    store.facts.entities
      .filter((e) => e.kind === 'person')
      .map((e) => [
        e.id,
        new Set(
          e.name
            .split(/\s+/)
            .filter((w) => /^\p{Lu}\p{L}{2,}$/u.test(w) && !genericWords.has(w.toLowerCase()))
            // (Typed without its marks, "orn" of "Örn".)
            .map((w) => foldName(w).toLowerCase()),
        ),
      ]),
  );
  // A capital names its country's government when the article has no place of that name ("<capital> said").
  const countries = store.facts.entities.filter((e) => e.kind === 'country');
  for (const [capital, country] of capitalOf) {
    const owner = countries.find((e) => [e.name, ...e.aliases].includes(country));
    const pattern = placeTokens(nlp, capital).join(' ');
    if (owner && pattern !== '' && !patternOwner.has(pattern)) patternOwner.set(pattern, owner.id);
  }
  // ("the sea thing": a feature of the map called by its kind, in an article that names one of that kind, "the
  // <X> Sea".)
  const byFeature = new Map<string, string[]>();
  for (const e of store.facts.entities) {
    const last =
      e.kind === 'place' && e.name.includes(' ') ? e.name.split(/\s+/).at(-1)?.toLowerCase() : undefined;
    if (last && cueWords().featureKindNouns.has(last))
      byFeature.set(last, [...(byFeature.get(last) ?? []), e.id]);
  }
  const featureKinds = new Map<string, string>();
  for (const [noun, [id, ...more]] of byFeature)
    if (id && more.length === 0 && !patternOwner.has(noun)) featureKinds.set(noun, id);
  // Countries, capitals and cities the article never names ("were the talks in <another city>?"), by first word.
  const otherPlaces = new Map<string, Array<{ words: string[]; name: string }>>();
  for (const name of [...places.country.keys(), ...capitalOf.keys(), ...(places.cityOf?.keys() ?? [])]) {
    const words = placeTokens(nlp, name).map((w) => w.toLowerCase());
    if (words.length === 0 || patternOwner.has(words.join(' '))) continue;
    const first = words[0] ?? '';
    otherPlaces.set(first, [...(otherPlaces.get(first) ?? []), { words, name }]);
  }
  for (const list of otherPlaces.values()) list.sort((a, b) => b.words.length - a.words.length);
  const names = new Map<string, Array<{ words: string[]; id: string }>>();
  for (const [pattern, id] of patternOwner) {
    const words = pattern.split(' ');
    names.set(words[0] ?? '', [...(names.get(words[0] ?? '') ?? []), { words, id }]);
  }
  for (const list of names.values()) list.sort((a, b) => b.words.length - a.words.length);

  const knownWords = new Set<string>(normalTokens(nlp, store.text));
  for (const pattern of patternOwner.keys()) for (const w of pattern.split(' ')) knownWords.add(w);
  // Words people use to ask (from the intents' examples and a list of question vocabulary) are not unknown.
  const asking = [
    ...intents.flatMap((i) => i.examples),
    ...articleExamples,
    ...store.statements.flatMap((s) => s.verbs),
    QUESTION_WORDS,
  ];
  // One document each, not one per text: reading hundreds of tiny documents dominated start-up.
  for (const text of [asking.join('\n'), [...knownWords].join(' ')]) {
    const tokens = nlp.readDoc(text).tokens();
    for (const w of tokens.out(nlp.its.normal) as string[]) knownWords.add(w);
    for (const w of tokens.out(nlp.its.lemma as never) as unknown as string[])
      knownWords.add(String(w).toLowerCase());
  }

  const synonyms = new Map<string, string>();
  for (const [known, variants] of Object.entries(synonymTable)) {
    for (const variant of variants) synonyms.set(variant, known);
    knownWords.add(known);
  }
  for (const variant of synonyms.keys()) knownWords.add(variant);

  // What an event's sentences say about it, less the names in them: proper names, and the words of things that
  // take no part in it ("office" in the name of <person>'s office is not what the talks are about).
  const wordsOf = (id: string) =>
    named.find((n) => n.id === id)?.aliases.flatMap((a) => a.toLowerCase().split(/\W+/)) ?? [];
  const eventWords = new Map<string, Set<string>>();
  for (const event of store.facts.events) {
    const takingPart = new Set(event.participants.flatMap((p) => wordsOf(p.entity)));
    const aliasWords = new Set([
      ...nameWords.keys(),
      ...store.facts.entities.flatMap((e) => wordsOf(e.id)).filter((w) => !takingPart.has(w)),
    ]);
    const text = store
      .cite(event.evidence)
      .map((c) => c.text)
      .join(' ');
    const tokens = nlp.readDoc(text).tokens();
    const forms = [
      ...(tokens.out(nlp.its.normal) as string[]),
      ...(tokens.out(nlp.its.lemma as never) as unknown as string[]),
    ];
    eventWords.set(
      event.id,
      new Set(forms.map((w) => String(w).toLowerCase()).filter((w) => !aliasWords.has(w))),
    );
  }

  const triggers = new Map<string, string[]>();
  for (const event of store.facts.events) {
    for (const trigger of event.triggers) {
      const doc = nlp.readDoc(trigger);
      const forms = new Set([trigger, ...(doc.tokens().out(nlp.its.normal) as string[])]);
      for (const lemma of doc.tokens().out(nlp.its.lemma as never) as unknown as string[]) forms.add(lemma);
      for (const form of forms) triggers.set(form, [...new Set([...(triggers.get(form) ?? []), event.id])]);
      knownWords.add(trigger);
    }
  }
  const knownPhrases = new Map<string, string[]>();
  for (const [first, meanings] of loadPhrases())
    for (const { last, means } of meanings)
      if ([means, ...equivalentsOf(means)].some((w) => knownWords.has(w)))
        knownPhrases.set(first, [...(knownPhrases.get(first) ?? []), last]);
  return {
    names,
    nameWords,
    personNameWords,
    plainNameWords,
    knownWords,
    triggers,
    synonyms,
    eventWords,
    compassWords: cueWords().compassWords,
    otherPlaces,
    knownPhrases,
    featureKinds,
  };
}
