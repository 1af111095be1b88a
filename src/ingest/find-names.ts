/**
 * People, organisations, countries and places of an article, from capitalised runs of tokens (wink's model
 * has no PERSON or ORG entities), the gazetteer, titles before names, appositives after them, and later
 * mentions by surname.
 */

import { cueWords } from '../engine/cue-words.js';
import { escapeRegExp } from '../engine/escape-reg-exp.js';
import { foldName } from '../nlp/fold-letters.js';
import { bodiesByUse } from './bodies-by-use.js';
import type { Gazetteer } from './gazetteer.js';
import { datelineEnd } from './infer-reference-date.js';
import {
  appositiveAfter,
  appositiveBefore,
  capitalRuns,
  classify,
  ORG_NOUNS,
  QUALIFIER_WORDS,
  splitTitle,
} from './name-runs.js';
import type { TokenSentence } from './sentence-tokens.js';

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

const SUBJECT_PRONOUNS: Record<string, 'he' | 'she'> = { he: 'he', she: 'she' };
const POSSESSIVES: Record<string, 'he' | 'she'> = { his: 'he', her: 'she' };

const PRONOUNS: Record<string, 'he' | 'she'> = {
  he: 'he',
  him: 'he',
  his: 'he',
  she: 'she',
  her: 'she',
  hers: 'she',
};

/**
 * How each person is referred to: "he" or "she" after them in a sentence that names no one else and has no
 * pronoun before the name ("Her lawyer, <A>, said she ..." means someone else), or at the start of the next
 * sentence when it names no one. Votes that disagree leave it unset: a wrong "she" is worse than none.
 */
function votePronouns(sentences: readonly TokenSentence[], mentions: readonly NameMention[]): void {
  const votes = new Map<FoundName, Set<'he' | 'she'>>();
  const vote = (name: FoundName, p: 'he' | 'she') => votes.set(name, (votes.get(name) ?? new Set()).add(p));
  let sole: FoundName | undefined;
  for (const ts of sentences) {
    const n = ts.sentence.n;
    const here = mentions.filter((m) => m.sentence === n && m.name.kind === 'person');
    const people = new Set(here.map((m) => m.name));
    // (A subject, or a possessive before its noun: "died when the roof of her house collapsed"; not an object,
    // "who finished behind her", which may be someone else.)
    const subject = (k: number) =>
      SUBJECT_PRONOUNS[ts.tokens[k]?.normal ?? ''] ??
      (/^(?:NOUN|ADJ|NUM|PROPN)$/.test(ts.tokens[k + 1]?.pos ?? '')
        ? POSSESSIVES[ts.tokens[k]?.normal ?? '']
        : undefined);
    if (people.size === 0 && sole) {
      // ("<A> resigned. She said ...": the sentence's opening pronoun.)
      // ("In his dissent, he argued ...", "The two points, she said, ...": its first one.)
      const opening = ts.tokens.find((t) => PRONOUNS[t.normal]);
      const p = opening ? PRONOUNS[opening.normal] : undefined;
      if (p) vote(sole, p);
    }
    const [only] = people;
    const first = here[0];
    if (people.size === 1 && only && first) {
      const earlier = ts.tokens.slice(0, first.first).some((t) => PRONOUNS[t.normal]);
      const after = ts.tokens.findIndex((_t, k) => k > first.last && subject(k));
      const p = after >= 0 ? subject(after) : undefined;
      if (p && !earlier) vote(only, p);
    }
    sole = people.size === 1 ? only : people.size > 1 ? undefined : sole;
  }
  for (const [name, ps] of votes) if (ps.size === 1) name.pronoun = [...ps][0];
}

/**
 * An organisation of three or more capitalised words is also known by their initials ("<Court> of <Arbitration> for
 * <Sport>" as "CAS"), which an article may never write but readers type; an acronym the article writes for it on its
 * own is merged into it, its mentions with it. Not when another name already has the initials.
 */
function addInitials(names: Map<string, FoundName>, mentions: NameMention[]): void {
  const taken = new Map<string, FoundName>();
  for (const n of names.values()) for (const a of n.aliases) taken.set(a.toUpperCase(), n);
  for (const found of [...names.values()]) {
    if (found.kind !== 'organization') continue;
    const words = found.name.split(/[\s-]+/).filter((w) => /^\p{Lu}/u.test(w));
    // (A word already in capitals gives all its letters: "<XY> <Word> and <Word>" is "XYWW".)
    const initials = words.map((w) => (/^\p{Lu}{2,3}$/u.test(w) ? w : w.charAt(0))).join('');
    if (words.length < 3 || initials.length > 6) continue;
    const other = taken.get(initials);
    const alone = other && other !== found && other.kind === 'organization' && other.name === initials;
    if (other && !alone) continue;
    found.aliases.add(initials);
    taken.set(initials, found);
    if (!alone) continue;
    names.delete(other.name);
    for (const m of mentions) if (m.name === other) m.name = found;
  }
}

/** The one organisation whose name begins with `word` ("<Firm>" of "<Firm> Cold Storage"), if exactly one does. */
function soleBodyBeginning(names: ReadonlyMap<string, FoundName>, word: string): FoundName | undefined {
  const orgs = [...names.values()].filter((f) => f.kind === 'organization' && f.name.startsWith(`${word} `));
  return orgs.length === 1 ? orgs[0] : undefined;
}

/**
 * "at <Firm> mine" before "<Firm> Copper Mines" is named in full: a one-word place or person no gazetteer knows
 * that begins exactly one organisation's name is that organisation, met first by its short name.
 */
function mergeShortNames(
  sentences: readonly TokenSentence[],
  names: Map<string, FoundName>,
  mentions: NameMention[],
  g: Gazetteer,
): void {
  for (const [name, short] of names) {
    // (One word, or several joined by a particle; a body too when so: "juice maker <Word> do <Word>" of "<Word> do
    // <Word> <Word>".)
    const particled = /\s\p{Ll}+\s/u.test(name);
    // ("<Word> <Word>" of "<Word> <Word> S.A.C.", read as a person's name for want of a title: the body's short
    // name, when nothing in the article made it anyone's, no title, no description.)
    const untitled = short.kind === 'person' && short.titles.length === 0 && short.descriptions.length === 0;
    if (
      (/\s/.test(name) && !particled && !untitled) ||
      !['place', 'person', ...(particled ? ['organization'] : [])].includes(short.kind)
    )
      continue;
    if (g.country.has(name) || g.capitalOf.has(name) || g.cityOf.has(name)) continue;
    const org = soleBodyBeginning(names, name);
    if (!org) continue;
    // (Only when it is once written with a word of the full name after it: "at <Firm> mine" of "<Firm> Copper
    // Mines"; "in Northumberland" is the county, whatever group is named for it. A name of several words joined
    // by a particle, "<Word> do <Word>" of "<Word> do <Word> <Word>", is the body's short name wherever it is.)
    const nameWords = new Set(org.name.toLowerCase().split(/\s+/));
    const own = mentions.filter((m) => m.name === short);
    const written =
      particled ||
      (untitled && /\s/.test(name)) ||
      own.some((m) => {
        const next = sentences.find((s) => s.sentence.n === m.sentence)?.tokens[m.last + 1]?.normal ?? '';
        return next !== '' && (nameWords.has(next) || nameWords.has(`${next}s`));
      });
    if (!written) continue;
    org.aliases.add(name);
    for (const m of mentions) if (m.name === short) m.name = org;
    names.delete(name);
  }
}

/** Every name in the article, with its mentions (a surname alone is the person named in full before). */
/** The place a dateline names, as a name of its own ("NANTES" -> "Nantes"), or undefined without one. */
function datelineCity(sentences: readonly TokenSentence[]): FoundName | undefined {
  const ts = sentences.find((s) => datelineEnd(s.sentence.text) > 0);
  const raw = ts?.sentence.text.split(',')[0]?.trim() ?? '';
  if (!ts || !/^\p{Lu}[\p{L} .'-]{1,40}$/u.test(raw)) return undefined;
  const name =
    raw === raw.toUpperCase() ? raw.toLowerCase().replace(/(^|[\s-])\p{Ll}/gu, (c) => c.toUpperCase()) : raw;
  return {
    kind: 'place',
    name,
    aliases: new Set([name, raw]),
    titles: [],
    descriptions: [],
    sentences: [ts.sentence.n],
    defining: ts.sentence.n,
  };
}

export function findNames(
  sentences: readonly TokenSentence[],
  g: Gazetteer,
): { names: FoundName[]; mentions: NameMention[] } {
  const names = new Map<string, FoundName>();
  // ("<Name>" in a headline typed without the marks the body writes it with: the same name.)
  const spelledAlike = (text: string) =>
    [...names.values()].find((f) => f.kind !== 'country' && foldName(f.name) === foldName(text));
  const mentions: NameMention[] = [];
  const bySurname = new Map<string, FoundName>();
  // Short forms of organisations named with a club's or company's letters first ("<Town>" of "FC <Town>").
  const clubShort = new Map<string, FoundName>();
  // "<Firm> Cold Storage" named in full, then "<Firm>'s managing director": one word that begins exactly one
  // organisation's name is that organisation.
  const shortName = (word: string): FoundName | undefined => {
    if (/\s/.test(word)) return undefined;
    const org = soleBodyBeginning(names, word);
    org?.aliases.add(word);
    return org;
  };

  // Words the article also writes in lower case: a common noun, capitalised only as a sentence's first word
  // ("Museum director <Name> said", of "the museum" elsewhere), is no name.
  const lowerWords = new Set(
    sentences.flatMap((ts) => ts.tokens.filter((t) => /^\p{Ll}+$/u.test(t.raw)).map((t) => t.normal)),
  );
  // "NANTES, France, Oct 3 (Reuters) -": a wire story's dateline opens with the place it was filed from, however
  // the gazetteer or the rest of the article would read the word ("Nantes council" is the place's council).
  const dateline = datelineCity(sentences);
  if (dateline) names.set(dateline.name, dateline);
  for (const ts of sentences) {
    const n = ts.sentence.n;
    // ("<CITY>, Oct. 14 (Nordic Wire) -": the agency in a dateline's brackets filed the story; it is no one the
    // story is about.)
    const lineEnd = datelineEnd(ts.sentence.text);
    for (const run of capitalRuns(ts, g)) {
      const inBrackets =
        lineEnd > 0 &&
        (ts.tokens[run.last]?.end ?? 0) <= lineEnd &&
        ts.tokens[run.first - 1]?.raw === '(' &&
        ts.tokens[run.last + 1]?.raw === ')';
      if (inBrackets) continue;
      const opening = ts.tokens[run.first - 1];
      const word = ts.tokens[run.first];
      if (
        run.first === run.last &&
        (run.first === 0 || /^["“‘'([:—–]$/.test(opening?.raw ?? '')) &&
        word &&
        lowerWords.has(word.normal) &&
        !g.country.has(word.raw) &&
        !g.countryOfDemonym.has(word.normal)
      )
        continue;
      const { title, name: bare } = splitTitle(run.text, g);
      // (An office with no name after it, "the Governor of <Place>", is no one of its own.)
      if (!bare) continue;
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
      const family =
        run.first === run.last && cueWords().familyNouns.has(ts.tokens[run.last + 1]?.normal ?? '');
      const known =
        (dateline?.aliases.has(run.text) ? dateline : undefined) ??
        names.get(bare) ??
        bySurname.get(bare) ??
        names.get(run.text) ??
        clubShort.get(run.text) ??
        shortName(run.text) ??
        spelledAlike(run.text);
      // ("The <Surname> family": a family, not the person of that name met before or after; a body named for the
      // family is still the body, "the <Name> family, which founded <Casa Name> in 1958".)
      if (family && (!known || known.kind === 'person')) continue;
      // (Written as the body has it, with its marks: "<Name>" of a headline typed without them is an alias.)
      const asTyped = known?.kind === 'person' ? bare : run.text;
      if (
        known &&
        known.kind !== 'country' &&
        known.name !== asTyped &&
        asTyped !== foldName(asTyped) &&
        foldName(known.name) === foldName(asTyped)
      ) {
        known.aliases.add(known.name);
        known.aliases.add(asTyped);
        known.name = asTyped;
      }
      // "Liberal Renewal" first seen in a headline, later as "Liberal Renewal party": an organisation after all.
      if (known?.kind === 'person' && ORG_NOUNS.has(ts.tokens[run.last + 1]?.normal ?? '') && !title) {
        known.kind = 'organization';
        known.descriptions.length = 0;
      }
      const kind = known?.kind ?? classify(ts, run, g, title, bare);
      if (!kind) continue;
      // ("its New Year production": words all written in lower case elsewhere (or an adjective that opens
      // names, "New"), with no title, are a common phrase capitalised, no one's name.)
      const common =
        !known &&
        kind === 'person' &&
        !title &&
        run.last > run.first &&
        ts.tokens
          .slice(run.first, run.last + 1)
          .every((t, k) => lowerWords.has(t.normal) || (k === 0 && g.nameAdjectives.has(t.raw)));
      if (common) continue;
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
        // "Labour Party" is also "Labour", "<Firm> Copper Mines" "<Firm> Copper": the name without its head
        // word, when that leaves a name of capitalised words.
        const head = run.text.split(/\s+/);
        if (
          kind === 'organization' &&
          (head.length === 2 || head.length === 3) &&
          g.organisationWords.has(head.at(-1) ?? '') &&
          /^\p{Lu}\p{Ll}{3,}$/u.test(head[0] ?? '') &&
          head.slice(0, -1).every((w) => /^\p{Lu}\p{Ll}+$/u.test(w) && !g.organisationWords.has(w)) &&
          // (Not "High" of "High Court", nor a word the article writes in lower case: they name nothing alone.)
          !(
            head.length === 2 &&
            (g.nameAdjectives.has(head[0] ?? '') || lowerWords.has((head[0] ?? '').toLowerCase()))
          )
        )
          found.aliases.add(head.slice(0, -1).join(' '));
        // ("VK <Name> <Town>", "FC <Town>": a club's or a company's letters before its name; the club is also
        // called by its town alone, "<Town> won".)
        if (
          kind === 'organization' &&
          head.length >= 2 &&
          head.length <= 4 &&
          /^\p{Lu}{2,3}$/u.test(head[0] ?? '') &&
          g.organisationWords.has(head[0] ?? '') &&
          head.slice(1).every((w) => /^\p{Lu}\p{Ll}+$/u.test(w) && !g.organisationWords.has(w))
        )
          for (const short of new Set([head.slice(1).join(' '), head.at(-1) ?? ''])) {
            if (clubShort.has(short) || names.has(short)) continue;
            clubShort.set(short, found);
            found.aliases.add(short);
          }
        if (kind === 'person') {
          const words = found.name.split(/\s+/);
          // "Han Seung-woo": a hyphenated given name comes after the family name, which is the first word.
          const surname = (/-\p{Ll}/u.test(words.at(-1) ?? '') ? words[0] : words.at(-1)) ?? found.name;
          if (!bySurname.has(surname)) bySurname.set(surname, found);
          found.aliases.add(surname);
          // (Another short form of the name, unless it is already someone else's.)
          const alsoBy = (short: string) => {
            if (bySurname.has(short)) return;
            bySurname.set(short, found);
            found.aliases.add(short);
          };
          // ("Pieter de Wit", later "De Wit": a surname with its lower-case particles is the person too.)
          const particle = words.findIndex((w, i) => i > 0 && i < words.length - 1 && /^\p{Ll}+$/u.test(w));
          if (particle > 0) alsoBy(words.slice(particle).join(' '));
          // ("Claudia Retamal Fuentes", later "Retamal Fuentes": a double surname is the person too.)
          if (words.length >= 3 && words.slice(-2).every((w) => /^\p{Lu}\p{Ll}+$/u.test(w)))
            alsoBy(words.slice(-2).join(' '));
          // Family names come first in many languages ("<family> <given>" is "<family>"): the first word is a name too.
          const given = words[0] ?? '';
          // (Three letters at least: "Da" of "Da Feng" reads as a chat word for "the".)
          // (Nor a short word the article writes in lower case: "The" of a run read as a name.)
          if (
            words.length >= 2 &&
            /^\p{Lu}\p{Ll}{2,}$/u.test(given) &&
            !(given.length <= 4 && lowerWords.has(given.toLowerCase()))
          )
            alsoBy(given);
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
        // ("Union leader <Name>", "Airbus chief executive <Name>": a body's name just before the role is its
        // office's, up to three capitalised words.)
        let bodyFrom = from;
        while (
          from < run.first &&
          bodyFrom > from - 3 &&
          /^\p{Lu}[\p{L}-]*$/u.test(ts.tokens[bodyFrom - 1]?.raw ?? '') &&
          !countryOf(ts.tokens[bodyFrom - 1]?.raw ?? '')
        )
          bodyFrom--;
        const start = demonym && countryOf(demonym.raw) ? from - 1 : bodyFrom;
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
      } else if (kind === 'organization') {
        const after = appositiveAfter(ts, run.last, g);
        if (after && found.descriptions.length === 0) found.descriptions.push(after);
      }
      mentions.push({ name: found, sentence: n, first: run.first, last: run.last });
    }
  }
  mergeShortNames(sentences, names, mentions, g);
  votePronouns(sentences, mentions);
  bodiesByUse(sentences, mentions, g);
  addInitials(names, mentions);
  for (const found of names.values()) {
    if (found.country) continue;
    // "secretary of defense for <country>" holds a portfolio, not a side: what follows "for" does not count.
    const text = [...found.titles, ...found.descriptions].join(' ; ').replace(/\bfor\b[^;]*/g, '');
    const named = [...g.countryOfDemonym, ...[...g.country].map(([alias, c]) => [alias, c] as const)];
    for (const [word, country] of named) {
      const escaped = escapeRegExp(word);
      if (new RegExp(`(?<![\\p{L}])${escaped}(?![\\p{L}])`, 'iu').test(text)) {
        found.country = country;
        break;
      }
    }
  }
  // ("Court keeps ..." in a headline): a body's kind word alone, capitalised only because it opens a sentence,
  // names no body. (One the story uses inside a sentence is a short name: "an offer Rovers dismissed".)
  const inside = new Set(mentions.filter((m) => m.first > 0).map((m) => m.name));
  const bare = new Set(
    [...names.values()].filter(
      (f) => f.kind === 'organization' && g.organisationWords.has(f.name) && !inside.has(f),
    ),
  );
  return {
    names: [...names.values()].filter((f) => !bare.has(f)),
    mentions: mentions.filter((m) => !bare.has(m.name)),
  };
}
