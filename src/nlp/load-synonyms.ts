import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { FactStoreError } from '../facts/fact-store-error.js';
import { findDataDir } from '../facts/load-facts.js';

const synonymsSchema = z.record(z.string(), z.union([z.string(), z.array(z.string().regex(/^[a-z]+$/))]));

/** `data/synonyms.json`: the words people ask with, mapped to the words the intents know. */
export function loadSynonyms(dataDir: string = findDataDir()): Record<string, string[]> {
  const path = join(dataDir, 'synonyms.json');
  const parsed = synonymsSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.success)
    throw new FactStoreError(
      parsed.error.issues.map((i) => `synonyms.json ${i.path.join('.')}: ${i.message}`),
    );
  const table: Record<string, string[]> = {};
  for (const [key, value] of Object.entries(parsed.data))
    if (Array.isArray(value) && !key.startsWith('_')) table[key] = value;
  return table;
}
