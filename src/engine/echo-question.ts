/**
 * An echo question: the article's own words with "what" where the answer stands ("the <nth> round of what?",
 * "the talks were the <nth> round of what exactly"). The words before "what" must stand together in one
 * sentence, and the answer is the phrase that follows them there.
 */
import type { TokenSentence } from '../ingest/sentence-tokens.js';
import type { ParsedQuestion } from '../nlp/parse-question.js';
import { cueWords } from './cue-words.js';
import type { Grounding, Term } from './sentence-index.js';

/** Words that may end the words echoed, before "what": a preposition or article asks for what follows. */
const BEFORE_WHAT = /^(?:of|into|to|for|with|about|over|from|by|on|in|the|a|an)$/;
/** Where the phrase after the echoed words ends: a clause or another phrase begins. */
const PHRASE_END = /^(?:which|that|who|whom|whose|where|when|while|and|but|as|after|before|because|since)$/;
const MIN_ECHO = 2;
const MAX_ECHO = 5;
const MAX_ANSWER = 10;
/** A thing an act is done to may carry two names with their titles ("the agreement between <A> and <B>"). */
const MAX_NOUN_ANSWER = 16;

/** Where the last item of a list starts, when the phrase ending at `at` runs on as one (", <B>, and <C>"). */
function listAfter(ts: TokenSentence, at: number): number | undefined {
  if (ts.tokens[at]?.raw !== ',') return undefined;
  for (let j = at + 1; j < ts.tokens.length && j - at <= MAX_ANSWER; j++) {
    const t = ts.tokens[j];
    if (t && /^(?:and|or)$/.test(t.normal)) return j + 1;
    // (An item may hold a preposition: "claims in <a sea>".)
    if (!t || !(t.raw === ',' || /^(?:PROPN|NOUN|ADJ|DET|ADP|PART)$/.test(t.pos))) return undefined;
  }
  return undefined;
}

/** Whether the question is put as an echo: words, then a preposition or article, then "what" ("<X> of what"). */
export function isEchoForm(q: ParsedQuestion): boolean {
  const words = q.normals.filter((_w, i) => q.pos[i] !== 'PUNCT');
  // (Or with "what" put first and no verb: "what <X> of?".)
  const fronted =
    words[0] === 'what' &&
    !q.pos.includes('VERB') &&
    !q.pos.includes('AUX') &&
    BEFORE_WHAT.test(words.at(-1) ?? '');
  return fronted || (words.at(-1) === 'what' && BEFORE_WHAT.test(words.at(-2) ?? ''));
}

/**
 * The sentence and the phrase that answers an echo question, when exactly one sentence holds the words echoed.
 * @example echoAnswer(parse('the fourth round of what'), sentences) // { sentence, phrase: 'quota negotiations' }
 */
export function echoAnswer(
  q: ParsedQuestion,
  sentences: readonly TokenSentence[],
  /** Whether the sentence (numbered from 0), or the one before it, names each person the question names. */
  namesPeople: (i: number) => boolean = () => true,
  /**
   * Echoing the last answer's sentences ("over what", "part of what"): one word may be echoed, a small one too,
   * since those few sentences are what the member just read.
   */
  followUp = false,
): { sentence: TokenSentence; phrase: string } | undefined {
  // ("the <other person>'s call was the <nth> round of what": a premise the article does not hold.)
  if (q.unknownWords.length > 0) return undefined;
  // (Most questions hold no "what"/"which" to echo with: settled before any list is built.)
  if (!q.normals.includes('what') && !q.normals.includes('which')) return undefined;
  const kept = q.normals.flatMap((w, i) => (q.pos[i] === 'PUNCT' ? [] : [{ w, pos: q.pos[i] ?? '' }]));
  // ("what the <nth> round of?": the same, with "what" put first and no verb to ask with.)
  // (After an answer, "to prevent what" typed as "what to prevent" too.)
  const fronted =
    /^(?:what|which)$/.test(kept[0]?.w ?? '') &&
    (kept.slice(1).every((k) => k.pos !== 'VERB') ||
      (followUp && kept.length <= 4 && /^(?:PART|ADP)$/.test(kept[1]?.pos ?? '')));
  const ordered = fronted ? [...kept.slice(1), { w: 'what', pos: 'PRON' }] : kept;
  const words = ordered.map((k) => k.w);
  const last = words.length - 1;
  const least = followUp ? 1 : MIN_ECHO;
  if (last < least || !/^(?:what|which)$/.test(words[last] ?? '')) return undefined;
  // (Or, after an answer, a verb whose object is asked: "to prevent what".)
  const verbBefore = followUp && ordered[last - 1]?.pos === 'VERB';
  if (!BEFORE_WHAT.test(words[last - 1] ?? '') && !verbBefore) return undefined;
  // The longest run of the words before "what" that one sentence holds, of at least two words, one of them
  // not a small word.
  for (let n = Math.min(MAX_ECHO, last); n >= least; n--) {
    // (A follow-up echoes one word only when that is all it typed, but for a hedge: "doctor of what" is no "of
    // what", "like over what" is "over what".)
    if (followUp && n === 1 && words.slice(0, last - 1).some((w) => !cueWords().hedges.has(w))) continue;
    const echo = words.slice(last - n, last);
    // (A thing echoed, not only a verb and its preposition: "lead to what" may be anyone's.)
    if (!followUp && !ordered.slice(last - n, last).some((k) => /^(?:NOUN|PROPN|NUM|ADJ)$/.test(k.pos)))
      continue;
    const hits = sentences.flatMap((ts, i) => {
      const normals = ts.tokens.map((t) => t.normal);
      const at = normals.findIndex((_w, k) => echo.every((w, j) => normals[k + j] === w));
      // (One word echoed must stand once: "of what" could be any "of".)
      const again = n === 1 && at >= 0 && normals.indexOf(echo[0] ?? '', at + 1) >= 0;
      return at >= 0 ? [{ ts, i, after: at + n, again }] : [];
    });
    if (hits.some((h) => h.again)) continue;
    if (hits.length !== 1) continue;
    const [hit] = hits;
    if (!hit || !namesPeople(hit.i)) return undefined;
    const phrase = phraseAt(hit.ts, hit.after);
    return phrase === undefined ? undefined : { sentence: hit.ts, phrase };
  }
  return undefined;
}

/**
 * The phrase of a sentence that starts at token `after`: up to a clause, a verb or punctuation. As the thing an
 * act is done to (`noun`), also up to a preposition after a name, which starts another phrase ("<A> in response
 * to ..."), and up to "and", but for "between <A> and <B>".
 */
function phraseAt(ts: TokenSentence, after: number, noun = false): string | undefined {
  const between = (end: number) =>
    ts.tokens.slice(after, end).some((t) => t.normal === 'between') &&
    !ts.tokens.slice(after, end).some((t) => t.normal === 'and');
  const nounEnds = (end: number) =>
    noun &&
    end > after &&
    ((ts.tokens[end]?.pos === 'ADP' &&
      ts.tokens[end - 1]?.pos === 'PROPN' &&
      !/^(?:of|between|among)$/.test(ts.tokens[end]?.normal ?? '')) ||
      (ts.tokens[end]?.normal === 'and' && !between(end)));
  const phraseEnd = (from: number) => {
    let end = from;
    while (
      end < ts.tokens.length &&
      end - from < (noun ? MAX_NOUN_ANSWER : MAX_ANSWER) &&
      !nounEnds(end) &&
      (!PHRASE_END.test(ts.tokens[end]?.normal ?? '') ||
        (noun && ts.tokens[end]?.normal === 'and' && between(end))) &&
      // (A hyphen joins words: "<A>-<B> talks".)
      (ts.tokens[end]?.pos !== 'PUNCT' || /^[-–]$/.test(ts.tokens[end]?.raw ?? '')) &&
      // (A verb ends the phrase, but not one a preposition takes: "the goal of maintaining <X>"; nor a capitalised
      // word of a name wink reads as a verb: "the <Word> Alerts Act".)
      (ts.tokens[end]?.pos !== 'VERB' ||
        (end > from && ts.tokens[end - 1]?.pos === 'ADP') ||
        (end > from &&
          /^\p{Lu}/u.test(ts.tokens[end]?.raw ?? '') &&
          /^\p{Lu}/u.test(ts.tokens[end - 1]?.raw ?? '')))
    )
      end++;
    return end;
  };
  let end = phraseEnd(after);
  // "<A>, <B>, and <C>": a list is one answer, not its first item.
  const listEnd = listAfter(ts, end);
  if (listEnd !== undefined) end = phraseEnd(listEnd);
  // ("incidents such as ...": "such" belongs to what follows.)
  while (end > after + 1 && /^(?:such|like)$/.test(ts.tokens[end - 1]?.normal ?? '')) end--;
  // (Nor does a small word the verb after it would have taken: "open lines of <X> to".)
  while (end > after + 1 && /^(?:ADP|PART|DET|CCONJ)$/.test(ts.tokens[end - 1]?.pos ?? '')) end--;
  // (Not half a hyphenated word: "by then-<X>".)
  const hyphen = (i: number) => /^[-–]$/.test(ts.tokens[i]?.raw ?? '');
  while (end > after + 1 && (hyphen(end) || hyphen(end - 1))) end--;
  const first = ts.tokens[after];
  const lastToken = ts.tokens[end - 1];
  if (!first || !lastToken || end === after) return undefined;
  return ts.sentence.text.slice(first.start, lastToken.end);
}

/**
 * "<X> help prevent what?", "the talks were a follow up to what": a question ending in its act and "what" asks
 * for what the act is done to. The sentence that best holds the question's words must hold the act as a verb;
 * the answer is the phrase after it there.
 * @param ground the question's groundings, best first (SentenceIndex.ground); `sentences` the article's.
 */
export function objectOfAct(
  q: ParsedQuestion,
  ground: () => { terms: readonly Term[]; ranked: readonly Grounding[] },
  sentences: readonly TokenSentence[],
): { sentence: TokenSentence; phrase: string } | undefined {
  const words = q.normals.filter((_w, i) => q.pos[i] !== 'PUNCT');
  if (q.wh !== 'what' || q.normals.indexOf('what') !== q.normals.lastIndexOf('what')) return undefined;
  // (Or put first, ending in the act or its particle: "what was <X> severed by?", "what do <X> help prevent?".)
  // (Not a bare noun after "what" with no auxiliary: "what ship got stuck" asks for the ship, the act's doer.)
  const fronted =
    words[0] === 'what' &&
    (q.pos[1] !== 'NOUN' || q.pos.slice(1, words.length - 1).includes('AUX')) &&
    /^(?:ADP|PART|VERB)$/.test(q.pos[words.length - 1] ?? '');
  if (words.at(-1) !== 'what' && !fronted) return undefined;
  // The act: the verb before "what", past its particles ("follow up to what").
  let v = fronted ? words.length - 1 : q.normals.lastIndexOf('what') - 1;
  // (The thing asked for is the act's object, with the doer between: not "what happened", not "what is <X>
  // called".)
  if (
    fronted &&
    q.pos[v] === 'VERB' &&
    (v < 2 || q.lemmas[1] === 'be' || cueWords().askingWords.has(q.lemmas[v] ?? ''))
  )
    return undefined;
  const particles: string[] = [];
  while (v > 0 && /^(?:ADP|PART)$/.test(q.pos[v] ?? '')) particles.unshift(q.normals[v--] ?? '');
  if (q.pos[v] !== 'VERB' || cueWords().lightVerbs.has(q.lemmas[v] ?? '')) return undefined;
  // (Grounded only now: most questions are no such act, and grounding is the costly part.)
  const grounded = ground();
  const k = grounded.terms.findIndex((t) => t.at === v);
  const [top] = grounded.ranked;
  if (k < 0 || !top || top.missingNames.length > 0 || top.missingTerms.some((t) => !t.verb)) return undefined;
  // The best-grounded sentence alone: of two that hold the words as well, the one with more of the question's
  // words as typed ("<X> channels"), else none, since another may say something else.
  const typed = (g: Grounding) => {
    const normals = new Set(g.units.flatMap((u) => sentences[u]?.tokens.map((t) => t.normal) ?? []));
    return q.normals.filter((w, i) => q.pos[i] !== 'DET' && q.pos[i] !== 'PUNCT' && normals.has(w)).length;
  };
  const tied = grounded.ranked
    .filter((g) => g.missingTerms.length === top.missingTerms.length && g.score === top.score)
    .map((g) => ({ g, typed: typed(g) }))
    .sort((a, b) => b.typed - a.typed);
  if (tied.length > 1 && tied[0]?.typed === tied[1]?.typed) return undefined;
  const best = tied[0]?.g ?? top;
  const ts = sentences[best.units[0] ?? -1];
  const at = (best.lists[k] ?? []).find(
    (p) => p >= 0 && p < (ts?.tokens.length ?? 0) && ts?.tokens[p]?.pos === 'VERB',
  );
  if (!ts || at === undefined) return undefined;
  // ("lead to what" of "lead to <X>": the particles the question has are skipped there too, a few words on at
  // most: "ask for what" of "called on <a day> for <X>"; or none, of a verb with its object straight after it:
  // "a follow up to what" of "follows <X>".)
  let after = at + 1;
  const direct = /^(?:DET|NOUN|PROPN|ADJ|NUM)$/.test(ts.tokens[after]?.pos ?? '');
  for (const w of particles) {
    const found = ts.tokens.findIndex((t, i) => i >= after && i < after + 4 && t.normal === w);
    if (found >= 0) after = found + 1;
    else if (!direct) return undefined;
  }
  // (A pronoun there says nothing of what: "would make it harder" is no thing made.)
  if (ts.tokens[after]?.pos === 'PRON') return undefined;
  const phrase = phraseAt(ts, after, true);
  return phrase === undefined ? undefined : { sentence: ts, phrase };
}
