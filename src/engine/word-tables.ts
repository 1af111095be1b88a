/** The language tables the sentence index matches words through (general English, in data/language/). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { findDataDir } from '../facts/load-facts.js';
import { oncePerDataDir } from '../facts/once-per-data-dir.js';

/**
 * WordNet's words for the first senses of common verbs and nouns, and the verbs nouns are made from
 * ("seizure" from "seize") (data/language/wordnet-synonyms.json).
 */
function readWordNet(dataDir: string): {
  verb: Map<string, string[]>;
  noun: Map<string, string[]>;
  derived: Map<string, string>;
} {
  const table = z.record(z.string(), z.array(z.string()));
  const schema = z.object({
    verb: table,
    noun: table,
    derived: z.record(z.string(), z.string()).default({}),
  });
  const raw = schema.parse(
    JSON.parse(readFileSync(join(dataDir, 'language', 'wordnet-synonyms.json'), 'utf8')),
  );
  // (A rarer word typed finds the common one whose first senses hold it: "unplug" the article's "disconnect".)
  const both = (entries: Record<string, string[]>) => {
    const map = new Map(Object.entries(entries));
    for (const [common, words] of Object.entries(entries))
      for (const w of words) if (!(w in entries)) map.set(w, [...(map.get(w) ?? []), common]);
    return map;
  };
  // (Verbs only: a noun's rarer senses name other things more often than not.)
  return {
    verb: both(raw.verb),
    noun: new Map(Object.entries(raw.noun)),
    derived: new Map(Object.entries(raw.derived)),
  };
}

/** Word groups that count as the same (data/language/equivalents.json). */
const equivalentsSchema = z.object({
  groups: z.array(z.array(z.string().min(1)).min(2)),
  // "leave home": "evacuate": a verb and a word after it (lemmas) that together mean one word.
  phrases: z.record(z.string().regex(/^[a-z]+ [a-z]+$/), z.string().regex(/^[a-z]+$/)).default({}),
  // "own": ["owner"]: the nouns for whoever does what a verb says ("who owns <X>" is "<X>'s owner").
  agents: z.record(z.string().regex(/^[a-z]+$/), z.array(z.string().regex(/^[a-z-]+$/)).min(1)).default({}),
});
// (One file for the groups, the phrases and the doers' nouns: read and validated once per data folder.)
const readEquivalentsFile = oncePerDataDir((dataDir: string) =>
  equivalentsSchema.parse(JSON.parse(readFileSync(join(dataDir, 'language', 'equivalents.json'), 'utf8'))),
);

function readEquivalents(dataDir: string): Map<string, string> {
  const { groups } = readEquivalentsFile(dataDir);
  const canon = new Map<string, string>();
  for (const group of groups) for (const w of group) if (!canon.has(w)) canon.set(w, group[0] ?? w);
  return canon;
}

/** A phrase's first word, the word that completes it a few words on, and the one word the two mean. */
export interface PhraseMeaning {
  readonly first: string;
  readonly last: string;
  readonly means: string;
}
function readPhrases(dataDir: string): Map<string, PhraseMeaning[]> {
  const byFirst = new Map<string, PhraseMeaning[]>();
  for (const [phrase, means] of Object.entries(readEquivalentsFile(dataDir).phrases)) {
    const [first = '', last = ''] = phrase.split(' ');
    byFirst.set(first, [...(byFirst.get(first) ?? []), { first, last, means }]);
  }
  return byFirst;
}

/** Read once per data folder (src/facts/once-per-data-dir.ts). */
const loadAgentsOnce = oncePerDataDir(
  (dataDir: string): ReadonlyMap<string, readonly string[]> =>
    new Map(Object.entries(readEquivalentsFile(dataDir).agents)),
);
/** A verb's lemma to the nouns for whoever does it: "own" -> "owner". */
export const loadAgents = (dataDir: string = findDataDir()) => loadAgentsOnce(dataDir);

/** Read once per data folder (src/facts/once-per-data-dir.ts). */
const loadPhrasesOnce = oncePerDataDir(readPhrases);
export const loadPhrases = (dataDir: string = findDataDir()) => loadPhrasesOnce(dataDir);

/** Read once per data folder (src/facts/once-per-data-dir.ts). */
const loadWordNetOnce = oncePerDataDir(readWordNet);
export const loadWordNet = (dataDir: string = findDataDir()) => loadWordNetOnce(dataDir);

/** Read once per data folder (src/facts/once-per-data-dir.ts). */
const loadEquivalentsOnce = oncePerDataDir(readEquivalents);
export const loadEquivalents = (dataDir: string = findDataDir()) => loadEquivalentsOnce(dataDir);

/** Each word standing for its group, with the group's words ("regulator" -> regulator, watchdog, authority). */
const loadEquivalentGroupsOnce = oncePerDataDir((dataDir: string): ReadonlyMap<string, readonly string[]> => {
  const groups = new Map<string, string[]>();
  for (const [word, canon] of loadEquivalents(dataDir))
    groups.set(canon, [...(groups.get(canon) ?? []), word]);
  return groups;
});
export const loadEquivalentGroups = (dataDir: string = findDataDir()) => loadEquivalentGroupsOnce(dataDir);

/** The words of a word's group, itself among them, or none when it has no group ("restore" -> resume, renew ...). */
export const equivalentsOf = (word: string, dataDir: string = findDataDir()): readonly string[] =>
  loadEquivalentGroups(dataDir).get(loadEquivalents(dataDir).get(word) ?? '') ?? [];
