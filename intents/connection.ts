/**
 * "what's the link between <person> and these talks", "how is <A> connected to <B>", "what does <A> have to do
 * with <B>": the chain of events the article ties between the two, each step cited. Steps are the causes and
 * sequences the store records, and events the article reports in one sentence; no chain, no answer.
 */
import type { Intent } from '../src/engine/intent.js';
import { MATCH } from '../src/engine/match-levels.js';
import { hasPhrase, linkNounAt } from '../src/engine/question-cues.js';
import { notStated, stated } from '../src/engine/replies.js';
import { capitalize } from '../src/engine/wording.js';
import type { FactStore } from '../src/facts/fact-store.js';
import type { Event } from '../src/facts/schema.js';
import type { ParsedQuestion } from '../src/nlp/parse-question.js';

/** The longest chain worth telling: four steps between the two ends. */
const MAX_STEPS = 4;

/** The things a question names, each as the events it stands for (a person, the events they took part in). */
function endsOf(q: ParsedQuestion, store: FactStore): { id: string; events: string[] }[] {
  const ends: { id: string; events: string[]; end: number; person: boolean }[] = [];
  for (const m of [...q.mentions].sort((a, b) => a.start - b.start)) {
    if (m.start < 0 || ends.some((e) => e.id === m.id)) continue;
    const person = store.entities.get(m.id)?.kind === 'person';
    // (A place stands for what happened there or to it: "<a place visited>'s connection to the talks".)
    const place = store.entities.get(m.id)?.kind === 'place';
    const events = store.events.has(m.id)
      ? [m.id]
      : person || place
        ? store.facts.events
            .filter(
              (e) => e.participants.some((p) => p.entity === m.id) || (place && e.place?.entity === m.id),
            )
            .map((e) => e.id)
        : [];
    // ("the <A> <B> thing": people named side by side are one end, the events they share.)
    const last = ends.at(-1);
    const shared =
      last?.person && person && m.start === last.end + 1 ? last.events.filter((e) => events.includes(e)) : [];
    if (last && shared.length > 0) {
      last.events = shared;
      last.end = m.end;
    } else if (events.length > 0) ends.push({ id: m.id, events, end: m.end, person });
  }
  return ends.map(({ id, events }) => ({ id, events }));
}

const LINK_VERBS = new Set(['connected', 'connect', 'related', 'relate', 'linked', 'link', 'tied', 'tie']);
/** Whether the question's word at i is a word for a link ("connection", "connected"). */
const linkWord = (q: ParsedQuestion, i: number): boolean =>
  linkNounAt(q, i) || LINK_VERBS.has(q.normals[i] ?? '');

/** Whether the question asks how two things are linked. */
const asksLink = (q: ParsedQuestion): boolean =>
  q.normals.some((_w, i) => linkWord(q, i)) ||
  hasPhrase(q, 'have to do with') ||
  hasPhrase(q, 'got to do with');

// Each store's two graphs, built once (a store's facts do not change).
const graphs = new WeakMap<
  FactStore,
  { strong: Map<string, Set<string>>; loose: Map<string, Set<string>> }
>();
function graphsOf(store: FactStore) {
  let found = graphs.get(store);
  if (!found) {
    found = { strong: neighbours(store, false), loose: neighbours(store) };
    graphs.set(store, found);
  }
  return found;
}

/** Events tied by a cause or sequence the store records. */
const strongTies = (store: FactStore) => graphsOf(store).strong;

/** Events tied to each other: a cause or sequence the store records, or (loosely) one sentence reporting both. */
function neighbours(store: FactStore, loosely = true): Map<string, Set<string>> {
  const next = new Map<string, Set<string>>();
  const tie = (a: string, b: string) => {
    if (a === b || !store.events.has(a) || !store.events.has(b)) return;
    for (const [x, y] of [
      [a, b],
      [b, a],
    ] as const)
      next.set(x, new Set([...(next.get(x) ?? []), y]));
  };
  for (const r of store.facts.relations) if (r.type !== 'counterpart') tie(r.from, r.to);
  for (const e of store.facts.events) {
    if (e.cause) tie(e.id, e.cause.event);
    if (e.follows) tie(e.id, e.follows.event);
  }
  if (!loosely) return next;
  const sentences = new Map(
    store.facts.events.map((e) => [e.id, store.cite(e.evidence).map((c) => c.sentence)]),
  );
  for (const a of store.facts.events)
    for (const b of store.facts.events)
      if (a.id < b.id && sentences.get(a.id)?.some((n) => sentences.get(b.id)?.includes(n))) tie(a.id, b.id);
  return next;
}

/** The shortest chain of events from one set to the other, ends included, or undefined. */
function chain(store: FactStore, from: readonly string[], to: readonly string[]): Event[] | undefined {
  const next = graphsOf(store).loose;
  const back = new Map<string, string | undefined>(from.map((id) => [id, undefined]));
  let frontier = [...from];
  for (let step = 0; step <= MAX_STEPS && frontier.length > 0; step++) {
    const reached = frontier.find((id) => to.includes(id));
    if (reached) {
      const path: Event[] = [];
      for (let at: string | undefined = reached; at; at = back.get(at)) {
        const event = store.events.get(at);
        if (event) path.unshift(event);
      }
      return path;
    }
    const following: string[] = [];
    for (const id of frontier)
      for (const n of next.get(id) ?? [])
        if (!back.has(n)) {
          back.set(n, id);
          following.push(n);
        }
    frontier = following;
  }
  return undefined;
}

export const connection: Intent = {
  id: 'connection',
  draftSafe: false,
  description: 'How two things the article names are linked: the chain of events between them.',
  examples: [],
  counterExamples: ['How are relations between the two countries?'],
  match(q, { store }) {
    if (q.yesNo || !asksLink(q)) return 0;
    const ends = endsOf(q, store);
    // (Two people are linked by what they did together, another question: an event must be one end.)
    const eventNamed = ends.some((e) => store.events.has(e.id));
    return ends.length === 2 && eventNamed ? MATCH.veryStrong : 0;
  },
  answer(q, { store }) {
    const [a, b] = endsOf(q, store);
    if (!a || !b) return undefined;
    const path = chain(store, a.events, b.events);
    const names = `${store.nameOf(a.id)} and ${store.nameOf(b.id)}`;
    if (!path || path.length < 2) return notStated(`how ${names} are connected`);
    // Events the chain's sentences report that a cause or sequence ties to it fill in the steps a shared
    // sentence skipped ("<A> visited; <B> severed ties in response; <C> agreed to restart them").
    const strong = strongTies(store);
    const cited = new Set(store.cite(...path.map((e) => e.evidence)).map((c) => c.sentence));
    const extra = store.facts.events.filter(
      (e) =>
        !path.includes(e) &&
        store.cite(e.evidence).some((c) => cited.has(c.sentence)) &&
        path.some((p) => strong.get(p.id)?.has(e.id)),
    );
    const dated = [...path, ...extra].sort((x, y) =>
      x.cause?.event === y.id ? 1 : y.cause?.event === x.id ? -1 : x.date.start.localeCompare(y.date.start),
    );
    return {
      ...stated(
        store,
        `The article ties them through these events: ${dated.map((e) => capitalize(e.summary)).join('; ')}.`,
        dated.map((e) => e.evidence),
        dated.map((e) => e.id),
        0.8,
      ),
      // (The link is worked out from the chain; no sentence says "connected".)
      workedOut: q.normals.filter((_w, i) => linkWord(q, i)),
    };
  },
};
