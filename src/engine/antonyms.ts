/** Pairs of opposite words (data/language/antonyms.json: general English), read once per data folder. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { findDataDir } from '../facts/load-facts.js';
import { oncePerDataDir } from '../facts/once-per-data-dir.js';

export const loadAntonyms = oncePerDataDir((dataDir): Array<readonly [string, string]> => {
  const schema = z.object({ pairs: z.array(z.tuple([z.string(), z.string()])) });
  return schema.parse(JSON.parse(readFileSync(join(dataDir, 'language', 'antonyms.json'), 'utf8'))).pairs;
});

/** The opposites of each word that has any, by word. */
const byWord = oncePerDataDir((dataDir) => {
  const map = new Map<string, string[]>();
  for (const [a, b] of loadAntonyms(dataDir)) {
    map.set(a, [...(map.get(a) ?? []), b]);
    map.set(b, [...(map.get(b) ?? []), a]);
  }
  return map;
});

/** The opposites of a word ("confirmed" -> ["alleged"]), or none. */
export const oppositesOf = (word: string, dataDir: string = findDataDir()): readonly string[] =>
  byWord(dataDir).get(word) ?? [];
