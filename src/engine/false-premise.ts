/**
 * A wh-question that puts an event somewhere else than the article does ("why did <person> travel to <another
 * city> for the talks?"): the answer corrects the premise instead of answering around it.
 */
import type { FactStore } from '../facts/fact-store.js';
import type { ParsedQuestion } from '../nlp/parse-question.js';
import type { IntentReply } from './intent.js';
import { sameParty } from './parties.js';
import { stated } from './replies.js';
import { capitalize } from './wording.js';

/** Words of going somewhere, which wink may tag as nouns ("did <person> travel to"). */
const MOTION = new Set([
  'travel',
  'fly',
  'go',
  'come',
  'head',
  'journey',
  'trip',
  'visit',
  'move',
  'return',
  'sail',
]);
/** "in <X>", "at <X>", or "<verb> to <X>" ("travel to", "fly to"): where the question puts something. */
const putsThere = (q: ParsedQuestion, start: number) =>
  ['in', 'at'].includes(q.normals[start - 1] ?? '') ||
  (q.normals[start - 1] === 'to' && (q.pos[start - 2] === 'VERB' || MOTION.has(q.lemmas[start - 2] ?? '')));

/** The correction, when an event the answer is about took place elsewhere than the question says. */
export function correctPlace(
  q: ParsedQuestion,
  store: FactStore,
  focus: readonly string[],
): IntentReply | undefined {
  // "after", "later": a later trip is another matter, which the article may not report.
  if (q.wh === undefined || q.wh === 'where' || q.words.has('after') || q.words.has('later'))
    return undefined;
  const event = focus.flatMap((id) => store.events.get(id) ?? []).find((e) => e.place && !e.place.virtual);
  const place = event?.place?.entity;
  if (!event?.place || !place) return undefined;
  const named = q.mentions.find((m) => {
    const kind = store.entities.get(m.id)?.kind;
    return (
      (kind === 'place' || kind === 'country') && putsThere(q, m.start) && !sameParty(store, m.id, place)
    );
  });
  const claimed = named
    ? store.entities.get(named.id)?.name
    : q.otherPlaces.find((p) => putsThere(q, p.start))?.name;
  if (!claimed) return undefined;
  return stated(
    store,
    `${capitalize(event.name)} took place in ${event.place.text}, not ${claimed}: ${event.summary}.`,
    [event.evidence],
    [event.id],
    0.85,
  );
}
