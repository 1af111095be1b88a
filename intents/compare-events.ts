/**
 * "What's the difference between <A> and <B>?", "how was <A> different from <B>", "compare the two meetings":
 * two events the article reports, each with when, where (or that it was held virtually) and who took part, as
 * the facts give them. The reply compares nothing the facts do not hold.
 */
import { cueWords } from '../src/engine/cue-words.js';
import { rankEvents } from '../src/engine/event-ranking.js';
import type { Intent, Knowledge } from '../src/engine/intent.js';
import { MATCH } from '../src/engine/match-levels.js';
import { eventPeople, fullName } from '../src/engine/parties.js';
import { capitalize, joinNames } from '../src/engine/wording.js';
import type { Event } from '../src/facts/schema.js';
import type { ParsedQuestion } from '../src/nlp/parse-question.js';

const asksDifference = (q: ParsedQuestion) =>
  q.lemmas.some(
    (l, i) => cueWords().differenceWords.has(l) || cueWords().differenceWords.has(q.normals[i] ?? ''),
  );

/** The two events compared: the two the question names, or "the two <word for them>" when two are so called. */
function twoEvents(q: ParsedQuestion, kb: Knowledge): [Event, Event] | undefined {
  const named = [...new Set(q.mentions.filter((m) => kb.store.events.has(m.id)).map((m) => m.id))].flatMap(
    (id) => kb.store.events.get(id) ?? [],
  );
  if (named.length === 2) return named as [Event, Event];
  if (named.length > 2) return undefined;
  // ("the <A> meeting ... the <B> one": an event told by one who took part in it, a word for an event after the name.)
  const eventWord = (w: string) => cueWords().oneEventNouns.has(w) || (kb.triggers.get(w) ?? []).length > 0;
  const byPerson = q.mentions
    .filter((m) => kb.store.entities.get(m.id)?.kind === 'person' && eventWord(q.lemmas[m.end + 1] ?? ''))
    .map((m) => kb.store.facts.events.filter((e) => e.participants.some((p) => p.entity === m.id)));
  const told = [...new Set([...named, ...byPerson.flatMap((events) => (events.length === 1 ? events : []))])];
  const [one, two] = told;
  if (one && two && told.length === 2 && byPerson.every((events) => events.length === 1)) return [one, two];
  // ("the <A> <B> meeting": an event told by who took part, ranked from the question's words.)
  // (Only beside one named: two ranked alone may be any two the question's words touch.)
  const ranked =
    named.length === 1
      ? rankEvents(q, kb.store, kb.triggers)
          .filter((r) => r.score >= 2 && !named.includes(r.event))
          .map((r) => r.event)
      : [];
  // (Or by the question's nouns, each a word for one event once the others are taken: "the talks and the visit"
  // of talks and a visit that arranged talks.)
  const chosen = [...named, ...ranked].map((e) => e.id);
  const evoked = q.lemmas.flatMap((l, i) =>
    q.pos[i] === 'NOUN' && !q.mentions.some((m) => m.start <= i && i <= m.end)
      ? [(kb.triggers.get(l) ?? []).filter((id) => kb.store.events.has(id))]
      : [],
  );
  for (let pass = 0; pass < 2; pass++)
    for (const ids of evoked) {
      const left = ids.filter((id) => !chosen.includes(id));
      if (left.length === 1 && left[0] && ids.length - left.length < ids.length) chosen.push(left[0]);
    }
  const events = [...new Set(chosen)].flatMap((id) => kb.store.events.get(id) ?? []);
  const [first, second] = events;
  if (first && second && events.length === 2) return [first, second];
  // ("the two meetings", "both meetings": the events the noun after the count is a word for, if just two.)
  const at = q.normals.findIndex((w) => w === 'two' || w === 'both' || w === '2');
  const noun = q.lemmas[at + 1];
  const called = noun ? kb.store.facts.events.filter((e) => kb.triggers.get(noun)?.includes(e.id)) : [];
  return at >= 0 && called.length === 2 ? (called as [Event, Event]) : undefined;
}

/** One event as the facts give it: its name, date, place or manner, and who took part. */
function described(kb: Knowledge, e: Event): string {
  const where = e.place?.virtual ? 'held virtually' : e.place?.text ? `in ${e.place.text}` : undefined;
  const people = eventPeople(kb.store, e).filter((p) => p.kind === 'person');
  const who = people.length > 0 ? `with ${joinNames(people.map(fullName))}` : undefined;
  return `${capitalize(e.name)}: ${[e.date.resolved, where, who].filter(Boolean).join(', ')}`;
}

export const compareEvents: Intent = {
  id: 'compare-events',
  draftSafe: true,
  description:
    'How two events the article reports differ: when, where or how they were held, and who took part.',
  examples: [
    'what is the difference between the talks and the virtual meeting',
    'how was the virtual meeting different from the talks',
    'compare the two meetings',
    'what are the differences between the two meetings',
  ],
  counterExamples: ['what happened between the virtual meeting and the talks', 'which came first'],
  match(q, kb) {
    // (Above the timeline's "between <A> and <B>": the difference is asked, not what came between.)
    // ("when is <A> compared to <B>" asks a date; "was <A> different from <B>" is a claim.)
    const how = q.wh === undefined ? !q.yesNo : q.wh === 'what' || q.wh === 'how';
    return how && asksDifference(q) && twoEvents(q, kb) ? MATCH.veryStrong : 0;
  },
  answer(q, kb) {
    const pair = twoEvents(q, kb);
    if (!pair) return undefined;
    // (In the order they happened.)
    const [a, b] = [...pair].sort((x, y) => x.date.start.localeCompare(y.date.start));
    if (!a || !b) return undefined;
    return {
      answered: true,
      text: `${described(kb, a)}. ${described(kb, b)}.`,
      citations: kb.store.cite(a.evidence, b.evidence),
      confidence: 0.8,
      focus: [a.id, b.id],
    };
  },
};
