/**
 * Tells a question in another language written in Latin letters ("¿Quién es el ministro?") from an English one:
 * several function words of another language and none of English (data/language/other-languages.json).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { findDataDir } from '../facts/load-facts.js';

const schema = z.object({ english: z.array(z.string()), other: z.record(z.string(), z.array(z.string())) });
const loaded = new Map<string, { english: Set<string>; other: Set<string> }>();

/** English function words, and other languages' ones that are not also English, read once per data folder. */
export function loadFunctionWords(dataDir: string = findDataDir()): {
  english: Set<string>;
  other: Set<string>;
} {
  let words = loaded.get(dataDir);
  if (!words) {
    const data = schema.parse(
      JSON.parse(readFileSync(join(dataDir, 'language', 'other-languages.json'), 'utf8')),
    );
    const english = new Set(data.english);
    const other = new Set(
      Object.values(data.other)
        .flat()
        .filter((w) => !english.has(w)),
    );
    words = { english, other };
    loaded.set(dataDir, words);
  }
  return words;
}

/** Builds the check once from the data file. */
export function createForeignCheck(dataDir: string = findDataDir()): (text: string) => boolean {
  const { english, other } = loadFunctionWords(dataDir);
  return (text) => {
    // (Plain ASCII, nearly every message, has only ASCII letters: matched without unicode classes.)
    const lower = text.toLowerCase();
    const word = /[\u0080-\uffff]/.test(lower) ? /[\p{L}']+/gu : /[a-z']+/g;
    // (Word by word, no list of them: nearly every message has an English word early on, which settles it.)
    let others = 0;
    for (let m = word.exec(lower); m; m = word.exec(lower)) {
      if (english.has(m[0])) return false;
      if (other.has(m[0])) others++;
    }
    return others >= 2;
  };
}
