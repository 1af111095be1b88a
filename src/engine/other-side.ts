/**
 * "who led the <country> side?" ... "and the <demonym> one?": a follow-up that names only another side asks
 * the last question again about that side. The countries and demonyms are the gazetteer's.
 */
import type { Gazetteer } from '../ingest/gazetteer.js';

const FOLLOW_UP =
  /^(?:and|n|what about|how about|same for|ok and)?\s*(?:for\s+)?(?:the\s+)?([\p{L}.]+)(?:\s+(one|side|guy|person|people|team|delegation|general|official|officials))?\s*\?*$/iu;
/** Nouns for anyone, which name no role: "and the <demonym> guy?" after "the <demonym> general" asks of anyone there. */
const ANYONE = /^(?:guy|person|people|official|officials)$/i;

/**
 * Builds the rewriter once: the last question with the other side put in, or undefined. `countries`: the
 * article's own (canonical names), for "and the other one?" when it has just two.
 */
/** Nouns for a side or someone on it, after the country that names it. */
const SIDE_NOUNS =
  /^(?:side|sides|guy|guys|one|ones|person|people|dude|man|woman|lady|rep|reps|representative|delegate|delegation|team|officials?|counterpart)$/;

export function createOtherSide(
  g: Gazetteer,
  countries: readonly string[] = [],
): (text: string, last: string | undefined) => string | undefined {
  const countryOf = new Map<string, string>();
  for (const [name, country] of g.country) countryOf.set(name.toLowerCase(), country);
  for (const [demonym, country] of g.countryOfDemonym) countryOf.set(demonym, country);
  return (text, last) => {
    const typed = FOLLOW_UP.exec(text.trim());
    let word = typed?.[1];
    // "and the other guy?": the article's other country, when the last question named one of two.
    // (A country naming the side asked about, "the <demonym> guy", "<country>'s rep"; not the talks with it, "the
    // <country> talks", where the other guy is the one met.)
    if (word?.toLowerCase() === 'other' && last && countries.length === 2) {
      const lastWords = last.toLowerCase().split(/\s+/);
      const named = lastWords
        .map((w, i) => {
          const next = (lastWords[i + 1] ?? '').replace(/[?,.!]+$/, '');
          const sided =
            /'s$/.test(w) ||
            SIDE_NOUNS.test(next) ||
            g.roles.has(next) ||
            g.roles.has(next.replace(/s$/, ''));
          return sided ? countryOf.get(w.replace(/[?,.!]+$/, '').replace(/'s$/, '')) : undefined;
        })
        .find((c) => c !== undefined && countries.includes(c));
      word = named ? countries.find((c) => c !== named) : undefined;
    }
    const side = word ? countryOf.get(word.toLowerCase()) : undefined;
    if (!word || !side || !last) return undefined;
    // The word of the last question that named a side, and a different one.
    const words = last.split(/(\s+)/);
    const at = words.findIndex((w) => {
      const other = countryOf.get(
        w
          .toLowerCase()
          .replace(/[?,.!]+$/, '')
          .replace(/'s$/, ''),
      );
      return other !== undefined && other !== side;
    });
    if (at < 0) return undefined;
    words[at] = word + (words[at]?.match(/('s)?[?,.!]*$/)?.[0] ?? '');
    // ("the <demonym> general's rank" -> "and the <other> guy?": of anyone on that side, not of its general.)
    const noun = typed?.[2] ?? '';
    const role = (words[at + 2] ?? '').toLowerCase().replace(/('s)?[?,.!]*$/, '');
    if (ANYONE.test(noun) && (g.roles.has(role) || g.roles.has(role.replace(/s$/, ''))))
      words[at + 2] = noun + (words[at + 2]?.match(/('s)?[?,.!]*$/)?.[0] ?? '');
    return words.join('');
  };
}
