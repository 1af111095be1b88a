/** "How many separate meetings does the article describe?": the events the counted noun names, counted. */

import { cueWords } from '../../src/engine/cue-words.js';
import { escapeRegExp } from '../../src/engine/escape-reg-exp.js';
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
  // ("how many incidents have there been" of "recent incidents such as <one>": the article gives examples, not a
  // count; "how many miscalculation incidents": a kind it does not call any of them.)
  const at = countedNoun(q);
  const noun = q.lemmas[at] ?? '';
  const texts = events.map((e) =>
    `${e.name} ${store
      .cite(e.evidence)
      .map((c) => c.text)
      .join(' ')}`.toLowerCase(),
  );
  const stem = noun.slice(0, Math.max(4, noun.length - 1));
  const examples = new RegExp(`\\b${escapeRegExp(stem)}\\w*\\s+(?:such as|including|like)\\b`);
  const qualifiers = q.normals.filter(
    (w, i) => i > q.normals.indexOf('many') && i < at && q.pos[i] === 'NOUN' && w.length > 2,
  );
  const unqualified = qualifiers.find(
    (w) => !texts.some((x) => x.includes(w.slice(0, Math.max(4, w.length - 2)))),
  );
  if (unqualified || texts.some((x) => examples.test(x)))
    return notStated(
      unqualified
        ? `how many ${qualifiers.join(' ')} ${q.normals[at]} there were`
        : `how many there were; it names ${events.length === 1 ? 'one' : events.length} as ${events.length === 1 ? 'an example' : 'examples'}`,
      events[0] ? { text: events[0].summary, evidence: events[0].evidence } : undefined,
      store,
    );
  return stated(
    store,
    `${events.length}: ${listed}.`,
    events.map((e) => e.evidence),
    events.map((e) => e.id),
    0.7,
  );
}
