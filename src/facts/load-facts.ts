import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import type { Sentence } from '../engine/types.js';
import { buildFactStore, type FactStore } from './fact-store.js';
import { FactStoreError } from './fact-store-error.js';
import { type ArticleMeta, articleMetaSchema, type Facts, factsSchema } from './schema.js';

/** `data/` at the project root, whether running from `src/` (tests) or `dist/src/` (built). */
// Where the code is never moves: the folder is found once (callers ask for it per question).
let foundDataDir: string | undefined;
export function findDataDir(): string {
  foundDataDir ??= searchDataDir();
  return foundDataDir;
}

function searchDataDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i++) {
    dir = resolve(dir, '..');
    try {
      readFileSync(join(dir, 'data', 'articles', 'index.json'));
      return join(dir, 'data');
    } catch {
      // keep climbing
    }
  }
  throw new FactStoreError([`no data/articles/index.json above ${fileURLToPath(import.meta.url)}`]);
}

const readJson = (path: string): unknown => {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new FactStoreError([`${path}: ${(error as Error).message}`]);
  }
};

const exampleTableSchema = z.record(
  z.string(),
  z.object({ examples: z.array(z.string().min(1)), counterExamples: z.array(z.string().min(1)) }),
);
/** Per intent id, questions about this article that the intent must win (examples) or must not (counter). */
export type ExampleTable = z.infer<typeof exampleTableSchema>;

/** One article as data: its text, metadata and facts, validated but not yet indexed. */
export interface ArticleData {
  /** A short stable name, the folder's name under `data/articles/`. */
  slug: string;
  meta: ArticleMeta;
  facts: Facts;
  text: string;
  examples: ExampleTable;
}

/** The folder of the library's default article (`data/articles/index.json`). */
export function defaultArticleDir(dataDir: string = findDataDir()): string {
  const index = z
    .object({ default: z.string().min(1) })
    .safeParse(readJson(join(dataDir, 'articles', 'index.json')));
  if (!index.success) throw new FactStoreError(['data/articles/index.json: needs {"default": "<slug>"}']);
  return join(dataDir, 'articles', index.data.default);
}

/** Reads and validates one article folder: `article.json`, `facts.json`, the text and `examples.json` if any. */
export function readArticle(dir: string = defaultArticleDir()): ArticleData {
  const meta = articleMetaSchema.safeParse(readJson(join(dir, 'article.json')));
  const facts = factsSchema.safeParse(readJson(join(dir, 'facts.json')));
  let examples: ExampleTable = {};
  try {
    const parsed = exampleTableSchema.safeParse(JSON.parse(readFileSync(join(dir, 'examples.json'), 'utf8')));
    if (!parsed.success) throw new FactStoreError([`${dir}/examples.json: ${parsed.error.message}`]);
    examples = parsed.data;
  } catch (error) {
    if (error instanceof FactStoreError) throw error;
    // An article need not come with examples.
  }
  const problems = [
    ...(meta.success ? [] : meta.error.issues.map((i) => `article.json ${i.path.join('.')}: ${i.message}`)),
    ...(facts.success ? [] : facts.error.issues.map((i) => `facts.json ${i.path.join('.')}: ${i.message}`)),
  ];
  if (!meta.success || !facts.success) throw new FactStoreError(problems);
  const text = readFileSync(join(dir, meta.data.file), 'utf8');
  return {
    slug: dir.split(/[\\/]/).filter(Boolean).at(-1) ?? 'article',
    meta: meta.data,
    facts: facts.data,
    text,
    examples,
  };
}

/**
 * Reads, validates and indexes one article folder (the default article when none is given).
 * `splitSentences` comes from the NLP layer so the store stays free of it.
 */
export function loadFactStore(splitSentences: (text: string) => Sentence[], articleDir?: string): FactStore {
  return indexArticle(readArticle(articleDir), splitSentences);
}

/** Indexes article data (read from a folder or built by ingestion) against its sentences. */
export function indexArticle(article: ArticleData, splitSentences: (text: string) => Sentence[]): FactStore {
  return buildFactStore(article.meta, article.facts, article.text, splitSentences(article.text));
}
