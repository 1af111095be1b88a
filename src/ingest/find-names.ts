/**
 * People, organisations, countries and places of an article, from capitalised runs of tokens (wink's model
 * has no PERSON or ORG entities), the gazetteer, titles before names, appositives after them, and later
 * mentions by surname.
 */
import type { Gazetteer } from './gazetteer.js';
import { type Token, type TokenSentence, touching } from './sentence-tokens.js';

export type NameKind = 'person' | 'group' | 'organization' | 'country' | 'place';

export interface FoundName {
  kind: NameKind;
  name: string;
  aliases: Set<string>;
  /** Title or role words given with the name ("the undersecretary for ...", "President"). */
  titles: string[];
  /** Descriptions from appositives and relative clauses, in article order. */
  descriptions: string[];
  /** Sentence numbers that mention it. */
  sentences: number[];
  /** The sentence that first describes it (else the first that mentions it). */
  defining: number;
  pronoun?: 'he' | 'she';
  /** A country named with it ("Chile's foreign minister", "a Korean maker"). */
  country?: string;
}

export interface NameMention {
  name: FoundName;
  sentence: number;
  /** Token span in the sentence, inclusive. */
  first: number;
  last: number;
}

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
  '&',
]);
const MONTHS_DAYS =
  /^(January|February|March|April|May|June|July|August|September|October|November|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;
const ORG_NOUNS = new Set([
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
  'centre',
  'center',
  'north',
  'south',
  'east',
  'west',
]);
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
const QUALIFIER_WORDS = new Set([
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
const NOUN_PHRASE = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'PRON', 'PART', 'NUM']);
const capital = (t: Token | undefined) =>
  t !== undefined && /^\p{Lu}/u.test(t.raw) && !MONTHS_DAYS.test(t.raw);

interface Run {
  sentence: number;
  first: number;
  last: number;
  text: string;
}

/** Capitalised runs, joined over hyphens, apostrophes and connectors ("University of Tokyo", "Han Seung-woo"). */
function capitalRuns(ts: TokenSentence, roles: ReadonlySet<string>): Run[] {
  const { tokens, sentence } = ts;
  const runs: Run[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i];
    // The sentence's first word is capitalised anyway: it starts a run only when wink reads it as a name.
    if (!capital(t) || (i === 0 && t?.pos !== 'PROPN') || t?.raw === 'I') {
      i++;
      continue;
    }
    let last = i;
    for (;;) {
      const next = tokens[last + 1];
      const after = tokens[last + 2];
      if (capital(next) && touching(tokens[last], next) === false) last++;
      else if (
        next &&
        (next.raw === '-' || next.raw === '/') &&
        touching(tokens[last], next) &&
        touching(next, after) &&
        after &&
        /^\p{L}/u.test(after.raw)
      )
        last += 2;
      else if (next && CONNECTORS.has(next.raw) && capital(after)) last += 2;
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

const words = (text: string) => text.split(/[\s-]+/).filter(Boolean);

/** Strips honorifics and title words off the front of a run: "President Liina Rebane" -> ["President"], "Liina Rebane". */
function splitTitle(text: string, g: Gazetteer): { title: string; name: string } {
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
  return { title: parts.slice(0, cut).join(' '), name: parts.slice(cut).join(' ') };
}

/** The phrase after a name and its comma, up to the next comma or the end: an appositive or a relative clause. */
function appositiveAfter(ts: TokenSentence, last: number, g: Gazetteer): string | undefined {
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
  if (/^(the|a|an|its|his|her|their)\b/.test(lower) && (hasRole || to - from <= 12)) return phrase;
  if (/^(who|whose)\b/.test(lower)) return phrase;
  if (hasRole && (head.pos === 'NOUN' || head.pos === 'ADJ' || head.pos === 'PROPN')) return phrase;
  return undefined;
}

/** "X's deputy minister, Name," / "Its chairman, Name,": the phrase before a name set off by a comma. */
function appositiveBefore(ts: TokenSentence, first: number, g: Gazetteer): string | undefined {
  const { tokens, sentence } = ts;
  if (tokens[first - 1]?.raw !== ',') return undefined;
  let from = first - 2;
  // The noun phrase before the comma: "met with his <demonym> counterpart, General X" gives "his <demonym> counterpart".
  while (from > 0 && NOUN_PHRASE.has(tokens[from - 1]?.pos ?? '') && first - 1 - from < 8) from--;
  if (!NOUN_PHRASE.has(tokens[from]?.pos ?? '')) return undefined;
  const head = tokens[from];
  const end = tokens[first - 2];
  if (!head || !end || first - 1 - from > 12) return undefined;
  const phrase = sentence.text.slice(head.start, end.end);
  const hasRole = words(phrase.toLowerCase()).some(
    (w) => g.roles.has(w.replace(/'s$/, '')) || w === 'counterpart',
  );
  return hasRole ? phrase : undefined;
}

/** What kind of name a run is, from its words and what stands around it. */
function classify(
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
  if (parts.some((p) => g.organisationWords.has(p)) || (after && ORG_NOUNS.has(after.normal)))
    return 'organization';
  if (/^[A-Z]{2,6}$/.test(run.text)) return 'organization';
  if (parts.some((p) => g.placeWords.has(p))) return 'place';
  // "in Santiago", and "the northern region of Antofagasta".
  const cue =
    (before && PLACE_CUES.has(before.normal)) ||
    (before?.normal === 'of' && PLACE_NOUNS.has(ts.tokens[run.first - 2]?.normal ?? ''));
  if (title) return 'person';
  if (cue) return 'place';
  const personLike =
    run.text.split(/\s+/).length >= 2 &&
    parts.length <= 4 &&
    before?.normal !== 'the' &&
    !g.countryOfDemonym.has(parts[0]?.toLowerCase() ?? '') &&
    parts.every((p) => /^\p{Lu}[\p{L}'’.]*$/u.test(p) || /^\p{Ll}+$/u.test(p));
  if (personLike) return 'person';
  return parts.length === 1 ? undefined : 'organization';
}

const PRONOUNS: Record<string, 'he' | 'she'> = {
  he: 'he',
  him: 'he',
  his: 'he',
  she: 'she',
  her: 'she',
  hers: 'she',
};

/** Every name in the article, with its mentions (a surname alone is the person named in full before). */
export function findNames(
  sentences: readonly TokenSentence[],
  g: Gazetteer,
): { names: FoundName[]; mentions: NameMention[] } {
  const names = new Map<string, FoundName>();
  const mentions: NameMention[] = [];
  const bySurname = new Map<string, FoundName>();
  const lastPerson: { name?: FoundName } = {};

  for (const ts of sentences) {
    const n = ts.sentence.n;
    for (const run of capitalRuns(ts, g.roles)) {
      const { title, name: bare } = splitTitle(run.text, g);
      // A possessive or a demonym names a country: "Chile's", "Korean"; "U.S.-China" names two.
      const countryOf = (text: string) => g.country.get(text) ?? g.countryOfDemonym.get(text.toLowerCase());
      const parts = run.text.split('-');
      const countries = title
        ? []
        : countryOf(run.text)
          ? [countryOf(run.text) as string]
          : parts.length > 1 && parts.every(countryOf)
            ? parts.map((p) => countryOf(p) as string)
            : [];
      // "<country> officials", "<agency> officials": a name with a plural noun of people is a group that acts.
      const groupWord = ts.tokens[run.last + 1];
      if (groupWord && g.groupNouns.has(groupWord.normal) && !title) {
        const name = `${run.text} ${groupWord.raw}`;
        const group: FoundName = names.get(name) ?? {
          kind: 'group',
          name,
          aliases: new Set([name]),
          titles: [],
          descriptions: [],
          sentences: [],
          defining: n,
        };
        if (countries.length === 1) group.country = countries[0];
        names.set(name, group);
        if (!group.sentences.includes(n)) group.sentences.push(n);
        mentions.push({ name: group, sentence: n, first: run.first, last: run.last + 1 });
        if (!countries.length) continue;
      }
      for (const canonicalCountry of countries) {
        const found = names.get(`country:${canonicalCountry}`) ?? {
          kind: 'country' as const,
          name: canonicalCountry,
          // Every name the gazetteer knows it by (its abbreviations and short forms), not only the one this article uses.
          aliases: new Set([
            canonicalCountry,
            g.demonym.get(canonicalCountry) ?? canonicalCountry,
            ...[...g.country].filter(([, c]) => c === canonicalCountry).map(([alias]) => alias),
          ]),
          titles: [],
          descriptions: [],
          sentences: [],
          defining: n,
        };
        if (countries.length === 1) found.aliases.add(run.text);
        names.set(`country:${canonicalCountry}`, found);
        if (!found.sentences.includes(n)) found.sentences.push(n);
        mentions.push({ name: found, sentence: n, first: run.first, last: run.last });
      }
      if (countries.length) continue;
      const known = names.get(bare) ?? bySurname.get(bare) ?? names.get(run.text);
      // "Liberal Renewal" first seen in a headline, later as "Liberal Renewal party": an organisation after all.
      if (known?.kind === 'person' && ORG_NOUNS.has(ts.tokens[run.last + 1]?.normal ?? '') && !title) {
        known.kind = 'organization';
        known.descriptions.length = 0;
      }
      const kind = known?.kind ?? classify(ts, run, g, title, bare);
      if (!kind) continue;
      const found: FoundName = known ?? {
        kind,
        name: kind === 'person' ? bare : run.text,
        aliases: new Set([kind === 'person' ? bare : run.text]),
        titles: [],
        descriptions: [],
        sentences: [],
        defining: n,
      };
      if (!known) {
        names.set(found.name, found);
        // "Labour Party" is also "Labour": the name without its head word, when that leaves a name.
        const head = run.text.split(/\s+/);
        if (
          kind === 'organization' &&
          head.length === 2 &&
          g.organisationWords.has(head[1] ?? '') &&
          /^\p{Lu}\p{Ll}{3,}$/u.test(head[0] ?? '')
        )
          found.aliases.add(head[0] ?? '');
        if (kind === 'person') {
          const words = found.name.split(/\s+/);
          // "Han Seung-woo": a hyphenated given name comes after the family name, which is the first word.
          const surname = (/-\p{Ll}/u.test(words.at(-1) ?? '') ? words[0] : words.at(-1)) ?? found.name;
          if (!bySurname.has(surname)) bySurname.set(surname, found);
          found.aliases.add(surname);
          // Family names come first in many languages ("<family> <given>" is "<family>"): the first word is a name too.
          const given = words[0] ?? '';
          if (words.length >= 2 && /^\p{Lu}\p{Ll}+$/u.test(given) && !bySurname.has(given)) {
            bySurname.set(given, found);
            found.aliases.add(given);
          }
        }
      }
      // "<demonym> minister <Name>", "the company's chief executive <Name>": a lower-case title before a name.
      if (kind === 'person' && !title) {
        let from = run.first;
        while (from > 0 && from > run.first - 5) {
          const t = ts.tokens[from - 1];
          if (!t || !(g.roles.has(t.normal) || (from < run.first && QUALIFIER_WORDS.has(t.normal)))) break;
          from--;
        }
        const demonym = ts.tokens[from - 1];
        const start = demonym && countryOf(demonym.raw) ? from - 1 : from;
        const lowerTitle =
          from < run.first
            ? ts.sentence.text.slice(ts.tokens[start]?.start, ts.tokens[run.first - 1]?.end)
            : '';
        if (lowerTitle && !found.titles.includes(lowerTitle)) found.titles.push(lowerTitle);
        if (lowerTitle && demonym && countryOf(demonym.raw)) found.country ??= countryOf(demonym.raw);
      }
      // "<country>'s Major General X": the possessive before the name gives the side.
      const owner = ts.tokens[run.first - 1]?.raw === "'s" ? ts.tokens[run.first - 2]?.raw : undefined;
      if (kind === 'person' && owner && countryOf(owner)) found.country ??= countryOf(owner);
      if (title) {
        found.titles.push(title);
        found.aliases.add(`${title} ${found.name.split(/\s+/).at(-1)}`);
      }
      if (!found.sentences.includes(n)) found.sentences.push(n);
      if (kind === 'person') {
        const after = appositiveAfter(ts, run.last, g);
        const before = appositiveBefore(ts, run.first, g);
        for (const d of [before, after]) {
          if (d && !found.descriptions.includes(d)) {
            if (found.descriptions.length === 0) found.defining = n;
            found.descriptions.push(d);
          }
        }
        lastPerson.name = found;
      } else if (kind === 'organization') {
        const after = appositiveAfter(ts, run.last, g);
        if (after && found.descriptions.length === 0) found.descriptions.push(after);
      }
      mentions.push({ name: found, sentence: n, first: run.first, last: run.last });
    }
    // The first he/she after a person is named tells how to refer to them.
    const person = lastPerson.name;
    if (person && !person.pronoun) {
      const p = ts.tokens.find((t) => PRONOUNS[t.normal]);
      if (p) person.pronoun = PRONOUNS[p.normal];
    }
  }
  for (const found of names.values()) {
    if (found.country) continue;
    // "secretary of defense for <country>" holds a portfolio, not a side: what follows "for" does not count.
    const text = [...found.titles, ...found.descriptions].join(' ; ').replace(/\bfor\b[^;]*/g, '');
    const named = [...g.countryOfDemonym, ...[...g.country].map(([alias, c]) => [alias, c] as const)];
    for (const [word, country] of named) {
      const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      if (new RegExp(`(?<![\\p{L}])${escaped}(?![\\p{L}])`, 'iu').test(text)) {
        found.country = country;
        break;
      }
    }
  }
  return { names: [...names.values()], mentions };
}
