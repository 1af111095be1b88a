import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleDirs, articleWords, wordPattern } from './article-words.js';

const root = join(import.meta.dirname, '..', '..');
const walk = (dir: string): string[] =>
  readdirSync(dir).flatMap((f) => {
    const path = join(dir, f);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });

describe('the code is article-independent', () => {
  const words = articleDirs(join(root, 'data')).flatMap(articleWords);

  it('knows the words of every article under data/articles/', () => {
    expect(words.length).toBeGreaterThan(20);
  });

  it('names no person, place, organisation, event or date of any article in src/ or intents/', () => {
    const hits: string[] = [];
    for (const file of [...walk(join(root, 'src')), ...walk(join(root, 'intents'))]) {
      readFileSync(file, 'utf8')
        .split('\n')
        .forEach((line, i) => {
          const hit = words.find((w) => wordPattern(w).test(line));
          if (hit) hits.push(`${file.slice(root.length + 1)}:${i + 1} names "${hit.word}" (${hit.article})`);
        });
    }
    expect(hits).toEqual([]);
    // (It reads every source file against every article's words: seconds alone, more on a busy machine.)
  }, 60_000);
});
