/**
 * "the virtual talks", "the zoom meeting": a word for an event that the article uses for one held in a place,
 * described as held at a distance, stands for the one event the article reports as virtual.
 */
import type { FactStore } from '../facts/fact-store.js';
import type { ParsedQuestion } from '../nlp/parse-question.js';
import { cueWords } from './cue-words.js';

/** Puts the article's one virtual event in place of an in-person event so described (in place, in `q`). */
export function resolveRemoteDescribed(q: ParsedQuestion, store: FactStore): void {
  const at = q.mentions.findIndex((m) => {
    const place = store.events.get(m.id)?.place;
    return m.start > 0 && cueWords().remoteWords.has(q.normals[m.start - 1] ?? '') && place && !place.virtual;
  });
  const mention = q.mentions[at];
  if (!mention) return;
  const virtual = store.facts.events.filter((e) => e.place?.virtual);
  const [only] = virtual;
  if (virtual.length === 1 && only) q.mentions.splice(at, 1, { ...mention, id: only.id });
  else q.mentions.splice(at, 1);
}
