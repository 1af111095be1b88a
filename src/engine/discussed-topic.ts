/**
 * "who brought up <a topic>", "who mentioned <it>": the event whose topics hold the question's words. The
 * article says what was gone into at an event, and by whom when it names someone; not who raised it first.
 */
import type { FactStore } from '../facts/fact-store.js';
import type { Event } from '../facts/schema.js';
import type { ParsedQuestion } from '../nlp/parse-question.js';
import { cueWords } from './cue-words.js';
import { hasPhrase } from './question-cues.js';

export interface DiscussedTopic {
  event: Event;
  topic: NonNullable<Event['topics']>[number];
}

/** Content words of a topic's text: four letters or more. */
const wordsOf = (text: string): string[] => text.toLowerCase().match(/\p{L}{4,}/gu) ?? [];

/** Where the question's verb of discussing ends ("discussed", "brought it up"), or -1. */
export function discussionAt(q: ParsedQuestion): number {
  const { discussWords, mentioningVerbs, lists } = cueWords();
  const at = q.lemmas.findIndex(
    (l, i) => discussWords.has(l) || discussWords.has(q.normals[i] ?? '') || mentioningVerbs.has(l),
  );
  if (at >= 0) return at;
  const phrase = lists.discussPhrases.find((p) => hasPhrase(q, p));
  if (!phrase) return -1;
  const last = phrase.split(' ').at(-1) ?? '';
  return q.normals.indexOf(last);
}

export function discussedTopic(q: ParsedQuestion, store: FactStore): DiscussedTopic | undefined {
  if (discussionAt(q) < 0) return undefined;
  const asked = new Set(q.normals.filter((w) => w.length >= 4));
  let best: (DiscussedTopic & { hits: number }) | undefined;
  for (const event of store.facts.events)
    for (const topic of event.topics ?? []) {
      const words = wordsOf(topic.text);
      const hits = words.filter((w) => asked.has(w)).length;
      // (Two of its words, or all of a short one: "defense relations", not "open" alone.)
      if ((hits >= 2 || (hits === words.length && hits > 0)) && hits > (best?.hits ?? 0))
        best = { event, topic, hits };
    }
  return best ? { event: best.event, topic: best.topic } : undefined;
}
