/**
 * Countries a question names that the article never mentions: "what did the <demonym> delegation say?" about a
 * country absent from the article cannot be answered from it, however well the rest of the question matches
 * one of its sentences.
 */
import type { Gazetteer } from '../ingest/gazetteer.js';

const LONGEST_NAME = 4;

/**
 * The runs of one to four lower-case words in a text that start with a word some name starts with ("south
 * korea", "south"), longest first at each word.
 */
function wordRuns(text: string, firstWords: ReadonlySet<string>): Array<{ run: string; at: number }> {
  const words = text.toLowerCase().match(/[\p{L}'’-]+/gu) ?? [];
  const runs: Array<{ run: string; at: number }> = [];
  for (let i = 0; i < words.length; i++) {
    if (!firstWords.has(words[i] ?? '')) continue;
    for (let n = Math.min(LONGEST_NAME, words.length - i); n >= 1; n--)
      runs.push({ run: words.slice(i, i + n).join(' '), at: i });
  }
  return runs;
}

/** Capitals-only words as typed (an acronym, dotted or not), with and without a closing full stop. */
const acronymsIn = (text: string): string[] =>
  (text.match(/\b[A-Z][A-Z.]*[A-Z.]/g) ?? []).flatMap((w) => [w, w.replace(/\.$/, '')]);

/** Builds the check for one article: the absent countries a question names (canonical names, in order). */
export function createAbsentCountries(
  gazetteer: Gazetteer,
  articleText: string,
): (question: string) => string[] {
  // Every way of naming a country to its canonical name: lower case, except short capitals-only aliases,
  // which lower case would confuse with common words (a pronoun).
  const names = new Map<string, string>();
  const acronyms = new Map<string, string>();
  const add = (name: string, country: string) => {
    if (/^[A-Z.]{1,4}$/.test(name)) acronyms.set(name, country);
    else names.set(name.toLowerCase(), country);
  };
  for (const [name, country] of gazetteer.country) add(name, country);
  for (const [adjective, country] of gazetteer.countryOfDemonym) add(adjective, country);
  for (const [capital, country] of gazetteer.capitalOf) add(capital, country);
  const firstWords = new Set([...names.keys()].map((n) => n.split(' ')[0] ?? n));
  // The countries the article names, worked out at the first question that needs them (most never do).
  let said: Set<string> | undefined;
  const saidInArticle = () => {
    said ??= new Set([
      ...wordRuns(articleText, firstWords).flatMap(({ run }) => names.get(run) ?? []),
      ...acronymsIn(articleText).flatMap((w) => acronyms.get(w) ?? []),
    ]);
    return said;
  };
  return (question) => {
    // (Longest names first at each word, so that "south korea" is read before "korea".)
    const found: string[] = [];
    let covered = -1;
    for (const { run, at } of wordRuns(question, firstWords)) {
      const country = names.get(run);
      if (!country || at <= covered) continue;
      found.push(country);
      covered = at + run.split(' ').length - 1;
    }
    for (const w of acronymsIn(question)) {
      const country = acronyms.get(w);
      if (country) found.push(country);
    }
    if (found.length === 0) return [];
    const known = saidInArticle();
    return found.filter((c, i) => !known.has(c) && found.indexOf(c) === i);
  };
}
