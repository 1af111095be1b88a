/** Yes/no checks of a claim about a person or group: nationality, rank, title. */

import { BEYOND_REPLIES } from '../../src/engine/beyond-the-article.js';
import { cueWords } from '../../src/engine/cue-words.js';
import { escapeRegExp } from '../../src/engine/escape-reg-exp.js';
import type { IntentReply, Knowledge } from '../../src/engine/intent.js';
import { identify, sideOf, titleScope } from '../../src/engine/parties.js';
import { hasAny, looseStem } from '../../src/engine/question-cues.js';
import { notStated } from '../../src/engine/replies.js';
import { respellAs } from '../../src/engine/respell.js';
import { capitalize, joinNames } from '../../src/engine/wording.js';
import type { Entity, Event } from '../../src/facts/schema.js';
import type { ParsedQuestion } from '../../src/nlp/parse-question.js';
import { namesInPassive } from './check-said.js';
import { no, yes } from './verdicts.js';

/**
 * "Was <person> the <another title> ...?", "Is <person> the prime minister?": "is|was <person> a|an|the ..."
 * checked against the person's title and rank before anything else.
 */
export function claimsTitle(q: ParsedQuestion, kb: Knowledge): IntentReply | undefined {
  const first = q.mentions.find((m) => m.start >= 0 && kb.store.entities.get(m.id)?.kind === 'person');
  // ("was the <demonym> official at the talks the <title>?": someone described, then where, then the title.)
  const described = first?.via === 'description' && first.start === 2 && q.pos[1] === 'DET';
  if (!first || (first.start !== 1 && !described) || !['is', 'was'].includes(q.normals[0] ?? ''))
    return undefined;
  const after = described ? pastPlacing(q, kb, first.end + 1) : first.end + 1;
  const next = q.normals[after] ?? '';
  if (!['a', 'an', 'the'].includes(next) && !(q.pos[after] === 'PROPN' || q.pos[after] === 'NOUN'))
    return undefined;
  // "was <person>s visit in <year>": a word for an event after the name is the event's, not a title.
  if (kb.triggers.get(q.lemmas[after] ?? '')?.length) return undefined;
  const entity = kb.store.entities.get(first.id);
  return entity ? checkEntity(q, kb, entity) : undefined;
}

/** Past "at the <event>" after someone described ("the <demonym> official at the talks"): where a claim goes on. */
function pastPlacing(q: ParsedQuestion, kb: Knowledge, at: number): number {
  const placed = q.mentions.find(
    (m) =>
      kb.store.events.has(m.id) &&
      /^(?:at|in|during|from)$/.test(q.normals[at] ?? '') &&
      (m.start === at + 1 || (m.start === at + 2 && q.pos[at + 1] === 'DET')),
  );
  return placed ? placed.end + 1 : at;
}

const DETERMINERS = new Set(['a', 'an', 'the']);
/** Honorifics as a claim may type them, by what they stand for. */
const HONORIFICS: Readonly<Record<string, string>> = Object.assign(Object.create(null), {
  dr: 'doctor',
  doctor: 'doctor',
  prof: 'professor',
  professor: 'professor',
});
const CLAUSE_BREAKS = new Set([
  'when',
  'while',
  'during',
  'in',
  'at',
  'on',
  'before',
  'after',
  'back',
  'who',
  'that',
  'for',
]);

/** The words after a claimed title that claim nothing more ("a general too i assume"), as one pattern, built once. */
let titleTailPattern: RegExp | undefined;
const titleTail = (): RegExp => {
  titleTailPattern ??= new RegExp(`(?:\\s+(?:${cueWords().lists.titleTails.map(escapeRegExp).join('|')}))+$`);
  return titleTailPattern;
};
/** Words that claim belonging to a body rather than holding a title: "part of the <body>". */
const MEMBERSHIP = /^(?:a )?(?:part|member) of (?:the )?/;
const PERSON_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'him', 'her']);

/**
 * Whether the question claims an act of `entity` ("did <A> visit <a country>", "has <A> ever met ..."), which the
 * side the article gives them does not settle, rather than being, coming from, belonging or representing.
 */
function claimsAnAct(q: ParsedQuestion, entity: Entity): boolean {
  const named = q.mentions.find((m) => m.id === entity.id && m.start >= 0);
  const { originVerbs, belongVerbs, representVerbs } = cueWords();
  const sideVerb = (l: string) => originVerbs.has(l) || belongVerbs.has(l) || representVerbs.has(l);
  // (wink may tag the verb after "did <A>" a noun: "did <A> visit ...".)
  const afterAux = named && named.start === 1 && ['do', 'have'].includes(q.lemmas[0] ?? '');
  let verbAt = afterAux ? named.end + 1 : -1;
  while (afterAux && q.pos[verbAt] === 'ADV') verbAt++;
  return q.lemmas.some(
    (l, i) => (i === verbAt || (q.pos[i] === 'VERB' && i > 0)) && l !== 'have' && l !== 'do' && !sideVerb(l),
  );
}

/**
 * The first word from `at` that is not a hedge ("like", "just") or "still" ("was <A> still <title> then": "still" at
 * a time the article gives; a claim about now is answered before any title is read).
 */
function pastHedges(q: ParsedQuestion, at: number): number {
  let k = at;
  while (cueWords().hedges.has(q.normals[k] ?? '') || q.normals[k] === 'still') k++;
  return k;
}

/** "was she still <title> then / when she went": of the time the article's "then-" title is of, not of now. */
function askedOfThatTime(q: ParsedQuestion): boolean {
  return (
    hasAny(q, 'was', 'were') && hasAny(q, 'then', 'when', 'while', 'during') && !hasAny(q, 'now', 'currently')
  );
}

export function checkEntity(q: ParsedQuestion, kb: Knowledge, entity: Entity): IntentReply | undefined {
  const reply = checkClaimOf(q, kb, entity);
  // ("is <name>'s rank <rank>?": the word for the title is read from the facts, not the sentence.)
  const asked = q.normals.findIndex(
    (w, i) => q.normals[i - 1] === "'s" && cueWords().roleQuestionWords.has(w),
  );
  // (And "still" at a time the article gives is the title as the article gives it.)
  const worked = [
    ...(asked >= 0 ? [q.normals[asked] ?? ''] : []),
    ...(hasAny(q, 'still') && askedOfThatTime(q) ? ['still'] : []),
  ];
  return reply && worked.length > 0
    ? { ...reply, workedOut: [...(reply.workedOut ?? []), ...worked] }
    : reply;
}

function checkClaimOf(q: ParsedQuestion, kb: Knowledge, entity: Entity): IntentReply | undefined {
  const { store } = kb;
  // ("are <officials> optimistic about <X>": no verdict on a feeling, but what they said, which shows it.)
  const view = q.normals.some((w) => cueWords().attitudeWords.has(w))
    ? store.statements.find((s) => s.holder === entity.id)
    : undefined;
  if (view)
    return {
      answered: true,
      text: `The article gives no verdict on how ${entity.name} feel${entity.kind === 'person' ? 's' : ''}, but reports that ${entity.name} ${view.verb} ${view.content}.`,
      citations: store.cite(view.evidence),
      confidence: 0.75,
      focus: [entity.id],
    };
  const profile = [entity.description, entity.title ?? '', entity.rank ?? ''].join(' ').toLowerCase();
  const side = sideOf(store, entity.id);
  // "Is <person> <nationality>?": a nationality the question claims, against the side the article gives.
  // (Not a country the claimed office is for: "the deputy secretary for <a country>".)
  const forAt = q.normals.indexOf('for');
  const beforeScope = (i: number) => forAt < 0 || i < forAt;
  const claimed = store.facts.entities.filter(
    (c) =>
      c.demonym &&
      ((hasAny(q, c.demonym.toLowerCase()) && beforeScope(q.normals.indexOf(c.demonym.toLowerCase()))) ||
        q.mentions.some((m) => m.id === c.id && m.id !== entity.id && beforeScope(m.start))),
  );
  // ("is <A> a <country> official": a group of one side's people, claimed for someone of the other.)
  const groupSides = q.mentions.flatMap((m) => {
    const group = store.entities.get(m.id);
    const of = group?.kind === 'group' && m.id !== entity.id ? sideOf(store, m.id) : undefined;
    const country = of ? store.entities.get(of) : undefined;
    return country && beforeScope(m.start) ? [country] : [];
  });
  if (side && groupSides.length > 0 && !groupSides.some((c) => c.id === side) && !claimsAnAct(q, entity))
    return no(`${capitalize(identify(entity))}.`, [entity.evidence], kb, [entity.id]);
  // (Of their own side's, "a <country> official" and nothing more: what the article calls them says so.)
  const lastTypedAt = q.normals.findLastIndex((w) => /\w/.test(w));
  const groupLast = q.mentions.find(
    (m) => m.end === lastTypedAt && store.entities.get(m.id)?.kind === 'group',
  );
  if (
    side &&
    entity.kind === 'person' &&
    groupLast &&
    sideOf(store, groupLast.id) === side &&
    q.normals[groupLast.start - 1] === 'a' &&
    !claimsAnAct(q, entity)
  )
    return yes(`${capitalize(identify(entity))}.`, [entity.evidence], kb, [entity.id]);
  // "Is <a place> disputed?": a place the article names for a dispute.
  const dispute = store.facts.disputes.find((d) => d.place === entity.id);
  if (dispute && hasAny(q, 'dispute', 'disputed', 'contested', 'claimed', 'claim', 'contention')) {
    return yes(`${capitalize(dispute.summary)}.`, [dispute.evidence], kb, [dispute.id]);
  }
  if (side && claimed.length > 0 && !claimed.some((c) => c.id === side) && !claimsAnAct(q, entity)) {
    return no(`${capitalize(identify(entity))}.`, [entity.evidence], kb, [entity.id]);
  }
  // (Or as of the article: "was <A> <title> when the article was written / at the time of the article".)
  const asOfArticle = /\b(?:at the time of|when) (?:the|this) (?:article|piece|story|report)\b/i.test(q.text);
  // (Only of the title: "is <A> still in <a body>" asks what a past title does not settle.)
  const titleWords = `${entity.title ?? ''} ${entity.rank ?? ''}`.toLowerCase().split(/[^\p{L}]+/u);
  const claimsTitle = q.normals.some(
    (w, i) =>
      w.length > 3 &&
      titleWords.includes(w) &&
      !q.mentions.some((m) => m.start <= i && i <= m.end && m.id !== entity.id),
  );
  const atThatTime = askedOfThatTime(q);
  if (
    (hasAny(q, 'current', 'currently', 'still', 'now') || asOfArticle) &&
    entity.title?.startsWith('then-') &&
    (claimsTitle || !hasAny(q, 'still')) &&
    (asOfArticle || !atThatTime)
  ) {
    return no(
      entity.description.includes(entity.title)
        ? `The article calls ${entity.name} ${entity.description}.`
        : `The article calls ${entity.name} the ${entity.title}: ${entity.description}.`,
      [entity.evidence],
      kb,
      [entity.id],
    );
  }
  // "does <A> work for the <body>?": the body's words in the title the article gives.
  const worksAt = q.lemmas.findIndex(
    (l, i) => cueWords().belongVerbs.has(l) && ['for', 'at', 'in', 'with'].includes(q.normals[i + 1] ?? ''),
  );
  const bodyWords =
    worksAt >= 0 ? q.normals.slice(worksAt + 2).filter((w) => /^\p{L}{3,}$/u.test(w) && w !== 'the') : [];
  if (entity.kind === 'person' && bodyWords.length >= 2 && bodyWords.every((w) => profile.includes(w)))
    return {
      ...yes(`${capitalize(identify(entity))}.`, [entity.evidence], kb, [entity.id]),
      // (Working for a body is read from the title's office of it, not from a verb in the sentence.)
      workedOut: [q.normals[worksAt] ?? '', q.normals[worksAt + 1] ?? ''],
    };
  // "is <A> still <the title the article gives>?": whether they hold it today, which a title as of the article
  // does not say (unless a time the article gives anchors it: "still <title> when she went").
  const anchored = hasAny(q, 'when', 'while', 'during', 'before', 'after') || asOfArticle || atThatTime;
  if (entity.kind === 'person' && hasAny(q, 'still', 'currently', 'now') && !anchored && claimsTitle)
    return {
      answered: false,
      text: BEYOND_REPLIES.present(store.meta.referenceDate.date),
      citations: [],
      confidence: 0.9,
    };
  // "Is <person> a lieutenant general?" against "Major General"; "Is <person> the secretary of defense?" against his title.
  // After "a/an/the", or straight after the name ("Was <person> <title>?").
  // (Right after the name when it is named: the "the" of "at the time" starts no title.)
  const named = q.mentions.find((m) => m.id === entity.id && m.start >= 0);
  let after = named ? (named.via === 'description' ? pastPlacing(q, kb, named.end + 1) : named.end + 1) : -1;
  // ("the <name> guy": the name with a vague person noun after it stands as the name alone.)
  const guy = named && q.normals[named.start - 1] === 'the' && cueWords().anyone.has(q.normals[after] ?? '');
  if (guy) after++;
  // ("is <name>'s title <title>?": the title claimed comes after the word for it.)
  const ownTitle =
    named && q.normals[after] === "'s" && cueWords().roleQuestionWords.has(q.normals[after + 1] ?? '');
  const titleAt = after + (q.normals[after + 2] === 'is' ? 3 : 2);
  // (Not "<name>'s office is for <X>": what the office is for is checked below as it was typed.)
  if (ownTitle && q.pos[titleAt] !== 'ADP') after = titleAt;
  const nameStart = named ? named.start - (guy ? 1 : 0) : -1;
  after = pastHedges(q, after);
  // ("is <A> called a <title>?": what the article calls them is the title claimed.)
  if (namesInPassive(q, after)) after++;
  // ("is he called <title>?": as "is <name> called <title>?".)
  const pronounCalled = !named && PERSON_PRONOUNS.has(q.normals[1] ?? '') && namesInPassive(q, 2);
  // (Where the title would start: after "called".)
  const start = pronounCalled ? 3 : after;
  const determiner =
    named || pronounCalled
      ? DETERMINERS.has(q.normals[start] ?? '')
        ? start
        : pronounCalled
          ? start - 1
          : -1
      : q.normals.findIndex((w) => DETERMINERS.has(w));
  // ("Was <person> from <a body>?" claims no title.)
  const at =
    determiner >= 0
      ? determiner
      : named && q.yesNo && nameStart === 1 && q.pos[after] !== 'ADP'
        ? after - 1
        : // ("is he <title>?": the pronoun for the person stands where the name would.)
          !named && q.yesNo && PERSON_PRONOUNS.has(q.normals[1] ?? '') && q.pos[2] !== 'ADP'
          ? 1
          : -1;
  // The claimed title runs to the end of its phrase: "the <another title> | when she went to <a place>".
  const phraseEnd = q.normals.findIndex((w, i) => i > at && CLAUSE_BREAKS.has(w));
  // (A nationality before the title is the person's own, checked above: "the <demonym> president" is "president".)
  const ownSide = new Set(
    claimed.filter((c) => c.id === side).flatMap((c) => (c.demonym ? [c.demonym.toLowerCase()] : [])),
  );
  const sideAt = (i: number) =>
    ownSide.has(q.normals[i] ?? '') || q.mentions.some((m) => m.id === side && m.start <= i && i <= m.end);
  const titleFrom = at + 1 + q.normals.slice(at + 1).findIndex((_w, k) => !sideAt(at + 1 + k));
  // "then-<title>" was <title> (a claim about now is checked above).
  const titles = [entity.rank, entity.title?.replace(/^the /, '').replace(/^then-/, '')]
    .filter((t): t is string => !!t)
    .map((t) => t.toLowerCase());
  // (A misspelt word of the person's own title is that word: "the <body> cheifs" is no other body.)
  // (A body called by a short name inside the title is its full name, as the title gives it: "the <initials>
  // office" of "the <full name> office".)
  // (Words after the short name that the full name holds are in it already: "office".)
  const spelledOut = [...q.normals];
  for (const m of q.mentions) {
    const name =
      m.via === 'name' ? store.entities.get(m.id)?.name.toLowerCase().replace(/^the /, '') : undefined;
    if (!name || !titles.some((t) => t.includes(name))) continue;
    let end = m.end;
    while (name.split(' ').includes(q.normals[end + 1] ?? '')) end++;
    spelledOut.fill('', m.start, end + 1);
    spelledOut[m.start] = name;
  }
  const typedTitle =
    at >= 0
      ? spelledOut
          .slice(titleFrom > at ? titleFrom : at + 1, phraseEnd > at ? phraseEnd : undefined)
          .filter((w) => /\w/.test(w))
          .join(' ')
          .replace(titleTail(), '')
      : '';
  const claimedTitle = respellAs(typedTitle, titles);
  // ("is <A> <B>'s boss": a tie between two people the article gives neither, not a title of <A>'s.)
  const ofAnother = q.mentions.some(
    (m) =>
      m.id !== entity.id &&
      kb.store.entities.get(m.id)?.kind === 'person' &&
      q.normals[m.end + 1] === "'s" &&
      cueWords().claimedRoleNouns.has(q.normals[m.end + 2] ?? ''),
  );
  if (ofAnother)
    return notStated(
      `that about ${entity.name}`,
      { text: identify(entity), evidence: entity.evidence },
      kb.store,
    );
  // ("is <A> the <one of A's own names>": the title claimed is a name the article knows the person by.)
  // (All of what is claimed, to the end: "<A> is the <title> for <other places>" claims more than the name.)
  const lastClaimed = q.normals.findLastIndex((w) => /\w/.test(w) && !cueWords().tailChecks.has(w));
  const titleStart = titleFrom > at ? titleFrom : at + 1;
  if (
    at >= 0 &&
    claimedTitle &&
    q.mentions.some((m) => m.id === entity.id && m.start === titleStart && m.end >= lastClaimed)
  )
    return yes(`${capitalize(identify(entity))}.`, [entity.evidence], kb, [entity.id]);
  // ("was she still <title> then", the person known by the title: the title after the pronoun names them.)
  const afterPronoun = pastHedges(q, 2);
  const lastTyped = q.normals.findLastIndex(
    (w, i) => /\w/.test(w) && !cueWords().titleTails.has(w) && !(w === 'back' && q.normals[i + 1] === 'then'),
  );
  if (
    q.yesNo &&
    PERSON_PRONOUNS.has(q.normals[1] ?? '') &&
    q.mentions.every((m) => m.id === entity.id) &&
    named?.start === afterPronoun &&
    named.end >= lastTyped
  )
    return yes(`${capitalize(identify(entity))}.`, [entity.evidence], kb, [entity.id]);
  // ("is <A> military?", "is <A> in the military?" of someone the article gives a military rank: yes, by the
  // rank; not a word of something else claimed, "<A>'s office is for military training", "the military commission".)
  const military = q.normals.filter(
    (w, i) =>
      cueWords().militaryWords.has(w) &&
      !/^(?:NOUN|PROPN)$/.test(q.pos[i + 1] ?? '') &&
      (q.lemmas[i - 1] === 'be' ||
        q.mentions.some((m) => m.id === entity.id && m.end === i - 1) ||
        (q.normals[i - 1] === 'the' && q.normals[i - 2] === 'in') ||
        /^(?:a|an)$/.test(q.normals[i - 1] ?? '')),
  );
  if (entity.kind === 'person' && entity.rank && military.length > 0)
    return {
      ...yes(`${entity.name} is a ${entity.rank}: ${entity.description}.`, [entity.evidence], kb, [
        entity.id,
      ]),
      workedOut: military,
    };
  // ("was <A> a civilian?" of someone the article gives a military rank.)
  if (entity.kind === 'person' && entity.rank && q.normals.some((w) => cueWords().civilianWords.has(w)))
    return no(`${entity.name} is a ${entity.rank}: ${entity.description}.`, [entity.evidence], kb, [
      entity.id,
    ]);
  // ("is <A> part of the <body>?": belonging to a body the person's own description names, not a title.)
  const body = MEMBERSHIP.test(claimedTitle) ? claimedTitle.replace(MEMBERSHIP, '') : '';
  if (body.includes(' ') && profile.includes(body))
    return yes(`${capitalize(identify(entity))}.`, [entity.evidence], kb, [entity.id]);
  // "is <person> a dr?": the honorific the article gives the name.
  const claimedHonorific = HONORIFICS[claimedTitle.split(' ')[0] ?? ''];
  if (claimedHonorific) {
    const given = entity.honorific?.replace(/\.$/, '').toLowerCase();
    const called = [entity.name, ...entity.aliases]
      .map((a) => `${entity.honorific} ${a.split(' ').at(-1)}`)
      .find((a) => store.text.includes(a));
    const sentence = called && store.sentences.find((x) => x.text.includes(called));
    if (given && HONORIFICS[given] === claimedHonorific && sentence)
      return {
        ...yes(`The article calls ${entity.name} "${called}".`, [], kb, [entity.id]),
        citations: [{ sentence: sentence.n, text: sentence.text }],
      };
  }
  // "a general" is what a Major General is; "an admiral" is a rank the article never gives anyone here.
  const rank = entity.rank?.toLowerCase();
  // ("a full general": the rank itself, unqualified, as the article gives it; a "major general" is not one.)
  const full = /^full (.+)$/.exec(claimedTitle)?.[1];
  if (full && rank?.endsWith(full))
    return {
      ...(rank === full ? yes : no)(`${entity.name}'s rank is ${entity.rank}.`, [entity.evidence], kb, [
        entity.id,
      ]),
      workedOut: ['full'],
    };
  if (claimedTitle && rank?.endsWith(claimedTitle))
    return yes(`${entity.name} is a ${entity.rank}.`, [entity.evidence], kb, [entity.id]);
  if (
    claimedTitle &&
    !rank &&
    cueWords().ranks.has(claimedTitle.split(' ').at(-1) ?? '') &&
    entity.kind === 'person'
  ) {
    return no(
      `The article gives ${entity.name} no military rank: ${identify(entity)}.`,
      [entity.evidence],
      kb,
      [entity.id],
    );
  }
  // ("a rear admiral" of a general: a rank of another kind, whatever its qualifier.)
  const claimedHead = claimedTitle.split(' ').at(-1) ?? '';
  const otherKind =
    claimedTitle.split(' ').length <= 3 &&
    cueWords().ranks.has(claimedHead) &&
    rank !== undefined &&
    rank.split(' ').at(-1) !== claimedHead;
  if (
    claimedTitle &&
    rank &&
    ((!claimedTitle.includes(' ') && cueWords().ranks.has(claimedTitle)) || otherKind)
  )
    return no(`${entity.name} is a ${entity.rank}: ${entity.description}.`, [entity.evidence], kb, [
      entity.id,
    ]);
  // The role the article gives, claimed for other places: "deputy secretary for <A> and <B>" of one "for <C>".
  const claimedRole = claimedTitle;
  const scoped = titles.find((t) => t.includes(' for ') && t.startsWith(claimedRole));
  const scopeWords =
    phraseEnd > at && q.normals[phraseEnd] === 'for'
      ? q.normals.slice(phraseEnd + 1).filter((w) => /^[a-z]{3,}$/.test(w) && w !== 'and')
      : [];
  if (claimedRole && scoped && scopeWords.length > 0) {
    const given = scoped.split(' for ').at(-1) ?? '';
    if (scopeWords.every((w) => !given.includes(w)))
      return no(`${capitalize(identify(entity))}.`, [entity.evidence], kb, [entity.id]);
    if (scopeWords.every((w) => given.includes(w)))
      return yes(`${capitalize(identify(entity))}.`, [entity.evidence], kb, [entity.id]);
  }
  // "<role> of the <body>" is the "<body> <role>": "secretary of defense" is the "defense secretary".
  const ofPhrase = /^(.+?) of (?:the )?(.+)$/.exec(claimedTitle);
  const reordered = ofPhrase ? `${ofPhrase[2]} ${ofPhrase[1]}` : undefined;
  if (
    claimedTitle &&
    titles.some((t) => t.startsWith(claimedTitle) || (reordered !== undefined && t.startsWith(reordered)))
  )
    return yes(`${capitalize(identify(entity))}.`, [entity.evidence], kb, [entity.id]);
  // "Was <person> <role>?" of a "<body> <role>": the title without its qualifier, unless the qualifier makes a
  // lesser office ("<title>" of a "deputy <title>" is not exactly it).
  const qualified = titles.find((t) => t.endsWith(` ${claimedTitle}`));
  if (
    claimedTitle &&
    qualified &&
    !qualified
      .slice(0, -claimedTitle.length)
      .split(/[\s-]+/)
      .some((w) => cueWords().subordinateQualifiers.has(w))
  )
    return yes(`${capitalize(identify(entity))}.`, [entity.evidence], kb, [entity.id]);
  const lastWord = claimedTitle.split(' ').at(-1) ?? '';
  if (
    claimedTitle &&
    titles.some((t) => t.includes(lastWord)) &&
    !titles.some((t) => t.includes(claimedTitle.split(' ')[0] ?? ''))
  ) {
    return no(`${capitalize(identify(entity))}.`, [entity.evidence], kb, [entity.id]);
  }
  if (claimedTitle && titles.some((t) => t.includes(claimedTitle)))
    return no(`${capitalize(identify(entity))}.`, [entity.evidence], kb, [entity.id]);
  // A role the article gives this person no part in: "the prime minister", "the Senate majority leader".
  // (The role is the word before "of": "deputy secretary of <another department>".)
  const claimWords = claimedTitle.split(' ');
  const ofAt = claimWords.findIndex((w) => w === 'of' || w === 'for');
  const head = (ofAt > 0 ? claimWords[ofAt - 1] : claimWords.at(-1)) ?? '';
  if (claimedTitle && titles.length > 0 && cueWords().claimedRoleNouns.has(head)) {
    return no(
      `The article calls ${entity.name} ${entity.title ?? `a ${entity.rank}`}.`,
      [entity.evidence],
      kb,
      [entity.id],
    );
  }
  // "Was <person> from <an organisation>?": the organisation named in the person's own description.
  const bodies = q.mentions
    .map((m) => store.entities.get(m.id))
    .filter((e): e is Entity => e !== undefined && e.id !== entity.id && e.kind === 'organization');
  if (
    bodies.length > 0 &&
    bodies.every((b) => [b.name, ...b.aliases].some((n) => profile.includes(n.toLowerCase())))
  )
    return yes(`${capitalize(identify(entity))}.`, [entity.evidence], kb, [entity.id]);
  const asked = q.normals.filter(
    (w, i) =>
      (q.pos[i] === 'NOUN' || q.pos[i] === 'ADJ') &&
      !cueWords().vagueNouns.has(w) &&
      !q.mentions.some((m) => q.normals[m.start] === w || (m.start <= i && i <= m.end)),
  );
  if (asked.length === 0) return undefined;
  // (Not an act claimed of them, "did <A> cut off <X>?", which a description naming the act, done by another
  // because of <A>, does not confirm.)
  const act = q.lemmas.some((l, i) => q.pos[i] === 'VERB' && (kb.triggers.get(l)?.length ?? 0) > 0);
  // (A rank is the person's own, not one their description gives someone else: "<A> met <B>'s Major General".)
  const othersRank = asked.some((w) => cueWords().ranks.has(w) && !rank?.includes(w));
  // (A word's own stem too: "about territory" of "where territorial claims are disputed".)
  const inProfile = (w: string) => profile.includes(w) || (w.length >= 7 && profile.includes(looseStem(w)));
  if (!act && !othersRank && asked.every(inProfile))
    return yes(`${capitalize(identify(entity))}.`, [entity.evidence], kb, [entity.id]);
  return notStated(`that about ${entity.name}`, { text: identify(entity), evidence: entity.evidence }, store);
}

/**
 * "<a country>'s side at the talks was led by an admiral?": a rank claimed of whoever took part in the event for
 * that side, when the article names exactly one such person.
 */
export function checkSideRank(q: ParsedQuestion, kb: Knowledge, event: Event): IntentReply | undefined {
  const { store } = kb;
  const claimedAt = q.normals.findIndex(
    (w, i) =>
      cueWords().ranks.has(w) && DETERMINERS.has(q.normals[i - 1] ?? '') && q.normals[i - 1] !== 'the',
  );
  if (claimedAt < 0) return undefined;
  // The side: a country named, or its adjective ("the <demonym> side").
  const sides = store.facts.entities.filter(
    (c) =>
      c.kind === 'country' &&
      (q.mentions.some((m) => m.id === c.id) ||
        (c.demonym !== undefined && q.normals.includes(c.demonym.toLowerCase()))),
  );
  if (sides.length !== 1) return undefined;
  const people = event.participants
    .map((p) => store.entities.get(p.entity))
    .filter((e): e is Entity => e?.kind === 'person' && sideOf(store, e.id) === sides[0]?.id);
  const [person] = people;
  if (people.length !== 1 || !person) return undefined;
  // (Someone else named in the question is that person's claim, not the side's: left to the entity checks.)
  if (q.mentions.some((m) => m.id !== person.id && store.entities.get(m.id)?.kind === 'person'))
    return undefined;
  // (The rank claimed whole: "a major general" is no claim of "major".)
  let end = claimedAt;
  while (cueWords().ranks.has(q.normals[end + 1] ?? '')) end++;
  const claimed = q.normals.slice(claimedAt, end + 1).join(' ');
  const rank = person.rank?.toLowerCase();
  if (rank?.endsWith(claimed))
    return yes(`${person.name} is a ${person.rank}.`, [person.evidence], kb, [person.id]);
  return no(
    rank ? `${identify(person)}.` : `The article gives ${person.name} no military rank: ${identify(person)}.`,
    [person.evidence],
    kb,
    [person.id],
  );
}

/**
 * "<person> covers <a place> too?": the places claimed after a word of covering, checked against the places
 * the person's title is for. Undefined when the claim names no place.
 */
/** "<person> mentioned <X>?": a verb of mentioning said of the person, not of their title's wording. */
function personMentions(q: ParsedQuestion, i: number): boolean {
  const { mentioningVerbs, wordingNouns, officeQuestionWords } = cueWords();
  return (
    mentioningVerbs.has(q.lemmas[i] ?? '') &&
    !q.lemmas.slice(0, i).some((w) => wordingNouns.has(w) || officeQuestionWords.has(w) || w === 'office')
  );
}

export function checkPortfolio(q: ParsedQuestion, kb: Knowledge, entity: Entity): IntentReply | undefined {
  const scope = titleScope(entity)?.toLowerCase();
  // ("is <A> <title> for <B> only", "just for <B>": the title's own "for", with a word that claims all of it.)
  const onlyTyped = q.normals.some((w) => /^(?:only|just|solely|exclusively)$/.test(w));
  const placeNext = (i: number) =>
    q.mentions.some(
      (m) => m.start === i + 1 && ['place', 'country'].includes(kb.store.entities.get(m.id)?.kind ?? ''),
    );
  // (Or the title itself, its places put up: "<person>'s title is <A>, <B> and <C>?".)
  const cue = q.lemmas.findIndex(
    (l, i) =>
      cueWords().lists.coverWords.includes(l) ||
      // ("does <A> only cover <B>", "is <A>'s office just <B>": the places of the title, all of them.)
      (cueWords().scopeVerbs.has(l) && q.pos[i] === 'VERB' && !personMentions(q, i)) ||
      ((cueWords().wordingNouns.has(l) || l === 'office') && q.normals[i - 1] === "'s") ||
      // ("is <A> for <B>, <C> and <D>": the title's places put up, right after the person.)
      (l === 'for' &&
        placeNext(i) &&
        (onlyTyped || q.mentions.some((m) => m.id === entity.id && m.end === i - 1))),
  );
  if (cue < 0) return undefined;
  const { store } = kb;
  const placeAt = (m: { id: string }) => ['place', 'country'].includes(store.entities.get(m.id)?.kind ?? '');
  // ("does <A>'s title include the <body>": a body its title names, "Chairman of the <Body>".)
  const title = (entity.title ?? '').toLowerCase();
  const bodies = q.mentions.filter(
    (m) => m.start > cue && ['organization', 'group'].includes(store.entities.get(m.id)?.kind ?? ''),
  );
  if (bodies.length > 0 && title && !q.mentions.some((m) => m.start > cue && placeAt(m))) {
    const named = bodies.every((m) => {
      const e = store.entities.get(m.id);
      return [e?.name ?? '', ...(e?.aliases ?? [])].some(
        (n) => n.length > 2 && title.includes(n.toLowerCase().replace(/^the /, '')),
      );
    });
    if (named)
      return {
        ...yes(`${capitalize(identify(entity))}.`, [entity.evidence], kb, [entity.id]),
        // (The word of including is read from the title, which the sentence need not spell out.)
        workedOut: [q.normals[cue] ?? '', q.lemmas[cue] ?? ''],
      };
  }
  if (!scope) return undefined;
  const inScope = (names: readonly string[]) =>
    names.some((n) => new RegExp(`\\b${escapeRegExp(n.toLowerCase())}\\b`).test(scope));
  // (The places after the cue, or before it when none follow: "is <B> part of <A>'s portfolio".)
  const after =
    q.mentions.some((m) => m.start > cue && placeAt(m)) || q.otherPlaces.some((p) => p.start > cue);
  const from = after ? cue : -1;
  const claimed = [
    ...q.mentions
      .filter((m) => m.start > from && m.start >= 0 && placeAt(m))
      .map((m) => {
        const e = store.entities.get(m.id);
        return e ? [e.name, ...e.aliases] : [];
      }),
    ...q.otherPlaces.filter((p) => p.start > from).map((p) => [p.name]),
  ];
  if (claimed.length === 0) return undefined;
  const text = `${identify(entity)}.`;
  // ("just <B>": only the places claimed, when the title covers others too.)
  const only = q.normals.some((w) => w === 'only' || w === 'just' || w === 'solely');
  const others = store.facts.entities.filter(
    (e) =>
      (e.kind === 'place' || e.kind === 'country') &&
      inScope([e.name]) &&
      !claimed.some((c) => c.includes(e.name)),
  );
  if (only && claimed.every(inScope) && others.length > 0)
    return no(`It also covers ${joinNames(others.map((e) => e.name))}: ${text}`, [entity.evidence], kb, [
      entity.id,
    ]);
  // (The word of covering is read from the title's "for", which the sentence need not spell out.)
  return claimed.every(inScope)
    ? {
        ...yes(text, [entity.evidence], kb, [entity.id]),
        // (So is a verb of covering after a word for the title: "<A>'s title includes <B>?".)
        workedOut: [
          q.normals[cue] ?? '',
          q.lemmas[cue] ?? '',
          ...q.normals.filter((_w, i) => i > cue && cueWords().scopeVerbs.has(q.lemmas[i] ?? '')),
        ],
      }
    : no(text, [entity.evidence], kb, [entity.id]);
}
