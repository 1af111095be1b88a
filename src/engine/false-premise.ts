/**
 * A wh-question that puts an event somewhere else than the article does ("why did <person> travel to <another
 * city> for the talks?"): the answer corrects the premise instead of answering around it.
 */
import type { FactStore } from '../facts/fact-store.js';
import type { ParsedQuestion } from '../nlp/parse-question.js';
import { cueWords } from './cue-words.js';
import { escapeRegExp } from './escape-reg-exp.js';
import type { IntentReply } from './intent.js';
import { eventPeople, fullName, sameParty } from './parties.js';
import { notStated, stated } from './replies.js';
import { capitalize, joinNames } from './wording.js';

/**
 * "in <X>", "at <X>", or a verb of going "to <X>" ("travel to", "fly to"): where the question puts something;
 * not "respond to <X> cutting the talks", where <X> is who acted, nor "in <X>'s army", whose army it is.
 */
const putsThere = (q: ParsedQuestion, start: number, end: number) =>
  q.normals[end + 1] !== "'s" &&
  (['in', 'at'].includes(q.normals[start - 1] ?? '') ||
    (q.normals[start - 1] === 'to' && cueWords().motionWords.has(q.lemmas[start - 2] ?? '')));

/** The virtual meeting the answer is about, or the one meeting of the person it is about, if virtual. */
function virtualMeeting(store: FactStore, focus: readonly string[]) {
  const people = focus.filter((id) => store.entities.get(id)?.kind === 'person');
  const theirs = store.facts.events.filter((e) => e.participants.some((p) => people.includes(p.entity)));
  return [...focus.flatMap((id) => store.events.get(id) ?? []), ...(theirs.length === 1 ? theirs : [])].find(
    (e) => e.place?.virtual,
  );
}

/** The correction, when an event the answer is about took place elsewhere than the question says. */
export function correctPlace(
  q: ParsedQuestion,
  store: FactStore,
  focus: readonly string[],
): IntentReply | undefined {
  // "after", "later": a later trip is another matter, which the article may not report.
  if (q.wh === undefined || q.wh === 'where' || q.words.has('after') || q.words.has('later'))
    return undefined;
  // ("why did <A> fly to <B> to meet <C>?" of a virtual meeting: nobody travelled.)
  // (Only of a journey asked: the events are looked through only then.)
  const journey = q.lemmas.some((l, i) => cueWords().motionWords.has(l) && q.normals[i + 1] === 'to');
  const virtual = journey ? virtualMeeting(store, focus) : undefined;
  if (virtual)
    return stated(
      store,
      `It was a virtual meeting: ${virtual.summary}.`,
      [virtual.evidence],
      [virtual.id],
      0.85,
    );
  const event = focus.flatMap((id) => store.events.get(id) ?? []).find((e) => e.place && !e.place.virtual);
  const place = event?.place?.entity;
  if (!event?.place || !place) return undefined;
  const named = q.mentions.find((m) => {
    const kind = store.entities.get(m.id)?.kind;
    return (
      (kind === 'place' || kind === 'country') &&
      putsThere(q, m.start, m.end) &&
      !sameParty(store, m.id, place)
    );
  });
  const claimed = named
    ? store.entities.get(named.id)?.name
    : q.otherPlaces.find((p) => putsThere(q, p.start, p.end))?.name;
  // ("why were the talks held at <a body>": a body's building, which may stand in the place the article
  // gives; it says only where, so the question's premise is not confirmed, nor denied.)
  const held =
    q.lemmas.some((l) => ['hold', 'happen', 'occur', 'host'].includes(l)) || q.normals.includes('place');
  const body =
    claimed || !held
      ? undefined
      : q.mentions.find(
          (m) =>
            ['organization', 'group'].includes(store.entities.get(m.id)?.kind ?? '') &&
            // (Not one the event itself is of: "what happened at <A>" of "<A> burst its banks".)
            !event.participants.some((p) => p.entity === m.id) &&
            !event.summary.includes(store.nameOf(m.id).replace(/^the /i, '')) &&
            (q.normals[m.start - 1] === 'at' ||
              (q.normals[m.start - 1] === 'the' && q.normals[m.start - 2] === 'at')),
        );
  // (A group is named for its people, "<body> officials": the body is the name less its plural noun.)
  const bodyName = body ? store.nameOf(body.id).replace(/^the /i, '') : '';
  if (body)
    return notStated(
      `that ${event.name} took place at the ${store.entities.get(body.id)?.kind === 'group' ? bodyName.replace(/\s+\S+s$/, '') : bodyName}`,
      { text: event.summary, evidence: event.evidence },
      store,
    );
  // (Nor an event the article tells only as a clause cut short, "<firm> said it would close...": a statement
  // filed from a city is no event held there, and the clause reads as no name.)
  if (!claimed || /(?:\.\.\.|…)$/.test(event.name)) return undefined;
  // ("... arrived in <town>" of "at <port> in <town>": the place the article gives lies in the one claimed.)
  const within = new RegExp(
    `\\b${escapeRegExp(event.place.text)},?\\s+(?:in\\s+)?(?:the\\s+)?${escapeRegExp(claimed.replace(/^the\\s+/i, ''))}\\b`,
  );
  if (store.sentences.some((s) => within.test(s.text))) return undefined;
  return stated(
    store,
    `${capitalize(event.name)} took place in ${event.place.text}, not ${claimed}: ${event.summary}.`,
    [event.evidence],
    [event.id],
    0.85,
  );
}

/**
 * "why did <A> meet <B> at the talks?" when the article has <A> meet <C>: who each of them did meet, instead of
 * an answer about a meeting that did not take place.
 */
export function correctPeople(q: ParsedQuestion, store: FactStore): IntentReply | undefined {
  // (Not "who talked to <A>, <B> or <C>?", which asks which of them; nor "the <A> <B> meeting", a noun.)
  if (q.wh === undefined || q.yesNo || ['who', 'whom', 'which', 'whose'].includes(q.wh)) return undefined;
  // (wink may tag the verb a noun right after a name: "did <A> meet w <B>".)
  // (Not after a name that a determiner opens: "the <A> meeting" is a noun phrase, the event told by who met.)
  const verb = (i: number) =>
    q.pos[i] === 'VERB' ||
    q.mentions.some((m) => m.start >= 0 && m.end === i - 1 && q.pos[m.start - 1] !== 'DET');
  if (!q.lemmas.some((l, i) => cueWords().meetingVerbs.has(l) && verb(i))) return undefined;
  const people = [
    ...new Set(
      q.mentions.filter((m) => m.start >= 0 && store.entities.get(m.id)?.kind === 'person').map((m) => m.id),
    ),
  ];
  if (people.length !== 2) return undefined;
  if (store.facts.events.some((e) => people.every((p) => e.participants.some((x) => x.entity === p))))
    return undefined;
  const said = people.flatMap((id) => {
    const person = store.entities.get(id);
    const event = store.facts.events.find((e) => e.participants.some((p) => p.entity === id));
    const others = event ? eventPeople(store, event).filter((e) => e.id !== id) : [];
    return person && event && others.length
      ? [{ text: `${person.name} met ${joinNames(others.map(fullName))}`, evidence: event.evidence }]
      : [];
  });
  const names = people.map((id) => store.entities.get(id)?.name ?? id);
  // (Who each did meet corrects the premise, and is answered like a false place: "took place in <A>, not <B>".)
  return said.length
    ? {
        answered: true,
        text: `The article reports no meeting between ${joinNames(names)}: ${said.map((x) => x.text).join('; ')}.`,
        citations: store.cite(...said.map((x) => x.evidence)),
        confidence: 0.85,
      }
    : {
        answered: false,
        text: `The article doesn't report ${names[0]} meeting ${joinNames(names.slice(1))}.`,
        citations: [],
        confidence: 0.85,
      };
}
