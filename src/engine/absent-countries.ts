/**
 * Countries a question names that the article never mentions: "what did the <demonym> delegation say?" about a
 * country absent from the article cannot be answered from it, however well the rest of the question matches
 * one of its sentences.
 */
import type { Gazetteer } from '../ingest/gazetteer.js';
import { escapeRegExp } from './escape-reg-exp.js';

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
  const said = new Set<string>();
  const text = articleText.toLowerCase();
  for (const [name, country] of names) if (find(name).test(text)) said.add(country);
  for (const [name, country] of acronyms) if (find(name).test(articleText)) said.add(country);
  const anyName = (list: Iterable<string>, flags: string) =>
    new RegExp(
      `(?:^|[^a-zA-Z])(${[...list]
        .sort((a, b) => b.length - a.length)
        .map(escapeRegExp)
        .join('|')})(?![a-zA-Z])`,
      flags,
    );
  // Longest names first, so that "south korea" is read before "korea".
  const named = anyName(names.keys(), 'g');
  const abbreviated = anyName(acronyms.keys(), 'g');
  return (question) => {
    const found = [
      ...[...question.toLowerCase().matchAll(named)].map((m) => names.get(m[1] ?? '')),
      ...[...question.matchAll(abbreviated)].map((m) => acronyms.get(m[1] ?? '')),
    ];
    return found.filter((c, i): c is string => c !== undefined && !said.has(c) && found.indexOf(c) === i);
  };
}

const find = (name: string) => new RegExp(`(?:^|[^a-zA-Z])${escapeRegExp(name)}(?![a-zA-Z])`);
