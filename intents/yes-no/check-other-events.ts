/**
 * "Was there any other meeting besides the <place> one?": the events of that kind the article reports, less
 * the ones set aside (named after "besides", or held in a place named there).
 */
import { cueWords } from '../../src/engine/cue-words.js';
import type { IntentReply, Knowledge } from '../../src/engine/intent.js';
import { exclusionAt, hasAny } from '../../src/engine/question-cues.js';
import { capitalize } from '../../src/engine/wording.js';
import type { ParsedQuestion } from '../../src/nlp/parse-question.js';
import { yes } from './verdicts.js';

export function checkOtherEvents(q: ParsedQuestion, kb: Knowledge): IntentReply | undefined {
  const { store, triggers } = kb;
  // ("there was another <X> meeting too?": with nothing set aside in words, the one the conversation is on, or
  // else the one the article reports first, is the one besides which others are asked for.)
  const besides = exclusionAt(q);
  const existential = q.normals.includes('there') && q.lemmas.includes('be');
  if ((besides < 0 && !existential) || !hasAny(q, 'other', 'another', 'else', 'more')) return undefined;
  const aside = besides >= 0 ? besides : q.normals.length;
  // The kind asked about: a word for events before the set-aside part ("meeting", "incidents").
  const kindAt = q.lemmas.findIndex((l, i) => i < aside && (triggers.get(l)?.length ?? 0) > 0);
  if (kindAt < 0 || cueWords().notEventNouns.has(q.lemmas[kindAt] ?? '')) return undefined;
  const ofKind = new Set(triggers.get(q.lemmas[kindAt] ?? '') ?? []);
  const first = (e: { evidence: readonly string[] }) =>
    Math.min(...store.cite(e.evidence).map((c) => c.sentence));
  const inView =
    q.mentions.find((m) => m.start < 0 && store.events.has(m.id))?.id ??
    [...store.facts.events].sort((a, b) => first(a) - first(b))[0]?.id;
  const setAside =
    besides >= 0 ? q.mentions.filter((m) => m.start > aside).map((m) => m.id) : inView ? [inView] : [];
  const others = store.facts.events.filter(
    (e) =>
      ofKind.has(e.id) &&
      !setAside.includes(e.id) &&
      !(e.place?.entity !== undefined && setAside.includes(e.place.entity)),
  );
  // (Nothing set aside that the article reports: the question names something else, left to the other checks.)
  if (others.length === ofKind.size) return undefined;
  // ("have there been more talks since this one": only those dated after the one set aside; before, "before".)
  const anchor = store.events.get(setAside[0] ?? '');
  const cues = cueWords();
  const order = q.normals.find(
    (w, i) => i > kindAt && (cues.timelineAfter.has(w) || cues.timelineBefore.has(w)),
  );
  const after = order === undefined ? undefined : cues.timelineAfter.has(order);
  if (anchor && after !== undefined) {
    const dated = others.filter(
      (e) =>
        e.date.precision !== 'unknown' &&
        anchor.date.precision !== 'unknown' &&
        (after ? e.date.start > anchor.date.end : e.date.end < anchor.date.start),
    );
    if (dated.length === 0)
      return {
        answered: false,
        text: `The article doesn't report any ${after ? 'after' : 'before'} ${anchor.name}.`,
        citations: store.cite(anchor.evidence),
        confidence: 0.9,
      };
    others.splice(0, others.length, ...dated);
  }
  const ids = others.map((e) => e.id);
  // (None left: the article names no other, which is not to say there was none.)
  if (others.length === 0)
    return { answered: false, text: "The article doesn't name any other.", citations: [], confidence: 0.9 };
  // (Worked out from the events reported, not read in one sentence: "other", "besides".)
  return {
    ...yes(
      others.map((e) => `${capitalize(e.summary)}.`).join(' '),
      others.map((e) => e.evidence),
      kb,
      ids,
    ),
    workedOut: q.normals,
  };
}
