/**
 * Questions no article answers, whatever it says: opinions ("do you think ..."), hypotheticals ("what if
 * ..."), the state of things today ("who chairs it now") and what comes next ("what happens next?"). They get a plain refusal that says why, before
 * any intent can turn a fact of the article into a verdict. The cues are general English, in
 * data/language/beyond-the-article.json.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { findDataDir } from '../facts/load-facts.js';
import { oncePerDataDir } from '../facts/once-per-data-dir.js';
import { claimsStopped } from './check-progress.js';
import { cueWords } from './cue-words.js';
import { requiredWords, wordsOf } from './required-words.js';

const schema = z.object({
  opinion: z.array(z.string()),
  hypothetical: z.array(z.string()),
  present: z.array(z.string()),
  presentState: z.array(z.string()),
  presentTalk: z.array(z.string()),
  articleTime: z.array(z.string()),
  future: z.array(z.string()),
  /** A next one's number asked, which the article's numbering works out even if put as a supposition. */
  countedAhead: z.array(z.string()),
});

export type BeyondTheArticle = 'opinion' | 'hypothetical' | 'present' | 'today' | 'future';

/** What to say to each kind, given the article's date. */
export const BEYOND_REPLIES: Record<BeyondTheArticle, (date: string) => string> = {
  opinion: () =>
    "The article doesn't judge that: it reports what happened and what people said, not whether they were right.",
  hypothetical: () =>
    "The article doesn't say: it reports what happened, not what would have happened otherwise.",
  present: (date) =>
    `The article doesn't say who holds what now: it was written on ${date}, and gives titles as of then.`,
  today: (date) =>
    `The article doesn't say how things stand today: it was written on ${date} and describes them as of then.`,
  future: (date) =>
    `The article doesn't say what happens next: it was written on ${date} and reports nothing after that.`,
};

/**
 * The cues of one kind: those with words they cannot match without, each its own pattern looked up by those words
 * (a question is tried only against the cues whose words it has, which most lack); the others as one pattern,
 * always tried.
 */
interface Cues {
  readonly byWord: ReadonlyMap<string, readonly RegExp[]>;
  readonly open?: RegExp;
}

/** The cues, read and compiled once per data folder. */
const cuesOf = oncePerDataDir((dataDir) => {
  const data = schema.parse(
    JSON.parse(readFileSync(join(dataDir, 'language', 'beyond-the-article.json'), 'utf8')),
  );
  // (The cues with no such words as alternatives of one pattern: one pass over the question instead of one per cue.)
  const alternatives = (cues: readonly string[]) => new RegExp(cues.map((p) => `(?:${p})`).join('|'), 'i');
  const compile = (list: readonly string[]): Cues => {
    const byWord = new Map<string, RegExp[]>();
    const open: string[] = [];
    for (const p of list) {
      const words = requiredWords(p);
      if (!words) {
        open.push(p);
        continue;
      }
      const pattern = new RegExp(p, 'i');
      for (const w of new Set(words)) byWord.set(w, [...(byWord.get(w) ?? []), pattern]);
    }
    return open.length ? { byWord, open: alternatives(open) } : { byWord };
  };
  return {
    opinion: compile(data.opinion),
    hypothetical: compile(data.hypothetical),
    present: compile(data.present),
    presentState: compile(data.presentState),
    presentTalk: new Set(data.presentTalk),
    articleTime: compile(data.articleTime),
    future: compile(data.future),
    countedAhead: compile(data.countedAhead),
  };
});

/** Whether the question has one of the cues, each looked for only when it has one of the words that cue needs. */
function says(cues: Cues, text: string, typed: ReadonlySet<string>): boolean {
  for (const w of typed) {
    const patterns = cues.byWord.get(w);
    if (patterns) for (const p of patterns) if (p.test(text)) return true;
  }
  return cues.open?.test(text) ?? false;
}

/** Builds the check: the kind of question, or undefined when the article may answer. */
export function createBeyondCheck(
  roles: ReadonlySet<string>,
  dataDir: string = findDataDir(),
): (question: string) => BeyondTheArticle | undefined {
  const { opinion, hypothetical, present, presentState, presentTalk, articleTime, future, countedAhead } =
    cuesOf(dataDir);
  const smallTalk = cueWords(dataDir).smallTalkWords;
  const relationshipWords = cueWords(dataDir).relationshipWords;
  return (question) => {
    const text = question.toLowerCase();
    const typed = wordsOf(text);
    const said = (cues: Cues) => says(cues, text, typed);
    if (said(opinion)) return 'opinion';
    // ("if they hold another round after this, what number would it be": worked out from this one's number.)
    if (said(countedAhead)) return undefined;
    if (said(hypothetical)) return 'hypothetical';
    if (said(future)) return 'future';
    if (said(articleTime)) return undefined;
    const words = text.match(/[a-z]+/g) ?? [];
    // Who holds an office now, or whether something still is: the article's titles are as of its date. (How
    // relations stand "right now" is answered as the article describes them.)
    // (Whether a state still holds, with no office in it, is how things stand today.)
    if (said(present)) {
      if (words.some((w) => w === 'who' || roles.has(w))) return 'present';
      // ("is the relationship good now or still bad": how the article leaves it, which it says; not "today".)
      const relationship = words.some((w) => relationshipWords.has(w)) && !said(presentState);
      // ("is <X> still totally broken": a claim checked against how the article leaves it, unless "now" is typed.)
      const stoppedThen =
        claimsStopped(text, dataDir) && !words.some((w) => cueWords(dataDir).nowWords.has(w));
      if (words.some((w) => w === 'still' || w === 'anymore') && !relationship && !stoppedThen)
        return 'today';
    }
    // "how are relations today": how anything stands today, unless it is small talk ("how r u today") or
    // names a later year (which the article's dates answer for).
    return said(presentState) &&
      !/\b\d{4}\b/.test(text) &&
      words.some((w) => !smallTalk.has(w) && !presentTalk.has(w))
      ? 'today'
      : undefined;
  };
}
