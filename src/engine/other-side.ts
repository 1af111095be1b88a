/**
 * "who led the <country> side?" ... "and the <demonym> one?": a follow-up that names only another side asks
 * the last question again about that side. The countries and demonyms are the gazetteer's.
 */
import type { Gazetteer } from '../ingest/gazetteer.js';

const FOLLOW_UP =
  /^(?:and|n|what about|how about|same for|ok and)?\s*(?:for\s+)?(?:the\s+)?([\p{L}.]+)(?:\s+(?:one|side|guy|person|people|team|delegation|general|official|officials))?\s*\?*$/iu;

/**
 * Builds the rewriter once: the last question with the other side put in, or undefined. `countries`: the
 * article's own (canonical names), for "and the other one?" when it has just two.
 */
export function createOtherSide(
  g: Gazetteer,
  countries: readonly string[] = [],
): (text: string, last: string | undefined) => string | undefined {
  const countryOf = new Map<string, string>();
  for (const [name, country] of g.country) countryOf.set(name.toLowerCase(), country);
  for (const [demonym, country] of g.countryOfDemonym) countryOf.set(demonym, country);
  return (text, last) => {
    let word = FOLLOW_UP.exec(text.trim())?.[1];
    // "and the other guy?": the article's other country, when the last question named one of two.
    if (word?.toLowerCase() === 'other' && last && countries.length === 2) {
      const named = last
        .toLowerCase()
        .split(/\s+/)
        .map((w) => countryOf.get(w.replace(/[?,.!]+$/, '').replace(/'s$/, '')))
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
    return words.join('');
  };
}
