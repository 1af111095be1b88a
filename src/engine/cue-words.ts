/**
 * General English words that cue what a question asks ("which event caused ...", "did they meet ..."), one named
 * list per use: language data in data/language/cue-words.json, not code. Validated on load and read once per
 * data folder (src/facts/once-per-data-dir.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { findDataDir } from '../facts/load-facts.js';
import { oncePerDataDir } from '../facts/once-per-data-dir.js';

/** The lists, each for one use (a list's own words, not shared with another use of similar words). */
const NAMES = [
  /** After "what"/"which", nouns that ask for a date ("what day", "which year"), as "when" does. */
  'timeNouns',
  /** After "what"/"which", nouns that ask for a person ("which official"), as "who" does. */
  'personNouns',
  /** Words that make a role another role: a deputy minister is not the minister. */
  'titleQualifiers',
  /** Verbs that report what someone said, whose own date is not that of what they said. */
  'sayingVerbs',
  /** Words that open a clause a question takes for granted ("how long after the talks ended ..."). */
  'premiseSubordinators',
  /** Nouns that end the name or description of an organisation ("the company", "the ministry"), which "it" may stand for. */
  'organisationHeads',
  /** Words that end a chatty lead-in before the question word ("what are they discussing, when ..."). */
  'chatterEnds',
  /** Words of a tag that asks whether the claim before it holds ("..., right?", "..., true?"). */
  'tailChecks',
  /** Words for the article itself, which "it" may stand for. */
  'articleNouns',
  /** Words that say how a question asks, not what it is about. */
  'askingWords',
  /** Words that help find the sentence but need not be in it: numbers and ordinals ("the two countries", "the first attempt" of an article that says "originally"), and nouns for whoever is involved. */
  'optionalWords',
  /** Verbs that ask what someone thinks, which an article reports as said. */
  'opinionVerbs',
  /** After "how much", nouns that ask for a sum of money. */
  'moneyNouns',
  /** Light verbs that a yes/no claim is about ("did the union get ..."). */
  'claimedLightVerbs',
  /** Words that deny what a sentence says ("not", "never", "refused"). */
  'negators',
  /** Words of going somewhere, which wink may tag as nouns ("did <person> travel to"). */
  'motionWords',
  /** Verbs of two people meeting, which a question may put between people who never did. */
  'meetingVerbs',
  /** Verbs that carry no content of their own in a question ("did he get", "what does it mean"). */
  'lightVerbs',
  /** Verbs of starting or going on, which leave the doing to the verb after them (not "stop", its opposite). */
  'inceptiveVerbs',
  /** Nouns for something that happened, which cause things without being who did them ("which event caused ..."). */
  'happenings',
  /** Verbs too light to evoke an event on their own ("go", "take", "make"). */
  'eventLightVerbs',
  /** Words before an event's word that ask for another occasion than the one reported ("the next round", "the first meeting"). */
  'otherOccasionWords',
  /** Words of a question that say nothing of which event it is about ("thing", "happen", "take place", "date"). */
  'genericEventWords',
  /** Verbs that carry no topic of their own. */
  'topiclessVerbs',
  /** Nouns for a person that say nothing of their role. */
  'anyone',
  /** After "how", words that ask for an amount of something ("how big is the rise"); "how old" asks for an age. */
  'sizeWords',
] as const;
export type CueList = (typeof NAMES)[number];

const words = z
  .array(z.string().regex(/^[a-z'][a-z' -]*$/, 'lower-case words'))
  .refine((list) => new Set(list).size === list.length, 'no word twice');
const schema = z
  .object({ _about: z.string().min(1), ...Object.fromEntries(NAMES.map((name) => [name, words])) })
  .strict();

/** Each list as a set (for lookups), and as the array it is in the file (in its order). */
export type CueWords = { readonly [K in CueList]: ReadonlySet<string> } & {
  readonly lists: { readonly [K in CueList]: readonly string[] };
};

/** Reads and validates data/language/cue-words.json (throws a ZodError on a bad file). */
export function readCueWords(dataDir: string): CueWords {
  const data = schema.parse(
    JSON.parse(readFileSync(join(dataDir, 'language', 'cue-words.json'), 'utf8')),
  ) as unknown as Record<CueList, string[]>;
  const lists = Object.fromEntries(NAMES.map((name) => [name, data[name]]));
  const sets = Object.fromEntries(NAMES.map((name) => [name, new Set(data[name])]));
  return { ...sets, lists } as unknown as CueWords;
}

/** Read once per data folder. */
const loadOnce = oncePerDataDir(readCueWords);
/** @example cueWords().happenings.has('incident') // true */
export const cueWords = (dataDir: string = findDataDir()): CueWords => loadOnce(dataDir);
