/** "How many separate meetings does the article describe?": the events the counted noun names, counted. */

import { cueWords } from '../../src/engine/cue-words.js';
import { escapeRegExp } from '../../src/engine/escape-reg-exp.js';
import type { IntentReply, Knowledge } from '../../src/engine/intent.js';
import { sameParty, sideOf } from '../../src/engine/parties.js';
import { hasAny, hasPhrase } from '../../src/engine/question-cues.js';
import { notStated, stated } from '../../src/engine/replies.js';
import { loadWordNet } from '../../src/engine/word-tables.js';
import { describeDate } from '../../src/engine/wording.js';
import type { Event } from '../../src/facts/schema.js';
import type { ParsedQuestion } from '../../src/nlp/parse-question.js';

/**
 * The noun "how many" counts: the last noun of the phrase after "many" ("how many separate meetings" ->
 * "meetings", "how many <demonym> officials" -> "officials").
 */
export function countedNoun(q: ParsedQuestion): number {
  const many = q.normals.indexOf('many');
  if (many < 0) return -1;
  let found = -1;
  // (Past a participle of naming: "how many named people".)
  const named = (i: number) => i === many + 1 && cueWords().mentioningVerbs.has(q.lemmas[i] ?? '');
  for (let i = many + 1; i < q.normals.length && (/^(NOUN|PROPN|ADJ)$/.test(q.pos[i] ?? '') || named(i)); i++)
    if (q.pos[i] === 'NOUN') found = i;
  return found;
}

export function countEvents(q: ParsedQuestion, kb: Knowledge): IntentReply | undefined {
  const { store } = kb;
  const events = eventsOfNoun(q, kb, countedNoun(q));
  if (events.length === 0) return undefined;
  const listed = events.map((e) => `${e.name} (${describeDate(e.date)})`).join('; ');
  // ("how many balloons has <A> shot down in total / ever": all there have been, which an article reporting some
  // does not count.)
  // ("how many did they shoot down total": the same, unless the count asked is the article's own.)
  const ofTheArticle = hasAny(
    q,
    'article',
    'story',
    'report',
    'piece',
    'mention',
    'mentioned',
    'describe',
    'described',
  );
  const allTime =
    !ofTheArticle &&
    (hasAny(q, 'total', 'ever', 'altogether', 'overall') ||
      (hasAny(q, 'has', 'have') && hasPhrase(q, 'so far')));
  if (allTime) return notStated(`how many in all; it mentions ${events.length}: ${listed}`, undefined, store);
  return stated(
    store,
    `${events.length}: ${listed}.`,
    events.map((e) => e.evidence),
    events.map((e) => e.id),
    0.7,
  );
}

/**
 * The reviewed events a noun of the question names ("meetings", "talks"), of the parties it names if any:
 * what "how many <noun>" counts and "which <noun> are mentioned" lists.
 */
export function eventsOfNoun(q: ParsedQuestion, kb: Knowledge, at: number): Event[] {
  const { store, triggers } = kb;
  const noun = q.lemmas[at] ?? '';
  if (at < 0 || cueWords().notEventNouns.has(noun)) return [];
  const evoked = new Set([...(triggers.get(noun) ?? []), ...(triggers.get(q.normals[at] ?? '') ?? [])]);
  // Of those, the ones between the parties the question names, if it names any.
  const parties = q.mentions.filter((m) => {
    const kind = store.entities.get(m.id)?.kind;
    return kind === 'country' || kind === 'person' || kind === 'organization';
  });
  // ("how many drones", "how many links": a thing the act is done to, or a noun made from another verb
  // ("connection"), counts no acts; the act's own nouns do: "meetings" of an event met at.)
  // (The thing done to counts when the question's verb is the act done to it, and the event's name says it was
  // done to one: "how many drones did they intercept" of "the interception of a drone".)
  const made = loadWordNet().derived.get(noun);
  const ofNoun = new RegExp(`\\bof\\b.*\\b${escapeRegExp(noun)}`, 'i');
  const doneTo = (e: (typeof store.facts.events)[number]) => ofNoun.test(e.name);
  const actVerb = (e: (typeof store.facts.events)[number]) =>
    q.lemmas.some(
      (l, i) => q.pos[i] === 'VERB' && !/^(?:be|have|do|get)$/.test(l) && triggers.get(l)?.includes(e.id),
    );
  const namesTheAct = (e: (typeof store.facts.events)[number]) =>
    // (Its kind as typed too: "talks", whose lemma is "talk".)
    e.kind === noun ||
    e.kind === q.normals[at] ||
    (doneTo(e) ? actVerb(e) : made === undefined || made === e.kind || e.triggers.includes(made));
  // (A draft's events are what ingestion found, not a count anyone checked: they are not counted.)
  const events = store.facts.events.filter(
    (e) =>
      evoked.has(e.id) &&
      namesTheAct(e) &&
      (e.provenance?.source !== 'auto' || e.provenance.reviewed === true) &&
      parties.every((p) =>
        e.participants.some(
          (x) => sameParty(store, x.entity, p.id) || sideOf(store, x.entity) === sideOf(store, p.id),
        ),
      ),
  );
  return events;
}
