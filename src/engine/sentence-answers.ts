/** What a sentence says in answer to a kind of question: the date, place, person, number or reason in it. */
import type { FactStore } from '../facts/fact-store.js';
import type { Entity } from '../facts/schema.js';
import type { FoundDate } from '../ingest/find-dates.js';
import { loadGazetteer } from '../ingest/gazetteer.js';
import { datelineEnd, filedByEnd } from '../ingest/infer-reference-date.js';
import type { Token, TokenSentence } from '../ingest/sentence-tokens.js';
import type { ParsedQuestion } from '../nlp/parse-question.js';
import { cueWords } from './cue-words.js';
import { escapeRegExp } from './escape-reg-exp.js';
import { asksOrigin, originBefore } from './origin.js';
import { sideOf } from './parties.js';
import { placeAfterNoun } from './place-after-noun.js';
import {
  asksCause,
  asksForBody,
  asksStateGoingOn,
  asksWhoSaid,
  contentVerbs,
  hasPhrase,
  namesSide,
  onlyBeVerb,
} from './question-cues.js';
import { reasonIn } from './reason-in-sentence.js';
import { loadEquivalents } from './word-tables.js';
import { capitalize, WEEKDAYS } from './wording.js';

const WEEKDAY_WORDS: ReadonlySet<string> = new Set(WEEKDAYS.map((w) => w.toLowerCase()));

/** Whether the number at k opens a clause about a named place the question does not name ("<X>, where 140 ..."). */
function inOtherPlace(ts: TokenSentence, k: number, q: ParsedQuestion): boolean {
  let w = k - 1;
  while (w > k - 3 && ts.tokens[w]?.normal !== 'where' && /^(?:ADV|ADJ|DET)$/.test(ts.tokens[w]?.pos ?? ''))
    w--;
  if (ts.tokens[w]?.normal !== 'where') return false;
  let place = w - 1;
  if (ts.tokens[place]?.raw === ',') place--;
  // (The whole name, any word of which the question may use for it: "her hospital" of "<X> Hospital <Y>".)
  const name: Token[] = [];
  for (let t = ts.tokens[place]; t && /^\p{Lu}/u.test(t.raw); t = ts.tokens[--place]) name.push(t);
  return name.some((t) => t.pos === 'PROPN') && !name.some((t) => q.normals.includes(t.normal));
}

const TENS = /^(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)$/;
/** Whether the number word at `k` ends a compound number written with a hyphen ("fifty-five"). */
const compoundAt = (ts: TokenSentence, k: number) =>
  /^(?:one|two|three|four|five|six|seven|eight|nine)$/.test(ts.tokens[k]?.normal ?? '') &&
  ts.tokens[k - 1]?.raw === '-' &&
  TENS.test(ts.tokens[k - 2]?.normal ?? '');
/** "by <Name>", "by the <Name>", "by <City>-based <Name>": the doer of a passive verb, named next. */
const BY_BEFORE = /\bby\s+(?:the\s+)?(?:[\p{L}]+-based\s+)?$/u;
/** What makes the number before it a share ("90%", "38 percent", "12 per cent"). */
const PERCENT_AFTER = /^(?:%|percent|per)$/;
const NUMBER_WORDS = new Set([
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'fifteen',
  'twenty',
  'thirty',
  'forty',
  'fifty',
  'sixty',
  'seventy',
  'eighty',
  'ninety',
  'hundred',
  'dozen',
  'dozens',
  'hundreds',
  'thousands',
  'half',
]);
// "in Seoul", "at the ministry", "in the northern region of Antofagasta".
const LOCATIVE = /\b(in|on|at|from|near|outside|inside|to|into|across)\s+(the\s+)?([\w-]+\s+){0,3}(of\s+)?$/i;
/** Tokens between a place and the nearest word of the question, beyond which the place is someone else's. */
const MAX_PLACE_DISTANCE = 10;
/** Verbs that say little of an act by themselves ("where did it happen", "where was it held"). */
const LIGHT_VERBS: ReadonlySet<string> = new Set([
  'be',
  'do',
  'have',
  'happen',
  'take',
  'go',
  'get',
  'hold',
  'occur',
]);

/**
 * What kind of thing the question wants: "what day" and "which year" want a date, "which general" and
 * "which official" a person, as "when" and "who" do.
 */
export function answerKind(q: ParsedQuestion, roles?: ReadonlySet<string>): string | undefined {
  if (q.wh === 'whom') return 'who';
  if (q.wh !== 'what' && q.wh !== 'which') return q.wh;
  // ("what caused the <X>", "what led to it": a reason asked, as "why" asks it.)
  if (asksCause(q)) return 'why';
  const at = q.normals.indexOf(q.wh);
  const noun = q.normals.slice(at + 1, at + 4).find((_w, k) => q.pos[at + 1 + k] === 'NOUN');
  if (noun && cueWords().timeNouns.has(noun)) return 'when';
  if (noun && (cueWords().personNouns.has(noun) || roles?.has(noun) || roles?.has(noun.replace(/s$/, ''))))
    return 'who';
  return q.wh;
}

// (Not "a second <noun>": "a second route" is another one, no time.)
const DURATION =
  /\b(?:about |almost |nearly |more than |less than |over |under |just |at least |up to )?(?:\d[\d,.]*|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|several|a few)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))? ?-?(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?)(?: later| earlier| long)?\b(?<!\ban? second\b(?=\s+(?!later|earlier|long)[a-z]))/gi;

/** A thing's age: "about 9,000 years ago", "more than 200 years old", "centuries old". */
const THING_AGE =
  /\b(?:about |some |more than |nearly |almost |roughly |around |over |at least )?(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|a few|several|hundreds of|thousands of)(?:[- ](?:hundred|thousand|million))? (?:(?:years?|decades?|centuries|century|millennia) (?:ago|old)|(?:days?|weeks?|months?) old)\b/gi;

/** The smaller units that follow a time in days or hours: ", 10 hours and 17 minutes". */
const TIME_PARTS = /^(?:,?\s+(?:and\s+)?\d{1,3}\s+(?:hours?|minutes?|seconds?))+/i;

// ("until at least the end of the month", "until August 2028": up to the clause's end, briefly.)
const UNTIL =
  /\b(?:until|till)\s+(?:at least\s+)?(?:the\s+)?[\p{L}\d](?:[^.;,()"]|(?<=\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec))\.){1,40}?(?:(?<!\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec))(?=[.;,()"])|(?=\s+(?:and|but|when|while|because|as|after|before)\b|$))/giu;

// ("would report within 30 days": a stretch ahead, which says when only from the day it was said.)
/** "by the end of the year": when something still to come is due, as a stretch's end. */
const BY_END_OF =
  /\bby the end of (?:the|this|next) (?:year|month|week|summer|winter|spring|autumn|season|decade)\b/gi;
const WITHIN =
  /\bwithin\s+(?:the\s+next\s+)?(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve|several|a few)\s+(?:hours?|days?|weeks?|months?|years?)\b/gi;

// ("<A> filed the claim the following month", "two weeks later": a time told from what the article reports before
// it, which gives no date of its own.)
const RELATIVE_TIME =
  /\b(?:the (?:following|next|previous) (?:day|morning|evening|night|week|weekend|month|year|spring|summer|autumn|fall|winter)|(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a few|\d+) (?:days?|weeks?|months?|years?) (?:later|earlier|afterwards?)(?! than))\b/gi;

/** A share said as a fraction: "less than a tenth", "about two thirds", "half". */
const FRACTION =
  /\b(?:(?:less than|more than|about|nearly|almost|roughly|around|over|under|just over|just under|some) )?(?:(?:a|one|two|three|four|nine) (?:half|third|quarter|fifth|sixth|tenth|hundredth)s?|half)\b(?= of\b)/gi;

// ("began surfing at the age of 11": when, as an age.)
const AGE_AT = /\b(?:at the age of|at age|aged)\s+\d{1,3}\b/gi;

// ("since 2009", "since the railway moved out in 2009": up to the year that dates it.)
const SINCE = /\bsince\b[^.;,]{0,80}?\b(?:1[89]|20)\d\d\b/gi;

/** "since <a year>" near the question's words: when a state still holding began. */
function sinceNear(sentences: readonly TokenSentence[], near: (ts: TokenSentence, k: number) => number) {
  return sentences
    .flatMap((ts) =>
      [...ts.sentence.text.matchAll(SINCE)].map((m) => ({
        text: m[0],
        dist: near(
          ts,
          ts.tokens.findIndex((t) => t.start >= (m.index ?? 0)),
        ),
      })),
    )
    .filter((s) => s.dist <= 6)
    .sort((a, b) => a.dist - b.dist)[0]?.text;
}

/** Whether a length joined to the noun after it ("96-metre track") measures a thing the question does not name. */
function sizeOfOther(after: string, length: string, q: ParsedQuestion): boolean {
  if (!/^\d[\d.,]*-\p{L}/u.test(length)) return false;
  const noun = /^\s+(\p{L}+)/u.exec(after)?.[1]?.toLowerCase();
  if (!noun) return false;
  const stem = noun.slice(0, 5);
  return !q.normals.some((w) => w.slice(0, 5) === stem) && !q.lemmas.some((l) => l.slice(0, 5) === stem);
}

/** Whether the number at `k` is of a thing another's possessive owns ("The winner's cheque is worth <X>"), the
 * question's own nouns standing only after it in the sentence. */
/**
 * "how big a stake does <A> have" of "<A>'s stake made ... accept the offer, which is 48 percent above ...": a number
 * in a relative clause set off by a comma, past every word the question matched and not on a noun it matched, is
 * said of that other noun.
 */
function inOtherRelative(ts: TokenSentence, k: number, at: readonly number[]): boolean {
  if (at.length === 0) return false;
  for (let r = k - 1; r > 0; r--) {
    if (at.includes(r)) return false;
    const t = ts.tokens[r];
    if (t && cueWords().relativePronouns.has(t.normal) && ts.tokens[r - 1]?.raw === ',')
      return at.every((p) => p < r - 2);
  }
  return false;
}

function ownedByOther(ts: TokenSentence, k: number, q: ParsedQuestion): boolean {
  const asked = new Set(q.lemmas.filter((_l, i) => q.pos[i] === 'NOUN'));
  for (let j = k - 1; j >= Math.max(1, k - 8); j--) {
    const t = ts.tokens[j];
    // (Past a conversion in brackets: "150,000 rand ($8,400)".)
    if (t?.pos === 'PUNCT' && !['-', '('].includes(t.raw)) return false;
    // (Not past a preposition: "the country's biggest operator with 58 million subscribers" are the operator's.)
    if (t?.pos === 'ADP') return false;
    if (t?.raw !== "'s") continue;
    const owner = ts.tokens[j - 1];
    if (owner?.pos !== 'NOUN' || asked.has(owner.lemma)) return false;
    return ts.tokens.some((x, p) => p > k && x.pos === 'NOUN' && asked.has(x.lemma));
  }
  return false;
}

/** How many tokens from the question's nearest word a stretch of time or a length may be. */
const MAX_SPAN_DISTANCE = 12;

/** A length: "7.4-kilometre", "12 miles", "300 metres long", "up to 16 storeys" (a height). */
const LENGTH_UNITS =
  '(?:nautical )?(?:kilometres?|kilometers?|km|centimetres?|centimeters?|cm|millimetres?|millimeters?|mm|metres?|meters?|miles?|feet|foot|inches|inch|yards?|storeys?|stories|floors?)';
/** A number as written: digits, or words ("six", "twenty-five", "a few hundred"). */
const AMOUNT = `(?:\\d[\\d,.]*|(?:${[...NUMBER_WORDS].filter((w) => !/s$/.test(w) && w !== 'half').join('|')})(?:[- ](?:one|two|three|four|five|six|seven|eight|nine|hundred|thousand))?)`;
const LENGTH = new RegExp(
  `\\b(?:about |almost |nearly |roughly |around |more than |some |up to )?${AMOUNT}(?: ?-| )${LENGTH_UNITS}(?: long)?\\b`,
  'gi',
);

/** "what time did <X>", "at what time", "what hour": a time of day asked, not a date. */
export const asksClockTime = (q: ParsedQuestion): boolean =>
  q.normals.some(
    (w, i) =>
      /^(?:what|which)$/.test(w) &&
      /^(?:time|times|hour|hours)$/.test(q.normals[i + 1] ?? '') &&
      q.normals[i + 2] !== 'period',
  );

/** A time of day as written: "10:40 a.m.", "about 2 p.m.", "23:52", "shortly after midnight". */
const CLOCK =
  /\b(?:(?:at )?(?:about|around|roughly|shortly (?:before|after)|just (?:before|after)) )?(?:\d{1,2}(?:[:.]\d{2})?\s*(?:a\.m\.|p\.m\.|am\b|pm\b)|\d{1,2}:\d{2}\b|noon\b|midnight\b)/gi;

/** A stretch of the day: "from 12 p.m. to 5 p.m.", "between noon and 5 p.m.". */
const CLOCK_RANGE = new RegExp(
  `\\b(?:from|between)\\s+(?:${CLOCK.source})\\s+(?:to|and|until|till)\\s+(?:${CLOCK.source})`,
  'gi',
);

/** Where a sentence gives times of day (CLOCK), worked out once per sentence. */
const CLOCKS = new WeakMap<TokenSentence, [number, number][]>();
function clocksIn(ts: TokenSentence): [number, number][] {
  let spans = CLOCKS.get(ts);
  if (!spans) {
    spans = [...ts.sentence.text.matchAll(CLOCK)].map((m) => [m.index ?? 0, (m.index ?? 0) + m[0].length]);
    CLOCKS.set(ts, spans);
  }
  return spans;
}

/**
 * Whether a length at `from` in `text` is given as a named dimension other than the one asked ("at a depth of 38
 * metres" for "how long is the fish"): cue-words' dimensionNouns pair each noun with the words that ask for it.
 */
function ofOtherDimension(text: string, from: number, askedWord: string): boolean {
  const noun = /\b([a-z]+) of (?:about |some |nearly |almost |around |roughly |up to |more than )?$/i
    .exec(text.slice(Math.max(0, from - 40), from))?.[1]
    ?.toLowerCase();
  if (!noun) return false;
  const entry = cueWords()
    .lists.dimensionNouns.find((e) => e.startsWith(`${noun} `))
    ?.split(' ');
  return entry !== undefined && !entry.includes(askedWord);
}

/** The words cue-words' dimensionCues lists for a dimension ("deep": "depth", "below" ...), if it lists any. */
const cuesOfDimension = (dimension: string): readonly string[] | undefined =>
  cueWords()
    .lists.dimensionCues.find((e) => e.startsWith(`${dimension} `))
    ?.split(' ')
    .slice(1);

/**
 * Whether a length is said with one of a dimension's words just before or after it ("at a depth of", "below the
 * surface"); any length when the dimension has no such words.
 */
function saidOfDimension(text: string, m: RegExpMatchArray, cues: readonly string[] | undefined): boolean {
  if (!cues) return true;
  const from = m.index ?? 0;
  const around = `${text.slice(Math.max(0, from - 30), from)} ${text.slice(from + m[0].length, from + m[0].length + 30)}`;
  return around
    .toLowerCase()
    .split(/[^\p{L}-]+/u)
    .some((w) => cues.includes(w) || w.split('-').some((p) => cues.includes(p)));
}

/** A length with the start of the range it ends, "between 480 and 620 metres", as the sentence gives it. */
function withRangeStart(text: string, m: RegExpMatchArray): string {
  const before = /\b(between|from)\s+((?:about |some |roughly )?\d[\d,.]*)\s+(and|to)\s+$/i.exec(
    text.slice(Math.max(0, (m.index ?? 0) - 30), m.index ?? 0),
  );
  return before ? `${before[1]} ${before[2]} ${before[3]} ${m[0]}` : m[0];
}

/** What makes a length a speed, right after it: "an hour", "per second". */
const PER_TIME = /^\s+(?:(?:an?|per|each) (?:hour|minute|second|day)\b|an? h\b|\/h\b)/i;
/** Whether a match of a length in a sentence is a speed's: "11 kilometres per hour". */
const isSpeed = (text: string, m: RegExpMatchArray) =>
  PER_TIME.test(text.slice((m.index ?? 0) + m[0].length));

/** A speed: "20 metres an hour", "about 3 km per hour", "12 knots", "40 km/h". */
const SPEED = new RegExp(
  `\\b(?:about |almost |nearly |roughly |around |more than |up to )?${AMOUNT}(?: ?-| )(?:${LENGTH_UNITS} (?:an?|per|each) (?:hour|minute|second|day)|knots|km/h|kph|mph)\\b`,
  'gi',
);

/** A currency's word ("euros", "kronor") or a number's scale ("million"), from the gazetteer's lists. */
const isCurrency = (w: string) => /^[a-z]/i.test(w) && loadGazetteer().currencies.has(w.toLowerCase());
const isScale = (w: string) => /^[a-z]{3,}$/i.test(w) && loadGazetteer().numberScales.has(w.toLowerCase());
/** A unit of time, singular or plural. */
export const TIME_UNIT = /^(second|minute|hour|day|week|month|year|decade)s?$/;
const UNITS = /^(percent|%|per|million|billion|thousand|euros?|dollars?|pounds?|points?)$/i;

const asksPercent = (q: ParsedQuestion) =>
  q.normals.some((w) => w === '%' || w === 'percent' || w === 'percentage');

/** "How many ...", "how much ...", and "what % voted yes", "how big is the pay rise": an amount. */
/** Words of a sum or scale inside a hyphenated amount ("12-million-euro"). */
const SCALE_OR_CURRENCY =
  /^(?:thousand|million|billion|trillion|bn|m|euros?|dollars?|pounds?|francs?|yen|yuan|per ?cent|%)$/;

/** Whether the number at `k` has a unit of size, money or share of its own, of the thing asked about. */
function sizeUnitAt(ts: TokenSentence, k: number, q: ParsedQuestion): boolean {
  const { measureUnits } = loadGazetteer();
  const unitLike = (w: TokenSentence['tokens'][number] | undefined) =>
    w !== undefined &&
    !TIME_UNIT.test(w.normal) &&
    (measureUnits.has(w.lemma) ||
      measureUnits.has(w.normal) ||
      UNITS.test(w.raw) ||
      isCurrency(w.raw) ||
      isScale(w.raw) ||
      /^(?:%|square|cubic|sq)$/.test(w.normal));
  const next = ts.tokens[k + 1];
  // ("how big was the crowd" of "The crowd of 31,240", "a 12-member crew": a count of the thing itself.)
  const asked = (t: TokenSentence['tokens'][number] | undefined) =>
    t !== undefined && t.pos === 'NOUN' && q.lemmas.includes(t.lemma);
  if ((ts.tokens[k - 1]?.normal === 'of' && asked(ts.tokens[k - 2])) || asked(next)) return true;
  // ("240-kilometre road": a measure joined to its noun is that noun's.)
  if (next?.raw === '-') {
    // (Of the whole compound it opens: "a 38-hectare container depot" is the depot's.)
    let end = k + 3;
    while (ts.tokens[end]?.pos === 'NOUN') end++;
    const nouns = ts.tokens.slice(k + 3, end);
    return (
      unitLike(ts.tokens[k + 2]) && (nouns.length === 0 || nouns.some((t) => q.lemmas.includes(t.lemma)))
    );
  }
  return unitLike(next) || (/^(?:square|cubic|sq)$/.test(next?.normal ?? '') && unitLike(ts.tokens[k + 2]));
}

/** "how much is <X> sold for", "how much did they get it for": no noun counted, and "for" stranded at the end. */
function priceAsked(q: ParsedQuestion): boolean {
  const muchAt = q.normals.indexOf('much');
  return (
    muchAt >= 0 &&
    q.pos[muchAt + 1] !== 'NOUN' &&
    q.normals.findLast((_w, i) => q.pos[i] !== 'PUNCT') === 'for'
  );
}

export const asksAmount = (q: ParsedQuestion): boolean =>
  (q.wh === 'how' &&
    (q.words.has('many') || q.words.has('much') || cueWords().lists.sizeWords.some((w) => q.words.has(w)))) ||
  ((q.wh === 'what' || q.wh === 'which') && asksPercent(q));

const DATE_GLUE =
  /^(on|,|the|last|this|early|late|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;
/**
 * A sentence's dates but those of its saying, unless the saying is asked about: "<investigators> said on
 * Wednesday that the fire started ..." dates the statement, not the fire.
 */
export function datesOfWhatHappened(
  q: ParsedQuestion,
  ts: TokenSentence,
  dates: readonly FoundDate[],
): FoundDate[] {
  if (q.lemmas.some((l, i) => q.pos[i] === 'VERB' && cueWords().sayingVerbs.has(l))) return [...dates];
  // ("when did <A> ask them to postpone Thursday's vote": a date in the possessive dates its noun, the vote,
  // not what the question's own verb asks about.)
  const acts = contentVerbs(q).filter((v) => !cueWords().genericEventWords.has(v));
  return dates.filter((d) => {
    const after = ts.tokens.findIndex((t) => t.start >= d.end);
    if (acts.length > 0 && ts.tokens[after]?.normal === "'s" && ts.tokens[after + 1]?.pos === 'NOUN')
      return false;
    // (Back over "on", a weekday and commas: "said on Wednesday, <month day>".)
    let j = ts.tokens.findIndex((t) => t.start >= d.start) - 1;
    while (j >= 0 && DATE_GLUE.test(ts.tokens[j]?.normal ?? '')) j--;
    const verb = ts.tokens[j];
    if (verb?.pos === 'VERB' && cueWords().sayingVerbs.has(verb.lemma)) return false;
    // ("backdated to January", "postponed until May": a date something was moved to, when the question's own
    // verb is not the one moving it.)
    const first = ts.tokens.findIndex((t) => t.start >= d.start);
    const moved = ts.tokens[first - 1];
    const mover = ts.tokens[first - 2];
    return !(
      moved &&
      /^(?:to|until|till)$/.test(moved.normal) &&
      mover?.pos === 'VERB' &&
      !q.lemmas.includes(mover.lemma) &&
      !q.normals.includes(mover.normal)
    );
  });
}

/** The preposition nearest before a place, no other between: "to move from <X>" puts <X> after "from". */
const NEAREST_LOCATIVE =
  /\b(in|on|at|from|near|outside|inside|to|into|across)\s+(?:the\s+)?(?:(?!(?:in|on|at|from|near|outside|inside|to|into|across)\b)[\w-]+\s+){0,3}(?:of\s+)?$/i;
const LOCATIVE_WORDS = new Set(['in', 'on', 'at', 'near', 'outside', 'inside']);
const PHRASE_POS = /^(DET|PROPN|NOUN|ADJ|NUM)$/;
const CALENDAR =
  /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?$/;

/**
 * "on <a street>", "in the <name> logistics park": a phrase with a proper name after a locative word, nearest
 * the question's words, for places ingestion did not make entities of. Dates ("on Monday") are not places.
 */
function namedLocation(
  sentences: readonly TokenSentence[],
  near: (ts: TokenSentence, at: number) => number,
  datesIn: (ts: TokenSentence) => readonly FoundDate[],
  origin = false,
  /** A move asked of ("where are they moving"): where it goes, "to <X>", before where anything is. */
  moving = false,
  towardOnly = false,
): string | undefined {
  const toward = (w: string) => moving && (w === 'to' || w === 'into');
  const found = sentences.flatMap((ts) =>
    ts.tokens.flatMap((t, k) => {
      // (Where something came from is named after "from" or "left": "left <X> on June 19".)
      if (origin ? !originBefore(`${t.raw} `) : !LOCATIVE_WORDS.has(t.normal) && !toward(t.normal)) return [];
      let end = k + 1;
      while (end < ts.tokens.length && PHRASE_POS.test(ts.tokens[end]?.pos ?? '')) end++;
      const phrase = ts.tokens.slice(k + 1, end);
      const first = phrase[0];
      const last = phrase.at(-1);
      if (!first || !last || !phrase.some((p) => p.pos === 'PROPN' && /^\p{Lu}/u.test(p.raw))) return [];
      if (phrase.some((p) => CALENDAR.test(p.normal))) return [];
      if (datesIn(ts).some((d) => d.start < last.end && first.start < d.end)) return [];
      return [
        {
          text: ts.sentence.text.slice(first.start, last.end),
          dist: near(ts, k),
          away: toward(t.normal) ? 0 : 1,
        },
      ];
    }),
  );
  const best = found
    .filter((f) => f.dist <= MAX_PLACE_DISTANCE && (!towardOnly || f.away === 0))
    .sort((a, b) => a.away - b.away || a.dist - b.dist)[0];
  return best ? `${best.text.replace(/^the /, 'The ')}.` : undefined;
}

const AGE_DECADE =
  /\bin (?:his|her|their) (?:early |mid-|mid |late )?(?:teens|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b/i;
const AGE_RANGE =
  /\b(?:aged|ages of|ages|ranging in age from)\s+(?:between\s+)?(\d{1,3})\s+(?:and|to)\s+(\d{1,3})\b/i;

/** The dimension "how <high/tall/deep/wide/far>" asks for, if any; "how hot/cold" asks for a temperature. */
export function dimensionAsked(q: ParsedQuestion): string | undefined {
  const word = q.normals[q.normals.indexOf('how') + 1];
  if (!q.normals.includes('how') || !word) return undefined;
  if (cueWords().temperatureWords.has(word)) return 'temperature';
  if (cueWords().speedWords.has(word)) return 'speed';
  if (cueWords().distanceWords.has(word)) return 'far';
  return cueWords().dimensionWords.has(word) ? word : undefined;
}

/**
 * The one a passive question's act went to ("who was given <X>", "who was awarded <X>"): the name after "to"
 * shortly after the sentence's verb for the act, "<A> awarded <X> to <B>".
 */
function passiveRecipient(
  q: ParsedQuestion,
  sentences: readonly TokenSentence[],
  store: FactStore,
): string | undefined {
  if (q.normals[0] !== 'who') return undefined;
  const verbAt = q.pos.findIndex(
    (p, i) =>
      p === 'VERB' &&
      /(?:ed|en|wn)$/.test(q.normals[i] ?? '') &&
      q.lemmas.slice(0, i).some((l) => l === 'be' || l === 'get') &&
      q.normals[i + 1] !== 'by',
  );
  if (verbAt < 0) return undefined;
  // (The sentence's verb for the act, as its group of equivalents has it: "given" of "awarded".)
  const canon = loadEquivalents();
  const asked = q.lemmas[verbAt] ?? '';
  const act = canon.get(asked) ?? asked;
  const found = new Set<string>();
  for (const ts of sentences)
    for (const [h, t] of ts.tokens.entries()) {
      if (t.pos !== 'VERB' || (canon.get(t.lemma) ?? t.lemma) !== act) continue;
      for (let k = h + 1; k <= h + 8 && k < ts.tokens.length; k++) {
        if (ts.tokens[k]?.normal !== 'to') continue;
        const rest = ts.sentence.text.slice(ts.tokens[k + 1]?.start ?? ts.sentence.text.length);
        const named = store.facts.entities.find((e) =>
          [e.name, ...e.aliases].some((a) => a.length > 2 && rest.startsWith(a)),
        );
        if (named) found.add(named.name);
        break;
      }
    }
  return found.size === 1 ? [...found][0] : undefined;
}

/**
 * Whether the number at k counts a noun the question names besides the one "how many" asks: "how many candidates
 * took version B" of "one of four versions".
 */
function countsOtherNoun(ts: TokenSentence, k: number, q: ParsedQuestion): boolean {
  const many = q.normals.indexOf('many');
  if (many < 0 || q.pos[many + 1] !== 'NOUN') return false;
  // (The last noun of the phrase: "how many sunlight lawsuits" asks for lawsuits.)
  let head = many + 1;
  while (q.pos[head + 1] === 'NOUN') head++;
  const asked = q.lemmas[head];
  let j = k + 1;
  while (j <= k + 3 && /^(?:ADJ|VERB)$/.test(ts.tokens[j]?.pos ?? '')) j++;
  const counted = ts.tokens[j];
  if (counted?.pos !== 'NOUN' || counted.lemma === asked) return false;
  return q.lemmas.some((l, i) => i > head && q.pos[i] === 'NOUN' && l === counted.lemma);
}

/** Whether token k is the whole in "<n> of the [planned] <k> <things>", with none of its describing words asked. */
function wholeOfPart(ts: TokenSentence, k: number, q: ParsedQuestion): boolean {
  let j = k - 1;
  const describing: string[] = [];
  while (j > k - 4 && /^(?:ADJ|VERB)$/.test(ts.tokens[j]?.pos ?? ''))
    describing.push(ts.tokens[j--]?.lemma ?? '');
  if (ts.tokens[j]?.normal !== 'the' || ts.tokens[j - 1]?.normal !== 'of') return false;
  const part = ts.tokens[j - 2];
  if (!part || !(/^\d/.test(part.raw) || NUMBER_WORDS.has(part.normal))) return false;
  return !describing.some((w) => q.lemmas.includes(w) || q.normals.includes(w));
}

/** A temperature as written: "45.2 degrees Celsius", "-3C", "38°C". */
const TEMPERATURE =
  /(?<![\w.])-?\d+(?:\.\d+)?\s*(?:degrees?(?:\s+(?:Celsius|Fahrenheit|C|F)\b)?|°\s?[CF]?|[CF]\b)/g;

/** Whether token k is a number giving someone's age: "74-year-old", "74 years old", "aged 74". */
function ageAt(ts: TokenSentence, k: number): boolean {
  const t = ts.tokens;
  if (!/^\d{1,3}$/.test(t[k]?.raw ?? '')) return false;
  const next = (j: number) => t[k + j]?.normal ?? '';
  const hyphenated = next(1) === '-' && /^years?$/.test(next(2)) && next(3) === '-' && next(4) === 'old';
  // ("<Name>, 79, died ...": a number set off after a name.)
  const apposed = t[k - 1]?.raw === ',' && next(1) === ',' && t[k - 2]?.pos === 'PROPN';
  // ("anyone under 18", "children under 16": a bar of age after a word for people, no unit after it.)
  const ageBar =
    /^(?:under|over)$/.test(t[k - 1]?.normal ?? '') &&
    cueWords().ageBarNouns.has(t[k - 2]?.normal ?? '') &&
    !/^(?:NOUN|PROPN)$/.test(t[k + 1]?.pos ?? '') &&
    !/^(?:%|percent|per)$/.test(next(1));
  return (
    hyphenated ||
    apposed ||
    ageBar ||
    (/^years?$/.test(next(1)) && next(2) === 'old') ||
    t[k - 1]?.normal === 'aged'
  );
}

/** Token positions, in `ts`, of the question's words (given as match keys). */
export type Matcher = (ts: TokenSentence) => number[];

/**
 * Whether the question's verbs occur in the sentence only in relative clauses ("a ship that ran aground in
 * <a river>,") and the date lies outside each of them: it dates the sentence's other verb ("... left 47
 * vessels waiting on Tuesday"), not the one asked about.
 */
function outsideRelative(ts: TokenSentence, askedVerbs: ReadonlySet<string>, d: FoundDate): boolean {
  const { tokens } = ts;
  const inDate = (t: { start: number }) => t.start >= d.start && t.start < d.end;
  const at = tokens.findIndex((x) => x.start >= d.start);
  let seen = false;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (t?.pos !== 'VERB' || !(askedVerbs.has(t.lemma) || askedVerbs.has(t.normal))) continue;
    seen = true;
    const relative =
      cueWords().relativePronouns.has(tokens[k - 1]?.normal ?? '') && tokens[k - 2]?.pos === 'NOUN';
    if (!relative) return false;
    // (The clause runs to the next comma that is not inside the date: "ended <a weekday>, <a date>".)
    let end = k + 1;
    while (end < tokens.length && !(tokens[end]?.normal === ',' && !inDate(tokens[end] as Token))) end++;
    if (at > k && at < end) return false;
  }
  return seen;
}

/** Whether every form of the question's verbs in the text is something someone was urged or asked to do. */
function onlyUrged(q: ParsedQuestion, text: string): boolean {
  const verbs = contentVerbs(q).filter((v) => v.length > 2);
  if (verbs.length === 0) return false;
  const lower = text.toLowerCase();
  // ("urging it to ", "asked the board to ": an urging verb, up to three words, then "to", just before the form.)
  const urged = new RegExp(
    `\\b(?:${[...cueWords().urgingVerbs].map(escapeRegExp).join('|')})\\s+(?:[\\w'-]+\\s+){0,3}to\\s+$`,
  );
  return verbs.every((v) => {
    const forms = [...lower.matchAll(new RegExp(`\\b${escapeRegExp(v)}\\w*`, 'g'))];
    return forms.length > 0 && forms.every((m) => urged.test(lower.slice(0, m.index)));
  });
}

/** A verb of saying after a name, its appositive between ("<A>, the race's doctor, said"). */
const SAID_AFTER = /\b(?:said|says|told|tells|added|warned|explained|noted|stated|confirmed)\b/;

/** A word's equivalent that stands for its group (data/language/equivalents.json), or the word. */
const canonOf = (w: string): string => {
  const canon = loadEquivalents();
  return canon.get(w) ?? canon.get(w.replace(/s$/, '')) ?? w;
};

/** The part of the sentences that answers the kind of question asked, when it can be picked out. */
/** The match of `pattern` (global) nearest the question's words in the sentences, within reach, if any. */
function nearestMatch(
  sentences: readonly TokenSentence[],
  pattern: RegExp,
  near: (ts: TokenSentence, at: number) => number,
): string | undefined {
  const found = sentences.flatMap((ts) =>
    [...ts.sentence.text.matchAll(pattern)].map((m) => ({
      text: m[0],
      dist: near(
        ts,
        ts.tokens.findIndex((t) => t.start >= (m.index ?? 0)),
      ),
    })),
  );
  return found.filter((f) => f.dist <= MAX_SPAN_DISTANCE).sort((a, b) => a.dist - b.dist)[0]?.text;
}

export function answerLead(
  q: ParsedQuestion,
  sentences: readonly TokenSentence[],
  matched: Matcher,
  store: FactStore,
  datesIn: (ts: TokenSentence) => readonly FoundDate[],
  units: ReadonlySet<string> = new Set(),
  kindAsked: string | undefined = answerKind(q),
): string | undefined {
  // ("which company runs <X>": an organisation the sentences name, as "who" names one; else read as before.)
  if (kindAsked !== 'who' && asksForBody(q)) {
    const body = answerLead(q, sentences, matched, store, datesIn, units, 'who');
    if (body) return body;
  }
  const asked = new Set(q.mentions.map((m) => m.id));
  const dates = datesIn;
  const kind = kindAsked;
  // (The question's positions in a sentence, worked out once per sentence: every candidate asks for them.)
  const positions = new Map<TokenSentence, number[]>();
  const hitsIn = (ts: TokenSentence) => {
    let hits = positions.get(ts);
    if (!hits) {
      hits = matched(ts);
      positions.set(ts, hits);
    }
    return hits;
  };
  const near = (ts: TokenSentence, at: number) => {
    let best = 99;
    for (const h of hitsIn(ts)) best = Math.min(best, Math.abs(h - at));
    return best;
  };
  // ("where were the questions first posted" of "told a news conference in <a city> that ... images first
  // posted on <a site>": a place is near the act asked about, when the sentence has it, not near any word.)
  // (Worked out the first time a place is weighed: most questions weigh none.)
  let actsAsked: string[] | undefined;
  const nearAct = (ts: TokenSentence, at: number) => {
    actsAsked ??= q.lemmas.filter((l, i) => q.pos[i] === 'VERB' && !LIGHT_VERBS.has(l));
    const asked = actsAsked;
    const acts = ts.tokens.flatMap((t, k) => (t.pos === 'VERB' && asked.includes(t.lemma) ? [k] : []));
    if (acts.length === 0) return near(ts, at);
    // (A place goes with the verb nearest it: one nearer another verb is that act's, "told reporters in <A>";
    // one whose nearest verb is the act asked about is its place, however long the clause, "moving cores into
    // <A> and, when that was full, into <B>".)
    let verbAt = -1;
    ts.tokens.forEach((t, k) => {
      if (
        t.pos === 'VERB' &&
        !LIGHT_VERBS.has(t.lemma) &&
        (verbAt < 0 || Math.abs(k - at) < Math.abs(verbAt - at))
      )
        verbAt = k;
    });
    return acts.includes(verbAt) ? Math.min(Math.abs(verbAt - at), MAX_PLACE_DISTANCE) : 99;
  };
  // ("what time did the avalanche hit": a time of day the sentences give near the question's words, never a
  // date, a day or a thing.)
  if (asksClockTime(q)) {
    // ("what hours does the stoppage cover": the stretch of the day, "from 12 p.m. to 5 p.m.", before one time.)
    const best = nearestMatch(sentences, CLOCK_RANGE, near) ?? nearestMatch(sentences, CLOCK, near);
    return best ? `${capitalize(best)}${best.endsWith('.') ? '' : '.'}` : undefined;
  }
  if (kind === 'when') {
    // "<investigators> said on Wednesday that the fire started ...": the date of the saying is not the date of
    // what was said, unless the saying is what is asked about.
    // ("when will schools reopen?": a date ahead of the article's, never one before it.)
    // ("when is the next hearing": so is the next of something, asked in the present.)
    const ahead =
      q.normals.some((w) => w === 'will' || w === 'gonna') ||
      hasPhrase(q, 'going to') ||
      ((q.words.has('next') || q.words.has('upcoming')) &&
        !q.normals.some((w) => w === 'did' || w === 'was' || w === 'were'));
    // ("when were the results announced?": what has happened, never a date still to come.)
    // (But "when was the vote supposed to be": a plan, which may fall after the article.)
    const past =
      !ahead &&
      q.normals.some((w) => w === 'was' || w === 'were' || w === 'did') &&
      !q.normals.some((w) => cueWords().plannedWords.has(w));
    const reference = store.meta.referenceDate.date;
    // ("when did police say the paintings were recovered" of "<paintings> stolen from <X> in March have been
    // recovered ..., police said on <a day>": a date after a verb the question asks about is the date asked; one
    // after a participle describing a noun is that noun's.)
    const askedVerbs = new Set(
      q.lemmas.filter((l, i) => q.pos[i] === 'VERB' && !['be', 'do', 'have', 'happen'].includes(l)),
    );
    // (As typed too: a verb the question's lexicon reads as another word, "ran" as "lead", is still "ran".)
    const typedVerbs = new Set([
      ...askedVerbs,
      ...q.normals.filter(
        (_w, i) => q.pos[i] === 'VERB' && !['be', 'do', 'have', 'happen'].includes(q.lemmas[i] ?? ''),
      ),
    ]);
    const ownVerb = (ts: TokenSentence, at: number) => {
      for (let k = at - 1; k >= 0 && k >= at - 10; k--) {
        const t = ts.tokens[k];
        if (t?.pos !== 'VERB') continue;
        if (askedVerbs.has(t.lemma)) return -4;
        // ("paintings stolen from <X> in March": a participle describing a noun dates that noun's own past.)
        const describesNoun =
          /^(?:NOUN|PROPN)$/.test(ts.tokens[k - 1]?.pos ?? '') && /(?:ed|en|wn)$/.test(t.normal);
        return describesNoun ? 6 : 0;
      }
      return 0;
    };
    // ("<A> lodged a protest within half an hour, and <B> filed an appeal on <a day>": a date past ", and" and
    // another act than the one asked about is that act's, when the words asked for are all before it.)
    const otherClause = (ts: TokenSentence, at: number) => {
      const hits = hitsIn(ts);
      if (hits.length === 0 || hits.some((h) => h > at)) return false;
      const from = Math.max(...hits);
      for (let k = from + 1; k < at; k++) {
        const joins =
          ts.tokens[k]?.normal === ';' ||
          (ts.tokens[k]?.normal === ',' && /^(?:and|but)$/.test(ts.tokens[k + 1]?.normal ?? ''));
        if (!joins) continue;
        const verb = ts.tokens.slice(k + 1, at).find((t) => t.pos === 'VERB' && !LIGHT_VERBS.has(t.lemma));
        if (verb && !askedVerbs.has(verb.lemma) && !cueWords().sayingVerbs.has(verb.lemma)) return true;
      }
      return false;
    };
    // ("when will the investigators report" of "would decide next month whether to suspend an order until the
    // investigators report": the words asked for all in a clause of condition or of a time still to come after the
    // date, with no comma closing it before them, belong to another act than the date's. Not "after <A>" or
    // "before <A>", which the date places near.)
    const laterClause = (ts: TokenSentence, at: number) => {
      const hits = hitsIn(ts);
      if (at < 0 || hits.length === 0) return false;
      const from = Math.min(...hits);
      if (from <= at) return false;
      let opened = false;
      for (let k = at + 1; k < from; k++) {
        const w = ts.tokens[k]?.normal ?? '';
        if (cueWords().conditionOpeners.has(w)) opened = true;
        else if (w === ',' || w === ';') opened = false;
      }
      return opened;
    };
    // ("when was the race rowed" of "the <Rowing Federation> on Friday stripped ... last month's race": a word
    // of the question inside a name the question does not give is no act asked about.)
    const askedNames = q.mentions.flatMap((m) => {
      const e = store.entities.get(m.id);
      return e ? [e.name, ...e.aliases].map((a) => a.toLowerCase()) : [];
    });
    // (Only a verb of the question: "the marathon" is still the "<City> Spring Marathon" it names.)
    // (As typed too: the lexicon may read "rowed" as another word.)
    const verbBases = [...typedVerbs]
      .map((v) => v.replace(/(?:ed|ing|es|s)$/, ''))
      .filter((b) => b.length >= 3);
    const inOtherName = (ts: TokenSentence, k: number) => {
      const t = ts.tokens[k];
      if (!t || k === 0 || !/^\p{Lu}/u.test(t.raw) || !verbBases.some((b) => t.normal.startsWith(b)))
        return false;
      const named = store.facts.entities.find(
        (e) => e.kind !== 'person' && e.name.split(/\s+/).length > 1 && e.name.includes(t.raw),
      );
      return named !== undefined && !askedNames.includes(named.name.toLowerCase());
    };
    const nearNotInName = (ts: TokenSentence, at: number) => {
      let best = 99;
      for (const h of hitsIn(ts)) if (!inOtherName(ts, h)) best = Math.min(best, Math.abs(h - at));
      return best;
    };
    // ("the Council ruled on Wednesday, <day>": a date straight after another verb in the past is that act's.)
    const pastVerbBefore = (ts: TokenSentence, d: FoundDate) => {
      let k = ts.tokens.findIndex((t) => t.start >= d.start) - 1;
      // (Past the weekday a date may be written after: "on Wednesday, November 5".)
      while (ts.tokens[k]?.normal === ',' || WEEKDAY_WORDS.has(ts.tokens[k]?.normal ?? '')) k--;
      if (/^(?:on|in|at)$/.test(ts.tokens[k]?.normal ?? '')) k--;
      const t = ts.tokens[k];
      return t?.pos === 'VERB' && /ed$/.test(t.normal) && !askedVerbs.has(t.lemma);
    };
    const futureAct = (ts: TokenSentence) =>
      hitsIn(ts).some((h) => {
        const before = [1, 2].map((k) => ts.tokens[h - k]?.normal ?? '');
        return (
          ts.tokens[h]?.pos === 'VERB' &&
          (/^(?:will|shall)$/.test(before[0] ?? '') ||
            (before[0] === 'be' && /^(?:will|shall)$/.test(before[1] ?? '')))
        );
      });
    // ("when was it originally planned": the plan first made is what is asked.)
    const planAsked = q.normals.some((w) => cueWords().supersededWords.has(w));
    // ("when was the final surfed" of "Surfing <Federation> on Wednesday overturned ... the final": a sentence
    // that has the verb asked only inside another's name reports no such act.)
    const verbOnlyInName = (ts: TokenSentence) =>
      verbBases.length > 0 &&
      ts.tokens.some((_t, k) => inOtherName(ts, k)) &&
      !ts.tokens.some((t, k) => !inOtherName(ts, k) && verbBases.some((b) => t.normal.startsWith(b)));
    // (Its dates are still those of a thing asked about: "last month's <Cup> race".)
    const ownedDate = (ts: TokenSentence, d: FoundDate) => /^['’]s\b/.test(ts.sentence.text.slice(d.end));
    const dates = sentences.flatMap((ts) =>
      datesOfWhatHappened(q, ts, datesIn(ts))
        .filter((d) => !verbOnlyInName(ts) || ownedDate(ts, d))
        .filter((d) => !outsideRelative(ts, typedVerbs, d))
        .filter((d) => {
          const at = ts.tokens.findIndex((t) => t.start >= d.start);
          return !otherClause(ts, at) && !laterClause(ts, at);
        })
        .filter((d) => !ahead || d.spec.end >= reference)
        // ("... abandoned last Sunday will be replayed in full": an act the sentence puts ahead, "will be
        // replayed", is dated after the article, never before it.)
        .filter((d) => !futureAct(ts) || (d.spec.start >= reference && !pastVerbBefore(ts, d)))
        .filter((d) => !past || d.spec.start <= reference)
        .map((d) => {
          const at = ts.tokens.findIndex((t) => t.start >= d.start);
          // ("its replacement, originally planned for this year, has been pushed back to 2027": a date planned
          // before is no longer when it happens, unless the question asks for the plan first made.)
          const dist = nearNotInName(ts, at);
          const superseded =
            !planAsked &&
            ts.tokens.slice(Math.max(0, at - 4), at).some((t) => cueWords().supersededWords.has(t.normal));
          // ("a court on Thursday annulled the city's order to move ...": a date just before a verb the question
          // does not have is that verb's, not the move's.)
          const endAt = ts.tokens.findIndex((t) => t.start >= d.end);
          const next = endAt >= 0 && endAt <= at + 4 ? ts.tokens[endAt] : undefined;
          // (Only when all the question's words come after that verb, inside what it did: "The <X> Court on
          // Friday struck down ..." dates the court's ruling.)
          const othersVerb =
            next?.pos === 'VERB' &&
            !hitsIn(ts).includes(endAt) &&
            hitsIn(ts).every((h) => h > endAt) &&
            !q.ownLemmas.includes(next.lemma) &&
            !cueWords().sayingVerbs.has(next.lemma);
          return {
            d,
            ts,
            at: dist,
            dist: dist + (askedVerbs.size > 0 ? ownVerb(ts, at) : 0) + (superseded ? 30 : 0),
            othersVerb,
          };
        }),
    );
    // (A date in a sentence read along with the one asked about, "He noted the state had spent ... since
    // <a year>", dates that sentence's own news: with a word of the question in some sentence, it needs one
    // beside it. A follow-up with no words of its own, "when was that", takes the sentences' date.)
    const anyNear = sentences.some((ts) => hitsIn(ts).length > 0);
    const chosen = dates
      .filter((c) => (!anyNear || c.at < 99) && !c.othersVerb)
      .sort((a, b) => a.dist - b.dist)[0];
    const date = chosen?.d;
    if (!date || !chosen) {
      // ("when are the inspectors due to report" of "would report within 30 days": a stretch from the article's
      // day, near the words asked about, is all the article says of when.)
      const within = past ? undefined : nearestMatch(sentences, WITHIN, near);
      if (within) return `${capitalize(within)} (the article gives no date).`;
      // ("when will the government decide" of "would decide on the road by the end of the year": the end of a
      // stretch named, not a date.)
      const byEnd = past ? undefined : nearestMatch(sentences, BY_END_OF, near);
      if (byEnd) return `${capitalize(byEnd)} (the article gives no exact date).`;
      const relative = ahead ? undefined : nearestMatch(sentences, RELATIVE_TIME, near);
      if (relative) return `${capitalize(relative)} (told from what the article reports before it; no date).`;
      // ("when did <A> start surfing" of "who began surfing ... at the age of 11": an age is when, for a person.)
      const age = nearestMatch(sentences, AGE_AT, near);
      return age ? `${capitalize(age)} (the article gives no date).` : undefined;
    }
    const shown = (d: typeof date) =>
      `${d.spec.text}${d.spec.resolved.toLowerCase() !== d.spec.text.toLowerCase() ? ` (${d.spec.resolved})` : ''}`;
    // ("when were the two men hurt" of "... in separate attacks on <day> and <day>": of several asked, the dates
    // listed together, all of them.)
    const several = q.normals.some(
      (w, i) =>
        /^(?:two|three|both|all)$/.test(w) ||
        (q.pos[i] === 'NOUN' && w !== (q.ownLemmas[i] ?? w) && w.endsWith('s')),
    );
    const text = chosen.ts.sentence.text;
    const listed = several
      ? dates.filter(
          (c) =>
            c.ts === chosen.ts &&
            c.d !== date &&
            /^\s*(?:,|and|, and|or)\s*$/.test(
              c.d.start > date.end ? text.slice(date.end, c.d.start) : text.slice(c.d.end, date.start),
            ),
        )
      : [];
    if (listed.length === 1 && listed[0]) {
      const [a, b] = listed[0].d.start > date.start ? [date, listed[0].d] : [listed[0].d, date];
      return `${shown(a)} and ${shown(b)}.`;
    }
    return `${shown(date)}.`;
  }
  // "Where is the <thing>?": the place the sentence sets right after it, before any place further off.
  // ("where is she from": where someone came from, worked out once.)
  const origin = kind === 'where' && asksOrigin(q);
  // ("where are they moving": of a move asked, where it goes first, then where anything is, then where it left.)
  const movingAsked =
    kind === 'where' && q.lemmas.some((l, i) => q.pos[i] === 'VERB' && cueWords().motionWords.has(l));
  const after =
    kind === 'where' && !origin && !movingAsked ? placeAfterNoun(q, sentences, datesIn) : undefined;
  if (after) return after;
  if (kind === 'where' || kind === 'who') {
    // "between who and who" asks for the parties, which may be countries.
    const between = kind === 'who' && q.words.has('between');
    const kinds =
      kind === 'where'
        ? ['place', 'country']
        : asksForBody(q)
          ? ['organization', 'group']
          : ['person', 'organization', 'group', ...(between ? ['country'] : [])];
    const text = sentences.map((s) => s.sentence.text).join(' ');
    // ("an appeal to the <Court> of <a country>": a place in an organisation's name is not where anything is.)
    const orgSpans =
      kind === 'where'
        ? store.facts.entities
            .filter((e) => e.kind === 'organization' && text.includes(e.name))
            .flatMap((e) =>
              [...text.matchAll(new RegExp(`\\b${escapeRegExp(e.name)}\\b`, 'g'))].map((m) => {
                const from = m.index ?? 0;
                return [from, from + e.name.length] as const;
              }),
            )
        : [];
    const inOrg = (at: number) => orgSpans.some(([from, to]) => from < at && at < to);
    // (For who: each sentence's "<CITY> (<Agency>) -" opening, at its offset in the joined text.)
    const filedSpans: Array<readonly [number, number]> = [];
    let sentenceAt = 0;
    for (const ts of kind === 'who' ? sentences : []) {
      const filed = filedByEnd(ts.sentence.text);
      if (filed > 0) filedSpans.push([sentenceAt, sentenceAt + filed]);
      sentenceAt += ts.sentence.text.length + 1;
    }
    const inFiledBy = (at: number) => filedSpans.some(([from, to]) => from <= at && at < to);
    // A place answers "where" when the sentence puts something in, at or near it, not when it is a party.
    const placed = (at: number) =>
      kind !== 'where' || (LOCATIVE.test(text.slice(Math.max(0, at - 40), at)) && !inOrg(at));
    // "from <a country>", "to <a city>": where someone comes from or goes, after where something is.
    const motion = (at: number) => {
      const word = (NEAREST_LOCATIVE.exec(text.slice(Math.max(0, at - 40), at))?.[1] ?? '').toLowerCase();
      if (movingAsked) return /^(?:to|into)$/.test(word) ? 0 : word === 'from' ? 2 : 1;
      // ("released into <X> in <Y>": what is put into a place is there.)
      return /^(from|to|across)$/.test(word) ? 1 : 0;
    };
    // How far a place stands from the question's words: "a visit to <place>" far from the people asked
    // about is where someone else went.
    // (Where an offset of the sentences' joined text falls: the sentence, and the token there.)
    const tokenAt = (at: number): { ts: TokenSentence; k: number } | undefined => {
      let offset = 0;
      for (const ts of sentences) {
        const end = offset + ts.sentence.text.length + 1;
        if (at < end) return { ts, k: ts.tokens.findIndex((t) => t.start >= at - offset) };
        offset = end;
      }
      return undefined;
    };
    const distance = (at: number) => {
      const found = tokenAt(at);
      return found ? nearAct(found.ts, found.k) : 99;
    };
    // "who led the <demonym> side", "who was the <demonym> guy": the person answered is of that side, when the
    // store gives sides.
    const describes = (m: { end: number }) =>
      cueWords().anyone.has(q.normals[m.end + 1] ?? '') ||
      cueWords().personNouns.has(q.normals[m.end + 1] ?? '');
    // ("who leads <a country>": the country led is the side of whoever answers.)
    const led = (m: { start: number }) =>
      /^(?:lead|head|run|rule|govern)$/.test(
        q.lemmas[m.start - (q.pos[m.start - 1] === 'DET' ? 2 : 1)] ?? '',
      );
    const side =
      kind === 'who'
        ? q.mentions.find(
            (m) =>
              store.entities.get(m.id)?.kind === 'country' && (namesSide(q, m) || describes(m) || led(m)),
          )?.id
        : undefined;
    // ("who blocked the deal?" of "<A> ... urging it to block the deal": <A> asked for it; the sentence does
    // not say who did it.)
    if (kind === 'who' && onlyUrged(q, text)) return undefined;
    // ("who was given the title" of "<A> ... awarded the title to <B>": whom a passive question's act went to.)
    const recipient = kind === 'who' ? passiveRecipient(q, sentences, store) : undefined;
    if (recipient) return `${recipient}.`;
    if (kind === 'who' && actsItself(q, sentences, store)) return undefined;
    if (kind === 'who' && (agentUnstated(q, sentences) || agentOnlyNamedByNoun(q, sentences)))
      return undefined;
    const ledBy = kind === 'who' && q.lemmas.some((l) => l === 'lead' || l === 'head' || l === 'chair');
    const ofSide = (e: Entity) => !side || e.kind !== 'person' || !e.side || sideOf(store, e.side) === side;
    // (Whoever leads a country holds its top office, not any title with "chair" in it.)
    const leadsCountry =
      kind === 'who' && q.mentions.some((m) => led(m) && store.entities.get(m.id)?.kind === 'country');
    const heads = (e: Entity) =>
      !leadsCountry ||
      cueWords().lists.headOfStateTitles.some((t) =>
        new RegExp(`\\b${t}\\b`, 'i').test(`${e.title ?? ''} ${e.description ?? ''}`),
      );
    // ("who was the man killed in <place>": not a woman the sentence names.)
    const male = kind === 'who' && q.normals.some((w) => cueWords().maleNouns.has(w));
    const female = kind === 'who' && q.normals.some((w) => cueWords().femaleNouns.has(w));
    const ofSex = (e: Entity) => !(male && e.pronoun === 'she') && !(female && e.pronoun === 'he');
    // ("where in the forest": not the region the sentence puts the forest in, "<forest> in <region>".)
    const putIn = (inner: string, outer: string) =>
      new RegExp(`\\b${escapeRegExp(inner)},?\\s+(?:in\\s+)?${escapeRegExp(outer)}\\b`).test(text);
    const askedNames = [...asked].flatMap((id) => {
      const a = store.entities.get(id);
      return a ? [a.name, ...a.aliases].filter((n) => n.length > 2) : [];
    });
    const holdsAsked = (e: Entity) => kind === 'where' && askedNames.some((n) => putIn(n, e.name));
    // ("exactly where in the forest": only a place the sentence puts inside the one named answers.)
    const whereAt = q.normals.indexOf('where');
    const within =
      kind === 'where' &&
      askedNames.length > 0 &&
      (q.normals[whereAt + 1] === 'in' ||
        q.normals.some((w) => /^(?:exactly|precisely|whereabouts)$/.test(w)));
    const insideAsked = (e: Entity) => !within || askedNames.some((n) => putIn(e.name, n));
    // ("the deputy director from <a body> is who": of two people in the sentence, the one whose own
    // description holds more of the question's words.)
    const describing = q.normals.filter(
      (w, i) => w.length > 2 && /^(?:NOUN|ADJ|VERB)$/.test(q.pos[i] ?? '') && q.lemmas[i] !== 'be',
    );
    // (Only of "who is <described>": in "which official met <described>" the words describe the other one.)
    const onlyBe = onlyBeVerb(q);
    // ("where is the zoo": where a thing is, not where anyone went or came from, "where's <person> from".)
    const whereThingIs =
      kind === 'where' &&
      onlyBe &&
      !q.words.has('from') &&
      !q.words.has('to') &&
      !q.mentions.some((m) => store.entities.get(m.id)?.kind === 'person' || store.events.has(m.id));
    // ("who is the <demonym> counterpart" of "<A> met his <demonym> counterpart, General <B>"): the name set off
    // right after the question's words, or right before them, is the one they describe, not the sentence's doer.
    const apposed = (at: number) => {
      const found = kind === 'who' && onlyBe ? tokenAt(at) : undefined;
      if (!found) return 0;
      const { ts, k } = found;
      const hits = hitsIn(ts);
      // (A title with the name is the question's word itself: "who's the dr" of "Dr. <A>".)
      const typed = (p: number) =>
        /^\p{Lu}/u.test(ts.tokens[p]?.raw ?? '') &&
        q.normals.includes((ts.tokens[p]?.normal ?? '').replace(/\.$/, ''));
      if (typed(k) || typed(k + 1)) return 1;
      let j = k - 1;
      while (j > 0 && /^(?:\p{Lu}|\.$)/u.test(ts.tokens[j]?.raw ?? '') && k - j <= 4) {
        if (hits.includes(j) || typed(j)) return 1;
        j--;
      }
      // (Or with no comma, a title before the name: "rival operator <B>".)
      if ((ts.tokens[j]?.raw === ',' && hits.includes(j - 1)) || hits.includes(j)) return 1;
      let n = k;
      while (/^\p{Lu}/u.test(ts.tokens[n + 1]?.raw ?? '') && n - k < 4) n++;
      const comma = ts.tokens[n + 1]?.raw === ',';
      if (comma && hits.some((h) => h > n + 1 && h <= n + 4)) return 1;
      // ("<A>, who coaches <B>, will take charge as caretaker": the role the named one takes, "as <noun>".)
      return hits.some((h) => h > n && h <= n + 25 && ts.tokens[h - 1]?.normal === 'as') ? 1 : 0;
    };
    const fitOf = (e: Entity) => {
      if (kind !== 'who' || e.kind !== 'person' || !onlyBe) return 0;
      const own = new Set(`${e.title ?? ''} ${e.description}`.toLowerCase().split(/\W+/));
      return new Set(describing.filter((w) => own.has(w))).size;
    };
    // (Where other entities' longer names stand in the text: a shorter name inside one names that one.)
    // (Worked out once, when a name is first found in the text: most questions find none.)
    let longerNames: { o: Entity; from: number; to: number }[] | undefined;
    const longer = () =>
      (longerNames ??= store.facts.entities.flatMap((o) =>
        [o.name, ...o.aliases]
          .filter((n) => n.includes(' ') && text.includes(n))
          .flatMap((n) =>
            [...text.matchAll(new RegExp(`\\b${escapeRegExp(n)}\\b`, 'g'))].map((m) => ({
              o,
              from: m.index ?? 0,
              to: (m.index ?? 0) + n.length,
            })),
          ),
      ));
    const withinLongerName = (from: number, length: number, e: Entity) =>
      longer().some((x) => x.o !== e && x.from <= from && from + length <= x.to && x.to - x.from > length);
    // (Where the question's verbs are found in the sentences' joined text, worked out once.)
    let verbsAt: number[] | undefined;
    const questionVerbs = () => {
      if (!verbsAt) {
        verbsAt = [];
        let offset = 0;
        for (const ts of sentences) {
          for (const p of hitsIn(ts))
            if (ts.tokens[p]?.pos === 'VERB') verbsAt.push(offset + (ts.tokens[p]?.start ?? 0));
          offset += ts.sentence.text.length + 1;
        }
      }
      return verbsAt;
    };
    // ("who was fined", "which company was fined": whoever the act was done to, named after the verb in the
    // sentence, "<A> fined <B>".)
    const auxAt =
      q.normals[0] === 'who'
        ? 1
        : /^(?:which|what)$/.test(q.normals[0] ?? '') && q.pos[1] === 'NOUN'
          ? 2
          : -1;
    const passive =
      kind === 'who' &&
      auxAt > 0 &&
      /^(?:was|were|is|are|got|get|gets)$/.test(q.normals[auxAt] ?? '') &&
      q.pos[auxAt + 1] === 'VERB';
    const hits = store.facts.entities
      .filter(
        (e) =>
          kinds.includes(e.kind) &&
          !asked.has(e.id) &&
          ofSide(e) &&
          ofSex(e) &&
          heads(e) &&
          !holdsAsked(e) &&
          insideAsked(e),
      )
      .map((e) => {
        const at = Math.min(
          ...[e.name, ...e.aliases]
            .filter((a) => a.length > 2)
            // (A name not in the text at all is not looked for as a word: most entities are not there.)
            .flatMap((a) =>
              text.includes(a)
                ? [...text.matchAll(new RegExp(`\\b${escapeRegExp(a)}\\b`, 'g'))]
                    // ("<Surname>" inside "<Surname> Pharmacies", another's longer name, is not this one.)
                    // (Nor, for where, a place that only qualifies a thing, "the <country>-flagged <ship>"; a
                    // body "<city>-based" is based there.)
                    .filter(
                      (m) =>
                        !withinLongerName(m.index ?? 0, a.length, e) &&
                        // ("the <Surname> family" is a family, not the one person of that name.)
                        !(
                          e.kind === 'person' &&
                          cueWords().familyNouns.has(
                            /^\s+([a-z]+)/i.exec(text.slice((m.index ?? 0) + a.length))?.[1]?.toLowerCase() ??
                              '',
                          )
                        ) &&
                        !(
                          kind === 'where' &&
                          /^-(?!based\b)\p{Ll}+ed\b/u.test(text.slice((m.index ?? 0) + a.length))
                        ),
                    )
                    .map((m) => m.index ?? 1e9)
                : [],
            )
            .filter(placed)
            // (Not the news agency of a dateline, "<CITY> (<Agency>) -": it reports the news, it does none of it.)
            .filter((m) => !inFiledBy(m)),
          1e9,
        );
        // (How far from the question's words, and whether reached by motion: worked out once per place.)
        const where = kind === 'where' && at < 1e9;
        // ("who led the talks": "talks resumed under <Name>" names who led them.)
        const under = ledBy && /\bunder\s+$/.test(text.slice(Math.max(0, at - 7), at)) ? 0 : 1;
        return {
          e,
          at,
          dist: where ? distance(at) : 0,
          moved: where ? motion(at) : 0,
          under,
          fit: fitOf(e),
          apposed: at < 1e9 ? apposed(at) : 0,
          doneTo: passive && questionVerbs().some((v) => v < at && at - v <= 60) ? 1 : 0,
          // ("who is buying <A>" of "<A> agreed to be bought by <B>": the doer of the asked act, put passively,
          // is named after "by".)
          agent:
            !passive &&
            at < 1e9 &&
            BY_BEFORE.test(text.slice(Math.max(0, at - 30), at)) &&
            questionVerbs().some((v) => v < at && at - v <= 40)
              ? 1
              : 0,
        };
      })
      // ("where is the zoo": where it is, not a place something goes to or comes from, "return ... to <X>".)
      .filter((h) => h.at < 1e9 && h.dist <= MAX_PLACE_DISTANCE && !(h.moved && whereThingIs))
      // ("where are they moving": not where they leave.)
      .filter((h) => !(movingAsked && h.moved === 2))
      // ("where did she start from", "where is he from": where someone or something came from, "from <X>",
      // "left <X>", never where they went or what they went in.)
      .filter((h) => !origin || originBefore(text, h.at))
      // People before organisations for "who", the first named first; for "where", the place nearest the
      // question's words ("<wildfire> near <a town> ... started beneath a line on <a mountain>").
      .sort((a, b) =>
        kind === 'where'
          ? a.moved - b.moved || a.dist - b.dist || a.at - b.at
          : a.under - b.under ||
            b.agent - a.agent ||
            b.doneTo - a.doneTo ||
            b.apposed - a.apposed ||
            (a.e.kind === 'person' ? 0 : 1) - (b.e.kind === 'person' ? 0 : 1) ||
            b.fit - a.fit ||
            a.at - b.at,
      );
    if (between && hits.length >= 2) return `${hits[0]?.e.name} and ${hits[1]?.e.name}.`;
    // ("who is the man in intensive care" of "<A>, the health adviser, said ... a man ... was in intensive care"):
    // someone described is named only where a name stands beside the words or their own description has them.
    // (With "is" typed: "who chairs <X>", its verb tagged a noun, is no description.)
    const described = kind === 'who' && onlyBe && q.lemmas.includes('be') && describing.length > 0;
    // ("who won the race" of "<A>, the race's doctor, said four runners had been taken to hospital": whoever said
    // it did none of what the question's verbs find only in what was said.)
    const asksSaying = asksWhoSaid(q);
    const spoke = (h: { e: Entity; at: number }) => {
      if (kind !== 'who' || h.e.kind !== 'person' || asksSaying) return false;
      const said = SAID_AFTER.exec(text.slice(h.at, h.at + 140));
      if (!said) return false;
      // ("<A> said she had found <X>": what was said is the speaker's own doing.)
      const rest = text.slice(h.at + said.index + said[0].length, h.at + said.index + said[0].length + 20);
      if (/^\s+(?:that\s+)?(?:she|he)\b/i.test(rest)) return false;
      const verbs = questionVerbs();
      return verbs.length > 0 && verbs.every((v) => v > h.at + said.index);
    };
    const doers = hits.filter((h) => !spoke(h));
    const fitting = described
      ? doers.filter((h) => h.apposed > 0 || h.fit > 0 || h.e.kind !== 'person')
      : doers;
    // ("where are they moving": a place reached by "to" before one where anything merely is.)
    const toward =
      movingAsked && fitting[0] && fitting[0].moved !== 0
        ? namedLocation(sentences, nearAct, datesIn, false, true, true)
        : undefined;
    if (toward) return toward;
    if (fitting[0]) return `${fitting[0].e.name}.`;
    if ((described || doers.length < hits.length) && hits.length > 0) return undefined;
    return kind === 'where' && !within
      ? namedLocation(sentences, nearAct, datesIn, origin, movingAsked)
      : undefined;
  }
  // "How old was her father?": the age the sentences give ("74-year-old", "aged 74").
  if (kind === 'how' && q.words.has('old')) {
    // ("aged between 34 and 88", "between the ages of 34 and 88": the ages of a group, as a range.)
    const range = sentences
      .map((ts) => AGE_RANGE.exec(ts.sentence.text))
      .find((m): m is RegExpExecArray => m !== null);
    if (range) return `Between ${range[1]} and ${range[2]} years old.`;
    // ("a man in his eighties": an age given by its decade.)
    const decade = sentences
      .map((ts) => AGE_DECADE.exec(ts.sentence.text))
      .find((m): m is RegExpExecArray => m !== null);
    if (decade) return `${capitalize(decade[0])}.`;
    // ("an 11-year-old female called <A> and a 14-year-old male called <B>": an age before "called" or "named" is
    // the age of the name after that word, and of no one before it.)
    const namedAfter = (ts: TokenSentence, k: number) => {
      const at = ts.tokens.findIndex(
        (t, j) => j > k && j <= k + 6 && (t.normal === 'called' || t.normal === 'named'),
      );
      if (at < 0) return undefined;
      const name = hitsIn(ts)
        .filter((h) => h > at && h <= at + 3)
        .sort((a, b) => a - b)[0];
      return name === undefined ? 99 : name - k;
    };
    const ages = sentences.flatMap((ts) =>
      ts.tokens.flatMap((t, k) => {
        if (!ageAt(ts, k)) return [];
        const named = namedAfter(ts, k);
        return [{ age: t.raw, dist: named ?? near(ts, k), reach: named === undefined ? 6 : 9 }];
      }),
    );
    // (The age of whoever the question names: "<name>, a 46-year-old ...", "whose 74-year-old father".)
    const best = ages.filter((a) => a.dist <= a.reach).sort((a, b) => a.dist - b.dist)[0];
    if (best) return `${best.age} years old.`;
    // ("how old is the reef" of "parts of the reef began growing about 9,000 years ago": a thing's age, as
    // the sentence gives it, near the question's words.)
    // (Not of a person: "joined 12 years ago" is no age of theirs.)
    const ofPerson =
      q.mentions.some((m) => store.entities.get(m.id)?.kind === 'person') ||
      q.normals.some((w) => cueWords().personNouns.has(w) || /^(?:he|she|him|her)$/.test(w));
    const old = ofPerson ? undefined : nearestMatch(sentences, THING_AGE, near);
    return old ? `${capitalize(old)}.` : undefined;
  }
  // "How high is the dam", "how far downstream": a height, depth, width or distance is a length the sentences give
  // near the question's words; a number of anything else ("61,000 tonnes of copper") is none.
  const dimension = kind === 'how' ? dimensionAsked(q) : undefined;
  // ("how hot did it get": a temperature the sentences give near the question's words.)
  if (dimension === 'temperature') {
    // (Or the one temperature of a sentence that holds the question's words, however far from them.)
    const all = sentences.flatMap((ts) => [...ts.sentence.text.matchAll(TEMPERATURE)].map((m) => m[0]));
    const best = nearestMatch(sentences, TEMPERATURE, near) ?? (all.length === 1 ? all[0] : undefined);
    return best ? `${capitalize(best)}.` : undefined;
  }
  // ("how fast is the lava moving": a speed the sentences give near the question's words; a length alone is none.)
  if (dimension === 'speed') {
    const best = nearestMatch(sentences, SPEED, near);
    return best ? `${capitalize(best)}.` : undefined;
  }
  if (dimension !== undefined) {
    // (Not a conversion in brackets after the length given: "23 km (14 miles)".)
    // (Nor a length of another dimension: "a slab 300 metres wide" is no height, "120 metres above" no depth.)
    const otherDimension = new RegExp(
      `^\\s+(?:${[...cueWords().dimensionWords].filter((d) => d !== dimension && d !== 'far').join('|')}|long|${dimension === 'deep' ? 'above' : 'below|beneath|under'}|off|from|away|offshore|inland|upstream|downstream|(?:north|south|east|west)\\S*)\\b`,
      'i',
    );
    // (Looked up once per question, not per length.)
    const cues = cuesOfDimension(dimension);
    // (The thing asked: the question's last noun, "how tall are the turbines".)
    const thingAsked = q.lemmas.filter((_l, i) => q.pos[i] === 'NOUN').at(-1);
    const ofAnother = (after: string) => {
      const of = /^\s+of\s+((?:[\p{L}-]+\s+){0,3}?[\p{L}-]+)/u.exec(after)?.[1]?.toLowerCase();
      return of !== undefined && thingAsked !== undefined && !of.includes(thingAsked.slice(0, 5));
    };
    const lengths = sentences.flatMap((ts) =>
      [...ts.sentence.text.matchAll(LENGTH)]
        .filter((m) => !ts.sentence.text.slice(0, m.index ?? 0).endsWith('('))
        // (Nor a speed: "20 metres an hour" is no distance.)
        .filter((m) => !isSpeed(ts.sentence.text, m))
        // (Nor the length of something else, "62 kilometres of cable" for "how tall are the turbines".)
        // (Of a distance, "of <a place>" is where it is measured from: "within 200 metres of a school".)
        .filter(
          (m) => dimension === 'far' || !ofAnother(ts.sentence.text.slice((m.index ?? 0) + m[0].length)),
        )
        .filter((m) => !ofOtherDimension(ts.sentence.text, m.index ?? 0, dimension))
        // (Nor the size of a thing the question does not ask about: "the 96-metre track" is no distance rolled.)
        .filter((m) => !sizeOfOther(ts.sentence.text.slice((m.index ?? 0) + m[0].length), m[0], q))
        .filter(
          (m) =>
            dimension === 'far' || !otherDimension.test(ts.sentence.text.slice((m.index ?? 0) + m[0].length)),
        )
        // ("how deep is the reef": a length said with a word of depth, "480 metres below the surface", not the
        // reef's "14 kilometres" along a canyon.)
        .filter((m) => saidOfDimension(ts.sentence.text, m, cues))
        .map((m) => ({
          text: withRangeStart(ts.sentence.text, m),
          dist: near(
            ts,
            ts.tokens.findIndex((t) => t.start >= (m.index ?? 0)),
          ),
        })),
    );
    const best = lengths.filter((s) => s.dist <= MAX_SPAN_DISTANCE).sort((a, b) => a.dist - b.dist)[0];
    if (best) return `${capitalize(best.text)}.`;
    // ("how high was the fine": a rate or a sum may be high, a count or a weight is no height.)
    if (dimension !== 'high') return undefined;
  }
  const percent = asksPercent(q);
  if (asksAmount(q)) {
    const many = q.words.has('many');
    // ("how big is <X>": a size asked, which no distance from something answers.)
    const sizeAsked = cueWords().lists.sizeWords.some((w) => q.words.has(w));
    // ("how big is <a reserve>", no act asked: the size of a thing, which a bare count of something else is not.)
    const sizeOfThing =
      sizeAsked &&
      !many &&
      !q.words.has('much') &&
      q.lemmas.every(
        (l, i) =>
          (q.pos[i] !== 'VERB' && q.pos[i] !== 'AUX') ||
          l === 'be' ||
          // (A verb inside a name is no act: "the <Strictly Protected> Area".)
          q.mentions.some((m) => m.start <= i && i <= m.end),
      );
    // ("how much money", "how much profit", "how much will <it> cost": a sum, not a count.)
    const money =
      q.normals.some(
        (w, i) =>
          (q.normals[i - 1] === 'much' || (q.normals[i - 2] === 'much' && q.pos[i - 1] !== 'VERB')) &&
          (cueWords().moneyNouns.has(w) || (cueWords().sumNouns.has(w) && q.normals[i - 1] === 'much')),
      ) ||
      (q.words.has('much') && q.lemmas.some((l) => cueWords().moneyVerbs.has(l))) ||
      // ("how much are the paintings worth": a value, not a count of them.)
      (q.words.has('much') && q.normals.some((w) => cueWords().worthWords.has(w)));
    // ("how much is the stake sold for": a price, not the size of the stake, when the sentences give a sum.)
    const price = priceAsked(q);
    const countsTime = q.normals.some((w, i) => q.normals[i - 1] === 'many' && TIME_UNIT.test(w));
    const lastWord = q.normals.findLast((_w, i) => q.pos[i] !== 'PUNCT');
    const byHowMuch = (q.normals[0] === 'by' && q.normals[1] === 'how') || lastWord === 'by';
    // ("how many parking spaces": the last noun after "many" is what is counted; another noun of the question
    // right after a number, "a two-acre park", counts that instead.)
    const manyAt = q.normals.indexOf('many');
    let headAt = manyAt + 1;
    while (manyAt >= 0 && q.pos[headAt + 1] === 'NOUN') headAt++;
    const head =
      manyAt >= 0 && q.pos[headAt] === 'NOUN' && headAt > manyAt + 1 ? q.lemmas[headAt] : undefined;
    // (The noun counted, "how many jobs": its own lemma, not a synonym's.)
    const asked = manyAt >= 0 && q.pos[headAt] === 'NOUN' ? q.ownLemmas[headAt] : undefined;
    /** Whether token p of a sentence is the noun counted. */
    const isCounted = (ts: TokenSentence, p: number) =>
      asked !== undefined && ts.tokens[p]?.lemma.slice(0, 5) === asked.slice(0, 5);
    // (As written, too: wink's normal form of "millimetres" is "millimeters", and a plural keeps its singular.)
    const isUnit = (w: string) =>
      units.has(w) || units.has(w.replace(/s$/, '')) || units.has(w.replace(/es$/, ''));
    // ("how much compensation" of "... would seek compensation. He said the firm had spent 3.2 million euros": of
    // sentences read together, a number is of the noun asked only in a sentence that has that noun.)
    const muchAt = q.normals.indexOf('much');
    const shareOf = muchAt >= 0 && q.normals[muchAt + 1] === 'of';
    const nounAsked = muchAt >= 0 && q.pos[muchAt + 1] === 'NOUN' ? q.lemmas[muchAt + 1] : undefined;
    const withNoun = nounAsked ? sentences.filter((ts) => ts.tokens.some((t) => t.lemma === nounAsked)) : [];
    // ("how much do tickets cost": the thing that costs, typed before the verb, which the sentence gives before
    // the sum or as what it is for; not "staging it will cost 60,000 euros in ... lost ticket sales".)
    // (Wink may tag the verb a noun at the end: "how much do the clocks cost".)
    const costVerbAt = q.lemmas.lastIndexOf('cost');
    const costNounAt = q.pos.findIndex((p, i) => p === 'NOUN' && i > muchAt && i < costVerbAt);
    const costOf = muchAt >= 0 && costNounAt > muchAt + 1 ? q.lemmas[costNounAt] : undefined;
    const isCostOf = (t: TokenSentence['tokens'][number]) =>
      costOf !== undefined && (t.lemma === costOf || t.normal.replace(/s$/, '') === costOf);
    // (Only a sentence that names it after the sum, among what the sum is spent on, and nowhere before it.)
    const costsIt = (ts: TokenSentence, k: number) =>
      costOf === undefined ||
      ts.tokens.slice(0, k).some(isCostOf) ||
      !ts.tokens.slice(k + 1).some(isCostOf) ||
      ts.tokens
        .slice(k + 1, k + 6)
        .some((t, d) => isCostOf(t) && /^(?:for|per|a|each)$/.test(ts.tokens[k + d]?.normal ?? '')) ||
      // ("a 128 million euro stadium": the sum's own noun, before any preposition or comma.)
      attachedAfter(ts, k, isCostOf);
    const numbers = sentences.flatMap((ts) => {
      if (withNoun.length > 0 && !withNoun.includes(ts)) return [];
      const at = matched(ts);
      const filed = datelineEnd(ts.sentence.text);
      return (
        ts.tokens
          .map((t, k) => ({ t, k }))
          // A year or a day of a date is not an amount.
          .filter(
            ({ t }) => (/^\d/.test(t.raw) || NUMBER_WORDS.has(t.normal)) && !/^(1[89]|20)\d\d$/.test(t.raw),
          )
          .filter(({ t }) => !dates(ts).some((d) => d.start <= t.start && t.end <= d.end))
          // ("Fifty-five": one number, read at its last word; its tens alone is none.)
          .filter(({ k }) => !(TENS.test(ts.tokens[k]?.normal ?? '') && compoundAt(ts, k + 2)))
          // Nor the day of a wire story's dateline ("<CITY>, Sept 23 (Reuters) -"), which found dates leave out.
          .filter(({ t }) => t.start >= filed)
          // An age ("a 74-year-old father") counts nothing.
          .filter(({ k }) => !ageAt(ts, k))
          // Nor the object of another act than the one asked, which the sentence also has: "killed two
          // shoppers and injured 14 others" counts no one hurt by two.
          .filter(
            ({ k }) =>
              !(
                ts.tokens[k - 1]?.pos === 'VERB' &&
                !at.includes(k - 1) &&
                at.some(
                  (p) =>
                    p > k &&
                    ts.tokens[p]?.pos === 'VERB' &&
                    // (Past the number's own phrase: "counted 380 damaged homes" is one act.)
                    ts.tokens.slice(k + 1, p).some((x) => x.pos === 'CCONJ' || x.raw === ','),
                )
              ),
          )
          // Nor a part in a place the question does not name: "most heavily on <a city>, where 140 stores will
          // shut" is that city's share, not how many close in all.
          .filter(({ k }) => !inOtherPlace(ts, k, q))
          // ("how much did the runner-up get" of "The winner's cheque is worth <X>, twice the runner-up's prize": a
          // sum another's by its possessive, the one asked about named only after it, is not theirs.)
          .filter(({ k }) => !ownedByOther(ts, k, q))
          .filter(({ k }) => !inOtherRelative(ts, k, at))
          .filter(({ k }) => costsIt(ts, k))
          // Nor does an ordinal: "the <nth> round" is which one, not how many; "the <nth> death this season"
          // counts them, when it is of what is counted.
          .filter(
            ({ t, k }) => !/^\d+(?:st|nd|rd|th)$/i.test(t.raw) || [1, 2, 3].some((d) => isCounted(ts, k + d)),
          )
          // Nor a count of another thing the question names: "how many candidates took version B" of "version B,
          // one of four versions" counts versions.
          .filter(({ k }) => !countsOtherNoun(ts, k, q))
          // Nor does "one of the last <mills>": one member of a set, not how many there are.
          // ("thirty-one of the tags" is a number, read at its last word.)
          .filter(
            ({ t, k }) => !(t.normal === 'one' && ts.tokens[k + 1]?.normal === 'of' && !compoundAt(ts, k)),
          )
          // Nor the whole of a part that does what is asked: "how many stations were working" of "only two of
          // the planned seven stations were working" is two, unless the words before the whole are asked.
          .filter(({ k }) => !wholeOfPart(ts, k, q))
          // Nor "half the team": a share of a number, no number of them; nor "90% of subscribers", a share too.
          .filter(({ t }) => !(many && t.normal === 'half'))
          .filter(({ k }) => !(many && PERCENT_AFTER.test(ts.tokens[k + 1]?.normal ?? '')))
          // Nor a time of day: "shortly after 11 p.m.", "at 9:30".
          .filter(({ t }) => !clocksIn(ts).some(([from, to]) => from <= t.start && t.end <= to))
          // A stretch of time ("ten days") answers "how many days", not "how much" of anything else.
          // (So does a stretch written as one word with a hyphen: "a two-year trial" counts no devils.)
          .filter(
            ({ k }) =>
              !TIME_UNIT.test(
                (ts.tokens[k + 1]?.raw === '-' ? ts.tokens[k + 2] : ts.tokens[k + 1])?.lemma ?? '',
              ) ||
              countsTime ||
              // ("by how much did <A> beat <B>" of "nine seconds ahead of <B>": a margin of time.)
              byHowMuch,
          )
          // (Nor a speed a length: "11 kilometres per hour" is no "how long".)
          .filter(
            ({ k }) =>
              !(q.words.has('long') || q.words.has('far')) ||
              !PER_TIME.test(` ${[2, 3].map((d) => ts.tokens[k + d]?.raw ?? '').join(' ')}`),
          )
          // (Nor a distance a size: "lies less than 2 km from the site" is how far, not "how big".)
          .filter(({ k }) => !sizeAsked || !/^(?:from|away)$/.test(ts.tokens[k + 2]?.normal ?? ''))
          // (A measure, a sum or a share of it: "has risen to about 71", "a mother with two cubs", "51 eight years
          // ago" give no size, nor "a 240-kilometre road" the size of anything but the road.)
          .filter(
            ({ t, k }) =>
              !sizeOfThing ||
              /^[$€£¥₹₩]/.test(t.raw) ||
              /^[$€£¥₹₩]$/.test(ts.tokens[k - 1]?.raw ?? '') ||
              isCurrency(ts.tokens[k - 1]?.raw ?? '') ||
              sizeUnitAt(ts, k, q),
          )
          .map(({ t, k }) => {
            const before = ts.tokens[k - 1];
            const after = ts.tokens[k + 1];
            // ("$4.10 per delivery": a rate says what it is per.)
            const per =
              after?.normal === 'per' && ts.tokens[k + 2]?.pos === 'NOUN' ? ` ${ts.tokens[k + 2]?.raw}` : '';
            // ("7.4 million euros": a scale and the currency after it; "85 million Australian dollars", "4.5
            // million New Zealand dollars": with the currency's country, of up to two words.)
            const followed = [2, 3, 4].map((j) => ts.tokens[k + j]?.raw ?? '');
            const currencyAt =
              followed.findIndex(
                (w, j) => isCurrency(w) && followed.slice(0, j).every((c) => /^\p{Lu}/u.test(c)),
              ) + 1;
            const scaled =
              after && isScale(after.raw) && currencyAt > 0
                ? ` ${after.raw} ${followed.slice(0, currencyAt).join(' ')}`
                : '';
            // ("a <12,000>-euro fine": the currency joined to the number by a hyphen, as a sum.)
            // (So does a measure: "a 38-hectare depot".)
            const joined =
              after?.raw === '-' &&
              (isCurrency(ts.tokens[k + 2]?.raw ?? '') ||
                (sizeAsked && isUnit(ts.tokens[k + 2]?.lemma ?? '')))
                ? `-${ts.tokens[k + 2]?.raw}`
                : '';
            // (Any currency the gazetteer knows, "4,400 cedis", as well as the common units.)
            const unit =
              scaled ||
              joined ||
              (after && (UNITS.test(after.raw) || isCurrency(after.raw)) ? ` ${after.raw}${per}` : '');
            // (A measure of something: "61,000 tonnes", "42,000 cubic metres".)
            const measured =
              after !== undefined &&
              (isUnit(after.lemma) ||
                isUnit(after.normal) ||
                isUnit(after.raw.toLowerCase()) ||
                isUnit(ts.tokens[k + 2]?.lemma ?? ''));
            // ("how much tailings escaped": a measure keeps its unit, "42,000 cubic metres", up to "of <what>".)
            const unitWords: string[] = [];
            for (let m = k + 1; measured && !unit && m <= k + 3; m++) {
              const w = ts.tokens[m];
              if (!w || w.normal === 'of' || !/^(?:NOUN|ADJ)$/.test(w.pos)) break;
              unitWords.push(w.raw);
            }
            const measure = unitWords.length > 0 ? ` ${unitWords.join(' ')}` : '';
            const currency = before && /^[A-Z]{0,2}[$€£]$/.test(before.raw) ? before.raw : '';
            // ("more than 60 millimetres": a measure given as not exact keeps the words that say so.)
            const twoBefore = `${ts.tokens[k - 2]?.normal ?? ''} ${before?.normal ?? ''}`;
            // (So does a share in words: "nearly half".)
            const approximate =
              measure === '' && !/^(?:half|third|quarter)$/.test(t.normal)
                ? ''
                : cueWords().approximators.has(twoBefore)
                  ? `${twoBefore} `
                  : cueWords().approximators.has(before?.normal ?? '')
                    ? `${before?.normal} `
                    : '';
            // "How many X": the number counts X when X follows it closely ("34 seats", "19 of the 24 chapters").
            const partitive = after?.normal === 'of';
            // (Or the noun counted itself, which the question asks for and need not be a word to find the
            // sentence by: "how many jobs are being cut" of "cutting 430 of its 470 jobs".)
            let counts = false;
            // (Within the number's own phrase: "5,900 stores and cut about 2,400 jobs" counts no jobs by 5,900.)
            // (Past a verb, the noun counted is another's: "two of its runners exchanged the team sash" counts
            // runners, and no teams; not past a participle describing it, "212 planned operations".)
            let pastVerb = false;
            // (Hyphened describing words take more room: "46 third- and fourth-year students".)
            const hyphens = ts.tokens.slice(k + 1, k + 7).filter((x) => x.raw === '-').length;
            for (let p = k + 1; p <= k + (partitive ? 6 : 4) + 2 * hyphens && !counts; p++) {
              const w = ts.tokens[p];
              // (Not between words describing it: "14,000 current and former couriers".)
              const ended = /^(?:NOUN|PROPN|NUM)$/.test(ts.tokens[p - 1]?.pos ?? '');
              if ((w?.pos === 'CCONJ' && ended) || (w?.pos === 'PUNCT' && w.raw !== '-' && ended)) break;
              if (
                w?.pos === 'AUX' ||
                (w?.pos === 'VERB' &&
                  !(
                    /^(?:NOUN|NUM|ADJ)$/.test(ts.tokens[p + 1]?.pos ?? '') &&
                    /^(?:NUM|ADJ|VERB|PUNCT|DET)$/.test(ts.tokens[p - 1]?.pos ?? '')
                  ))
              )
                pastVerb = true;
              counts = pastVerb ? at.includes(p) && !isCounted(ts, p) : at.includes(p) || isCounted(ts, p);
            }
            // ("injured 14 others": the number right after the question's verb is what it did to, when nothing
            // is counted by name.)
            if (!counts && asked === undefined && ts.tokens[k - 1]?.pos === 'VERB' && at.includes(k - 1))
              counts = true;
            // ("a crew of 38": the number after a group noun of the question's is how many it has.)
            if (
              before?.normal === 'of' &&
              ts.tokens[k - 2]?.pos === 'NOUN' &&
              (at.includes(k - 2) || isCounted(ts, k - 2)) &&
              after?.pos !== 'NOUN'
            )
              counts = true;
            // (Not a measure: "six weeks", "nine tonnes" count no people.)
            // (Past words describing the things counted: "2,200 out-of-print Dutch novels".)
            // ("430 of its 470 jobs": the part counts the noun after "of" and the whole.)
            let thing = k + 1;
            if (partitive)
              while (thing < k + 4 && /^(?:ADP|DET|PRON|NUM)$/.test(ts.tokens[thing]?.pos ?? '')) thing++;
            while (
              thing < k + 8 &&
              // (Not past a scale or currency: "a 12-million-euro fund" is a sum.)
              !SCALE_OR_CURRENCY.test(ts.tokens[thing]?.normal ?? '') &&
              (ts.tokens[thing]?.pos === 'ADJ' ||
                (ts.tokens[thing]?.pos === 'PROPN' && ts.tokens[thing + 1]?.pos === 'NOUN') ||
                ts.tokens[thing]?.raw === '-' ||
                ts.tokens[thing + 1]?.raw === '-' ||
                ts.tokens[thing - 1]?.raw === '-')
            )
              thing++;
            // ("how many people" of "the 1,100-seat opera house": a number joined to a noun by a hyphen measures
            // that noun's thing, which counts no one.)
            const measuresOther = many && after?.raw === '-' && !isCounted(ts, k + 2);
            const ofNoun = [ts.tokens[k + 1], ts.tokens[k + 2], ts.tokens[thing]].some(
              (x) => x?.pos === 'NOUN' && !units.has(x.lemma) && !units.has(x.normal),
            );
            // (The last noun of the phrase: "86 parking spaces" counts spaces.)
            let last = thing;
            while (ts.tokens[last + 1]?.pos === 'NOUN') last++;
            const counted = ts.tokens[last];
            // (Equivalent words count the same thing: "how many staff" of "640 employees".)
            const otherNoun =
              head !== undefined &&
              counted?.pos === 'NOUN' &&
              at.includes(last) &&
              counted.lemma.slice(0, 5) !== head.slice(0, 5) &&
              canonOf(counted.lemma) !== canonOf(head) &&
              // (The question's own word, which a synonym may have replaced: "journeys" read as "visit".)
              !isCounted(ts, last);
            // ("how many carts" of "1,900 cart journeys": the noun asked only describes another, which is counted;
            // not "a 16,000-seat ground", a measure of it, nor a noun the question has too, "walk-in clinics".)
            const describesOther =
              counted?.pos === 'NOUN' &&
              last > k + 1 &&
              after?.raw !== '-' &&
              !q.ownLemmas.includes(counted.lemma) &&
              !q.lemmas.includes(counted.lemma) &&
              !isCounted(ts, last) &&
              asked !== undefined &&
              canonOf(counted.lemma) !== canonOf(asked) &&
              ts.tokens.slice(k + 1, last).some((_x, j) => isCounted(ts, k + 1 + j));
            // ("<A> runs 142 shops and <B> runs 88": a number in a clause whose named party is another than the
            // one asked about is that other's.)
            const owner = partyBefore(store, ts, k);
            const others =
              owner !== undefined &&
              !q.mentions.some((m) => m.id === owner || shareNameWord(store, m.id, owner)) &&
              partiesIn(store, ts).some((x) => q.mentions.some((m) => m.id === x.id));
            // ("... and <B> runs 88": a number closing its clause counts what the same verb counted before it.)
            const elided =
              !counts &&
              (after === undefined || /^(?:PUNCT|CCONJ)$/.test(after.pos)) &&
              ts.tokens.some((x, j) => j < k && x.pos === 'VERB' && x.lemma === ts.tokens[k - 1]?.lemma) &&
              ts.tokens.some((_x, j) => j < k - 1 && isCounted(ts, j));
            // ("what share of <X> goes to <a place>": a percentage far from the place named is of something else,
            // "40 percent of their shipments to <a region> ... unless <the place> ...".)
            const placed = !percent || placesNear(q, store, ts, k);
            return {
              placed,
              text: `${approximate}${currency}${compoundAt(ts, k) ? `${ts.tokens[k - 2]?.raw}-` : ''}${t.raw}${unit || measure}`.replace(
                ' %',
                '%',
              ),
              sum: currency !== '' || isCurrency(unit.split(/[ -]/).at(-1) ?? ''),
              bare: currency === '' && unit === '' && measure === '',
              counts: (counts || elided) && !otherNoun && !describesOther && !measuresOther,
              others,
              measured,
              ofNoun: ofNoun && !measuresOther,
              // (A part, "cutting 430 of its 470 jobs", answers for the act just before it; else the whole does.)
              rank:
                (counts && !otherNoun && !describesOther ? 0 : 10) +
                (partitive ? (at.some((p) => p < k && k - p <= 3) ? -1 : 1) : 0) +
                near(ts, k + 1) / 100,
            };
          })
      );
    });
    // "How many people ...": the counted noun is the question's own word for people, so a number of anyone
    // ("2,460 patients") counts.
    const ofPeople = q.normals.some((w) => cueWords().personNouns.has(w));
    const moneyCounted = many && q.normals.some((w) => isCurrency(w));
    const priced = money || (price && numbers.some((n) => n.sum && !n.others));
    const best = numbers
      .filter((n) => !many || n.counts || (ofPeople && n.ofNoun))
      // ("how many people had tickets" of "will get 70 euros back": a sum counts no people, only the money asked.)
      .filter((n) => !many || !n.sum || moneyCounted)
      .filter((n) => !n.others)
      .filter((n) => !percent || (/(%| percent)$/.test(n.text) && n.placed))
      // ("by how much did they raise the price": a change, which a percentage gives as well as a sum.)
      // (Nor "how much of the cost will <A> cover": a share of a sum, which a percentage gives.)
      .filter((n) => !priced || n.sum || ((byHowMuch || shareOf) && /(%| percent)$/.test(n.text)))
      // "How much ...?" is not answered by a count of things ("thousands of people", "40 homes").
      .filter((n) => !q.words.has('much') || !n.bare || !n.ofNoun)
      // ("how high is <X>": with no length given, a measure of anything else is no height.)
      // (Nor a share of something, "grown by nearly half": only a sum or a rate is high.)
      .filter((n) => dimension !== 'high' || (!n.measured && (n.sum || /(%| percent)$/.test(n.text))))
      // ("how big is the depot": a measure of the thing before any sum spent on it.)
      .filter((n, _i, all) => !sizeOfThing || !n.sum || !all.some((o) => o.measured && !o.sum))
      .sort((a, b) => a.rank - b.rank)[0];
    if (best) return `${capitalize(best.text)}.`;
    // ("how much of the price do farmers get" of "less than a tenth of the price": a share said as a fraction.)
    const part = many || priced ? undefined : nearestMatch(sentences, FRACTION, near);
    return part ? `${capitalize(part)}.` : undefined;
  }
  if (kind === 'how' && q.words.has('long')) {
    // "How long ...": a stretch of time or a length near the question's words ("for five months", "52 minutes
    // later", "the 7.4-kilometre line"); one that qualifies another noun ("an eight-hour debate" when the line is
    // asked about) is passed over.
    // ("how long will the line be": a stretch of time given is of something past, so only a length.)
    // (Unless a state is asked to go on: "how long will it stay shut" of "would stay shut for six weeks".)
    const goingOn = asksStateGoingOn(q);
    const ahead = q.normals.some((w) => w === 'will' || w === "'ll" || w === 'gonna') && !goingOn;
    // ("how long is the ship": what something is, now, is a length; "a few years" is of something else.)
    const subject = q.lemmas.filter((_l, i) => q.pos[i] === 'NOUN').at(-1);
    // (Not with a state said of it, straight after it and last: "how long are the routes shut (for)" asks a time.)
    const subjectAt = q.pos.lastIndexOf('NOUN');
    const lastAt = q.pos.findLastIndex((p, i) => p !== 'PUNCT' && q.normals[i] !== 'for');
    const stateSaid =
      lastAt === subjectAt + 1 &&
      (q.pos[lastAt] === 'ADJ' ||
        (q.pos[lastAt] === 'VERB' && /(?:ed|en|ut|wn)$/.test(q.normals[lastAt] ?? '')));
    const thing =
      !stateSaid &&
      onlyBeVerb(q) &&
      q.normals.some((w) => w === 'is' || w === 'are' || w === "'s") &&
      subject !== undefined &&
      !cueWords().happenings.has(subject) &&
      !cueWords().spanNouns.has(subject);
    // (Unless the stretch of time is the thing's own: "a four-year ban" answers "how long is the ban".)
    const ownSpan = (ts: TokenSentence, m: RegExpMatchArray) => {
      const next = ts.tokens.findIndex((t) => t.start >= (m.index ?? 0) + m[0].length);
      return ts.tokens[next]?.lemma === subject || ts.tokens[next + 1]?.lemma === subject;
    };
    // ("how long will the line stay closed": a stretch from a sentence about what is to come, not "closing the line
    // for 30 hours" in an earlier year.)
    const willAsk = goingOn && q.normals.some((w) => w === 'will' || w === "'ll" || w === 'gonna');
    const spans = sentences.flatMap((ts) =>
      willAsk && !/\b(?:will|would|expected|set to|until|till)\b/i.test(ts.sentence.text)
        ? []
        : [
            ...(ahead
              ? []
              : [...ts.sentence.text.matchAll(DURATION)]
                  .filter((m) => !thing || ownSpan(ts, m))
                  // (Not "9,000 years ago": when, not how long.)
                  .filter((m) => !/^\s+ago\b/i.test(ts.sentence.text.slice((m.index ?? 0) + m[0].length)))),
            // (Not a speed: "11 kilometres per hour" is no length.)
            // (Nor a distance from something, "lies 3 km from the park", nor a depth, "at a depth of 18 metres".)
            // (Nor any length when a state is asked to go on: "how long will the line stay closed" asks a time.)
            ...[...(goingOn || stateSaid ? [] : ts.sentence.text.matchAll(LENGTH))].filter(
              (m) =>
                !isSpeed(ts.sentence.text, m) &&
                !/^\s+(?:from|away)\b/i.test(ts.sentence.text.slice((m.index ?? 0) + m[0].length)) &&
                !ofOtherDimension(ts.sentence.text, m.index ?? 0, 'long'),
            ),
          ].map((m) => {
            const from = m.index ?? 0;
            // ("1 day, 10 hours and 17 minutes": a time given in several units, whole.)
            const more = TIME_PARTS.exec(ts.sentence.text.slice(from + m[0].length))?.[0] ?? '';
            let next = ts.tokens.findIndex((t) => t.start >= from + m[0].length + more.length);
            // (Past the adjectives before the noun: "the 3.6-metre main mirror".)
            while (ts.tokens[next]?.pos === 'ADJ' && ts.tokens[next + 1]?.pos === 'NOUN') next++;
            const qualifies = ts.tokens[next]?.pos === 'NOUN' && near(ts, next) > 0;
            return {
              text: `${m[0]}${more}`,
              dist:
                near(
                  ts,
                  ts.tokens.findIndex((t) => t.start >= from),
                ) + (qualifies ? 50 : 0),
            };
          }),
    );
    // (Far from every word of the question, a span is of something else: another sentence may hold the one asked.)
    const best = spans.filter((s) => s.dist <= MAX_SPAN_DISTANCE).sort((a, b) => a.dist - b.dist)[0];
    // ("how long has the site been empty": "empty since 2009" gives when it began, which answers it.)
    const since = best || ahead ? undefined : sinceNear(sentences, near);
    if (since) return `${capitalize(since)}.`;
    // ("how long will the plant stay closed": "shut until at least the end of the month" gives when it ends.)
    const until = best || thing ? undefined : nearestMatch(sentences, UNTIL, near);
    if (until) return `${capitalize(until.replace(/\s+$/, ''))}.`;
    if (!best) return undefined;
    // ("an eight-hour debate", "the 7.4-kilometre line": the measure as an amount, "Eight hours".)
    const amount = best.text
      .replace(/^an? (?=\S+-)/i, '')
      .replace(/^(\S+)-([a-z]+?)s?$/i, (_, n: string, unit: string) =>
        /^(?:one|1|a|an)$/i.test(n) ? `${n} ${unit}` : `${n} ${unit}s`,
      );
    return `${amount.charAt(0).toUpperCase()}${amount.slice(1)}.`;
  }
  if (kind === 'why') {
    // ("what led to the <X>": a thing asked about, no act of its own; a reason after another verb of the
    // sentence is that act's, "<X> which had been severed in response to <Y>".)
    const thingOnly = q.wh !== 'why' && contentVerbs(q).every((v) => cueWords().causingVerbs.has(v));
    return reasonIn(
      sentences,
      matched,
      thingOnly ? (lemma) => !cueWords().genericEventWords.has(lemma) : undefined,
    );
  }
  return undefined;
}

/**
 * "who runs <X>" of "<A> runs 142 shops and <X> runs 88": where the sentences have the question's verb only with
 * <X> as its subject, <X> does it; they do not say who does it to <X>.
 */
/** The question's one verb other than "be", "do" and "have" ("who founded <X>"), if it has exactly one. */
function soleVerb(q: ParsedQuestion): number | undefined {
  const verbs = q.pos.flatMap((p, i) =>
    p === 'VERB' && !['be', 'do', 'have'].includes(q.lemmas[i] ?? '') ? [i] : [],
  );
  return verbs.length === 1 ? verbs[0] : undefined;
}

/** Whether a token `test` picks out follows the number at k in its own phrase ("128 million euro <stadium>"). */
function attachedAfter(
  ts: TokenSentence,
  k: number,
  test: (t: TokenSentence['tokens'][number]) => boolean,
): boolean {
  for (let j = k + 1; j < k + 6; j++) {
    const t = ts.tokens[j];
    if (!t || t.pos === 'ADP' || t.pos === 'PUNCT' || t.pos === 'VERB' || t.pos === 'CCONJ') return false;
    if (test(t)) return true;
  }
  return false;
}

/** Where the sentences use the question's verb at `v` (by its lemma, as read or as typed). */
const usesOfVerb = (q: ParsedQuestion, v: number, sentences: readonly TokenSentence[]) =>
  sentences.flatMap((ts) =>
    ts.tokens.flatMap((t, k) =>
      t.pos === 'VERB' && (t.lemma === q.lemmas[v] || t.lemma === q.ownLemmas[v]) ? [{ ts, t, k }] : [],
    ),
  );

function actsItself(q: ParsedQuestion, sentences: readonly TokenSentence[], store: FactStore): boolean {
  const v = soleVerb(q);
  if (v === undefined) return false;
  const object = q.mentions.find((m) => m.start > v && store.entities.get(m.id)?.kind !== 'place');
  const e = object && store.entities.get(object.id);
  if (!e) return false;
  const names = [e.name, ...e.aliases].filter((n) => n.length > 2).map(escapeRegExp);
  const subject = new RegExp(`(?:${names.join('|')})(?:'s)?\\s*$`, 'i');
  // (Within its own clause: not past "and", "but" or a comma.)
  const breaks = [...cueWords().clauseBreakWords].join('|');
  const after = new RegExp(`^\\s*(?:(?!(?:${breaks})\\b)[^\\s,;]+\\s+){0,4}?(?:${names.join('|')})\\b`, 'i');
  const uses = usesOfVerb(q, v, sentences).map(({ ts, t }) => ({
    by: subject.test(ts.sentence.text.slice(0, t.start)),
    to: after.test(ts.sentence.text.slice(t.end)),
  }));
  return uses.some((u) => u.by) && !uses.some((u) => u.to);
}

/**
 * "who founded <X>" of "<X>, a start-up founded four years ago": the question's verb stands in the sentences only
 * as a participle describing a noun, with no "by" after it, so they never say who did it.
 */
function agentUnstated(q: ParsedQuestion, sentences: readonly TokenSentence[]): boolean {
  const v = soleVerb(q);
  if (v === undefined) return false;
  const uses = usesOfVerb(q, v, sentences);
  return (
    uses.length > 0 &&
    uses.every(({ ts, k }) => {
      const before = ts.tokens[k - 1];
      // (After a common noun, or a hyphenated one, "a start-up founded four years ago", and with no object of its
      // own: "<Name> signed the contract" is its subject acting.)
      const describing = before?.pos === 'NOUN' || ts.tokens[k - 2]?.raw === '-';
      const object = /^(?:DET|PRON|PROPN|NOUN)$/.test(ts.tokens[k + 1]?.pos ?? '');
      const by = ts.tokens.slice(k + 1, k + 5).some((t) => t.normal === 'by');
      return describing && !object && !by && ts.tokens[k]?.normal.endsWith('ed') === true;
    })
  );
}

/**
 * "who refereed the game" of "... while the referees and players carried on": the question's verb stands in the
 * sentences only as the noun for those who do it, with no name beside it, so they never say who did it.
 */
function agentOnlyNamedByNoun(q: ParsedQuestion, sentences: readonly TokenSentence[]): boolean {
  const v = soleVerb(q);
  if (v === undefined || usesOfVerb(q, v, sentences).length > 0) return false;
  const nouns = sentences.flatMap((ts) =>
    ts.tokens.flatMap((t, k) => (t.pos === 'NOUN' && t.lemma === q.lemmas[v] ? [{ ts, k }] : [])),
  );
  return (
    nouns.length > 0 &&
    nouns.every(
      ({ ts, k }) =>
        ts.tokens[k - 1]?.pos !== 'PROPN' &&
        ts.tokens[k + 1]?.pos !== 'PROPN' &&
        !(ts.tokens[k + 1]?.raw === ',' && ts.tokens[k + 2]?.pos === 'PROPN'),
    )
  );
}

/** The parties (people, bodies, countries) a sentence names, with the token each name starts at. */
const PARTIES = new WeakMap<TokenSentence, { id: string; at: number }[]>();
function partiesIn(store: FactStore, ts: TokenSentence): { id: string; at: number }[] {
  let found = PARTIES.get(ts);
  if (found) return found;
  const text = ts.sentence.text;
  found = store.facts.entities
    .filter((e) => e.kind !== 'place')
    .flatMap((e) =>
      [e.name, ...e.aliases].flatMap((name) => {
        const word = new RegExp(
          `(?<![\\p{L}\\d])${escapeRegExp(name.replace(/^the /i, ''))}(?![\\p{L}\\d])`,
          'giu',
        );
        return [...text.matchAll(word)].map((m) => ({
          id: e.id,
          at: ts.tokens.findIndex((t) => t.start >= (m.index ?? 0)),
        }));
      }),
    )
    .filter((x) => x.at >= 0);
  PARTIES.set(ts, found);
  return found;
}

/** Marks and words that end a clause: a party before one is not the subject of what comes after it. */
const breaksClause = (raw: string) =>
  /^[,;:()]$/.test(raw) || cueWords().clauseBreakWords.has(raw.toLowerCase());

/** The party named last before token `k` in its own clause ("<A> runs 142 shops"), if any. */
function partyBefore(store: FactStore, ts: TokenSentence, k: number): string | undefined {
  let from = k - 1;
  while (from >= 0 && !breaksClause(ts.tokens[from]?.raw ?? '')) from--;
  let best: { id: string; at: number } | undefined;
  for (const x of partiesIn(store, ts)) if (x.at > from && x.at < k && (!best || x.at > best.at)) best = x;
  // (Its subject: a verb stands between the name and the number, "<A> runs 142", not "NZ$210,000".)
  const verb = best && ts.tokens.slice(best.at + 1, k).some((t) => t.pos === 'VERB' || t.pos === 'AUX');
  return verb ? best?.id : undefined;
}

/** Whether two entities' names share a word ("<A> Norte" and "<A> Norte Resources"): perhaps one party. */
function shareNameWord(store: FactStore, a: string, b: string): boolean {
  const words = (id: string) => {
    const e = store.entities.get(id);
    return new Set(e ? [e.name, ...e.aliases].flatMap((n) => n.toLowerCase().split(/\s+/)) : []);
  };
  const mine = words(a);
  return [...words(b)].some((w) => w.length > 2 && mine.has(w));
}

/**
 * "Who is the president of <place>?": a role asked of a place or party is held by someone only when the
 * article gives that person the role there; a sentence that merely has both words does not say who. Asked of
 * no place ("who is the director"), someone must hold the role itself, not a qualified one.
 */
/** Whether every place or country the question names is named within a few tokens of token `k`. */
function placesNear(q: ParsedQuestion, store: FactStore, ts: TokenSentence, k: number): boolean {
  const text = ts.sentence.text.toLowerCase();
  return q.mentions
    .map((m) => store.entities.get(m.id))
    .filter((e): e is Entity => e?.kind === 'place' || e?.kind === 'country')
    .every((e) =>
      [e.name, ...e.aliases].some((name) => {
        const from = text.indexOf(name.toLowerCase().replace(/^the /, ''));
        if (from < 0) return false;
        const at = ts.tokens.findIndex((t) => t.start >= from);
        return at >= 0 && Math.abs(at - k) <= 6;
      }),
    );
}

export function roleUnheld(q: ParsedQuestion, store: FactStore, roles: ReadonlySet<string>): boolean {
  // Only "who is the <role> ...": "who chairs X" asks who acts, which the sentences answer.
  if (q.wh !== 'who' || q.lemmas[q.normals.indexOf('who') + 1] !== 'be') return false;
  // (The role is the noun before any "for"/"of"/"at": "the spokesperson for the pilots' union" asks no pilot.)
  const adp = q.pos.findIndex((p, i) => p === 'ADP' && i > 1);
  const asked = q.lemmas.filter((l, i) => q.pos[i] === 'NOUN' && roles.has(l) && (adp < 0 || i < adp));
  if (asked.length === 0) return false;
  const places = q.mentions.filter((m) => store.entities.get(m.id)?.kind !== 'person').map((m) => m.id);
  // ("who is the director": with no place, held by anyone at all; "the director" is not a deputy director.)
  if (q.mentions.some((m) => store.entities.get(m.id)?.kind === 'person')) return false;
  const namesOf = (id: string) => {
    const e = store.entities.get(id);
    return [e?.name ?? '', ...(e?.aliases ?? [])].filter((a) => a.length > 1).map((a) => a.toLowerCase());
  };
  return !store.facts.entities.some((e) => {
    if (e.kind !== 'person') return false;
    const about = `${e.title ?? ''} ${e.description}`.toLowerCase();
    // "the minister" is not a deputy minister: a qualified role is another role.
    const holds = (role: string) =>
      new RegExp(`(^|\\W)${role}\\b`).test(about) &&
      !new RegExp(`\\b(${cueWords().lists.titleQualifiers.join('|')})[\\s-]+(\\w+[\\s-]+)?${role}\\b`).test(
        about,
      );
    return (
      asked.every(holds) &&
      places.every((p) => e.side === p || e.memberOf === p || namesOf(p).some((a) => about.includes(a)))
    );
  });
}
