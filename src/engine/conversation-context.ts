/** The conversation around a question: who "he", "she" and "it" are, and what a reply leaves to refer back to. */
import type { FactStore } from '../facts/fact-store.js';
import type { Entity } from '../facts/schema.js';
import { CARDINAL_WORDS } from '../nlp/number-words.js';
import type { ParsedQuestion } from '../nlp/parse-question.js';
import type { ConversationState } from './conversation-memory.js';
import { cueWords } from './cue-words.js';
import { escapeRegExp } from './escape-reg-exp.js';
import { newsEvent } from './event-ranking.js';
import type { Knowledge } from './intent.js';
import { sideOf, titleScope } from './parties.js';
import { thingReferenceAt } from './question-cues.js';
import type { Citation } from './types.js';

/** Remembers what a reply was about, for pronouns in the next question. */
export function remember(
  state: ConversationState,
  store: FactStore,
  q: ParsedQuestion,
  focus: readonly string[],
  intent: string,
  replyText = '',
) {
  // The person the question named is who "he" or "she" means next, before anyone the answer named.
  const named = q.mentions
    .filter((m) => m.via !== 'context' && store.entities.get(m.id)?.kind === 'person')
    .map((m) => m.id);
  // Failing that, the people of the event the answer was about ("Tell me about the talks" -> "What did he say?").
  const inFocus = focus.filter((id) => store.entities.get(id)?.kind === 'person');
  const ofEvents = focus
    .flatMap((id) => store.events.get(id)?.participants ?? [])
    .map((p) => p.entity)
    .filter((id) => store.entities.get(id)?.kind === 'person');
  // Failing that, the one person the reply names ("the body chaired by <person>" -> "who did he meet?").
  const inReply = () => {
    const ids = store.facts.entities
      .filter((e) => e.kind === 'person' && replyText.includes(e.name))
      .map((e) => e.id);
    return ids.length === 1 ? ids : [];
  };
  // "who did <A> meet?" -> "his title?": the one the answer named is who "he" means next; but when the
  // question itself said "he", the conversation keeps its subject ("who did he meet?" -> "what did he say?").
  const runningSubject = q.mentions.some((m) => m.via === 'pronoun');
  const answered =
    (q.wh === 'who' || q.wh === 'whom') && !runningSubject ? inFocus.filter((id) => !named.includes(id)) : [];
  const fromQuestionOrFacts = answered.length
    ? answered
    : named.length
      ? named
      : inFocus.length
        ? inFocus
        : ofEvents;
  const people = fromQuestionOrFacts.length ? fromQuestionOrFacts : inReply();
  // ("who did he meet?" -> "what's that guy's rank": the one the answer brought in is "that guy".)
  const newcomers =
    (q.wh === 'who' || q.wh === 'whom') && runningSubject ? inFocus.filter((id) => !people.includes(id)) : [];
  state.lastNewcomer = newcomers.length === 1 ? newcomers[0] : undefined;
  if (people.length) {
    state.lastPeople = people;
    state.lastPerson = people[0];
    state.lastPersonFromReply = fromQuestionOrFacts.length === 0;
  }
  // (An answer about a person who took part in one event leaves the event to refer back to: "<person> was
  // <title> when she went?" -> "and the month?"; not one about what they said, which "why?" asks about.)
  const onlyEvent = (id: string) => {
    const events = store.facts.events.filter((e) => e.participants.some((p) => p.entity === id));
    const [event] = events;
    return events.length === 1 && intent !== 'statement' ? event?.id : undefined;
  };
  // (Of several events the reply was about, the one the question named first is its subject: "was <A> part of
  // <B>?" -> "was that before or after <B>?" asks about <A>; "the <person> meeting" names the one they had.)
  const focusEvents = focus.filter((id) => store.events.has(id));
  const eventOf = (id: string) => {
    if (focusEvents.includes(id)) return id;
    const theirs = focusEvents.filter((e) => store.events.get(e)?.participants.some((p) => p.entity === id));
    return theirs.length === 1 ? theirs[0] : undefined;
  };
  const namedFirst =
    focusEvents.length > 1
      ? [...q.mentions]
          .filter((m) => m.start >= 0)
          .sort((a, b) => a.start - b.start)
          .map((m) => eventOf(m.id))
          .find((id) => id !== undefined)
      : undefined;
  const thing =
    namedFirst ??
    focus.find((id) => store.events.has(id)) ??
    focus.flatMap((id) => store.disputes.get(id)?.about.filter((a) => store.events.has(a)) ?? [])[0] ??
    (inFocus.length === 1 && inFocus[0] ? onlyEvent(inFocus[0]) : undefined) ??
    // (Failing that, the one event the question named: "if the talks ended <date>, when did they start?"; not
    // after a claim about it left unsettled, whose "how long?" asks about the claim, nor after an answer about
    // what someone said there, whose "why?" asks about the saying.)
    // (Nor after an answer about how the parties stand, whose "how long?" asks how long that will take.)
    ((replyText !== '' || !q.yesNo) && intent !== 'statement' && !aboutStanding(store, focus)
      ? namedEvent(q, store)
      : undefined);
  if (thing) {
    // (The event it was on before, for "which one happened first".)
    if (thing !== state.lastThing && state.lastThing && store.events.has(state.lastThing))
      state.previousThing = state.lastThing;
    state.lastThing = thing;
  }
  // (After what someone said, "why?" asks why they said it, not about an event spoken of before.)
  else if (intent === 'statement') state.lastThing = undefined;
  // (Nor, after an answer about a dispute that is no event, about an event spoken of before it.)
  else if (
    [...focus, ...q.mentions.filter((m) => m.via === 'name').map((m) => m.id)].some((id) =>
      store.disputes.has(id),
    )
  )
    state.lastThing = undefined;
  const [a, b, ...more] = focusEvents;
  if (a && b && more.length === 0) state.lastPair = [a, b];
  else if (replyText !== '') state.lastPair = undefined;
  // ("who claims <a place>?" -> "and <B>'s position on that?": the topic of the words, not whoever said them.)
  const topics = q.mentions.filter((m) => m.start >= 0 && !focus.includes(m.id)).map((m) => m.id);
  // (Or the one dispute a reply was about, which is no event: "the <sea> one?" -> "who is involved in that".)
  const disputes = focus.filter((id) => store.disputes.has(id));
  state.lastTopics =
    intent === 'statement' && topics.length > 0
      ? topics
      : !thing && disputes.length === 1
        ? disputes
        : undefined;
  state.lastIntent = intent;
  state.lastStanding = aboutStanding(store, focus);
}

/** Whether a reply was about how the article's parties stand (its focus all of them). */
function aboutStanding(store: FactStore, focus: readonly string[]): boolean {
  const parties = store.facts.relationship?.parties ?? [];
  return parties.length > 0 && parties.every((p) => focus.includes(p));
}

/** The one event a question names outright or refers to by "it", or undefined. */
function namedEvent(q: ParsedQuestion, store: FactStore): string | undefined {
  const ids = new Set(
    q.mentions
      .filter((m) => (m.via === 'name' || m.via === 'pronoun') && store.events.has(m.id))
      .map((m) => m.id),
  );
  return ids.size === 1 ? [...ids][0] : undefined;
}

/** Pronouns that may stand for a person's doings as well as a thing ("they", "it"). */
// (Not "theirs": "<a place> is theirs" is owned by a party, never an event.)
const THING_WORDS = new Set(['they', 'them', 'their', 'it', 'its']);

const PERSON_PRONOUNS = new Set(['he', 'him', 'his', 'she', 'her', 'hers']);

/** "Did he meet <person>?": the pronoun comes before the name, so it is someone else (not "Was <person> ... when she"). */
function pronounBeforeName(q: ParsedQuestion, store: FactStore): boolean {
  const pronounAt = q.normals.findIndex((w) => PERSON_PRONOUNS.has(w));
  const nameAt =
    q.mentions.find((m) => m.start >= 0 && store.entities.get(m.id)?.kind === 'person')?.start ?? -1;
  return pronounAt >= 0 && nameAt >= 0 && pronounAt < nameAt;
}

/** "did it lead to <a country> cutting off talks?", "was that before <B>?": "it" is the subject, the thing named after
 * the verb or preposition another. */
function thingPronounIsSubject(q: ParsedQuestion, store: FactStore): boolean {
  // ("how long after <A> was that?": a demonstrative closing the question is another thing than <A>.)
  const last = q.normals.length - (q.pos.at(-1) === 'PUNCT' ? 2 : 1);
  if (
    ['that', 'this'].includes(q.normals[last] ?? '') &&
    /^(was|is|were|are)$/.test(q.normals[last - 1] ?? '')
  )
    return true;
  // ("did they meet before or after <B>?": "they" as the subject, the ones of the last thing.)
  const at = thingReferenceAt(q);
  const thingAt = q.mentions.find((m) => m.start >= 0 && !store.entities.has(m.id))?.start ?? -1;
  const between = q.pos.slice(at + 1, thingAt);
  return at >= 0 && thingAt > at && (between.includes('VERB') || between.includes('ADP'));
}

/** Adds the referent of "he/she/they/it" from the conversation, when the question names nobody itself. */
export function resolvePronouns(
  q: ParsedQuestion,
  state: ConversationState,
  store: FactStore,
  triggers: Knowledge['triggers'],
): void {
  const names = (kind: 'person' | 'thing') =>
    q.mentions.some((m) =>
      kind === 'person' ? store.entities.get(m.id)?.kind === 'person' : !store.entities.has(m.id),
    );
  // ("that guy", "this official": the one an answer just brought in, when it did.)
  const demonstrative = q.normals.some(
    (w, i) => (w === 'that' || w === 'this') && cueWords().anyone.has(q.lemmas[i + 1] ?? ''),
  );
  // (With no one in the conversation yet, "she" is the one person the article calls "she", if there is one.)
  // (Not a possessive a "who" binds: "who was killed when her roof collapsed".)
  const typed = q.normals.find(
    (w) => /^(?:he|him|she)$/.test(w) || (/^(?:his|her)$/.test(w) && q.wh !== 'who'),
  );
  const called = typed ? (/^(?:he|him|his)$/.test(typed) ? 'he' : 'she') : undefined;
  // ("what was her job" after a man was named: "her" is not him.)
  // (Only by a pronoun someone checked: ingestion guesses pronouns from the text, and may guess wrong.)
  const fits = (id: string | undefined) => {
    const e = id ? store.entities.get(id) : undefined;
    const checked = e?.provenance?.source !== 'auto' || e.provenance.reviewed === true;
    return id !== undefined && (!called || !e?.pronoun || !checked || e.pronoun === called);
  };
  const last = fits(state.lastPerson) ? state.lastPerson : undefined;
  const onlyOne =
    called && !last && !(called === 'she' && state.unnamedWoman)
      ? store.facts.entities.filter((e) => e.kind === 'person' && e.pronoun === called)
      : [];
  // (Of several, the one the headline names: the article is about them.)
  // (A one-word name counts as the whole name it is, "<Ringname> promoted to ...", not a given name alone.)
  const headlined = onlyOne.filter((e) =>
    [e.name, ...e.aliases].some(
      (a) =>
        (a.includes(' ') || (a === e.name && a.length > 3)) &&
        new RegExp(`(?:^|[^\\p{L}])${escapeRegExp(a)}(?![\\p{L}])`, 'u').test(store.meta.title),
    ),
  );
  const alone = onlyOne.length === 1 ? onlyOne[0]?.id : headlined.length === 1 ? headlined[0]?.id : undefined;
  const referent = (demonstrative && fits(state.lastNewcomer) && state.lastNewcomer) || last || alone;
  // ("was she speaker at the time": a title the person has, right after the pronoun, is what is claimed of her;
  // the pronoun is who she is.)
  const pronounAt = q.normals.findIndex((w) => PERSON_PRONOUNS.has(w));
  const titleAfter = q.mentions.find(
    (m) =>
      pronounAt >= 0 &&
      m.start === pronounAt + 1 &&
      m.start === m.end &&
      m.id === referent &&
      cueWords().claimedRoleNouns.has(q.normals[m.start] ?? ''),
  );
  if (titleAfter) {
    titleAfter.start = pronounAt;
    titleAfter.end = pronounAt;
  }
  if (
    q.pronouns.includes('person') &&
    referent &&
    !q.mentions.some((m) => m.id === referent) &&
    (!names('person') || pronounBeforeName(q, store))
  ) {
    q.mentions.push({ id: referent, start: -1, end: -1, via: 'pronoun' });
  }
  // ("what were their titles", after an answer naming two people: those people, not the thing they did.)
  const theirRoles = q.normals.some(
    (w, i) => w === 'their' && cueWords().roleQuestionWords.has(q.lemmas[i + 1] ?? q.normals[i + 1] ?? ''),
  );
  const people = state.lastPeople.filter((id) => store.entities.get(id)?.kind === 'person');
  if (theirRoles && people.length >= 2 && !names('person')) {
    for (const id of people) q.mentions.push({ id, start: -1, end: -1, via: 'pronoun' });
    return;
  }
  // ("how long between those two", "how far apart were they": the two events the last answer put together.)
  const pairAt = q.normals.findIndex(
    (w, i) =>
      w === 'between' &&
      (/^(?:them|they|those|these|both)$/.test(q.normals[i + 1] ?? '') ||
        (/^(?:the|those|these)$/.test(q.normals[i + 1] ?? '') && q.normals[i + 2] === 'two')),
  );
  // ("which one happened first", nothing named: the two events the conversation was just on.)
  const whichFirst =
    q.wh === 'which' &&
    q.normals.some((w) => /^(?:first|earlier|sooner|later|last)$/.test(w)) &&
    // ("which happened first": the verb straight after "which", nothing named.)
    (q.normals.includes('one') || q.pos[q.normals.indexOf('which') + 1] === 'VERB');
  const recent =
    state.previousThing && state.lastThing && store.events.has(state.lastThing)
      ? ([state.previousThing, state.lastThing] as const)
      : undefined;
  // ("how many months before?", "how long after", after an answer that put two events in order: the gap
  // between those two.)
  const gapAt = q.normals.findIndex(
    (w, i) =>
      /^(?:before|after|earlier|later|apart)$/.test(w) &&
      q.normals.slice(i + 1).every((x, k) => q.pos[i + 1 + k] === 'PUNCT' || /^(?:that|it|then)$/.test(x)),
  );
  const gapAsked = q.normals[0] === 'how' && gapAt > 0;
  const pair = pairAt >= 0 || gapAsked ? state.lastPair : whichFirst ? (state.lastPair ?? recent) : undefined;
  if (pair && !q.mentions.some((m) => m.start >= 0 && store.events.has(m.id))) {
    for (const id of pair) q.mentions.push({ id, start: -1, end: -1, via: 'pronoun' });
    return;
  }
  // ("position on that", after words said about a topic: that topic.)
  // ("involved in that", after a dispute: that dispute, placed where "that" stands.)
  const onThat = q.normals.findIndex(
    (w, i) =>
      (w === 'that' || w === 'this' || w === 'it') &&
      (/^(on|about|over)$/.test(q.normals[i - 1] ?? '') ||
        // (Only "that" closing the phrase: "in this" is as often the article.)
        (w === 'that' &&
          q.normals[i - 1] === 'in' &&
          q.pos[i + 1] !== 'NOUN' &&
          state.lastTopics?.every((id) => store.disputes.has(id)) === true)),
  );
  if (onThat >= 0 && state.lastTopics) {
    for (const id of state.lastTopics)
      q.mentions.push({ id, start: onThat, end: onThat + 1, via: 'pronoun' });
    return;
  }
  // ("and the <X> talks came after that?": "that" after a relating word, closing the question, is the thing the
  // conversation is on, though the question names another.)
  const relatedThat = q.normals.some(
    (w, i) =>
      (w === 'that' || w === 'this') &&
      cueWords().relatingWords.has(q.normals[i - 1] ?? '') &&
      q.normals.slice(i + 1).every((x, k) => q.pos[i + 1 + k] === 'PUNCT' || x === 'right'),
  );
  const lastThing = state.lastThing;
  // ("was that meeting this month?": "that" before a word for the event the conversation is on is that event, not
  // another the word may also name.)
  const thatAt = q.normals.findIndex(
    (w, i) =>
      w === 'that' &&
      q.pos[i + 1] === 'NOUN' &&
      lastThing !== undefined &&
      store.events.has(lastThing) &&
      triggers.get(q.lemmas[i + 1] ?? '')?.includes(lastThing) === true,
  );
  if (lastThing && thatAt >= 0 && !q.mentions.some((m) => m.start >= 0 && store.events.has(m.id))) {
    q.mentions.push({ id: lastThing, start: thatAt, end: thatAt + 1, via: 'pronoun' });
    return;
  }
  // ("was that part of the <X> talks?": "that", the subject, is the thing the conversation is on, though the
  // question names another event.)
  const subjectThat =
    q.pos[0] === 'AUX' &&
    /^(?:that|it|this)$/.test(q.normals[1] ?? '') &&
    // (Placed by what follows, "part of", "at": not "was it the first time ...", whose "it" stands for nothing.)
    (q.normals[2] === 'part' || q.pos[2] === 'ADP') &&
    q.mentions.some((m) => m.start > 1 && store.events.has(m.id) && m.id !== lastThing);
  if (
    (relatedThat || subjectThat) &&
    lastThing &&
    store.events.has(lastThing) &&
    !q.mentions.some((m) => m.id === lastThing)
  ) {
    q.mentions.push({ id: lastThing, start: -1, end: -1, via: 'pronoun' });
    return;
  }
  // ("was this meeting done virtually?", nothing said before: "this <a word for the news>" is the article's news.)
  const thisAt = q.normals.findIndex((w, i) => w === 'this' && q.pos[i + 1] === 'NOUN');
  const news = thisAt >= 0 && !state.lastThing && !state.lastPerson ? newsEvent(store) : undefined;
  if (
    news &&
    triggers.get(q.lemmas[thisAt + 1] ?? '')?.includes(news.id) &&
    !q.mentions.some((m) => store.events.has(m.id))
  )
    q.mentions.push({ id: news.id, start: thisAt, end: thisAt + 1, via: 'name' });
  // ("is this a big deal?", "this was virtual?": a bare "this" as the subject stands for a thing, as "it" does.)
  // (Not "is this true?", which asks about a claim, none made.)
  const bareThis =
    ((q.normals[0] === 'this' && q.pos[1] === 'AUX') ||
      (q.pos[0] === 'AUX' && q.normals[1] === 'this' && q.pos[2] !== 'NOUN')) &&
    !q.normals.some((w) => cueWords().tailChecks.has(w) && w !== 'this');
  if ((q.pronouns.includes('thing') || bareThis) && (!names('thing') || thingPronounIsSubject(q, store))) {
    // (With nothing said before, "it" in a question, or said with a word for the article's own news, is that
    // news: "who headed it up?", "if it ended <date>, ..."; not "I thought it was something else", nor the
    // article itself: "didn't read it, what's the article about".)
    // ("when did they start?" too, as the conversation's first question: the people of the article's news.)
    const fresh =
      !state.lastThing &&
      !state.lastPerson &&
      (q.normals.includes('it') ||
        // ("does the article call this a <quality> step": this, the article's news.)
        q.normals.includes('this') ||
        (q.normals.includes('they') && state.lastIntent === undefined)) &&
      // (Unless "it" is what the article calls something: "the article calls it a <quality> step".)
      (!q.normals.some((w) => cueWords().articleNouns.has(w)) ||
        q.normals.some((w, i) => w === 'it' && cueWords().regardVerbs.has(q.lemmas[i - 1] ?? '')));
    const news = fresh ? newsEvent(store) : undefined;
    const ofNews =
      news && (q.wh !== undefined || q.yesNo || q.lemmas.some((l) => triggers.get(l)?.includes(news.id)));
    // ("that" and "this" stand for a thing, never for a person.)
    const demonstrativeOnly = !q.normals.some((w) => THING_WORDS.has(w));
    // (But the one event the last people took part in together: "<A> and <B> talked ..., how long after <C> was that?")
    const shared = () => {
      const events = store.facts.events.filter((e) =>
        state.lastPeople.every((p) => e.participants.some((x) => x.entity === p)),
      );
      return events.length === 1 ? events[0]?.id : undefined;
    };
    // ("so the talks came after <A> and <B> agreed?" -> "where did they agree that": the thing the question's
    // verb names that the last people did, not the last thing, when they took no part in it.)
    const takesPart = (id: string, people: readonly string[]) =>
      people.length > 0 &&
      people.every((p) => store.events.get(id)?.participants.some((x) => x.entity === p));
    const lastPeople = state.lastPeople.filter((id) => store.entities.get(id)?.kind === 'person');
    const apart =
      q.normals.includes('they') && state.lastThing !== undefined && !takesPart(state.lastThing, lastPeople);
    const doneByThem = apart
      ? q.lemmas
          .flatMap((l, i) => (q.pos[i] === 'VERB' ? (triggers.get(l) ?? []) : []))
          .filter((id, k, all) => all.indexOf(id) === k && takesPart(id, lastPeople))
      : [];
    const theirs = doneByThem.length === 1 ? doneByThem[0] : undefined;
    const thing =
      theirs ??
      state.lastThing ??
      (demonstrativeOnly && state.lastPeople.length > 0 ? shared() : undefined) ??
      (state.lastPersonFromReply || demonstrativeOnly ? undefined : state.lastPerson) ??
      (ofNews ? news.id : undefined);
    if (thing) q.mentions.push({ id: thing, start: -1, end: -1, via: 'pronoun' });
  }
  // "and when?", "Who led <a country> side?": a follow-up that evokes no event is about the last one.
  const evokesEvent =
    names('thing') || q.words.size === 0 || [...q.words].some((w) => (triggers.get(w)?.length ?? 0) > 0);
  // (Not one scoped to the whole article: "how many <X> total in the article".)
  const counts = q.normals.includes('many');
  // (But "how many days total" counts the last thing's length.)
  const length = q.lemmas.some((l, i) => q.normals[i] !== l && cueWords().timeNouns.has(l));
  const wholeArticle =
    !length &&
    q.normals.some((w) => cueWords().wholeCountWords.has(w) || (counts && cueWords().articleNouns.has(w)));
  // ("where was the previous one held": another one of the last thing, whatever verb is used.)
  const otherOne = q.normals.some(
    (w, i) =>
      (cueWords().lists.otherOccasionWords.includes(w) && /^ones?$/.test(q.normals[i + 1] ?? '')) ||
      (w === 'one' && /^(?:before|after)$/.test(q.normals[i + 1] ?? '')),
  );
  if (
    (!evokesEvent || otherOne) &&
    !wholeArticle &&
    state.lastThing &&
    q.wh !== undefined &&
    !q.mentions.some((m) => m.id === state.lastThing)
  ) {
    q.mentions.push({ id: state.lastThing, start: -1, end: -1, via: 'context' });
  }
}

/** "and his <demonym> counterpart?": a person related to the last one, asked who they are. */
const RELATION_FOLLOW_UP =
  /^(?:and\s+|so\s+)?((?:his|her|their)\s+(?:[\p{L}-]+\s+){0,2}(?:counterpart|opposite number|deputy|boss|colleague|partner)s?)\s*\?*$/iu;
// ("and the <adjective> <noun> he met?": a clause without "who" describes the one asked of as well.)
const DESCRIBED_FOLLOW_UP =
  /^(?:(?:and|what about|how about|and what about)\s+)?(the\s+\S+(?:\s+\S+)?\s+(?:(?:who|that)\s+.{3,60}?|(?:he|she|they)\s+[a-z]+(?:ed|et|ew|oke|aw|ent)(?:\s+(?:with|to|for|at))?))\s*\?*$/i;
/** "<person A>'s job title?" then "the <other> one's?": the same thing, of whoever the short possessive names. */
const POSSESSIVE_FOLLOW_UP = /^(?:and\s+|so\s+|what about\s+)?(.+?)(?:'s|’s)\s*\?*$/i;
const POSSESSIVE_QUESTION = /^(.*?)\b([\p{L}. -]+?)(?:'s|’s)\s+(.+)$/iu;

/** The last question asked again of another person, or of a person related to the last: undefined if neither. */
export function askAgainOf(text: string, lastQuestion: string | undefined): string | undefined {
  const related = text.length < 60 ? RELATION_FOLLOW_UP.exec(text.trim())?.[1] : undefined;
  if (related) return `who is ${related}?`;
  // ("who is the <role> that met <A>" then "and the one that met <B>?": the same, of the one described.)
  const described = text.length < 80 ? DESCRIBED_FOLLOW_UP.exec(text.trim())?.[1] : undefined;
  // (With "he met" and no "who", the clause itself asks who: "and the <demonym> general he met?".)
  if (described && ((lastQuestion && /^who\b/i.test(lastQuestion)) || !/\b(?:who|that)\b/i.test(described)))
    return `who is ${described}?`;
  // (Most messages end in no "'s": settled before any pattern runs.)
  if (!/['’]s\s*\?*\s*$/.test(text) || !lastQuestion || !/['’]s\s/.test(lastQuestion)) return undefined;
  // (A short question only: the possessive pattern backtracks over long ones.)
  if (lastQuestion.length > 200) return undefined;
  const owner = POSSESSIVE_FOLLOW_UP.exec(text.trim())?.[1];
  if (!owner || owner.split(/\s+/).length > 4) return undefined;
  const last = POSSESSIVE_QUESTION.exec(lastQuestion.trim());
  if (!last) return undefined;
  return `${last[1]}${owner}'s ${last[3]}`;
}

/** "and <person>?", "ok what about <person>": the last question asked again of another person. */
// (A lead word, "what about", or both: "and <B>?", "what about <B>", "ok wat about <B>".)
const AND_PERSON = /^((?:(?:and|so|ok|okay|but)\s+)*)((?:what|wat|how)\s+about\s+)?(.+?)\s*\?*$/i;

/**
 * The last question asked again with the one person it named replaced by the person typed ("how old is <A>" ->
 * "ok what about <B>" -> "how old is <B>"), or undefined. A question naming two people has its own follow-ups.
 */
export function askOfAnotherPerson(
  text: string,
  lastQuestion: string | undefined,
  parse: (text: string) => ParsedQuestion,
  store: FactStore,
): string | undefined {
  const lead = lastQuestion ? AND_PERSON.exec(text.trim()) : null;
  const thing = lead?.[1] || lead?.[2] ? lead[3] : undefined;
  if (!thing || !lastQuestion || thing.split(/\s+/).length > 4) return undefined;
  const asked = parse(thing);
  const [named] = asked.mentions;
  if (asked.mentions.length !== 1 || !named || store.entities.get(named.id)?.kind !== 'person')
    return undefined;
  // (The phrase is the name alone: "and <B>?", not "and what did <B> do".)
  const extra = asked.normals.some(
    (w, i) => (i < named.start || i > named.end) && asked.pos[i] !== 'PUNCT' && !/^(?:the|a|an)$/.test(w),
  );
  if (extra) return undefined;
  const last = parse(lastQuestion);
  const people = last.mentions.filter((m) => m.start >= 0 && store.entities.get(m.id)?.kind === 'person');
  const [replaced] = people;
  if (people.length !== 1 || !replaced || replaced.id === named.id) return undefined;
  return [...last.raws.slice(0, replaced.start), thing, ...last.raws.slice(replaced.end + 1)].join(' ');
}

/** "and <a place>?": the last question asked again of another place or body. */
const AND_THING = /^(?:and|so|ok|okay|what about|how about|and what about)\s+(.+?)\s*\?*$/i;

/**
 * "what's going on between them" after a question that named two parties ("does <A> claim <B>"): the two, named
 * ("between <A> and <B>"), or undefined. Not after two events: "how long between them" asks of those.
 */
export function askBetweenThem(
  text: string,
  lastQuestion: string | undefined,
  parse: (text: string) => ParsedQuestion,
  store: FactStore,
): string | undefined {
  if (!lastQuestion || !BETWEEN_THEM.test(text)) return undefined;
  const last = parse(lastQuestion);
  if (last.mentions.some((m) => store.events.has(m.id))) return undefined;
  const ids = [
    ...new Set(last.mentions.filter((m) => m.start >= 0 && store.entities.has(m.id)).map((m) => m.id)),
  ];
  if (ids.length !== 2) return undefined;
  // (A capital for its country: "<capital>'s stance on <B>", then "between them".)
  const [a = '', b = ''] = ids.map((id) => store.nameOf(store.entities.get(id)?.standsFor ?? id));
  return text.replace(BETWEEN_THEM, `between ${a} and ${b}`);
}
/**
 * "does that cover <X> too?" after "what's <A>'s job": the thing the last question asked of someone ("<A>'s job"),
 * put for "that", or undefined.
 */
export function askOfLastPossessed(text: string, lastQuestion: string | undefined): string | undefined {
  const pronoun = /^((?:so |and |but |wait )?(?:does|did|do) )(?:that|it|this)\b/i.exec(text.trim());
  const owned =
    lastQuestion && /^(?:what|whats|what's|wat)\b/i.test(lastQuestion)
      ? /\b((?:[a-z]+'s|his|her|their) [a-z]+)\s*\??\s*(?:again|exactly)?\s*\??$/i.exec(lastQuestion)?.[1]
      : undefined;
  if (!pronoun?.[1] || !owned) return undefined;
  return `${pronoun[1]}${owned}${text.trim().slice(pronoun[0].length)}`;
}

/**
 * "which ones?" after a question about a thing by its noun ("<A> has an election soon right"): which of that noun
 * ("which elections?"), or undefined.
 */
export function askWhichOnes(
  text: string,
  lastQuestion: string | undefined,
  parse: (text: string) => ParsedQuestion,
): string | undefined {
  if (!lastQuestion || !WHICH_OF_NOUN.test(text.trim())) return undefined;
  const last = parse(lastQuestion);
  const at = last.pos.findLastIndex(
    (p, i) =>
      p === 'NOUN' &&
      // (A noun an event is named by is one: "an election".)
      !last.mentions.some((m) => m.start <= i && i <= m.end && !m.id.startsWith('event:')) &&
      /^[a-z]{3,}$/.test(last.lemmas[i] ?? '') &&
      // (Not a tag that puts a claim up: "<claim> right".)
      !cueWords().tailChecks.has(last.normals[i] ?? ''),
  );
  const noun = at >= 0 ? last.lemmas[at] : undefined;
  if (!noun) return undefined;
  const plural = /(?:s|x|ch|sh)$/.test(noun)
    ? `${noun}es`
    : /[^aeiou]y$/.test(noun)
      ? `${noun.slice(0, -1)}ies`
      : `${noun}s`;
  return `which ${plural}?`;
}
const WHICH_OF_NOUN = /^(?:(?:and|so|ok|okay|wait)\s+)?(?:which|what|wat) ones\s*\?*$/i;

const BETWEEN_THEM = /\bbetween (?:them|those two|these two|the two(?! \w+s\b)|both)\b/i;

/**
 * The last question asked again with the place or organisation it named put in place of the one typed ("whats
 * <A>'s claim over <B>" -> "and <C>?"), or undefined. People and countries have their own follow-ups.
 */
export function askOfAnotherThing(
  text: string,
  lastQuestion: string | undefined,
  parse: (text: string) => ParsedQuestion,
  store: FactStore,
): string | undefined {
  const thing = lastQuestion ? AND_THING.exec(text.trim())?.[1] : undefined;
  if (!thing || !lastQuestion || thing.split(/\s+/).length > 5) return undefined;
  // "and the <adjective> one?" after a question about an event: asked of the event of that kind ("how long did
  // the <place> talks go" -> "and the virtual one?" -> "how long did the virtual talks go").
  const kindOf = /^(?:the\s+)?(\p{L}[\p{L}-]*)\s+one$/iu.exec(thing)?.[1];
  if (kindOf) {
    const last = parse(lastQuestion);
    const events = last.mentions.filter((m) => m.start >= 0 && store.events.has(m.id));
    const [event] = events;
    if (events.length !== 1 || !event) return undefined;
    const start = last.pos[event.start - 1] === 'DET' ? event.start - 1 : event.start;
    return [
      ...last.raws.slice(0, start),
      'the',
      kindOf,
      last.raws[event.end],
      ...last.raws.slice(event.end + 1),
    ].join(' ');
  }
  const asked = parse(thing);
  const [named] = asked.mentions;
  const kind = named ? store.entities.get(named.id)?.kind : undefined;
  // (A capital stands for its country, which has a follow-up of its own.)
  const standsApart = (id: string) => store.entities.get(id)?.standsFor === undefined;
  if (asked.mentions.length !== 1 || !named || (kind !== 'place' && kind !== 'organization'))
    return undefined;
  if (!standsApart(named.id)) return undefined;
  // (The phrase is the name alone: "and the <place>?", not "and what did <place> do".)
  const extra = asked.normals.some(
    (w, i) => (i < named.start || i > named.end) && asked.pos[i] !== 'PUNCT' && !/^(?:the|a|an)$/.test(w),
  );
  if (extra) return undefined;
  const last = parse(lastQuestion);
  const same = last.mentions.filter(
    (m) => m.start >= 0 && m.id !== named.id && store.entities.get(m.id)?.kind === kind && standsApart(m.id),
  );
  const [replaced] = same;
  if (same.length !== 1 || !replaced) return undefined;
  const start = last.pos[replaced.start - 1] === 'DET' ? replaced.start - 1 : replaced.start;
  return [...last.raws.slice(0, start), thing, ...last.raws.slice(replaced.end + 1)].join(' ');
}

/** "which came first, that or <B>?": the pronoun, one of two offered, before or after "or". */
const THAT_OR =
  /\b(that|this|it)(?:\s+one)?(?=\s*,?\s+or\b)|(?<=\bor\s+)(that|this|it)(?:\s+one)?(?=\s*\?*\s*$)/i;
/** Words asking which of two came first or last. */
const ORDER_ASKED = /\b(?:which|what)\b.*\b(?:first|earlier|before|later|last|after|sooner|older|newer)\b/i;

/**
 * "which one came first, that or <B>?" after a question about an event: the event is put in place of the pronoun
 * ("which came first, <the event> or <B>?"), or undefined.
 */
export function askOrderWithLastThing(
  text: string,
  state: ConversationState,
  store: FactStore,
): string | undefined {
  const event = state.lastThing ? store.events.get(state.lastThing) : undefined;
  if (!event || !ORDER_ASKED.test(text) || !THAT_OR.test(text)) return undefined;
  return text.replace(THAT_OR, event.name);
}

/** "the one before?", "and the previous one": a bare instance before the one just asked about. */
const BEFORE_FOLLOW_UP =
  /^(?:and\s+|so\s+|what about\s+|how about\s+)?(?:the\s+)?(?:(?:one|round|session)\s+(?:before|prior|b4)|previous(?:\s+(?:one|round|session))?)(?:\s+(?:that|it|this))?\s*\?*$/i;

/** About a numbered round (or after asking which round), "the one before?" asks which round came before it. */
export function askOfRoundBefore(
  text: string,
  state: ConversationState,
  store: FactStore,
): string | undefined {
  if (!BEFORE_FOLLOW_UP.test(text.trim())) return undefined;
  const numbered = state.lastThing ? store.events.get(state.lastThing)?.round !== undefined : false;
  const last = state.lastQuestion ?? '';
  // (Which round it was, when that is what was asked; else what was asked, of a round the article does not
  // report: "was the <nth> round held in <X>" -> "the one before?".)
  if (/\b(?:what|which|wat|number)\b[^?]*\bround\b|\bround\b[^?]*\b(?:what|which|number)\b/i.test(last))
    return 'which round was the one before it?';
  return numbered || /\bround\b/i.test(last) ? 'what happened at the round before it?' : undefined;
}

/** "when was the last one", "where was the previous one": a bare instance asked after, by "last" or "previous". */
const LAST_ONE = /\b(?:the\s+)?(?:last|previous|prior)\s+(?:one|round|session|time)\b/i;
/** A question about a numbered round, or about the rounds before or after one. */
const ABOUT_ROUNDS = /\b(?:round|rounds|before|previous|next|came before|prior)\b/i;

/**
 * After a question about a numbered round or the ones before it, "when was the last one" asks about the round
 * before it (not the one just talked about, which "last" would otherwise name as the latest).
 */
export function askOfLastRound(text: string, state: ConversationState, store: FactStore): string | undefined {
  if (
    !LAST_ONE.test(text) ||
    !/^(?:and\s+|so\s+|ok\s+)?(?:when|where|who|what|how|wen|wat)\b/i.test(text.trim())
  )
    return undefined;
  const numbered = state.lastThing ? store.events.get(state.lastThing)?.round !== undefined : false;
  if (!numbered || !ABOUT_ROUNDS.test(state.lastQuestion ?? '')) return undefined;
  return text.replace(LAST_ONE, 'the round before it');
}

/** "and start?": one verb, said after a question about when, where or who did something. */
const VERB_FOLLOW_UP = /^(?:and|so|what about|how about)\s+(\p{L}+)\s*\?*$/iu;

/** The last question asked again with another verb ("when did <X> end" -> "and start?"), or undefined. */
export function askWithAnotherVerb(
  text: string,
  lastQuestion: string | undefined,
  parse: (text: string) => ParsedQuestion,
): string | undefined {
  const typed = lastQuestion ? VERB_FOLLOW_UP.exec(text.trim())?.[1] : undefined;
  if (!typed || !lastQuestion) return undefined;
  const probe = parse(`they ${typed}`);
  if (probe.pos[1] !== 'VERB') return undefined;
  const last = parse(lastQuestion);
  if (last.wh === undefined) return undefined;
  // (wink may tag the verb closing "when did <X> end" a noun: after "did", the last word is the verb.)
  let at = last.pos.lastIndexOf('VERB');
  if (at < 0 && last.lemmas.includes('do')) at = last.pos.findLastIndex((p) => p !== 'PUNCT');
  if (at < 0) return undefined;
  const word = last.normals[at] === last.lemmas[at] ? (probe.lemmas[1] ?? typed) : typed;
  return last.normals.map((w, i) => (i === at ? word : w)).join(' ');
}

/** "and last?", "what about the first one": another end of what the last question asked the first or last of. */
const ORDINAL_FOLLOW_UP =
  /^(?:and|so|what about|how about)\s+(?:the\s+)?(first|last|final)(?:\s+(?:one|day))?\s*\?*$/i;
const ORDINAL_ASKED = /\b(?:first|last|final|opening|closing)\b/i;

/** The last question asked again of the other end ("first day of <X>?" -> "and last?"), or undefined. */
export function askWithAnotherOrdinal(text: string, lastQuestion: string | undefined): string | undefined {
  const typed = ORDINAL_FOLLOW_UP.exec(text.trim())?.[1]?.toLowerCase();
  if (!typed || !lastQuestion || !ORDINAL_ASKED.test(lastQuestion)) return undefined;
  const again = lastQuestion.replace(ORDINAL_ASKED, typed);
  return again.toLowerCase() !== lastQuestion.toLowerCase() ? again : undefined;
}

/** "which officials by name tho": who, of those the last answer reported saying something. */
const WHICH_SAYERS =
  /^(?:and\s+|so\s+)?(?:which|what)\s+(\p{L}+)(?:\s+(?:by name|exactly|specifically|precisely))?\s*\?*$/iu;

/** "what are those officials' names", "names of those officials?", "who are those officials": the same, of "those". */
const THOSE_NAMES =
  /^(?:and\s+|so\s+)?(?:(?:what|wat)\s+(?:are|r|were)\s+(?:those|these)\s+(\p{L}+?)['’]s?\s+names?|(?:what\s+are\s+)?(?:the\s+)?names\s+of\s+(?:those|these)\s+(\p{L}+)|who\s+(?:are|were)\s+(?:those|these)\s+(\p{L}+))\s*\?*$/iu;

/** The last answer's saying asked after by name, or undefined. */
export function askWhichSaid(
  text: string,
  state: ConversationState,
  groupNouns: ReadonlySet<string>,
): string | undefined {
  if (state.lastIntent !== 'statement') return undefined;
  const typed = text.trim();
  const those = THOSE_NAMES.exec(typed);
  const noun = (WHICH_SAYERS.exec(typed)?.[1] ?? those?.[1] ?? those?.[2] ?? those?.[3])?.toLowerCase();
  if (!noun || !(groupNouns.has(noun) || noun === 'ones' || noun === 'people')) return undefined;
  // ("who said <X>" -> "which officials by name": the words asked about before, which "that" may not find.)
  const said = /^(?:who|whom)\s+(.+?)\s*\?*$/i.exec(state.lastQuestion ?? '')?.[1];
  return said ? `which ${noun} ${said}, names?` : `which ${noun} said that, names?`;
}

/** "and the month?", "the date?": a unit of time asked of the conversation's last event. */
const OVER_WHAT = /^(?:and\s+|so\s+|but\s+)?(?:over|about|because of|regarding|on) what\s*[?!.]*$/i;

/** "over what?" after an answer about how the parties stand: what they are in dispute over, or undefined. */
export function askOverWhat(text: string, state: ConversationState): string | undefined {
  if (!state.lastStanding) return undefined;
  if (OVER_WHAT.test(text.trim())) return 'what are the disputes?';
  // ("not good" -> "why tho": why the relationship stands so.)
  if (WHY_SO.test(text.trim())) return 'why is the relationship like that?';
  // ("not fully yet" -> "how long?": how long it will take to get there, not how long anything lasted.)
  return HOW_LONG.test(text.trim()) ? 'how long will it take?' : undefined;
}

const WHY_SO =
  /^(?:and\s+|so\s+|but\s+)?(?:why|how come)(?:\s+(?:is that|is it|then|tho|though|not))?\s*[?!.]*$/i;

const HOW_LONG =
  /^(?:and\s+|so\s+|but\s+)?(?:how long|hw long|how much longer)(?:\s+(?:then|tho|though))?\s*[?!.]*$/i;

const TIME_FOLLOW_UP = /^(?:and\s+|so\s+)?(?:the|what|which)?\s*(day|date|month|year|week|time)\s*\?*$/i;

/** The question a bare unit of time asks of the conversation's last event, or undefined. */
export function askWhenOfLastThing(text: string, state: ConversationState): string | undefined {
  const unit = TIME_FOLLOW_UP.exec(text.trim())?.[1];
  // ("what time?" asks the time of day, not which of the article's times.)
  if (!unit || !state.lastThing) return undefined;
  return unit.toLowerCase() === 'time' ? 'what time?' : `which ${unit.toLowerCase()}?`;
}

const ORDER_OF_THAT =
  /\b((?:before|after|earlier|later) or (?:before|after|earlier|later)) (that|this|it|then)\b/i;
// "were they before or after <B>?", "so before or after <B>": the last event is the one asked about.
const ORDER_OF_LAST =
  /^(?:and\s+|so\s+|ok\s+|okay\s+|but\s+)?(?:(?:was|were|is|are|did)\s+(?:it|they|that|this|those|these)\s+(?:happen\s+|held\s+|come\s+)?)?((?:before|after|earlier|later) or (?:before|after|earlier|later)\s+.+)$/i;

// "and the <B> thing was before or after?", "was <B> before or after?": <B> ordered against the last event.
const ORDER_WITHOUT_OBJECT =
  /^(?:and\s+|so\s+|ok\s+|but\s+)?(?:(?:was|were|is|did)\s+)?((?!(?:it|they|that|this|those|these)\b)[^,?]{3,60}?)(?:\s+(?:was|is|were|came|happened)|\s*,)?\s+((?:before|after|earlier|later) or (?:before|after|earlier|later))\s*\?*$/i;

/** "<A> was before or after that?": the conversation's last event in place of "that", or undefined. */
export function askOrderOfLastThing(
  text: string,
  state: ConversationState,
  store: FactStore,
): string | undefined {
  const thing = state.lastThing ? store.events.get(state.lastThing) : undefined;
  if (!thing) return undefined;
  if (ORDER_OF_THAT.test(text))
    return text.replace(/^and\s+/i, '').replace(ORDER_OF_THAT, `$1 ${thing.name}`);
  const asked = ORDER_OF_LAST.exec(text.trim())?.[1];
  if (asked) return `was ${thing.name} ${asked}`;
  // ("and the <B> thing was before or after?": <B> against the last event.)
  const open = ORDER_WITHOUT_OBJECT.exec(text.trim());
  return open?.[1] && open[2] ? `was ${open[1]} ${open[2]} ${thing.name}?` : undefined;
}

// "and <A> vs <B>?": two things put against each other, with no question of their own.
const PAIR_AGAINST =
  /^(?:and|so|ok|okay|what about|how about|and what about)\s+((?:(?!\b(?:vs|versus)\b)[^,?])+?)\s+(?:vs\.?|versus)\s+([^,?]+?)\s*\?*$/i;
const ASKED_ORDER = /\b(?:first|before|after|earlier|later|sooner|order)\b/i;

/**
 * "<A> or <B>, which was first?" -> "and <C> vs <D>?": the same question of order, of the two now put against
 * each other; undefined when the last question asked no order.
 */
export function askOrderOfAnotherPair(text: string, lastQuestion: string | undefined): string | undefined {
  const pair = PAIR_AGAINST.exec(text.trim());
  if (!pair?.[1] || !pair[2] || !lastQuestion || !ASKED_ORDER.test(lastQuestion)) return undefined;
  return `which came first, ${pair[1]} or ${pair[2]}?`;
}

// "same month as the <X> talks?": whether the last event fell in the same unit of time.
const SAME_AS =
  /^(?:and\s+|so\s+)?(?:(?:was|were|is) (?:it|that|they|this) )?(?:in |on )?(?:the )?same (day|week|month|year) as (.+?)\s*\?*$/i;

/** "same month as <X>?": asked of the conversation's last event, or undefined. */
export function askSameTimeAsLastThing(
  text: string,
  state: ConversationState,
  store: FactStore,
): string | undefined {
  const thing = state.lastThing ? store.events.get(state.lastThing) : undefined;
  const m = SAME_AS.exec(text.trim());
  // (By its shortest name: "the virtual meeting", not one that names its people, who are no part of the date.)
  const called = thing
    ? [thing.name, ...thing.aliases].reduce((a, b) => (b.length > 0 && b.length < a.length ? b : a))
    : '';
  return thing && m?.[1] && m[2] ? `was ${called} in the same ${m[1].toLowerCase()} as ${m[2]}?` : undefined;
}

/** After a list of one kind of thing, the noun a "<words> one" of the list stands for. */
const LISTED_KIND: Readonly<Record<string, string>> = { disputes: 'dispute', timeline: 'event' };
const ONE_OF_LIST = /\b(the|that)\s+((?:[\p{L}'-]+\s+){1,4})one\b/iu;

/** "what's the <X> one about" after a list of disputes: the <X> dispute, or undefined. */
export function askOfListedOne(text: string, state: ConversationState): string | undefined {
  const kind = LISTED_KIND[state.lastIntent ?? ''];
  if (!kind || !ONE_OF_LIST.test(text)) return undefined;
  return text.replace(ONE_OF_LIST, `$1 $2${kind}`);
}

/** "which one's <demonym>?", "who's the <demonym> guy": one of the people the last answer named, by side. */
const WHICH_OF_PEOPLE =
  /^(?:(?:and|so|ok|wait)\s+)?(?:which|who)(?:\s+one)?(?:'s|\s+is|\s+was|\s+of (?:them|those|the two) is)\s+(?:the\s+)?([\p{L}.]+)(?:\s+(?:one|guy|person|dude|man|woman|lady|official))?\s*\?*$/iu;

/** "who is <the one>?" of the last answer's people of the side the follow-up names, when exactly one is. */
export function askOfListedPerson(
  text: string,
  state: ConversationState,
  store: FactStore,
  parse: (text: string) => ParsedQuestion,
): string | undefined {
  const word = WHICH_OF_PEOPLE.exec(text.trim())?.[1];
  if (!word || state.lastPeople.length < 2) return undefined;
  const side = parse(word).mentions.find((m) => store.entities.get(m.id)?.kind === 'country')?.id;
  if (!side) return undefined;
  const ofSide = state.lastPeople.filter((id) => sideOf(store, id) === side);
  const [one, ...more] = ofSide;
  return one && more.length === 0 ? `who is ${store.nameOf(one)}?` : undefined;
}

/** "and the other guy?": the one the conversation's last person met, when that event has just one other. */
const OTHER_PERSON =
  /^(?:and\s+|so\s+|what about\s+|how about\s+)?(?:the\s+)?other\s+(?:([a-z]+)\s+)?(guy|one|person|dude|man|woman|lady|general|official|officer|fella)(?:\s+(?:mentioned|named|in the article))?\s*\?*$/i;
/** Nouns in that pattern that say nothing of a role. */
const ANY_PERSON = /^(?:guy|one|person|dude|man|woman|lady|fella)$/i;

/** The last question with its "he"/"his" (or "she"/"her") put as another person's name. */
const withPronounAs = (question: string, other: Entity) =>
  question
    .replace(/\b(?:his|her)\b/i, () => `${other.name}'s`)
    .replace(/\b(?:he|she|him)\b/i, () => other.name);

/** The last question asked again of the one the last person met, or undefined. */
export function askOfOtherPerson(
  text: string,
  state: ConversationState,
  store: FactStore,
): string | undefined {
  const person = state.lastPerson;
  const typed = OTHER_PERSON.exec(text.trim());
  if (!person || !typed || !state.lastQuestion) return undefined;
  // ("and the other <demonym> general": the one other person of that role, of that side if one is typed.)
  const [, qualifier, noun = ''] = typed;
  const side = qualifier
    ? store.facts.entities.find(
        (e) =>
          e.kind === 'country' &&
          [e.name, e.demonym ?? '', ...e.aliases].some((n) => n.toLowerCase() === qualifier.toLowerCase()),
      )
    : undefined;
  if (qualifier && !side) return undefined;
  const ofRole = ANY_PERSON.test(noun)
    ? []
    : store.facts.entities.filter(
        (e) =>
          e.kind === 'person' &&
          e.id !== person &&
          new RegExp(`\\b${noun}\\b`, 'i').test(`${e.rank ?? ''} ${e.title ?? ''} ${e.description}`) &&
          (!side || sideOf(store, e.id) === side.id),
      );
  const [byRole, ...moreOfRole] = ofRole;
  if (byRole && moreOfRole.length === 0) {
    const again = withPronounAs(state.lastQuestion, byRole);
    if (again !== state.lastQuestion) return again;
    // (A question that named the last person is asked again of this one by name.)
    const last = store.entities.get(person);
    const named =
      last &&
      [last.name, ...last.aliases].find((n) => state.lastQuestion?.toLowerCase().includes(n.toLowerCase()));
    return named
      ? state.lastQuestion.replace(new RegExp(escapeRegExp(named), 'i'), () => byRole.name)
      : `who is ${byRole.name}?`;
  }
  if (side || (!ANY_PERSON.test(noun) && ofRole.length > 1)) return undefined;
  const others = new Set(
    store.facts.events
      .filter((e) => e.participants.some((p) => p.entity === person))
      .flatMap((e) => e.participants.map((p) => p.entity))
      .filter((id) => id !== person && store.entities.get(id)?.kind === 'person'),
  );
  const [other, ...more] = [...others].flatMap((id) => store.entities.get(id) ?? []);
  if (!other || more.length > 0) return undefined;
  // (Only a last question that spoke of the person by pronoun can be asked again of another.)
  const again = withPronounAs(state.lastQuestion, other);
  return again !== state.lastQuestion ? again : `who is ${other.name}?`;
}

/** Kinds of event that are a meeting of people: a meeting, talks. */
const meets = (kind: string) => kind === 'meeting' || kind === 'talks';

const OTHER_EVENT =
  /^(?:and\s+|so\s+|what about\s+|how about\s+)?(?:the\s+)?other\s+(?:one|meeting|talks?|event|round)\s*\?*$/i;

/**
 * "which meeting was virtual" -> "and the other one?": of an event, the one other event of its kind, told about;
 * undefined when the conversation is on a person it named or the kind has no single other event.
 */
export function askOfOtherEvent(
  text: string,
  state: ConversationState,
  store: FactStore,
  parse: (text: string) => ParsedQuestion,
): string | undefined {
  const last = state.lastThing ? store.events.get(state.lastThing) : undefined;
  if (!last || !OTHER_EVENT.test(text.trim())) return undefined;
  // (Not when the last question named a person: "the other one" is whom they met.)
  const named = parse(state.lastQuestion ?? '').mentions;
  if (named.some((m) => store.entities.get(m.id)?.kind === 'person')) return undefined;
  // (A meeting and talks are both meetings of people.)
  const others = store.facts.events.filter(
    (e) => e.id !== last.id && (e.kind === last.kind || (meets(e.kind) && meets(last.kind))),
  );
  const [other, ...more] = others;
  return other && more.length === 0 ? `what happened at ${other.name}?` : undefined;
}

const OTHER_EVENT_ASKED =
  /^(?:so\s+|and\s+|ok\s+|okay\s+)?(?:what|which|wat)(?:\s+(?:was|is|were|are)|'s|s)?\s+(?:the\s+)?other\s+(meeting|talks?|call|event)(?:\s+(?:mentioned|in the article|they mention|the article mentions))?(?:,?\s+not\s+the\s+(.+?)\s+one)?\s*\?*$/i;

/**
 * "what was the other meeting mentioned, not the <A> one" with nothing before it: the one meeting of the article
 * other than its news (or than the one of the person set aside), told about.
 */
export function askOfOtherEventNamed(
  text: string,
  store: FactStore,
  parse: (text: string) => ParsedQuestion,
): string | undefined {
  const asked = OTHER_EVENT_ASKED.exec(text.trim());
  if (!asked) return undefined;
  const aside = asked[2] ? parse(asked[2]).mentions.map((m) => m.id) : [];
  const setAside = aside.length
    ? store.facts.events.filter(
        (e) => aside.includes(e.id) || e.participants.some((p) => aside.includes(p.entity)),
      )
    : [newsEvent(store)].filter((e) => e !== undefined);
  if (setAside.length !== 1) return undefined;
  const others = store.facts.events.filter((e) => meets(e.kind) && !setAside.includes(e));
  const [other, ...more] = others;
  return other && more.length === 0 ? `what happened at ${other.name}?` : undefined;
}

/** "rank", "his title?", "and her job": one word asked of the person the conversation is about. */
const ROLE_FOLLOW_UP =
  /^(?:and\s+|so\s+)?(?:his|her|their|the|what|which|whats|what's|what is)?\s*(?:(?:that|this|the)\s+(?:guy|man|dude|person|one|lady|woman)(?:'s|s)?\s+)?((?:full\s+|exact\s+|official\s+)?(?:rank|title|job|role|position|office|side|country|nationality|name))(?:\s+(?:again|exactly|tho|though|then))?\s*\?*$/i;

/** "the one who went to <X>" (put up for checking with a tag, "..., yea?"): a description of someone. */
const ONE_WHO =
  /^(?:so\s+|and\s+)?(?:(?:he|she|they)(?:'s|'re|\s+is|\s+was|\s+are|\s+were)\s+)?the\s+(?:one|guy|woman|man|person|lady)\s+(?:who|that)\s+(.+?)\s*\?*$/iu;

/** "deputy or director?", "the general or the admiral": two short options, no verb, of the last person. */
const TITLE_CHOICE =
  /^(?:and\s+|so\s+)?((?:the\s+|a\s+)?\p{L}+(?:\s+\p{L}+)?)\s+or\s+((?:the\s+|a\s+)?\p{L}+(?:\s+\p{L}+)?)\s*\?*$/iu;

/** The question a bare role word asks of the conversation's last person, or undefined. */
export function askOfLastPerson(
  text: string,
  state: ConversationState,
  store: FactStore,
  placeNouns: ReadonlySet<string>,
  /** Whether the message was put up for checking ("..., yea?"), its tag gone from the text. */
  claimed = false,
): string | undefined {
  const trimmed = text.trim();
  const word = ROLE_FOLLOW_UP.exec(trimmed)?.[1];
  // ("that guy's rank": the one an answer just brought in, when it did.)
  const pointed = /\b(?:that|this)\s+(?:guy|man|dude|person|one|lady|woman)/i.test(text)
    ? state.lastNewcomer
    : undefined;
  const personId = pointed ?? state.lastPerson;
  const person = personId ? store.entities.get(personId) : undefined;
  if (word && person) return `what is ${person.name}'s ${word.toLowerCase()}?`;
  // ("the one who went to <X>, yea?": a description of the last person put up for checking.)
  const confirmed = claimed ? ONE_WHO.exec(trimmed) : undefined;
  if (person && confirmed?.[1]) return `was it ${person.name} who ${confirmed[1]}?`;
  // ("deputy or director": words of the person's title offered (its words of office, not the places it names),
  // asked as "is <A> <X> or <Y>"; both of them in it, "deputy or assistant secretary", ask the whole title.)
  const offered = TITLE_CHOICE.exec(trimmed);
  if (person && offered?.[1] && offered[2]) {
    const titleWords = new Set((person.title ?? '').split(/[^\p{L}]+/u).filter((w) => /^\p{Ll}+$/u.test(w)));
    const inTitle = (option: string) =>
      option
        .toLowerCase()
        .replace(/^(?:the|a)\s+/, '')
        .split(/\s+/)
        .every((w) => titleWords.has(w));
    const [first, second] = [inTitle(offered[1]), inTitle(offered[2])];
    if (first && second) return `what is ${person.name}'s title?`;
    // (Each with its article, so the name is read whole: "is <Given Family> the <X> or the <Y>".)
    const the = (option: string) => (/^(?:the|a|an)\s/i.test(option) ? option : `the ${option}`);
    if (first || second) return `is ${person.name} ${the(offered[1])} or ${the(offered[2])}?`;
  }
  // "<person>'s title?" -> "of what?": the rest of the title; "which regions?": the places it covers.
  if (person?.title && state.lastIntent === 'who-is' && OF_WHAT.test(trimmed))
    return `what is ${person.name}'s title?`;
  // ("which office specifically", "under what body": the body the last person works for, by the word asked.)
  const body = WHICH_BODY.exec(trimmed)?.[1]?.toLowerCase();
  const { organisationNouns, departmentNouns } = cueWords().lists;
  const bodyWords = [...organisationNouns, ...departmentNouns, 'office', 'commission'];
  // ("what office" ... "is that under the <X>?": that body of the last person's, not the event last spoken of.)
  const under = THAT_UNDER.exec(trimmed)?.[1];
  const askedBody = (state.lastQuestion ?? '')
    .toLowerCase()
    .split(/[^a-z]+/)
    .find((w) => bodyWords.includes(w));
  if (person && under && askedBody) return `is ${person.name}'s ${askedBody} ${under}?`;
  if (person && body && bodyWords.includes(body)) return `which ${body} does ${person.name} work for?`;
  const places = WHICH_NOUN.exec(trimmed)?.[1]?.toLowerCase();
  if (person && places && placeNouns.has(places) && titleScope(person))
    return `which ${places} is ${person.name} responsible for?`;
  // "<person> rank?": the same, of the person named.
  const named = NAMED_ROLE.exec(trimmed);
  const who = named?.[1]?.toLowerCase();
  const entity =
    who &&
    store.facts.entities.find(
      (e) => e.kind === 'person' && [e.name, ...e.aliases].some((a) => a.toLowerCase() === who),
    );
  if (entity && named?.[2]) return `what is ${entity.name}'s ${named[2].toLowerCase()}?`;
  // "and the <demonym> guy's rank?": the same of a person described, whom the question then resolves.
  const described = DESCRIBED_ROLE.exec(trimmed);
  return described?.[1] && described[2]
    ? `what is ${described[1]}'s ${described[2].toLowerCase()}?`
    : undefined;
}

/** "how many is that?", "how many are there": the count of what the last answer listed. */
const COUNT_FOLLOW_UP =
  /^(?:and\s+|so\s+|ok\s+|okay\s+)?how many(?:(?:\s+[\p{L}]+)?\s+(?:is|are|was|were)\s+(?:that|those|these|there|they|them|it)|\s+(?:things|ones|items|of them)\s+(?:does|did|do)\s+(?:it|the article|they|that)\s+(?:list|name|mention|give))?(?:\s+(?:in total|total|altogether|all together|then))?\s*\?*$/iu;

/** "how many of them are <demonym>?", and then "and <demonym>s?": of what the last answer listed, one side's. */
const COUNT_OF_SIDE =
  /^(?:and\s+|so\s+|ok\s+)?how many (?:of (?:them|those|these|the people)\s+)?(?:(?:are|were|is)\s+|(?<=of (?:them|those|these|the people)\s+))(.+?)\s*\?*$/i;
const WHICH_ONES = /^(?:and\s+)?(?:which|who)(?:\s+ones?|\s+are they|\s+were they)?\s*\?*$/i;
const AND_SIDE = /^(?:and|what about|how about)\s+(?:the\s+)?([\p{L}]+)\s*\?*$/iu;

/** The listed entities of one side, with that side's id, or undefined when the question counts no side. */
export function countedOfSide(
  text: string,
  state: ConversationState,
  parse: (text: string) => ParsedQuestion,
  store: FactStore,
): { side: string; ids: string[]; citations: Citation[]; asked: string } | undefined {
  const ids = state.lastItems?.ids;
  if (!ids?.length) return undefined;
  // ("which ones?" after such a count: the same side, listed.)
  const last = COUNT_OF_SIDE.exec(state.lastQuestion ?? '')?.[1];
  const asked =
    COUNT_OF_SIDE.exec(text.trim())?.[1] ??
    (last
      ? (AND_SIDE.exec(text.trim())?.[1] ?? (WHICH_ONES.test(text.trim()) ? last : undefined))
      : undefined);
  if (!asked) return undefined;
  const side = parse(asked).mentions.find((m) => store.entities.get(m.id)?.kind === 'country')?.id;
  if (!side) return undefined;
  return {
    side,
    asked: `how many of them are ${asked}`,
    ids: ids.filter((id) => sideOf(store, id) === side),
    citations: state.lastItems?.citations ?? [],
  };
}

/** "which of them are presidents": of the people the last answer listed, those of a title or rank. */
// ("which ones are <demonym>", "which are <demonym>": the same.)
const WHICH_OF_THEM =
  /^(?:and\s+|so\s+|ok\s+)?(?:(?:which|who)\s+of\s+(?:them|those|these)\s+(?:are|is|were|was)|which\s+ones\s+(?:are|were)|which\s+(?:are|were))\s+(?:the\s+|a\s+|an\s+)?([\p{L}-]+?)(?:s)?\s*\?*$/iu;
// "and the <demonym> one?" after such a list: those of the other side named.
const AND_THE_SIDE =
  /^(?:and|what about|how about)\s+(?:the\s+)?([\p{L}-]+?)(?:s)?\s+(?:ones?|guys?|people|person|general|generals)\s*\?*$/iu;

export function listedOfRole(
  text: string,
  state: ConversationState,
  store: FactStore,
): { role: string; ids: string[]; citations: Citation[] } | undefined {
  const listed = state.lastItems?.ids ?? [];
  const ofSide = (word: string) =>
    store.facts.entities.find(
      (e) => e.kind === 'country' && e.demonym?.toLowerCase() === word.replace(/s$/, ''),
    );
  // (Only of a list of people, and only a side: "and the <demonym> one?".)
  const sideWord = AND_THE_SIDE.exec(text.trim())?.[1]?.toLowerCase();
  // (Of a list of several: after one person, "and the <demonym> one?" asks the last question of the other side.)
  const people = listed.length > 1 && listed.every((id) => store.entities.get(id)?.kind === 'person');
  const role =
    WHICH_OF_THEM.exec(text.trim())?.[1]?.toLowerCase() ??
    (sideWord && people && ofSide(sideWord) ? sideWord : undefined);
  if (!role || listed.length === 0) return undefined;
  // ("which of them are <demonym>": those of that side.)
  const side = ofSide(role);
  const ids = listed.filter((id) => {
    const e = store.entities.get(id);
    if (side) return sideOf(store, id) === side.id;
    return e !== undefined && new RegExp(`\\b${role}`, 'i').test(`${e.title ?? ''} ${e.rank ?? ''}`);
  });
  return { role, ids, citations: store.cite(...ids.map((id) => store.entities.get(id)?.evidence)) };
}

/** The items of the last answer when the question counts them, or undefined. */
export function countedItems(text: string, state: ConversationState): ConversationState['lastItems'] {
  return COUNT_FOLLOW_UP.test(text.trim()) ? state.lastItems : undefined;
}

/** "is <X> one of them?", "is <X> on the list?": whether the last answer listed <X>. */
const MEMBER_OF_LIST =
  /^(?:and\s+|so\s+|what about\s+)?(?:is|are|was|were)\s+(.{2,40}?)\s+(?:(?:one|any|part)\s+of\s+(?:them|those|these|the list|that list)|among\s+(?:them|those|these)|on\s+(?:the|that)\s+list|in\s+(?:the|that)\s+list|included|in there)\s*\?*$/i;

/** "<X> too?", "and <X> as well?": whether the last answer's list also holds <X>. */
const ALSO_LISTED =
  /^(?:and\s+|so\s+|what about\s+)?(?:is\s+|are\s+)?((?!(?:does|did|do|can|will|would|has|have|had|was|were|he|she|they|it|i|you|we)\b)[\p{L}][\p{L}.'-]*(?:\s+[\p{L}][\p{L}.'-]*){0,2})\s+(?:too|as well|also)\s*\?*$/iu;

/** Whether the last answer's list holds what "is <X> one of them?" asks of, or undefined when no list is asked. */
export function listedMember(
  text: string,
  state: ConversationState,
  parse: (text: string) => ParsedQuestion,
): { member: boolean; asked: string; items: readonly string[]; citations: Citation[] } | undefined {
  // (Most turns follow no list: settled before any pattern is tried.)
  const listed = state.lastItems;
  if (!listed?.items.length) return undefined;
  const asked = MEMBER_OF_LIST.exec(text.trim())?.[1] ?? ALSO_LISTED.exec(text.trim())?.[1];
  if (!asked) return undefined;
  const ids = parse(asked).mentions.map((m) => m.id);
  const bare = asked.replace(/^the\s+/i, '').toLowerCase();
  const member =
    ids.some((id) => listed.ids?.includes(id)) ||
    listed.items.some((item) => item.toLowerCase().replace(/^the\s+/, '') === bare) ||
    // ("<X> too?" of "<X>'s future": an item that names it.)
    listed.items.some((item) => new RegExp(`\\b${escapeRegExp(bare)}\\b`, 'i').test(item));
  return { member, asked, items: listed.items, citations: listed.citations };
}

/** "which sea?", "what court": one word for a kind of thing, asked after a list. */
const WHICH_KIND = /^(?:(?:and|so|ok|okay|wait)\s+)?(?:which|what|wat)\s+(\p{L}{3,})\s*\?*$/iu;

/**
 * "which sea?" after a list that names one ("claims in the <X> Sea"): the name the list gives that ends
 * in the word asked, with its item; undefined unless exactly one name does.
 */
export function whichOfListed(
  text: string,
  state: ConversationState,
): { name: string; item: string; citations: Citation[] } | undefined {
  const listed = state.lastItems;
  const kind = listed?.items.length ? WHICH_KIND.exec(text.trim())?.[1] : undefined;
  if (!listed || !kind) return undefined;
  // (Capitalised words before the kind's word, however it is typed: "<X> Sea" for "sea".)
  const word = kind.toLowerCase();
  const named = new RegExp(
    `(?:\\p{Lu}[\\p{L}.'-]*\\s+){1,4}(?:${escapeRegExp(word)}|${escapeRegExp(word.charAt(0).toUpperCase() + word.slice(1))})\\b`,
    'u',
  );
  const found = listed.items.flatMap((item) => {
    const m = named.exec(item);
    return m ? [{ name: m[0], item }] : [];
  });
  const [one, ...more] = found;
  return one && more.every((f) => f.name === one.name) ? { ...one, citations: listed.citations } : undefined;
}

/** "name them", "who are they", "list them": what the last answer counted, by name. */
const NAME_THEM =
  /^(?:(?:and|so|ok|okay|pls|please)\s+)*(?:name them|list them|who are they|who were they|which ones are they|what are they|names)(?:\s+(?:pls|please|all))?\s*[?.!]*$/i;

/** The items of the last answer when the question asks them named, or undefined. */
export function namedItems(text: string, state: ConversationState): ConversationState['lastItems'] {
  return NAME_THEM.test(text.trim()) ? state.lastItems : undefined;
}

// (Unwrapping has turned "of what" into "what of".)
// ("covering what": the places it is for.)
const OF_WHAT =
  /^(?:and\s+)?(?:(?:of|for|cover(?:ing|s)?|responsible for|in charge of)\s+(?:what|which|where)(?:\s+(?:places|countries|regions|areas|ones))?|(?:what|which|where)\s+(?:of|for|cover(?:ing|s)?))\s*\?*$/i;
// ("which countries", "which countries does that cover", "what regions is he responsible for")
const WHICH_BODY =
  /^(?:and\s+|so\s+|ok\s+)?(?:(?:under|in|at|from|of|within|inside|part\s+of)\s+)?(?:which|what)\s+(\p{L}+)(?:\s+(?:specifically|exactly|precisely|tho|though|then))?\s*\?*$/iu;
/** "is that under the <X>?", "is it part of <X>": where a body just asked about stands. */
const THAT_UNDER =
  /^(?:and\s+|so\s+)?(?:is|was|isn't|wasn't)\s+(?:that|it|this)\s+((?:under|part\s+of|a\s+part\s+of|within|inside|in)\s+.+?)\s*\?*$/iu;
const WHICH_NOUN =
  /^(?:and\s+|so\s+)?(?:which|what)\s+(\p{L}+)(?:\s+(?:does|do|did|is|was)\s+(?:that|it|this|he|she|the\s+\p{L}+|his\s+\p{L}+|her\s+\p{L}+)(?:\s+(?:cover|include|span|handle|oversee|responsible for|in charge of|for))?)?\s*\?*$/iu;
/** Role words asked of someone named or described ("<person> rank?", "the <demonym> guy's title?"). */
const ROLE_ASKED = '(rank|title|job|role|position|nationality)';
const NAMED_ROLE = new RegExp(`^([\\p{L}. '-]+?)(?:'s|’s)?\\s+${ROLE_ASKED}\\s*\\?*$`, 'iu');
const DESCRIBED_ROLE = new RegExp(
  `^(?:and\\s+|so\\s+|what about\\s+)?((?:the|that|this)\\s+(?:[\\p{L}-]+\\s+){0,2}[\\p{L}-]+)(?:'s|’s)\\s+${ROLE_ASKED}\\s*\\?*$`,
  'iu',
);

/** A pronoun, or "that"/"this" standing alone: the question is about an earlier turn. */
export const pointsBack = (q: ParsedQuestion): boolean => {
  // "was it <A> that/who ...", "it was <A> that ...": a cleft sentence, its "it" and "that" point nowhere.
  const text = ` ${q.normals.join(' ')} `;
  const cleft = /\b(?:was|is) it\b|\bit (?:was|is)\b/.test(text) && / (?:that|who) /.test(text);
  const pronouns = cleft
    ? q.normals.filter((w) => w !== 'it' && /^(?:he|him|his|she|her|they|them|their)$/.test(w))
    : q.pronouns;
  return (
    pronouns.length > 0 ||
    (!cleft &&
      q.normals.some(
        (w, i) =>
          (w === 'that' || w === 'this') &&
          !/^(NOUN|PROPN|ADJ|NUM)$/.test(q.pos[i + 1] ?? '') &&
          // ("did they say that the ...": a conjunction.)
          q.pos[i - 1] !== 'VERB',
      ))
  );
};

/**
 * The last question asked again of another person ("who's <A>?" -> "who's <B>?"): the first person it names,
 * by name or alias, put in place; undefined when it names nobody.
 */
export function askedOfAnother(
  last: string | undefined,
  person: Entity,
  store: FactStore,
): string | undefined {
  if (!last) return undefined;
  const lower = last.toLowerCase();
  const found = store.facts.entities
    .filter((e) => e.kind === 'person' && e.id !== person.id)
    .flatMap((e) => [e.name, ...e.aliases])
    .filter((a) => a.length > 2)
    .sort((a, b) => b.length - a.length)
    .map((a) => ({
      a,
      at: lower.search(new RegExp(`\\b${escapeRegExp(a.toLowerCase())}\\b`)),
    }))
    .find((x) => x.at >= 0);
  return found
    ? `${last.slice(0, found.at)}${person.name}${last.slice(found.at + found.a.length)}`
    : undefined;
}

/** "so 16 before it?", "only 3?": a bare number put up against the count the last answer gave. */
const NUMBER_CHECK =
  /^(?:(?:so|ok|okay|and|wait|oh|hmm)[\s,]+)*(?:like\s+|only\s+|just\s+|exactly\s+)?([\p{L}\d]+)((?:\s+[\p{L}']+){0,3})\s*\?+\s*$/iu;

/** The number a follow-up puts up for checking against the last answer's count, with that count. */
export function checkedCount(
  text: string,
  state: ConversationState,
): { claimed: number; count: NonNullable<ConversationState['lastCount']> } | undefined {
  const count = state.lastCount;
  if (!count) return undefined;
  const m = NUMBER_CHECK.exec(text.trim());
  if (!m?.[1]) return undefined;
  const word = m[1].toLowerCase();
  const claimed = /^\d+$/.test(word) ? Number(word) : CARDINAL_WORDS.get(word);
  // (The words after the number may only carry the count on: "before it", "total", "in all", not a new claim.)
  const rest = (m[2] ?? '').trim().toLowerCase().split(/\s+/).filter(Boolean);
  const carries = rest.every((w) => cueWords().countCarryWords.has(w));
  return claimed !== undefined && carries ? { claimed, count } : undefined;
}
