/**
 * Turns the causes found in sentences into facts: the store's `causes`, and, when both sides are events
 * ingestion dated, the effect event's `cause` or `follows` with a matching relation, as a curated store has.
 */
import type { Cause, Event, Facts, Relation } from '../facts/schema.js';
import { AUTO, slug } from './drafted.js';
import type { FoundCause, TextSpan } from './find-causes.js';
import type { FoundDate } from './find-dates.js';
import type { TokenSentence } from './sentence-tokens.js';

/** One sentence's causes, with its dates (to find the events whose dates sit inside a side). */
export interface SentenceCauses {
  ts: TokenSentence;
  causes: readonly FoundCause[];
  dates: readonly FoundDate[];
}

const POINTS_BACK = /^(this|that)\s+[a-z-]+$/i;
// "That stoppage" inside a sentence: lower-case a leading determiner, never a name.
const inSentence = (s: string) =>
  s.replace(/^(The|A|An|That|This|These|Those|Its|His|Her|Their|Our)\b/, (w) => w.toLowerCase());

/**
 * Adds the found causes to a drafted store. Deterministic; leaves a cause or follows a person set alone.
 * @example addCauses(facts, [{ ts, causes: findCauses(ts, gazetteer, dates), dates }]).causes
 */
export function addCauses(facts: Facts, found: readonly SentenceCauses[]): Facts {
  const events = facts.events.map((e) => ({ ...e }));
  const relations: Relation[] = [...facts.relations];
  const causes: Cause[] = [];
  found.forEach(({ ts, causes: list, dates }, n) => {
    const sentence = ts.sentence.text;
    const previous = found[n - 1]?.ts.sentence.text;
    // Events dated in this sentence, with where their date is written in it.
    const placed = events.flatMap((event) => {
      const date = dates.find((d) => d.spec.text === event.date.text && d.spec.start === event.date.start);
      return event.evidence[0] === sentence && date ? [{ event, date }] : [];
    });
    // A side holding a date is that date's event; "This engagement", "That stoppage" point back to the
    // last event of the sentence before.
    const eventIn = (span: TextSpan): Event | undefined =>
      placed.find(({ date }) => date.start >= span.start && date.end <= span.end)?.event ??
      (POINTS_BACK.test(span.text) ? events.filter((e) => e.evidence[0] === previous).at(-1) : undefined);
    for (const c of list) {
      const effectEvent = eventIn(c.effect);
      const causeEvent = eventIn(c.cause);
      causes.push({
        id: `cause:${slug(c.connective)}-${causes.length + 1}`,
        effect: { text: c.effect.text, ...(effectEvent ? { event: effectEvent.id } : {}) },
        cause: { text: c.cause.text, ...(causeEvent ? { event: causeEvent.id } : {}) },
        connective: c.connective,
        kind: c.kind,
        evidence: [sentence],
        provenance: AUTO,
      });
      // A purpose is what an act was for, and a blame someone's claim: neither is an event's cause.
      const linked = c.role !== 'purpose' && c.role !== 'blame';
      if (!effectEvent || !causeEvent || effectEvent === causeEvent || !linked) continue;
      const connective = c.connective.toLowerCase();
      // In the article's order: "<effect> in response to <cause>", "<cause> prompted <effect>".
      const text =
        c.role === 'result'
          ? `${c.cause.text} ${connective} ${inSentence(c.effect.text)}`
          : `${c.effect.text} ${connective} ${inSentence(c.cause.text)}`;
      if (c.kind === 'sequence') effectEvent.follows ??= { event: causeEvent.id, text, evidence: [sentence] };
      // Read as "<the event> came <this>": "in response to <the cause>", "as a result of <the cause>".
      const how = c.role === 'result' ? 'as a result of' : connective;
      if (c.kind === 'cause')
        effectEvent.cause ??= { event: causeEvent.id, text: `${how} ${inSentence(c.cause.text)}` };
      const type = c.kind === 'sequence' ? 'followed' : 'caused';
      relations.push({ type, from: causeEvent.id, to: effectEvent.id, text, evidence: [sentence] });
    }
  });
  return { ...facts, events, relations, causes };
}
