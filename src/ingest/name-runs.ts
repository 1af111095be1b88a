import { cueWords } from '../engine/cue-words.js';
/**
 * The pieces names are read from: capitalised runs of tokens, titles before names, appositives and relative
 * clauses after them, and what kind of name a run is (src/ingest/find-names.ts puts them together).
 */

import { SURNAME_PARTICLES } from '../nlp/surname-particles.js';
import type { NameKind } from './find-names.js';
import type { Gazetteer } from './gazetteer.js';
import { type Token, type TokenSentence, touching } from './sentence-tokens.js';

/** Words after a hyphen that end a name ("<Place>-based", "<Country>-led"), not part of it. */
const HYPHEN_SUFFIXES = new Set([
  'based',
  'born',
  'led',
  'owned',
  'backed',
  'run',
  'made',
  'funded',
  'listed',
  'registered',
  'headquartered',
  'bound',
  'style',
  'wide',
  'area',
  'era',
]);

/** Whether a word after a hyphen ends the name before it: a listed suffix, or any lower-case participle. */
const endsName = (word: string): boolean =>
  HYPHEN_SUFFIXES.has(word.toLowerCase()) || /^\p{Ll}+ed$/u.test(word);

const CONNECTORS = new Set([
  'of',
  'for',
  'de',
  'del',
  'da',
  'van',
  'von',
  'der',
  'den',
  'la',
  'le',
  'du',
  'do',
  'dos',
  'das',
  'di',
  'della',
  'dei',
  'des',
  '&',
]);
const MONTHS_DAYS =
  /^(January|February|March|April|May|June|July|August|September|October|November|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;
export const ORG_NOUNS = new Set([
  'party',
  'company',
  'ministry',
  'agency',
  'group',
  'federation',
  'union',
  'committee',
  'firm',
  'bank',
  'court',
  'council',
  'government',
  'club',
  'team',
  'coalition',
  'alliance',
  'association',
  'board',
  'maker',
  'operator',
  'contractor',
  'supplier',
  'carrier',
  'airline',
  'insurer',
  'lender',
  'retailer',
  'chain',
  'miner',
  'producer',
  'manufacturer',
  'broadcaster',
  'publisher',
  'consortium',
  'charity',
  'regulator',
  'watchdog',
  'subsidiary',
  'journal',
  'magazine',
  'newspaper',
  'farm',
  'grower',
  'brewer',
  'brewery',
  'winery',
  'distillery',
  'exporter',
  'importer',
  'processor',
  'cooperative',
  'co-operative',
  'workshop',
  'studio',
  'startup',
  'start-up',
  'developer',
  'trader',
]);
const PLACE_NOUNS = new Set([
  'region',
  'city',
  'province',
  'town',
  'state',
  'district',
  'county',
  'port',
  'island',
  'village',
  'capital',
  'suburb',
  'municipality',
  'borough',
  'outskirts',
  'neighborhood',
  'neighbourhood',
  'quarter',
  'parish',
  'commune',
  'prefecture',
  'canton',
  'hamlet',
  'township',
  'peninsula',
  'centre',
  'center',
  'north',
  'south',
  'east',
  'west',
]);
/** The last word of a name for a time of year ("Holy Week", "Independence Day"). */
const TIME_NAME_WORDS = new Set(['Week', 'Day', 'Eve', 'Weekend', 'Month']);
const PLACE_CUES = new Set([
  'in',
  'from',
  'at',
  'to',
  'near',
  'across',
  'outside',
  'inside',
  'into',
  'toward',
  'towards',
]);
/** Words that qualify a title written before a name ("deputy foreign minister", "chief executive"). */
export const QUALIFIER_WORDS = new Set([
  'deputy',
  'vice',
  'assistant',
  'acting',
  'chief',
  'senior',
  'junior',
  'former',
  'foreign',
  'finance',
  'defence',
  'defense',
  'trade',
  'prime',
  'executive',
  'general',
]);
export const NOUN_PHRASE = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'PRON', 'PART', 'NUM']);
// (Not a currency's sign with its country's letters: "A$", "HK$".)
export const capital = (t: Token | undefined) =>
  t !== undefined && /^\p{Lu}/u.test(t.raw) && !MONTHS_DAYS.test(t.raw) && !/[$€£¥₹₩]$/u.test(t.raw);

export interface Run {
  sentence: number;
  first: number;
  last: number;
  text: string;
}

/**
 * Capitalised runs, joined over hyphens, apostrophes and connectors ("University of Tokyo", "Han Seung-woo"); not
 * over "of" into a country after a person's name ("<Given> <Family> of <Country>").
 */
export function capitalRuns(
  ts: TokenSentence,
  g: Pick<Gazetteer, 'roles' | 'country' | 'organisationWords' | 'partWords'>,
): Run[] {
  const { roles } = g;
  const { tokens, sentence } = ts;
  // ("<Given> <Family> of <Country>": no body's name, unless its words say it is one, "Bank of <Country>".)
  const fromCountry = (from: number, at: number) =>
    tokens[at]?.raw === 'of' &&
    g.country.has(tokens[at + 1]?.raw ?? '') &&
    !(tokens[at + 2] && capital(tokens[at + 2])) &&
    !g.country.has(
      tokens
        .slice(from, at + 2)
        .map((t) => t.raw)
        .join(' '),
    ) &&
    !tokens.slice(from, at).some((t) => g.organisationWords.has(t.raw));
  // The last of the capitalised words from `at` when the last is a word for a body, else -1.
  const bodyEndsAt = (at: number) => {
    let k = at;
    while (capital(tokens[k + 1]) && touching(tokens[k], tokens[k + 1]) === false) k++;
    return g.organisationWords.has(tokens[k]?.raw ?? '') ? k : -1;
  };
  // ("Park Jun-seo", "Lee May-ling": a month's short name joined by a hyphen to more letters is part of a name.)
  const hyphenedMonth = (k: number) =>
    MONTHS_DAYS.test(tokens[k]?.raw ?? '') &&
    tokens[k + 1]?.raw === '-' &&
    touching(tokens[k], tokens[k + 1]) === true &&
    /^\p{Ll}/u.test(tokens[k + 2]?.raw ?? '');
  // ("Park Min-ho, a lawyer for <a firm>, said": a first word wink reads as a noun still opens a name when names
  // follow it and a role is set off after them.) (Looked at only for such a first word.)
  const roleSetOffAfter = (i: number) => {
    // (Or as a verb: "Rein <Family>, the firm's chief executive".)
    if (!/^(?:NOUN|ADJ|VERB)$/.test(tokens[i]?.pos ?? '')) return false;
    let upTo = i;
    for (;;) {
      const next = tokens[upTo + 1];
      if ((capital(next) || hyphenedMonth(upTo + 1)) && touching(tokens[upTo], next) === false) upTo++;
      else if (
        upTo > i &&
        next?.raw === '-' &&
        touching(tokens[upTo], next) &&
        /^\p{L}/u.test(tokens[upTo + 2]?.raw ?? '')
      )
        upTo += 2;
      else break;
    }
    return (
      upTo > i &&
      tokens[upTo + 1]?.raw === ',' &&
      // (Within a few words: "the firm's chief executive".)
      tokens.slice(upTo + 2, upTo + 7).some((x) => g.roles.has(x.normal))
    );
  };
  const runs: Run[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i];
    // The sentence's first word is capitalised anyway, as is a quotation's: it starts a run only when wink
    // reads it as a name (not '"The company says sorry," he said').
    // (So is the first word after a dateline's spaced dash: "<CITY>, <date> (Reuters) - The <Name> railway".)
    const opens =
      i === 0 ||
      /^["“‘'([:—–]$/.test(tokens[i - 1]?.raw ?? '') ||
      (tokens[i - 1]?.raw === '-' && touching(tokens[i - 2], tokens[i - 1]) === false);
    // ("Half of <City>'s fleet", "Most of <Country>": a part of something opens no name, however wink tags it.)
    const partOf = opens && g.partWords.has(t?.normal ?? '') && tokens[i + 1]?.normal === 'of';
    if (!capital(t) || (opens && t?.pos !== 'PROPN' && !roleSetOffAfter(i)) || t?.raw === 'I' || partOf) {
      i++;
      continue;
    }
    let last = i;
    for (;;) {
      const next = tokens[last + 1];
      const after = tokens[last + 2];
      if ((capital(next) || hyphenedMonth(last + 1)) && touching(tokens[last], next) === false) last++;
      else if (
        next &&
        (next.raw === '-' || next.raw === '/') &&
        touching(tokens[last], next) &&
        touching(next, after) &&
        after &&
        /^\p{L}/u.test(after.raw) &&
        // (Not "<Place>-based", "<Country>-led", "<Country>-flagged": the name ends before the hyphen.)
        !endsName(after.raw)
      )
        last += 2;
      // ("Office of the Auditor General", "Centre for the Giant Panda": a body's name goes on over "of the",
      // "for the".)
      else if (
        (next?.raw === 'of' || next?.raw === 'for') &&
        after?.raw === 'the' &&
        capital(tokens[last + 3]) &&
        tokens.slice(i, last + 1).some((t) => g.organisationWords.has(t.raw))
      )
        last += 3;
      else if (next && CONNECTORS.has(next.raw) && capital(after) && !fromCountry(i, last + 1)) last += 2;
      // ("<Given> van der <Family>", "<Given> de la <Family>": two particles of a surname between names.)
      else if (
        next &&
        SURNAME_PARTICLES.has(next.raw) &&
        SURNAME_PARTICLES.has(after?.raw ?? '') &&
        capital(tokens[last + 3]) &&
        tokens[last]?.pos === 'PROPN'
      )
        last += 3;
      // ("<Town> Water Supply and Sanitation Company": one body's name goes on over "and" when the words after
      // it end in a word for a body.)
      // (Or from its first word after "the": "the <Trade> and <Industry> Appeals Tribunal".)
      else if (
        next?.raw === 'and' &&
        (last > i || tokens[i - 1]?.normal === 'the') &&
        capital(after) &&
        bodyEndsAt(last + 2) > 0
      )
        last = bodyEndsAt(last + 2);
      // ("the <Place> Authority for <Consumers> and <Markets>": a body's remit of two words joined by "and",
      // one capitalised word after it and no more.)
      else if (
        next?.raw === 'and' &&
        capital(after) &&
        !capital(tokens[last + 3]) &&
        !roles.has(after?.normal ?? '') &&
        tokens.slice(i, last).some((t) => g.organisationWords.has(t.raw)) &&
        tokens.slice(i, last).some((t) => CONNECTORS.has(t.raw))
      )
        last += 2;
      // ("<Word> and <Word>, which ...": two capitalised words joined by "and" that a relative clause of a
      // thing follows are one body's name, not two people.)
      else if (
        next?.raw === 'and' &&
        capital(after) &&
        !capital(tokens[last + 3]) &&
        tokens[last + 3]?.raw === ',' &&
        tokens[last + 4]?.normal === 'which' &&
        !roles.has(after?.normal ?? '')
      )
        last += 2;
      // "Chairman of the <Board>": a title joined to its capitalised office over "of the".
      else if (
        next?.raw === 'of' &&
        after?.raw === 'the' &&
        capital(tokens[last + 3]) &&
        tokens.slice(i, last + 1).every((t) => roles.has(t.normal))
      )
        last += 3;
      else if (next && next.raw === 'the' && tokens[last]?.raw === 'of' && capital(after)) last += 2;
      else if (
        next &&
        next.raw === "'" &&
        touching(tokens[last], next) &&
        capital(after) &&
        /s$/.test(tokens[last]?.raw ?? '')
      )
        last += 2;
      else break;
    }
    const first = tokens[i];
    const end = tokens[last];
    if (first && end)
      runs.push({ sentence: sentence.n, first: i, last, text: sentence.text.slice(first.start, end.end) });
    i = last + 1;
  }
  return runs;
}

export const words = (text: string) => text.split(/[\s-]+/).filter(Boolean);

/** Strips honorifics and title words off the front of a run: "President Liina Rebane" -> ["President"], "Liina Rebane". */
export function splitTitle(text: string, g: Gazetteer): { title: string; name: string } {
  const parts = text.split(/\s+/);
  let cut = 0;
  while (cut < parts.length - 1) {
    const two = `${parts[cut]} ${parts[cut + 1]}`;
    if (cut < parts.length - 2 && g.honorifics.has(two)) cut += 2;
    else if (g.honorifics.has(parts[cut] ?? '') || g.roles.has((parts[cut] ?? '').toLowerCase())) cut++;
    else break;
  }
  // "Regional Employment Minister Carlos Ibort": a role word with two name words after it ends a longer title.
  for (let j = parts.length - 3; j >= cut; j--) {
    if (g.roles.has((parts[j] ?? '').toLowerCase()) || g.honorifics.has(parts[j] ?? '')) {
      cut = j + 1;
      break;
    }
  }
  // "Chairman of the Fisheries Board Erik Lund": after a title with its office, the name is the last words
  // that are neither connectors nor head words of an office.
  if (cut <= 1 && g.roles.has((parts[0] ?? '').toLowerCase()) && parts.includes('of')) {
    let start = parts.length;
    while (
      start > 1 &&
      parts.length - start < 3 &&
      /^\p{Lu}/u.test(parts[start - 1] ?? '') &&
      !g.organisationWords.has(parts[start - 1] ?? '') &&
      !g.placeWords.has(parts[start - 1] ?? '') &&
      !g.roles.has((parts[start - 1] ?? '').toLowerCase())
    )
      start--;
    if (parts.length - start >= 2 && start > 1) cut = start;
  }
  // ("the Governor of <Place>": an office and what it is of, no one's name after the title.)
  if (/^(?:of|for|to|at|in|and|on)$/.test(parts[cut] ?? '')) return { title: text, name: '' };
  return { title: parts.slice(0, cut).join(' '), name: parts.slice(cut).join(' ') };
}

/** The phrase after a name and its comma, up to the next comma or the end: an appositive or a relative clause. */
export function appositiveAfter(ts: TokenSentence, last: number, g: Gazetteer): string | undefined {
  const { tokens, sentence } = ts;
  if (tokens[last + 1]?.raw !== ',') return undefined;
  const from = last + 2;
  let to = from;
  for (;;) {
    while (
      to < tokens.length &&
      ![',', '.', ';', ':', '"', '“', '”', '(', ')'].includes(tokens[to]?.raw ?? '')
    )
      to++;
    // "for <country>, <country>, and <country>": a list of names goes on past its commas.
    const next = tokens[to + 1]?.raw === 'and' ? tokens[to + 2] : tokens[to + 1];
    if (tokens[to]?.raw === ',' && capital(tokens[to - 1]) && capital(next))
      to = tokens.indexOf(next as Token);
    else break;
  }
  const head = tokens[from];
  const end = tokens[to - 1];
  if (!head || !end || to - from > 22) return undefined;
  const phrase = sentence.text.slice(head.start, end.end);
  const lower = phrase.toLowerCase();
  const hasRole = words(lower).some((w) => g.roles.has(w.replace(/'s$/, '')));
  // ("<Name>, a fourth-generation grower who supplies seed to <A>, <B> and <C>.": a short noun phrase, then a
  // relative clause that says more of it, however long.)
  const relative = tokens.slice(from, to).findIndex((t) => /^(?:who|whose|which|that)$/.test(t.normal));
  const shortHead = relative > 0 && relative <= 8;
  if (/^(the|a|an|its|his|her|their)\b/.test(lower) && (hasRole || to - from <= 12 || shortHead))
    return phrase;
  if (/^(who|whose)\b/.test(lower)) return phrase;
  if (hasRole && (head.pos === 'NOUN' || head.pos === 'ADJ' || head.pos === 'PROPN')) return phrase;
  return undefined;
}

/** "X's deputy minister, Name," / "Its chairman, Name,": the phrase before a name set off by a comma. */
export function appositiveBefore(ts: TokenSentence, first: number, g: Gazetteer): string | undefined {
  const { tokens, sentence } = ts;
  if (tokens[first - 1]?.raw !== ',') return undefined;
  let from = first - 2;
  // The noun phrase before the comma: "met with his <demonym> counterpart, General X" gives "his <demonym> counterpart";
  // "the council's director of <a field>" and "<a firm>'s managing director" hold an office's "of" and a participle.
  const inPhrase = (k: number) => {
    const t = tokens[k];
    if (NOUN_PHRASE.has(t?.pos ?? '')) return true;
    const next = tokens[k + 1]?.pos ?? '';
    if (t?.pos === 'VERB' && /ing$/.test(t.normal)) return next === 'NOUN';
    return (
      (t?.normal === 'of' || t?.normal === 'for') &&
      tokens[k - 1]?.pos === 'NOUN' &&
      g.roles.has(tokens[k - 1]?.normal ?? '') &&
      NOUN_PHRASE.has(next)
    );
  };
  while (from > 0 && inPhrase(from - 1) && first - 1 - from < 8) from--;
  if (!NOUN_PHRASE.has(tokens[from]?.pos ?? '')) return undefined;
  const head = tokens[from];
  const end = tokens[first - 2];
  if (!head || !end || first - 1 - from > 12) return undefined;
  const phrase = sentence.text.slice(head.start, end.end);
  // ("<a body>, whose <role> for <X>, <Name>": the role is the body's, said in a clause, not an aside.)
  if (/^(whose|which|who)$/.test(head.normal)) return undefined;
  const hasRole = words(phrase.toLowerCase()).some(
    (w) => g.roles.has(w.replace(/'s$/, '')) || w === 'counterpart',
  );
  return hasRole ? phrase : undefined;
}

/** What kind of name a run is, from its words and what stands around it. */
/** Words that end the noun phrase of an aside. */
const ASIDE_END = /^(,|\.|;|that|which|who|whose|where|with|and)$/;

/**
 * The head noun of an aside after a name (", the family-owned company that ...": "company"; not the
 * "executive" of ", the company's chief executive"), or "" when none follows at `at`.
 */
function appositiveHead(ts: TokenSentence, at: number): string {
  if (ts.tokens[at]?.raw !== ',') return '';
  // ("<Name>, one of <country>'s largest flower farms": one of a kind, whose head is the plural after "of".)
  const oneOf = ts.tokens[at + 1]?.normal === 'one' && ts.tokens[at + 2]?.normal === 'of';
  if (!oneOf && !/^(the|a|an)$/.test(ts.tokens[at + 1]?.normal ?? '')) return '';
  let head = '';
  const from = oneOf ? at + 3 : at + 2;
  for (let k = from; k < Math.min(ts.tokens.length, from + 8); k++) {
    const t = ts.tokens[k];
    // ("the chief executive of the <firm>": the head comes before "of".)
    if (!t || ASIDE_END.test(t.normal) || t.pos === 'ADP') break;
    if (t.pos === 'NOUN' && ts.tokens[k + 1]?.normal !== "'s") head = t.normal;
  }
  return oneOf ? head.replace(/ies$/, 'y').replace(/(?<=[^s])s$/, '') : head;
}

/** Whether an appositive set off at `at` ("<Name>, the <noun> who ...") goes on with "who" before it ends. */
function appositiveWho(ts: TokenSentence, at: number): boolean {
  if (ts.tokens[at]?.raw !== ',' || !/^(the|a|an)$/.test(ts.tokens[at + 1]?.normal ?? '')) return false;
  for (let k = at + 2; k < Math.min(ts.tokens.length, at + 9); k++) {
    const t = ts.tokens[k];
    if (!t || t.raw === ',' || t.pos === 'VERB') return false;
    if (t.normal === 'who') return true;
  }
  return false;
}

/** Whether a known city and a one-word name no gazetteer knows as a country or capital are listed together
 * ("<capital> and <town>", "<town> and <capital>"), neither acting: the two are places. */
function listedWithTown(
  ts: TokenSentence,
  run: { first: number; last: number; text: string },
  g: Gazetteer,
): boolean {
  const known = (name: string) => g.capitalOf.has(name) || g.cityOf.has(name);
  const town = (name: string) =>
    /^\p{Lu}\p{Ll}+$/u.test(name) && !g.country.has(name) && !g.capitalOf.has(name);
  const next = ts.tokens[run.last + 2];
  const prev = ts.tokens[run.first - 2];
  const joinedAfter = /^(?:and|or)$/.test(ts.tokens[run.last + 1]?.normal ?? '') && next?.pos === 'PROPN';
  const joinedBefore = /^(?:and|or)$/.test(ts.tokens[run.first - 1]?.normal ?? '') && prev?.pos === 'PROPN';
  // (Not a pair that acts: "<capital> and <town> agreed ...".)
  const acts = (k: number) => /^(?:VERB|AUX|PART)$/.test(ts.tokens[k]?.pos ?? '');
  if (joinedAfter && next && !acts(run.last + 3))
    return (known(run.text) && town(next.raw)) || (town(run.text) && known(next.raw));
  if (joinedBefore && prev && !acts(run.last + 1))
    return (known(run.text) && town(prev.raw)) || (town(run.text) && known(prev.raw));
  return false;
}

/** Whether the name at `first` follows "<a word of place> <Country>'s": "in <Country>'s <Region>". */
function placeOfCountry(ts: TokenSentence, first: number, g: Gazetteer): boolean {
  if (!/^['’]s$/.test(ts.tokens[first - 1]?.raw ?? '')) return false;
  let k = first - 2;
  const words: string[] = [];
  while (k >= 0 && /^\p{Lu}/u.test(ts.tokens[k]?.raw ?? '')) words.unshift(ts.tokens[k--]?.raw ?? '');
  return g.country.has(words.join(' ')) && PLACE_CUES.has(ts.tokens[k]?.normal ?? '');
}

/** Longest run of lower-case words before the role word of an office ("general counsel", "managing director"). */
const MAX_OFFICE_WORDS = 3;
/** Whether a role word ends a short run of lower-case words from token k. */
function roleWithin(ts: TokenSentence, k: number, roles: ReadonlySet<string>): boolean {
  for (let j = k; j < k + MAX_OFFICE_WORDS && j < ts.tokens.length; j++) {
    const t = ts.tokens[j];
    if (!t || !/^\p{Ll}+$/u.test(t.raw)) return false;
    if (roles.has(t.normal)) return true;
  }
  return false;
}

export function classify(
  ts: TokenSentence,
  run: Run,
  g: Gazetteer,
  title: string,
  bare: string,
): NameKind | undefined {
  // The office in a title ("Chairman of the <Board>") does not make the person an organisation.
  const parts = words(title ? bare : run.text);
  const before = ts.tokens[run.first - 1];
  const after = ts.tokens[run.last + 1];
  if (g.country.has(run.text)) return 'country';
  // ("a New Zealander", "Icelanders": someone from a country, named by it, no one's name.)
  if (/ers?$/.test(run.text) && g.country.has(run.text.replace(/ers?$/, ''))) return undefined;
  // ("Typhoon <Name>", "Storm <Name>": a weather event, which no kind of name here is.)
  if (parts.length >= 2 && g.stormWords.has(parts[0] ?? '')) return undefined;
  // ("the <City>-based <Name>": a firm or body, said where it is based.)
  // ("the <Country>-born <Name>": someone born there.)
  if (before?.normal === 'born' && ts.tokens[run.first - 2]?.raw === '-' && parts.length <= 4)
    return 'person';
  if (before && HYPHEN_SUFFIXES.has(before.normal) && ts.tokens[run.first - 2]?.raw === '-')
    return 'organization';
  // ("an <capital>-based company": a capital or city the gazetteer knows, before "-based", is where it is.)
  if (!title && after?.raw === '-' && (g.capitalOf.has(run.text) || g.cityOf.has(run.text))) return 'place';
  // ("followed by <a capital> and <a town>": listed with a name that is no country or capital, a city is a
  // place, not its government; and so is a one-word name listed with a city the gazetteer knows.)
  if (!title && listedWithTown(ts, run, g)) return 'place';
  // ("the village of <Port> <Union>": a place, though a word of its name may name bodies.)
  if (!title && before?.normal === 'of' && PLACE_NOUNS.has(ts.tokens[run.first - 2]?.normal ?? ''))
    return 'place';
  // ("<ST.> <JOHN'S>, Newfoundland - ...": a dateline's city, in capitals, opens the story.)
  if (
    !title &&
    run.first === 0 &&
    after?.raw === ',' &&
    run.text === run.text.toUpperCase() &&
    /\p{Lu}{3}/u.test(run.text)
  )
    return 'place';
  // ("a <city> company": a city the gazetteer knows, before the word for a body, is where the body is.)
  if (
    !title &&
    after &&
    ORG_NOUNS.has(after.normal) &&
    /^(?:a|an|the)$/.test(before?.normal ?? '') &&
    (g.capitalOf.has(run.text) || g.cityOf.has(run.text))
  )
    return 'place';
  if (parts.some((p) => g.organisationWords.has(p)) || (after && ORG_NOUNS.has(after.normal)))
    return 'organization';
  if (/^[A-Z]{2,6}$/.test(run.text)) return 'organization';
  // ("the Canadian group <Name>", "the firm <Name>": named right after the word for a body.)
  if (!title && before && ORG_NOUNS.has(before.normal) && parts.length >= 2) return 'organization';
  // ("<Given> <Family>, a 34-year-old pump operator": an age is a person's, whatever the noun after it.)
  const aged = (appositiveAfter(ts, run.last, g) ?? '').match(/\b\d+-year-old\b/);
  if (!title && aged && parts.length >= 2 && parts.length <= 4) return 'person';
  // ("<Given> <Family>, the <city> property developer who owns ...": "who" is said of a person, whatever the noun.)
  if (!title && parts.length >= 2 && parts.length <= 4 && appositiveWho(ts, run.last + 1)) return 'person';
  if (!title && ORG_NOUNS.has(appositiveHead(ts, run.last + 1))) return 'organization';
  // ("<Name> <Name>, the town at the foot of ...": a place, said so right after it.)
  if (!title && PLACE_NOUNS.has(appositiveHead(ts, run.last + 1))) return 'place';
  // ("Holy Week", "Independence Day": a time of year by its name, no one's.)
  if (
    !title &&
    parts.length >= 2 &&
    TIME_NAME_WORDS.has(parts.at(-1) ?? '') &&
    !parts.some((p) => g.placeWords.has(p))
  )
    return undefined;
  // ("<Park> <Min-ho>, a lawyer for <a firm>": a role set off right after a name of two to four words is a
  // person's, though a word of the name may name places.)
  const set = appositiveAfter(ts, run.last, g);
  if (
    !title &&
    set &&
    parts.length >= 2 &&
    parts.length <= 4 &&
    !/^(?:who|whose|which|where)\b/i.test(set) &&
    words(set.toLowerCase())
      .slice(0, 3)
      .some((w) => g.roles.has(w))
  )
    return 'person';
  // ("said <Park> <Soon-ja>, 67, who heads ...": one who speaks, or has an age set off after the name, is a person,
  // though a word of the name may name places.)
  const speaks = before !== undefined && before.pos === 'VERB' && g.reportingVerbs.has(before.lemma);
  const ageSetOff =
    after?.raw === ',' &&
    /^\d{1,3}$/.test(ts.tokens[run.last + 2]?.raw ?? '') &&
    ts.tokens[run.last + 3]?.raw === ',';
  if (!title && (speaks || ageSetOff) && parts.length >= 2 && parts.length <= 4) return 'person';
  if (parts.some((p) => g.placeWords.has(p))) return 'place';
  // "in Santiago", and "the northern region of Antofagasta".
  // ("according to <Name>": whoever says it, no place.)
  const cue =
    (before && PLACE_CUES.has(before.normal) && ts.tokens[run.first - 2]?.normal !== 'according') ||
    (before?.normal === 'of' && PLACE_NOUNS.has(ts.tokens[run.first - 2]?.normal ?? ''));
  if (title) return 'person';
  // ("in <Country>'s <Name>": a region of the country, set after a word of place.)
  if (placeOfCountry(ts, run.first, g)) return 'place';
  // ("came from <Given Family>, <a firm>'s former chief financial officer": a name with an office set off after
  // it is a person's, whatever word comes before it.)
  const aside = cue && parts.length >= 2 ? appositiveAfter(ts, run.last, g) : undefined;
  // (Or an occupation by its ending, "a hydrologist at <a university>", which no place is called.)
  const occupation = (text: string) => {
    const head =
      /^(?:an?|the)\s+(?:[\p{L}-]+\s+)?([\p{Ll}-]+)\s+(?:at|for|with|of|from)\s/u.exec(text)?.[1] ?? '';
    return /(?:ist|ian|er|or)$/.test(head) && !PLACE_NOUNS.has(head) && !ORG_NOUNS.has(head);
  };
  const office =
    aside &&
    !/^(who|whose)\b/i.test(aside) &&
    (words(aside.toLowerCase()).some((w) => g.roles.has(w)) || occupation(aside));
  // ("passes to <Given> <Family> of <Country>": a person, said where they are from.)
  const ofCountry =
    after?.raw === 'of' && g.country.has(ts.tokens[run.last + 2]?.raw ?? '') && parts.length === 2;
  if (cue && !office && !ofCountry) return 'place';
  // ("mainly to <A>, Hong Kong and <B>": a city the gazetteer knows is no one's name.)
  if (!title && g.cityOf.has(run.text)) return 'place';
  // ("<Given> <Family>, which rises to eighth place": "which" is never said of a person.)
  const which = after?.raw === ',' && ts.tokens[run.last + 2]?.normal === 'which';
  const personLike =
    !which &&
    run.text.split(/\s+/).length >= 2 &&
    parts.length <= 4 &&
    before?.normal !== 'the' &&
    !g.countryOfDemonym.has(parts[0]?.toLowerCase() ?? '') &&
    // ("<Word> <Country>", a body named for its country: no one's surname.)
    !g.country.has(parts.at(-1) ?? '') &&
    // ("Jun-seo": a given name joined by a hyphen.)
    parts.every((p) => /^\p{Lu}[\p{L}'’.]*(?:-\p{L}+)?$/u.test(p) || /^\p{Ll}+$/u.test(p));
  // ("<Place> Harps were ahead": a name in the plural, with a plural verb and no other name joined to it, is a
  // team or a body; "<Saint>'s" with nothing it owns after it, a club or a church named for the saint.)
  const pluralName =
    /[^'s]s$/.test(parts.at(-1) ?? '') &&
    cueWords().pluralVerbs.has(after?.normal ?? '') &&
    !['and', '&', ','].includes(before?.normal ?? '');
  const absolutePossessive =
    after?.raw === "'s" && /^(?:ADP|PUNCT|CCONJ)$/.test(ts.tokens[run.last + 2]?.pos ?? 'PUNCT');
  if (personLike && !title && parts.length >= 2 && (pluralName || absolutePossessive)) return 'organization';
  if (personLike) return 'person';
  // "<Name>'s general counsel", "<Name>'s chief executive": one word whose office someone holds is an
  // organisation (a person's or a country's name is known before this).
  if (parts.length === 1 && after?.raw === "'s" && roleWithin(ts, run.last + 2, g.roles))
    return 'organization';
  return parts.length === 1 ? undefined : 'organization';
}
