/** "How many separate meetings does the article describe?": the events the counted noun names, counted. */

import { cueWords } from '../../src/engine/cue-words.js';
import { eventsOfNoun } from '../../src/engine/events-of-noun.js';
import type { IntentReply, Knowledge } from '../../src/engine/intent.js';
import { hasAny, hasPhrase } from '../../src/engine/question-cues.js';
import { notStated, stated } from '../../src/engine/replies.js';
import { describeDate } from '../../src/engine/wording.js';
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
