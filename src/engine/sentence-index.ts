/**
 * The article's sentences indexed for grounding a question: their words (through equivalent words and
 * Porter stems), the names in them, their dates, and which lean on the sentence before ("It was ...").
 * `ground` ranks the sentences (or a sentence and the next) that hold a question's words and names close
 * together; the reader and the claim checker decide what to say from them.
 */
import type { FactStore } from '../facts/fact-store.js';
import { type FoundDate, findDates, lastYearIn } from '../ingest/find-dates.js';
import type { Gazetteer } from '../ingest/gazetteer.js';
import { type TokenSentence, tokenizeSentences } from '../ingest/sentence-tokens.js';
import { inVocabulary, type Nlp } from '../nlp/create-nlp.js';
import type { ParsedQuestion } from '../nlp/parse-question.js';
import { overlaps } from '../nlp/resolve-date.js';
import { cueWords } from './cue-words.js';
import { memoOf } from './question-memo.js';
import { createTermMaker, ownAfterPossessive, spanOf, type Term } from './question-terms.js';
import { createNameFinder } from './sentence-names.js';
import { loadEquivalents, loadPhrases, loadWordNet } from './word-tables.js';
import { WEEKDAYS } from './wording.js';

const ANAPHORIC = new Set([
  'it',
  'this',
  'that',
  'these',
  'those',
  'they',
  'he',
  'she',
  'its',
  'their',
  'his',
  'her',
]);

/** How many first words of a sentence an "its" or "their" that refers back may be among. */
const POSSESSIVE_REACH = 6;

/** "About half of its routes ...": an "its" or "their" among the first words, with no name before it to stand for. */
const possessiveFirst = (tokens: readonly { normal: string; pos: string }[]): boolean => {
  const at = tokens.slice(1, POSSESSIVE_REACH).findIndex((t) => t.normal === 'its' || t.normal === 'their');
  return at >= 0 && !tokens.slice(0, at + 1).some((t) => t.pos === 'PROPN');
};

export type { Term };

export interface Grounding {
  /** Sentence indexes (0-based): one, or one and the next. */
  units: number[];
  /** Per term, then per name: token positions in the units (the second unit offset by the first's length). */
  lists: number[][];
  missingTerms: Term[];
  missingNames: string[];
  /** Terms found only as their opposite ("granted" in a sentence that says "rejected"). */
  opposed: Term[];
  score: number;
}

export interface GroundOptions {
  /** Also a sentence with the next one ("... called off. Strong winds ..."). */
  pairs?: boolean;
  /** How many verbs of the question may be absent. */
  missingVerbs?: number;
  /** How many other words (nouns, adjectives) may be absent. */
  missingOthers?: number;
  /** How many names of the question may be absent (a claim may name the wrong one). */
  missingNames?: number;
  /** Opposite words (by key): a term not in a sentence may be found as its opposite. */
  opposites?: ReadonlyMap<string, ReadonlySet<string>>;
  /** A claim: light verbs ("get", "take") are what it claims, not how it asks. */
  claim?: boolean;
}

export interface SentenceIndex {
  readonly sentences: readonly TokenSentence[];
  /** Where the headline is among `sentences`: 0, or -1 when the article has none. */
  readonly headlineAt: number;
  /** The key a word is matched by. */
  key(word: string): string;
  /** The question's content words, and the entities it names. */
  termsOf(q: ParsedQuestion): { terms: Term[]; names: string[] };
  /** Grounded units, best first: fewest missing words, then most informative. */
  ground(q: ParsedQuestion, options?: GroundOptions): { terms: Term[]; names: string[]; ranked: Grounding[] };
  /**
   * Whether the cited sentences (numbered from 1) hold every required word and name of the question, but
   * for at most one verb: the check a drafted fact's answer must pass.
   */
  covers(q: ParsedQuestion, sentenceNumbers: readonly number[]): boolean;
  /** Whether any sentence of the article has the word (by any of its keys). */
  uses(term: Term): boolean;
  /** The question's required words and names the cited sentences (numbered from 1) lack. */
  missingIn(q: ParsedQuestion, sentenceNumbers: readonly number[]): { missing: Term[]; unnamed: string[] };
  /** The sentences a grounding stands on, with the one a reference leans on. */
  unitSentences(g: Grounding): TokenSentence[];
  /** Positions of the question's words in one sentence (for picking the nearest answer). */
  positions(q: ParsedQuestion, ts: TokenSentence): number[];
  /** The dates of a sentence, found once when the index is built. */
  datesIn(ts: TokenSentence): readonly FoundDate[];
  /** Whether a sentence leans on the one before it ("This meeting ...", "About half of its routes ..."). */
  leansOnBefore(ts: TokenSentence): boolean;
  /** Where an entity is named (or referred to) in a sentence. */
  names(id: string, ts: TokenSentence): number[];
}

type OppositeMap = ReadonlyMap<string, ReadonlySet<string>>;

/** Whether a position list has a position in the sentence itself (not only in the one it leans on, -1). */
const anyOwn = (at: readonly number[]): boolean => {
  for (const p of at) if (p >= 0) return true;
  return false;
};

/** A sentence's positions followed by the next sentence's, shifted past the first. */
const mergePair = (own: number[][], next: number[][], shift: number): number[][] =>
  own.map((l, k) => [...l, ...(next[k] ?? []).map((p) => p + shift)]);

const tails = new Map<string, string[]>();
/** Prefixes that make another word, not a kind of the last one: a counterpart is no part, an outcome no come. */
const PARTICLES = /^(counter|over|under|out|up|down|back|after|fore|by|in|off|on|with|under|super|inter)$/;
/** The English word a compound noun ends with ("wildfire" -> "fire"), both its parts English words. */
function compoundTail(nlp: Nlp, word: string): string[] {
  let found = tails.get(word);
  if (!found) {
    found = [];
    if (/^[a-z]{7,}$/.test(word))
      for (let cut = 3; word.length - cut >= 4; cut++)
        if (
          !PARTICLES.test(word.slice(0, cut)) &&
          inVocabulary(nlp, word.slice(0, cut)) &&
          inVocabulary(nlp, word.slice(cut))
        ) {
          found = [word.slice(cut)];
          break;
        }
    if (tails.size >= 20_000) tails.clear();
    tails.set(word, found);
  }
  return found;
}

/** Longest aside (in tokens) read as describing the name before it. */
const MAX_ASIDE = 24;
/**
 * Token positions counted without punctuation and without an aside set off by commas after a name
 * (", the <company> that supplies <a city>,", ", who heads <a group>,"): it describes the name, so the words around
 * it stand together.
 * @example compactPositions(tokens of "<Name>, the firm that runs it, voted") // voted at 2
 */
export function compactPositions(
  tokens: readonly { raw: string; pos: string; normal: string }[],
): Int32Array {
  const map = new Int32Array(tokens.length);
  let n = 0;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    map[k] = n;
    if (
      t?.raw === ',' &&
      tokens[k - 1]?.pos === 'PROPN' &&
      /^(the|a|an|who|which)$/.test(tokens[k + 1]?.normal ?? '')
    ) {
      let end = k + 1;
      while (end < tokens.length && end - k <= MAX_ASIDE && tokens[end]?.raw !== ',') end++;
      if (tokens[end]?.raw === ',') {
        for (let j = k + 1; j <= end; j++) map[j] = n;
        k = end;
        continue;
      }
    }
    if (t?.pos !== 'PUNCT') n++;
  }
  return map;
}

/** A weekday's name as a key (lower case, as `key` leaves a weekday). */
const WEEKDAY_KEYS: ReadonlySet<string> = new Set(WEEKDAYS.map((w) => w.toLowerCase()));

/** How many words from a phrase's verb its other word may be: "leave their homes", "homes were told to leave". */
const PHRASE_REACH = 3;

/** Builds the index once per article. */
export function createSentenceIndex(nlp: Nlp, store: FactStore, gazetteer: Gazetteer): SentenceIndex {
  const canon = loadEquivalents();
  const phrases = loadPhrases();
  const wordnet = loadWordNet();
  // Equivalent words, then the Porter stem (wink's): "ruling" ~ "rule", "negotiations" ~ "negotiators".
  const stems = new Map<string, string>();
  const stem = (w: string): string => {
    let s = stems.get(w);
    if (s === undefined) {
      s = String(
        (
          nlp
            .readDoc(w)
            .tokens()
            .out(nlp.its.stem as never) as unknown as string[]
        )[0] ?? w,
      );
      stems.set(w, s);
    }
    return s;
  };
  // A noun made from a verb matches the verb: "the seizure of" ~ "seized".
  const key = (w: string) => stem(canon.get(w) ?? wordnet.derived.get(w) ?? w);
  // (In a sentence, the verb's equivalents too, as the verb itself would be read: "payments" ~ "paid".)
  const madeKey = (w: string) => {
    const made = wordnet.derived.get(w);
    return made === undefined ? key(w) : stem(canon.get(w) ?? canon.get(made) ?? made);
  };
  const tokenized: TokenSentence[] = tokenizeSentences(nlp, store.sentences);
  // A split vote ("2-1") is also read as the word "split".
  const keysOf = tokenized.map((ts) =>
    ts.tokens.map((t, k) =>
      // ("drained their own": "own" after a possessive is no owning, "who owns <X>" finds nothing there.)
      ownAfterPossessive(t.normal, ts.tokens[k - 1]?.normal)
        ? new Set<string>()
        : new Set([
            key(t.lemma),
            key(t.normal),
            madeKey(t.lemma),
            madeKey(t.normal),
            // (The word for a question word's WordNet senses, which are a verb's or a noun's: not an adjective's before
            // its noun, "a separate claim" is no sense of "break"; wink may tag a verb an adjective, "will close its".)
            ...(t.pos === 'ADJ' && ts.tokens[k + 1]?.pos === 'NOUN' ? [] : [`=${t.lemma}`]),
            // (A verb as such, for the noun a question makes of it: "the ruling" of "ruled".)
            ...(t.pos === 'VERB' ? [`v:${key(t.lemma)}`] : []),
            // ("Dr.", "Gen.": an abbreviation is also the word typed without its full stop.)
            ...(/^\p{L}+\.$/u.test(t.normal) ? [key(t.normal.slice(0, -1))] : []),
            ...(/^\d+-[1-9]\d*$/.test(t.raw) ? ['split'] : []),
            // ("what was the score": a result written "7-6" is the score the question's word asks for.)
            ...(/^\d{1,3}-\d{1,3}$/.test(t.raw) ? [key('score')] : []),
            // ("talks resumed under <Name>": led by them.)
            ...(t.normal === 'under' && ts.tokens[k + 1]?.pos === 'PROPN' ? [key('lead')] : []),
            // A compound noun is also its last word: "wildfire" is a fire, "shipyard" a yard.
            ...(t.pos === 'NOUN' ? compoundTail(nlp, t.lemma).map(key) : []),
            // ("told to leave their homes", "homes told to leave": a verb and a word a few either side of it that
            // mean one word, "evacuate".)
            ...(phrases.get(t.lemma) ?? [])
              .filter((p) =>
                ts.tokens
                  .slice(Math.max(0, k - PHRASE_REACH - 1), k + 1 + PHRASE_REACH)
                  .some((u) => u.lemma === p.last || u.normal === p.last),
              )
              .map((p) => key(p.means)),
          ]),
    ),
  );
  const bags = keysOf.map((list) => new Set(list.flatMap((s) => [...s])));
  // A key's token positions per sentence, worked out the first time a question asks for the key (questions
  // use few of the article's keys), so a question's words are found without scanning every token.
  const positionsCache = new Map<string, Map<number, number[]>>();
  const nowhere = new Map<number, number[]>();
  const positionsOf = (key: string): Map<number, number[]> => {
    let bySentence = positionsCache.get(key);
    if (!bySentence) {
      // (A word the article never uses is found nowhere, and not remembered: odd questions must not grow this.)
      if (!df.has(key)) return nowhere;
      if (positionsCache.size >= 5000) positionsCache.clear();
      bySentence = new Map();
      for (let i = 0; i < keysOf.length; i++) {
        if (!bags[i]?.has(key)) continue;
        const at: number[] = [];
        keysOf[i]?.forEach((keys, k) => {
          if (keys.has(key)) at.push(k);
        });
        bySentence.set(i, at);
      }
      positionsCache.set(key, bySentence);
    }
    return bySentence;
  };

  // (A sentence leans on the one before when it opens with a reference, or has "its"/"their" in its first words:
  // "<A> carried ... . About half of its routes ..." is about <A>; so does a reply, "<B> replied that ...", to
  // what the sentence before has said.)
  const replies = cueWords().replyVerbs;
  const leans = tokenized.map(
    (ts, i) =>
      i > 0 &&
      (ANAPHORIC.has(ts.tokens[0]?.normal ?? '') ||
        possessiveFirst(ts.tokens) ||
        ts.tokens.slice(0, 10).some((t) => replies.has(t.normal))),
  );
  // Per sentence (worked out when first needed), each token's position counted without punctuation and
  // without the asides that describe a name.
  const compacts: Array<Int32Array | undefined> = [];
  const compactOf = (i: number): Int32Array => {
    let map = compacts[i];
    if (!map) {
      map = compactPositions(tokenized[i]?.tokens ?? []);
      compacts[i] = map;
    }
    return map;
  };
  const { names, anyNameWord } = createNameFinder(tokenized, store, gazetteer);
  // A sentence's dates are found the first time they are needed: most questions about a curated store never
  // reach the sentences, and the date parser costs start-up time.
  const dateCache: Array<FoundDate[] | undefined> = [];
  const datesOf = (i: number): FoundDate[] => {
    let found = dateCache[i];
    if (!found) {
      const ts = tokenized[i];
      found = ts
        ? findDates(ts, store.meta.referenceDate.date, lastYearIn(tokenized[i - 1]?.sentence.text ?? ''))
        : [];
      dateCache[i] = found;
    }
    return found;
  };
  const df = new Map<string, number>();
  for (const bag of bags) for (const w of bag) df.set(w, (df.get(w) ?? 0) + 1);
  const idf = (w: string) => Math.log(1 + bags.length / (df.get(w) ?? 0.5));

  // The reader, the answer picker and the ordering ask for the same question's words: work them out once.
  // (Kept with the question, for this index: a question is parsed for one article.)
  type Terms = { terms: Term[]; names: string[] };
  const termsOf = (q: ParsedQuestion, claim = false): Terms => {
    const memo = memoOf(q);
    let held = memo.terms;
    if (held?.owner !== makeTerms) {
      held = { owner: makeTerms, byClaim: new Map() };
      memo.terms = held;
    }
    const hit = held.byClaim.get(claim) as Terms | undefined;
    if (hit) return hit;
    const made = makeTerms(q, claim);
    held.byClaim.set(claim, made);
    return made;
  };
  const makeTerms = createTermMaker(store, gazetteer, key, wordnet);

  // Where a term's keys stand in each sentence, in order, once each. A one-key term's are its key's own; a
  // term of several keys merges theirs, remembered by the keys (questions repeat the article's words).
  const mergedCache = new Map<string, Map<number, number[]>>();
  const termPositions = (t: Term): Map<number, number[]> => {
    if (t.keys.length === 1) return positionsOf(t.keys[0] ?? '');
    const id = t.keys.join('\u0000');
    let merged = mergedCache.get(id);
    if (!merged) {
      merged = new Map();
      for (const x of t.keys)
        for (const [i, at] of positionsOf(x)) merged.set(i, [...(merged.get(i) ?? []), ...at]);
      for (const [i, at] of merged)
        merged.set(
          i,
          [...new Set(at)].sort((a, b) => a - b),
        );
      // (Bounded: the article's words are few, but a stream of odd questions must not grow it for ever.)
      if (mergedCache.size >= 2000) mergedCache.clear();
      mergedCache.set(id, merged);
    }
    return merged;
  };
  // Positions of each term and name in sentence i; a term found only in the sentence leant on sits at -1.
  const find = (terms: Term[], mentioned: string[], i: number): number[][] => {
    // From the inverted index (shared lists: a grounding may replace a list, never edits one).
    const lists = terms.map((t) => termPositions(t).get(i) ?? []);
    for (const id of mentioned) lists.push(names(id, i));
    if (leans[i]) {
      const before = bags[i - 1];
      terms.forEach((t, k) => {
        if (lists[k]?.length === 0 && t.keys.some((x) => before?.has(x))) lists[k] = [-1];
      });
      mentioned.forEach((id, k) => {
        const at = terms.length + k;
        if (lists[at]?.length === 0 && names(id, i - 1).length) lists[at] = [-1];
      });
    }
    return lists;
  };

  // (The headline is the first sentence or none: compared once, not per question.)
  const headlineAt = store.meta.title === tokenized[0]?.sentence.text ? 0 : -1;

  // The question's words and names that the cited sentences (with those they lean on) do not hold.
  const missingIn = (q: ParsedQuestion, sentenceNumbers: readonly number[]) => {
    const { terms, names: mentioned } = termsOf(q);
    const units = [
      ...new Set(sentenceNumbers.flatMap((n) => (leans[n - 1] ? [n - 1, n - 2] : [n - 1]))),
    ].filter((i) => i >= 0 && i < tokenized.length);
    const missing = terms.filter(
      (t) => !t.optional && !units.some((i) => t.keys.some((x) => bags[i]?.has(x))),
    );
    // Any word of a name will do here: the answer already chose the entity.
    const unnamed = mentioned.filter(
      (id) => !units.some((i) => names(id, i).length > 0 || anyNameWord(id, i)),
    );
    return { missing, unnamed };
  };

  return {
    sentences: tokenized,
    headlineAt,
    key,
    termsOf,
    datesIn: (ts) => datesOf(tokenized.indexOf(ts)),
    leansOnBefore: (ts) => leans[ts.sentence.n - 1] === true,
    names: (id, ts) => names(id, tokenized.indexOf(ts)),
    covers(q, sentenceNumbers) {
      const { missing, unnamed } = missingIn(q, sentenceNumbers);
      // A verb may differ only where the answer is a date, a place or a reason ("threw out" for "dismissed").
      const verbMayDiffer = q.wh === 'when' || q.wh === 'where' || q.wh === 'why';
      return (
        unnamed.length === 0 && missing.length <= (verbMayDiffer ? 1 : 0) && missing.every((t) => t.verb)
      );
    },
    missingIn,
    uses: (term) => bags.some((bag) => term.keys.some((k) => bag.has(k))),
    unitSentences(g) {
      const first = g.units[0] ?? 0;
      const units = leans[first] ? [first - 1, ...g.units] : g.units;
      return units.map((i) => tokenized[i]).filter((t) => t !== undefined);
    },
    positions(q, ts) {
      const { terms, names: mentioned } = termsOf(q);
      const i = tokenized.indexOf(ts);
      return i < 0
        ? []
        : find(terms, mentioned, i)
            .flat()
            .filter((p) => p >= 0);
    },
    ground(q, options = {}) {
      const { terms, names: mentioned } = termsOf(q, options.claim);
      const maxSpan = Math.max(25, (terms.length + mentioned.length) * 6);
      const ranked: Grounding[] = [];
      // Most sentences lack words of the question: count what a sentence (with the one it leans on and the
      // next) cannot have before working out positions.
      const required = terms.filter((t) => !t.optional);
      const allowed =
        (options.missingVerbs ?? 0) + (options.missingNames ?? 0) + (options.missingOthers ?? 0);
      // Per required word, the sentences that hold it (from the inverted index); a word with an opposite may
      // be found as that opposite anywhere.
      const holders = required.map((t) =>
        t.keys.some((x) => options.opposites?.get(x)?.size) ? undefined : termPositions(t),
      );
      const lacks = (i: number): number => {
        let missing = 0;
        for (const at of holders) {
          if (!at || at.has(i) || (leans[i] && at.has(i - 1)) || (options.pairs && at.has(i + 1))) continue;
          missing++;
        }
        return missing;
      };
      // A sentence's positions serve it alone and as the second of a pair: worked out once per call.
      const found: Array<number[][] | undefined> = [];
      const findOnce = (i: number): number[][] => {
        let lists = found[i];
        if (!lists) {
          lists = find(terms, mentioned, i);
          found[i] = lists;
        }
        return lists;
      };
      // Per term, its keys without WordNet senses and its weight, once per call.
      const exactKeys = terms.map((t) => t.keys.filter((x) => !x.startsWith('=')));
      const weights = terms.map((t) => idf(t.keys[0] ?? ''));
      const inUnit = (i: number, pair: boolean, key: string) =>
        bags[i]?.has(key) === true || (pair && bags[i + 1]?.has(key) === true);
      const tooMuchMissing = (names: number, others: number, verbs: number) =>
        names > (options.missingNames ?? 0) ||
        others > (options.missingOthers ?? 0) ||
        verbs > (options.missingVerbs ?? 0);
      // One candidate (sentence i, or i and the next): its grounding, or nothing. Its lists are shared with
      // the positions worked out above until it must replace one (copied then, never edited); a pair's lists
      // are merged only once it has passed the cheap checks.
      const isEmpty = (own: number[][], next: number[][] | undefined, k: number) =>
        own[k]?.length === 0 && (!next || next[k]?.length === 0);
      // (consider runs for most sentences of every question: the helpers it calls are made once per call of
      // ground, so that it builds no closure of its own.)
      const datedIn = (u: number) => datesOf(u).some((d) => q.dates.some((qd) => overlaps(qd, d.spec)));
      // (Not a word another of the claim's words stands for: "did <A> start the freeze" of "open lines" has "open"
      // as "start", and it is no opposite of "freeze" as well.)
      const freeAt = (o: string, u: number, lists: number[][] | undefined) =>
        lists !== undefined && (positionsOf(o).get(u) ?? []).some((p) => !lists.some((l) => l.includes(p)));
      const opposedIn = (
        t: Term,
        i: number,
        opposites: OppositeMap,
        own: number[][],
        next: number[][] | undefined,
      ) =>
        t.keys.some((x) =>
          [...(opposites.get(x) ?? [])].some((o) => freeAt(o, i, own) || freeAt(o, i + 1, next)),
        );
      const farVerb = (lists: number[][]) =>
        terms.findIndex((t, k) => t.verb && (lists[k]?.length ?? 0) > 0 && spanOf(lists, k) <= maxSpan);
      const exactIn = (k: number, i: number, pair: boolean) =>
        (exactKeys[k] ?? []).some((x) => inUnit(i, pair, x));
      const missingTermsOf = (lists: number[][]) =>
        terms.filter((t, k) => lists[k]?.length === 0 && !t.optional);
      const missingNamesOf = (lists: number[][]) =>
        mentioned.filter((_id, k) => lists[terms.length + k]?.length === 0);
      const tight = (i: number, at: number[]) => {
        const map = compactOf(i);
        return at.map((p) => (p < 0 ? p : (map[p] ?? p)));
      };
      const weekdayTerms = terms.flatMap((t, k) => (WEEKDAY_KEYS.has(t.keys[0] ?? '') ? [k] : []));
      const consider = (i: number, own: number[][], next?: number[][]): void => {
        const pair = next !== undefined;
        // A date in the question must be a date of the sentence ("seats won in <another year>").
        if (q.dates.length && !datedIn(i) && !(pair && datedIn(i + 1))) return;
        // (So must a weekday the question names: "Sunday's launch" is not the one called off on Thursday.)
        for (const k of weekdayTerms) if (isEmpty(own, next, k)) return;
        // A term absent but for its opposite counts as found, and is noted.
        let opposed: Term[] | undefined;
        const opposites = options.opposites;
        if (opposites)
          for (let k = 0; k < terms.length; k++) {
            const t = terms[k] as Term;
            if (!isEmpty(own, next, k)) continue;
            if (opposedIn(t, i, opposites, own, next)) {
              opposed = opposed ?? [];
              opposed.push(t);
            }
          }
        // What is missing settles most candidates before their span is worked out.
        let missingVerbs = 0;
        let missingOthers = 0;
        for (let k = 0; k < terms.length; k++) {
          const t = terms[k] as Term;
          if (!isEmpty(own, next, k) || opposed?.includes(t) || t.optional) continue;
          if (t.verb) missingVerbs++;
          else missingOthers++;
        }
        let missingNameCount = 0;
        for (let k = 0; k < mentioned.length; k++)
          if (isEmpty(own, next, terms.length + k)) missingNameCount++;
        if (tooMuchMissing(missingNameCount, missingOthers, missingVerbs)) return;
        const shift = tokenized[i]?.tokens.length ?? 0;
        let lists = next ? mergePair(own, next, shift) : own;
        if (opposed) {
          if (lists === own) lists = [...own];
          for (let k = 0; k < terms.length; k++) if (opposed.includes(terms[k] as Term)) lists[k] = [0];
        }
        // A verb found only far from the rest ("build" ~ "progress" at the other end of the sentence) is not
        // the question's verb: it counts as missing.
        let span = spanOf(lists);
        // An aside that describes a name (", the <company> that ... ,") and punctuation part no words.
        if (span > maxSpan && !pair) span = Math.min(span, spanOf(lists.map((l) => tight(i, l))));
        if (span > maxSpan) {
          const far = farVerb(lists);
          if (far >= 0) {
            if (lists === own) lists = [...own];
            lists[far] = [];
            if (!terms[far]?.optional) missingVerbs++;
            if (tooMuchMissing(missingNameCount, missingOthers, missingVerbs)) return;
            span = spanOf(lists);
          }
        }
        if (span > maxSpan) return;
        // A headline sums the article up; the body says the same with its details.
        let score = -(pair ? 0.5 : 0) - missingVerbs * 1.5 - (i === headlineAt ? 1 : 0);
        // A word or name found only in the sentence leant on, or only through a WordNet sense, counts half.
        for (let k = 0; k < mentioned.length; k++) {
          const at = lists[terms.length + k] ?? [];
          if (at.length > 0) score += anyOwn(at) ? 2 : 1;
        }
        for (let k = 0; k < terms.length; k++) {
          const at = lists[k] ?? [];
          if (at.length === 0) continue;
          const exact = anyOwn(at) && exactIn(k, i, pair);
          score += (weights[k] ?? 0) * (exact ? 1 : 0.5);
        }
        const final = lists;
        ranked.push({
          units: pair ? [i, i + 1] : [i],
          lists: final,
          missingTerms: missingTermsOf(final),
          missingNames: missingNamesOf(final),
          opposed: opposed ?? [],
          score,
        });
      };
      for (let i = 0; i < tokenized.length; i++) {
        if (lacks(i) > allowed) continue;
        const own = findOnce(i);
        consider(i, own);
        if (options.pairs && i + 1 < tokenized.length) consider(i, own, findOnce(i + 1));
      }
      ranked.sort(
        (a, b) =>
          a.missingTerms.length + a.missingNames.length - (b.missingTerms.length + b.missingNames.length) ||
          b.score - a.score,
      );
      return { terms, names: mentioned, ranked };
    },
  };
}
