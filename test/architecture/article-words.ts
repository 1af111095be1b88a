/** The words that belong to one article: its names, aliases and dates, which no code may contain. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface ArticleWord {
  article: string;
  word: string;
  /** Short all-capital aliases ("US", "PRC") only count as written; anything else counts in any case. */
  caseSensitive: boolean;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

interface NamedFact {
  name?: string;
  label?: string;
  aliases?: string[];
  date?: { text: string; start: string; end: string };
  endDate?: { text: string; start: string; end: string };
}

/** Every article folder under `data/articles/` that holds a fact store. */
export function articleDirs(dataDir: string): string[] {
  const root = join(dataDir, 'articles');
  return readdirSync(root)
    .map((slug) => join(root, slug))
    .filter((dir) => statSync(dir).isDirectory());
}

/**
 * Names and aliases of every entity (all of them), the proper-name and numbered aliases of events and
 * disputes ("17th round", "Pelosi visit"; not common words such as "the talks"), and every date with a number
 * in it ("Jan. 9", "August 2022", "2024-01-09", the years).
 */
export function articleWords(dir: string): ArticleWord[] {
  const facts = JSON.parse(readFileSync(join(dir, 'facts.json'), 'utf8')) as {
    entities: NamedFact[];
    events: NamedFact[];
    disputes: NamedFact[];
  };
  const article = dir.split(/[\\/]/).at(-1) ?? dir;
  const words = new Set<string>();
  for (const e of facts.entities) for (const w of [e.name, ...(e.aliases ?? [])]) if (w) words.add(w);
  for (const e of [...facts.events, ...facts.disputes]) {
    for (const w of [e.name, ...(e.aliases ?? [])]) {
      if (!w) continue;
      const bare = w.replace(/^the /i, '');
      if (/[A-Z0-9]/.test(bare)) words.add(bare);
    }
    for (const d of [e.date, e.endDate]) {
      if (!d) continue;
      words.add(d.start);
      words.add(d.end);
      for (const m of d.text.matchAll(/\b(?:[A-Z][a-z]{2,8}\.? \d{1,2}|[A-Z][a-z]+ \d{4}|\d{4})\b/g))
        words.add(m[0]);
    }
  }
  // "the States" is a name only as written: "states" is an ordinary word.
  const asWritten = (w: string) => /^[A-Z.]{2,5}$/.test(w) || /^the \S+$/.test(w);
  // "the island" is a common noun, not a name.
  return [...words]
    .filter((w) => !/^the [a-z]/.test(w) && w.replace(/^the /i, '').trim().length >= 2)
    .map((w) => ({ article, word: w.replace(/^the /i, '').trim(), caseSensitive: asWritten(w) }));
}

/** A whole-word pattern for one article word. */
export function wordPattern(w: ArticleWord): RegExp {
  return new RegExp(`(?<![\\w-])${escapeRegExp(w.word)}(?![\\w-])`, w.caseSensitive ? '' : 'i');
}
