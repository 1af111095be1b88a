/**
 * The tallies of votes an article gives ("passed by 29 votes to 14, with two abstentions", "a 5-4 ruling", "voted
 * unanimously"), read from its sentences once per store: the numbers for and against, as written.
 */
import type { FactStore } from '../facts/fact-store.js';
import { countIn } from '../nlp/number-words.js';
import type { ParsedQuestion } from '../nlp/parse-question.js';
import { cueWords } from './cue-words.js';
import type { IntentReply } from './intent.js';
import { notStated, stated } from './replies.js';
import type { Sentence } from './types.js';

export interface VoteTally {
  readonly sentence: Sentence;
  /** The tally as the article writes it ("29 votes to 14, with two abstentions"). */
  readonly phrase: string;
  readonly inFavour?: number;
  readonly against?: number;
  readonly unanimous: boolean;
}

const N = '(\\d[\\d,]*|[a-z]+(?:-[a-z]+)?)';
const TALLIES = [
  new RegExp(`\\b${N} votes? to ${N}\\b`, 'i'),
  new RegExp(`\\bvote of ${N} to ${N}\\b`, 'i'),
  new RegExp(`\\b(?:by|voted) ${N} to ${N}\\b(?!\\s*(?:%|percent|per cent|points?|years?))`, 'i'),
  new RegExp(`\\b${N}-${N} (?:vote|decision|ruling|majority|split|verdict)\\b`, 'i'),
  new RegExp(`\\bvoted ${N}-${N}\\b`, 'i'),
  new RegExp(`\\b${N} (?:votes )?in favou?r\\b[^.;]{0,20}?\\b${N} against\\b`, 'i'),
];
const ABSTAINED = new RegExp(`^,? (?:with|and) ${N} abstentions?\\b`, 'i');
const UNANIMOUS = /\bunanimous(?:ly)?\b/i;

/** The lower-case words of a text. */
const wordsIn = (text: string): string[] => text.toLowerCase().split(/[^\p{L}\d]+/u);

/** Whether a sentence speaks of a vote: a word of one, or of its outcome ("voted", "passed", "a 5-4 ruling"). */
const ofAVote = (text: string, withOutcome: boolean): boolean => {
  const { voteNouns, voteActWords } = cueWords();
  return wordsIn(text).some((w) => voteNouns.has(w) || (withOutcome ? voteActWords : UNANIMITY).has(w));
};
const UNANIMITY: ReadonlySet<string> = new Set(['unanimous', 'unanimously']);

/** A number written in figures or words ("29", "twenty-nine" is not read; "nine" is). */
const numberOf = (word: string): number | undefined => {
  const figures = word.replace(/,/g, '');
  return /^\d+$/.test(figures) ? Number(figures) : countIn(word.toLowerCase());
};

const cache = new WeakMap<FactStore, readonly VoteTally[]>();

/** Every tally the article gives, in its order. */
export function voteTallies(store: FactStore): readonly VoteTally[] {
  let found = cache.get(store);
  if (found) return found;
  const tallies: VoteTally[] = [];
  for (const sentence of store.sentences) {
    // (A sentence of a vote: its tally is no change of a figure, "rose by 3 to 4 percent".)
    if (!ofAVote(sentence.text, true)) continue;
    const hit = TALLIES.map((r) => r.exec(sentence.text)).find(
      (m) => m?.[1] !== undefined && numberOf(m[1]) !== undefined && numberOf(m[2] ?? '') !== undefined,
    );
    if (hit?.[1] && hit[2]) {
      const rest = sentence.text.slice(hit.index + hit[0].length);
      const abstained = ABSTAINED.exec(rest);
      const inFavour = numberOf(hit[1]);
      const against = numberOf(hit[2]);
      tallies.push({
        sentence,
        phrase: `${hit[0].replace(/^(?:by|voted|vote of) /i, '')}${abstained && numberOf(abstained[1] ?? '') !== undefined ? abstained[0] : ''}`,
        ...(inFavour !== undefined ? { inFavour } : {}),
        ...(against !== undefined ? { against } : {}),
        unanimous: against === 0,
      });
    } else if (UNANIMOUS.test(sentence.text))
      tallies.push({ sentence, phrase: UNANIMOUS.exec(sentence.text)?.[0] ?? 'unanimous', unanimous: true });
  }
  found = tallies;
  cache.set(store, found);
  return found;
}

export type VoteAsked = 'tally' | 'for' | 'against' | 'unanimous';

/** What the question asks of a vote, or undefined when it asks none of its tally. */
export function voteAsked(q: ParsedQuestion): VoteAsked | undefined {
  const { voteNouns, voteResultWords, voteForWords, voteAgainstWords } = cueWords();
  const has = (set: ReadonlySet<string>) =>
    q.normals.some((w, i) => set.has(w) || set.has(q.lemmas[i] ?? ''));
  if (q.normals.some((w) => w === 'unanimous' || w === 'unanimously')) return 'unanimous';
  if (!has(voteNouns)) return undefined;
  // ("who voted against", "when was the vote": who and when are other questions.)
  if (q.wh === 'who' || q.wh === 'when' || q.wh === 'where' || q.wh === 'why') return undefined;
  // (A yes/no question of a vote asks something else of it: "did the vote results change anything".)
  if (q.yesNo) return undefined;
  const howMany = q.normals.some((w, i) => w === 'many' && q.normals[i - 1] === 'how');
  if (howMany && has(voteAgainstWords)) return 'against';
  if (howMany && has(voteForWords)) return 'for';
  // (The word of the result beside the vote's: "the result of the vote", "the vote count", "the final tally".)
  const voteAt = q.normals.findIndex((w, i) => voteNouns.has(w) || voteNouns.has(q.lemmas[i] ?? ''));
  const near = q.normals.slice(Math.max(0, voteAt - 5), voteAt + 3);
  return voteAt >= 0 && near.some((w) => voteResultWords.has(w)) ? 'tally' : undefined;
}

/** The tally the question is about: the only one, or the one sharing most of its words. */
export function tallyFor(q: ParsedQuestion, store: FactStore): VoteTally | undefined {
  // (The tally's sentence and the one before it, which may say who voted: "The <body> voted ... . The motion
  // passed by ...".)
  const words = new Map<VoteTally, ReadonlySet<string>>();
  const wordsOf = (t: VoteTally): ReadonlySet<string> => {
    let set = words.get(t);
    if (!set) {
      const before = store.sentences.find((s) => s.n === t.sentence.n - 1)?.text ?? '';
      set = new Set(wordsIn(`${before} ${t.sentence.text}`));
      words.set(t, set);
    }
    return set;
  };
  // (A word qualifying what was counted must be the tally's own: "the extra ballots" are not the first count's,
  // "opposition councillors" not the whole council.)
  const { voteNouns, voteResultWords } = cueWords();
  const qualifiers = q.normals.filter(
    (w, i) =>
      (q.pos[i] === 'ADJ' || (q.pos[i] === 'NOUN' && q.pos[i + 1] === 'NOUN' && !voteNouns.has(w))) &&
      !voteResultWords.has(w) &&
      w !== 'many' &&
      w !== 'much',
  );
  // (As typed too: wink's normal form of "harbour" is "harbor".)
  const typed = (w: string) => q.raws[q.normals.indexOf(w)]?.toLowerCase() ?? w;
  const tallies = voteTallies(store).filter((t) =>
    qualifiers.every((w) => wordsOf(t).has(w) || wordsOf(t).has(typed(w))),
  );
  if (tallies.length <= 1) return tallies[0];
  const shared = (t: VoteTally) => {
    const words = wordsOf(t);
    return q.normals.filter((w, i) => w.length > 3 && q.pos[i] !== 'AUX' && words.has(w)).length;
  };
  const ranked = [...tallies].sort((a, b) => shared(b) - shared(a));
  const [first, second] = ranked;
  return first && second && shared(first) === shared(second) ? undefined : first;
}

/** Whether the article speaks of any vote at all ("voted", "the ballot", "unanimously"). */
// (Asked of the same store by the intent's match and again by its answer: worked out once.)
const speaksOfVote = new WeakMap<FactStore, boolean>();
export function mentionsVote(store: FactStore): boolean {
  let found = speaksOfVote.get(store);
  if (found === undefined) {
    found = store.sentences.some((s) => ofAVote(s.text, false));
    speaksOfVote.set(store, found);
  }
  return found;
}

/** The reply to a question of a vote's tally, from the tally the article gives; undefined without one. */
export function answerVote(q: ParsedQuestion, store: FactStore): IntentReply | undefined {
  const asked = voteAsked(q);
  const tally = tallyFor(q, store);
  // (An article that reports no vote gives no tally: said so, rather than another answer about something else.)
  if (asked && !tally && !mentionsVote(store)) return notStated('the result or tally of any vote');
  if (!asked || !tally) return undefined;
  const quoted = `The article: "${tally.sentence.text}"`;
  const cite = [[tally.sentence.text]];
  if (asked === 'unanimous') {
    if (tally.unanimous) return { ...stated(store, `Yes. ${quoted}`, cite), verdict: 'yes' };
    if (tally.against === undefined) return undefined;
    return { ...stated(store, `No. The tally was ${tally.phrase}. ${quoted}`, cite), verdict: 'no' };
  }
  if (asked === 'against' && tally.against !== undefined)
    return stated(store, `${tally.against} against (${tally.phrase}). ${quoted}`, cite);
  if (asked === 'for' && tally.inFavour !== undefined)
    return stated(store, `${tally.inFavour} in favour (${tally.phrase}). ${quoted}`, cite);
  const phrase = tally.phrase.charAt(0).toUpperCase() + tally.phrase.slice(1);
  return stated(store, `${phrase}. ${quoted}`, cite);
}
