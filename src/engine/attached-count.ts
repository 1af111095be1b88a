/**
 * "how many orange trees were cut down", "how much was the contract worth", "how much did the group raise": the
 * one number the article attaches to the thing counted ("felled 14 orange trees", "the 31 million euro
 * contract") or to the act ("had raised 48,000 euros"), when the reader found no sentence holding every word of
 * the question. Answered only when exactly one such number is found, in a sentence naming whoever the question
 * names and holding each of its verbs (or the article's word for it), the act nearest the number.
 */
import type { Gazetteer } from '../ingest/gazetteer.js';
import type { Token, TokenSentence } from '../ingest/sentence-tokens.js';
import type { ParsedQuestion } from '../nlp/parse-question.js';
import { cueWords } from './cue-words.js';
import type { IntentReply } from './intent.js';
import { doneAsked, plannedAt } from './planned-acts.js';
import type { SentenceIndex } from './sentence-index.js';

/** A year is a date, not a count or an amount. */
const YEAR = /^(?:1[89]|20)\d\d$/;

const isNumber = (t: Token | undefined): boolean =>
  t !== undefined && t.pos === 'NUM' && !YEAR.test(t.normal) && /\d|^[a-z]+$/.test(t.normal);

/** The amount whose number tokens run from `from`: a currency sign before, scales, and a unit after. */
function amountAt(
  tokens: readonly Token[],
  from: number,
  gazetteer: Gazetteer,
): { text: string; end: number } {
  let start = from;
  if (gazetteer.currencies.has(tokens[from - 1]?.raw ?? '')) start = from - 1;
  let end = from;
  while (isNumber(tokens[end + 1]) || gazetteer.numberScales.has(tokens[end + 1]?.normal ?? '')) end++;
  const unit = tokens[end + 1]?.normal ?? '';
  if (gazetteer.currencies.has(unit) || gazetteer.measureUnits.has(tokens[end + 1]?.lemma ?? '')) end++;
  const text = tokens
    .slice(start, end + 1)
    .map((t, i) =>
      // (No space after a currency sign, however wink tags it: "A$9.4".)
      i > 0 &&
      !(
        t.pos === 'NUM' &&
        (tokens[start + i - 1]?.pos === 'SYM' || gazetteer.currencies.has(tokens[start + i - 1]?.raw ?? ''))
      )
        ? ` ${t.raw}`
        : t.raw,
    )
    .join('');
  return { text, end };
}

/** Whether the tokens from..end are money or a measure: a currency sign or word, a unit, a percentage. */
function isAmount(tokens: readonly Token[], from: number, end: number, gazetteer: Gazetteer): boolean {
  return tokens
    .slice(Math.max(0, from - 1), end + 2)
    .some(
      (t) =>
        gazetteer.currencies.has(t.raw) ||
        gazetteer.currencies.has(t.normal) ||
        gazetteer.measureUnits.has(t.lemma) ||
        gazetteer.percentWords.includes(t.normal),
    );
}

/**
 * Whether the number at `p` is said of the act asked: the act nearest it is one of the question's verbs, or a
 * participle of one is in its phrase ("380 damaged homes"); with no act asked ("how many <X> does <A> have"), the
 * number is not the subject of an act ("3,000 students marched" is no count of the students <A> has).
 */
function isOwnAct(
  tokens: readonly Token[],
  p: number,
  verbs: readonly string[],
  index: SentenceIndex,
): boolean {
  let nearest: Token | undefined;
  let nearestAt = -1;
  tokens.forEach((x, i) => {
    if (x.pos !== 'VERB' || cueWords().countLightVerbs.has(x.lemma) || x.lemma === 'say') return;
    if (nearestAt >= 0 && Math.abs(i - p) >= Math.abs(nearestAt - p)) return;
    nearest = x;
    nearestAt = i;
  });
  if (verbs.length === 0) return nearestAt < p;
  // ("agreed to buy 55 percent of <X>, one of <Y>, for $410 million, betting that ...": a sum "for" which
  // something is done is that act's, the last verb before it, whatever comes after.)
  if (tokens.slice(Math.max(0, p - 2), p).some((x) => x.normal === 'for')) {
    const before = tokens
      .slice(0, p)
      .findLast((x) => x.pos === 'VERB' && !cueWords().countLightVerbs.has(x.lemma) && x.lemma !== 'say');
    if (before && verbs.some((v) => index.key(v) === index.key(before.lemma))) return true;
  }
  // ("cut raids on farms bordering the park by 64 percent": a change "by" an amount is of an act asked earlier in
  // the same clause, whatever verb describes a noun between.)
  if (tokens[p - 1]?.normal === 'by') {
    for (let i = p - 2; i >= 0; i--) {
      const x = tokens[i];
      if (!x || x.raw === ',' || x.raw === ';' || x.pos === 'CCONJ') break;
      if (x.pos === 'VERB' && verbs.some((v) => index.key(v) === index.key(x.lemma))) return true;
    }
  }
  // (Or the act close by, whatever else wink tags a verb between: "insured for a combined 4.2 million",
  // "146 millimetres of rain fell", "380 damaged homes".)
  const near = tokens
    .slice(Math.max(0, p - 5), p + 5)
    .some((x) => verbs.some((v) => index.key(v) === index.key(x.lemma)));
  return near || verbs.some((v) => index.key(v) === index.key(nearest?.lemma ?? ''));
}

type Lists = ReturnType<typeof cueWords>['lists'];
/** The patterns of totals and rates, built once per word lists (not per question). */
const patterns = new WeakMap<
  Lists,
  { totalAsked: RegExp; totalSaid: RegExp; rates: { asked: RegExp; said: RegExp }[] }
>();
function patternsOf(lists: Lists) {
  let made = patterns.get(lists);
  if (!made) {
    const anyOf = (words: readonly string[]) => new RegExp(`\\b(?:${words.join('|')})\\b`, 'i');
    made = {
      totalAsked: anyOf(lists.totalAskedWords),
      totalSaid: anyOf(lists.totalSaidWords),
      // ("per year", "yearly", "daily": the rate asked; the sentence must say it, "annual" for a year.)
      rates: lists.rateUnits.map((u) => ({
        asked: new RegExp(`\\b(?:(?:per|a|an|each|every)\\s+${u}|${u.replace(/y$/, 'i')}ly|${u}ly)\\b`, 'i'),
        // (Said as a rate too, not as a word before another: "paid night patrols" gives no nightly sum.)
        said: new RegExp(
          `\\b(?:(?:per|a|an|each|every)\\s+${u}|${u.replace(/y$/, 'i')}ly|${u}ly|${u === 'year' ? 'annual' : `${u}(?!\\s+[a-z])`})`,
          'i',
        ),
      })),
    };
    patterns.set(lists, made);
  }
  return made;
}

/** Where "how many" or "how much" puts its "many"/"much", or -1. */
const howManyAt = (q: ParsedQuestion): number =>
  q.normals.findIndex((w, i) => (w === 'many' || w === 'much') && q.normals[i - 1] === 'how');

/** The question's verbs of the act, after "many"/"much" at `at`, or undefined when it is no such question. */
function actsAsked(q: ParsedQuestion, at = howManyAt(q)): string[] | undefined {
  // (wink tags a progressive after its subject a noun: "how many stores is the chain closing".)
  const progressive = (i: number) =>
    q.pos[i] === 'NOUN' &&
    /ing$/.test(q.normals[i] ?? '') &&
    /^(?:NOUN|PROPN|PRON)$/.test(q.pos[i - 1] ?? '') &&
    q.lemmas.slice(at + 1, i).includes('be');
  return at < 0
    ? undefined
    : q.lemmas.filter(
        (l, i) => i > at && (q.pos[i] === 'VERB' || progressive(i)) && !cueWords().countLightVerbs.has(l),
      );
}

/**
 * Whether a number a sentence reader gave for "how many/much" is said there of another act than the question's,
 * every verb of which the sentence has: "spent about 6.5 million euros and would seek compensation" gives no
 * amount of the compensation sought.
 */
export function numberOfOtherAct(q: ParsedQuestion, index: SentenceIndex, reply: IntentReply): boolean {
  const verbs = actsAsked(q);
  const number = /^[$£€¥]?\s?([\d][\d,.]*)/.exec(reply.text)?.[1];
  if (!verbs?.length || !number || reply.citations.length === 0) return false;
  const cited = reply.citations.flatMap(
    (c) => index.sentences.find((s) => s.sentence.n === c.sentence) ?? [],
  );
  const has = (ts: TokenSentence) => (v: string) =>
    ts.tokens.some((t) => /^(?:VERB|ADJ)$/.test(t.pos) && index.key(t.lemma) === index.key(v));
  // ("would buy a new set of clocks ... This year's tournament carried a prize fund of $250,000": of two
  // sentences quoted, a number (less the full stop of a lead ending with it) from the one without the act asked
  // is the other's, when the other has it.)
  if (cited.length > 1) {
    const bare = number.replace(/[.,]+$/, '');
    const withNumber = cited.find((s) => s.tokens.some((t) => t.raw === bare));
    return (
      withNumber !== undefined &&
      !verbs.every(has(withNumber)) &&
      cited.some((s) => s !== withNumber && verbs.every(has(s)))
    );
  }
  const [ts] = cited;
  if (!ts || !verbs.every(has(ts))) return false;
  // (Wherever the number stands: "<CITY>, May 20 (Reuters) - ... docked 20 points" has it twice.)
  const at = ts.tokens.flatMap((t, k) => (t.raw === number ? [k] : []));
  return at.length > 0 && !at.some((k) => isOwnAct(ts.tokens, k, verbs, index));
}

/** The numbers the article attaches to what a how-many/how-much question counts, by their text; undefined when
 * the question is not one, or names nothing to attach a number to. */
export function attachedCounts(
  q: ParsedQuestion,
  index: SentenceIndex,
  gazetteer: Gazetteer,
): ReadonlyMap<string, TokenSentence> | undefined {
  const at = howManyAt(q);
  if (at < 0) return undefined;
  const many = q.normals[at] === 'many';
  // The thing counted: the nouns after "how many" (past adjectives), the last of them its head.
  let h = at + 1;
  while (h < at + 4 && q.pos[h] === 'ADJ') h++;
  // (A singular noun qualifying the next, "parking spaces"; not a plural and a verb wink tags a noun, "people work".)
  while (
    q.pos[h] === 'NOUN' &&
    q.pos[h + 1] === 'NOUN' &&
    q.lemmas[h] === q.normals[h] &&
    !cueWords().peopleNouns.has(q.normals[h] ?? '')
  )
    h++;
  const after = q.pos[h] === 'NOUN' ? q.lemmas[h] : undefined;
  // ("how much was the contract worth": the thing before "worth".)
  const worthAt = q.normals.indexOf('worth');
  const worthOf =
    worthAt > at
      ? q.lemmas.slice(at + 1, worthAt).findLast((_l, i) => q.pos[at + 1 + i] === 'NOUN')
      : undefined;
  const head = after && !cueWords().moneyNouns.has(after) ? after : worthOf;
  if (many && !head) return undefined;
  const verbs = actsAsked(q, at) ?? [];
  // (Nothing counted and no act: "how much is it" says nothing to find the number by.)
  if (!head && verbs.length === 0) return undefined;
  // (Every verb of the question must be in the sentence, as the article's word for the act: a number said of
  // another act, or of one the article never reports, is no answer: "how many people live on <the island>" of
  // "1,100 people were evacuated".)
  const named = q.mentions.filter((m) => m.start >= 0 && !m.id.startsWith('event:'));
  const years = q.text.match(/\b(?:19|20)\d\d\b/g) ?? [];
  // (A total asked, "in total", "altogether": a number of some of them, in one act, is not it.)
  const { totalAsked, totalSaid, rates } = patternsOf(cueWords().lists);
  const total = totalAsked.test(q.text);
  // (A name the article never uses is someone or somewhere else: "how many cases has <another province> had".)
  if (q.unknownWords.some((w) => q.pos[q.normals.indexOf(w)] === 'PROPN')) return undefined;
  // ("how much was <A> paid per year": a rate asked, which a sentence without its unit does not give.)
  const rateSaid = rates.find((r) => r.asked.test(q.text))?.said;
  const found = new Map<string, TokenSentence>();
  index.sentences.forEach((ts, n) => {
    if (n === index.headlineAt) return;
    const before = index.sentences[n - 1];
    const names = (id: string, s: TokenSentence | undefined) =>
      s !== undefined && index.names(id, s).length > 0;
    if (!named.every((m) => names(m.id, ts) || names(m.id, before))) return;
    const { tokens } = ts;
    // (A year the question gives must be the sentence's: "how many seats did <A> win in <an earlier year>".)
    if (!years.every((y) => ts.sentence.text.includes(y))) return;
    if (total && !totalSaid.test(ts.sentence.text)) return;
    if (rateSaid && !rateSaid.test(ts.sentence.text)) return;
    // (As a verb or a participle: "works" the noun is no "work", "380 damaged homes" is "damaged".)
    const has = (lemma: string) =>
      tokens.some((t) => /^(?:VERB|ADJ)$/.test(t.pos) && index.key(t.lemma) === index.key(lemma));
    if (!verbs.every(has)) return;
    // (The act nearest the number must be one the question asks of: "12 barrels were stored" in a sentence that
    // says something else was found is no count of barrels found.)
    const ownAct = (p: number) => isOwnAct(tokens, p, verbs, index);
    tokens.forEach((t, k) => {
      if (head !== undefined) {
        if (index.key(t.lemma) !== index.key(head)) return;
        // Back past the words qualifying it ("14 orange trees", "the 31 million euro contract", "a 420-space").
        let j = k - 1;
        while (j > k - 4 && !isNumber(tokens[j]) && /^(?:ADJ|NOUN|PROPN|PUNCT)$/.test(tokens[j]?.pos ?? '')) {
          if (tokens[j]?.pos === 'PUNCT' && tokens[j]?.raw !== '-') break;
          j--;
        }
        if (isNumber(tokens[j]) && ownAct(j)) {
          let first = j;
          while (isNumber(tokens[first - 1]) || gazetteer.numberScales.has(tokens[first - 1]?.normal ?? ''))
            first--;
          const amount = amountAt(tokens, first, gazetteer);
          // ("how many": a count of the thing, not of a unit that measures it, "a two-acre park".)
          if (many && tokens.slice(j + 1, k).some((x) => gazetteer.measureUnits.has(x.lemma))) return;
          // ("how much": an amount of money or a measure, not a bare count, "14 paintings".)
          if (!many && !isAmount(tokens, first, amount.end, gazetteer)) return;
          const counted = many
            ? `${amount.text} ${tokens
                .slice(amount.end + 1, k + 1)
                .map((x) => x.raw)
                .join(' ')}`.replace(/ - /g, '-')
            : amount.text;
          found.set(counted, ts);
          return;
        }
        // ("revenue fell to 48 million euros": an amount a verb and a preposition away, for "how much".)
        if (many) return;
        // ("how much profit" of "profit rose 31 percent to <a sum>": a sum, the first in its clause.)
        if (cueWords().sumNouns.has(head)) {
          for (let f = k + 1; f < tokens.length && !/^[,;.]$/.test(tokens[f]?.raw ?? ''); f++) {
            if (!isNumber(tokens[f]) || !ownAct(f)) continue;
            const amount = amountAt(tokens, f, gazetteer);
            const unit = tokens[amount.end]?.normal ?? '';
            if (gazetteer.currencies.has(unit) || gazetteer.currencies.has(tokens[f - 1]?.raw ?? '')) {
              found.set(amount.text, ts);
              return;
            }
          }
          return;
        }
        for (let f = k + 1; f <= k + 4; f++) {
          const x = tokens[f];
          if (!x || !/^(?:VERB|ADP|AUX|ADV|DET|PART)$/.test(x.pos)) break;
          if (isNumber(tokens[f + 1]) && ownAct(f + 1)) {
            const amount = amountAt(tokens, f + 1, gazetteer);
            if (isAmount(tokens, f + 1, amount.end, gazetteer)) found.set(amount.text, ts);
            return;
          }
        }
        return;
      }
      // ("how much did the group raise": the amount straight after the act, "raised 48,000 euros".)
      if (!verbs.some((v) => index.key(v) === index.key(t.lemma)) || t.pos !== 'VERB') return;
      // (Not an act only planned, "had planned to spend <X>", when it is asked as done: "how much did it spend".)
      if (plannedAt(tokens, k) && doneAsked(q)) return;
      let f = k + 1;
      while (cueWords().roundingWords.has(tokens[f]?.normal ?? '') || tokens[f]?.pos === 'DET') f++;
      if (isNumber(tokens[f]) || gazetteer.currencies.has(tokens[f]?.raw ?? '')) {
        const from = isNumber(tokens[f]) ? f : f + 1;
        const amount = amountAt(tokens, from, gazetteer);
        // (An amount of money or a measure, not a bare count of something else: "raised 3 concerns".)
        const unit = tokens[amount.end]?.normal ?? '';
        if (gazetteer.currencies.has(unit) || gazetteer.currencies.has(tokens[from - 1]?.raw ?? ''))
          found.set(amount.text, ts);
      }
    });
  });
  return found;
}

/** The one number attached, as an answer; undefined when none or several are. */
export function attachedCount(
  q: ParsedQuestion,
  index: SentenceIndex,
  gazetteer: Gazetteer,
): IntentReply | undefined {
  const found = attachedCounts(q, index, gazetteer);
  if (found?.size !== 1) return undefined;
  const [[text, ts]] = [...found] as [[string, TokenSentence]];
  return {
    answered: true,
    text: `${text.charAt(0).toUpperCase()}${text.slice(1)}. The article: "${ts.sentence.text}"`,
    citations: [{ sentence: ts.sentence.n, text: ts.sentence.text }],
    confidence: 0.65,
  };
}
