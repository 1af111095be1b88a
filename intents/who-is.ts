import { loadChatRegister } from '../src/engine/chat-register.js';
import { cueWords } from '../src/engine/cue-words.js';
import { escapeRegExp } from '../src/engine/escape-reg-exp.js';
import type { Intent } from '../src/engine/intent.js';
import { MATCH } from '../src/engine/match-levels.js';
import {
  fullName,
  identify,
  profileOf,
  qualifiedRole,
  sideOf,
  titleBody,
  titleField,
  titleHead,
  titleScope,
  topTitlePattern,
  typesQualifier,
} from '../src/engine/parties.js';
import {
  clauseSubject,
  contentVerbs,
  exclusionAt,
  hasAny,
  hasAnyOf,
  hasAnyOutsideNames,
  hasPhrase,
  inChargeAt,
  inDescription,
  mentionedEntities,
} from '../src/engine/question-cues.js';
import { notStated, stated } from '../src/engine/replies.js';
import { equivalentsOf } from '../src/engine/word-tables.js';
import { capitalize, joinNames } from '../src/engine/wording.js';
import type { FactStore } from '../src/facts/fact-store.js';
import type { Entity } from '../src/facts/schema.js';
import { loadGazetteer } from '../src/ingest/gazetteer.js';
import type { ParsedQuestion } from '../src/nlp/parse-question.js';

const profiled = (e: Entity) => e.kind === 'person' || e.kind === 'group' || e.kind === 'organization';

/** "who is X", "who was X", "who's X": the name right after who + be. */
function isWhoIsName(q: ParsedQuestion, id: string): boolean {
  const at = q.normals.indexOf('who');
  // "who <person> actually is": the name first, then be.
  const after = q.mentions.find((m) => m.id === id && m.start === at + 1);
  if (after && q.lemmas.slice(after.end + 1).includes('be')) return true;
  const be = q.lemmas[at + 1] === 'be' ? at + 2 : -1;
  return (
    be > 0 &&
    q.mentions.some((m) => m.id === id && (m.start === be || (m.start === be + 1 && q.normals[be] === 'the')))
  );
}

/** "who's involved?", "who is in this?", "who gets mentioned?": everyone the article names. */
const asksWhoIsInIt = (q: ParsedQuestion): boolean =>
  q.wh === 'who' &&
  q.mentions.length === 0 &&
  (hasAny(q, 'involved', 'mentioned', 'named', 'featured') ||
    /\bwho(?:'s| is| are)? in (?:it|this|there|the article)\b/i.test(q.text)) &&
  !hasAny(q, 'next', 'now', 'won', 'win');

/** Token ranges of relative clauses right after a person described ("the <X> guy who <did Y>"). */
function describingClauses(q: ParsedQuestion): Array<[number, number]> {
  return q.mentions
    .filter((m) => m.via === 'description' && /^(?:who|that)$/.test(q.normals[m.end + 1] ?? ''))
    .map((m) => {
      let end = m.end + 2;
      while (end + 1 < q.normals.length && q.pos[end + 1] !== 'AUX' && q.normals[end + 1] !== ',') end++;
      return [m.end + 1, end] as [number, number];
    });
}

/** "which country is <person> from / with", "what side is <person> on" ("where ... from" is where). */
const asksSide = (q: ParsedQuestion): boolean =>
  (q.wh === 'which' || q.wh === 'what') &&
  // (Not a word of a description that stands for someone: "the guy who led the <demonym> side".)
  q.normals.some(
    (w, i) =>
      [w, q.lemmas[i] ?? ''].some((x) =>
        ['country', "country's", 'side', 'nation', 'nationality'].includes(x),
      ) && !q.mentions.some((m) => m.via === 'description' && m.start <= i && i <= m.end),
  ) &&
  !hasAny(q, 'visit', 'visited', 'go', 'went', 'travel', 'travelled', 'traveled') &&
  // ("what did <person> say, his side's position": what was said.)
  !hasAny(q, 'say', 'said', 'position', 'stance', 'view', 'argue', 'argued');

/**
 * "what's <person>'s portfolio", "<person> deals w which places", "what areas does <person>'s job cover": the
 * places a title is for. A word for the remit, or a place noun with a verb of covering.
 */
const asksScope = (q: ParsedQuestion): boolean => !remitOnlyDescribes(q) && scopeWords(q);

/**
 * ("what did the guy running the <A> <B> desk do": the words of a remit all in a description of the person, who
 * is asked about, not the remit.)
 */
function remitOnlyDescribes(q: ParsedQuestion): boolean {
  if (!q.mentions.some((m) => m.via === 'description' && m.start >= 0)) return false;
  const { coverWords, scopeVerbs } = cueWords();
  const { officeNouns } = cueWords().lists;
  return !q.normals.some(
    (w, i) =>
      !inDescription(q, i) &&
      (coverWords.has(w) || scopeVerbs.has(q.lemmas[i] ?? '') || officeNouns.includes(w)),
  );
}

const scopeWords = (q: ParsedQuestion): boolean =>
  hasAnyOf(q, cueWords().lists.coverWords) ||
  // ("what does <person>'s office focus on": what the office is for.)
  // (As a verb: "the name of <person>'s office" asks its name.)
  (q.lemmas.some((l, i) => q.pos[i] === 'VERB' && cueWords().scopeVerbs.has(l)) &&
    hasAnyOf(q, cueWords().lists.officeNouns)) ||
  (q.normals.some((w) => loadChatRegister().placeNouns.has(w)) &&
    (q.lemmas.some((l) => cueWords().scopeVerbs.has(l)) ||
      // ("<person> is <title> for which places": the places the title is for.)
      q.normals.some(
        (w, i) =>
          w === 'for' &&
          ['which', 'what'].includes(q.normals[i + 1] ?? '') &&
          loadChatRegister().placeNouns.has(q.normals[i + 2] ?? ''),
      )));

/**
 * "who covers <a place>", "who holds the <A>/<B> desk": the people whose title is for every place named
 * ("... secretary of <X> for <A>, <B>, and <C>").
 */
function holdersOfScope(q: ParsedQuestion, store: FactStore): Entity[] {
  // ("which <demonym> official has <A> in his title": which person, as "who".)
  const whichPerson =
    q.wh === 'which' && q.normals.some((w) => cueWords().anyone.has(w) || cueWords().personNouns.has(w));
  if (q.wh !== 'who' && q.wh !== 'whose' && !whichPerson) return [];
  // (A word of the remit, "responsible" too, as "covers" is read; not one of naming: "<demonym> person mentioned".)
  // ("has <A> in his title": the places are in the title.)
  const inTitle = q.normals.some(
    (w, i) => cueWords().roleQuestionWords.has(w) && (q.normals[i - 1] === 'in' || q.normals[i - 2] === 'in'),
  );
  const scoped =
    inTitle ||
    q.lemmas.some(
      (l, i) =>
        cueWords().coverWords.has(q.normals[i] ?? '') ||
        l === 'responsible' ||
        (cueWords().scopeVerbs.has(l) && !cueWords().mentioningVerbs.has(l)),
    );
  // (The places named, not a side describing someone: "the <demonym> official".)
  const person = (w: string) => cueWords().anyone.has(w) || cueWords().personNouns.has(w);
  // (Nor a place owning what is covered: "in charge of <a country>'s <office>" asks of the office.)
  // (Nor a place modifying another noun: "in charge of the <demonym> delegation" asks who heads the delegation.)
  // (An adjective ending the question is its noun: "the <demonym> military".)
  const modifies = (i: number) =>
    (q.pos[i] === 'NOUN' || (q.pos[i] === 'ADJ' && !/^[a-z]/.test(q.normals[i + 1] ?? ''))) &&
    !cueWords().remitNouns.has(q.normals[i] ?? '') &&
    !cueWords().remitTopicNouns.has(q.normals[i] ?? '') &&
    !cueWords().coverWords.has(q.normals[i] ?? '');
  const ids = new Set(
    q.mentions
      .filter(
        (m) =>
          m.start >= 0 &&
          !person(q.normals[m.end + 1] ?? '') &&
          q.normals[m.end + 1] !== "'s" &&
          !modifies(m.end + 1),
      )
      .map((m) => m.id),
  );
  const places = mentionedEntities(q, store).filter(
    (e) => ids.has(e.id) && (e.kind === 'place' || e.kind === 'country'),
  );
  if (!scoped || places.length === 0) return [];
  // ("at the department of <X>": of those whose title names <X>.)
  const dept = q.normals.findIndex((w) => cueWords().departmentNouns.has(w));
  const field =
    dept < 0 ? undefined : q.normals[dept + 1] === 'of' ? q.normals[dept + 2] : q.normals[dept - 1];
  return store.facts.entities.filter((e) => {
    const scope = e.kind === 'person' ? titleScope(e)?.toLowerCase() : undefined;
    return (
      scope !== undefined &&
      (field === undefined || (e.title ?? '').toLowerCase().includes(field)) &&
      places.every((p) =>
        [p.name, ...p.aliases].some((n) => scope.includes(n.replace(/^the /i, '').toLowerCase())),
      )
    );
  });
}

/**
 * "who had 'then' in front of their title", "who has 'deputy' in their title": the people whose title (as the
 * article writes it) has the word quoted. Undefined when the question is not of that form.
 */
function holdersOfTitleWord(
  q: ParsedQuestion,
  store: FactStore,
): { word: string; holders: Entity[] } | undefined {
  if (q.wh !== 'who') return undefined;
  const open = q.normals.indexOf("'");
  const close = q.normals.indexOf("'", open + 1);
  const titleAt = q.normals.findIndex((w) => w === 'title' || w === 'titles' || w === 'name');
  if (open < 0 || close !== open + 2 || titleAt < close || !q.normals.slice(close, titleAt).includes('in'))
    return undefined;
  const word = q.normals[open + 1] ?? '';
  const has = new RegExp(`(^|[^\\p{L}])${escapeRegExp(word)}($|[^\\p{L}])`, 'iu');
  const holders = store.facts.entities.filter(
    (e) => e.kind === 'person' && has.test(`${e.rank ?? ''} ${e.title ?? ''}`),
  );
  return { word, holders };
}

/** A title or honorific word, or one of its short forms ("doctor", "dr", "general"). */
function titleWord(word: string): boolean {
  const { roles, honorifics } = loadGazetteer();
  // (Honorifics are listed as written before a name: "Dr.", "General".)
  const written = (w: string) => `${w.charAt(0).toUpperCase()}${w.slice(1)}`;
  return [word, ...equivalentsOf(word)].some(
    (w) => roles.has(w) || honorifics.has(written(w)) || honorifics.has(`${written(w)}.`),
  );
}

/** What a reply naming who is called <word> worked out: the word, and the question's verbs of naming (lemmas). */
const namingWorked = (word: string): string[] => [word, ...cueWords().lists.namingVerbs, 'get'];

/** "who gets called dr in the article": the people a name the article uses for them has that word in. */
function calledBy(
  q: ParsedQuestion,
  store: FactStore,
): { word: string; called: Array<[Entity, string]> } | undefined {
  const at = q.normals.findIndex(
    (w, i) =>
      (w === 'called' || w === 'referred') &&
      /^(?:get|gets|got|is|was|are|were)$/.test(q.normals[i - 1] ?? ''),
  );
  if (q.wh !== 'who' || at < 0) return undefined;
  const word = (q.normals[q.normals[at] === 'referred' ? at + 3 : at + 1] ?? '').replace(/\.$/, '');
  if (!/^\p{L}+$/u.test(word)) return undefined;
  // (A word or its written short form: "doctor" for a name with "Dr.")
  const forms = new Set([word, ...equivalentsOf(word)]);
  const text = store.sentences.map((s) => s.text).join('\n');
  // (Or written just before a name of theirs: "Dr. <A>", where the article keeps no such alias.)
  const before = new RegExp(
    `(?<![\\p{L}])(?:${[...forms].map(escapeRegExp).join('|')})\\.?\\s+(?=\\p{Lu})`,
    'giu',
  );
  const titled = [...text.matchAll(before)].map((m) => text.slice(m.index, m.index + 80));
  const called = store.facts.entities.flatMap((e): Array<[Entity, string]> => {
    if (e.kind !== 'person') return [];
    // (A name the article itself uses: not a lookup alias such as a courtesy title it never writes.)
    const names = [e.name, ...e.aliases].filter((a) => text.includes(a));
    const alias = names.find((a) =>
      a
        .toLowerCase()
        .split(/\s+/)
        .some((w) => forms.has(w.replace(/\.$/, ''))),
    );
    if (alias) return [[e, alias]];
    const written = titled.find((t) => names.some((a) => t.replace(/^\S+\s+/, '').startsWith(a)));
    const name = written && names.find((a) => written.replace(/^\S+\s+/, '').startsWith(a));
    return written && name ? [[e, `${written.split(/\s+/)[0]} ${name}`]] : [];
  });
  return { word, called };
}

/** "where does <person> work": the department their title names. */
const worksWhere = (q: ParsedQuestion): boolean =>
  q.wh === 'where' && q.lemmas.some((l) => cueWords().belongVerbs.has(l));

/**
 * "<person> works for which commission", "which ministry is <person> in": a noun of the person's own title asked
 * for with "which" or "what", with no verb but one of belonging: the body the title names.
 */
function titleNounAsked(q: ParsedQuestion, target: Entity | undefined): boolean {
  if (target?.kind !== 'person' || !target.title || (q.wh !== 'which' && q.wh !== 'what')) return false;
  const at = q.normals.findIndex((w) => w === 'which' || w === 'what');
  const noun = q.lemmas[at + 1] ?? '';
  return (
    q.pos[at + 1] === 'NOUN' &&
    noun.length > 2 &&
    !cueWords().roleQuestionWords.has(noun) &&
    new RegExp(`(^|[^\\p{L}])${escapeRegExp(noun)}($|[^\\p{L}])`, 'iu').test(target.title) &&
    contentVerbs(q).every((v) => cueWords().belongVerbs.has(v))
  );
}

/** "<A> and <B>, which one's <demonym>?": of the people named, those of the side named. */
function whichOfSide(q: ParsedQuestion, store: FactStore): { fit: Entity[]; side: Entity } | undefined {
  if (q.wh !== 'which') return undefined;
  const named = mentionedEntities(q, store);
  // (Less those set aside: "which one's <demonym> besides <A>".)
  const aside = exclusionAt(q);
  const setAside = new Set(q.mentions.filter((m) => aside >= 0 && m.start > aside).map((m) => m.id));
  const people = named.filter((e) => e.kind === 'person' && !setAside.has(e.id));
  const side = named.find((e) => e.kind === 'country');
  if (people.length < 2 || !side) return undefined;
  return { fit: people.filter((e) => sideOf(store, e.id) === side.id), side };
}

/** "what was <person>'s job before this": a role held before the article's, which is background. */
const earlierRole = (q: ParsedQuestion): boolean =>
  cueWords().lists.roleQuestionWords.some((w) => q.words.has(w)) &&
  (hasPhrase(q, 'before this') ||
    hasPhrase(q, 'before that') ||
    hasAny(q, 'prior', 'earlier', 'beforehand', 'previous', 'previously', 'former', 'formerly') ||
    // ("what did <A> do before the <office> job": the words of a role after "before".)
    // ("what was <A>'s job before?": "before" with nothing after it, the time before the article's.)
    q.normals.some(
      (w, i) =>
        w === 'before' &&
        (q.normals.slice(i + 1).some((x) => cueWords().roleQuestionWords.has(x)) ||
          q.normals.slice(i + 1).every((x, k) => q.pos[i + 1 + k] === 'PUNCT' || x === 'then')),
    ));

/** The department words typed ("dept"), which a title never says: worked out from it, not found in it. */
const departmentWords = (q: ParsedQuestion): string[] =>
  q.normals.filter((w) => cueWords().departmentNouns.has(w));

/** The words for a body typed ("org", "dept"), which a title never says: worked out from it, not found in it. */
const bodyWords = (q: ParsedQuestion): string[] =>
  q.normals.filter((w) => cueWords().organisationNouns.has(w) || cueWords().departmentNouns.has(w));

/** The one asked about: the name right after "who is", else the first person or group named. */
function targetOf(q: ParsedQuestion, store: FactStore): Entity | undefined {
  // ("the <body>'s <title>": the body owns the title asked about; the person holding it is the one asked.)
  const owners = new Set(
    q.mentions.filter((m) => m.start >= 0 && q.normals[m.end + 1] === "'s").map((m) => m.id),
  );
  // ("who has the <X> job at <a body>": a body the question puts someone at is not who is asked about.)
  const atBody = (e: Entity) =>
    q.wh === 'who' &&
    !/^(?:is|was|are|were|'s|s)$/.test(q.normals[1] ?? '') &&
    isBody(e) &&
    q.mentions.some((m) => {
      if (m.id !== e.id || m.start < 1) return false;
      const before = q.normals[m.start - 1] === 'the' ? m.start - 2 : m.start - 1;
      return ['at', 'in', 'from', 'with'].includes(q.normals[before] ?? '');
    });
  const all = mentionedEntities(q, store).filter((e) => profiled(e) && !atBody(e));
  const owned = all.filter((e) => e.kind === 'person' && !owners.has(e.id));
  const candidates = owned.length > 0 ? all.filter((e) => !owners.has(e.id) || e.kind === 'person') : all;
  // "the <group> guy <person>'s title": the person, when a title, name or rank is asked.
  const person =
    q.words.has('name') || cueWords().lists.roleQuestionWords.some((w) => q.words.has(w))
      ? candidates.find((e) => e.kind === 'person')
      : undefined;
  return candidates.find((e) => isWhoIsName(q, e.id)) ?? person ?? candidates[0];
}

const isBody = (e: Entity) => e.kind === 'organization' || e.kind === 'group';

/**
 * "who's the director of <A>'s office": the role asked of the body a person's title names, when that person holds
 * it qualified ("deputy director") and no one else is given it.
 */
function ownersQualifiedRole(
  q: ParsedQuestion,
  store: FactStore,
): { asked: string; said: string; holder: Entity } | undefined {
  if (typesQualifier(q.normals)) return undefined;
  const owner = q.mentions.find(
    (m) => m.start >= 2 && q.normals[m.end + 1] === "'s" && store.entities.get(m.id)?.kind === 'person',
  );
  const holder = owner && store.entities.get(owner.id);
  const ofAt = owner && (q.normals[owner.start - 1] === 'the' ? owner.start - 2 : owner.start - 1);
  const role = ofAt !== undefined && q.normals[ofAt] === 'of' ? q.normals[ofAt - 1] : undefined;
  if (!holder || !owner || !role || role.length < 4 || !titleBody(holder)) return undefined;
  const qualified = qualifiedRole(role, true);
  if (!qualified.test(holder.title ?? '')) return undefined;
  const others = store.facts.entities.filter(
    (e) =>
      e.id !== holder.id &&
      e.kind === 'person' &&
      new RegExp(`\\b${escapeRegExp(role)}\\b`, 'i').test(e.title ?? ''),
  );
  if (others.length > 0) return undefined;
  return {
    asked: `who the ${role} of ${holder.name}'s ${q.normals[owner.end + 2] ?? 'office'} is`,
    said: `${holder.name} is ${/^the /i.test(holder.title ?? '') ? '' : 'the '}${holder.title}`,
    holder,
  };
}

/**
 * "the <role> of <body>" asked, typed with no qualifier, when everyone the article gives that role in the body holds
 * it qualified ("deputy <role>"): whom it names and as what, for a reply that the role itself is not given.
 */
function onlyQualifiedHolder(
  q: ParsedQuestion,
  store: FactStore,
  body: Entity,
): { asked: string; said: string; holder: Entity } | undefined {
  if (typesQualifier(q.normals)) return undefined;
  let at = q.mentions.find((m) => m.id === body.id && m.start >= 0)?.start ?? -1;
  // ("the head of <a country>'s <body>": the owner is part of the body's name as typed.)
  const owner = q.normals[at - 1] === "'s" ? q.mentions.find((m) => m.end === at - 2) : undefined;
  if (owner) at = owner.start;
  const ofAt = q.normals[at - 1] === 'the' ? at - 2 : at - 1;
  const role = q.normals[ofAt] === 'of' ? q.normals[ofAt - 1] : undefined;
  const name = body.name.replace(/^the /i, '').toLowerCase();
  // ("the head of <body>", "who runs <body>", "who's in charge of <body>": whoever heads it, by any title.)
  const headAsked =
    (role !== undefined && cueWords().bodyHeadNouns.has(role)) ||
    headingWordAt(q, ofAt) ||
    headingWordAt(q, ofAt - 1);
  if (headAsked) return onlyDeputyHeads(store, body, name);
  if (!role || role.length < 4) return undefined;
  const qualified = qualifiedRole(role, true);
  const holders = store.facts.entities.filter(
    (e) =>
      e.kind === 'person' &&
      new RegExp(`\\b${escapeRegExp(role)}\\b`).test(profileOf(e)) &&
      profileOf(e).includes(name),
  );
  const [holder] = holders;
  const phrase = holder ? qualified.exec(profileOf(holder))?.[1] : undefined;
  if (!holder || !phrase || !holders.every((e) => qualified.test(profileOf(e)))) return undefined;
  return {
    asked: `who the ${role} of ${body.name} is`,
    said: `${holder.name} is its ${phrase}`,
    holder,
  };
}

/**
 * "who heads <body>" when everyone the article places in the body holds a head's title qualified ("deputy
 * director"): whom it names and as what, for a reply that the head is not given.
 */
function onlyDeputyHeads(
  store: FactStore,
  body: Entity,
  name: string,
): { asked: string; said: string; holder: Entity } | undefined {
  const titles = cueWords().lists.headTitles;
  const members = store.facts.entities.filter((e) => e.kind === 'person' && profileOf(e).includes(name));
  const [holder] = members;
  const phraseOf = (e: Entity) =>
    titles.map((t) => qualifiedRole(t, true).exec(profileOf(e))?.[1]).find((p) => p !== undefined);
  const phrase = holder ? phraseOf(holder) : undefined;
  // (Anyone in it whose title heads it unqualified is the head: not this.)
  const unqualified = (e: Entity) => {
    const rest = titles.reduce(
      (text, t) => text.replace(new RegExp(qualifiedRole(t, true).source, 'gi'), ' '),
      profileOf(e),
    );
    return titles.some((t) => new RegExp(`\\b${escapeRegExp(t)}\\b`).test(rest));
  };
  if (!holder || !phrase || members.some((e) => !phraseOf(e) || unqualified(e))) return undefined;
  return { asked: `who heads ${body.name}`, said: `${holder.name} is its ${phrase}`, holder };
}

/** Whether word i says heading something: a verb of heading, or "in charge of". */
const headingWordAt = (q: ParsedQuestion, i: number) =>
  (q.pos[i] === 'VERB' && cueWords().headingVerbs.has(q.ownLemmas[i] ?? '')) ||
  inChargeAt(q, i + 1) ||
  inChargeAt(q, i);

/** Whether word i is a word of heading as a noun owned by what comes before it: "<the body>'s boss". */
const headingNounAt = (q: ParsedQuestion, i: number) =>
  q.normals[i - 1] === "'s" && q.pos[i] === 'NOUN' && cueWords().headingVerbs.has(q.normals[i] ?? '');

/**
 * "who heads <a body>", "who's in charge of the <body>": the people whose title heads it, "<body>'s president",
 * "chief executive of <body>" (not a deputy's), by the body's name or the words typed for it.
 */
function headsOf(q: ParsedQuestion, store: FactStore): Entity[] {
  if (q.wh !== 'who') return [];
  const at = q.normals.findIndex((_w, i) => headingWordAt(q, i));
  // ("who is <the body>'s boss": the head word as a noun, of the body before it.)
  const owned = q.normals.findIndex((_w, i) => headingNounAt(q, i));
  const ownerOf = owned > 0 ? q.mentions.find((m) => m.end === owned - 2) : undefined;
  const from = at >= 0 ? (q.normals[at] === 'in' ? at + 3 : at + 1) : ownerOf ? owned + 1 : -1;
  if (from < 0) return [];
  const inMention = (i: number) => q.mentions.some((m) => m.start <= i && i <= m.end);
  const bodyAt = q.mentions.find((m) => {
    const e = store.entities.get(m.id);
    return (m.start >= from || m === ownerOf) && e !== undefined && isBody(e);
  });
  const body = bodyAt ? store.entities.get(bodyAt.id) : undefined;
  const others = q.mentions.some((m) => m.start >= 0 && m.id !== body?.id);
  const words = q.lemmas.filter(
    (l, i) => i >= from && /^(?:NOUN|PROPN|ADJ)$/.test(q.pos[i] ?? '') && !inMention(i) && l.length > 2,
  );
  if (others || (!body && words.length === 0)) return [];
  const names = body ? [body.name, ...body.aliases].map((a) => a.toLowerCase()) : [];
  const topTitle = topTitlePattern();
  return store.facts.entities.filter((e) => {
    if (e.kind !== 'person' || !e.title) return false;
    const title = e.title.toLowerCase().replace(/^the /, '');
    const own = title.replace(/^[\p{L}-]+(?:'s|s') /u, '');
    // (With the body an ingested description adds: "the cooperative's president (<the cooperative's name>)".)
    const profile = `${title} ${e.memberOf ? store.nameOf(e.memberOf) : ''} ${e.description}`.toLowerCase();
    return (
      topTitle.test(own) &&
      (names.length === 0 || names.some((n) => profile.includes(n))) &&
      words.every((w) => profile.includes(w.slice(0, 5)))
    );
  });
}

/**
 * "Who are the presidents mentioned?", "which <nationality> generals are in the article?": people whose title or rank
 * has the role word, on the side named if any, and naming the body named if any ("<a body>'s chief financial
 * officer"). Nothing else may be named ("the president of <a place>" is not this).
 */
function holdersOfRole(q: ParsedQuestion, store: FactStore): Entity[] {
  const heads = headsOf(q, store);
  if (heads.length > 0) return heads;
  const listing = q.wh === undefined && hasAny(q, 'name', 'list');
  if (q.wh !== 'who' && q.wh !== 'which' && !listing) return [];
  const mentioned = mentionedEntities(q, store);
  // ("who is <a body>'s chief financial officer": a body named is one the title or description names.)
  const bodies = mentioned.filter(isBody);
  const named = mentioned.filter((e) => !bodies.includes(e));
  if (named.some((e) => e.kind !== 'country') || q.mentions.some((m) => !store.entities.has(m.id))) return [];
  // The side from a named country or its adjective ("which <nationality> officials", "the <nationals>").
  const demonyms = store.facts.entities.filter(
    (c) => c.demonym && q.normals.some((w) => w.startsWith(c.demonym?.toLowerCase() ?? '-')),
  );
  const sides = [...named, ...demonyms].map((e) => e.id);
  const profileOf = (e: Entity) =>
    `${e.title ?? ''} ${e.description} ${e.memberOf ? store.nameOf(e.memberOf) : ''}`.toLowerCase();
  const ofBodies = (e: Entity) =>
    bodies.every((b) =>
      [b.name, ...b.aliases].some((a) =>
        new RegExp(`\\b${escapeRegExp(a.toLowerCase())}\\b`).test(profileOf(e)),
      ),
    );
  const roles = q.lemmas.filter((_l, i) => q.pos[i] === 'NOUN' || q.pos[i] === 'PROPN' || q.pos[i] === 'ADJ');
  const anyone =
    roles.some((r) => cueWords().anyPersonNouns.has(r)) || (demonyms.length > 0 && roles.length === 0);
  const titleOf = (e: Entity) =>
    (e.title ?? '')
      .toLowerCase()
      .replace(/^the /, '')
      // ("the council's director of <a field>": the role heads the title after its owner.)
      .replace(/^[\p{L}-]+'s /u, '');
  const holders = store.facts.entities.filter((e) => {
    if (e.kind !== 'person' || (sides.length > 0 && !sides.includes(e.side ?? '')) || !ofBodies(e))
      return false;
    if (anyone) return true;
    // The role must head the title ("President of <a country>") or end the rank ("Major General"):
    // "the secretary of defense" is not the <title>.
    const title = titleOf(e);
    const rank = (e.rank ?? '').toLowerCase();
    // (As the title's head, not a word qualifying another: "hospital neurologist" is no "hospital".)
    // (Or with the next word of the title asked too: "deputy director".)
    const heads = (r: string) => {
      if (!title.startsWith(r)) return false;
      const rest = title.slice(r.length);
      const next = /^\s+([\p{L}-]+)/u.exec(rest)?.[1] ?? '';
      return /^(?:s|es)?(?:$|[\s,]+(?:of|for|at|to|in|on|and|with)\b|,)/.test(rest) || roles.includes(next);
    };
    return roles.some((r) => r.length > 3 && (heads(r) || rank.endsWith(r)));
  });
  // "who is the director of <a field>": of several directors, the one whose title is the office asked.
  const first = q.pos.findIndex(
    (p, i) => p === 'NOUN' && holders.some((e) => titleOf(e).startsWith(q.lemmas[i] ?? '-')),
  );
  const office = q.normals
    .slice(first)
    .filter((w) => /\w/.test(w))
    .join(' ');
  const exact = first >= 0 ? holders.filter((e) => titleOf(e).startsWith(office)) : [];
  // ("who is the leader of <a country>": its head of state, not everyone of its side.)
  // (And nothing else asked of: "the <demonym> delegation leader" leads a delegation.)
  const otherWords = q.lemmas.filter(
    (l, i) =>
      /^(?:NOUN|PROPN|ADJ)$/.test(q.pos[i] ?? '') &&
      !cueWords().countryLeaderNouns.has(l) &&
      !q.mentions.some((m) => m.start <= i && i <= m.end) &&
      !demonyms.some((c) => l.startsWith(c.demonym?.toLowerCase() ?? '-')),
  );
  const leaders =
    sides.length > 0 && otherWords.length === 0 && roles.some((r) => cueWords().countryLeaderNouns.has(r))
      ? holders.filter((e) =>
          cueWords().lists.headOfStateTitles.some((t) => new RegExp(`\\b${t}\\b`, 'i').test(e.title ?? '')),
        )
      : [];
  if (leaders.length > 0) return leaders;
  if (holders.length > 1 && exact.length > 0) return exact;
  // ("who is the chair of the board" of a board's chair and a union's chair: those whose title and description
  // hold most of the question's other words.)
  const fits = holders.map((e) => {
    const profile = profileOf(e);
    return otherWords.filter((l) => l.length > 2 && profile.includes(l.slice(0, 5))).length;
  });
  const most = Math.max(0, ...fits);
  // (Not of anyone asked for in the plural, "which <demonym> officials": each of them answers.)
  return most > 0 && !anyone ? holders.filter((_e, i) => fits[i] === most) : holders;
}

/** "who was <title> before <A>", "<A>'s successor": a person asked of by when they held their office. */
function otherHolderAsked(
  q: ParsedQuestion,
  store: FactStore,
): { person: Entity; when: 'before' | 'after' } | undefined {
  const { successionWords } = cueWords().lists;
  const at = q.normals.findIndex((w) => successionWords.includes(w));
  if (at < 0) return undefined;
  const person = q.mentions
    .filter((m) => m.start > at && m.start <= at + 3)
    .flatMap((m) => store.entities.get(m.id) ?? [])
    .find((e) => e.kind === 'person');
  const word = q.normals[at] ?? '';
  if (!person) return undefined;
  return { person, when: /^(?:after|succeeded|replaced|successor)$/.test(word) ? 'after' : 'before' };
}

export const whoIs: Intent = {
  id: 'who-is',
  draftSafe: true,
  description: 'Who a named person, group or organisation is: their title, rank, office and side.',
  examples: [],
  counterExamples: ['Who severed the dialogue?', 'Who is the prime minister of Japan?'],
  match(q, { store }) {
    // ("why is <a place> even in his portfolio": why a title reads as it does, which no description says.)
    if (q.wh === 'why') return 0;
    if (holdersOfTitleWord(q, store)) return MATCH.nearlyCertain;
    // ("who ran <a body> before <A>": who held <A>'s office another time, as "who was <title> before <A>".)
    if (
      q.wh === 'who' &&
      otherHolderAsked(q, store) &&
      q.ownLemmas.some((l, i) => q.pos[i] === 'VERB' && cueWords().holdingVerbs.has(l))
    )
      return MATCH.nearlyCertain;
    const called = calledBy(q, store);
    if (called && (called.called.length > 0 || titleWord(called.word))) return MATCH.nearlyCertain;
    // "what did <person> say ... his position": what someone said, not who they are.
    if (q.wh === 'what' && q.lemmas.some((l) => cueWords().whoIsSayingVerbs.has(l))) return 0;
    // "what topics did <A> and <B> cover": what a meeting was about, not what someone's office covers.
    if (hasAny(q, 'topic', 'subject', 'agenda')) return 0;
    // ("who else was there besides <person>": others, not who <person> is.)
    if ((q.wh === 'who' || q.wh === 'whom') && (hasAny(q, 'else') || exclusionAt(q) >= 0)) return 0;
    if (q.wh === 'who' && clauseSubject(q, store)) return 0;
    // ("who does <person> report to": whom they act towards, not who they are.)
    const whoAt = q.normals.indexOf('who');
    if (q.wh === 'who' && ['do', 'does', 'did'].includes(q.normals[whoAt + 1] ?? '')) return 0;
    const target = targetOf(q, store);
    // "<person> deals w which places", "what's <person>'s portfolio": the places the title is for.
    if (
      target?.kind === 'person' &&
      titleScope(target) &&
      asksScope(q) &&
      q.wh !== 'who' &&
      q.wh !== 'how' &&
      !q.yesNo
    )
      return MATCH.veryStrong;
    // "which body is <person>'s office in", "what org is <person> with": the organisation of their title.
    if (
      target?.kind === 'person' &&
      hasAnyOutsideNames(q, ...cueWords().lists.organisationNouns) &&
      (q.wh === 'which' || q.wh === 'what' || q.wh === 'where')
    )
      return MATCH.veryStrong;
    if (titleNounAsked(q, target)) return MATCH.veryStrong;
    // "what department is <person> in": the field of the office the title names.
    if (
      target?.kind === 'person' &&
      hasAnyOf(q, cueWords().lists.departmentNouns) &&
      (q.wh === 'which' || q.wh === 'what')
    )
      return MATCH.veryStrong;
    // "what's <person>'s background": a career, which a profile as of the article is not (said in the answer).
    if (target?.kind === 'person' && (hasAnyOf(q, cueWords().lists.careerWords) || earlierRole(q)))
      return MATCH.veryStrong;
    if (asksSide(q) && target?.kind === 'person') return MATCH.nearlyCertain;
    if (whichOfSide(q, store)) return MATCH.nearlyCertain;
    if (worksWhere(q) && target?.kind === 'person') return MATCH.nearlyCertain;
    if (target?.kind !== 'person' && holdersOfScope(q, store).length > 0) return MATCH.veryStrong;
    if (!target && asksWhoIsInIt(q)) return MATCH.strong;
    if (!target || isBody(target)) {
      // ("who heads <the body>": its head by title, over whoever an event of the body names.)
      if (headsOf(q, store).length > 0) return MATCH.fairlyFirm;
      if (holdersOfRole(q, store).length > 0) return MATCH.likely;
      if (!target) return 0;
    }
    // (Not the verb of a clause that described the person: "the <demonym> guy who came to <city>, what does he do".)
    const describing = hasAny(q, 'do', 'does') ? describingClauses(q) : [];
    const verbs = contentVerbs(q).filter(
      (v) =>
        !['serve', 'work', 'name', 'call'].includes(v) &&
        q.lemmas.some((l, i) => l === v && !describing.some(([a, b]) => a <= i && i <= b)),
    );
    if (hasPhrase(q, 'stand for')) return 0;
    // "which <demonym> president gets mentioned?", "<person>'s first name?": the one named, by name.
    if (
      (q.wh === 'which' || q.wh === 'who') &&
      verbs.length > 0 &&
      verbs.every((v) => cueWords().mentioningVerbs.has(v))
    )
      return MATCH.veryStrong;
    if (
      hasPhrase(q, 'first name') ||
      hasPhrase(q, 'full name') ||
      hasPhrase(q, 'last name') ||
      hasPhrase(q, 'middle name') ||
      hasPhrase(q, 'middle initial')
    )
      return MATCH.veryStrong;
    // "the <demonym> general, what's his name?": someone described, asked for by name.
    if (
      (q.wh === 'what' || q.wh === undefined) &&
      hasAny(q, 'name') &&
      q.mentions.some((m) => m.via === 'description')
    )
      return MATCH.veryStrong;
    // (Not "who was given the <X> title": someone an act was done to, which the act's sentence says.)
    // (Asked first, in the passive: "who has been given", not "the guy who handles <X>, whats his title".)
    const actedOn =
      q.normals[0] === 'who' &&
      q.lemmas.some(
        (l, i) =>
          q.pos[i] === 'VERB' &&
          /(?:ed|en|wn)$/.test(q.normals[i] ?? '') &&
          q.lemmas.slice(1, i).includes('be') &&
          !/^(?:name|call)$/.test(l) &&
          !cueWords().holdingVerbs.has(l),
      );
    if (
      hasAnyOf(q, cueWords().lists.roleQuestionWords) &&
      (q.wh === 'what' || q.wh === 'which' || q.wh === 'who') &&
      !actedOn
    )
      return MATCH.veryStrong;
    if (hasAnyOf(q, cueWords().lists.roleQuestionWords) && q.wh === undefined && !q.yesNo)
      return MATCH.likely;
    // A drafted description of an organisation says what it is, not who leads it: "who chairs X" or "what
    // share did X get" is for the sentences then, not for X's profile.
    const drafted =
      target.provenance?.source === 'auto' && !target.provenance.reviewed && target.kind !== 'person';
    const asksBe = q.lemmas[q.normals.indexOf('who') + 1] === 'be';
    // ("who chairs X": wink may tag the verb a noun; a body is asked who it is only with "be".)
    if (
      q.wh === 'who' &&
      verbs.length === 0 &&
      (asksBe || (!drafted && target.kind === 'person')) &&
      !hasAny(q, 'counterpart')
    )
      return MATCH.strong;
    // "remind me who <person> was in all this": who + be + the name, whatever else is said around it.
    if (q.wh === 'who' && isWhoIsName(q, target.id) && !hasAny(q, 'counterpart')) return MATCH.strong;
    if (hasPhrase(q, 'tell me about') || hasPhrase(q, 'what about') || hasAny(q, 'describe', 'profile'))
      return MATCH.possible;
    const whatDo = q.pos[q.normals.indexOf('what') + 1] === 'AUX';
    if (q.wh === 'what' && hasAny(q, 'do') && (whatDo || !drafted) && verbs.length === 0)
      return MATCH.plausible;
    // ("<person>?", "and <a country>'s <role>?": a name, or a role of someone, typed alone.)
    const typed = q.normals.filter((t, i) => /\w/.test(t) && !(i === 0 && /^(?:and|so|or)$/.test(t)));
    if (q.wh === undefined && !q.yesNo && typed.length <= 3) return MATCH.faint;
    // ("and the one <A> talked to?": someone described, typed alone.)
    const [alone, ...others] = q.mentions.filter((m) => m.start >= 0);
    const described =
      alone?.via === 'description' &&
      others.length === 0 &&
      q.normals.every(
        (t, i) =>
          !/\w/.test(t) || (i >= alone.start && i <= alone.end) || (i === 0 && /^(?:and|so|or)$/.test(t)),
      );
    if (q.wh === undefined && described) return MATCH.faint;
    return 0;
  },
  answer(q, { store }) {
    // "who was <title> before <A>", "who replaced <A>": who held it another time, which the article does not say.
    const other = otherHolderAsked(q, store);
    if (other)
      return notStated(
        `who held that ${other.when} ${other.person.name}`,
        {
          text: identify(other.person),
          evidence: other.person.evidence,
        },
        store,
      );
    const named = calledBy(q, store);
    // (The word asked and the verb of naming are what the reply worked out: the sentence writes only the name.)
    if (named && named.called.length > 0)
      return {
        ...stated(
          store,
          `${joinNames(named.called.map(([e, alias]) => (alias === e.name ? e.name : `${e.name} (called "${alias}")`)))}.`,
          named.called.map(([e]) => e.evidence),
          named.called.map(([e]) => e.id),
          0.85,
        ),
        workedOut: namingWorked(named.word),
      };
    // ("who is called minister": a word of someone's title, which the article gives them, if not as a name.)
    if (named && titleWord(named.word)) {
      const has = new RegExp(`(?<![\\p{L}])${escapeRegExp(named.word)}(?![\\p{L}])`, 'iu');
      const holders = store.facts.entities.filter(
        (e) => e.kind === 'person' && has.test(`${e.rank ?? ''} ${e.title ?? ''}`),
      );
      return holders.length > 0
        ? {
            ...stated(
              store,
              `${joinNames(holders.map((e) => `${e.name} (${e.title ?? e.rank})`))}.`,
              holders.map((e) => e.evidence),
              holders.map((e) => e.id),
              0.85,
            ),
            workedOut: namingWorked(named.word),
          }
        : notStated(`that anyone is called "${named.word}"`);
    }
    const titled = holdersOfTitleWord(q, store);
    if (titled)
      return titled.holders.length > 0
        ? stated(
            store,
            `${joinNames(titled.holders.map((e) => `${e.name} (${e.title ?? e.rank})`))}.`,
            titled.holders.map((e) => e.evidence),
            titled.holders.map((e) => e.id),
            0.85,
          )
        : notStated(`anyone with "${titled.word}" in their title`);
    // ("what are their titles", "<A> and <B>'s jobs": each person's rank and title, not the first one's alone.)
    const eachTitled = mentionedEntities(q, store).filter((e) => e.kind === 'person' && (e.title || e.rank));
    if (
      eachTitled.length >= 2 &&
      q.wh !== 'who' &&
      cueWords().lists.roleQuestionWords.some((w) => q.words.has(w) || q.words.has(`${w}s`))
    )
      return stated(
        store,
        `${eachTitled.map((e) => `${e.name}: ${[e.rank, e.title].filter(Boolean).join(', ')}`).join('; ')}.`,
        eachTitled.map((e) => e.evidence),
        eachTitled.map((e) => e.id),
        0.85,
      );
    const target = targetOf(q, store);
    // ("who is the director of <body>" when the article names only its deputy director: not said.)
    const deputyOnly =
      target && isBody(target) ? onlyQualifiedHolder(q, store, target) : ownersQualifiedRole(q, store);
    if (deputyOnly)
      return notStated(
        deputyOnly.asked,
        { text: deputyOnly.said, evidence: deputyOnly.holder.evidence },
        store,
      );
    const ofSide = whichOfSide(q, store);
    if (ofSide)
      return ofSide.fit.length > 0
        ? stated(
            store,
            `${joinNames(ofSide.fit.map((e) => e.name))}: ${ofSide.fit.map((e) => `${e.name} is ${e.description}`).join('; ')}.`,
            ofSide.fit.map((e) => e.evidence),
            ofSide.fit.map((e) => e.id),
            0.85,
          )
        : notStated(`that either of them is from ${ofSide.side.name}`);
    const scoped = target?.kind === 'person' ? [] : holdersOfScope(q, store);
    if (scoped.length > 0)
      return {
        ...stated(
          store,
          `${joinNames(scoped.map((e) => `${e.name}, ${e.title}`))}.`,
          scoped.map((e) => e.evidence),
          scoped.map((e) => e.id),
          0.85,
        ),
        // (The remit is read from the title: "desk", "portfolio" are nowhere in the sentence.)
        workedOut: q.normals.filter((w) => cueWords().coverWords.has(w) || cueWords().departmentNouns.has(w)),
      };
    // (Unless the article gives some of it: "a former <title>", "the then-<title>".)
    const past = /\b(?:former|formerly|previously|retired)\b|\b(?:ex|then)-/i.test(
      `${target?.description ?? ''} ${target?.title ?? ''}`,
    );
    if (target?.kind === 'person' && (hasAnyOf(q, cueWords().lists.careerWords) || earlierRole(q)) && !past)
      return notStated(
        `${target.name}'s background`,
        { text: identify(target), evidence: target.evidence },
        store,
      );
    // "<person>'s middle initial?": the part of the name between the first and the last, as the article gives it.
    if (target?.kind === 'person' && (hasPhrase(q, 'middle name') || hasPhrase(q, 'middle initial'))) {
      const parts = target.name.split(/\s+/);
      const middle = parts.slice(1, -1).join(' ');
      // ("whats his middle name" of "<First> Q. <Last>": an initial is no name; the article gives only that.)
      if (middle && hasPhrase(q, 'middle name') && /^(?:\p{Lu}\.\s*)+$/u.test(middle))
        return notStated(`${target.name}'s middle name: it gives only the initial "${middle}"`);
      return middle
        ? {
            ...stated(store, `${middle} (${target.name}).`, [target.evidence], [target.id]),
            workedOut: ['middle', 'initial'],
          }
        : notStated(`${target.name}'s middle name: it gives only "${target.name}"`);
    }
    // "what does <a body> actually do?": what it is for, which naming its members does not say.
    const words = q.normals.filter((w, i) => /\w/.test(w) && q.pos[i] !== 'ADV');
    if (
      (target?.kind === 'organization' || target?.kind === 'group') &&
      q.wh === 'what' &&
      words.at(-1) === 'do' &&
      // (In the present, what it is for; "what did <a group> do" asks what it did.)
      q.normals.some((w) => w === 'does' || w === 'do') &&
      q.normals.filter((w) => w === 'do' || w === 'does').length >= 2
    )
      return notStated(
        `what ${target.name} ${target.kind === 'group' ? 'do' : 'does'}`,
        {
          text: identify(target),
          evidence: target.evidence,
        },
        store,
      );
    // "what is <A>'s job title?" of someone the article titles only by another person ("<B>'s counterpart"):
    // no office is given, only that relation.
    const officeAsked = hasAnyOf(q, cueWords().lists.officeQuestionWords) && !hasAny(q, 'rank');
    const byRelation =
      target?.kind === 'person' &&
      store.facts.entities.some(
        (e) => e.id !== target.id && e.kind === 'person' && target.title?.includes(`${e.name}'s`),
      );
    if (target && officeAsked && byRelation)
      return notStated(
        `${target.name}'s job title`,
        { text: identify(target), evidence: target.evidence },
        store,
      );
    const field = target?.kind === 'person' ? titleField(store, target) : undefined;
    // (Not a department word of the description the person was found by: "the guy over <A> at the <department>".)
    const departmentAsked = q.normals.some(
      (w, i) => cueWords().lists.departmentNouns.includes(w) && !inDescription(q, i),
    );
    if (target && field && (departmentAsked || worksWhere(q)))
      return {
        ...stated(store, `${capitalize(field)}: ${identify(target)}.`, [target.evidence], [target.id]),
        workedOut: departmentWords(q),
      };
    // (Or the organisation the title holds: "what department is <person> in" of a "<title> of the <body>".)
    if (
      target?.kind === 'person' &&
      (hasAnyOutsideNames(q, ...cueWords().lists.organisationNouns, ...cueWords().lists.departmentNouns) ||
        worksWhere(q) ||
        titleNounAsked(q, target))
    ) {
      // (The organisation the article names that the person's title holds.)
      const text = `${target.title ?? ''} ${target.description}`.toLowerCase();
      const org = store.facts.entities.find(
        (e) =>
          (e.kind === 'organization' || e.kind === 'group') &&
          text.includes(e.name.toLowerCase().replace(/^the /, '')),
      );
      if (org)
        return {
          ...stated(
            store,
            `${capitalize(org.name)}: ${identify(target)}.`,
            [target.evidence, org.evidence],
            [target.id, org.id],
            0.8,
          ),
          workedOut: bodyWords(q),
        };
      // (Else the body the title names: "deputy director of the <body>".)
      const body = field ?? titleBody(target);
      if (body)
        return {
          ...stated(store, `${capitalize(body)}: ${identify(target)}.`, [target.evidence], [target.id]),
          workedOut: bodyWords(q),
        };
    }
    // "Which countries does <person> handle?", "<person>'s portfolio?": the places the title is for.
    const scope = target?.kind === 'person' ? titleScope(target) : undefined;
    if (target && scope && asksScope(q) && q.wh !== 'who' && !q.yesNo) {
      // ("besides <a place>, what areas ...": the others.)
      const places = scope.split(/,\s*(?:and\s+)?|\s+and\s+/);
      const besides = exclusionAt(q) >= 0 || hasAny(q, 'besides', 'except', 'apart', 'other', 'else');
      const named = q.mentions.map((m) => store.nameOf(m.id).toLowerCase());
      const others = besides ? places.filter((p) => !named.includes(p.toLowerCase())) : places;
      return {
        ...stated(
          store,
          `${capitalize(others.length === places.length ? scope : joinNames(others))}: ${identify(target)}.`,
          [target.evidence],
          [target.id],
          0.85,
        ),
        items: others,
        // (The place nouns typed, "areas", are what the title's places are; no sentence says the word.)
        // (Nor the office's verb and noun: "what does <person>'s office focus on".)
        workedOut: q.normals.filter(
          (w) =>
            loadChatRegister().placeNouns.has(w) ||
            cueWords().coverWords.has(w) ||
            cueWords().scopeVerbs.has(w) ||
            cueWords().lists.officeNouns.includes(w),
        ),
      };
    }
    // "Where is <person> from?", "which country's <role> is <person>?": the side the article gives them.
    // ("which country is the <role> from": of the one person who holds it.)
    // (Not "which general was on the <demonym> side": the person is asked for there.)
    const whNoun = q.normals[q.normals.indexOf(q.wh ?? '') + 1] ?? '';
    const sideAsked =
      q.wh === 'where' || ['country', "country's", 'side', 'nation', 'nationality'].includes(whNoun);
    const [onlyHolder, ...moreHolders] = !target && sideAsked && asksSide(q) ? holdersOfRole(q, store) : [];
    const sided = target ?? (moreHolders.length === 0 ? onlyHolder : undefined);
    if (sided?.kind === 'person' && asksSide(q)) {
      const side = sided.side ? store.entities.get(sided.side) : undefined;
      if (!side) return notStated(`which country ${sided.name} is from`);
      return stated(
        store,
        `${capitalize(side.name)}: the article describes ${sided.name} as ${sided.title ?? sided.description}.`,
        [sided.evidence],
        [sided.id],
        0.8,
      );
    }
    // (Those of the role asked; of a body named, those whose title or description names it: "<a body>'s <role>".)
    const ofRole = !target || isBody(target) ? holdersOfRole(q, store) : [];
    const listed = (holders: readonly Entity[]) =>
      stated(
        store,
        holders.map((e) => `${fullName(e)}: ${e.title ?? e.description}.`).join(' '),
        [...holders.map((e) => e.evidence)],
        holders.map((e) => e.id),
        0.8,
      );
    // ("who heads <it>": heading it is worked out from the title, which is not said with that verb.)
    const heading =
      headsOf(q, store).length > 0
        ? q.normals.filter((_w, i) => headingWordAt(q, i) || headingNounAt(q, i))
        : [];
    if (target && ofRole.length > 0)
      return heading.length > 0 ? { ...listed(ofRole), workedOut: heading } : listed(ofRole);
    // ("who's the chairman of <a body>" when nobody the article names holds that: not the body described.)
    // (Or of a place: "who is the governor of <place>".)
    const role =
      target && (isBody(target) || target.kind === 'place' || target.kind === 'country') && q.wh === 'who'
        ? q.normals.find(
            (w, i) =>
              (cueWords().officeWords.has(w) || cueWords().bodyHeadNouns.has(w)) &&
              !q.mentions.some((m) => m.start <= i && i <= m.end),
          )
        : undefined;
    // (Unless someone's title names the body with that role, or the role is any head of it: other readings find
    // them, "who's the head of <the body>" of its chairman.)
    const held =
      role &&
      store.facts.entities.some((e) => {
        const title = `${e.title ?? ''}`.toLowerCase();
        // (The role heading the title, before its first preposition: "an adviser in the office of the <role> of
        // <X>" is no <role>.)
        return (
          e.kind === 'person' &&
          title.includes(target?.name.toLowerCase().replace(/^the /, '') ?? '-') &&
          (titleHead(title).includes(role) || cueWords().bodyHeadNouns.has(role))
        );
      });
    if (target && role && !held) return notStated(`who the ${role} of ${target.name} is`, undefined, store);
    if (!target) {
      // ("who are the presidents mentioned": those of the role, before everyone in it.)
      const holders =
        ofRole.length === 0 && asksWhoIsInIt(q)
          ? store.facts.entities.filter((e) => e.kind === 'person')
          : ofRole;
      if (holders.length === 0) return undefined;
      return heading.length > 0 ? { ...listed(holders), workedOut: heading } : listed(holders);
    }
    const side = target.side && target.side !== target.id ? store.entities.get(target.side) : undefined;
    // Name the side only when the description does not already (it says "<country>" or "<nationality>" mostly).
    const sideNote =
      side && ![side.name, ...side.aliases].some((a) => target.description.includes(a.replace(/^the /, '')))
        ? `, from ${side.name},`
        : '';
    const rank = hasAny(q, 'rank') && target.rank ? `${target.name}'s rank is ${target.rank}. ` : '';
    // A drafted (ingested) description may be partial: show the sentence it was read from beside it.
    const drafted = target.provenance?.source === 'auto' && !target.provenance.reviewed;
    // (With the sentence that first names them, where the story says what they do in it: "... to name <A> in the
    // women's single sculls".)
    const firstNamed = drafted
      ? store.sentences.find((s) =>
          [target.name, ...target.aliases].some((a) => a.length > 3 && s.text.includes(a)),
        )
      : undefined;
    const cited = drafted ? store.cite(firstNamed ? [firstNamed.text] : [], target.evidence) : [];
    const quoted = cited.map((c) => c.text);
    const described =
      drafted && /^(mentioned in the article|its|their|his|her)\b/i.test(target.description)
        ? undefined
        : target.description;
    return {
      answered: true,
      // A group's description already starts with its name ("<country> officials, who cautioned ...").
      text: drafted
        ? `${described ? `${capitalize(target.name)}${sideNote}: ${described}. ` : ''}The article: "${quoted.join(' ')}"`
        : target.kind === 'group'
          ? `${capitalize(target.description)}.`
          : `${rank}${capitalize(target.name)}${sideNote} is ${target.description}.`,
      citations: drafted ? cited : store.cite(target.evidence),
      confidence: 0.9,
      // The person's own event too, so "when was that?" and "with whom?" can follow.
      focus: [
        target.id,
        ...store.facts.events
          .filter((e) => e.participants.some((p) => p.entity === target.id))
          .map((e) => e.id)
          .slice(0, 1),
      ],
    };
  },
};
