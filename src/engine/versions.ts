/**
 * "the new market" and "the old market" are two things: words for an earlier and a later version of a thing
 * (data/language/cue-words.json), and whether a word names the other version than the one asked about.
 */
import { cueWords } from './cue-words.js';

/** Which version a word says ("old" -> earlier, "new" -> later), or undefined. */
export function versionOf(word: string): 'earlier' | 'later' | undefined {
  if (cueWords().earlierVersionWords.has(word)) return 'earlier';
  if (cueWords().laterVersionWords.has(word)) return 'later';
  return undefined;
}

/** Whether `word` names the other version than `asked` does ("old" against "new"; not "previous" against "old"). */
export function otherVersionWord(asked: string | undefined, word: string): boolean {
  const a = asked ? versionOf(asked) : undefined;
  const w = versionOf(word);
  return a !== undefined && w !== undefined && a !== w;
}
