/** Turns what the extractors found into a fact store in the project's schema: entities, events, statements. */
import { cueWords } from '../engine/cue-words.js';
import { escapeRegExp } from '../engine/escape-reg-exp.js';
import type { Entity, Event, Facts, Statement } from '../facts/schema.js';
import { foldName } from '../nlp/fold-letters.js';
import { AUTO, slug } from './drafted.js';
import type { FoundDate } from './find-dates.js';
import type { FoundName, NameMention } from './find-names.js';
import type { Gazetteer } from './gazetteer.js';
import { datelineEnd } from './infer-reference-date.js';
import type { TokenSentence } from './sentence-tokens.js';

const PREFIX: Record<FoundName['kind'], string> = {
  person: 'person',
  group: 'group',
  organization: 'org',
  country: 'country',
  place: 'place',
};
const LIGHT = new Set(['be', 'have', 'do', 'say', 'tell', 'make', 'get', 'go', 'take', 'give', 'come']);

export interface IngestInput {
  sentences: readonly TokenSentence[];
  names: readonly FoundName[];
  mentions: readonly NameMention[];
  dates: ReadonlyMap<number, readonly FoundDate[]>;
  gazetteer: Gazetteer;
}

/** A unique id per name: "person:valentina-rojas". */
function idsOf(names: readonly FoundName[]): Map<FoundName, string> {
  const ids = new Map<FoundName, string>();
  const used = new Set<string>();
  for (const n of names) {
    let id = `${PREFIX[n.kind]}:${slug(n.name)}`;
    for (let k = 2; used.has(id); k++) id = `${PREFIX[n.kind]}:${slug(n.name)}-${k}`;
    used.add(id);
    ids.set(n, id);
  }
  return ids;
}

const sentenceText = (input: IngestInput, n: number) => input.sentences[n - 1]?.sentence.text ?? '';

/** "the company's <title>": a body referred back to by a word for its kind (the gazetteer's organisation words). */
const BODY_OWNED = /^the ([a-z]+(?:-[a-z]+)?)'s\s/i;

/** The organisation `fits` picks out named last in the sentences `counts` keeps (after the first), if any. */
function latestBody(
  ids: Map<FoundName, string>,
  fits: (f: FoundName) => boolean,
  counts: (s: number) => boolean,
): { body: FoundName; at: number } | undefined {
  let best: FoundName | undefined;
  let at = 0;
  for (const f of ids.keys()) {
    if (f.kind !== 'organization' || !fits(f)) continue;
    const last = Math.max(0, ...f.sentences.filter(counts));
    if (last > at) {
      at = last;
      best = f;
    }
  }
  return best ? { body: best, at } : undefined;
}

/**
 * The organisation of that kind (its name or description has the word) named last in the sentences before
 * sentence `n` (1-based), if any.
 */
function lastBodyBefore(
  n: number,
  kind: string,
  ids: Map<FoundName, string>,
): { body: FoundName; at: number } | undefined {
  const word = new RegExp(`\\b${escapeRegExp(kind)}`, 'i');
  const called = latestBody(
    ids,
    (f) => word.test([f.name, ...f.descriptions, ...f.aliases].join(' ')),
    (s) => s < n,
  );
  if (called || !cueWords().anyBodyNouns.has(kind.toLowerCase())) return called;
  // ("<Town> reacted with fury. <Name>, the club's president, ...": no body called a club, so the organisation
  // named last in the two sentences before it.)
  return latestBody(
    ids,
    () => true,
    (s) => s < n && s >= n - 2,
  );
}

/**
 * The body "its" points back to before a person's defining mention: the last named earlier in its sentence, else
 * the first named in the sentence before (its subject, mostly).
 */
function lastBodyNamed(
  person: FoundName,
  ids: Map<FoundName, string>,
  input: IngestInput,
): { body: FoundName; at: number } | undefined {
  const n = person.defining;
  const bodies = [...ids.keys()].filter((f) => f.kind === 'organization');
  const at = (f: FoundName, k: number) =>
    f.sentences.includes(k) ? sentenceText(input, k).indexOf(f.name) : -1;
  const personAt = sentenceText(input, n).indexOf(person.name);
  const here = bodies
    .filter((f) => at(f, n) >= 0 && at(f, n) < personAt)
    .sort((x, y) => at(y, n) - at(x, n))[0];
  if (here) return { body: here, at: n };
  const before = bodies.filter((f) => at(f, n - 1) >= 0).sort((x, y) => at(x, n - 1) - at(y, n - 1))[0];
  return before ? { body: before, at: n - 1 } : undefined;
}

/** "The <funicular workers'> union" opening the sentence before `n`: a body of a kind the gazetteer knows. */
function subjectBodyBefore(input: IngestInput, n: number): string | undefined {
  const text = n > 1 ? sentenceText(input, n - 1) : '';
  const words = /^The((?:\s+[\p{Ll}'’-]+){1,5})/u.exec(text)?.[1]?.trim().split(/\s+/) ?? [];
  const kinds = new Set([...input.gazetteer.organisationWords].map((w) => w.toLowerCase()));
  const at = words.findIndex((w) => kinds.has(w));
  return at >= 0 ? `the ${words.slice(0, at + 1).join(' ')}` : undefined;
}

function entityOf(n: FoundName, id: string, ids: Map<FoundName, string>, input: IngestInput): Entity {
  const title = n.titles[0];
  // "his <demonym> counterpart" describes someone only beside the person it points back to: "the" instead.
  // ("The company's chief executive, <Name>, said": "the", not the capital the sentence's start gave it.)
  const described = n.descriptions.map((d) =>
    d.replace(/^(who|whose|the|an?)\s+/i, (w) => w.toLowerCase()).replace(/^(his|her|their|its)\s+/i, 'the '),
  );
  const role = described.find((d) => !/^(who|whose|the\s+\S+\s+counterpart)\b/i.test(d));
  // Without an appositive or a title, what the article first says around the name stands for a description.
  const description =
    [title && !role ? title : undefined, ...described].filter(Boolean).join('; ') ||
    `mentioned in the article: "${sentenceText(input, n.defining).replace(/[.!?]+$/, '')}"`;
  // ("<Name>, the company's chief executive": the company the sentences before named last.)
  const kindWord = BODY_OWNED.exec(description)?.[1];
  // (Or a business's kind the article calls one by: "the winery's managing director".)
  const body =
    kindWord &&
    ([...input.gazetteer.organisationWords].some((w) => w.toLowerCase() === kindWord.toLowerCase()) ||
      cueWords().businessNouns.has(kindWord.toLowerCase()))
      ? kindWord
      : undefined;
  // ("<Name>, its chief executive": "its" is the body named last before, in the sentence or the one before it.)
  const its = n.descriptions.some((d) => /^its\s/i.test(d)) ? lastBodyNamed(n, ids, input) : undefined;
  const owner = body ? lastBodyBefore(n.defining, body, ids) : its;
  // ("The <workers'> union disputed that. Its leader, <Name>, said": a body the sentence before opens with, by
  // its kind, when none is named.)
  const unnamed =
    !owner && n.descriptions.some((d) => /^its\s/i.test(d))
      ? subjectBodyBefore(input, n.defining)
      : undefined;
  const owned = owner
    ? `${description} (${owner.body.name})`
    : unnamed
      ? `${description} of ${unnamed}`
      : description;
  const country = n.country
    ? [...ids].find(([f]) => f.kind === 'country' && f.name === n.country)?.[1]
    : undefined;
  return {
    id,
    kind: n.kind,
    name: n.name,
    // "Sørgaard" is typed "Sorgaard": every alias also without its accents; a person's hyphenated name also
    // with a space ("Møller-Kjær" typed "moller kjaer").
    aliases: [
      ...new Set(
        [...n.aliases, ...[...n.aliases].map(foldName)].flatMap((a) =>
          n.kind === 'person' && /\p{L}-\p{L}/u.test(a) ? [a, a.replace(/(?<=\p{L})-(?=\p{L})/gu, ' ')] : [a],
        ),
      ),
    ],
    description: owned,
    ...(n.pronoun ? { pronoun: n.pronoun } : {}),
    ...(n.kind === 'country' ? { demonym: input.gazetteer.demonym.get(n.name) } : {}),
    ...(title ? { title: role ?? title } : role ? { title: role } : {}),
    // ("Professor <Name>, a fisheries scientist at ...": the title before the name, when an appositive gives the
    // office, is the person's rank, which "the <place> professor" finds them by.)
    // (Not a courtesy title, "Dr.", "Mrs": no rank, and the name is said without it.)
    ...(title &&
    role &&
    n.kind === 'person' &&
    /^(?:\p{Lu}[\p{L}.]*\s?){1,3}$/u.test(title) &&
    !cueWords().courtesyTitles.has(title.toLowerCase().replace(/\.$/, ''))
      ? { rank: title }
      : {}),
    ...(country && country !== id ? { side: country } : n.kind === 'country' ? { side: id } : {}),
    // (With the sentence that named the body it is of.)
    evidence: [
      sentenceText(input, n.defining),
      ...(owner ? [sentenceText(input, owner.at)] : unnamed ? [sentenceText(input, n.defining - 1)] : []),
    ],
    provenance: AUTO,
  };
}

const DETERMINERS = new Set([
  'the',
  'a',
  'an',
  'its',
  'their',
  'his',
  'her',
  'this',
  'that',
  'these',
  'those',
]);

/** The main verb of a clause: the first verb that is neither an auxiliary nor a reporting verb. */
function mainVerb(ts: TokenSentence, from: number, to: number, g: Gazetteer) {
  // ("<Name>, a brewer that has been run by <B> since 1781, agreed on Monday to ...": a description set off
  // after a name, ", a <noun> ... ,", is no part of what the clause reports.)
  let aside = false;
  for (let i = from; i < to; i++) {
    const t = ts.tokens[i];
    if (t?.raw === ',') {
      aside =
        !aside && ts.tokens[i - 1]?.pos === 'PROPN' && /^(?:a|an)$/.test(ts.tokens[i + 1]?.normal ?? '');
      continue;
    }
    if (
      !aside &&
      t?.pos === 'VERB' &&
      !LIGHT.has(t.lemma) &&
      !g.reportingVerbs.has(t.lemma) &&
      /^[a-z]+$/.test(t.lemma) &&
      // ("the remaining 41 seconds will be played", "an estimated 40 people": a participle after a determiner
      // describes the noun after it.)
      !(/(?:ing|ed)$/.test(t.normal) && DETERMINERS.has(ts.tokens[i - 1]?.normal ?? ''))
    )
      return t;
  }
  for (let i = from; i < to; i++) {
    const t = ts.tokens[i];
    if (t?.pos === 'VERB' && /^[a-z]+$/.test(t.lemma)) return t;
  }
  return undefined;
}

/**
 * Whether the token at i is what someone was urged or asked to do ("urging it to block the deal"): not
 * something the sentence reports done, so no word for its event.
 */
function urgedAt(ts: TokenSentence, i: number): boolean {
  if (ts.tokens[i - 1]?.normal !== 'to') return false;
  return ts.tokens.slice(Math.max(0, i - 6), i - 1).some((t) => cueWords().urgingVerbs.has(t.lemma));
}

/** One event per dated clause: its verb, the names in its sentence, its place and its date. */
function eventsOf(input: IngestInput, ids: Map<FoundName, string>): Event[] {
  const events: Event[] = [];
  for (const ts of input.sentences) {
    const n = ts.sentence.n;
    for (const date of input.dates.get(n) ?? []) {
      // The clause around the date: from the previous comma or semicolon-free stretch to the next.
      const at = ts.tokens.findIndex((t) => t.start >= date.start);
      // The clause's own verb (or the noun of a happening, "a visit to ..."), people and place.
      const span = clauseSpan(ts.sentence.text, date.start, date.end);
      const first = ts.tokens.findIndex((t) => t.start >= span.from);
      const last = ts.tokens.findIndex((t) => t.start >= span.to);
      const to = last < 0 ? ts.tokens.length : last;
      const happening = ts.tokens
        .slice(first, to)
        .find(
          (t) =>
            t.pos === 'NOUN' && /^[a-z]{3,}$/.test(t.lemma) && !/^(time|day|year|month|week)$/.test(t.lemma),
        );
      const verb =
        mainVerb(ts, first, to, input.gazetteer) ??
        (first > 0 ? happening : undefined) ??
        mainVerb(ts, 0, ts.tokens.length, input.gazetteer);
      if (!verb || at < 0) continue;
      const inSentence = input.mentions.filter((m) => m.sentence === n);
      const inClause = inSentence.filter((m) => m.first >= first && m.last < to);
      // ("<A>, the race's medical director, said four runners had been taken to hospital ... on Monday": whoever
      // said it took no part in what the clause of the date reports.)
      const reported = (m: NameMention) => {
        const r = ts.tokens.findIndex(
          (t, k) => k > m.last && k < at && t.pos === 'VERB' && input.gazetteer.reportingVerbs.has(t.lemma),
        );
        return r >= 0 && r - m.last <= 12 && r < first;
      };
      const here = inClause.some((m) => m.name.kind !== 'place')
        ? inClause
        : inSentence.filter((m) => !reported(m));
      const participants = [
        ...new Set(here.filter((m) => m.name.kind !== 'place').map((m) => ids.get(m.name) ?? '')),
      ]
        .filter(Boolean)
        .map((entity) => ({ entity, role: 'named' }));
      // ("<CITY>, <Country>, Oct 3 (Reuters) - The council approved ...": what the lede reports, with no place
      // of its own, happened where the story was filed.)
      const filed = datelineEnd(ts.sentence.text);
      // (Not a place that describes a person: "<Name>, a former physiotherapist from <town>, rowed into ...".)
      const describesPerson = (m: NameMention) => {
        let c = m.first - 1;
        while (c > 0 && ts.tokens[c]?.raw !== ',') c--;
        return inSentence.some((p) => p.name.kind === 'person' && p.last === c - 1);
      };
      const placedAt = (m: NameMention, tokens: TokenSentence['tokens']) =>
        (m.name.kind === 'place' || m.name.kind === 'country') &&
        ['in', 'at', 'from', 'off', 'near'].includes(tokens[m.first - 1]?.normal ?? '');
      // (Not when another sentence places the same act elsewhere: "<CITY>, May 11 - Delegates voted ..." of a
      // vote the next sentence puts "at the meeting ... in <town>".)
      const placedElsewhere = (city: NameMention) => {
        const acts = new Set(
          ts.tokens
            .filter(
              (t) =>
                t.pos === 'VERB' &&
                t.start >= filed &&
                !LIGHT.has(t.lemma) &&
                !input.gazetteer.reportingVerbs.has(t.lemma),
            )
            .map((t) => t.lemma),
        );
        return input.sentences.some(
          (other) =>
            other !== ts &&
            other.tokens.some((t) => acts.has(t.lemma)) &&
            input.mentions.some(
              (m) => m.sentence === other.sentence.n && m.name !== city.name && placedAt(m, other.tokens),
            ),
        );
      };
      const filedFrom =
        filed > 0 ? inSentence.find((m) => m.first === 0 && m.name.kind === 'place') : undefined;
      const placeMention =
        here.find((m) => placedAt(m, ts.tokens) && !describesPerson(m)) ??
        (filedFrom && !placedElsewhere(filedFrom) ? filedFrom : undefined);
      const triggers = [
        ...new Set(
          ts.tokens
            .filter(
              (t, i) =>
                (t.pos === 'VERB' || t.pos === 'NOUN') &&
                /^[a-z]{3,}$/.test(t.lemma) &&
                !LIGHT.has(t.lemma) &&
                !urgedAt(ts, i),
            )
            .map((t) => t.lemma),
        ),
      ];
      // (An event needs someone or somewhere: an article that names nobody at all has no events to list.)
      const anyone = [...ids.values()][0];
      if (participants.length === 0 && !anyone) continue;
      // (The dateline is where and when the story was filed, no part of what happened.)
      const summary = ts.sentence.text.slice(filed).replace(/[.!?]+$/, '');
      const clause = clauseAround(ts.sentence.text, date.start, date.end);
      const label = clause.startsWith(ts.sentence.text.slice(0, filed)) ? clause.slice(filed) : clause;
      const id = `event:${verb.lemma}-${events.length + 1}`;
      events.push({
        id,
        kind: verb.lemma,
        label,
        name: lowerFirst(label),
        aliases: [],
        triggers: triggers.length ? triggers : [verb.lemma],
        summary,
        participants: participants.length ? participants : [{ entity: anyone ?? '', role: 'mentioned' }],
        ...(placeMention
          ? { place: { entity: ids.get(placeMention.name), text: placeMention.name.name } }
          : {}),
        date: date.spec,
        evidence: [ts.sentence.text],
        provenance: AUTO,
      });
    }
  }
  return events;
}

/** "X said ...", "... , she warned": who said what, with the reporting verb. */
function statementsOf(input: IngestInput, ids: Map<FoundName, string>): Statement[] {
  const statements: Statement[] = [];
  let lastPerson: string | undefined;
  for (const ts of input.sentences) {
    const n = ts.sentence.n;
    const here = input.mentions.filter((m) => m.sentence === n && m.name.kind !== 'place');
    for (const t of ts.tokens) {
      if (t.pos !== 'VERB' || !input.gazetteer.reportingVerbs.has(t.lemma)) continue;
      const i = ts.tokens.indexOf(t);
      // "adds complexity to ...": "add" reports only when something said follows ("added that", "added:").
      const next = ts.tokens[i + 1]?.raw ?? '';
      if (t.lemma === 'add' && !/^(that|,|:|"|“)$/.test(next)) continue;
      // The holder: the nearest name before the verb, else right after it ("said Dr. X"), else "he"/"she".
      // (The mention that ends last, and of those the longest: "<country> officials" rather than "<country>".)
      const nearest = here
        .filter((m) => m.last < i)
        .sort((a, b) => a.last - b.last || b.last - b.first - (a.last - a.first))
        .at(-1);
      // ("<A>, <B>'s managing partner, said": the person before an aside set off by commas, not a name in it.)
      const open =
        ts.tokens[i - 1]?.raw === ',' ? ts.tokens.findLastIndex((x, k) => k < i - 1 && x.raw === ',') : -1;
      const outer = open > 0 ? here.find((m) => m.last === open - 1 && m.name.kind === 'person') : undefined;
      const before = outer && nearest && nearest.first > open ? outer : nearest;
      const after = here.find((m) => m.first > i && m.first <= i + 3);
      const pronoun = ts.tokens
        .slice(Math.max(0, i - 3), i)
        .some((x) => ['he', 'she', 'they'].includes(x.normal));
      // ("<A>, an economist, said <B>'s ... . \"...,\" she said": "she" straight before the verb is the person
      // named before in the sentence, or the last one named, not the nearest name.)
      const sheSaid = ['he', 'she'].includes(ts.tokens[i - 1]?.normal ?? '');
      const personBefore = here.filter((m) => m.last < i - 1 && m.name.kind === 'person').at(-1);
      // ("<A>, a hydrologist at <a university>, who told the court": "who" is the person, not the body named last.)
      const relative = ts.tokens[i - 1]?.normal === 'who';
      const holderName = sheSaid || relative ? personBefore?.name : (before?.name ?? after?.name);
      const holder = holderName ? ids.get(holderName) : pronoun ? lastPerson : undefined;
      if (!holder) continue;
      const content = ts.sentence.text
        .slice(t.end)
        .replace(/^[\s,]*(that\s+)?/, '')
        .replace(/[.]+$/, '')
        .trim();
      // ("<what was said>, <holder> said.": what was said is what comes before the attribution.)
      // (A quotation keeps its closing mark: "\"<words>,\" she said". And only the last sentence of several the
      // splitter left joined: "... put money in. \"<words>,\" she said".)
      const comma = content ? -1 : ts.tokens.findLastIndex((x, k) => k < i && x.raw === ',');
      const closing = /^["”]$/.test(ts.tokens[comma + 1]?.raw ?? '') ? ts.tokens[comma + 1] : undefined;
      const head =
        comma > 0
          ? ts.sentence.text
              .slice(
                datelineEnd(ts.sentence.text),
                (closing ?? ts.tokens[comma])?.[closing ? 'end' : 'start'],
              )
              .replace(/,(?=["”]$)/, '')
          : '';
      const said =
        head
          .split(/(?<=[.!?]["”]?)\s+(?=["“]?[A-Z])/)
          .at(-1)
          ?.trim() ?? '';
      statements.push({
        id: `statement:${slug(holder.split(':')[1] ?? 'x')}-${statements.length + 1}`,
        holder,
        verb: t.raw,
        verbs: [t.lemma],
        content: content || said || ts.sentence.text,
        about: [],
        evidence: [ts.sentence.text],
        provenance: AUTO,
      });
    }
    const person = here.filter((m) => m.name.kind === 'person').at(-1);
    if (person) lastPerson = ids.get(person.name);
  }
  return statements;
}

/** The whole fact store of an ingested article. */
export function buildFacts(input: IngestInput): Facts {
  const ids = idsOf(input.names);
  const entities = input.names.map((n) => entityOf(n, ids.get(n) ?? '', ids, input));
  return {
    entities: entities.length ? entities : [],
    events: eventsOf(input, ids),
    statements: statementsOf(input, ids),
    disputes: [],
    relations: [],
  };
}

// Where a clause about a date may begin: a semicolon, a conjunction, a relative pronoun or a preposition
// that starts a new happening ("in response to a visit ...", "such as the downing ...").
const CLAUSE_START =
  /(;|\bbut\b|\bwhile\b|\bafter which\b|, and\b|\bwhich\b|\bwho\b|\bin response to\b|\bsuch as\b|\bfollowing\b|\bafter\b|\bbefore\b|\bwhen\b)/g;
const CLAUSE_END =
  /(;|\bbut\b|\bwhile\b|, and\b|\bwhich\b|, (saying|beginning|marking|reviving|overturning|which)\b)/;

/**
 * The span of a sentence that holds a date: from the last clause boundary before the date that leaves at
 * least three words, to the end of the date's clause.
 */
export function clauseSpan(text: string, start: number, end: number): { from: number; to: number } {
  const before = text.slice(0, start);
  const cuts = [...before.matchAll(CLAUSE_START)]
    .map((m) => (m.index ?? 0) + m[0].length)
    .filter((at) => before.slice(at).trim().split(/\s+/).length >= 3);
  const from = cuts.length ? Math.max(...cuts) : 0;
  const stop = text.slice(end).search(CLAUSE_END);
  return { from, to: stop < 0 ? text.length : end + stop };
}

/** The clause of a sentence that holds a date, for a timeline line. */
export function clauseAround(text: string, start: number, end: number): string {
  const { from, to } = clauseSpan(text, start, end);
  const clause = text
    .slice(from, to)
    .replace(/\s+/g, ' ')
    .replace(/^[\s,]+|[\s,.;]+$/g, '');
  const capital = clause.charAt(0).toUpperCase() + clause.slice(1);
  return capital.length > 140 ? `${capital.slice(0, 137).replace(/\s+\S*$/, '')}...` : capital;
}

/** "The class action was filed" -> "the class action was filed", for use inside a sentence; names stay. */
const lowerFirst = (s: string): string =>
  /^[A-Z][a-z]/.test(s) && !/^[A-Z][a-z]+ [A-Z]/.test(s) ? s.charAt(0).toLowerCase() + s.slice(1) : s;
