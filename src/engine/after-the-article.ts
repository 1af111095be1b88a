/**
 * A question about a time after the article that none of its events falls in ("... now in <a later year>",
 * "what will happen next year"): the article cannot say. A claim about one of its events ("the talks ended
 * on <a later day>?") is checked instead, so a question naming an event is left to the intents, unless it asks
 * whether the event still goes on then ("are the talks still going in <a later year>").
 */

import type { FactStore } from '../facts/fact-store.js';
import type { ParsedQuestion } from '../nlp/parse-question.js';
import type { DateRange } from '../nlp/resolve-date.js';
import { overlaps } from '../nlp/resolve-date.js';
import { isDoneWord } from './check-progress.js';
import { cueWords } from './cue-words.js';

/** The later time asked about, or undefined. */
export function timeAfterArticle(
  q: ParsedQuestion,
  store: FactStore,
  triggers: ReadonlyMap<string, readonly string[]>,
): DateRange | undefined {
  // (An event named, or an act its verb names; a noun such as "ties" names a state, not an event.)
  const namesEvent =
    q.mentions.some((m) => store.events.has(m.id)) ||
    // (Not a verb of being done, "fixed", which says how things stand.)
    q.lemmas.some((l, i) => q.pos[i] === 'VERB' && triggers.has(l) && !isDoneWord(q.normals[i] ?? ''));
  const reference = store.meta.referenceDate.date;
  const continuing = q.normals.some((w) => cueWords().continuingWords.has(w));
  if (continuing) {
    const later = q.dates.find((d) => d.start > reference);
    if (later) return later;
  }
  if (namesEvent) return undefined;
  // ("<A> are saying it will work by next month, right?": what someone said of a later time, which their words
  // in the article may settle.)
  const saidBy =
    q.lemmas.some((l, i) => q.pos[i] === 'VERB' && cueWords().claimSayingVerbs.has(l)) &&
    q.mentions.some((m) => store.facts.statements.some((s) => s.holder === m.id));
  if (saidBy) return undefined;
  // ("<a place> votes next month?": a noun for an event the article itself puts after its date is a claim
  // about that event's date, checked by the intents.)
  const ahead = q.lemmas.some(
    (l, i) =>
      q.pos[i] === 'NOUN' &&
      (triggers.get(l) ?? []).some((id) => (store.events.get(id)?.date.start ?? '') > reference),
  );
  if (ahead) return undefined;
  return q.dates.find(
    (d) =>
      d.start > reference &&
      !store.facts.events.some((e) => e.date.precision !== 'unknown' && overlaps(e.date, d)),
  );
}
