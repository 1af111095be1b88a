/** Which other article of a server a question names things from (people, organisations, places). */
import type { ArticleData } from '../facts/load-facts.js';

const fold = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

/**
 * The names a question can name an article by: its people, groups, organisations, countries and places,
 * with their aliases, folded to lower case without accents. Short or lower-case aliases ("he", "the
 * ministry") are left out: they name nothing in particular.
 * @example articleNames(article) // ['<person name>', '<surname>', '<organisation>', ...]
 */
export function articleNames(article: Pick<ArticleData, 'facts'>): string[] {
  const names = article.facts.entities.flatMap((e) => [e.name, ...e.aliases]);
  return [...new Set(names.filter((n) => n.length >= 4 && /\p{Lu}/u.test(n)).map(fold))];
}

/**
 * The names of `names` a question mentions as whole words, leaving out any the current article's own text
 * holds (those it can answer about itself).
 * @example namesOnlyElsewhere('who is <person>?', ['<person>'], currentText) // ['<person>']
 */
export function namesOnlyElsewhere(
  question: string,
  names: readonly string[],
  currentText: string,
): string[] {
  const asked = ` ${fold(question).replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
  const current = ` ${fold(currentText).replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
  return names.filter((name) => {
    const words = ` ${name.replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `;
    return words.trim() !== '' && asked.includes(words) && !current.includes(words);
  });
}
