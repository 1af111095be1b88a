import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { FactStoreError } from '../facts/fact-store-error.js';
import { findDataDir } from '../facts/load-facts.js';
import { oncePerDataDir } from '../facts/once-per-data-dir.js';

const synonymsSchema = z.record(z.string(), z.union([z.string(), z.array(z.string().regex(/^[a-z]+$/))]));

/** `data/language/synonyms.json`: the words people ask with, mapped to the words the intents know. */
function readSynonyms(dataDir: string): Record<string, string[]> {
  const path = join(dataDir, 'language', 'synonyms.json');
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

const abbreviationsSchema = z.record(z.string(), z.string().min(1));

/** `data/language/abbreviations.json`: chat abbreviations ("asst", "w/", "smth") and what they stand for. */
function readAbbreviations(dataDir: string): Map<string, string> {
  const path = join(dataDir, 'language', 'abbreviations.json');
  const parsed = abbreviationsSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.success) {
    throw new FactStoreError(
      parsed.error.issues.map((i) => `abbreviations.json ${i.path.join('.')}: ${i.message}`),
    );
  }
  return new Map(
    Object.entries(parsed.data)
      .filter(([key]) => !key.startsWith('_'))
      .map(([k, v]) => [k.toLowerCase(), v]),
  );
}

interface AbbreviationTest {
  /** Every abbreviation, as a word: one pattern to skip the word-by-word pass when none occurs. */
  pattern: RegExp;
  /**
   * The abbreviations by their first run of ASCII letters and digits, when they are all ASCII and start with one
   * (an abbreviation found in a message starts where a run of its letters and digits does, and that run is
   * the abbreviation's own first run): a plain ASCII message is tested by a scan of its runs.
   */
  byRun?: Map<string, string[]>;
}
// Per map of abbreviations, made once.
const tests = new WeakMap<ReadonlyMap<string, string>, AbbreviationTest>();
const ALNUM = /^[a-z0-9]/;
const alnumAt = (text: string, at: number): boolean => {
  const c = text.charCodeAt(at);
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
};
function testOf(abbreviations: ReadonlyMap<string, string>): AbbreviationTest {
  let test = tests.get(abbreviations);
  if (!test) {
    const keys = [...abbreviations.keys()];
    const words = keys.map((k) => k.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'));
    const pattern = new RegExp(`(?:^|[^\\p{L}\\p{N}])(?:${words.join('|')})(?![\\p{L}\\p{N}])`, 'iu');
    const ascii = keys.every((k) => /^[\x20-\x7e]+$/.test(k) && k === k.toLowerCase() && ALNUM.test(k));
    let byRun: Map<string, string[]> | undefined;
    if (ascii) {
      byRun = new Map();
      for (const k of keys) {
        const run = /^[a-z0-9]+/.exec(k)?.[0] ?? k;
        byRun.set(run, [...(byRun.get(run) ?? []), k]);
      }
    }
    test = byRun ? { pattern, byRun } : { pattern };
    tests.set(abbreviations, test);
  }
  return test;
}
function mayHoldAbbreviation(text: string, abbreviations: ReadonlyMap<string, string>): boolean {
  const { pattern, byRun } = testOf(abbreviations);
  if (!byRun || /[\u0080-\uffff]/.test(text)) return pattern.test(text);
  const lower = text.toLowerCase();
  for (let start = 0; start < lower.length; ) {
    if (!alnumAt(lower, start)) {
      start++;
      continue;
    }
    let end = start + 1;
    while (end < lower.length && alnumAt(lower, end)) end++;
    for (const k of byRun.get(lower.slice(start, end)) ?? [])
      if (lower.startsWith(k, start) && !alnumAt(lower, start + k.length)) return true;
    start = end;
  }
  return false;
}

/**
 * Spells out chat abbreviations word by word, keeping punctuation around them.
 * @example expandAbbreviations('who is the asst sec?', new Map([['asst', 'assistant'], ['sec', 'secretary']]))
 *   // 'who is the assistant secretary?'
 */
export function expandAbbreviations(text: string, abbreviations: ReadonlyMap<string, string>): string {
  if (!mayHoldAbbreviation(text, abbreviations)) return text;
  // A letter before a full stop is an initial or part of "<country>", never "u" for "you".
  // ("tl;dr" is one word.)
  return text.replace(/[\p{L}\p{N}/'-]+(?:;[\p{L}\p{N}]+)*/gu, (word, offset: number) =>
    text[offset + word.length] === '.' && word.length <= 2
      ? word
      : (abbreviations.get(word.toLowerCase()) ?? word),
  );
}

/** Read once per data folder (src/facts/once-per-data-dir.ts). */
const loadSynonymsOnce = oncePerDataDir(readSynonyms);
export const loadSynonyms = (dataDir: string = findDataDir()) => loadSynonymsOnce(dataDir);

/** Read once per data folder (src/facts/once-per-data-dir.ts). */
const loadAbbreviationsOnce = oncePerDataDir(readAbbreviations);
export const loadAbbreviations = (dataDir: string = findDataDir()) => loadAbbreviationsOnce(dataDir);

/** Letters and digits, as a character class without the Unicode flag (Latin and every script above it). */
const WORD_CHARS = 'A-Za-z0-9\\u00AA\\u00B5\\u00BA\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\uFFFF';

// (Lower-case ASCII words, so that a plain word-boundary test can skip the messages that hold none.)
const idiomsSchema = z.object({
  phrases: z.record(z.string().regex(/^[a-z0-9]+(?: (?:[a-z0-9]+|<x>))*$/), z.string().min(1)),
});

/** `data/language/idioms.json`: chat idioms ("a big deal", "ghosted") and the plain words they mean. */
export interface Idioms {
  readonly pattern: RegExp;
  readonly meaning: ReadonlyMap<string, string>;
  /** The phrases with a word kept ("<x>"), as a pattern for the whole phrase and its rewrite. */
  readonly templates: ReadonlyArray<{ match: RegExp; to: string }>;
  /** Any phrase's longest word, as a word: a message with none of them holds no idiom (most hold none). */
  readonly firstWord: RegExp;
}
function readIdioms(dataDir: string): Idioms {
  const path = join(dataDir, 'language', 'idioms.json');
  const parsed = idiomsSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.success)
    throw new FactStoreError(parsed.error.issues.map((i) => `idioms.json ${i.path.join('.')}: ${i.message}`));
  const meaning = new Map(Object.entries(parsed.data.phrases).map(([k, v]) => [k.toLowerCase(), v]));
  // The longest phrase first, so "a big deal" wins over "big deal"; one pattern for all of them. "<x>" stands
  // for one word, kept in the rewrite ("got <x> going again" -> "restarted <x>").
  const phrases = [...meaning.keys()]
    .sort((a, b) => b.length - a.length)
    .map((k) =>
      k
        .replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
        .replace(/ /g, '\\s+')
        .replace('<x>', `[${WORD_CHARS}]+`),
    );
  return {
    firstWord: keyWordPattern([...meaning.keys()]),
    // (Matched against the message in lower case, with a plain character class: a case-insensitive Unicode
    // pattern of some 240 phrases takes V8 ~70 ms to compile and ~50 µs a message to run; this one a tenth.)
    pattern: new RegExp(`(?<![${WORD_CHARS}])(?:${phrases.join('|')})(?![${WORD_CHARS}])`, 'g'),
    meaning,
    templates: [...meaning.entries()]
      .filter(([k]) => k.includes('<x>'))
      .map(([k, v]) => {
        const [before, after] = k.split('<x>') as [string, string];
        return {
          match: new RegExp(`^${before.replace(/ /g, '\\s+')}(.+?)${after.replace(/ /g, '\\s+')}$`, 'iu'),
          to: v,
        };
      }),
  };
}

/** Read once per data folder (src/facts/once-per-data-dir.ts). */
const loadIdiomsOnce = oncePerDataDir(readIdioms);
export const loadIdioms = (dataDir: string = findDataDir()) => loadIdiomsOnce(dataDir);

/**
 * Rewrites chat idioms into plain words.
 * @example rewriteIdioms('were the talks a big deal', loadIdioms()) // 'were the talks significant'
 */
export function rewriteIdioms(text: string, idioms: Idioms): string {
  if (!idioms.firstWord.test(text)) return text;
  // (Found in lower case, replaced in the message as typed: the same positions while lower-casing keeps the length,
  // which it does but for a few letters no idiom holds.)
  const lower = text.toLowerCase();
  if (lower.length !== text.length) return text;
  idioms.pattern.lastIndex = 0;
  if (!idioms.pattern.test(lower)) return text;
  // (exec on the one pattern: matchAll would copy it, compiling it again for every message.)
  idioms.pattern.lastIndex = 0;
  let out = '';
  let from = 0;
  for (let m = idioms.pattern.exec(lower); m; m = idioms.pattern.exec(lower)) {
    const phrase = text.slice(m.index, m.index + m[0].length);
    const plain = plainFor(phrase, m[0], idioms);
    // ("was the virtual meeting on <a platform>": a message that already says what the idiom means asks about the
    // idiom's own, more specific sense, kept as typed.)
    const said = lower.slice(0, m.index) + lower.slice(m.index + m[0].length);
    out += text.slice(from, m.index) + (saysAlready(said, plain) ? phrase : plain);
    from = m.index + m[0].length;
  }
  return out + text.slice(from);
}

/** Whether a one-word meaning's stem ("virtual" of "virtually") is among the message's other words. */
function saysAlready(rest: string, plain: string): boolean {
  if (!/^[a-z]+$/.test(plain)) return false;
  const stem = plain.replace(/(?:ly|ed|ing|s)$/, '');
  return stem.length >= 4 && new RegExp(`\\b${stem}`).test(rest);
}

/** The plain words for one idiom found ("a big deal" -> "significant"), keeping a word it keeps ("<x>"). */
function plainFor(phrase: string, lower: string, idioms: Idioms): string {
  const plain = idioms.meaning.get(lower.replace(/\s+/g, ' '));
  if (plain) return plain;
  for (const t of idioms.templates) {
    const kept = t.match.exec(phrase)?.[1];
    if (kept) return t.to.replace('<x>', () => kept);
  }
  return phrase;
}

/**
 * A pattern for the longest word of each phrase (a phrase cannot occur without it), to skip the phrase patterns
 * for the many messages that hold none. `common`: words most questions use ("what"), taken only when the
 * phrase has no other, so that the pattern stays rare.
 */
export function keyWordPattern(phrases: readonly string[], common: ReadonlySet<string> = new Set()): RegExp {
  const words = new Set(
    phrases.map(
      (p) =>
        p
          .toLowerCase()
          .split(/\s+/)
          .filter((w) => !w.includes('<'))
          .sort((a, b) => Number(common.has(a)) - Number(common.has(b)) || b.length - a.length)[0] ?? p,
    ),
  );
  const escaped = [...words].map((w) => w.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'));
  // (Plain word boundaries, no unicode classes: the words are ASCII, and this runs on every message.)
  return new RegExp(`\\b(?:${escaped.join('|')})\\b`, 'i');
}
