import { cueWords } from '../src/engine/cue-words.js';
import { type DiscussedTopic, discussedTopic, discussionAt } from '../src/engine/discussed-topic.js';
import {
  asksAboutAnotherInstance,
  outsidePlaces,
  rankEvents,
  rolesNoOneHolds,
  verbEvokes,
} from '../src/engine/event-ranking.js';
import type { Intent, IntentReply, Knowledge } from '../src/engine/intent.js';
import { MATCH } from '../src/engine/match-levels.js';
import { eventPeople, fullName, sameParty, sideOf } from '../src/engine/parties.js';
import { subordinateSpan } from '../src/engine/premise-clause.js';
import {
  asksWhoSaid,
  clauseSubject,
  contentVerbs,
  exclusionAt,
  hasAny,
  hasAnyOf,
  mentionedEntities,
  namesSide,
  onlyBeVerb,
} from '../src/engine/question-cues.js';
import { notStated, otherOccurrence, stated } from '../src/engine/replies.js';
import { ownedAt } from '../src/engine/whose-owned.js';
import { capitalize, joinNames } from '../src/engine/wording.js';
import type { Entity } from '../src/facts/schema.js';
import { loadGazetteer } from '../src/ingest/gazetteer.js';
import type { ParsedQuestion } from '../src/nlp/parse-question.js';

function answerCounterpart(q: ParsedQuestion, kb: Knowledge): IntentReply | undefined {
  const { store } = kb;
  const person = mentionedEntities(q, store).find((e) => e.kind === 'person');
  if (!person) return undefined;
  const relation = store.facts.relations.find(
    (r) => r.type === 'counterpart' && (r.from === person.id || r.to === person.id),
  );
  if (relation) {
    const other = store.entities.get(relation.from === person.id ? relation.to : relation.from);
    if (!other) return undefined;
    return {
      answered: true,
      text: `${fullName(other)} is ${person.name}'s ${store.entities.get(sideOf(store, other.id) ?? '')?.demonym ?? ''} counterpart.`.replace(
        '  ',
        ' ',
      ),
      citations: store.cite(relation.evidence),
      focus: [other.id],
    };
  }
  const met = store.facts.events.find((e) => e.participants.some((p) => p.entity === person.id));
  const others = met ? eventPeople(store, met).filter((e) => e.id !== person.id) : [];
  if (!met || others.length === 0) return notStated(`who ${person.name}'s counterpart is`);
  return stated(
    store,
    `The article doesn't call anyone ${person.name}'s counterpart; it names ${joinNames(others.map(fullName))} alongside ${person.name} in ${met.name}.`,
    [met.evidence],
    others.map((e) => e.id),
    0.7,
  );
}

/**
 * Who went into a topic: someone its wording names ("..., which <person> emphasised"), else the event's
 * people, saying that the article does not say who raised it.
 */
function answerDiscussed(q: ParsedQuestion, found: DiscussedTopic, kb: Knowledge): IntentReply {
  // (The verb asking it is accounted for, whether or not the article uses it: "raised".)
  const workedOut = q.unknownWords.filter((w) => q.pos[q.normals.indexOf(w)] === 'VERB');
  return { ...discussedReply(found, kb), ...(workedOut.length > 0 ? { workedOut } : {}) };
}

/**
 * "who discussed <a thing>" when the one event with topics lists others: the article does not say that
 * was discussed (not: its people discussed it).
 */
function topicNotListed(q: ParsedQuestion, { store, triggers }: Knowledge): IntentReply | undefined {
  const at = discussionAt(q);
  const withTopics = store.facts.events.filter((e) => e.topics?.length);
  const [met] = withTopics;
  if (at < 0 || withTopics.length !== 1 || !met?.topics) return undefined;
  // What follows the verb and is not the event itself or one of its people.
  const object = q.normals.slice(at + 1).some((_w, k) => {
    const i = at + 1 + k;
    const mention = q.mentions.find((m) => m.start <= i && i <= m.end);
    if (mention) return mention.id !== met.id && !met.participants.some((p) => p.entity === mention.id);
    return q.pos[i] === 'NOUN' && !(triggers.get(q.lemmas[i] ?? '')?.includes(met.id) ?? false);
  });
  if (!object) return undefined;
  return notStated(
    'that that was discussed',
    {
      text: `at ${met.name}, they went into ${joinNames(met.topics.map((t) => t.text))}`,
      evidence: met.topics.flatMap((t) => t.evidence),
    },
    store,
  );
}

/** The event's people a topic's wording names ("..., which <A> emphasised"). */
const namedIn = ({ event, topic }: DiscussedTopic, { store }: Knowledge) =>
  eventPeople(store, event).filter((e) =>
    [e.name, ...e.aliases].some((a) => a.length > 3 && topic.text.includes(a)),
  );

function discussedReply(found: DiscussedTopic, kb: Knowledge): IntentReply {
  const { event, topic } = found;
  const { store } = kb;
  const people = eventPeople(store, event);
  const named = namedIn(found, kb);
  if (named.length > 0)
    return stated(
      store,
      `${joinNames(named.map(fullName))}: at ${event.name}, they went into ${topic.text}.`,
      [topic.evidence],
      [event.id, ...named.map((e) => e.id)],
      0.8,
    );
  if (people.length === 0)
    return notStated(
      'who raised it',
      { text: `${topic.text} came up at ${event.name}`, evidence: topic.evidence },
      store,
    );
  return stated(
    store,
    `${capitalize(topic.text)} came up at ${event.name}, between ${joinNames(people.map(fullName))}; the article does not say which of them raised it.`,
    [topic.evidence, event.evidence],
    [event.id, ...people.map((e) => e.id)],
    0.75,
  );
}

/**
 * "who else was in his delegation": the others of that person's side in the events they took part in; the
 * article names none, then it does not say (never the other side's people, whom they met).
 */
function othersOfTheirSide(q: ParsedQuestion, kb: Knowledge): IntentReply | undefined {
  const { store } = kb;
  const possessive = q.normals.findIndex(
    (w, i) => /^(?:his|her|their|'s)$/.test(w) && cueWords().delegateNouns.has(q.normals[i + 1] ?? ''),
  );
  if (!hasAny(q, 'else') || possessive < 0) return undefined;
  const person = q.mentions.map((m) => store.entities.get(m.id)).find((e) => e?.kind === 'person');
  if (!person) return undefined;
  const events = store.facts.events.filter((e) => e.participants.some((p) => p.entity === person.id));
  const side = sideOf(store, person.id);
  const mates = events.flatMap((e) =>
    e.participants
      .map((p) => store.entities.get(p.entity))
      .filter((x): x is Entity => x?.kind === 'person' && x.id !== person.id && sideOf(store, x.id) === side),
  );
  const [event] = events;
  if (mates.length === 0)
    return notStated(
      `who else was with ${person.name}`,
      event ? { text: event.summary, evidence: event.evidence } : undefined,
      store,
    );
  return stated(
    store,
    `${joinNames([...new Set(mates.map((m) => m.name))])}.`,
    mates.map((m) => m.evidence),
    mates.map((m) => m.id),
    0.7,
  );
}

/** Whether a word for a doer follows "what" straight away, as a noun: "what countries were involved". */
function doerNounAfterWhat(q: ParsedQuestion): boolean {
  const at = q.normals.indexOf('what') + 1;
  return q.pos[at] === 'NOUN' && cueWords().lists.whoDidPersonNouns.includes(q.lemmas[at] ?? '');
}

export const whoDid: Intent = {
  id: 'who-did',
  description: 'Which person or party did something, took part, met whom, or is whose counterpart.',
  examples: ['Who severed the dialogue?', 'Who agreed to restart the dialogue?'],
  counterExamples: [],
  match(q, kb) {
    const asksWho =
      q.wh === 'who' ||
      q.wh === 'whom' ||
      q.wh === 'whose' ||
      (q.wh === 'which' && cueWords().lists.whoDidPersonNouns.some((n) => q.words.has(n))) ||
      // ("what countries were involved in <X>": "what" and a word for a doer straight after it, as "which".)
      (q.wh === 'what' && doerNounAfterWhat(q));
    const listing =
      q.wh === undefined &&
      hasAny(q, 'name', 'list') &&
      hasAny(q, 'people', 'participants', 'officials', 'attendees');
    // ("<a topic> part, who brought it up": who went into a topic, asked after it.)
    // (One its wording names as saying it is the statement intent's: "which <A> emphasised".)
    const topic = q.normals.includes('who') ? discussedTopic(q, kb.store) : undefined;
    if (topic && namedIn(topic, kb).length === 0) return MATCH.veryStrong;
    if (!asksWho && !listing) return 0;
    if (listing) return MATCH.plausible;
    // "whose visit ...", "whose counterpart ...": whose act or whose opposite number; "whose <thing>" is not.
    const owned = q.lemmas[ownedAt(q)] ?? '';
    if (q.wh === 'whose' && owned !== 'counterpart' && !(kb.triggers.get(owned)?.length ?? 0)) return 0;
    if (hasAny(q, 'counterpart')) return MATCH.certain;
    // "Who did <person> talk with?": who + do + a word for an event is about who took part in it.
    const at = q.normals.indexOf(q.wh ?? '');
    const act = q.lemmas.some((l) => (kb.triggers.get(l)?.length ?? 0) > 0);
    if (['did', 'does', 'do'].includes(q.normals[at + 1] ?? '') && act) return MATCH.nearlyCertain;
    const verbs = contentVerbs(q);
    // Something must tie the question to an event: its name, a word for it, a role in it, or its place.
    const tied =
      q.mentions.some(
        (m) =>
          m.id.startsWith('event:') ||
          kb.store.entities.get(m.id)?.kind === 'place' ||
          kb.store.entities.get(m.id)?.kind === 'person',
      ) ||
      q.lemmas.some((l) => (kb.triggers.get(l)?.length ?? 0) > 0) ||
      hasAny(q, 'representative', 'delegate', 'participant', 'participants', 'attendee', 'counterpart') ||
      // "who led the <country> side?": a side of the event its people took part in.
      q.mentions.some((m) => namesSide(q, m)) ||
      // "who represented <a country>?": a country's part in the events its people took part in.
      (q.lemmas.some((l) => cueWords().representVerbs.has(l)) &&
        q.mentions.some((m) => kb.store.entities.get(m.id)?.kind === 'country'));
    if (!tied) return 0;
    if (verbs.length > 0 || q.wh === 'whose') return MATCH.likely;
    if (hasAny(q, 'representative', 'delegate', 'participant', 'participants', 'attendee'))
      return MATCH.plausible;
    // ("who was on the <demonym> side": the people of a side.)
    if (q.mentions.some((m) => namesSide(q, m))) return MATCH.plausible;
    const eventWord =
      q.mentions.some((m) => m.id.startsWith('event:')) ||
      q.lemmas.some((l) => (kb.triggers.get(l)?.length ?? 0) > 0);
    return rankEvents(q, kb.store, kb.triggers).length > 0 && eventWord ? MATCH.weak : 0;
  },
  answer(q, kb) {
    const { store, triggers } = kb;
    if (hasAny(q, 'counterpart')) return answerCounterpart(q, kb);
    // ("who came to <a city>", "who travelled to <it> for the talks": a journey to where an event was held, which
    // the article reports only if it reports a visit there; who held the event there is not who travelled.)
    // (As typed: "travelled" is read as "visit", which names a visit's own place.)
    const motionAt = q.ownLemmas.findIndex(
      (l, i) => q.pos[i] === 'VERB' && cueWords().motionWords.has(l) && l !== 'visit',
    );
    const destination =
      motionAt >= 0
        ? q.mentions.find((m) => m.start > motionAt && q.normals[m.start - 1] === 'to')
        : undefined;
    const heldThere = destination ? store.facts.events.filter((e) => e.place?.entity === destination.id) : [];
    const visited = heldThere.some((e) => cueWords().motionWords.has(e.kind));
    const [held] = heldThere;
    if (q.wh === 'who' && held && !visited)
      return notStated(
        `who travelled to ${store.nameOf(destination?.id ?? '')}`,
        { text: held.summary, evidence: held.evidence },
        store,
      );
    const others = othersOfTheirSide(q, kb);
    if (others) return others;
    const discussed = q.normals.includes('who') ? discussedTopic(q, store) : undefined;
    if (discussed) return answerDiscussed(q, discussed, kb);
    const unlisted = q.normals.includes('who') ? topicNotListed(q, kb) : undefined;
    if (unlisted) return unlisted;
    // The event the question's verb names comes first: "Who cut off the dialogue after her trip?".
    // (Not an event of saying, "<A> said four runners had been taken to hospital", for who did what was said,
    // unless the question asks who said it.)
    const asksSaying = asksWhoSaid(q);
    const ranked = rankEvents(q, store, triggers).filter(
      (r) => asksSaying || !loadGazetteer().reportingVerbs.has(r.event.kind ?? ''),
    );
    // ("after <A> visited <a place>, who cut off the dialogue": the main clause's verb before the clause's.)
    const span = subordinateSpan(q);
    const mainVerb = (id: string) =>
      q.pos.some(
        (p, i) =>
          p === 'VERB' &&
          !(span && i >= span.start && i < span.end) &&
          triggers.get(q.lemmas[i] ?? '')?.includes(id) === true,
      );
    // (Not one the rest of the question rules out: "who hosted the virtual meeting" of one held in a place.)
    const byVerb = ranked
      .filter((r) => verbEvokes(q, triggers, r.event.id) && r.score >= 1)
      .sort((a, b) => Number(mainVerb(b.event.id)) - Number(mainVerb(a.event.id)));
    // "Whose visit led <a capital> to cut off dialogue?" asks who made the visit, not who cut it off.
    const ownedIndex = ownedAt(q);
    const owned =
      ownedIndex >= 0
        ? ranked.find(
            (r) =>
              triggers.get(q.lemmas[ownedIndex] ?? '')?.includes(r.event.id) ||
              triggers.get(q.normals[ownedIndex] ?? '')?.includes(r.event.id),
          )
        : undefined;
    // With no verb to go by, "who headed the delegation" means an event people took part in, not a country's act.
    const withPeople = ranked.find(
      (r) => eventPeople(store, r.event).length > 0 && r.score >= (ranked[0]?.score ?? 0) - 2.5,
    );
    // ("who's the <demonym> in it": the event "it" stands for, when nothing else names one; or the one the
    // conversation is on, "who was on the <A> side".)
    const pointed = q.mentions.filter((m) => store.events.has(m.id));
    const itself =
      pointed.length === 1 &&
      (pointed[0]?.via === 'pronoun' ||
        (pointed[0]?.via === 'context' &&
          !q.mentions.some((m) => store.entities.get(m.id)?.kind === 'place')))
        ? ranked.find((r) => r.event.id === pointed[0]?.id)
        : undefined;
    // ("who made the deal to start talking again": the event of the noun before "to <verb>", whose aim follows.)
    const aimAt = q.normals.findIndex(
      (w, i) => w === 'to' && q.pos[i + 1] === 'VERB' && q.pos[i - 1] === 'NOUN' && i > 0,
    );
    const aimed =
      aimAt > 0
        ? ranked.find((r) => triggers.get(q.lemmas[aimAt - 1] ?? '')?.includes(r.event.id))
        : undefined;
    // ("who made the agreement that led to these talks": the noun a relative clause describes names the event;
    // what the clause names is only how it is described.)
    const relAt = q.normals.findIndex((w, i) => (w === 'that' || w === 'which') && q.pos[i - 1] === 'NOUN');
    const relativeObject =
      relAt > 1 && q.normals[0] === 'who'
        ? ranked.find((r) => triggers.get(q.lemmas[relAt - 1] ?? '')?.includes(r.event.id))
        : undefined;
    const best = owned ?? aimed ?? relativeObject ?? byVerb[0] ?? itself ?? withPeople ?? ranked[0];
    const verbs = contentVerbs(q);
    const unknownVerb = verbs.find((v) => !cueWords().participationVerbs.has(v) && !triggers.get(v)?.length);
    if (!best || (best !== owned && best.score < 1)) return undefined;
    const { event } = best;
    // ("who is the van driver" of "<A>, the investigator leading it, said ... would interview the van driver":
    // one described by a noun is someone whose own title or description has it, not whoever the event names.)
    // (Only "who is the <noun>", no event or person named: "who were the people at <the talks>" asks who took
    // part, "the <demonym> general <A> spoke with" whom <A> met.)
    const beThe =
      q.normals[0] === 'who' &&
      /^(?:is|was|'s)$/.test(q.normals[1] ?? '') &&
      /^(?:the|a|an)$/.test(q.normals[2] ?? '') &&
      !q.mentions.some((m) => store.events.has(m.id) || store.entities.get(m.id)?.kind === 'person');
    if (beThe && onlyBeVerb(q)) {
      const until = q.pos.findIndex((p, i) => i > 2 && (p === 'ADP' || p === 'PRON' || p === 'PUNCT'));
      const nouns = q.lemmas.filter(
        (l, i) =>
          i > 2 &&
          (until < 0 || i < until) &&
          q.pos[i] === 'NOUN' &&
          l.length > 2 &&
          !cueWords().anyone.has(l) &&
          !q.mentions.some((m) => m.start <= i && i <= m.end),
      );
      const fits = (id: string) => {
        const e = store.entities.get(id);
        const profile = `${e?.title ?? ''} ${e?.rank ?? ''} ${e?.description ?? ''}`.toLowerCase();
        return nouns.some((n) => profile.includes(n.slice(0, 5)));
      };
      if (nouns.length > 0 && !eventPeople(store, event).some((e) => fits(e.id))) return undefined;
    }
    if (asksAboutAnotherInstance(q, event, triggers, store.meta.referenceDate.date))
      return otherOccurrence(store, event);
    // The question after its question word, for saying what the article does not: "who <rest>".
    // (Said with the question's own word: "which <places> ...", not "who <places> ...".)
    const rest = () =>
      q.normals
        .slice(q.normals.indexOf(q.wh ?? '') + 1)
        .filter((t) => /\w/.test(t))
        .join(' ');
    const asked = q.wh === 'which' || q.wh === 'what' ? q.wh : 'who';
    // ("who was happy about <the event>": how anyone felt, which taking part in it does not say.)
    if (q.normals.some((w) => cueWords().attitudeWords.has(w)))
      return notStated(`${asked} ${rest()}`, { text: event.summary, evidence: event.evidence }, store);
    // "who hosted the talks?": the country of the place they were held in, when the article places them.
    if (hasAnyOf(q, cueWords().lists.hostWords)) {
      // (The event named, if one is: "host" may be a word for another.)
      const hosted = store.events.get(q.mentions.find((m) => store.events.has(m.id))?.id ?? '') ?? event;
      const place = hosted.place?.entity ? store.entities.get(hosted.place.entity) : undefined;
      const country = place ? store.entities.get(sideOf(store, place.id) ?? '') : undefined;
      if (!place || !country || country.id === place.id)
        return notStated('who hosted it', { text: hosted.summary, evidence: hosted.evidence }, store);
      return stated(
        store,
        `${capitalize(country.name)}: ${hosted.name} took place in ${place.name}.`,
        [hosted.evidence, place.evidence],
        [hosted.id, country.id],
        0.8,
      );
    }
    // "who visited <a sea>?" when the visit was to <an island>: the article reports nobody doing it there.
    const elsewhere = outsidePlaces(q, event, store);
    if (elsewhere.length > 0)
      return notStated(
        `that anyone did that in ${joinNames(elsewhere.map((e) => e.name))}`,
        { text: event.summary, evidence: event.evidence },
        store,
      );
    // "Who is going to be <a place>'s next president?": a role the event gives nobody.
    const roleAsked = rolesNoOneHolds(q, event, kb);
    // ("which party is leading in the polls?", "who's running": who is ahead or standing in an event no person takes part in.)
    // (Not the word "whose" owns: "whose election is it" asks whose the event is, not who leads in it.)
    const ahead =
      q.normals.some((w, i) => cueWords().contestWords.has(w) && !(best === owned && i === ownedIndex)) &&
      eventPeople(store, event).length === 0;
    if (roleAsked.length > 0 || ahead || hasAny(q, 'next', 'future', 'win', 'won', 'winner')) {
      return notStated('who that is', { text: event.summary, evidence: event.evidence }, store);
    }
    // ("who visited <B> and angered <C>": a verb of provoking, of a party whose act the article says answered
    // the event, is that link, told with the answer.)
    const provokedAt = unknownVerb ? q.lemmas.indexOf(unknownVerb) : -1;
    const provoked =
      unknownVerb && cueWords().causingVerbs.has(unknownVerb)
        ? store.facts.relations.find(
            (r) =>
              r.type === 'caused' &&
              r.from === event.id &&
              q.mentions.some(
                (m) =>
                  m.start > provokedAt &&
                  store.events.get(r.to)?.participants.some((p) => sameParty(store, p.entity, m.id)) === true,
              ),
          )
        : undefined;
    // (Not when "whose <act>" names the act asked about: "whose visit caused <A> to ...".)
    if (unknownVerb && best !== owned && !provoked)
      return notStated(
        `${asked} ${rest() || 'that was'}`,
        { text: event.summary, evidence: event.evidence },
        store,
      );
    const named = mentionedEntities(q, store);
    // ("who founded <a firm>" of "a company founded in 2017": an event whose sentences never name the body or person
    // the act was done to is about something else.)
    const verbAt = q.pos.indexOf('VERB');
    const doneTo = q.mentions
      .filter((m) => verbAt >= 0 && m.start > verbAt && m.start <= verbAt + 2)
      .flatMap((m) => store.entities.get(m.id) ?? [])
      .filter((e) => e.kind === 'organization' || e.kind === 'person');
    const unnamedIn = (e: Entity) =>
      !event.participants.some((p) => sameParty(store, p.entity, e.id)) &&
      !store
        .cite(event.evidence)
        .some((c) => [e.name, ...e.aliases].some((a) => a.length > 2 && c.text.includes(a)));
    const [absent] = doneTo.filter(unnamedIn);
    if (absent && !provoked)
      return notStated(
        `who did that to ${absent.name}`,
        { text: event.summary, evidence: event.evidence },
        store,
      );
    // ("who did <A> visit": an event named for its person, "<A> visit", names that person as the subject.)
    const whoAt = q.normals.indexOf(q.wh ?? '');
    const eventNamed = ['did', 'does', 'do'].includes(q.normals[whoAt + 1] ?? '')
      ? q.mentions.find((m) => m.start === whoAt + 2 && m.id === event.id)
      : undefined;
    const inEventName = eventNamed
      ? eventPeople(store, event).filter((e) =>
          e.name
            .toLowerCase()
            .split(/\s+/)
            .some((w) => q.normals.slice(eventNamed.start, eventNamed.end + 1).includes(w)),
        )
      : [];
    const namedPeople = [
      ...named.filter((e) => e.kind === 'person' && event.participants.some((p) => p.entity === e.id)),
      ...inEventName.filter((e) => !named.includes(e)),
    ];
    // "who else was there besides <person>": the people after the word are set aside, not asked about.
    const setAside = exclusionAt(q);
    const aside = (i: number) => setAside >= 0 && i > setAside;
    // A side named as a party ("the <nationality> general"), not a place ("who met in <a city>").
    // (Or one naming where an event was: "the <city> talks".)
    const placedAt = (m: (typeof q.mentions)[number]) =>
      ['in', 'at'].includes(q.normals[m.start - 1] ?? '') ||
      (q.pos[m.end + 1] === 'NOUN' &&
        (store.entities.get(m.id)?.kind === 'place' ||
          // ("who met in <a city> for the <country> talks": the talks about that country, both sides in them.)
          (store.entities.get(m.id)?.kind === 'country' && q.normals[m.start - 1] === 'the')) &&
        (triggers.get(q.lemmas[m.end + 1] ?? '')?.length ?? 0) > 0);
    // (Only a name placed wherever it stands: "the <demonym> one" of "who did <A> send to the <country> talks" still
    // names that side.)
    const placed = new Set(
      q.mentions.filter((m) => q.mentions.filter((o) => o.id === m.id).every(placedAt)).map((m) => m.id),
    );
    // "the <A> side at the <A>-<B> talks": a country before "side" is the side asked about.
    // ("who represented <A> at the meeting with the <B> side": the side represented, not the one met.)
    const representedAt = q.lemmas.findIndex((l) => cueWords().representVerbs.has(l));
    const represented = q.mentions.find(
      (m) =>
        representedAt >= 0 &&
        (m.start === representedAt + 1 ||
          (m.start === representedAt + 2 && q.pos[representedAt + 1] === 'DET')) &&
        sideOf(store, m.id) !== undefined &&
        store.entities.get(m.id)?.kind !== 'person',
    );
    const asSide = new Set(
      represented ? [represented.id] : q.mentions.filter((m) => namesSide(q, m)).map((m) => m.id),
    );
    // ("which <demonym> official led ...": a group of a side, right after "which", is the side of the one asked.)
    const askedAs = q.mentions.find(
      (m) =>
        m.start === q.normals.indexOf(q.wh ?? '') + 1 &&
        store.entities.get(m.id)?.kind === 'group' &&
        sideOf(store, m.id) !== undefined,
    )?.id;
    const sidesNamed = named
      .filter((e) => (e.kind === 'country' || e.standsFor || e.id === askedAs) && !placed.has(e.id))
      .filter((e) => asSide.size === 0 || asSide.has(e.id));
    // ("who agreed to restart talks with <A>", no other side named: <A> is the party met, not the side of whoever
    // is asked for.)
    // (Named only there: "who did the <demonym> send to the talks with <country>" still asks of that side.)
    const met = (e: Entity) =>
      q.mentions
        .filter((m) => m.id === e.id && m.start >= 0)
        .every(
          (m) =>
            q.normals[m.start - 1] === 'with' ||
            (q.normals[m.start - 1] === 'the' && q.normals[m.start - 2] === 'with'),
        );
    const sides = (sidesNamed.every(met) ? [] : sidesNamed).map((e) => sideOf(store, e.id));
    // "Who did <person> meet?": <person> takes no part in the event found, so say what <person> did instead.
    const whAt = q.normals.indexOf(q.wh ?? '');
    // (Or "he"/"she" there, which the conversation resolved: "who'd she meet".)
    const pronounAt = /^(?:he|she|they)$/.test(q.normals[whAt + 2] ?? '');
    // ("who is the <someone> <person> met": <person> is the subject too.)
    const subject = ['did', 'does', 'do'].includes(q.normals[whAt + 1] ?? '')
      ? q.mentions.find((m) => m.start === whAt + 2 || (pronounAt && m.via === 'pronoun'))?.id
      : clauseSubject(q, store);
    const outsider = named.find((e) => e.kind === 'person' && e.id === subject && !namedPeople.includes(e));
    if (outsider && namedPeople.length === 0) {
      const own = store.facts.events.find((e) => e.participants.some((p) => p.entity === outsider.id));
      if (own && own.id !== event.id) {
        return notStated(`whom ${outsider.name} met`, { text: own.summary, evidence: own.evidence }, store);
      }
    }
    // (The word may be known only as corrected, "genral": then it is not set aside.)
    const generalAt = q.normals.indexOf('general');
    // ("who did the <demonym> major general meet": the rank inside a description names the one described.)
    const describesSubject = q.mentions.some(
      (m) => store.entities.get(m.id)?.kind === 'person' && m.start <= generalAt && generalAt <= m.end,
    );
    const wantsGeneral = hasAny(q, 'general') && !aside(generalAt) && !describesSubject;
    const agents = event.participants
      .filter((p) => p.role === 'agent')
      .flatMap((p) => store.entities.get(p.entity) ?? []);
    let people = eventPeople(store, event).filter((e) => !namedPeople.includes(e));
    // "who did the <A> side meet?": a side (or a group of it) as the subject of meeting means the other side.
    const subjectAt = ['did', 'does', 'do'].includes(q.normals[whAt + 1] ?? '') ? whAt + 2 : -1;
    const sideSubject = q.mentions.find(
      (m) =>
        subjectAt >= 0 &&
        (m.start === subjectAt || (m.start === subjectAt + 1 && q.pos[subjectAt] === 'DET')) &&
        store.entities.get(m.id)?.kind !== 'person' &&
        sideOf(store, m.id) !== undefined,
    );
    const subjectSide = sideSubject ? sideOf(store, sideSubject.id) : undefined;
    const metOthers = subjectSide !== undefined && q.lemmas.some((l) => cueWords().whoDidMeetingVerbs.has(l));
    const otherSide = people.filter((e) => sideOf(store, e.id) !== subjectSide);
    // ("who talked to the <B>s", "who met the <B> side": a side met is the other one, not the one asked for.)
    const metSide = q.mentions.find((m) => {
      let v = m.start - 1;
      if (q.pos[v] === 'DET') v--;
      if (/^(?:to|with)$/.test(q.normals[v] ?? '')) v--;
      return (
        m.start > 0 &&
        store.entities.get(m.id)?.kind !== 'person' &&
        sideOf(store, m.id) !== undefined &&
        cueWords().whoDidMeetingVerbs.has(q.lemmas[v] ?? '') &&
        q.pos[v] === 'VERB'
      );
    });
    // ("who is <B>'s coach" of an event whose people are all <A>'s: the one asked for is not among them.)
    const owner = q.mentions.find(
      (m) =>
        q.normals[m.end + 1] === "'s" &&
        q.pos[m.end + 2] === 'NOUN' &&
        store.entities.get(m.id)?.kind === 'country' &&
        sideOf(store, m.id) !== undefined,
    );
    if (
      owner &&
      namedPeople.length === 0 &&
      people.length > 0 &&
      !people.some((e) => sideOf(store, e.id) === sideOf(store, owner.id))
    )
      return notStated(
        `who ${store.entities.get(owner.id)?.name}'s ${q.normals
          .slice(owner.end + 2)
          .filter((_w, k) => /^(?:NOUN|PROPN|ADJ)$/.test(q.pos[owner.end + 2 + k] ?? ''))
          .join(' ')} is`,
        { text: event.summary, evidence: event.evidence },
        store,
      );
    const metSideId = metSide ? sideOf(store, metSide.id) : undefined;
    const notMet = people.filter((e) => sideOf(store, e.id) !== metSideId);
    if (metSideId && !metOthers && notMet.length > 0 && notMet.length < people.length) people = notMet;
    else if (metOthers && otherSide.length > 0 && otherSide.length < people.length) people = otherSide;
    // (Strictly when someone is set aside: "who else was on the <A> side besides <person>".)
    else if (sides.length > 0 && (setAside >= 0 || people.some((e) => sides.includes(sideOf(store, e.id))))) {
      people = people.filter((e) => sides.includes(sideOf(store, e.id)));
    }
    if (wantsGeneral) people = people.filter((e) => e.rank?.toLowerCase().includes('general'));
    // ("besides the general": a rank set aside.)
    if (generalAt >= 0 && aside(generalAt))
      people = people.filter((e) => !e.rank?.toLowerCase().includes('general'));
    if (setAside >= 0 && people.length === 0) {
      const there = eventPeople(store, event).filter(
        (e) => sides.length === 0 || sides.includes(sideOf(store, e.id)),
      );
      return notStated(
        `anyone else there${there.length ? `: of ${event.name} it names ${joinNames(there.map(fullName))}` : ''}`,
        { text: event.summary, evidence: event.evidence },
        store,
      );
    }
    // "Which <title> went to <place>?", "who was the <title> that went to <place>?": the title named the one
    // asked for.
    // (Named by a title or a description, not by any word of the name.)
    const described = namedPeople.every((e) => {
      const nameWords = e.name.toLowerCase().split(/\s+/);
      return q.mentions.some(
        (m) =>
          m.id === e.id &&
          m.start >= 0 &&
          !q.normals.slice(m.start, m.end + 1).some((w) => nameWords.includes(w)),
      );
    });
    if ((q.wh === 'which' || (q.wh === 'who' && described)) && people.length === 0 && namedPeople.length > 0)
      return stated(
        store,
        `${joinNames(namedPeople.map(fullName))}: ${event.summary}.`,
        [event.evidence, ...namedPeople.map((e) => e.evidence)],
        [event.id, ...namedPeople.map((e) => e.id)],
        0.85,
      );
    // "Who is holding elections?": when no person takes part, the place or country that does.
    // (Not for a person asked for: "who is the man who died" is no country.)
    // (Nor for an act only someone living does: "who died".)
    const personAsked =
      q.normals.some(
        (w, i) =>
          q.pos[i] === 'NOUN' && (cueWords().personNouns.has(w) || cueWords().anyone.has(w)) && w !== 'one',
      ) || q.lemmas.some((l) => cueWords().livingVerbs.has(l));
    // ("which two countries were in the talks": the countries of those who took part, not the people.)
    const afterWhich =
      q.normals[whAt + 1] === 'two' || /^\d+$/.test(q.normals[whAt + 1] ?? '') ? whAt + 2 : whAt + 1;
    // (Not "which country downed <X>": a doer of an act, answered below.)
    // ("which countries held the talks": holding an event is taking part in it.)
    const takingPart =
      q.lemmas.every(
        (l, i) => q.pos[i] !== 'VERB' || /^(?:be|take|participate|involve|attend|join|have|hold)$/.test(l),
      ) && q.lemmas.some((l) => /^(?:in|part|participate|involve|involved|attend|join|hold|held)$/.test(l));
    if (
      takingPart &&
      (q.wh === 'which' || q.wh === 'what') &&
      /^(?:country|countries|nation|nations)$/.test(q.normals[afterWhich] ?? '')
    ) {
      const countries = [
        ...new Set(event.participants.map((p) => sideOf(store, p.entity) ?? p.entity)),
      ].flatMap((id) => {
        const e = store.entities.get(id);
        return e?.kind === 'country' ? [e] : [];
      });
      if (countries.length > 0)
        return stated(
          store,
          `${capitalize(joinNames(countries.map((e) => e.name)))}: ${event.summary}.`,
          [event.evidence],
          [event.id, ...countries.map((e) => e.id)],
          0.8,
        );
    }
    // (A place is where it happened, no one who did it: "who spotted <X>" of an event in <a town>.)
    // (Nor one an ingested event holds only as "mentioned" for want of anyone, whom its sentences never name.)
    const inItsSentences = (e: Entity) =>
      [e.name, ...e.aliases].some((a) => a.length > 2 && event.evidence.some((quote) => quote.includes(a)));
    const parties = event.participants
      .flatMap((p) => {
        const e = store.entities.get(p.entity);
        return e && (p.role !== 'mentioned' || inItsSentences(e)) ? [e] : [];
      })
      // (But "whose <event> is it" of a place holding it: the place's, "<a place>'s election".)
      .filter(
        (e) =>
          (!personAsked || e.kind === 'person') &&
          (e.kind !== 'place' || (q.wh === 'whose' && best === owned)),
      );
    const answerees =
      namedPeople.length === 0 && agents.length > 0
        ? agents
        : people.length > 0
          ? people
          : namedPeople.length === 0
            ? parties
            : [];
    if (answerees.length === 0)
      return notStated('who that was', { text: event.summary, evidence: event.evidence }, store);
    const who = joinNames(
      answerees.map((e) =>
        e.standsFor
          ? `${e.name} (${store.entities.get(e.standsFor)?.name.replace(/^the /, '') ?? ''})`
          : fullName(e),
      ),
    );
    const lead =
      namedPeople.length > 0 && setAside < 0
        ? `${joinNames(namedPeople.map((e) => e.name))} met ${who}`
        : `${capitalize(who)}`;
    const onSide = answerees.every((e) => e.kind === 'person') && namedPeople.length === 0;
    const detail = onSide
      ? ` (${answerees.map((e) => `${e.name}: ${e.title ?? e.description}`).join('; ')})`
      : '';
    // Say the fact once: when the event's own summary names everyone the lead would, it is the answer.
    // (By a name or an alias: "<an abbreviation> did ..." names the country it stands for.)
    const summaryNamesAll = [...namedPeople, ...answerees].every((e) =>
      [e.name, ...e.aliases].some((a) => a.length > 2 && event.summary.includes(a)),
    );
    // Cite what the answer rests on: the event's sentences that name its people. When one does, the answer is
    // that fact; the event's summary (and the sentences behind it) only when none does.
    const everyone = [...namedPeople, ...answerees];
    const naming = event.evidence.filter((quote) =>
      everyone.some((e) => [e.name, ...e.aliases].some((a) => a.length > 3 && quote.includes(a))),
    );
    const said =
      summaryNamesAll && !detail
        ? `${capitalize(event.summary)}.`
        : naming.length > 0
          ? `${lead}${detail}.`
          : `${lead}${detail}. ${capitalize(event.summary)}.`.replace(/\.\./g, '.');
    const text = provoked ? `${said} ${capitalize(provoked.text)}.` : said;
    return {
      ...stated(
        store,
        text,
        [
          naming.length > 0 ? naming : event.evidence,
          ...answerees.map((e) => e.evidence),
          ...(provoked ? [provoked.evidence] : []),
        ],
        [event.id, ...answerees.map((e) => e.id)],
        0.85,
      ),
      items: answerees.map(fullName),
      // (The provoking verb is what the link it tells stands for.)
      ...(provoked ? { workedOut: [q.normals[provokedAt] ?? ''] } : {}),
      itemIds: answerees.map((e) => e.id),
    };
  },
};
