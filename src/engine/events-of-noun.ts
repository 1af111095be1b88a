/** The events a noun of a question names: what "how many <noun>" counts and "which <noun> are mentioned" lists. */
import type { Event } from '../facts/schema.js';
import type { ParsedQuestion } from '../nlp/parse-question.js';
import { cueWords } from './cue-words.js';
import { escapeRegExp } from './escape-reg-exp.js';
import type { Knowledge } from './intent.js';
import { sameParty, sideOf } from './parties.js';
import { loadWordNet } from './word-tables.js';

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
