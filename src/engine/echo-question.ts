/**
 * An echo question: the article's own words with "what" where the answer stands ("the <nth> round of what?",
 * "the talks were the <nth> round of what exactly"). The words before "what" must stand together in one
 * sentence, and the answer is the phrase that follows them there.
 */
import type { TokenSentence } from '../ingest/sentence-tokens.js';
import type { ParsedQuestion } from '../nlp/parse-question.js';
import { cueWords } from './cue-words.js';

/** Words that may end the words echoed, before "what": a preposition or article asks for what follows. */
const BEFORE_WHAT = /^(?:of|into|to|for|with|about|over|from|by|on|in|the|a|an)$/;
/** Where the phrase after the echoed words ends: a clause or another phrase begins. */
const PHRASE_END = /^(?:which|that|who|whom|whose|where|when|while|and|but|as|after|before|because|since)$/;
const MIN_ECHO = 2;
const MAX_ECHO = 5;
const MAX_ANSWER = 10;

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
  const fronted = /^(?:what|which)$/.test(kept[0]?.w ?? '') && kept.slice(1).every((k) => k.pos !== 'VERB');
  const ordered = fronted ? [...kept.slice(1), { w: 'what', pos: 'PRON' }] : kept;
  const words = ordered.map((k) => k.w);
  const last = words.length - 1;
  const least = followUp ? 1 : MIN_ECHO;
  if (last < least || !/^(?:what|which)$/.test(words[last] ?? '')) return undefined;
  if (!BEFORE_WHAT.test(words[last - 1] ?? '')) return undefined;
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
    const { ts, after } = hit;
    const phraseEnd = (from: number) => {
      let end = from;
      while (
        end < ts.tokens.length &&
        end - from < MAX_ANSWER &&
        // (A hyphen joins words: "<A>-<B> talks".)
        (ts.tokens[end]?.pos !== 'PUNCT' || /^[-–]$/.test(ts.tokens[end]?.raw ?? '')) &&
        // (A verb ends the phrase, but not one a preposition takes: "the goal of maintaining <X>".)
        (ts.tokens[end]?.pos !== 'VERB' || (end > from && ts.tokens[end - 1]?.pos === 'ADP')) &&
        !PHRASE_END.test(ts.tokens[end]?.normal ?? '')
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
    const first = ts.tokens[after];
    const lastToken = ts.tokens[end - 1];
    if (!first || !lastToken || end === after) return undefined;
    return { sentence: ts, phrase: ts.sentence.text.slice(first.start, lastToken.end) };
  }
  return undefined;
}
