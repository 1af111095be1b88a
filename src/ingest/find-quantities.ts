/**
 * Numbers with what they count, in one sentence: "$680 million", "14,000 couriers", "11 percent", a "2-1"
 * decision, "27 people killed". Years and the numbers of dates are not quantities. The words around
 * numbers (currencies, scales, units, qualifiers, casualties) are data (`gazetteer.json`).
 */
import { CARDINAL_WORDS } from '../nlp/number-words.js';
import type { FoundDate } from './find-dates.js';
import type { Gazetteer } from './gazetteer.js';
import { type Token, type TokenSentence, touching } from './sentence-tokens.js';

export interface FoundQuantity {
  /** The number as written, with its qualifier, currency, scale or percent: "about $680 million". */
  text: string;
  /** The number, or both sides of a vote or score. */
  value: number | [number, number];
  /** "%", "percentage point", a currency or a unit of measure. */
  unit?: string;
  /** What is counted or measured: "couriers", "homes destroyed", "vote". */
  noun: string;
  /** Character offsets of `text` in the sentence. */
  start: number;
  end: number;
}

const DIGITS = /^(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$/;
const SCORE = /^(\d+)[-–](\d+)$/;
const YEAR = /^(1[89]|20)\d\d$/;
const CLOCK = /^(a\.m\.|p\.m\.|am|pm|gmt|utc|bst|cet)$/;
// "the two sides", "both countries": who is meant, not a count the article reports.
const REFERS = new Set(['the', 'these', 'those', 'both', 'its', 'their', 'his', 'her', 'our', 'all']);
const NOUNISH = new Set(['NOUN', 'ADJ', 'PROPN']);
const TIME_UNIT = /^(second|minute|hour|day|week|month|year|decade|centurie|century)$/;

/**
 * Every quantity of one sentence. `dates` are the sentence's dates: their numbers are not quantities.
 * @example findQuantities(tokens('Some 14,000 couriers won $680 million.'), gazetteer)
 *   // [{ text: 'Some 14,000', value: 14000, noun: 'couriers', … }, { text: '$680 million', value: 680000000, unit: 'dollar', noun: 'dollar', … }]
 */
export function findQuantities(
  ts: TokenSentence,
  g: Gazetteer,
  dates: readonly FoundDate[] = [],
): FoundQuantity[] {
  const found: FoundQuantity[] = [];
  for (let i = 0; i < ts.tokens.length; i++) {
    const read = readQuantity(ts, i, g, dates);
    if (!read) continue;
    found.push(read.quantity);
    i = read.next - 1;
  }
  return found;
}

/** The quantity starting at token `i` (at its currency sign or its number), and the token after it. */
function readQuantity(ts: TokenSentence, i: number, g: Gazetteer, dates: readonly FoundDate[]) {
  const { tokens } = ts;
  const t = (k: number): Token | undefined => tokens[k];
  const first = t(i);
  if (!first || dates.some((d) => first.start >= d.start && first.end <= d.end)) return undefined;
  // A currency sign before the number: "$", "A$", and "HK" "$" written together.
  const joined = touching(first, t(i + 1)) ? `${first.raw}${t(i + 1)?.raw}` : '';
  // (A sign has a symbol in it; a currency word comes after the number.)
  const sign =
    g.currencies.has(first.raw) && /[^a-z]/i.test(first.raw) ? 1 : g.currencies.has(joined) ? 2 : 0;
  let currency = sign ? g.currencies.get(sign === 1 ? first.raw : joined) : undefined;
  const at = i + sign;
  const number = numberAt(tokens, at, g);
  if (!number || (sign && !number.digits)) return undefined;
  const before = t(at - 1)?.normal ?? '';
  let { value } = number;
  let k = number.next;
  if (number.digits && YEAR.test(t(at)?.raw ?? '') && !currency) return undefined;
  if (CLOCK.test(t(k)?.normal ?? '') || before === 'no.' || before === '#') return undefined;
  if (!number.digits && (REFERS.has(before) || /'s$/.test(before) || t(at - 1)?.raw === "'s"))
    return undefined;
  // "one of its lines", "one-off": "one" counts only the noun right after it.
  if (t(at)?.normal === 'one' && t(k)?.pos !== 'NOUN') return undefined;
  let unit: string | undefined;
  let noun: string | undefined;
  const scale = t(k);
  // "million" always scales; "m" and "bn" only money or a number they touch ("€2.5bn").
  if (
    scale &&
    g.numberScales.has(scale.normal) &&
    (scale.normal.length > 3 || currency || touching(t(k - 1), scale))
  ) {
    value = typeof value === 'number' ? value * (g.numberScales.get(scale.normal) ?? 1) : value;
    k++;
  }
  // "600 euros", "85 million Australian dollars".
  const demonym = g.countryOfDemonym.has(t(k)?.normal ?? '') ? t(k)?.raw : undefined;
  const word = t(demonym ? k + 1 : k);
  if (word && !currency && (word.pos === 'NOUN' || word.pos === 'PROPN') && g.currencies.has(word.normal)) {
    const name = g.currencies.get(word.normal) ?? word.normal;
    currency = demonym ? `${demonym} ${name}` : name;
    k += demonym ? 2 : 1;
  }
  const percent = phraseAt(tokens, k, g.percentWords);
  if (percent) {
    unit = percent.startsWith('percentage') ? 'percentage point' : '%';
    k += percent.split(' ').length;
  }
  // "58 votes to 31", "a vote of 11 to 4": both sides of a vote.
  const votesTo = t(k)?.lemma === 'vote' && t(k + 1)?.normal === 'to' ? k + 2 : -1;
  const voteOf = t(k)?.normal === 'to' && before === 'of' && t(at - 2)?.lemma === 'vote' ? k + 1 : -1;
  const other = Math.max(votesTo, voteOf);
  if (other > 0 && typeof value === 'number' && DIGITS.test(t(other)?.raw ?? '')) {
    value = [value, Number(t(other)?.raw.replace(/,/g, ''))];
    noun = votesTo > 0 ? (t(k)?.raw ?? 'votes') : 'vote';
    k = other + 1;
  }
  // "16-day strike", "22-year-old student", "5,000-strong crowd": a compound before the noun.
  let compound = false;
  while (t(k)?.raw === '-' && touching(t(k - 1), t(k)) && touching(t(k), t(k + 1))) {
    const part = singular(t(k + 1)?.raw.toLowerCase() ?? '');
    const times = g.numberScales.get(part);
    // "$210-million award": a scale written into the compound.
    if (times && part.length > 3 && typeof value === 'number') value *= times;
    else if (g.currencies.has(part) && !currency) currency = g.currencies.get(part);
    else if (g.measureUnits.has(part) && !unit) unit = part;
    compound = true;
    k += 2;
  }
  if (compound && !number.digits && !unit) return undefined;
  const end = t(k - 1);
  if (!end) return undefined;
  // A unit on its own is what is measured: "2,850 hectares", "two days".
  const unitWord = t(k);
  const unitName = singular(unitWord?.raw.toLowerCase() ?? '');
  // "four years ago", "two days later": a date counted back or on, not a quantity.
  if (
    unitWord &&
    /^(ago|later|earlier|before|after|from)$/.test(t(k + 1)?.normal ?? '') &&
    TIME_UNIT.test(unitName)
  )
    return undefined;
  const head = t(k + 1)?.pos !== 'NOUN';
  if (!noun && !unit && !currency && !percent && unitWord && head && g.measureUnits.has(unitName)) {
    unit = unitName;
    noun = unitWord.raw;
    k++;
  }
  const qualifier = qualifierBefore(tokens, i, g);
  const opening = qualifier ? tokens.indexOf(qualifier) : i;
  // (A compound describes its noun, which the number does not count: "her 74-year-old father".)
  noun ??= nounAt(tokens, k, compound ? undefined : g, opening) ?? nounBefore(tokens, opening - 1);
  if (!noun && currency) noun = currency;
  // "voted 5-2": a score after a verb of voting is a vote.
  if (!noun && typeof value !== 'number' && t(opening - 1)?.lemma === 'vote') noun = 'vote';
  if (!noun && percent) noun = verbPhraseAt(tokens, k);
  noun ??= casualtyAfter(tokens, k, g) ?? casualtyBefore(tokens, opening, g);
  if (!noun) return undefined;
  const start = (qualifier ?? first).start;
  const quantity: FoundQuantity = {
    text: ts.sentence.text.slice(start, end.end),
    value,
    ...(currency ? { unit: currency } : unit ? { unit } : {}),
    noun,
    start,
    end: end.end,
  };
  return { quantity, next: k };
}

/** The number at token `k`: digits, a score ("2-1", "3–2"), or number words ("fourteen", "twenty-seven"). */
function numberAt(tokens: readonly Token[], k: number, g: Gazetteer) {
  const t = tokens[k];
  if (!t) return undefined;
  const score = SCORE.exec(t.raw);
  // "the 2028-29 season" is a span of years, not a score.
  if (score && YEAR.test(score[1] ?? '')) return undefined;
  if (score)
    return { value: [Number(score[1]), Number(score[2])] as [number, number], next: k + 1, digits: true };
  const dash = tokens[k + 1];
  const second = tokens[k + 2];
  if (DIGITS.test(t.raw)) {
    const value = Number(t.raw.replace(/,/g, ''));
    if (
      dash &&
      second &&
      /^[-–]$/.test(dash.raw) &&
      touching(t, dash) &&
      touching(dash, second) &&
      /^\d+$/.test(second.raw)
    )
      return { value: [value, Number(second.raw)] as [number, number], next: k + 3, digits: true };
    return { value: value as number | [number, number], next: k + 1, digits: true };
  }
  const word = CARDINAL_WORDS.get(t.normal) ?? g.numberWords.get(t.normal);
  if (word === undefined) return undefined;
  // "twenty-seven"
  const units = second ? CARDINAL_WORDS.get(second.normal) : undefined;
  if (word >= 20 && units !== undefined && dash?.raw === '-' && touching(t, dash) && touching(dash, second))
    return { value: (word + units) as number | [number, number], next: k + 3, digits: false };
  return { value: word as number | [number, number], next: k + 1, digits: false };
}

/** The noun phrase a number counts, right after it or after "of" ("three of the council's 13 seats"). */
function nounAt(
  tokens: readonly Token[],
  k: number,
  g: Gazetteer | undefined,
  opening: number,
): string | undefined {
  let from = k;
  if (tokens[from]?.normal === 'of') {
    from++;
    while (['DET', 'NUM'].includes(tokens[from]?.pos ?? '') || tokens[from + 1]?.raw === "'s")
      from += tokens[from + 1]?.raw === "'s" ? 2 : 1;
  }
  let last = -1;
  // ("Toronto-area couriers": a hyphen inside a word joins it.)
  // ("current and former couriers": adjectives joined by "and" describe one noun.)
  const inWord = (j: number) =>
    (tokens[j]?.raw === '-' && touching(tokens[j - 1], tokens[j])) ||
    (tokens[j]?.pos === 'CCONJ' && tokens[j - 1]?.pos === 'ADJ' && tokens[j + 1]?.pos === 'ADJ');
  for (let j = from; j < from + 6 && (NOUNISH.has(tokens[j]?.pos ?? '') || inWord(j)); j++) {
    if (tokens[j]?.pos !== 'ADJ' && !inWord(j)) last = j;
  }
  // "30 percent of normal": an adjective alone after "of" names what is counted too.
  if (last < 0 && from > k && tokens[from]?.pos === 'ADJ') last = from;
  if (last < 0) return undefined;
  const first = tokens[from];
  const end = tokens[last];
  if (!first || !end) return undefined;
  const phrase = tokens
    .slice(from, last + 1)
    .map((t, n) => (n > 0 && !touching(tokens[from + n - 1], t) ? ` ${t.raw}` : t.raw))
    .join('');
  const outcome = g && (casualtyAfter(tokens, last + 1, g) ?? casualtyBefore(tokens, opening, g));
  return outcome ? `${phrase} ${outcome}` : phrase;
}

/**
 * The noun a number is the amount of, before it: "a payment of 600 euros", "fuel costs have risen by 40
 * percent" (the subject of the verb before "by").
 */
function nounBefore(tokens: readonly Token[], k: number): string | undefined {
  if (!['of', 'by'].includes(tokens[k]?.normal ?? '')) return undefined;
  let end = k;
  if (tokens[k]?.normal === 'by')
    while (['VERB', 'AUX', 'ADV', 'PART'].includes(tokens[end - 1]?.pos ?? '')) end--;
  let from = end;
  while (from > end - 3 && ['NOUN', 'PROPN'].includes(tokens[from - 1]?.pos ?? '')) from--;
  return from < end
    ? tokens
        .slice(from, end)
        .map((t) => t.raw)
        .join(' ')
    : undefined;
}

/** What a share did, for a percentage without a noun: "71 percent voted in favour". */
function verbPhraseAt(tokens: readonly Token[], k: number): string | undefined {
  if (tokens[k]?.pos !== 'VERB') return undefined;
  let to = k + 1;
  while (to < k + 3 && ['ADP', 'NOUN', 'ADV'].includes(tokens[to]?.pos ?? '')) to++;
  return tokens
    .slice(k, to)
    .map((t) => t.raw)
    .join(' ');
}

/** "were killed", "have been destroyed", "died": what a counted noun came to, just after it. */
function casualtyAfter(tokens: readonly Token[], k: number, g: Gazetteer): string | undefined {
  let j = k;
  while (j < k + 3 && ['AUX', 'ADV', 'PART'].includes(tokens[j]?.pos ?? '')) j++;
  const two = `${tokens[j]?.normal} ${tokens[j + 1]?.normal}`;
  if (g.casualtyWords.has(two)) return two;
  return g.casualtyWords.has(tokens[j]?.normal ?? '') ? tokens[j]?.normal : undefined;
}

/** "killed 12 and injured 40": the verb right before the number. */
function casualtyBefore(tokens: readonly Token[], k: number, g: Gazetteer): string | undefined {
  const verb = tokens[k - 1];
  return verb && g.casualtyWords.has(verb.normal) ? verb.normal : undefined;
}

/** A qualifier before the number, which belongs with it: "about", "more than", "at least". */
function qualifierBefore(tokens: readonly Token[], i: number, g: Gazetteer): Token | undefined {
  for (const q of g.numberQualifiers) {
    const words = q.split(' ');
    const from = i - words.length;
    if (from >= 0 && words.every((w, k) => tokens[from + k]?.normal === w)) return tokens[from];
  }
  return undefined;
}

/** The phrase of `phrases` starting at token `k` ("per cent", "%"), longest first. */
function phraseAt(tokens: readonly Token[], k: number, phrases: readonly string[]): string | undefined {
  return [...phrases]
    .sort((a, b) => b.length - a.length)
    .find((p) => p.split(' ').every((w, n) => tokens[k + n]?.normal === w));
}

const singular = (w: string): string => (/[^s]s$/.test(w) ? w.slice(0, -1) : w);
