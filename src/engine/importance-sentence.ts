/**
 * "why do <X> matter", "why is <X> important": the article's sentence that calls something about <X> crucial,
 * vital or needed to some end ("... is considered crucial ... to prevent <Y>"), sharing a content word with the
 * question, other than a word for an event. Undefined when the question asks no importance or no sentence both
 * weighs and shares.
 */
import type { FactStore } from '../facts/fact-store.js';
import type { ParsedQuestion } from '../nlp/parse-question.js';
import { cueWords } from './cue-words.js';

/** An importance word, then its end: "to <verb>" a few words on ("crucial by <officials> to prevent"). */
const PURPOSE = /\bto\s+[a-z]{3,}/;

export function importanceSentences(
  q: ParsedQuestion,
  store: FactStore,
  triggers: ReadonlyMap<string, readonly string[]>,
): string[] | undefined {
  const weighing = cueWords().importanceWords;
  // (Not "key" or "need", words of other sense in a question: "key points", "need to know".)
  const asked = q.normals.some(
    (w, i) =>
      weighing.has(w) &&
      w !== 'key' &&
      w !== 'need' &&
      // ("why do <X> matter": the verb, which wink may tag a noun at the end.)
      (w !== 'matter' || q.pos[i] === 'VERB' || q.pos.slice(i + 1).every((p) => p === 'PUNCT')),
  );
  if (!asked || q.wh !== 'why') return undefined;
  const stem = (w: string) => w.slice(0, 5);
  const content = new Set(
    q.normals
      .filter(
        (w, i) =>
          w.length > 2 &&
          // (Things, not acts: "considered", "get" share nothing of what is weighed.)
          /^(?:NOUN|PROPN|ADJ)$/.test(q.pos[i] ?? '') &&
          !cueWords().regardVerbs.has(q.lemmas[i] ?? '') &&
          !weighing.has(w) &&
          !weighing.has(q.lemmas[i] ?? '') &&
          // (A word for an event, "the talks", asks its significance, which the event's facts give.)
          !triggers.has(q.lemmas[i] ?? '') &&
          !triggers.has(w),
      )
      .map(stem),
  );
  if (content.size === 0) return undefined;
  // (Each thing the question names, other than the two sides of the article's relationship, must be in the
  // sentence: "why is <a place> a big deal" asks of the place, not of whatever else is weighed.)
  const parties = store.facts.relationship?.parties ?? [];
  const names = q.mentions
    .filter((m) => m.start >= 0 && !parties.includes(m.id))
    .map((m) => store.entities.get(m.id))
    .flatMap((e) => (e ? [[e.name, ...e.aliases].map((n) => n.toLowerCase())] : []));
  let best: string[] = [];
  let most = 0;
  for (const s of store.sentences) {
    const lower = s.text.toLowerCase();
    const words = lower.split(/[^\p{L}\p{N}]+/u);
    // (Not "significant": an event's significance is its own fact, "a significant step in the effort to <X>".)
    const at = words.findIndex((w) => weighing.has(w) && !cueWords().significanceWords.has(w));
    if (at < 0 || !PURPOSE.test(words.slice(at).join(' '))) continue;
    if (!names.every((forms) => forms.some((n) => lower.includes(n)))) continue;
    const stems = new Set(words.filter((w) => w.length > 2).map(stem));
    const shared = [...content].filter((c) => stems.has(c)).length;
    if (shared > most) {
      most = shared;
      best = [s.text];
    } else if (shared === most && shared > 0) best.push(s.text);
  }
  return most > 0 && best.length <= 2 ? best : undefined;
}
