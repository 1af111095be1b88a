/**
 * "Did <A> happen before <B>?", "<A> came after <B> right?": the order of two dated events, checked against
 * their dates. Nothing is said when either date is unknown or the two overlap.
 */

import { cueWords } from '../../src/engine/cue-words.js';
import type { IntentReply, Knowledge } from '../../src/engine/intent.js';
import { memberTakesPart, sameParty } from '../../src/engine/parties.js';
import { thingReferenceAt } from '../../src/engine/question-cues.js';

export { offersOrderChoice } from '../../src/engine/question-cues.js';

import { notStated } from '../../src/engine/replies.js';
import { capitalize } from '../../src/engine/wording.js';
import type { Event } from '../../src/facts/schema.js';
import type { ParsedQuestion } from '../../src/nlp/parse-question.js';
import { answerElapsed } from '../quantity/elapsed.js';
import { no, yes } from './verdicts.js';

const BEFORE = /^(before|earlier|prior|preceded)$/;
const AFTER = /^(after|later|following|followed)$/;

/** The events named in a stretch of the question: by name, or by a noun only one event answers to. */
function eventsIn(q: ParsedQuestion, kb: Knowledge, from: number, to: number): Event[] {
  // ("did it happen after <B>?": "it", the conversation's event, is in the stretch where the pronoun is.)
  // ("did they meet after <B>?": "they" as the subject, the ones of that event.)
  const pronounAt = thingReferenceAt(q);
  const referred = (m: ParsedQuestion['mentions'][number]) =>
    m.start < 0 && m.via === 'pronoun' && pronounAt >= from && pronounAt < to;
  const ids = new Set(
    q.mentions
      .filter((m) => ((m.start >= from && m.start < to) || referred(m)) && kb.store.events.has(m.id))
      .map((m) => m.id),
  );
  // ("the <body> meeting", "the <A> <B> meeting": a word for several events, told apart by who took part.)
  const named = q.mentions.filter(
    (m) => m.start >= from && m.start < to && !kb.store.events.has(m.id) && kb.store.entities.has(m.id),
  );
  for (let i = from; i < to; i++) {
    const evoked = kb.triggers.get(q.lemmas[i] ?? '') ?? [];
    const inName = q.mentions.some((m) => m.start <= i && i <= m.end);
    const theirs =
      evoked.length > 1 && named.length > 0
        ? evoked.filter((id) => {
            const event = kb.store.events.get(id);
            return (
              event !== undefined &&
              named.every(
                (m) =>
                  event.participants.some((p) => sameParty(kb.store, p.entity, m.id)) ||
                  memberTakesPart(kb.store, event, m.id),
              )
            );
          })
        : evoked;
    if (!inName && theirs.length === 1 && theirs[0]) ids.add(theirs[0]);
  }
  return [...ids].flatMap((id) => kb.store.events.get(id) ?? []);
}

/** Whether the article links <later> to <earlier> as its cause or as what it followed. */
const linked = (kb: Knowledge, earlier: Event, later: Event) =>
  kb.store.facts.relations.find(
    (r) => (r.type === 'caused' || r.type === 'followed') && r.from === earlier.id && r.to === later.id,
  );

/**
 * Where "was <A> over when <B> ended", "had <A> voted by the time <B> ended" turns to the other event: "when"
 * or "by the time" after a word claiming <A> done by then. A claim that <A> came first; -1 when there is none.
 */
export function doneByCue(q: ParsedQuestion): number {
  const { doneByWords } = cueWords().lists;
  const at = q.normals.findIndex(
    (w, i) =>
      i > 0 && (w === 'when' || (w === 'by' && q.normals[i + 1] === 'the' && q.normals[i + 2] === 'time')),
  );
  return at > 0 && q.normals.slice(0, at).some((w) => doneByWords.includes(w)) ? at : -1;
}

export function checkOrder(q: ParsedQuestion, kb: Knowledge): IntentReply | undefined {
  const byThen = doneByCue(q);
  const cue = byThen >= 0 ? byThen : q.normals.findIndex((w) => BEFORE.test(w) || AFTER.test(w));
  if (cue < 0) return undefined;
  // "Did <A> happen before or after <B>?" asks which, not whether.
  const either =
    byThen < 0 &&
    q.normals[cue + 1] === 'or' &&
    (BEFORE.test(q.normals[cue + 2] ?? '') || AFTER.test(q.normals[cue + 2] ?? ''));
  const secondFrom = byThen >= 0 ? cue + (q.normals[cue] === 'by' ? 3 : 1) : either ? cue + 3 : cue + 1;
  const [first] = eventsIn(q, kb, 0, cue);
  const [second] = eventsIn(q, kb, secondFrom, q.normals.length);
  if (!first || !second || first.id === second.id) return undefined;
  // "Did <A> cut off the talks after ...?" claims an act, not the order of the talks: each verb before the
  // cue must be about the first event (or say only that it happened).
  // (wink may tag the act as a noun: "did <A> freeze talks after ...": a word for another event is an act.)
  const inName = (i: number) => q.mentions.some((m) => m.start <= i && i <= m.end);
  const acts = q.lemmas
    .slice(0, cue)
    .filter(
      (l, i) =>
        !kb.triggers.get(l)?.includes(first.id) &&
        ((q.pos[i] === 'VERB' && !cueWords().genericOrderVerbs.has(l)) ||
          (!inName(i) && !cueWords().genericOrderVerbs.has(l) && (kb.triggers.get(l)?.length ?? 0) > 0)),
    );
  if (acts.length > 0) return undefined;
  // And whoever it names must take part in it: "did <A> call <B> after ...?" is not about another call.
  const outsiders = q.mentions.filter(
    (m) =>
      m.start < cue &&
      kb.store.entities.get(m.id)?.kind === 'person' &&
      !first.participants.some((p) => p.entity === m.id),
  );
  if (outsiders.length > 0) return undefined;
  // The claim: "<first> <before|after> <second>".
  const claimedBefore = byThen >= 0 || BEFORE.test(q.normals[cue] ?? '');
  // An event the article gives no date: only a link it states between the two settles the order
  // ("did <A> cut off dialogue after <B>?" of a cut-off it says came in response to <C>).
  if (first.date.precision === 'unknown' || second.date.precision === 'unknown') {
    // (Whoever the claim says did it must have: "it was <another country> that cut off ..." is another check.)
    // (A capital for its government too, as the doer: "cut by <a capital>", "did <a capital> cut ...".)
    const governing = (m: ParsedQuestion['mentions'][number]) =>
      kb.store.entities.get(m.id)?.standsFor !== undefined &&
      (q.normals[m.start - 1] === 'by' || q.pos[m.start - 1] === 'AUX' || m.start === 0);
    const doers = q.mentions.filter(
      (m) =>
        m.start >= 0 &&
        m.start < cue &&
        (['country', 'person', 'group', 'organization'].includes(kb.store.entities.get(m.id)?.kind ?? '') ||
          governing(m)),
    );
    const plays = (id: string) => first.participants.some((p) => sameParty(kb.store, p.entity, id));
    if (doers.some((m) => !plays(m.id))) return undefined;
    // ("was <A> before or after <B>": which, from a link the article states either way.)
    if (either) {
      const ahead = linked(kb, first, second);
      const stated = ahead ?? linked(kb, second, first);
      if (!stated) return undefined;
      return {
        ...yes(`${capitalize(stated.text)}.`, [stated.evidence], kb, [first.id, second.id]),
        text: `${ahead ? 'Before' : 'After'}: ${capitalize(stated.text)}.`,
        verdict: undefined,
      };
    }
    const [earlier, later] = claimedBefore ? [first, second] : [second, first];
    const link = linked(kb, earlier, later);
    if (link) return yes(`${capitalize(link.text)}.`, [link.evidence], kb, [first.id, second.id]);
    // (The link the other way round rules the claim out: "did <A> cut off talks before <B>?" of a cut-off
    // made in response to <B>.)
    const against = linked(kb, later, earlier);
    if (against) return no(`${capitalize(against.text)}.`, [against.evidence], kb, [first.id, second.id]);
    const own = kb.store.facts.relations.find(
      (r) => (r.type === 'caused' || r.type === 'followed') && r.to === first.id,
    );
    return notStated(
      `whether ${first.name} came ${claimedBefore ? 'before' : 'after'} ${second.name}`,
      own ? { text: own.text, evidence: own.evidence } : { text: first.summary, evidence: first.evidence },
      kb.store,
    );
  }
  // ("did <A> end 2 days before <B>?": a gap is claimed with the order; the gap worked out from the dates
  // answers both, or nothing is said. Never a "Yes." on the order alone.)
  const gapClaimed = q.normals.some(
    (w, i) =>
      i < cue &&
      i >= cue - 3 &&
      /^(?:days?|weeks?|months?|years?)$/.test(w) &&
      (q.pos[i - 1] === 'NUM' || /^(?:a|an|few|couple|several|\d+)$/.test(q.normals[i - 1] ?? '')),
  );
  if (gapClaimed)
    return (
      answerElapsed(q, kb) ??
      notStated(
        `the time between ${first.name} and ${second.name}`,
        { text: first.summary, evidence: first.evidence },
        kb.store,
      )
    );
  const firstEarlier = first.date.end < second.date.start;
  const firstLater = first.date.start > second.date.end;
  if (!firstEarlier && !firstLater) return undefined;
  const said = `${capitalize(first.name)}: ${first.date.resolved}; ${second.name}: ${second.date.resolved}.`;
  if (either)
    return {
      answered: true,
      text: `${firstEarlier ? 'Before' : 'After'}. ${said}`,
      citations: kb.store.cite(first.evidence, second.evidence),
      confidence: 0.85,
      focus: [first.id, second.id],
    };
  const verdict = claimedBefore === firstEarlier ? yes : no;
  return verdict(said, [first.evidence, second.evidence], kb, [first.id, second.id]);
}
