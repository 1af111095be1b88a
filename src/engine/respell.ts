/** A claim's words read as the article's, where they are plainly misspellings of them. */

import distance from 'wink-distance';

/** Whether `typed` is `word` misspelt: two letters swapped, or within a small Jaro-Winkler distance. */
function misspelt(typed: string, word: string): boolean {
  if (typed === word || typed.length < 5 || word.length < 5 || typed[0] !== word[0]) return false;
  if (Math.abs(typed.length - word.length) > 1) return false;
  for (let i = 0; i < typed.length - 1; i++)
    if (`${typed.slice(0, i)}${typed[i + 1]}${typed[i]}${typed.slice(i + 2)}` === word) return true;
  return distance.string.jaroWinkler(typed, word) <= 0.08;
}

/**
 * "<role> of the <body> cheifs" checked against "<role> of the <body> chiefs of staff": each typed word no
 * phrase has, read as the phrases' word it misspells, so a typo is not taken for another title.
 */
export function respellAs(typed: string, phrases: readonly string[]): string {
  const words = new Set(phrases.flatMap((p) => p.split(/[\s-]+/)));
  return typed
    .split(' ')
    .map((w) => (words.has(w) ? w : ([...words].find((k) => misspelt(w, k)) ?? w)))
    .join(' ');
}
