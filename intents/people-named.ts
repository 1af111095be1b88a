/**
 * "Which <demonym> officials does the article name?", "who are the people in the article?": the people the
 * store holds, of the side asked about when one is named.
 */
import { cueWords } from '../src/engine/cue-words.js';
import type { Intent } from '../src/engine/intent.js';
import { MATCH } from '../src/engine/match-levels.js';
import { fullName, sideOf } from '../src/engine/parties.js';
import { hasAny, hasPhrase } from '../src/engine/question-cues.js';
import { notStated, stated } from '../src/engine/replies.js';
import { joinNames } from '../src/engine/wording.js';
import type { FactStore } from '../src/facts/fact-store.js';
import type { ParsedQuestion } from '../src/nlp/parse-question.js';

/** The side named: a country, its capital, or a group of its people ("<demonym> officials"). */
function sideAsked(q: ParsedQuestion, store: FactStore): string | undefined {
  const sides = q.mentions.flatMap((m) => {
    const e = store.entities.get(m.id);
    return e && e.kind !== 'person' ? (sideOf(store, m.id) ?? []) : [];
  });
  return new Set(sides).size === 1 ? sides[0] : undefined;
}

/** Asks which people the article names: a word for people, and "named"/"mentioned"/"in the article". */
function asksNamed(q: ParsedQuestion, store: FactStore): boolean {
  // (Most questions hold no word for people: settled first, cheaply. "everyone", or a demonym in the plural:
  // "list the <demonym>s named".)
  const plural = (i: number) =>
    q.mentions.some((m) => {
      const demonym = m.end === i ? store.entities.get(m.id)?.demonym : undefined;
      return demonym !== undefined && q.normals[i] === `${demonym.toLowerCase()}s`;
    });
  // ("who from <A> is named", "who on the <demonym> side gets mentioned": "who" with a passive verb of naming.)
  const whoNamed =
    q.normals[0] === 'who' &&
    q.lemmas.some(
      (l, i) => cueWords().mentioningVerbs.has(l) && /^(?:AUX|PART)$/.test(q.pos[i - 1] ?? '') && i > 1,
    );
  if (!whoNamed && !q.normals.some((w, i) => cueWords().peopleNouns.has(w) || w === 'everyone' || plural(i)))
    return false;
  // ("the names of the two male <animals>": names of things, not of people.)
  const namesOf = q.normals.findIndex((w, i) => w === 'names' && q.normals[i + 1] === 'of');
  const thing = namesOf >= 0 ? q.pos.findIndex((p, i) => i > namesOf + 1 && p === 'NOUN') : -1;
  const { peopleNouns, anyone, personNouns } = cueWords();
  const lemma = q.lemmas[thing] ?? '';
  if (thing >= 0 && !q.mentions.some((m) => m.start <= thing && thing <= m.end && m.via !== 'typo')) {
    if (!peopleNouns.has(q.normals[thing] ?? '') && !anyone.has(lemma) && !personNouns.has(lemma))
      return false;
  }
  // ("the key people", "the main players": those who matter in the article; not "the main guys at <a meeting>",
  // those of that event.)
  const prominent =
    q.mentions.length === 0 &&
    q.normals.some((w, i) => cueWords().prominenceWords.has(w) && peopleNouns.has(q.normals[i + 1] ?? ''));
  const naming =
    prominent ||
    q.lemmas.some((l) => cueWords().mentioningVerbs.has(l)) ||
    hasPhrase(q, 'in the article') ||
    hasPhrase(q, 'in this article') ||
    hasPhrase(q, 'in the story');
  const asking =
    q.wh === 'which' ||
    q.wh === 'who' ||
    q.wh === 'what' ||
    hasAny(q, 'list', 'name', 'tell', 'give', 'show');
  // ("which officials met", "who was mentioned as meeting": an act, not a listing.)
  // (The request itself is no act: "list the people named".)
  const acts = q.pos.some(
    (p, i) =>
      p === 'VERB' &&
      !cueWords().mentioningVerbs.has(q.lemmas[i] ?? '') &&
      // (As a request: first, or to "me"/"us"; "which officials gave that warning" is an act.)
      !(
        ['list', 'tell', 'give', 'show'].includes(q.lemmas[i] ?? '') &&
        (i === 0 || /^(?:me|us)$/.test(q.normals[i + 1] ?? ''))
      ),
  );
  // ("how many people are named": a count, which the quantity intent gives.)
  return naming && asking && !acts && !hasPhrase(q, 'how many');
}

export const peopleNamed: Intent = {
  id: 'people-named',
  description: 'Which people the article names, of one side when a side is named.',
  examples: [
    'which officials does the article name?',
    'who are the people in the article?',
    'list the people mentioned',
    'which people are named in the article',
  ],
  counterExamples: [],
  // (Names are what ingestion finds best; the list answers for the whole article, not one sentence.)
  draftSafe: true,
  wholeArticle: true,
  match(q, { store }) {
    if (!asksNamed(q, store)) return 0;
    // (One person named is a question about them: "which officials besides <person> are named".)
    if (q.mentions.some((m) => store.entities.get(m.id)?.kind === 'person')) return 0;
    // ("which <officials> gave that warning, names?": those who did something, not everyone named.)
    return MATCH.veryStrong;
  },
  answer(q, { store }) {
    // ("what are the <body> officials' names": a group the article mentions without naming anyone in it.)
    const group = q.mentions
      .map((m) => store.entities.get(m.id))
      .find((e) => e?.kind === 'group' && q.normals.includes(e.name.split(' ').at(-1)?.toLowerCase() ?? ''));
    // (Not "<a country's> officials", which asks for that side's people, some of them named.)
    const qualifier = group?.name.split(' ').slice(0, -1).join(' ').toLowerCase();
    const ofCountry = store.facts.entities.some(
      (e) => e.kind === 'country' && [e.name, ...e.aliases].some((a) => a.toLowerCase() === qualifier),
    );
    if (group && !ofCountry)
      return notStated(
        `who ${group.name} are by name: it names none of them`,
        group.description.toLowerCase().startsWith(group.name.toLowerCase())
          ? undefined
          : { text: `${group.name} are ${group.description}`, evidence: group.evidence },
        store,
      );
    const side = sideAsked(q, store);
    // ("which generals": of that rank.)
    const rank = q.normals.map((w) => w.replace(/s$/, '')).find((w) => cueWords().ranks.has(w));
    // ("which military officers": those the article gives a military rank.)
    const ranked = q.normals.some((w) => cueWords().rankedPeopleNouns.has(w));
    const people = store.facts.entities.filter(
      (e) =>
        e.kind === 'person' &&
        (side === undefined || sideOf(store, e.id) === side) &&
        (rank === undefined || `${e.rank ?? ''} ${e.title ?? ''}`.toLowerCase().includes(rank)) &&
        (!ranked || e.rank !== undefined),
    );
    const sideName = side ? store.entities.get(side) : undefined;
    if (people.length === 0)
      return notStated(sideName ? `which of the people it names are of ${sideName.name}` : 'anyone by name');
    const who = people.map((e) => `${fullName(e)} (${e.title ?? e.description})`);
    // ("which officials": groups the article calls by that word, unnamed, are said too.)
    const groups = store.facts.entities.filter(
      (e) =>
        e.kind === 'group' &&
        (side === undefined || sideOf(store, e.id) === side) &&
        q.normals.includes(e.name.split(' ').at(-1)?.toLowerCase() ?? ''),
    );
    const unnamed = groups.length
      ? ` It also mentions ${joinNames(groups.map((g) => g.name))}, without naming them.`
      : '';
    return {
      ...stated(
        store,
        `The article names ${people.length === 1 ? 'one person' : `${people.length} people`}${sideName ? ` of ${sideName.name}` : ''}: ${joinNames(who)}.${unnamed}`,
        [...people, ...groups].map((e) => e.evidence),
        [...people, ...groups].map((e) => e.id),
        0.85,
      ),
      items: people.map(fullName),
      itemIds: people.map((e) => e.id),
    };
  },
};
