import distance from 'wink-distance';
import type { Lexicon } from './build-lexicon.js';
import { inVocabulary, type Nlp } from './create-nlp.js';
import { CARDINAL_WORDS, ORDINAL_WORDS } from './number-words.js';
import { MISSPELT_WH, type WhWord, whOf } from './question-word.js';
import { type DateRange, resolveDates } from './resolve-date.js';
import { SURNAME_PARTICLES } from './surname-particles.js';

export interface Mention {
  /** An entity, event or dispute id from the fact store. */
  id: string;
  start: number;
  end: number;
  /** Matched by typo tolerance or by a pronoun rather than literally. */
  via: 'name' | 'typo' | 'pronoun' | 'context' | 'description';
}

export type { WhWord } from './question-word.js';

export interface ParsedQuestion {
  readonly text: string;
  /** Lower-cased normal forms ("dialogue" -> "dialog"). */
  readonly normals: readonly string[];
  readonly raws: readonly string[];
  readonly lemmas: readonly string[];
  /** Each word's own lemma, before a synonym put the word the intents know in its place ("shut" for "sever"). */
  readonly ownLemmas: readonly string[];
  readonly pos: readonly string[];
  readonly mentions: Mention[];
  readonly dates: readonly DateRange[];
  /** The first question word, if any. */
  readonly wh: WhWord | undefined;
  /** Starts with an auxiliary ("Did …", "Was …", "Is …"), so it wants yes or no. */
  readonly yesNo: boolean;
  readonly negated: boolean;
  /** Numbers and ordinals as values ("17th" -> 17, "two" -> 2). */
  readonly numbers: readonly number[];
  /** Pronouns that may refer to an earlier turn: "person" (he, she) or "thing" (they, it). */
  readonly pronouns: ReadonlyArray<'person' | 'thing'>;
  /** Every normal form and lemma, for cue lookups. */
  readonly words: ReadonlySet<string>;
  /** Content words no mention or date explains and the article never uses. */
  readonly unknownWords: readonly string[];
  /** Of those, the ones that are no word of English either: likely names ("met with <a name never used>"). */
  readonly unknownNames: readonly string[];
  /** Countries and capitals named that the article never names ("in <another city>"). */
  readonly otherPlaces: ReadonlyArray<{ name: string; start: number; end: number }>;
}

const AUX = new Set([
  'did',
  'do',
  'does',
  'was',
  'were',
  'is',
  'are',
  'am',
  'has',
  'have',
  'had',
  'will',
  'would',
  'can',
  'could',
  'should',
  'shall',
  'may',
  'might',
  'must',
]);
const LEAD_IN = new Set([
  'so',
  'and',
  'but',
  'also',
  'please',
  'hey',
  'ok',
  'okay',
  'well',
  'then',
  'now',
  'tell',
  'me',
]);
const NUMBER_WORDS: ReadonlyMap<string, number> = new Map([...CARDINAL_WORDS, ...ORDINAL_WORDS]);
// Words after which "one" stands for a thing ("this one", "the previous one"), not the number.
const ONE_AS_THING_AFTER = new Set([
  'this',
  'that',
  'the',
  'which',
  'each',
  'every',
  'another',
  'any',
  'other',
  'same',
  'previous',
  'prior',
  'preceding',
  'earlier',
  'later',
  'next',
  'last',
  'latest',
  'new',
]);
const PERSON_PRONOUNS = new Set(['he', 'him', 'his', 'she', 'her', 'hers', 'himself', 'herself']);
const THING_PRONOUNS = new Set(['they', 'them', 'their', 'it', 'its', 'theirs']);
// Nouns and verbs carry what a question is about; an unfamiliar adjective ("high", "main") rarely does.
const CONTENT_POS = new Set(['NOUN', 'VERB', 'PROPN']);
const TYPO_DISTANCE = 0.12;
// (Beside the rest of a person's name, a word one letter off a word of that name is it: "<first> scov" of "Skov".)
const NEIGHBOUR_TYPO_DISTANCE = 0.16;

/** The closest proper-name word within typo distance, e.g. "<misspelt name>" -> <person>'s id. */
function matchTypo(token: string, lexicon: Lexicon): string | undefined {
  return remembered(typoCache, token, lexicon, closestName);
}

function closestName(token: string, lexicon: Lexicon): string | undefined {
  let best: { id: string; d: number } | undefined;
  for (const [word, id] of lexicon.nameWords) {
    const d = distance.string.jaroWinkler(token, word);
    if (d <= TYPO_DISTANCE && (!best || d < best.d)) best = { id, d };
  }
  return best?.id;
}

/** Whether `token` is a misspelling of a word (of three letters or more) of the names `id` goes by. */
function misspeltNameWord(token: string, id: string, lexicon: Lexicon): boolean {
  const swaps = adjacentSwaps(token);
  for (const list of lexicon.names.values())
    for (const n of list)
      if (
        n.id === id &&
        n.words.some(
          (w) =>
            w.length >= 3 &&
            w !== token &&
            // (Or two neighbouring letters swapped, which Jaro-Winkler puts far apart in a short word.)
            (distance.string.jaroWinkler(token, w) <= NEIGHBOUR_TYPO_DISTANCE || swaps.includes(w)),
        )
      )
        return true;
  return false;
}

/** "warning" -> "warn", "building" -> "build": an inflection of a known word is known. */
const knownStem = (token: string, lexicon: Lexicon): string | undefined => {
  for (let cut = 1; cut <= 3 && token.length - cut >= 4; cut++) {
    const stem = token.slice(0, -cut);
    // (Only an ending that inflects or derives: "party" is no "part".)
    if (lexicon.knownWords.has(stem) && STEM_ENDINGS.has(token.slice(-cut))) return stem;
  }
  // "align" of an article that says "aligns": the base of an inflected form it uses.
  if (token.length >= 4 && INFLECTIONS.some((ending) => lexicon.knownWords.has(token + ending))) return token;
  return undefined;
};
const INFLECTIONS = ['s', 'es', 'ed', 'd', 'ing'];
// ("officer" read as "office", "talkin" as "talk", "holdup" as "hold": the article's word it extends.)
const STEM_ENDINGS = new Set([
  ...INFLECTIONS,
  ...['n', 'en', 'r', 'rs', 'er', 'ers', 'in', 'up', 'est', 'ly', 'al', 'ion', 'ist', 'ism', 'ive', 'ity'],
]);

/** Two neighbouring letters typed the wrong way round ("tlaks" -> "talks"), when that makes a known word. */
function swappedKnown(token: string, lexicon: Lexicon): string | undefined {
  if (token.length < 4) return undefined;
  return adjacentSwaps(token).find((swapped) => lexicon.knownWords.has(swapped));
}

/** The token with each pair of neighbouring letters swapped ("ohn" -> "hon", "onh"), those that differ from it. */
function adjacentSwaps(token: string): string[] {
  const swaps: string[] = [];
  for (let i = 0; i < token.length - 1; i++) {
    const swapped = `${token.slice(0, i)}${token[i + 1]}${token[i]}${token.slice(i + 2)}`;
    if (swapped !== token) swaps.push(swapped);
  }
  return swaps;
}

// Members misspell the same words again and again: each article's lexicon remembers its verdicts (bounded).
type Verdicts = WeakMap<Lexicon, Map<string, string | undefined>>;
const knownWordCache: Verdicts = new WeakMap();
const typoCache: Verdicts = new WeakMap();
const correctionCache: Verdicts = new WeakMap();
const VERDICT_CACHE_SIZE = 5_000;

function remembered(
  verdicts: Verdicts,
  token: string,
  lexicon: Lexicon,
  find: (token: string, lexicon: Lexicon) => string | undefined,
): string | undefined {
  let cache = verdicts.get(lexicon);
  if (!cache) {
    cache = new Map();
    verdicts.set(lexicon, cache);
  }
  if (cache.has(token)) return cache.get(token);
  if (cache.size >= VERDICT_CACHE_SIZE) cache.clear();
  const found = find(token, lexicon);
  cache.set(token, found);
  return found;
}

/** A misspelt ordinary word ("discused") as the known word it is closest to. */
function matchKnownWord(token: string, lexicon: Lexicon): string | undefined {
  return remembered(knownWordCache, token, lexicon, closestKnownWord);
}

function closestKnownWord(token: string, lexicon: Lexicon): string | undefined {
  const limit = 0.1;
  // Jaro matches are shared letters, so the letters a word shares with the token bound its similarity:
  // jaro <= (m/|a| + m/|b| + 1) / 3, and Winkler's prefix boost scales the distance by at most (1 - 0.1 l).
  // Words that cannot come within the limit are skipped before the costly (allocating) comparison; the
  // result is exactly what comparing every word gives.
  const counts = new Int32Array(128);
  for (let i = 0; i < token.length; i++) {
    const c = token.charCodeAt(i) & 127;
    counts[c] = (counts[c] ?? 0) + 1;
  }
  let best: { word: string; d: number } | undefined;
  for (const word of lexicon.knownWords) {
    if (Math.abs(word.length - token.length) > 2) continue;
    let shared = 0;
    for (let i = 0; i < word.length; i++) {
      const c = word.charCodeAt(i) & 127;
      if ((counts[c] ?? 0) > 0) shared++;
      counts[c] = (counts[c] ?? 0) - 1;
    }
    for (let i = 0; i < word.length; i++) {
      const c = word.charCodeAt(i) & 127;
      counts[c] = (counts[c] ?? 0) + 1;
    }
    const m = Math.min(shared, token.length, word.length);
    let prefix = 0;
    while (prefix < 4 && prefix < word.length && token[prefix] === word[prefix]) prefix++;
    const jaroAtMost = m === 0 ? 0 : (m / token.length + m / word.length + 1) / 3;
    if ((1 - jaroAtMost) * (1 - 0.1 * prefix) > limit + 1e-9) continue;
    const d = distance.string.jaroWinkler(token, word);
    if (d <= limit && (!best || d < best.d)) best = { word, d };
  }
  return best?.word;
}

/**
 * "<given> <family name typed in two pieces>": two words that make one of the article's name words together, and
 * neither is one alone, joined into it.
 */
function joinSplitNames(text: string, lexicon: Lexicon): string {
  return text.replace(/\b([A-Za-z]{2,})\s+(?=([A-Za-z]{2,})\b)/g, (all, a: string, b: string) => {
    const [first, second] = [a.toLowerCase(), b.toLowerCase()];
    const joined = lexicon.nameWords.has(first + second);
    return joined && !lexicon.nameWords.has(first) && !lexicon.nameWords.has(second) ? a : all;
  });
}

/**
 * Parses one question with wink: tokens, the fact store's names (the lexicon's aliases), typos of
 * names, dates, the question word, yes/no form, numbers and pronouns.
 */
const BE_FORMS = new Set(['is', 'was', 'are', 'were', 'been', 'be']);
const NOUN_MARKERS = new Set([
  'the',
  'a',
  'an',
  "'s",
  'last',
  'first',
  'next',
  'his',
  'her',
  'their',
  'its',
  'my',
  'your',
  'our',
  'this',
  'that',
]);

/** The verb a progressive form is made from, when it is an English word: "hammering" -> "hammer". */
function progressiveBase(nlp: Nlp, word: string): string | undefined {
  const stem = word.slice(0, -3);
  const doubled = stem.length > 3 && stem.at(-1) === stem.at(-2) ? stem.slice(0, -1) : undefined;
  return [stem, `${stem}e`, doubled].find((w) => w !== undefined && inVocabulary(nlp, w));
}

/**
 * "it takes time", "it'll take a while": "it" with "take" and a length stands for nothing; nor does the "it" of
 * "was it the first time they ...", whose time is the clause after it.
 */
export function dummyIt(normals: readonly string[], i: number): boolean {
  const at = ['is', "'s", 'was'].includes(normals[i + 1] ?? '') ? i + 2 : i + 1;
  if (
    normals[at] === 'the' &&
    normals[at + 2] === 'time' &&
    normals.length > at + 4 &&
    /^(?:first|last|only|\d+(?:st|nd|rd|th)|second|third)$/.test(normals[at + 1] ?? '')
  )
    return true;
  const next = normals[i + 1] ?? '';
  // ("did <A> cut it off?": the object of a verb with a particle, whose act the verb and particle name.)
  const particle = /^(?:off|up|down|out|back)$/.test(next) && i > 0;
  const before = normals[i - 1] ?? '';
  if (
    particle &&
    !/^(?:is|was|are|were|be|of|about|to|with|on|for|in|at|from|by|and|or|did|does|do)$/.test(before)
  )
    return true;
  const verb = /^(?:will|'ll|would|'d|could|might|may|can|is|'s|does|did)$/.test(next)
    ? normals[i + 2]
    : next;
  return verb === 'take' || verb === 'takes' || verb === 'took' || verb === 'taking';
}

/** "start talking again" is "restart": a verb with "again", as the "re-" word the article knows. */
function redone(normals: string[], lemmas: string[], pos: string[], lexicon: Lexicon): string[] {
  if (!normals.includes('again')) return [];
  return lemmas
    .filter((l, i) => pos[i] === 'VERB' && !l.startsWith('re'))
    .map((l) => `re${l}`)
    .filter((w) => lexicon.knownWords.has(w));
}

/** Every word of the lists in one set, added in order (no spread copies: this runs for every question). */
function wordSet(...lists: ReadonlyArray<readonly string[]>): Set<string> {
  const words = new Set<string>();
  for (const list of lists) for (const w of list) words.add(w);
  return words;
}

export function parseQuestion(
  nlp: Nlp,
  lexicon: Lexicon,
  text: string,
  referenceDate: string,
): ParsedQuestion {
  const { its } = nlp;
  const doc = nlp.readDoc(joinSplitNames(text, lexicon));
  const tokens = doc.tokens();
  const raws = tokens.out() as string[];
  // The words as typed (lower case), for names: the corrections below are for question words only.
  const typed = tokens.out(its.normal) as string[];
  // (Lower-cased once: `normals` is corrected below, `lower` keeps the words as typed.)
  const lower = typed.map((t) => t.toLowerCase());
  const normals = lower.slice();
  const lemmas = (tokens.out(its.lemma as never) as unknown as string[]).map((t) => String(t).toLowerCase());
  const pos = tokens.out(its.pos) as string[];
  // (Asked of a one-word name only: most questions never need it.)
  const isStop = (i: number) => Boolean(tokens.itemAt(i).out(its.stopWordFlag));
  // A mistyped question word ("wher", "wen") is read as the word meant, everywhere below.
  normals.forEach((t, i) => {
    const meant = MISSPELT_WH.get(t);
    if (meant) {
      normals[i] = meant;
      lemmas[i] = meant;
      pos[i] = 'ADV';
    }
  });
  // "what was <name> emphasising": after a name wink may take the progressive for a noun; after "was"/"is"
  // it is the verb.
  normals.forEach((t, i) => {
    if (pos[i] !== 'NOUN' || !t.endsWith('ing') || t.length < 6) return;
    const before = normals.slice(Math.max(0, i - 3), i);
    const be = before.findIndex((w) => BE_FORMS.has(w));
    // (Not "was <name>'s last sailing": a noun with its own determiner or modifier.)
    if (be < 0 || before.slice(be + 1).some((w) => NOUN_MARKERS.has(w))) return;
    const base = progressiveBase(nlp, t);
    if (!base) return;
    lemmas[i] = base;
    pos[i] = 'VERB';
  });

  const mentions: Mention[] = [];
  // The longest alias that starts at each word, left to right.
  for (let start = 0; start < typed.length; ) {
    const found = lexicon.names
      .get(typed[start] ?? '')
      ?.find((n) => n.words.every((w, k) => typed[start + k] === w));
    if (!found) {
      start++;
      continue;
    }
    const end = start + found.words.length - 1;
    // A one-word name that is also a common word ("us" the pronoun, "may" the verb) counts only as written
    // with a capital, or after "the".
    // (A capital the question's first word takes anyway is none: "Who is <X>?" is no "WHO", the initials.)
    const typedRaw = raws[start] ?? '';
    const raw =
      start === 0 && typedRaw.slice(1) === typedRaw.slice(1).toLowerCase()
        ? typedRaw.toLowerCase()
        : typedRaw;
    // ("did <name> officials say": a one-word name that is also a common word, before a noun it modifies.)
    const modifier =
      (pos[start + 1] === 'NOUN' || pos[start + 1] === 'PROPN') &&
      pos[start - 1] !== 'VERB' &&
      pos[start - 1] !== 'ADP';
    // ("between us and <another>", "<A> and us": paired with another name, it is the name; not "between us,".)
    const paired =
      (/^(?:and|or|&)$/.test(normals[start + 1] ?? '') && /^(?:PROPN|NOUN)$/.test(pos[start + 2] ?? '')) ||
      (/^(?:and|or|&)$/.test(normals[start - 1] ?? '') && mentions.at(-1)?.end === start - 2);
    // ("is <A> us?", "<A> is us": said of someone named, it is the name, the side they are on.)
    const last = mentions.at(-1);
    const copula = (w: string | undefined) => w === 'is' || w === 'was' || w === 'are' || w === 'were';
    const complement =
      last !== undefined &&
      ((last.end === start - 1 && copula(normals[last.start - 1])) ||
        (last.end === start - 2 && copula(normals[start - 1])));
    if (
      !(
        start === end &&
        isStop(start) &&
        raw === raw.toLowerCase() &&
        normals[start - 1] !== 'the' &&
        !modifier &&
        !paired &&
        !complement
      )
    )
      mentions.push({ id: found.id, start, end, via: 'name' });
    start = end + 1;
  }
  // ("the east <country> sea": a compass point, a country and a noun are another place, not the country.)
  const otherPlaces: Array<{ name: string; start: number; end: number }> = [];
  for (let k = mentions.length - 1; k >= 0; k--) {
    const m = mentions[k];
    if (
      m?.id.startsWith('country:') &&
      lexicon.compassWords.has(normals[m.start - 1] ?? '') &&
      (pos[m.end + 1] === 'NOUN' || pos[m.end + 1] === 'PROPN')
    ) {
      const words = raws
        .slice(m.start - 1, m.end + 2)
        .map((w) => `${w.charAt(0).toUpperCase()}${w.slice(1)}`);
      otherPlaces.push({ name: words.join(' '), start: m.start - 1, end: m.end + 1 });
      mentions.splice(k, 1);
    }
  }
  // ("the military talks freeze": an event named before a noun for another event only says which; the noun, its
  // head, is what is asked about.)
  for (let k = mentions.length - 1; k >= 0; k--) {
    const m = mentions[k];
    if (!m?.id.startsWith('event:') || pos[m.end + 1] !== 'NOUN') continue;
    const head = normals[m.end + 1] ?? '';
    const events =
      lexicon.triggers.get(head) ??
      lexicon.triggers.get(lemmas[m.end + 1] ?? '') ??
      lexicon.triggers.get(lexicon.synonyms.get(head) ?? lexicon.synonyms.get(lemmas[m.end + 1] ?? '') ?? '');
    if (events && !events.includes(m.id)) mentions.splice(k, 1);
  }
  // ("the sea thing": the one feature of that kind the article names, called by its kind after "the"; not when
  // the question asks which one, "the sea dispute, which sea".)
  // (Looked for only in an article that names such a feature: most name none.)
  if (lexicon.featureKinds.size > 0)
    normals.forEach((w, i) => {
      const id = normals[i - 1] === 'the' ? lexicon.featureKinds.get(w) : undefined;
      if (!id || mentions.some((m) => m.start <= i && i <= m.end)) return;
      const asked = normals.some((x, k) => (x === 'which' || x === 'what') && normals[k + 1] === w);
      if (!asked) mentions.push({ id, start: i - 1, end: i, via: 'name' });
    });
  const covered = new Set<number>();
  for (const m of mentions) for (let i = m.start; i <= m.end; i++) covered.add(i);
  for (const p of otherPlaces) for (let i = p.start; i <= p.end; i++) covered.add(i);
  // (A date is no place: "were the talks in <a month>?".)
  // (Nor is a name's part a date: "Park Jun-seo" has no June in it.)
  const nameAt = new Set(covered);
  const dates = resolveDates(normals, raws, referenceDate, true).filter(
    (d) => !d.tokens.some((i) => nameAt.has(i)),
  );
  for (const d of dates) for (const i of d.tokens) covered.add(i);
  const unknownIn = (start: number, end: number) => {
    for (let k = start; k < end; k++) if (!lexicon.knownWords.has(lower[k] ?? '')) return true;
    return false;
  };
  for (let start = 0; start < lower.length; start++) {
    if (covered.has(start)) continue;
    const place = lexicon.otherPlaces
      .get(lower[start] ?? '')
      ?.find((p) => p.words.every((w, k) => lower[start + k] === w && !covered.has(start + k)));
    if (place) {
      otherPlaces.push({ name: place.name, start, end: start + place.words.length - 1 });
      start += place.words.length - 1;
      continue;
    }
    // "in <a city the gazetteer lacks>": proper nouns after "in" or "at" that the article never uses.
    let end = start;
    while (pos[end] === 'PROPN' && !covered.has(end)) end++;
    if (
      end > start &&
      (normals[start - 1] === 'in' || normals[start - 1] === 'at') &&
      unknownIn(start, end)
    ) {
      otherPlaces.push({ name: raws.slice(start, end).join(' '), start, end: end - 1 });
      start = end - 1;
    }
  }

  // Synonyms are read as the word the intents know: "interlocutor" is "counterpart", "struck" is "agree".
  const ownLemmas = lemmas.slice();
  normals.forEach((t, i) => {
    const known = lexicon.synonyms.get(t) ?? lexicon.synonyms.get(lemmas[i] ?? '');
    if (known && !covered.has(i)) lemmas[i] = known;
  });

  const unknownWords: string[] = [];
  const corrected: string[] = [];
  normals.forEach((t, i) => {
    if (covered.has(i) || !/^[a-z][a-z'-]{2,}$/.test(t)) return;
    // A name word typed without its apostrophe or case ("chases title", "michael chases") is still the name.
    // (Not a plural of a word in a body's name: "containers" of "<X> Container Lines".)
    const bare = t.endsWith('s') ? lexicon.nameWords.get(t.slice(0, -1)) : undefined;
    const name = lexicon.nameWords.get(t) ?? (bare?.startsWith('org:') ? undefined : bare);
    // (Nor a word of English typed as an act after a verb: "start surfing" is no "Surfing <Federation>".)
    const plain =
      (lexicon.plainNameWords.has(t) || (t.endsWith('ing') && pos[i - 1] === 'VERB')) &&
      !/^\p{Lu}/u.test(raws[i] ?? '');
    if (
      name &&
      !plain &&
      (pos[i] === 'PROPN' || pos[i] === 'NOUN' || mentions.length === 0 || t.endsWith('s'))
    ) {
      if (!mentions.some((m) => m.id === name)) mentions.push({ id: name, start: i, end: i, via: 'typo' });
      covered.add(i);
      return;
    }
    // (A middle name beside the rest, "<first> <middle> <last>", is the name, though a word of the article alone
    // and not tagged a noun.)
    const middle = mentions.find(
      (m) =>
        (m.end === i - 1 || m.start === i + 1) &&
        (lexicon.personNameWords.get(m.id)?.has(t) ?? false) &&
        !isStop(i),
    );
    if (middle) {
      middle.start = Math.min(middle.start, i);
      middle.end = Math.max(middle.end, i);
      covered.add(i);
      return;
    }
    if (lexicon.knownWords.has(t)) return;
    if (lexicon.knownWords.has(lemmas[i] ?? '')) return;
    // ("setting up channels" where the article says "establishing" them: a phrase meaning a word it uses.)
    const completions = lexicon.knownPhrases.get(lemmas[i] ?? '') ?? lexicon.knownPhrases.get(t);
    if (completions?.some((last) => [1, 2, 3].some((k) => normals[i + k] === last))) return;
    // "happend" -> "happen", "warning" -> "warn": read as the known word it extends.
    const stem = knownStem(t, lexicon);
    if (stem) {
      lemmas[i] = stem;
      ownLemmas[i] = stem;
      corrected.push(stem);
      return;
    }
    // (A word of English is not a misspelt name, "being" is not "<a capital>", unless it stands beside a
    // name: "<first name> <misspelt surname>".)
    // (Never a stop word: "being" beside a name is not a misspelt "<capital>".)
    // (The stop-word flag is read from wink only for a word beside a name.)
    const besideName = mentions.some((m) => m.end === i - 1 || m.start === i + 1) && !isStop(i);
    // ("helen orgg": the rest of the name beside it, misspelt, however short: it is the same person's.)
    const neighbour = besideName ? mentions.find((m) => m.end === i - 1 || m.start === i + 1) : undefined;
    // (Not a word of English beside an event's name, whose words are common ones: "the talks routine" is no
    // misspelt "talks round".)
    const englishBesideEvent = neighbour?.id.startsWith('event:') === true && inVocabulary(nlp, t);
    if (neighbour && !englishBesideEvent && misspeltNameWord(t, neighbour.id, lexicon)) {
      neighbour.start = Math.min(neighbour.start, i);
      neighbour.end = Math.max(neighbour.end, i);
      covered.add(i);
      return;
    }
    const id = inVocabulary(nlp, t) && !besideName ? undefined : matchTypo(t, lexicon);
    if (id) {
      mentions.push({ id, start: i, end: i, via: 'typo' });
      covered.add(i);
      return;
    }
    // A typo keeps its first letters and its length ("talsk" -> "talks"); "mediated" is not "meeting"; and a
    // word of English ("comes") is no typo of the article's words ("comms").
    const word = remembered(correctionCache, t, lexicon, (token) => {
      if (inVocabulary(nlp, token)) return undefined;
      const near = token.length >= 5 ? matchKnownWord(token, lexicon) : undefined;
      return near && near.slice(0, 3) === token.slice(0, 3) && Math.abs(near.length - token.length) <= 1
        ? near
        : swappedKnown(token, lexicon);
    });
    if (word) {
      // Read the misspelt word as the word meant, so triggers, phrases and cue words see it too ("talsk" ->
      // "talks", "the <demonym> presdient" -> "president").
      corrected.push(word);
      lemmas[i] = word;
      ownLemmas[i] = word;
      normals[i] = word;
    } else if (CONTENT_POS.has(pos[i] ?? '')) unknownWords.push(t);
  });
  mentions.sort((a, b) => a.start - b.start);
  // ("<given> van den <family>" typed for "van der": a surname's particle beside a person's name is no word the
  // article lacks.)
  // (The particles are read as part of the name, and its given name typed before them with it.)
  const merged = new Set<(typeof mentions)[number]>();
  for (const m of mentions) {
    if (!m.id.startsWith('person:') || merged.has(m)) continue;
    let from = m.start;
    while (from > 0 && SURNAME_PARTICLES.has(normals[from - 1] ?? '') && from > m.start - 2) from--;
    if (from === m.start) continue;
    for (let k = from; k < m.start; k++) {
      const at = unknownWords.indexOf(normals[k] ?? '');
      if (at >= 0) unknownWords.splice(at, 1);
    }
    const given = mentions.find((g) => g !== m && g.id === m.id && g.end === from - 1);
    m.start = given ? given.start : from;
    if (given) merged.add(given);
  }
  for (const g of merged) mentions.splice(mentions.indexOf(g), 1);

  let first = 0;
  while (first < normals.length - 1 && (LEAD_IN.has(normals[first] ?? '') || pos[first] === 'PUNCT')) first++;
  // "did <A> visit <B>": after "did" and a name, the base form is the verb, though wink may tag it a noun.
  // (Not a plural, "did <A> talks ...", nor one a noun, verb or determiner follows, "did <A> defense talks ...",
  // "did <A> host the <B>", where the word may name the event itself.)
  // ("why did <A> use a <thing>": after "why" or "how" and "did", a base form with its object is the verb.)
  const asked = /^(?:why|how)$/.test(normals[first] ?? '');
  const aux = asked ? first + 1 : first;
  const subject = /^(?:do|did|does)$/.test(normals[aux] ?? '')
    ? mentions.find((m) => m.start === aux + 1 || (m.start === aux + 2 && pos[aux + 1] === 'DET'))
    : undefined;
  const act = subject ? subject.end + 1 : -1;
  if (
    subject &&
    pos[act] === 'NOUN' &&
    lemmas[act] === normals[act] &&
    !mentions.some((m) => m.start <= act && act <= m.end) &&
    (asked ? /^(?:DET|ADJ|NOUN|PRON)$/ : /^(?:PROPN|ADP|PRON|NUM|PUNCT)?$/).test(pos[act + 1] ?? '')
  )
    pos[act] = 'VERB';
  let wh: WhWord | undefined;
  for (let i = 0; i < normals.length && wh === undefined; i++) wh = whOf(normals[i] ?? '');
  const startsWithWh = whOf(normals[first] ?? '') !== undefined;
  // ("is what <A> said tied to <B>?": "what <A> said" is the subject of a yes/no question.)
  const freeRelative =
    normals[first + 1] === 'what' &&
    /^(NOUN|PROPN|ADJ|PRON|DET)$/.test(pos[first + 2] ?? '') &&
    pos[first + 3] === 'VERB';
  const yesNo =
    !startsWithWh &&
    AUX.has(normals[first] ?? '') &&
    (freeRelative || !(wh && normals.indexOf(wh) <= first + 1));

  const numbers: number[] = [];
  // (Not the day of a date: "ended jan 9" claims no number.)
  const inDate = dates.length > 0 ? new Set(dates.flatMap((d) => d.tokens)) : undefined;
  for (let i = 0; i < normals.length; i++) {
    const t = normals[i] ?? '';
    if (inDate?.has(i)) continue;
    // (Digits only where the token starts with one: most tokens are words.)
    const code = t.charCodeAt(0);
    const digits = code >= 48 && code <= 57 ? /^(\d{1,3})(st|nd|rd|th)?$/.exec(t) : null;
    if (digits?.[1]) numbers.push(Number(digits[1]));
    // ("this one", "the previous one": a word for a thing, not a count.)
    else if (t === 'one' && ONE_AS_THING_AFTER.has(normals[i - 1] ?? '')) continue;
    else {
      const n = NUMBER_WORDS.get(t);
      if (n !== undefined) numbers.push(n);
    }
  }
  const pronouns: Array<'person' | 'thing'> = [];
  normals.forEach((t, i) => {
    if (PERSON_PRONOUNS.has(t)) pronouns.push('person');
    // ("it takes time", "it'll take time": an "it" that stands for nothing.)
    else if (THING_PRONOUNS.has(t) && !(t === 'it' && dummyIt(normals, i))) pronouns.push('thing');
    // "how long after <A> was that?": a demonstrative closing a question, after its verb.
    else if (
      (t === 'that' || t === 'this') &&
      i > first + 1 &&
      AUX.has(normals[i - 1] ?? '') &&
      /^(PUNCT)?$/.test(pos[i + 1] ?? '')
    )
      pronouns.push('thing');
    // "was that before <B>?", "that was when?": a demonstrative standing for a thing, as the subject.
    // ("why is this happening", "where was that": after a question word and its auxiliary too.)
    else if (
      (t === 'that' || t === 'this') &&
      (i === first ||
        (i === first + 1 && AUX.has(normals[first] ?? '')) ||
        // (Not "what's this about <X>", which asks about <X>.)
        (i === first + 2 &&
          startsWithWh &&
          AUX.has(normals[first + 1] ?? '') &&
          normals[i + 1] !== 'about')) &&
      // (Something must be said of it: "is that?" is what is left of "is that right?".)
      !/^(NOUN|PROPN|ADJ|NUM|PUNCT)$/.test(pos[i + 1] ?? 'PUNCT') &&
      !['right', 'true', 'correct', 'so', 'it', 'all'].includes(normals[i + 1] ?? '')
    )
      pronouns.push('thing');
    // "how many days did those go on for?", "were those in <a city>?": "those" as the subject, after the
    // auxiliary, not before a noun ("did those talks ..."; wink may tag the verb after "did those" a noun).
    else if (
      (t === 'those' || t === 'these') &&
      AUX.has(normals[i - 1] ?? '') &&
      (!/^(NOUN|PROPN|ADJ|NUM)$/.test(pos[i + 1] ?? 'PUNCT') ||
        (pos[i + 1] === 'NOUN' &&
          lemmas[i + 1] === normals[i + 1] &&
          /^(do|did|does)$/.test(normals[i - 1] ?? '')))
    )
      pronouns.push('thing');
    // ("who went to those", "what happened at these?": "those" as the object closing the question.)
    else if (
      (t === 'those' || t === 'these') &&
      i > first &&
      /^(?:ADP|VERB)$/.test(pos[i - 1] ?? '') &&
      /^(?:PUNCT)?$/.test(pos[i + 1] ?? '')
    )
      pronouns.push('thing');
  });

  return {
    text,
    normals,
    raws,
    lemmas,
    ownLemmas,
    pos,
    mentions,
    dates,
    // "Was <person> speaker when she visited?" is a yes/no question, whatever wh-word follows.
    wh: startsWithWh ? whOf(normals[first] ?? '') : yesNo ? undefined : wh,
    yesNo,
    negated: normals.includes('not') || normals.includes("n't"),
    numbers,
    pronouns,
    words: wordSet(normals, lemmas, corrected, redone(normals, lemmas, pos, lexicon)),
    unknownWords,
    unknownNames: unknownWords.filter((w) => !inVocabulary(nlp, w)),
    otherPlaces,
  };
}
