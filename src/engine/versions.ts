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
function otherVersionWord(asked: string | undefined, word: string): boolean {
  const a = asked ? versionOf(asked) : undefined;
  const w = versionOf(word);
  return a !== undefined && w !== undefined && a !== w;
}

/** Whether one of the two words before token `k` names the other version than `asked` ("the old market"). */
export function otherVersionBefore(
  tokens: readonly { normal: string }[],
  k: number,
  asked: string | undefined,
): boolean {
  return tokens.slice(Math.max(0, k - 2), k).some((t) => otherVersionWord(asked, t.normal));
}
