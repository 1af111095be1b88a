/**
 * "Whose <thing> was it?": the owner the article gives a thing, from the words before it in its sentence
 * ("an alleged <demonym> <thing>", "<country>'s claim"), quoted as the article words it.
 */
import type { Intent, IntentReply, Knowledge } from '../src/engine/intent.js';
import { MATCH } from '../src/engine/match-levels.js';
import { notStated } from '../src/engine/replies.js';
import { ownedAt } from '../src/engine/whose-owned.js';
import { joinNames } from '../src/engine/wording.js';
import type { FactStore } from '../src/facts/fact-store.js';
import type { ParsedQuestion } from '../src/nlp/parse-question.js';

/** Words that end a noun phrase, looking back from its noun. */
const PHRASE_START = /^(a|an|the|of|in|on|at|by|to|for|with|from|and|or|,|\.|;|:|that|which|who)$/i;
const NOUN = /^(NOUN|PROPN)$/;

/** The thing asked about: the noun after "whose", else the question's first ("the <thing> ..., whose was it"). */
function thingOf(q: ParsedQuestion): string | undefined {
  const at = ownedAt(q);
  if (NOUN.test(q.pos[at] ?? '')) return q.lemmas[at];
  // (A noun inside an event's name counts: "the <thing> that got <done>".)
  const nouns = q.lemmas.filter(
    (_l, i) =>
      q.pos[i] === 'NOUN' &&
      !q.mentions.some((m) => m.start <= i && i <= m.end && !m.id.startsWith('event:')),
  );
  return nouns[0];
}

/** An owner among the words before a noun: a country by its demonym, or a name with "'s". */
function ownerIn(words: readonly string[], store: FactStore): string | undefined {
  for (const w of words) {
    const country = store.facts.entities.find(
      (e) => e.kind === 'country' && e.demonym?.toLowerCase() === w.toLowerCase(),
    );
    if (country) return country.name;
    const possessive = /^(\p{Lu}[\p{L}.-]*)['’]s$/u.exec(w)?.[1];
    if (possessive) return possessive;
    // ("<X>-<Y> defense relations": two countries joined by a hyphen, by any of their names.)
    const joined = w.split(/(?<=\p{L}\.?)-(?=\p{Lu})/u);
    const countries = joined.map((part) => countryCalled(part, store));
    if (joined.length >= 2 && countries.every((c) => c !== undefined))
      return joinNames(countries as string[]);
  }
  return undefined;
}

/** The country a name or alias is, as the article names it ("<X.Y.>" -> "<the country>"), if it is one. */
function countryCalled(name: string, store: FactStore): string | undefined {
  const lower = name.toLowerCase();
  return store.facts.entities.find(
    (e) => e.kind === 'country' && [e.name, ...e.aliases].some((a) => a.toLowerCase() === lower),
  )?.name;
}

function answer(q: ParsedQuestion, { store, triggers }: Knowledge): IntentReply | undefined {
  const thing = thingOf(q);
  if (!thing) return undefined;
  // The sentence must name whatever else the question names ("whose claims in <a sea>").
  // (And its other nouns, by their first letters: "whose claim of sovereignty".)
  // (An event or dispute named picks its own sentences.)
  const own = (evidence: readonly string[]) => new Set(store.cite(evidence).map((c) => c.sentence));
  const picked = q.mentions.flatMap((m) => {
    const fact = store.events.get(m.id) ?? store.disputes.get(m.id);
    return fact ? [own(fact.evidence)] : [];
  });
  const named = [
    ...q.mentions.flatMap((m) => {
      const e = store.entities.get(m.id);
      return e ? [[e.name, ...e.aliases].map((a) => a.toLowerCase())] : [];
    }),
    ...q.lemmas
      .filter(
        (l, i) =>
          q.pos[i] === 'NOUN' &&
          l !== thing &&
          l.length > 3 &&
          !q.mentions.some((m) => m.start <= i && i <= m.end) &&
          // (A word the article uses, not one for an act: "the <thing> that got shot down".)
          !triggers.has(l) &&
          !triggers.has(q.normals[i] ?? '') &&
          store.text.toLowerCase().includes(l.slice(0, 5)),
      )
      .map((l) => [l.slice(0, 5)]),
  ];
  // (The owner must be the thing's only one: "territorial claims" with no owner and "<country>'s claim" elsewhere
  // leave "whose claims" open, unless the question names what picks the sentence.)
  let unowned = false;
  let found:
    | { owner: string; from: number; at: number; words: string[]; sentence: FactStore['sentences'][number] }
    | undefined;
  for (const sentence of store.sentences) {
    const lower = sentence.text.toLowerCase();
    if (!named.every((names) => names.some((n) => lower.includes(n)))) continue;
    if (!picked.every((sentences) => sentences.has(sentence.n))) continue;
    const words = sentence.text.split(/\s+/);
    const at = words.findIndex((w) =>
      w
        .toLowerCase()
        .replace(/[^\p{L}]/gu, '')
        .startsWith(thing),
    );
    if (at < 0) continue;
    // (Back to the phrase's start: a determiner or preposition, a punctuation mark, at most four words.)
    let from = at;
    while (
      from > 0 &&
      at - from < 4 &&
      !PHRASE_START.test(words[from - 1] ?? '') &&
      !/[,.;:]$/.test(words[from - 1] ?? '')
    )
      from--;
    const owner = ownerIn(words.slice(from, at), store);
    if (!owner) {
      unowned = true;
      continue;
    }
    found ??= { owner, from, at, words, sentence };
  }
  // (The thing is there with no owner given, "territorial claims in <a sea>", or with one owner here and none
  // there; not an event's word, whose people another intent names: "whose visit was it".)
  const open = unowned && (!found || named.length + picked.length === 0);
  if (open && !triggers.has(thing)) {
    const nearest = store.sentences.find((s) => s.text.toLowerCase().includes(thing));
    const typed = q.normals[q.lemmas.indexOf(thing)] ?? thing;
    return {
      ...notStated(`whose ${typed} ${typed.endsWith('s') ? 'those are' : 'that is'}`),
      citations: nearest ? [{ sentence: nearest.n, text: nearest.text }] : [],
      settled: true,
    };
  }
  if (!found || open) return undefined;
  const { owner, from, at, words, sentence } = found;
  // (With the noun the question goes on with: "defense relations".)
  const next = (words[at + 1] ?? '').toLowerCase().replace(/[^\p{L}]/gu, '');
  const goesOn = next.length > 2 && q.normals.some((w) => w.startsWith(next.slice(0, 5)));
  const phrase = words
    .slice(Math.max(0, from - 1), at + (goesOn ? 2 : 1))
    .join(' ')
    .replace(/[,.;:]$/, '');
  // (Two owners joined, "<X>-<Y> relations": both of theirs.)
  const both = owner.includes(' and ');
  return {
    answered: true,
    text: both
      ? `Those of ${owner}: the article puts it "${phrase}".`
      : `${owner}'s, as the article puts it: "${phrase}".`,
    citations: [{ sentence: sentence.n, text: sentence.text }],
    confidence: 0.75,
  };
}

export const whose: Intent = {
  id: 'whose',
  draftSafe: true,
  description: 'Whose a thing was: the owner the article gives it, in its own words.',
  examples: [],
  counterExamples: [],
  match(q) {
    return q.normals.includes('whose') && !q.yesNo ? MATCH.strong : 0;
  },
  answer,
};
