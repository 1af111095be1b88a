import type { Intent, IntentReply, Knowledge } from '../src/engine/intent.js';
import {
  capitalize,
  contentVerbs,
  describeDate,
  eventPeople,
  fullName,
  hasAny,
  hasPhrase,
  joinNames,
  mentionedEntities,
  notStated,
  rankEvents,
  sameParty,
  sideOf,
  triggerWeight,
} from '../src/engine/knowledge.js';
import type { Entity, Event } from '../src/facts/schema.js';
import type { ParsedQuestion } from '../src/nlp/parse-question.js';
import { overlaps } from '../src/nlp/resolve-date.js';

const GENERIC_VERBS = new Set([
  'happen',
  'take',
  'occur',
  'hold',
  'last',
  'place',
  'involve',
  'participate',
  'attend',
]);
const IN_PERSON = ['in person', 'face to face', 'in-person', 'physically'];
const GOOD = [
  'good',
  'warm',
  'friendly',
  'great',
  'fine',
  'normal',
  'healthy',
  'close',
  'excellent',
  'positive',
  'stable',
];
const BAD = ['strained', 'tense', 'bad', 'poor', 'difficult', 'rocky', 'troubled', 'cold', 'hostile'];

const yes = (text: string, evidence: readonly string[][], kb: Knowledge, focus: string[]): IntentReply => ({
  answered: true,
  text: `Yes. ${text}`,
  citations: kb.store.cite(...evidence),
  confidence: 0.85,
  focus,
});
const no = (text: string, evidence: readonly string[][], kb: Knowledge, focus: string[]): IntentReply => ({
  answered: true,
  text: `No. ${text}`,
  citations: kb.store.cite(...evidence),
  confidence: 0.85,
  focus,
});

/** What each named person actually did, for correcting a false premise. */
function corrections(people: readonly Entity[], kb: Knowledge): { text: string; evidence: string[][] } {
  const parts: string[] = [];
  const evidence: string[][] = [];
  for (const person of people) {
    const event = kb.store.facts.events.find((e) => e.participants.some((p) => p.entity === person.id));
    if (!event) continue;
    const others = eventPeople(kb.store, event).filter((e) => e.id !== person.id);
    parts.push(
      others.length && (event.kind === 'meeting' || event.kind === 'talks')
        ? `${person.name} met ${joinNames(others.map(fullName))}`
        : capitalize(event.summary),
    );
    evidence.push(event.evidence);
  }
  return { text: parts.length ? `${[...new Set(parts)].join('; ')}.` : '', evidence };
}

/** "Was Chase's counterpart Liu Zhenli?": the article names one counterpart pair. */
function checkCounterpart(q: ParsedQuestion, kb: Knowledge): IntentReply | undefined {
  if (!hasAny(q, 'counterpart')) return undefined;
  const people = mentionedEntities(q, kb.store).filter((e) => e.kind === 'person');
  const [a, b] = people;
  if (!a || !b) return undefined;
  const relation = kb.store.facts.relations.find(
    (r) => r.type === 'counterpart' && [r.from, r.to].includes(a.id) && [r.from, r.to].includes(b.id),
  );
  if (relation) return yes(`${capitalize(relation.text)}.`, [relation.evidence], kb, [a.id, b.id]);
  const fix = corrections([a, b], kb);
  const pair = kb.store.facts.relations.find((r) => r.type === 'counterpart');
  return no(
    `${fix.text}${pair ? ` The article calls only ${pair.text.replace(/^General /, 'General ')}.` : ''}`.trim(),
    [...fix.evidence, ...(pair ? [pair.evidence] : [])],
    kb,
    [a.id, b.id],
  );
}

function checkRelationship(q: ParsedQuestion, kb: Knowledge): IntentReply | undefined {
  const aboutCommunication =
    hasAny(q, 'communication', 'communications') &&
    hasAny(q, 'restore', 'restored', 'restoring', 'progress', 'improve', 'improving', 'better');
  if (!hasAny(q, 'relationship', 'relations', 'ties', 'terms') && !aboutCommunication) return undefined;
  const r = kb.store.facts.relationship;
  const ev = [r.evidence, r.progress.evidence];
  if (hasAny(q, ...BAD)) return yes(`${capitalize(r.summary)}.`, ev, kb, r.parties);
  if (hasAny(q, ...GOOD))
    return no(`${capitalize(r.summary)}, though ${r.progress.text}.`, ev, kb, r.parties);
  const partly = `${capitalize(r.progress.text)}. Still, ${r.summary.toLowerCase()}.`;
  if (hasAny(q, 'completely', 'fully', 'entirely', 'totally', 'normal', 'over', 'resolved'))
    return no(`Not fully. ${partly}`, ev, kb, r.parties);
  if (hasAny(q, 'improve', 'improving', 'better', 'progress', 'restore', 'restored', 'restoring'))
    return { ...yes(partly, ev, kb, r.parties), text: `Partly. ${partly}` };
  return undefined;
}

function checkEvent(q: ParsedQuestion, kb: Knowledge, event: Event): IntentReply {
  const { store, triggers } = kb;
  const named = mentionedEntities(q, store);
  const plays = (id: string) =>
    event.participants.some((p) => sameParty(store, p.entity, id)) ||
    (event.place?.entity !== undefined && sameParty(store, event.place.entity, id)) ||
    (event.objectSide !== undefined && sameParty(store, event.objectSide, id));
  const focus = [event.id];
  // "in Beijing", "at the Pentagon": a place the question puts the event in must be the event's place.
  const placed = q.mentions.find(
    (m) =>
      ['in', 'at', 'to'].includes(q.normals[m.start - 1] ?? '') && store.entities.get(m.id)?.kind === 'place',
  );
  if (placed && event.place && placed.id !== event.place.entity) {
    const where = event.place.virtual ? 'It was a virtual meeting' : `It took place in ${event.place.text}`;
    return no(`${where}: ${event.summary}.`, [event.evidence], kb, focus);
  }
  const weekday = q.normals.find((w) =>
    /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/.test(w),
  );
  if (weekday && event.weekday && weekday !== event.weekday.toLowerCase()) {
    return no(
      `${capitalize(describeDate(event.endDate ?? event.date))}: ${event.summary}.`,
      [event.evidence],
      kb,
      focus,
    );
  }
  const strangers = named.filter((e) => !plays(e.id));
  // "Did Biden meet Xi in Washington?": the article gives no place for their agreement, so it cannot say no.
  const placedIds = q.mentions
    .filter((m) => ['in', 'at', 'to'].includes(q.normals[m.start - 1] ?? ''))
    .map((m) => m.id);
  if (strangers.length > 0 && !event.place && strangers.every((e) => placedIds.includes(e.id))) {
    return notStated(
      `where ${event.name} took place`,
      { text: event.summary, evidence: event.evidence },
      store,
    );
  }
  if (strangers.length > 0) {
    const people = named.filter((e) => e.kind === 'person');
    const fix = corrections(people, kb);
    return no(fix.text || `${capitalize(event.summary)}.`, [event.evidence, ...fix.evidence], kb, focus);
  }
  // The subject is the first name before the event's verb: "Did China down a U.S. balloon?" -> China.
  const verbAt = q.normals.findIndex(
    (w, i) => triggers.get(w)?.includes(event.id) || triggers.get(q.lemmas[i] ?? '')?.includes(event.id),
  );
  const byAgent = q.mentions.find((m) => q.normals[m.start - 1] === 'by' && store.entities.has(m.id));
  const subject =
    byAgent ?? q.mentions.find((m) => store.entities.has(m.id) && m.start >= 0 && m.start < verbAt);
  const agents = event.participants.filter((p) => p.role === 'agent');
  if (subject && agents.length > 0 && !agents.some((a) => sameParty(store, a.entity, subject.id))) {
    return no(`${capitalize(event.summary)}.`, [event.evidence], kb, focus);
  }
  if (
    q.dates.length > 0 &&
    event.date.precision !== 'unknown' &&
    !q.dates.some((d) => overlaps(d, event.date))
  ) {
    return no(`It was ${describeDate(event.date)}: ${event.summary}.`, [event.evidence], kb, focus);
  }
  const virtual = event.place?.virtual === true;
  if (IN_PERSON.some((p) => hasPhrase(q, p)) && virtual)
    return no(`It was a virtual meeting: ${event.summary}.`, [event.evidence], kb, focus);
  if (hasAny(q, 'virtual', 'virtually', 'online', 'video', 'remote', 'remotely') && event.place && !virtual) {
    return no(`It took place in ${event.place.text}: ${event.summary}.`, [event.evidence], kb, focus);
  }
  const wrongNumber = q.numbers.find(
    (n) =>
      n !== event.round &&
      n !== event.duration?.days &&
      !(n === 2 && hasAny(q, 'sides', 'nations', 'countries')),
  );
  if (wrongNumber !== undefined && (event.round || event.duration)) {
    const facts = [
      event.round ? `it was the ${event.round}th round` : '',
      event.duration ? `it lasted ${event.duration.text}` : '',
    ].filter(Boolean);
    return no(`${capitalize(facts.join(' and '))}: ${event.summary}.`, [event.evidence], kb, focus);
  }
  const verbs = contentVerbs(q).filter((v) => !GENERIC_VERBS.has(v) && !triggers.get(v)?.includes(event.id));
  // "Were there any agreements at the talks?": a word for another event, asked of this one.
  const relates = hasAny(q, 'after', 'before', 'since', 'following', 'response', 'because', 'follow');
  const otherThing =
    !relates &&
    q.lemmas.some(
      (l, i) =>
        q.pos[i] === 'NOUN' &&
        !q.mentions.some((m) => m.start <= i && i <= m.end) &&
        (triggers.get(l) ?? []).length > 0 &&
        !triggers.get(l)?.includes(event.id) &&
        !triggers.get(q.normals[i] ?? '')?.includes(event.id),
    );
  if (verbs.length > 0 || otherThing) {
    return notStated(`whether that happened`, { text: event.summary, evidence: event.evidence }, store);
  }
  return yes(`${capitalize(event.summary)}.`, [event.evidence], kb, focus);
}

function checkEntity(q: ParsedQuestion, kb: Knowledge, entity: Entity): IntentReply | undefined {
  const { store } = kb;
  const profile = [entity.description, entity.title ?? '', entity.rank ?? ''].join(' ').toLowerCase();
  const side = sideOf(store, entity.id);
  // "Is Liu Zhenli American?": a nationality the question claims, against the side the article gives.
  const claimed = store.facts.entities.filter(
    (c) =>
      c.demonym &&
      (hasAny(q, c.demonym.toLowerCase()) || q.mentions.some((m) => m.id === c.id && m.id !== entity.id)),
  );
  if (side && claimed.length > 0 && !claimed.some((c) => c.id === side)) {
    return no(`${entity.name} is ${entity.description}.`, [entity.evidence], kb, [entity.id]);
  }
  if (hasAny(q, 'current', 'currently', 'still', 'now') && entity.title?.startsWith('then-')) {
    return no(
      `The article calls ${entity.name} the ${entity.title}: ${entity.description}.`,
      [entity.evidence],
      kb,
      [entity.id],
    );
  }
  // "Is Song a lieutenant general?" against "Major General"; "Is Chase the secretary of defense?" against his title.
  const at = q.normals.findIndex((w) => w === 'a' || w === 'an' || w === 'the');
  const claimedTitle =
    at >= 0
      ? q.normals
          .slice(at + 1)
          .filter((w) => /\w/.test(w))
          .join(' ')
      : '';
  const titles = [entity.rank, entity.title?.replace(/^the /, '')]
    .filter((t): t is string => !!t)
    .map((t) => t.toLowerCase());
  if (claimedTitle && titles.some((t) => t.startsWith(claimedTitle)))
    return yes(`${entity.name} is ${entity.description}.`, [entity.evidence], kb, [entity.id]);
  const lastWord = claimedTitle.split(' ').at(-1) ?? '';
  if (
    claimedTitle &&
    titles.some((t) => t.includes(lastWord)) &&
    !titles.some((t) => t.includes(claimedTitle.split(' ')[0] ?? ''))
  ) {
    return no(`${entity.name} is ${entity.description}.`, [entity.evidence], kb, [entity.id]);
  }
  if (claimedTitle && titles.some((t) => t.includes(claimedTitle)))
    return no(`Not exactly: ${entity.name} is ${entity.description}.`, [entity.evidence], kb, [entity.id]);
  const asked = q.normals
    .filter((_w, i) => q.pos[i] === 'NOUN' || q.pos[i] === 'ADJ')
    .filter((w) => !q.mentions.some((m) => q.normals[m.start] === w));
  if (asked.length === 0) return undefined;
  if (asked.every((w) => profile.includes(w)))
    return yes(`${entity.name} is ${entity.description}.`, [entity.evidence], kb, [entity.id]);
  return notStated(
    `that about ${entity.name}`,
    { text: `${entity.name} is ${entity.description}`, evidence: entity.evidence },
    store,
  );
}

export const yesNo: Intent = {
  id: 'yes-no',
  description: 'Yes-or-no checks; a false premise gets "No" and the correction.',
  examples: [
    'Did the talks happen in Washington?',
    'Did Pelosi visit China?',
    'Was the Brown and Liu meeting virtual?',
    'Did China down a U.S. balloon?',
    'Did Michael Chase meet Song Yanchao?',
    'Did Chase meet Liu Zhenli?',
    'is the relationship strained?',
    'Were the talks the 18th round?',
  ],
  counterExamples: ['When did the talks end?', 'Did Song say anything?'],
  match(q) {
    return q.yesNo ? 0.88 : 0;
  },
  answer(q, kb) {
    const relationship = checkRelationship(q, kb);
    if (relationship) return relationship;
    const counterpart = checkCounterpart(q, kb);
    if (counterpart) return counterpart;
    const best = rankEvents(q, kb.store, kb.triggers)[0];
    const evoked =
      best &&
      (triggerWeight(q, best.event, kb.triggers) > 0 ||
        new Set(q.mentions.filter((m) => kb.store.entities.has(m.id)).map((m) => m.id)).size >= 2);
    const eventNamed =
      best && (q.mentions.some((m) => m.id === best.event.id) || (evoked && best.score >= 2));
    if (best && eventNamed) return checkEvent(q, kb, best.event);
    const entity = mentionedEntities(q, kb.store)[0];
    // "Did Chase stress the need for open communication?" is checked against what he is reported to have said.
    const said =
      entity &&
      kb.store.statements.find((s) => sameParty(kb.store, s.holder, entity.id) && hasAny(q, ...s.verbs));
    if (said)
      return yes(
        `${capitalize(kb.store.nameOf(said.holder))} ${said.verb} ${said.content}.`,
        [said.evidence],
        kb,
        [said.holder],
      );
    if (entity) return checkEntity(q, kb, entity);
    return best ? checkEvent(q, kb, best.event) : undefined;
  },
};
