import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Sentence } from '../engine/types.js';
import { buildFactStore, type FactStore } from './fact-store.js';
import { FactStoreError } from './fact-store-error.js';
import { articleMetaSchema, factsSchema } from './schema.js';

/** `data/` at the project root, whether running from `src/` (tests) or `dist/src/` (built). */
export function findDataDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i++) {
    dir = resolve(dir, '..');
    try {
      readFileSync(join(dir, 'data', 'facts.json'));
      return join(dir, 'data');
    } catch {
      // keep climbing
    }
  }
  throw new FactStoreError([`no data/facts.json above ${fileURLToPath(import.meta.url)}`]);
}

const readJson = (path: string): unknown => {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new FactStoreError([`${path}: ${(error as Error).message}`]);
  }
};

/**
 * Reads and validates `data/article.json`, `data/facts.json` and the article text.
 * `splitSentences` comes from the NLP layer so the store stays free of it.
 */
export function loadFactStore(
  splitSentences: (text: string) => Sentence[],
  dataDir: string = findDataDir(),
): FactStore {
  const meta = articleMetaSchema.safeParse(readJson(join(dataDir, 'article.json')));
  const facts = factsSchema.safeParse(readJson(join(dataDir, 'facts.json')));
  const problems = [
    ...(meta.success ? [] : meta.error.issues.map((i) => `article.json ${i.path.join('.')}: ${i.message}`)),
    ...(facts.success ? [] : facts.error.issues.map((i) => `facts.json ${i.path.join('.')}: ${i.message}`)),
  ];
  if (!meta.success || !facts.success) throw new FactStoreError(problems);
  const text = readFileSync(join(dataDir, meta.data.file), 'utf8');
  return buildFactStore(meta.data, facts.data, text, splitSentences(text));
}
