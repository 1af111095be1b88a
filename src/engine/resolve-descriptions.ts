/**
 * People described instead of named: "the <demonym> general", "the <country> official", "the <demonym> guy".
 * A description names the one person of the fact store on that side whose title or description holds the
 * role word (any person for "guy", "official", "one"), narrowed by the events the question names and then by
 * the people the conversation last spoke of. Nothing is resolved when more than one person still fits.
 */
import type { FactStore } from '../facts/fact-store.js';
import type { Entity } from '../facts/schema.js';
import type { ParsedQuestion } from '../nlp/parse-question.js';
import { highestRanked } from './compare-ranks.js';
import { cueWords } from './cue-words.js';
import { escapeRegExp } from './escape-reg-exp.js';
import { newsEvent } from './event-ranking.js';
import { profileOf, qualifiedRole, sideOf, topTitlePattern, typesQualifier } from './parties.js';

// Each store's countries by every name of theirs in lower case, worked out once.
const countryWordCache = new WeakMap<FactStore, Map<string, string>>();
function countryWords(store: FactStore): Map<string, string> {
  let words = countryWordCache.get(store);
  if (!words) {
    words = new Map();
    for (const c of store.facts.entities)
      if (c.kind === 'country') for (const a of [c.name, ...c.aliases]) words.set(a.toLowerCase(), c.id);
    countryWordCache.set(store, words);
  }
  return words;
}

// Each store's people, listed once (asked of every question without a person named).
const peopleCache = new WeakMap<FactStore, Entity[]>();
function peopleOf(store: FactStore): readonly Entity[] {
  let people = peopleCache.get(store);
  if (!people) {
    people = store.facts.entities.filter((e) => e.kind === 'person');
    peopleCache.set(store, people);
  }
  return people;
}

/**
 * "the guy who met <person>", "the general that talked with <person>": the one other person of the events the
 * verb names that the named person took part in. The description, named person included, becomes a mention of
 * that one; nothing changes when none or several fit.
 */
function resolveRelative(
  q: ParsedQuestion,
  store: FactStore,
  roles: ReadonlySet<string>,
  triggers: ReadonlyMap<string, readonly string[]>,
): Entity | undefined {
  const { anyone } = cueWords();
  const at = q.normals.findIndex(
    (w, i) => (anyone.has(w) || roles.has(w)) && ['who', 'that'].includes(q.normals[i + 1] ?? ''),
  );
  if (at < 0) return undefined;
  const verbAt = q.pos.findIndex((p, i) => i > at + 1 && i <= at + 3 && p === 'VERB');
  const named = q.mentions.find(
    (m) => m.start > verbAt && m.start <= verbAt + 2 && store.entities.get(m.id)?.kind === 'person',
  );
  if (verbAt < 0) return undefined;
  if (!named) return ledSide(q, store, triggers, at, verbAt);
  const evoked = new Set(triggers.get(q.lemmas[verbAt] ?? '') ?? []);
  const role =
    anyone.has(q.normals[at] ?? '') || roles.has(q.normals[at] ?? '') ? (q.normals[at] ?? '') : 'one';
  const others = othersWith(store, named.id, evoked, role);
  const [person] = others;
  if (others.length !== 1 || !person) return undefined;
  const { start, within } = descriptionStart(q, at, named);
  q.mentions.splice(q.mentions.indexOf(named), 1, {
    id: person.id,
    start,
    end: named.end,
    via: 'description',
  });
  for (const m of within) q.mentions.splice(q.mentions.indexOf(m), 1);
  return person;
}

/**
 * "the <A side> official who met the <B side> general": the people of the first description who took part, in an
 * event the verb names, with someone of the second. One becomes a mention of the whole; several are returned
 * with the span, to be answered for each; undefined when the question has no such clause or nobody fits.
 */
function relativeOverDescription(
  q: ParsedQuestion,
  store: FactStore,
  roles: ReadonlySet<string>,
  triggers: ReadonlyMap<string, readonly string[]>,
  described: { span?: readonly [number, number] },
): Entity[] | undefined {
  const { anyone } = cueWords();
  // (Or a side alone: "the <demonym> who met ...".)
  const at = q.normals.findIndex(
    (w, i) =>
      (anyone.has(w) ||
        roles.has(w) ||
        q.mentions.some((m) => m.end === i && store.entities.get(m.id)?.kind === 'country')) &&
      ['who', 'that'].includes(q.normals[i + 1] ?? ''),
  );
  if (at < 1) return undefined;
  const verbAt = at + 2;
  const said = saidBy(q, store, at, verbAt);
  if (said) return resolvedTo(q, said, at, q.normals.length - 1, described);
  const evoked = new Set(triggers.get(q.lemmas[verbAt] ?? '') ?? []);
  if (evoked.size === 0) return undefined;
  // The second description: "the <side> <role>" right after the verb (a person named there is read elsewhere).
  const object = q.mentions.find(
    (m) => m.start > verbAt && m.start <= verbAt + 2 && store.entities.get(m.id)?.kind === 'country',
  );
  const objectRole = object ? (q.normals[object.end + 1] ?? '') : '';
  if (!object || !(anyone.has(objectRole) || roles.has(objectRole))) return undefined;
  const fitsRole = (e: Entity, role: string) =>
    anyone.has(role) || new RegExp(`\\b${role}`, 'i').test(`${e.rank ?? ''} ${e.title ?? ''}`);
  const objects = peopleOf(store).filter((e) => sideOf(store, e.id) === object.id && fitsRole(e, objectRole));
  const subject = describedSubject(q, at);
  const subjectSide = subject ? sideOf(store, subject.id) : undefined;
  const role =
    anyone.has(q.normals[at] ?? '') || roles.has(q.normals[at] ?? '') ? (q.normals[at] ?? '') : 'one';
  // (An event the rest of the question places narrows it: "... who met the <B> general in <a city>".)
  const places = q.mentions.filter((m) => m.start > object.end && store.entities.get(m.id)?.kind === 'place');
  const remote = q.normals.some((w, i) => i > object.end && cueWords().remoteWords.has(w));
  const placed = (event: (typeof store.facts.events)[number]) =>
    (places.length === 0 || places.some((m) => event.place?.entity === m.id)) &&
    (!remote || event.place?.virtual);
  const found = new Map<string, Entity>();
  for (const event of store.facts.events) {
    if (!evoked.has(event.id) || !placed(event)) continue;
    if (!event.participants.some((p) => objects.some((o) => o.id === p.entity))) continue;
    for (const p of event.participants) {
      const e = store.entities.get(p.entity);
      if (e?.kind !== 'person' || objects.includes(e)) continue;
      if (subjectSide && sideOf(store, e.id) !== subjectSide) continue;
      if (fitsRole(e, role)) found.set(e.id, e);
    }
  }
  const people = [...found.values()];
  if (people.length === 0) return undefined;
  return resolvedTo(q, people, at, object.end + 1, described);
}

/**
 * The other people, of the role (a word for anyone, or one their rank, title or description has) and side if given,
 * of the events evoked that `named` took part in.
 */
function othersWith(
  store: FactStore,
  named: string,
  evoked: ReadonlySet<string>,
  role: string,
  side?: string,
): Entity[] {
  const fits = (e: Entity) =>
    cueWords().anyone.has(role) ||
    new RegExp(`\\b${escapeRegExp(role)}`, 'i').test(`${e.rank ?? ''} ${e.title ?? ''} ${e.description}`);
  const found = new Map<string, Entity>();
  for (const event of store.facts.events) {
    if (!evoked.has(event.id) || !event.participants.some((p) => p.entity === named)) continue;
    for (const p of event.participants) {
      const e = store.entities.get(p.entity);
      if (e?.kind !== 'person' || e.id === named || (side && sideOf(store, e.id) !== side)) continue;
      if (fits(e)) found.set(e.id, e);
    }
  }
  return [...found.values()];
}

/**
 * "the <demonym> guy <person> met", "the official (that) <person> talked to": the others, of the side and role
 * described, in the events the verb names that the person took part in. One becomes a mention of the whole
 * description; undefined when the question has no such clause or nobody fits.
 */
function resolveObjectRelative(
  q: ParsedQuestion,
  store: FactStore,
  roles: ReadonlySet<string>,
  triggers: ReadonlyMap<string, readonly string[]>,
  described: { span?: readonly [number, number] },
): Entity[] | undefined {
  const { anyone } = cueWords();
  const gapAt = (i: number) => (['that', 'who', 'whom'].includes(q.normals[i + 1] ?? '') ? 1 : 0);
  const personAt = (i: number) =>
    q.mentions.find((m) => m.start === i && m.via === 'name' && store.entities.get(m.id)?.kind === 'person');
  // (The role word a person's name follows, past "that": "the guy (that) <A> met".)
  const at = q.normals.findIndex(
    (w, i) => i > 0 && (anyone.has(w) || roles.has(w)) && personAt(i + 1 + gapAt(i)) !== undefined,
  );
  if (at < 1) return undefined;
  const named = personAt(at + 1 + gapAt(at));
  const verbAt = named ? named.end + 1 : -1;
  const evoked = new Set(triggers.get(q.lemmas[verbAt] ?? '') ?? []);
  if (!named || q.pos[verbAt] !== 'VERB' || evoked.size === 0) return undefined;
  const subject = describedSubject(q, at);
  const side = subject && subject.start < at ? sideOf(store, subject.id) : undefined;
  const people = othersWith(store, named.id, evoked, q.normals[at] ?? '', side);
  if (people.length !== 1) return undefined;
  // ("the one <A> talked to": a preposition stranded after the verb is part of the description.)
  const stranded =
    /^(?:to|with|about|for)$/.test(q.normals[verbAt + 1] ?? '') &&
    (q.pos[verbAt + 2] === undefined || q.pos[verbAt + 2] === 'PUNCT');
  return resolvedTo(q, people, at, stranded ? verbAt + 1 : verbAt, described);
}

/** The first description's side: a country or group named in it ("the <country> official"), if any. */
function describedSubject(q: ParsedQuestion, at: number) {
  return q.mentions.find((m) => m.start >= 0 && m.start < at + 1 && m.end >= at - 1);
}

/** The description from its start to `last` stands for `people`: one a mention of it, several the span. */
function resolvedTo(
  q: ParsedQuestion,
  people: Entity[],
  at: number,
  last: number,
  described: { span?: readonly [number, number] },
): Entity[] {
  const subject = describedSubject(q, at);
  const start = subject && subject.start < at ? subject.start : at;
  const first = q.normals[start - 1] === 'the' ? start - 1 : start;
  for (const m of q.mentions.filter((m) => m.start >= first && m.end <= last))
    q.mentions.splice(q.mentions.indexOf(m), 1);
  const [one] = people;
  if (people.length === 1 && one) {
    const before = q.mentions.findIndex((m) => m.start > first);
    q.mentions.splice(before < 0 ? q.mentions.length : before, 0, {
      id: one.id,
      start: first,
      end: last,
      via: 'description',
    });
  } else described.span = [first, last];
  return people;
}

/**
 * "the <side> official who talked about <X>": the people of that side whose reported words hold every noun of <X>
 * (up to the clause's end), or undefined when the verb is none of saying or nobody fits.
 */
function saidBy(q: ParsedQuestion, store: FactStore, at: number, verbAt: number): Entity[] | undefined {
  const verb = q.lemmas[verbAt] ?? '';
  const { lists, claimSayingVerbs } = cueWords();
  const saying =
    claimSayingVerbs.has(verb) || lists.sayWords.includes(verb) || verb === 'talk' || verb === 'speak';
  if (!saying) return undefined;
  let end = verbAt + 1;
  while (end < q.normals.length && q.normals[end] !== ',' && q.pos[end] !== 'AUX') end++;
  const nouns = q.lemmas.filter((l, i) => i > verbAt && i < end && q.pos[i] === 'NOUN' && l.length > 3);
  if (nouns.length === 0) return undefined;
  const subject = describedSubject(q, at);
  const side = subject ? sideOf(store, subject.id) : undefined;
  const stem = (w: string) => w.toLowerCase().slice(0, 5);
  const people = new Map<string, Entity>();
  for (const s of store.statements) {
    const holder = store.entities.get(s.holder);
    if (holder?.kind !== 'person' || (side && sideOf(store, holder.id) !== side)) continue;
    const words = `${s.content} ${s.evidence.join(' ')}`.toLowerCase().split(/[^a-z]+/);
    if (nouns.every((n) => words.some((w) => w.startsWith(stem(n))))) people.set(holder.id, holder);
  }
  return people.size > 0 ? [...people.values()] : undefined;
}

/**
 * Where a description that ends in its role word at `at` starts, with the mentions inside it: what it named itself
 * is part of it ("the <country> official who met ...", "the <body> dude who led ..."), and so is a "the" before it.
 */
function descriptionStart(
  q: ParsedQuestion,
  at: number,
  except?: ParsedQuestion['mentions'][number],
): { start: number; within: ParsedQuestion['mentions'] } {
  const within = q.mentions.filter((m) => m !== except && m.end >= at - 1 && m.start <= at && m.start >= 0);
  const first = Math.min(at, ...within.map((m) => m.start));
  return { start: q.normals[first - 1] === 'the' ? first - 1 : first, within };
}

/** Words between the places of a remit: "<A>, <B> and <C>", "<A>/<B>". */
const LIST_JOINS = new Set([',', 'and', '&', '/', 'the']);

/**
 * "the guy who handles <A>, <B> and <C>", "the official running the <A> <B> desk": the one person whose title
 * names every place the clause lists. The description becomes a mention of that person; nothing
 * changes when none or several fit.
 */
function resolveRemit(q: ParsedQuestion, store: FactStore): Entity | undefined {
  const { anyone, remitVerbs, remitNouns, headingVerbs } = cueWords();
  const at = q.normals.findIndex((w) => anyone.has(w));
  if (at < 0) return undefined;
  // ("the guy who handles", "the guy handling", "the one responsible for", "the guy in charge of"; not the claim
  // "the official covers <A>".)
  const relative = q.normals[at + 1] === 'who' || q.normals[at + 1] === 'that';
  let verbAt = relative ? at + 2 : at + 1;
  if (relative && /^(?:is|'s|was)$/.test(q.normals[verbAt] ?? '')) verbAt++;
  if (q.normals[verbAt] === 'in') verbAt++;
  const verb = q.normals[verbAt] ?? '';
  if (!relative && !verb.endsWith('ing') && verb !== 'responsible' && verb !== 'charge') return undefined;
  // (A verb of heading only with the remit's own noun after the places: "running the <A> <B> desk", not "who led
  // the <A> side".)
  const heading = headingVerbs.has(q.lemmas[verbAt] ?? '') || headingVerbs.has(verb);
  if (!heading && !remitVerbs.has(q.lemmas[verbAt] ?? '') && !remitVerbs.has(verb)) return undefined;
  // ("deals with", "looks after": the verb's particle.)
  let k = q.pos[verbAt + 1] === 'ADP' ? verbAt + 2 : verbAt + 1;
  const listed: ParsedQuestion['mentions'] = [];
  for (;;) {
    const m = q.mentions.find((x) => x.start === k);
    const kind = m ? store.entities.get(m.id)?.kind : undefined;
    if (m && (kind === 'place' || kind === 'country')) {
      listed.push(m);
      k = m.end + 1;
    } else if (LIST_JOINS.has(q.normals[k] ?? '')) k++;
    else break;
  }
  const last = listed.at(-1);
  if (!last) return undefined;
  const owned = remitNouns.has(q.normals[last.end + 1] ?? '');
  if (heading && !owned) return undefined;
  const names = listed.map((m) => {
    const e = store.entities.get(m.id);
    return e ? [e.name, ...e.aliases].map((n) => new RegExp(`\\b${escapeRegExp(n)}\\b`, 'i')) : [];
  });
  // (By title: a description may name a place for anything else, "whose visit to <A>".)
  const fits = peopleOf(store).filter((p) =>
    names.every((forms) => forms.some((re) => re.test(p.title ?? ''))),
  );
  const [person] = fits;
  if (fits.length !== 1 || !person) return undefined;
  let end = owned ? last.end + 1 : last.end;
  // ("... at the <department>", "... at <the body>": where the person works is part of the description.)
  if (q.normals[end + 1] === 'at' || q.normals[end + 1] === 'in')
    while (/^(?:ADP|DET|NOUN|PROPN|ADJ)$/.test(q.pos[end + 1] ?? '') && q.normals[end + 1] !== 'of') end++;
  while (
    q.normals[end] !== undefined &&
    q.normals[end + 1] === 'of' &&
    /^(?:NOUN|PROPN)$/.test(q.pos[end + 2] ?? '')
  )
    end += 2;
  const { start } = descriptionStart(q, at);
  for (const m of q.mentions.filter((x) => x.start >= start && x.end <= end))
    q.mentions.splice(q.mentions.indexOf(m), 1);
  q.mentions.push({ id: person.id, start, end, via: 'description' });
  return person;
}

/**
 * "the guy who led the <demonym> side": the one person of that side in the events the verb names (in the
 * article's news, when it names none). The description becomes a mention of that person.
 */
function ledSide(
  q: ParsedQuestion,
  store: FactStore,
  triggers: ReadonlyMap<string, readonly string[]>,
  at: number,
  verbAt: number,
): Entity | undefined {
  const side = q.mentions.find(
    (m) => m.start > verbAt && m.start <= verbAt + 2 && store.entities.get(m.id)?.kind === 'country',
  );
  // (The side noun may be part of the mention, "<demonym> side", or follow it.)
  const sideNoun = (i: number) => cueWords().sideNouns.has(q.normals[i] ?? '');
  const end = side && sideNoun(side.end) ? side.end : side ? side.end + 1 : -1;
  if (!side || !sideNoun(end)) return undefined;
  const evoked = (triggers.get(q.lemmas[verbAt] ?? '') ?? []).flatMap((id) => store.events.get(id) ?? []);
  const news = newsEvent(store);
  const events = evoked.length > 0 ? evoked : news ? [news] : [];
  const people = new Set(
    events.flatMap((e) =>
      e.participants
        .map((p) => p.entity)
        .filter((id) => store.entities.get(id)?.kind === 'person' && sideOf(store, id) === side.id),
    ),
  );
  const [id] = people;
  const person = id ? store.entities.get(id) : undefined;
  if (people.size !== 1 || !person) return undefined;
  const { start } = descriptionStart(q, at);
  for (const m of q.mentions.filter((m) => m.start >= start && m.end <= end))
    q.mentions.splice(q.mentions.indexOf(m), 1);
  q.mentions.push({ id: person.id, start, end, via: 'description' });
  return person;
}

/**
 * "what office is <A>'s (<demonym>) counterpart from", "the counterpart of <A>": the person the article calls <A>'s counterpart, or else the
 * one person of another side who took part in an event with <A>. The possessive and its noun become a mention of
 * that person; nothing changes when none or several fit, or when "who" asks who the counterpart is.
 */
function resolveCounterpart(q: ParsedQuestion, store: FactStore): Entity | undefined {
  if (q.wh === 'who') return undefined;
  const nouns = cueWords().lists.counterpartNouns;
  const at = q.normals.findIndex((w) => nouns.includes(w));
  if (at < 1) return undefined;
  const isPerson = (id: string) => store.entities.get(id)?.kind === 'person';
  const possessive = q.normals.lastIndexOf("'s", at);
  // ("the (<demonym>) counterpart of <A>": the owner after "of", the description from its article on.)
  const ofOwner =
    q.normals[at + 1] === 'of' ? q.mentions.find((m) => m.start === at + 2 && isPerson(m.id)) : undefined;
  const owner = ofOwner
    ? ofOwner
    : at >= 2 && possessive >= at - 3 && possessive >= 1
      ? q.mentions.find((m) => m.end === possessive - 1 && isPerson(m.id))
      : undefined;
  if (!owner) return undefined;
  let from = at;
  if (ofOwner) {
    if (q.pos[from - 1] === 'ADJ' || q.mentions.some((m) => m.end === from - 1)) from--;
    if (/^(?:the|a)$/.test(q.normals[from - 1] ?? '')) from--;
    // ("is <B> the counterpart of <A>?": whether <B> is the one, which the counterpart check answers.)
    if (q.yesNo && q.mentions.some((m) => m.end < from && isPerson(m.id))) return undefined;
  }
  const named = store.facts.relations.find(
    (r) => r.type === 'counterpart' && (r.from === owner.id || r.to === owner.id),
  );
  const side = sideOf(store, owner.id);
  const others = new Set<string>();
  if (named) others.add(named.from === owner.id ? named.to : named.from);
  else
    for (const event of store.facts.events)
      if (event.participants.some((p) => p.entity === owner.id))
        for (const p of event.participants)
          if (
            store.entities.get(p.entity)?.kind === 'person' &&
            p.entity !== owner.id &&
            sideOf(store, p.entity) !== side
          )
            others.add(p.entity);
  const [id] = others;
  const person = id ? store.entities.get(id) : undefined;
  if (others.size !== 1 || !person) return undefined;
  // (A side word between them names the counterpart's side: "<A>'s <demonym> counterpart".)
  const between = q.mentions.filter((m) =>
    ofOwner ? m.start >= from && m.end < at : m !== owner && m.start > possessive && m.end < at,
  );
  for (const m of between) q.mentions.splice(q.mentions.indexOf(m), 1);
  q.mentions.splice(q.mentions.indexOf(owner), 1, {
    id: person.id,
    start: ofOwner ? from : owner.start,
    end: ofOwner ? owner.end : at,
    via: 'description',
  });
  return person;
}

/** Words before someone spoken to or met with, who is not the subject described: "say back to <A>". */
const ADDRESSED = new Set(['to', 'with', 'toward', 'towards', 'against']);
/** A person spoken of before, as the object of a preposition: "with him". */
const OBJECT_PRONOUNS = new Set(['him', 'her']);

/**
 * Adds the person a description in the question stands for, as a mention in place of the side's country.
 * @returns the people a description in the singular may stand for: none without one, the one it was resolved
 * to, or several when it could not be (then `described.span` is where the description is in the question).
 */
export function resolveDescriptions(
  q: ParsedQuestion,
  store: FactStore,
  roles: ReadonlySet<string>,
  triggers: ReadonlyMap<string, readonly string[]>,
  lastPeople: readonly string[],
  described: { span?: readonly [number, number] } = {},
): Entity[] {
  absorbSides(q, store);
  const overDescribed = relativeOverDescription(q, store, roles, triggers, described);
  if (overDescribed) return overDescribed;
  const met = resolveObjectRelative(q, store, roles, triggers, described);
  if (met) return met;
  const counterpart = resolveCounterpart(q, store);
  if (counterpart) return [counterpart];
  const inCharge = resolveRemit(q, store);
  if (inCharge) return [inCharge];
  const head = resolveBodyHead(q, store);
  if (head) return [head];
  // (Several people, each a mention: no description in the singular left to ask which one of.)
  if (resolvePluralRole(q, store, roles)) return [];
  const found = resolveOne(q, store, roles, triggers, lastPeople, described);
  // ("the <A> official who met the <B> general": the person described after the relative clause's verb, once
  // known, tells who the first description is.)
  const [one, ...more] = found;
  const related = one && more.length === 0 ? resolveRelative(q, store, roles, triggers) : undefined;
  return related ? [related] : found;
}

/**
 * "what did <a body>'s boss say": the one person whose title heads that body ("its chief executive"), unqualified.
 * The possessive and its noun become a mention of that person; nothing changes when none or several fit, or when
 * "who" asks who the head is.
 */
function resolveBodyHead(q: ParsedQuestion, store: FactStore): Entity | undefined {
  if (q.wh === 'who' || q.wh === 'whom') return undefined;
  const owner = q.mentions.find(
    (m) =>
      m.start >= 0 &&
      q.normals[m.end + 1] === "'s" &&
      cueWords().bodyHeadNouns.has(q.normals[m.end + 2] ?? '') &&
      /^(?:organization|group)$/.test(store.entities.get(m.id)?.kind ?? ''),
  );
  const body = owner ? store.entities.get(owner.id) : undefined;
  if (!owner || !body) return undefined;
  const name = body.name.toLowerCase();
  const heads = peopleOf(store).filter((p) => {
    const title = (p.title ?? p.description ?? '').toLowerCase().replace(/^(?:the|its|a|an) /, '');
    const ofBody = p.memberOf === body.id || profileOf(p).includes(name);
    return ofBody && !typesQualifier(title.split(/\s+/)) && topTitlePattern().test(title);
  });
  const [person] = heads;
  if (heads.length !== 1 || !person) return undefined;
  const end = owner.end + 2;
  for (const m of q.mentions.filter((x) => x.start >= owner.start && x.end <= end))
    q.mentions.splice(q.mentions.indexOf(m), 1);
  q.mentions.push({ id: person.id, start: owner.start, end, via: 'description' });
  return person;
}

/**
 * "what did the two presidents agree", "both generals": a role in the plural, the only two people the article
 * gives it. Each becomes a mention over the description; nothing changes when the count differs.
 */
function resolvePluralRole(q: ParsedQuestion, store: FactStore, roles: ReadonlySet<string>): boolean {
  // (Not who they are: "which two presidents are mentioned", "name the presidents".)
  if (
    q.wh === 'who' ||
    q.wh === 'whom' ||
    q.wh === 'which' ||
    q.lemmas.some(
      (l, i) => cueWords().mentioningVerbs.has(l) || cueWords().mentioningVerbs.has(q.normals[i] ?? ''),
    )
  )
    return false;
  const at = q.normals.findIndex(
    (w, i) =>
      q.pos[i] === 'NOUN' &&
      w !== q.lemmas[i] &&
      roles.has(q.lemmas[i] ?? '') &&
      !q.mentions.some((m) => m.start <= i && i <= m.end),
  );
  if (at < 1) return false;
  const before = q.normals[at - 1] ?? '';
  if (!/^(?:the|two|both)$/.test(before)) return false;
  const start = before !== 'the' && /^(?:the|both)$/.test(q.normals[at - 2] ?? '') ? at - 2 : at - 1;
  // (The title's own noun, not a word qualifying another: "chairman of the student council" is no student.)
  const role = new RegExp(
    `\\b${escapeRegExp(q.lemmas[at] ?? '')}\\b(?=\\s*(?:$|,|\\b(?:of|for|at|from|in|with|who|on)\\b))`,
    'i',
  );
  const people = peopleOf(store).filter((p) => role.test(`${p.rank ?? ''} ${p.title ?? ''}`));
  // (Two: of three or more, an answer about each is asked for, which intents give one person at a time.)
  if (people.length !== 2) return false;
  for (const p of people) q.mentions.push({ id: p.id, start, end: at, via: 'description' });
  return true;
}

/**
 * "the <demonym> general <A>": a side typed right before a person of that side describes them, and is no party of
 * its own to the question. The side's mention becomes part of the person's.
 */
function absorbSides(q: ParsedQuestion, store: FactStore): void {
  for (let k = q.mentions.length - 2; k >= 0; k--) {
    const side = q.mentions[k];
    const person = q.mentions[k + 1];
    if (!side || !person || side.start < 0 || person.start !== side.end + 1) continue;
    if (store.entities.get(side.id)?.kind !== 'country' || store.entities.get(person.id)?.kind !== 'person')
      continue;
    if (sideOf(store, person.id) !== side.id) continue;
    q.mentions.splice(k, 2, { ...person, start: side.start });
  }
}

/**
 * The people whose title or description names a body ("the <body> guy"). A group's name counts less its plural
 * noun; a country's name is a side, not a body.
 */
function peopleOfBody(
  store: FactStore,
  body: Entity,
  people: readonly Entity[] = peopleOf(store),
  countryByWord: ReadonlyMap<string, string> = countryWords(store),
): Entity[] {
  const names = [body.name, ...body.aliases]
    .map((a) =>
      a
        .replace(/^the /i, '')
        .replace(body.kind === 'group' ? /\s+\S+s$/ : /$^/, '')
        .toLowerCase(),
    )
    .filter((n) => !countryByWord.has(n));
  return people.filter((e) => names.some((n) => n.length > 3 && profileOf(e).includes(n)));
}

/** The one person a body's name stands for in a remark ("the part about <a body>, who did he meet"), if one. */
export function soleMemberOf(store: FactStore, bodyId: string): Entity | undefined {
  const body = store.entities.get(bodyId);
  if (body?.kind !== 'organization' && body?.kind !== 'group') return undefined;
  const fits = peopleOfBody(store, body);
  return fits.length === 1 ? fits[0] : undefined;
}

/**
 * "the <place> guy", "the <A>-<B>-<place> guy": the one person whose title names the place (a place or country
 * in someone's remit, "deputy secretary for <A>, <B> and <place>"), the places typed with it all in that title.
 * The description becomes a mention of that person; undefined when not exactly one title names them.
 */
function placedPerson(
  q: ParsedQuestion,
  store: FactStore,
  m: ParsedQuestion['mentions'][number],
  people: readonly Entity[],
): Entity | undefined {
  const place = store.entities.get(m.id);
  if (place?.kind !== 'place' && place?.kind !== 'country') return undefined;
  const noun = q.normals[m.end + 1] ?? '';
  // ("the <place> guy", "the <place> professor" of one so ranked or titled; not "is <place> one of the issues".)
  // (A noun of the question's own, not the next name: "<A> <B> relations" names two places.)
  const ownNoun = q.pos[m.end + 1] === 'NOUN' && !q.mentions.some((x) => x.start === m.end + 1);
  const ranked = (e: Entity) =>
    ownNoun &&
    noun.length > 3 &&
    new RegExp(`\\b${escapeRegExp(noun)}\\b`, 'i').test(`${e.rank ?? ''} ${e.title ?? ''}`);
  const anyone = cueWords().anyone.has(noun);
  if ((!anyone && !people.some(ranked)) || noun === 'one') return undefined;
  // (The places typed before it, joined by hyphens, commas or "and": "<A>-<B>-<place>".)
  const chain = [m];
  for (let k = q.mentions.indexOf(m) - 1; k >= 0; k--) {
    const before = q.mentions[k];
    const first = chain[0];
    if (!before || !first) break;
    const between = q.normals.slice(before.end + 1, first.start);
    if (between.length > 1 || (between.length === 1 && !/^(?:-|,|and|&|\/)$/.test(between[0] ?? ''))) break;
    chain.unshift(before);
  }
  // (A country alone is a side, "the <country> guy" one of its people: read below.)
  if (chain.every((c) => store.entities.get(c.id)?.kind === 'country')) return undefined;
  const names = chain.map((c) => store.entities.get(c.id)?.name.toLowerCase() ?? '');
  const fits = people.filter((e) => {
    const title = (e.title ?? '').toLowerCase();
    return names.every((n) => n && title.includes(n)) && (anyone || ranked(e));
  });
  const [person] = fits;
  if (fits.length !== 1 || !person) return undefined;
  for (const c of chain) q.mentions.splice(q.mentions.indexOf(c), 1);
  q.mentions.push({ id: person.id, start: chain[0]?.start ?? m.start, end: m.end + 1, via: 'description' });
  return person;
}

function resolveOne(
  q: ParsedQuestion,
  store: FactStore,
  roles: ReadonlySet<string>,
  triggers: ReadonlyMap<string, readonly string[]>,
  lastPeople: readonly string[],
  described: { span?: readonly [number, number] },
): Entity[] {
  const related = resolveRelative(q, store, roles, triggers);
  if (related) return [related];
  // (A person named only after a preposition is no one the description could be: "what did the <demonym>
  // general say back to <A>".)
  // (Nor one named as the object of the question's verb: "did the <rank> meet <A>" (wink may tag the verb a noun).)
  const objectOfVerb = (i: number) => q.pos[i] === 'VERB' || (triggers.has(q.lemmas[i] ?? '') && i > 1);
  if (
    q.mentions.some(
      (m) =>
        store.entities.get(m.id)?.kind === 'person' &&
        !ADDRESSED.has(q.normals[m.start - 1] ?? '') &&
        !objectOfVerb(m.start - 1),
    )
  )
    return [];
  // "the only woman in the article", "the female politician": the one person the article calls "she"; and
  // nobody it calls "he" fits a description of a woman ("the <body> lady").
  const female = q.normals.findIndex((w) => cueWords().femaleNouns.has(w));
  // ("the <demonym> guy" is none of those the article calls "she".)
  const male = q.normals.some((w) => cueWords().maleNouns.has(w));
  const people =
    female >= 0
      ? peopleOf(store).filter((e) => e.pronoun !== 'he')
      : male
        ? peopleOf(store).filter((e) => e.pronoun !== 'she')
        : peopleOf(store);
  // (A woman of a body, "the <body> lady", is someone the article would have to tie to that body: no guess.)
  const bodies = q.mentions.some((m) =>
    ['organization', 'group'].includes(store.entities.get(m.id)?.kind ?? ''),
  );
  if (female >= 0 && bodies) return [];
  const women = people.filter((e) => e.pronoun === 'she');
  const [woman] = women;
  // (Not one of a body or side named before the word: "the <body> lady" is someone of that body.)
  const qualified = q.mentions.some((m) => m.end === female - 1);
  if (female >= 0 && woman && women.length === 1 && !qualified) {
    q.mentions.push({ id: woman.id, start: female, end: female, via: 'description' });
    return [woman];
  }
  // The sides named: country mentions, and a country typed in lower case where it is also a common word
  // ("the <country> official"), which the parser leaves out as a name.
  const countryByWord = countryWords(store);
  // "the <organisation> guy": the one person whose title or description names the organisation.
  for (const m of q.mentions) {
    const body = store.entities.get(m.id);
    const placed = placedPerson(q, store, m, people);
    if (placed) return [placed];
    if (body?.kind !== 'organization' && body?.kind !== 'group') continue;
    const next = q.normals.slice(m.end + 1, m.end + 4);
    // (Or the role before it: "the chief executive of <body>", "the <role> at the <body>".)
    const ofAt = m.start - (q.normals[m.start - 1] === 'the' ? 2 : 1);
    // ("who runs <body>": whoever heads it, as "the head of <body>".)
    // (Or "the <role> from <body>".)
    const before = ['of', 'at', 'from'].includes(q.normals[ofAt] ?? '')
      ? (q.normals[ofAt - 1] ?? '')
      : q.normals[0] === 'who' && ofAt === 1
        ? (q.normals[1] ?? '')
        : '';
    const head = cueWords().bodyHeadNouns.has(before);
    const role =
      next.find((w) => cueWords().anyone.has(w) || roles.has(w)) ??
      (roles.has(before) ||
      head ||
      // ("the guy from <body>": anyone from it.)
      (q.normals[ofAt] === 'from' && cueWords().anyone.has(before))
        ? before
        : undefined);
    if (!role) continue;
    // ("the <body> guy" of a group, "<body> officials": the body is the group's name less its plural noun;
    // a country's name is a side, read below.)
    let fits = peopleOfBody(store, body, people, countryByWord);
    // "the <body>'s <role>": of its people, the one whose title holds that role (none holds "the <body>'s
    // mayor" when the article gives nobody that role).
    if (head && role === before)
      fits = fits.filter((e) =>
        cueWords().lists.bodyHeadTitles.some((t) =>
          new RegExp(`^(?:who |the |its |their )?${t}\\b`).test(profileOf(e).trim()),
        ),
      );
    else if (!cueWords().anyone.has(role)) {
      // ("the director of <body>" is not its deputy director, unless the question says deputy.)
      const typed = typesQualifier(q.normals);
      const qualified = qualifiedRole(role);
      fits = fits.filter(
        (e) => new RegExp(`\\b${role}`).test(profileOf(e)) && (typed || !qualified.test(profileOf(e))),
      );
    }
    const [person] = fits;
    if (fits.length !== 1 || !person) continue;
    const after = next.indexOf(role) >= 0;
    q.mentions.splice(q.mentions.indexOf(m), 1, {
      id: person.id,
      start: after ? m.start : ofAt - 1,
      end: after ? m.end + 1 + next.indexOf(role) : m.end,
      via: 'description',
    });
    return [person];
  }
  // A group's name said in the singular, "the <country> official", describes one of its people.
  const singularGroups = q.mentions.flatMap((m) => {
    const side = store.entities.get(m.id)?.kind === 'group' ? sideOf(store, m.id) : undefined;
    return side && !/s$/.test(q.normals[m.end] ?? '') ? [{ ...m, id: side, end: m.end - 1 }] : [];
  });
  const sides = [
    ...q.mentions.filter((m) => store.entities.get(m.id)?.kind === 'country'),
    ...singularGroups,
    ...q.normals.flatMap((w, i) => {
      const country = countryByWord.get(w);
      // (Not a word of another place: "the east <country> sea".)
      return country &&
        !q.mentions.some((m) => m.start <= i && i <= m.end) &&
        !q.otherPlaces.some((p) => p.start <= i && i <= p.end)
        ? [{ id: country, start: i, end: i, via: 'name' as const }]
        : [];
    }),
  ];
  let ambiguous: Entity[] = [];
  for (const side of sides) {
    // The role word right after the side: "the <demonym> general guy", "the <country> official". (Only the
    // nouns and adjectives that follow it: in "is the <demonym> guy a general?" the rank is what is asked.)
    const after = q.pos.slice(side.end + 1, side.end + 4);
    const stop = after.findIndex((p) => !/^(NOUN|PROPN|ADJ|NUM|PART)$/.test(p));
    const following = q.normals.slice(side.end + 1, side.end + 1 + (stop < 0 ? after.length : stop));
    // ("the defense official from the <country>": the description before "from" and the side.)
    const fromAt = q.normals[side.start - 1] === 'the' ? side.start - 2 : side.start - 1;
    let first = fromAt;
    while (
      following.length === 0 &&
      q.normals[fromAt] === 'from' &&
      first > fromAt - 4 &&
      /^(?:NOUN|ADJ|PROPN)$/.test(q.pos[first - 1] ?? '')
    )
      first--;
    const fromSide = first < fromAt ? first : undefined;
    const words = fromSide !== undefined ? q.normals.slice(fromSide, fromAt) : following;
    const role = words.find(
      (w) => !cueWords().anyone.has(w) && (roles.has(w) || roles.has(w.replace(/s$/, ''))),
    );
    // ("the <demonym>'s title": an adjective of a side owning something is one of its people.)
    const demonym = store.entities.get(side.id)?.demonym?.toLowerCase();
    const ownedByOne =
      demonym !== undefined &&
      side.start === side.end &&
      q.normals[side.start] === demonym &&
      words[0] === "'s";
    // (In the plural too, "the <demonym> reps": whoever of that side fits, when only one does.)
    const anyone =
      ownedByOne ||
      words.some((w) => cueWords().anyone.has(w) || (/s$/.test(w) && cueWords().anyone.has(w.slice(0, -1))));
    // "Which <demonym> general ...?" asks for the person: the description is the answer, not the subject.
    if (!role && !anyone) continue;
    if (['which', 'what'].includes(q.normals[side.start - 1] ?? '')) continue;
    // "the <country> secretary" is not a deputy secretary: a qualified role is another role.
    const qualified = qualifiedRole(role ?? '');
    const holds = (e: Entity) => {
      // (Their own rank and title, where the article gives them: a description may name someone else's rank.)
      const about = e.rank || e.title ? `${e.rank ?? ''} ${e.title ?? ''}` : e.description;
      return !role || (new RegExp(`\\b${role}`, 'i').test(about) && !qualified.test(about));
    };
    let fits = people.filter((e) => sideOf(store, e.id) === side.id && holds(e));
    // ("the <demonym> major general": the whole rank typed, of the people a "general" fits.)
    const phrase = words.filter((w) => !cueWords().anyone.has(w)).join(' ');
    const exact = fits.filter((e) => `${e.rank ?? ''} ${e.title ?? ''}`.toLowerCase().includes(phrase));
    if (fits.length > 1 && phrase.includes(' ') && exact.length > 0) fits = exact;
    // ("the <demonym> defense official": a word of their title or description, not a role of its own.)
    // (Only a word before the role or the noun for anyone: "<demonym> counterpart" names no one's title.)
    const headAt = words.findIndex((w) => w === role || cueWords().anyone.has(w));
    const qualifiers = words
      .slice(0, Math.max(headAt, 0))
      .filter((w) => w.length > 3 && !roles.has(w) && /^[a-z]+$/.test(w));
    const ofQualifiers = fits.filter((e) =>
      qualifiers.every((w) => new RegExp(`\\b${w}\\b`).test(profileOf(e))),
    );
    if (fits.length > 1 && qualifiers.length > 0 && ofQualifiers.length > 0) fits = ofQualifiers;
    // Of those, the ones taking part in an event the question names ("at the talks").
    // (Events named outright first; else those the question's words evoke.)
    const named = q.mentions.filter((m) => store.events.has(m.id)).map((m) => m.id);
    // (Only events the other people the question names took part in: "did the <demonym> guy agree with <A>"
    // is not whoever agreed to something else.)
    // (An object pronoun is the person the conversation is on: "agree with him".)
    const [lastOne, ...earlier] = lastPeople;
    const objectPronoun = q.normals.some(
      (w, i) => OBJECT_PRONOUNS.has(w) && ADDRESSED.has(q.normals[i - 1] ?? ''),
    );
    const others = [
      ...q.mentions.filter((m) => store.entities.get(m.id)?.kind === 'person').map((m) => m.id),
      ...(objectPronoun && lastOne && earlier.length === 0 ? [lastOne] : []),
    ];
    const withOthers = (id: string) =>
      others.every((o) => store.events.get(id)?.participants.some((p) => p.entity === o));
    const events = new Set(
      (named.length ? named : q.lemmas.flatMap((l) => triggers.get(l) ?? [])).filter(withOthers),
    );
    const inEvents = fits.filter((e) =>
      [...events].some((id) => store.events.get(id)?.participants.some((p) => p.entity === e.id)),
    );
    if (fits.length > 1 && inEvents.length > 0) fits = inEvents;
    // ("the <demonym> general <A> met virtually": one who took part in a meeting held remotely.)
    const remote = q.normals.some((w) => cueWords().remoteWords.has(w))
      ? fits.filter((e) =>
          store.facts.events.some(
            (ev) => ev.place?.virtual && ev.participants.some((p) => p.entity === e.id),
          ),
        )
      : [];
    if (fits.length > 1 && remote.length > 0) fits = remote;
    // ("the <demonym> rep": who represented that side at the article's news, with no other event named.)
    const news =
      events.size === 0 &&
      words.some((w) => cueWords().delegateNouns.has(w) || cueWords().delegateNouns.has(w.replace(/s$/, '')))
        ? newsEvent(store)
        : undefined;
    const delegates = fits.filter((e) => news?.participants.some((p) => p.entity === e.id));
    if (fits.length > 1 && delegates.length > 0) fits = delegates;
    // ("the <demonym> officer": one with a rank; "the <demonym> guy in <a city>": one at an event held there.)
    const ranked = fits.filter((e) => e.rank);
    if (fits.length > 1 && words.some((w) => cueWords().rankedPeopleNouns.has(w)) && ranked.length > 0)
      fits = ranked;
    // ("the top <demonym> general": of several of that side, the one whose rank outranks the others'.)
    const senior = [q.normals[side.start - 1], q.normals[side.start - 2], ...words].some((w) =>
      cueWords().seniorityWords.has(w ?? ''),
    );
    // (Of those with a rank, when some have none and the description is of the armed forces: "the top <demonym>
    // military guy" is no civilian.)
    const armed = words.some((w) => cueWords().militaryWords.has(w));
    const graded = armed ? fits.filter((e) => e.rank) : [];
    const highest =
      senior && fits.length > 1
        ? (highestRanked(fits) ??
          (graded.length > 0 && graded.length < fits.length ? highestRanked(graded) : undefined))
        : undefined;
    if (highest) fits = [highest];
    // "the <demonym> guy who handles <A>, <B> and <C>": the one whose title or description has those words
    // (before anyone at an event held in one of them).
    if (fits.length > 1) {
      const asked = q.normals.filter((w, i) => w.length > 3 && (q.pos[i] === 'PROPN' || q.pos[i] === 'NOUN'));
      const hits = fits.map((e) => {
        const about = `${e.title ?? ''} ${e.description}`.toLowerCase();
        const words = new Set(about.split(/[^\p{L}\p{N}'-]+/u));
        return asked.filter((w) => words.has(w)).length;
      });
      const most = Math.max(...hits);
      if (most >= 2 && hits.filter((h) => h === most).length === 1)
        fits = [fits[hits.indexOf(most)] as Entity];
    }
    const places = new Set(
      q.mentions.map((m) => m.id).filter((id) => store.entities.get(id)?.kind === 'place'),
    );
    const there = fits.filter((e) =>
      store.facts.events.some(
        (ev) =>
          ev.place &&
          !ev.place.virtual &&
          places.has(ev.place.entity ?? '') &&
          ev.participants.some((p) => p.entity === e.id),
      ),
    );
    if (fits.length > 1 && there.length > 0) fits = there;
    // ("the <demonym> guys saying <X>": a plural of people where the article has a group of that side speaks of the
    // group, not of one person.)
    const pluralOfPeople = words.some((w) => /s$/.test(w) && cueWords().anyone.has(w.replace(/s$/, '')));
    if (
      pluralOfPeople &&
      store.facts.entities.some((e) => e.kind === 'group' && sideOf(store, e.id) === side.id) &&
      q.lemmas.some((l) => cueWords().claimSayingVerbs.has(l))
    )
      continue;
    // "what did the <demonym> official stress?": of those, the ones the article reports saying so.
    // (Worked out only when the description fits several: most questions name one person or none.)
    const speakers =
      fits.length > 1
        ? fits.filter((e) =>
            store.statements.some(
              (s) =>
                s.holder === e.id && (q.lemmas.includes('say') || s.verbs.some((v) => q.lemmas.includes(v))),
            ),
          )
        : [];
    if (fits.length > 1 && speakers.length > 0) fits = speakers;
    const spokenOf = fits.filter((e) => lastPeople.includes(e.id));
    if (fits.length > 1 && spokenOf.length === 1) fits = spokenOf;
    // "who's <A>?" then "and the <demonym> one?": the one who took part with <A>.
    const alongside = fits.filter((e) =>
      store.facts.events.some(
        (ev) =>
          ev.participants.some((p) => p.entity === e.id) &&
          ev.participants.some((p) => lastPeople.includes(p.entity)),
      ),
    );
    if (fits.length > 1 && alongside.length === 1) fits = alongside;
    const [person] = fits;
    // ("the <demonym> officials" may be all of them.)
    const plural = words.some(
      (w) => /s$/.test(w) && (roles.has(w.replace(/s$/, '')) || cueWords().anyone.has(w.replace(/s$/, ''))),
    );
    // (To the last word of the description: "the <demonym> major general"; or the side after "from".)
    const end =
      fromSide !== undefined
        ? side.end
        : side.end +
          1 +
          words.findLastIndex(
            (w) => w === role || cueWords().anyone.has(w) || roles.has(w) || roles.has(w.replace(/s$/, '')),
          );
    const start = fromSide !== undefined ? fromSide : side.start;
    if (fits.length > 1 && !plural) {
      ambiguous = fits;
      described.span = [q.normals[start - 1] === 'the' ? start - 1 : start, end];
    }
    if (fits.length !== 1 || !person) continue;
    // The side's (or the group's) own mention gives way to the person.
    const at = q.mentions.findIndex((m) => m.start === side.start);
    if (at >= 0) q.mentions.splice(at, 1);
    // (And so does a place that is part of the description: "the <demonym> general in <a city>".)
    const place = q.mentions.findIndex(
      (m) => m.start === end + 2 && ['in', 'at'].includes(q.normals[end + 1] ?? '') && places.has(m.id),
    );
    const last = q.mentions[place]?.end;
    if (place >= 0) q.mentions.splice(place, 1);
    q.mentions.push({ id: person.id, start, end: last ?? end, via: 'description' });
    return [person];
  }
  return sides.length === 0 ? rankOnly(q, people, roles, described) : ambiguous;
}

/**
 * "did the <rank> <role> meet <A>?": a description by rank or title alone, no side named, in a claim, names the one person
 * whose rank and title hold every word of it ("the major general" is not a general of another rank).
 */
function rankOnly(
  q: ParsedQuestion,
  people: readonly Entity[],
  roles: ReadonlySet<string>,
  described: { span?: readonly [number, number] },
): Entity[] {
  // (Only in a claim, whose check needs the person: a question about "the <role>" finds its words in the sentences;
  // or as the subject of "what did the <role> say", whose words a sentence may give with "she" alone.)
  const whatAt = q.wh === 'what' ? q.normals.indexOf('what') : -1;
  const subjectAsked =
    whatAt >= 0 &&
    /^(?:did|does|do|has|had)$/.test(q.normals[whatAt + 1] ?? '') &&
    q.normals[whatAt + 2] === 'the' &&
    q.normals.some(
      (w, i) => cueWords().wordingWords.has(w) || cueWords().claimSayingVerbs.has(q.lemmas[i] ?? ''),
    );
  const the = q.yesNo ? q.normals.indexOf('the') : subjectAsked ? whatAt + 2 : -1;
  if (the < 0 || ['which', 'what'].includes(q.normals[the - 1] ?? '')) return [];
  // (Adjectives and role words, to the last role word: "the major general", "the top general".)
  let end = the + 1;
  while (end < q.normals.length && (roles.has(q.normals[end] ?? '') || q.pos[end] === 'ADJ')) end++;
  while (end > the + 1 && !roles.has(q.normals[end - 1] ?? '')) end--;
  const words = q.normals.slice(the + 1, end);
  if (words.length === 0 || q.mentions.some((m) => m.start <= end - 1 && m.end > the)) return [];
  const phrase = words.join(' ');
  // ("the director" is not a deputy director, unless the question types the qualifier.)
  const qualified = typesQualifier(words) ? undefined : qualifiedRole(words.at(-1) ?? '');
  // ("the <role> of <X>": an office of something, which only a title naming <X> holds; read elsewhere.)
  if (/^(?:of|for|at|in)$/.test(q.normals[end] ?? '')) return [];
  // (The rank it ends, or the title it heads: "an adviser in the office of the <role>" holds no such role.)
  const fits = people.filter((e) => {
    const rank = (e.rank ?? '').toLowerCase();
    const title = (e.title ?? '').toLowerCase().replace(/^the /, '');
    const holds =
      new RegExp(`(?:^|\\s)${phrase}$`).test(rank) ||
      new RegExp(`^${phrase}(?:$|[\\s,]+(?:of|for|at|to|in|on)\\b|,)`).test(title);
    return holds && !qualified?.test(`${rank} ${title}`);
  });
  const [person] = fits;
  // ("what did the general say" of three generals: whose words are asked is not guessed.)
  if (fits.length > 1 && !q.yesNo) {
    described.span = [the, end - 1];
    return fits;
  }
  if (fits.length !== 1 || !person) return [];
  // (In the order of the question's words: the first mention is read as the subject.)
  const before = q.mentions.findIndex((m) => m.start > the);
  q.mentions.splice(before < 0 ? q.mentions.length : before, 0, {
    id: person.id,
    start: the,
    end: end - 1,
    via: 'description',
  });
  return [person];
}
