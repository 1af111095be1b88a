/**
 * "Is <something> fully back to normal?", "are <things> fixed now?": a claim that something is done, checked
 * against a sentence that reports it as still under way ("some progress ..., will take time"). The cues are
 * general English, in data/language/progress-cues.json.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { FactStore } from '../facts/fact-store.js';
import { findDataDir } from '../facts/load-facts.js';
import { oncePerDataDir } from '../facts/once-per-data-dir.js';
import type { ParsedQuestion } from '../nlp/parse-question.js';
import { cueWords as englishCues } from './cue-words.js';
import type { IntentReply } from './intent.js';
import { hasPhrase, negatedClaim } from './question-cues.js';

const schema = z.object({
  complete: z.array(z.string()),
  completePhrases: z.array(z.string()),
  /** Words that claim something done only as the question's last word ("is <X> already (here)?"). */
  completeLast: z.array(z.string()),
  /** A word of being done and the word after it, saying an effort instead ("working on", "working to"). */
  effortPhrases: z.array(z.string()),
  /** Words that claim something is still stopped ("is <X> still broken?"), said in the present. */
  stopped: z.array(z.string()),
  stoppedPhrases: z.array(z.string()),
  /** Phrases that claim something has resumed ("are they talking again?"): partly, where the article reports
   * progress under way. */
  resumedPhrases: z.array(z.string()),
  /** Words of the past or of a cause: a claim with them is of what happened then ("was <X> cut off"). */
  pastWords: z.array(z.string()),
  /** Words that say a state goes on ("is <X> still broken?"). */
  goingOnWords: z.array(z.string()),
  /** Present copulas, with the state claimed within the next few words ("is the <X> broken"). */
  presentCopulas: z.array(z.string()),
  underway: z.array(z.string()),
  underwayPhrases: z.array(z.string()),
});
/** The cues as sets, built once per data folder (the check runs on every yes/no question). */
const cuesOf = oncePerDataDir((dataDir) => {
  const cues = schema.parse(
    JSON.parse(readFileSync(join(dataDir, 'language', 'progress-cues.json'), 'utf8')),
  );
  return {
    ...cues,
    complete: new Set(cues.complete),
    stopped: new Set(cues.stopped),
    pastWords: new Set(cues.pastWords),
    goingOnWords: new Set(cues.goingOnWords),
    presentCopulas: new Set(cues.presentCopulas),
    // Every word of a claim of being done, which says nothing of what is done.
    cueWords: new Set([
      ...cues.complete,
      ...cues.completeLast,
      ...cues.completePhrases.flatMap((p) => p.split(' ')),
      ...cues.stopped,
      ...cues.stoppedPhrases.flatMap((p) => p.split(' ')),
      ...cues.resumedPhrases.flatMap((p) => p.split(' ')),
    ]),
  };
});

const CONTENT = /^(NOUN|PROPN|VERB|ADJ)$/;
/** Words for the whole story rather than a thing in it ("is everything fixed"). */
const WHOLE = /^(?:everything|things|thing|it|all|stuff|they|them)$/;
/** Words compared by their first letters: "militaries" is "military", "communications" "communication". */
const stem = (w: string) => (w.length > 5 ? w.slice(0, 5) : w);

/** Whether a word (as typed) claims something is done: "fixed", "resolved", "normal". */
export const isDoneWord = (word: string, dataDir: string = findDataDir()): boolean =>
  cuesOf(dataDir).complete.has(word);

/** Whether a text reports something as still under way: "gradual", "will take time", "not yet". */
export function reportsUnderway(text: string, dataDir: string = findDataDir()): boolean {
  const cues = cuesOf(dataDir);
  const lower = text.toLowerCase();
  const words = new Set(lower.match(/[a-z]+/g) ?? []);
  return cues.underway.some((w) => words.has(w)) || cues.underwayPhrases.some((p) => lower.includes(p));
}

/** The stems of every word of an article, built once per store (the check runs on every claim of being done). */
const stemsByStore = new WeakMap<FactStore, ReadonlySet<string>>();
const wordStemsOf = (store: FactStore): ReadonlySet<string> => {
  let stems = stemsByStore.get(store);
  if (!stems) {
    stems = new Set((store.text.toLowerCase().match(/[a-z]+/g) ?? []).map(stem));
    stemsByStore.set(store, stems);
  }
  return stems;
};

/**
 * Whether a text claims something is still stopped, in the present: "is the <X> still totally broken",
 * "<X> still cut off?". (Read on the raw text, before parsing, by the check of questions about today.)
 */
export function claimsStopped(text: string, dataDir: string = findDataDir()): boolean {
  const cues = cuesOf(dataDir);
  const lower = text.toLowerCase();
  const words = lower.match(/[a-z']+/g) ?? [];
  if (words.some((w) => cues.pastWords.has(w))) return false;
  const stoppedAt = words.findIndex(
    (w, i) => cues.stopped.has(w) || cues.stoppedPhrases.includes(`${w} ${words[i + 1] ?? ''}`),
  );
  if (stoppedAt < 0) return false;
  return (
    words.some((w) => cues.goingOnWords.has(w)) ||
    words.slice(Math.max(0, stoppedAt - 4), stoppedAt).some((w) => cues.presentCopulas.has(w))
  );
}

/** "No." (or "Yes." of a claim that it is still under way) with the sentence that reports it under way, or undefined
 * when no such sentence is about the claim. */
export function checkProgress(
  q: ParsedQuestion,
  store: FactStore,
  dataDir: string = findDataDir(),
): IntentReply | undefined {
  const cues = cuesOf(dataDir);
  // (Said of something, not describing a noun: "a fixed quota", "a working group" claim nothing done.)
  const claimsDone =
    q.normals.some(
      (w, i) =>
        cues.complete.has(w) &&
        !/^(NOUN|PROPN|ADJ)$/.test(q.pos[i + 1] ?? '') &&
        !cues.effortPhrases.includes(`${w} ${q.normals[i + 1] ?? ''}`) &&
        q.pos[i] !== 'NOUN' &&
        // ("<X> being restored was <Y>'s doing": the restoring named, not claimed done.)
        !q.normals.slice(0, i).includes('being'),
    ) ||
    cues.completePhrases.some((p) => hasPhrase(q, p)) ||
    // (The last word, not the question mark after it.)
    cues.completeLast.includes(q.normals.filter((_, i) => q.pos[i] !== 'PUNCT').at(-1) ?? '');
  const stopped = claimsStopped(q.normals.join(' '), dataDir);
  const resumed = !stopped && !claimsDone && cues.resumedPhrases.some((p) => hasPhrase(q, p));
  if (!claimsDone && !stopped && !resumed) return undefined;
  // What the claim is about: its content words other than the claim of being done.
  const { cueWords } = cues;
  const { vagueNouns, articleNouns } = englishCues(dataDir);
  // (The parties of the article's relationship are the whole story too: "is everything resolved between <A> and <B>".)
  const parties = store.facts.relationship?.parties ?? [];
  const party = (i: number) => q.mentions.some((m) => m.start <= i && i <= m.end && parties.includes(m.id));
  // ("the talks went great and everything is fixed now?": a claim of the whole story after "and" is claimed on
  // its own; what came before it only leads up to it.)
  const andAt = q.normals.findIndex(
    (w, i) =>
      w === 'and' && WHOLE.test(q.normals[i + 1] ?? '') && /^(?:is|are|'s)$/.test(q.normals[i + 2] ?? ''),
  );
  const topic = q.lemmas
    .filter(
      (l, i) =>
        i > andAt &&
        CONTENT.test(q.pos[i] ?? '') &&
        !cueWords.has(l) &&
        !cueWords.has(q.normals[i] ?? '') &&
        !party(i),
    )
    .filter(
      (l) =>
        l.length > 2 && !englishCues(dataDir).topiclessVerbs.has(l) && !vagueNouns.has(l) && !WHOLE.test(l),
    )
    .map(stem);
  // ("is everything fixed now?", "are things sorted between them": of nothing named, the claim is of the whole
  // story, settled only by the one sentence of the article that reports something under way.)
  const wholeStory =
    topic.length === 0 &&
    q.normals.some((w) => WHOLE.test(w)) &&
    q.mentions.every((m) => m.start < 0 || m.start < andAt || parties.includes(m.id));
  if (topic.length === 0 && !wholeStory) return undefined;
  // (A thing the claim names that the article never does is another thing: "the <X> hotline" of "communication".)
  const articleWords = wordStemsOf(store);
  const strange = q.normals.some(
    (w, i) =>
      i > andAt &&
      q.pos[i] === 'NOUN' &&
      /^[a-z]{4,}$/.test(w) &&
      !q.mentions.some((m) => m.start <= i && i <= m.end) &&
      !cueWords.has(w) &&
      !vagueNouns.has(w) &&
      !articleNouns.has(w) &&
      // (Nor a word for people, "the <demonym> guys": whoever of them the article reports.)
      !englishCues(dataDir).anyone.has(q.lemmas[i] ?? w) &&
      !articleWords.has(stem(w)) &&
      !articleWords.has(stem(q.lemmas[i] ?? '')),
  );
  if (strange) return undefined;
  const underway = (text: string) => reportsUnderway(text, dataDir);
  const reporting = store.sentences.filter((s) => underway(s.text));
  const [only, ...others] = reporting;
  const best = wholeStory
    ? only && others.length === 0
      ? { s: only, overlap: 0 }
      : undefined
    : reporting
        .map((s) => {
          const words = new Set((s.text.toLowerCase().match(/[a-z]+/g) ?? []).map(stem));
          return { s, overlap: topic.filter((t) => words.has(t)).length };
        })
        .filter((x) => x.overlap > 0)
        .sort((a, b) => b.overlap - a.overlap)[0];
  if (!best) return undefined;
  // ("does it say the dialogue will take time to be functional?", "is it still not fixed?": the claim is of it
  // under way, as reported; not "isn't it fixed?", which claims it done.)
  // ("is it still broken?": a claim that nothing has moved, which the sentence's progress answers "No".)
  const claimsUnderway = !stopped && (negatedClaim(q) || underway(q.normals.join(' ')));
  return {
    answered: true,
    text: resumed
      ? `Yes, in part. The article reports it as under way: "${best.s.text}"`
      : stopped
        ? `No. The article reports it as under way, not stopped: "${best.s.text}"`
        : `${claimsUnderway ? 'Yes' : 'No'}. The article reports it as still under way: "${best.s.text}"`,
    verdict: claimsUnderway || resumed ? 'yes' : 'no',
    citations: [{ sentence: best.s.n, text: best.s.text }],
    // (The claim of being done is what was judged, a word the article need not use: "resolved".)
    // (So are the parties of the article's relationship, the "two nations" whose ties the sentence reports.)
    workedOut: q.normals.filter((w, i) => cueWords.has(w) || party(i)),
    // (About how the parties stand, not an event: "how long?" next asks how long that will take.)
    ...(store.facts.relationship ? { focus: [...store.facts.relationship.parties] } : {}),
    confidence: 0.85,
  };
}
