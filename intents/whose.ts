/**
 * "Whose <thing> was it?": the owner the article gives a thing, from the words before it in its sentence
 * ("an alleged <demonym> <thing>", "<country>'s claim"), quoted as the article words it.
 */
import type { Intent, IntentReply, Knowledge } from '../src/engine/intent.js';
import { MATCH } from '../src/engine/match-levels.js';
import type { FactStore } from '../src/facts/fact-store.js';
import type { ParsedQuestion } from '../src/nlp/parse-question.js';

/** Words that end a noun phrase, looking back from its noun. */
const PHRASE_START = /^(a|an|the|of|in|on|at|by|to|for|with|from|and|or|,|\.|;|:|that|which|who)$/i;
const NOUN = /^(NOUN|PROPN)$/;

/** The thing asked about: the noun after "whose", else the question's first ("the <thing> ..., whose was it"). */
function thingOf(q: ParsedQuestion): string | undefined {
  const at = q.normals.indexOf('whose');
  if (NOUN.test(q.pos[at + 1] ?? '')) return q.lemmas[at + 1];
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
  }
  return undefined;
}

function answer(q: ParsedQuestion, { store }: Knowledge): IntentReply | undefined {
  const thing = thingOf(q);
  if (!thing) return undefined;
  // The sentence must name whatever else the question names ("whose claims in <a sea>").
  const named = q.mentions.flatMap((m) => {
    const e = store.entities.get(m.id);
    return e ? [[e.name, ...e.aliases].map((a) => a.toLowerCase())] : [];
  });
  for (const sentence of store.sentences) {
    const lower = sentence.text.toLowerCase();
    if (!named.every((names) => names.some((n) => lower.includes(n)))) continue;
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
    if (!owner) continue;
    const phrase = words
      .slice(Math.max(0, from - 1), at + 1)
      .join(' ')
      .replace(/[,.;:]$/, '');
    return {
      answered: true,
      text: `${owner}'s, as the article puts it: "${phrase}".`,
      citations: [{ sentence: sentence.n, text: sentence.text }],
      confidence: 0.75,
    };
  }
  return undefined;
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
