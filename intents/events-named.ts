/**
 * "What were the two meetings mentioned?", "which talks does the article mention?", "list the meetings": the
 * events a plural noun for them names, listed with who took part, where and when.
 */
import { cueWords } from '../src/engine/cue-words.js';
import { eventsOfNoun } from '../src/engine/events-of-noun.js';
import type { Intent, Knowledge } from '../src/engine/intent.js';
import { MATCH } from '../src/engine/match-levels.js';
import { hasPhrase } from '../src/engine/question-cues.js';
import { stated } from '../src/engine/replies.js';
import { describeDate, joinNames } from '../src/engine/wording.js';
import type { ParsedQuestion } from '../src/nlp/parse-question.js';

const COUNTS = /^(?:two|three|four|five|both|\d)$/;

/** Where the plural noun for events stands in a request to list them, or -1. */
function listedNoun(q: ParsedQuestion, kb: Knowledge): number {
  if (hasPhrase(q, 'how many')) return -1;
  // After "what"/"which" ("which meetings ..."), "what were the (two) ..." or "list (all) the ...".
  const open = q.normals[0];
  let at = -1;
  if (open === 'what' || open === 'which') {
    at = 1;
    if (q.lemmas[at] === 'be' && q.normals[at + 1] === 'the') at += 2;
  } else if (open === 'list' || (open === 'name' && q.normals[1] === 'the')) {
    at = 1;
    if (q.normals[at] === 'all') at++;
    if (q.normals[at] === 'the') at++;
  }
  if (at < 0) return -1;
  while (COUNTS.test(q.normals[at] ?? '') || q.pos[at] === 'ADJ') at++;
  const noun = q.lemmas[at] ?? '';
  // (A plural, as typed: "which meeting" asks about one of them.)
  // (Wink's own lemma: the question's may be a synonym's, "trip" read as "visit".)
  const plural = q.pos[at] === 'NOUN' && q.normals[at] !== (q.ownLemmas[at] ?? noun);
  if (!plural || cueWords().notEventNouns.has(noun) || (kb.triggers.get(noun)?.length ?? 0) === 0) return -1;
  // Nothing else asked of them but that they are there: "mentioned", "in the article", or nothing at all;
  // not "which meetings did <A> attend".
  const rest = q.lemmas.slice(at + 1).filter((_l, k) => q.pos[at + 1 + k] !== 'PUNCT');
  const naming = rest.some((l) => cueWords().mentioningVerbs.has(l));
  const bare = rest.every(
    (l) => l === 'be' || cueWords().articleNouns.has(l) || /^(?:in|the|this|there)$/.test(l),
  );
  return naming || bare ? at : -1;
}

export const eventsNamed: Intent = {
  id: 'events-named',
  description: 'Which events of a kind the article mentions, with their dates.',
  examples: [
    'what were the two meetings mentioned',
    'which meetings does the article mention',
    'list the meetings',
    'what talks are mentioned in the article',
  ],
  counterExamples: ['which meeting was virtual', 'how many meetings were there'],
  wholeArticle: true,
  match(q, kb) {
    return listedNoun(q, kb) >= 0 ? MATCH.veryStrong : 0;
  },
  answer(q, kb) {
    const events = eventsOfNoun(q, kb, listedNoun(q, kb));
    if (events.length === 0) return undefined;
    // (Who and where, when its name does not say: "the <nth> round of <X> talks (<A> and <B>, in <city>, <date>)".)
    const people = (e: (typeof events)[number]) =>
      e.participants
        .map((p) => kb.store.entities.get(p.entity))
        .filter((x) => x?.kind === 'person' && !e.name.includes(x.name.split(' ').at(-1) ?? x.name))
        .map((x) => x?.name ?? '');
    const listed = events
      .map((e) => {
        const who = people(e);
        const where =
          e.place && !e.place.virtual && !e.name.includes(e.place.text) ? `in ${e.place.text}` : '';
        const parts = [who.length ? joinNames(who) : '', where, describeDate(e.date)].filter((x) => x !== '');
        return `${e.name} (${parts.join(', ')})`;
      })
      .join('; ');
    return {
      ...stated(
        kb.store,
        `The article mentions ${events.length}: ${listed}.`,
        events.map((e) => e.evidence),
        events.map((e) => e.id),
        0.8,
      ),
      items: events.map((e) => e.name),
      itemIds: events.map((e) => e.id),
    };
  },
};
