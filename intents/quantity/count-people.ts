/** "How many generals are mentioned?", "How many countries does <person>'s portfolio cover?" */

import { cueWords } from '../../src/engine/cue-words.js';
import type { IntentReply, Knowledge } from '../../src/engine/intent.js';
import { sideOf } from '../../src/engine/parties.js';
import { hasAny, hasPhrase, mentionedEntities } from '../../src/engine/question-cues.js';
import { stated } from '../../src/engine/replies.js';
import { capitalize } from '../../src/engine/wording.js';
import type { FactStore } from '../../src/facts/fact-store.js';
import type { Entity } from '../../src/facts/schema.js';
import type { ParsedQuestion } from '../../src/nlp/parse-question.js';
import { countedNoun } from './count-events.js';

export function countPeople(q: ParsedQuestion, kb: Knowledge): IntentReply | undefined {
  const { store } = kb;
  // The places a title lists: "... of defense for <a country>, <a place>, and <a place>".
  const person = mentionedEntities(q, store).find((e) => e.kind === 'person' && e.title?.includes(' for '));
  if (person?.title && hasAny(q, 'portfolio', 'responsible', 'countries', 'regions', 'places', 'cover')) {
    const listed = (person.title.split(' for ').at(-1) ?? '')
      .split(/,\s*(?:and\s+)?|\s+and\s+/)
      .filter(Boolean);
    return stated(
      store,
      `${listed.length}: ${listed.join(', ')} (${person.name} is ${person.title}).`,
      [person.evidence],
      [person.id],
      0.75,
    );
  }
  // "How many <demonym> people are named in the article?", "how many <demonym>s": everyone of that side the
  // article names; "officers" only those with a rank; with no side, everyone.
  // ("in it", "in there": in the article.)
  const wholeArticle =
    hasAny(q, 'named', 'mentioned', 'total', 'article', 'story', 'piece', 'altogether') ||
    hasPhrase(q, 'in it') ||
    hasPhrase(q, 'in there');
  // (The people counted, not a noun they qualify: "how many meetings between <A> and <B> officials".)
  const counted = q.normals[countedNoun(q)] ?? q.normals[q.normals.indexOf('many') + 1] ?? '';
  const ofDemonym = (word: string) =>
    store.facts.entities.find(
      (e) => e.kind === 'country' && e.demonym && [e.demonym, `${e.demonym}s`].includes(capitalize(word)),
    );
  const byDemonym = ofDemonym(counted);
  // (Or said of them: "how many named people are <demonym>?".)
  const sides = [
    ...mentionedEntities(q, store).filter((e) => e.kind === 'country'),
    ...q.normals.map(ofDemonym).filter((e) => e !== undefined),
  ];
  // ("how many generals, <demonym> and <demonym>": both sides, so all of them.)
  const bothSides = new Set(sides.map((e) => e.id)).size > 1 && hasAny(q, 'and', 'both');
  const side = byDemonym ?? (bothSides ? undefined : sides[0]);
  // ("how many people from <A>'s military": those with a rank, as for "officers".)
  // (Not of a thing counted: "how many <A> <B> military meetings" counts meetings.)
  const ranked =
    cueWords().rankedPeopleNouns.has(counted) ||
    (hasAny(q, 'military', 'army', 'armed') &&
      (cueWords().countedPeopleNouns.has(counted) ||
        cueWords().anyone.has(counted.replace(/s$/, '')) ||
        byDemonym !== undefined));
  // (With no side, only people the article names are counted: "how many people got tested in total" is not.)
  // ("how many people are in the article": those it names.)
  const inArticle = q.normals.some(
    (w, i) =>
      cueWords().articleNouns.has(w) &&
      /^(?:the|this)$/.test(q.normals[i - 1] ?? '') &&
      q.normals[i - 2] === 'in',
  );
  const naming = side ? wholeArticle : hasAny(q, 'named', 'mentioned') || inArticle;
  if (naming && (cueWords().countedPeopleNouns.has(counted) || ranked || byDemonym)) {
    const ofSide = store.facts.entities.filter(
      (e) => e.kind === 'person' && (!side || sideOf(store, e.id) === side.id) && (!ranked || e.rank),
    );
    if (ofSide.length > 0) return listPeople(store, ofSide);
  }
  const role = cueWords().lists.countedRoles.find((r) => hasAny(q, r, `${r}s`));
  // ("in it": the article, not the event the pronoun might stand for.)
  const inIt = hasPhrase(q, 'in it');
  const ofEvent = q.mentions.some((m) => m.id.startsWith('event:') && !(inIt && m.via === 'pronoun'));
  if (!role || ofEvent) return undefined;
  // (Of the side named, if one is: "how many <demonym> generals".)
  const holders = store.facts.entities.filter(
    (e) =>
      e.kind === 'person' &&
      (!side || sideOf(store, e.id) === side.id) &&
      `${e.rank ?? ''} ${e.title ?? ''}`.toLowerCase().split(/\W+/).includes(role),
  );
  if (holders.length === 0) return undefined;
  return listPeople(store, holders);
}

/** The people counted, each with rank, cited; listed for "how many of them are <demonym>?" next. */
function listPeople(store: FactStore, people: readonly Entity[]): IntentReply {
  return {
    ...stated(
      store,
      `${people.length}: ${people.map((e) => (e.rank ? `${e.rank} ${e.name}` : e.name)).join(', ')}.`,
      people.map((e) => e.evidence),
      people.map((e) => e.id),
      0.7,
    ),
    items: people.map((e) => e.name),
    itemIds: people.map((e) => e.id),
  };
}
