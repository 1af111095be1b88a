/** What a parsed question says in words: cue words and phrases, the names it mentions, its content verbs. */
import type { FactStore } from '../facts/fact-store.js';
import type { Entity } from '../facts/schema.js';
import { loadGazetteer } from '../ingest/gazetteer.js';
import { dummyIt, type ParsedQuestion } from '../nlp/parse-question.js';
import { loadChatRegister } from './chat-register.js';
import { cueWords } from './cue-words.js';
import { memoOf } from './question-memo.js';

/**
 * Where the question refers back to a thing: "it" (not one standing for nothing), "that", "this", or "they" as the
 * subject straight after the auxiliary ("did they meet before <B>?"); -1 when it does not.
 */
export const thingReferenceAt = (q: ParsedQuestion): number =>
  q.normals.findIndex(
    (w, i) =>
      (w === 'it' && !dummyIt(q.normals, i)) ||
      w === 'that' ||
      w === 'this' ||
      (w === 'they' && i === 1 && q.pos[0] === 'AUX'),
  );

export const hasAny = (q: ParsedQuestion, ...words: string[]): boolean => {
  for (const w of words) if (q.words.has(w)) return true;
  return false;
};

/** hasAny of a list of words, without spreading it into arguments (a cue list is looked up as it is). */
export const hasAnyOf = (q: ParsedQuestion, words: readonly string[]): boolean => {
  for (let i = 0; i < words.length; i++) if (q.words.has(words[i] as string)) return true;
  return false;
};

/** "is it still not fixed?", "are ties still not back?": a claim negated after its first words (not "isn't it ...?"). */
export const negatedClaim = (q: ParsedQuestion): boolean =>
  q.normals.some((w, i) => (w === 'not' || w === "n't") && i > 1);

/**
 * Whether the question has one of the words outside the names it mentions: "<Helen> Org" is a name, not the
 * word "org".
 * @example hasAnyOutsideNames(parse("what did <Helen Org> demand"), 'org') // false
 */
export const hasAnyOutsideNames = (q: ParsedQuestion, ...words: string[]): boolean =>
  q.normals.some(
    (w, i) =>
      (words.includes(w) || words.includes(q.lemmas[i] ?? '')) &&
      !q.mentions.some((m) => m.start >= 0 && m.start <= i && i <= m.end),
  );

// Each phrase's first word and the phrase as searched for (between spaces), made once (the phrases are the
// intents' own, a few hundred).
const cut = new Map<string, { first: string; needle: string }>();

const ORDER_CHOICE = /^(?:before|earlier|prior|preceded|after|later|following|followed)$/;

/** "was it before or after <B>?": a choice between two orders, which no "Yes" or "No" answers. */
export const offersOrderChoice = (q: ParsedQuestion): boolean =>
  q.normals.some(
    (w, i) => ORDER_CHOICE.test(w) && q.normals[i + 1] === 'or' && ORDER_CHOICE.test(q.normals[i + 2] ?? ''),
  );

/** "how many rounds in total", "counting this one", "so far": a count of every one up to now. */
export const asksTotal = (q: ParsedQuestion): boolean =>
  q.normals.some((w) => cueWords().wholeCountWords.has(w)) ||
  hasPhrase(q, 'so far') ||
  hasPhrase(q, 'in all') ||
  hasAny(q, 'counting', 'including');

/** The words of a question that ask for such a count: the arithmetic's, which no sentence need hold. */
export const totalWords = (q: ParsedQuestion): string[] =>
  q.normals.filter((w) => cueWords().wholeCountWords.has(w) || TOTAL_WORDS.has(w));
const TOTAL_WORDS: ReadonlySet<string> = new Set(['counting', 'including', 'far', 'all']);

/** "what caused <X>", "what led to <X>": a causing verb straight after "what", which asks for a reason. */
export const asksCause = (q: ParsedQuestion): boolean =>
  q.normals[0] === 'what' &&
  q.pos[1] === 'VERB' &&
  (cueWords().causingVerbs.has(q.lemmas[1] ?? '') || cueWords().causingVerbs.has(q.normals[1] ?? ''));

/** "what led to <X>", "what did <X> lead to": a what-question about a cause or a consequence. */
export function asksCausation(q: ParsedQuestion): boolean {
  return q.wh === 'what' && cueWords().lists.consequenceVerbs.some((v) => hasPhrase(q, v));
}

/**
 * "what happened because of <X>", "what came of <X>", "what did <X> lead to": what followed from an event, not
 * what caused it.
 */
export function asksConsequence(q: ParsedQuestion): boolean {
  if (q.wh !== 'what') return false;
  const { consequencePhrases, consequenceVerbs } = cueWords().lists;
  const whAt = q.normals.indexOf('what');
  // ("<X> came back because of what agreement": the phrase asks for the cause when "what" is its object.)
  const causeAsked = consequencePhrases.some((p) => hasPhrase(q, `${p} what`));
  if (!causeAsked && consequencePhrases.some((p) => hasPhrase(q, p))) return true;
  // (The auxiliary right after "what": "what did <X> cause", not "what caused <X>".)
  // (Or a subject between "what" and the verb: "what <X> led to", as "<X> led to what?" is read.)
  const verbAt = q.lemmas.findIndex(
    (l, i) => i > whAt && consequenceVerbs.some((v) => v.split(' ')[0] === l),
  );
  // ("what agreement led to <X>": the noun "what" qualifies is what is asked for, no subject.)
  const subject = q.mentions.some(
    (m) => m.start > whAt + (q.pos[whAt] === 'DET' ? 1 : 0) && m.end < verbAt && m.id.startsWith('event:'),
  );
  return (
    (q.lemmas[whAt + 1] === 'do' || (verbAt > 0 && subject && q.pos[whAt + 1] !== 'ADP')) &&
    consequenceVerbs.some((v) => hasPhrase(q, v))
  );
}

/**
 * "what's <A>'s view on that", "what did <A> say about it": a view asked of what the pronoun last stood for; not
 * of a phrase the message gave before its question ("<a phrase> means what here, what did <A> say about it").
 */
export const asksViewOfPronoun = (q: ParsedQuestion): boolean => {
  const last = q.normals.findLastIndex((_w, i) => q.pos[i] !== 'PUNCT');
  return (
    /^(?:that|this|it)$/.test(q.normals[last] ?? '') &&
    /^(?:on|about|of|to)$/.test(q.normals[last - 1] ?? '') &&
    !q.normals.slice(0, Math.max(0, q.normals.lastIndexOf(q.wh ?? ''))).some((_w, i) => q.pos[i] === 'NOUN')
  );
};

/** "how long will it stay closed": a state asked to go on, whose end or stretch to come a sentence may give. */
export const asksStateGoingOn = (q: ParsedQuestion): boolean =>
  q.lemmas.some((l, i) => q.pos[i] === 'VERB' && cueWords().endingStateVerbs.has(l));

/** Whether the question's only verb, if any, is "be": "how long will the line be", "who is the <described>". */
export const onlyBeVerb = (q: ParsedQuestion): boolean =>
  !q.pos.some((p, i) => p === 'VERB' && q.lemmas[i] !== 'be');

/** True when the phrase's words occur in a row, as typed or as base forms ("take part", "day of the week"). */
export const hasPhrase = (q: ParsedQuestion, phrase: string): boolean => {
  // Most phrases are absent: a set lookup of the first word settles those before any string search.
  let parts = cut.get(phrase);
  if (parts === undefined) {
    const space = phrase.indexOf(' ');
    parts = { first: space < 0 ? phrase : phrase.slice(0, space), needle: ` ${phrase} ` };
    if (cut.size >= 10_000) cut.clear();
    cut.set(phrase, parts);
  }
  if (!q.words.has(parts.first)) return false;
  // Intents ask many phrase questions of one parsed question: its words are joined once (per question object).
  const memo = memoOf(q);
  let text = memo.joined;
  if (!text) {
    text = { normals: ` ${q.normals.join(' ')} `, lemmas: ` ${q.lemmas.join(' ')} ` };
    memo.joined = text;
  }
  return text.normals.includes(parts.needle) || text.lemmas.includes(parts.needle);
};

/** How many of the question's tokens are words (not punctuation), counted without a list. */
/** A yes/no question about the future: "will <X> ...?", "is <X> going to <verb> ...?" ("gonna" read as "going to"). */
export function asksFuture(q: ParsedQuestion): boolean {
  if (q.normals[0] === 'will') return true;
  if (!/^(is|are|am)$/.test(q.normals[0] ?? '')) return false;
  const at = q.normals.indexOf('going');
  // ("is there going to be a <thing>": "be" is read as an auxiliary.)
  return at > 0 && q.normals[at + 1] === 'to' && (q.pos[at + 2] === 'VERB' || q.lemmas[at + 2] === 'be');
}

export const wordCount = (q: ParsedQuestion): number => {
  let n = 0;
  for (const t of q.normals) if (/\w/.test(t)) n++;
  return n;
};

/** Nouns for one side of talks ("the <demonym> side", "their delegation"). */
const SIDE_NOUNS = /^(side|team|delegation|camp|contingent)$/;

/** "the <demonym> side": a mention (which may take the noun in) that names a side, not a place or party. */
export const namesSide = (q: ParsedQuestion, m: { start: number; end: number }): boolean =>
  m.start >= 0 && [q.normals[m.end], q.normals[m.end + 1]].some((w) => SIDE_NOUNS.test(w ?? ''));

/**
 * Whether the word at `i` is a verb, or stands straight after a name: wink often tags the verb after a name typed
 * in lower case as something else ("the <demonym> general say back", "does <A> claim <B>").
 */
export const verbOrAfterName = (q: ParsedQuestion, i: number): boolean =>
  q.pos[i] === 'VERB' || q.mentions.some((m) => m.start >= 0 && m.end === i - 1);

/**
 * Where "who else ... besides <X>" (or "except", "apart from", "other than") sets <X> aside: the index of the
 * word, -1 when nothing is set aside.
 */
export function exclusionAt(q: ParsedQuestion): number {
  return q.normals.findIndex(
    (w, i) =>
      w === 'besides' ||
      w === 'except' ||
      (w === 'apart' && q.normals[i + 1] === 'from') ||
      (w === 'other' && q.normals[i + 1] === 'than') ||
      (w === 'aside' && q.normals[i + 1] === 'from'),
  );
}

// (Both run for most intents on every question: loops over the few mentions, no copies.)
/** "<X> is which country?": a name put right before "is which <noun>" asks what it names. */
export function asksWhichIsNamed(q: ParsedQuestion): boolean {
  const at = q.normals.indexOf('which');
  return (
    at >= 2 &&
    /^(is|was|are)$/.test(q.normals[at - 1] ?? '') &&
    q.mentions.some((m) => m.start >= 0 && m.end === at - 2)
  );
}

/** A word's loose stem, for finding it in a text however it is inflected: all but its last two letters, at least four. */
/** The dates a claim gives an event: not one after "since", where a span starts ("the first call since <year>"). */
export const claimedDates = (q: ParsedQuestion): ParsedQuestion['dates'] =>
  q.dates.filter((d) => q.normals[(d.tokens[0] ?? 0) - 1] !== 'since');

export const looseStem = (w: string): string => w.slice(0, Math.max(4, w.length - 2));

export const mentionedIds = (q: ParsedQuestion): string[] => {
  const ids: string[] = [];
  for (const m of q.mentions) if (!ids.includes(m.id)) ids.push(m.id);
  return ids;
};

export const mentionedEntities = (q: ParsedQuestion, store: FactStore): Entity[] => {
  const ids: string[] = [];
  const found: Entity[] = [];
  for (const m of q.mentions) {
    if (ids.includes(m.id)) continue;
    ids.push(m.id);
    const entity = store.entities.get(m.id);
    if (entity) found.push(entity);
  }
  return found;
};

export const mentionedPeople = (q: ParsedQuestion, store: FactStore): Entity[] =>
  mentionedEntities(q, store).filter((e) => e.kind === 'person' || e.kind === 'group');

/** Lemmas of the question's content verbs ("Who did he meet?" -> ["meet"]). */
/** Where the question has a verb of making a thing ("when was <X> built"), by wink's own lemma; -1 if none. */
export const makingVerbAt = (q: ParsedQuestion): number =>
  q.pos.findIndex((p, i) => p === 'VERB' && cueWords().creationVerbs.has(q.ownLemmas[i] ?? ''));

export const contentVerbs = (q: ParsedQuestion): string[] =>
  q.lemmas.filter(
    (l, i) =>
      q.pos[i] === 'VERB' &&
      !cueWords().lightVerbs.has(l) &&
      // ("start talking": the verb after "start" is what was done.)
      !(cueWords().inceptiveVerbs.has(l) && q.pos[i + 1] === 'VERB' && q.normals[i + 1]?.endsWith('ing')) &&
      !q.mentions.some((m) => m.start <= i && i <= m.end) &&
      !q.dates.some((d) => d.tokens.includes(i)),
  );

/**
 * "which country shot down <X>?", "which <role> visited <a place>?": the noun after "which"/"what" did the act,
 * so the question asks who (wink may tag the verb as a noun; a word for an event there is the act).
 */
export function asksWhichDoer(q: ParsedQuestion, triggers: ReadonlyMap<string, readonly string[]>): boolean {
  const at = q.normals.findIndex((w) => w === 'which' || w === 'what');
  if (at < 0 || q.pos[at + 1] !== 'NOUN' || cueWords().happenings.has(q.normals[at + 1] ?? '')) return false;
  const next = at + 2;
  return (
    q.pos[next] === 'VERB' || (q.pos[next] !== 'AUX' && (triggers.get(q.lemmas[next] ?? '')?.length ?? 0) > 0)
  );
}

/** "<word> and <person>", "<person> n <word>": a word joined to a named person, a name typed in lower case. */
export function joinedToPerson(q: ParsedQuestion, i: number, isPerson: (id: string) => boolean): boolean {
  const personAt = (k: number) => q.mentions.some((m) => m.start <= k && k <= m.end && isPerson(m.id));
  return (
    (['and', 'with', 'n', '&'].includes(q.normals[i + 1] ?? '') && personAt(i + 2)) ||
    (['and', 'n', '&', 'with'].includes(q.normals[i - 1] ?? '') && personAt(i - 2)) ||
    // ("is <person> with the <body never named>": the one they are said to be with.)
    (q.normals[i - 1] === 'the' && q.normals[i - 2] === 'with' && personAt(i - 3))
  );
}

/**
 * "what is straining the relationship", "how many things make it strained": the troubles of the relationship
 * asked for, as a list, not how it stands.
 */
export function asksForStrains(q: ParsedQuestion): boolean {
  if (q.wh === 'why' || q.yesNo || q.wh === undefined) return false;
  const { strainVerbs, badStanding } = cueWords();
  // ("what's stressing the relationship": a verb of straining only with the relationship its object; "what did
  // <A> stress" asks what was said.)
  const ofRelationship = (i: number) =>
    q.normals.slice(i + 1, i + 5).some((w) => /^(?:relationship|relations|ties)$/.test(w));
  // (wink may tag the verb a noun before its object: "what strains the relationship".)
  const harming = q.lemmas.some(
    (l, i) =>
      (q.pos[i] === 'VERB' || (q.pos[i] === 'NOUN' && ofRelationship(i) && q.normals[i + 1] === 'the')) &&
      (strainVerbs.has(l) || (l === 'stress' && ofRelationship(i))),
  );
  const makeAt = q.lemmas.findIndex((l) => l === 'make' || l === 'keep' || l === 'cause');
  const made = makeAt >= 0 && q.normals.slice(makeAt + 1).some((w) => badStanding.has(w));
  // ("what is the relationship strained over", "tense because of what": what it stands badly over.)
  const over = q.normals.some(
    (w, i) =>
      badStanding.has(w) &&
      (/^(?:over|by)$/.test(q.normals[i + 1] ?? '') ||
        q.normals.slice(i + 1, i + 3).join(' ') === 'because of'),
  );
  return harming || made || over;
}

/**
 * "did <name> agree ...", typed in lower case: words the article never uses, standing alone between the
 * auxiliary that opens a yes/no question and its verb, are the subject's name (wink may read them as verbs).
 */
export function unknownSubjectAt(q: ParsedQuestion, i: number): boolean {
  // (A place the article never names is no person: "did <another country> come up".)
  if (q.otherPlaces.some((p) => p.start <= i && i <= p.end)) return false;
  const unknown = (k: number) => q.unknownWords.includes(q.normals[k] ?? '');
  if (q.pos[0] !== 'AUX') {
    // A claim put as a statement, "<name> made the deal with <person>?": one or two singular nouns (a plural,
    // "protesters gathered", is a group, no name) before the verb.
    let end = 0;
    while (
      end < 2 &&
      unknown(end) &&
      (q.pos[end] === 'NOUN' || q.pos[end] === 'PROPN') &&
      q.lemmas[end] === q.normals[end] &&
      !q.normals[end]?.endsWith('s')
    )
      end++;
    return i < end && q.pos[end] === 'VERB';
  }
  if (i < 1) return false;
  let end = 1;
  while (end < q.normals.length && unknown(end)) end++;
  // ("were interpreters used": a plural common noun is a kind of people or things, no one's name.)
  const plural = (k: number) =>
    q.pos[k] === 'NOUN' && q.lemmas[k] !== q.normals[k] && /s$/.test(q.normals[k] ?? '');
  if (plural(end - 1)) return false;
  return i < end && end > 1 && q.pos[end] === 'VERB';
}

/** Whether the question's word at i is a noun for how two things are linked ("connection", "ties"). */
export const linkNounAt = (q: ParsedQuestion, i: number): boolean =>
  loadChatRegister().linkNouns.has(q.lemmas[i] ?? '') || loadChatRegister().linkNouns.has(q.normals[i] ?? '');

/** Whether the question holds a noun for how two things are linked. */
export const hasLinkNoun = (q: ParsedQuestion): boolean => q.normals.some((_w, i) => linkNounAt(q, i));

/**
 * "who is the <demonym> general <person> spoke with", "who's the guy <person> met": a person named after
 * "the" and followed by their verb is the subject of a clause describing someone else (wink may tag "spoke" a
 * noun). That person's id, or undefined.
 */
export function clauseSubject(q: ParsedQuestion, store: FactStore): string | undefined {
  const the = q.normals.indexOf('the');
  if (the < 0) return undefined;
  // (Between "the" and the name only words of a description: "the <demonym> general <A>", not "the dialogue
  // after <A>"; and the verb one with an object left out, not "<A> mentioned", "<A> leading the talks".)
  const describing = (i: number) => q.pos[i] === 'ADJ' || q.pos[i] === 'NOUN' || q.pos[i] === 'PROPN';
  return q.mentions.find((m) => {
    const next = q.normals[m.end + 1] ?? '';
    const between = Array.from({ length: Math.max(0, m.start - the - 1) }, (_v, k) => the + 1 + k);
    return (
      m.start > the &&
      m.start - the <= 4 &&
      m.via === 'name' &&
      between.every(describing) &&
      store.entities.get(m.id)?.kind === 'person' &&
      (q.pos[m.end + 1] === 'VERB' ||
        // (A verb tagged a noun ends the clause or takes its preposition: "<A> spoke with".)
        (q.pos[m.end + 1] === 'NOUN' && /^(ADP|PUNCT)?$/.test(q.pos[m.end + 2] ?? ''))) &&
      !cueWords().anyone.has(next) &&
      !cueWords().personNouns.has(next) &&
      next !== "'s" &&
      !next.endsWith('ing') &&
      !cueWords().mentioningVerbs.has(q.lemmas[m.end + 1] ?? '') &&
      !cueWords().roleQuestionWords.has(next)
    );
  })?.id;
}

/**
 * Whether a mention starting at `start` is one of the pair a relationship is between, qualifying the subject of
 * a verb that comes after ("were ties between <A> and <B> cut"): it claims no one did anything. (Not the pair
 * claimed, "were the talks between <A> and <B>?", "did talks between <A> and <B> happen".)
 */
export function betweenParty(q: ParsedQuestion, start: number): boolean {
  const at = q.normals.indexOf('between');
  if (at < 0 || start <= at || start > at + 7) return false;
  const before = q.normals[start - 1] === 'the' ? start - 2 : start - 1;
  if (before !== at && q.normals[before] !== 'and' && q.normals[before] !== '&') return false;
  return q.pos.some(
    (p, i) =>
      i > start &&
      p === 'VERB' &&
      !cueWords().askingWords.has(q.lemmas[i] ?? '') &&
      !q.mentions.some((m) => m.start <= i && i <= m.end),
  );
}

/** Where "the first/second/last day" is named ("was the first day <a date>"): the ordinal's index, or -1. */
export const ordinalDayAt = (q: ParsedQuestion): number =>
  q.normals.findIndex(
    (w, i) => /^(?:first|opening|last|final|second)$/.test(w) && q.normals[i + 1] === 'day',
  );

/** "which company", "what agency": the noun after the question word is a word for an organisation. */
export function asksForBody(q: ParsedQuestion): boolean {
  if (q.wh !== 'what' && q.wh !== 'which') return false;
  const at = q.normals.indexOf(q.wh);
  const noun = q.normals[at + 1] ?? '';
  const { organisationNouns, businessNouns } = cueWords().lists;
  return q.pos[at + 1] === 'NOUN' && (organisationNouns.includes(noun) || businessNouns.includes(noun));
}

/** Whether a verb of the question, as typed, is one of saying ("who said ...", "who warned ..."). */
export function asksWhoSaid(q: ParsedQuestion): boolean {
  const { reportingVerbs } = loadGazetteer();
  return q.ownLemmas.some((l, i) => q.pos[i] === 'VERB' && reportingVerbs.has(l));
}

/**
 * "why is <A> called dr", "why do they call it <X>": why a name or title is used, which an article says only where
 * it tells what the name is after. (Not "why is it called a significant step": a description, which the article's
 * framing may explain.)
 */
export function asksWhyNamed(q: ParsedQuestion, sentences: readonly { text: string }[]): boolean {
  if (q.wh !== 'why') return false;
  const callAt = q.pos.findIndex((p, i) => p === 'VERB' && cueWords().namingVerbs.has(q.lemmas[i] ?? ''));
  return (
    callAt >= 0 &&
    !q.pos
      .slice(callAt + 1)
      .some((p, k) => p === 'ADJ' || /^(?:a|an|the)$/.test(q.normals[callAt + 1 + k] ?? '')) &&
    !sentences.some((s) => /\b(?:named|called) (?:after|for)\b/i.test(s.text))
  );
}

/**
 * "how much is <a firm> worth": the value of a firm, a person or a body named before the word of worth, which a
 * price it paid is not. The index of that word, or -1.
 */
export function worthOfSomeone(q: ParsedQuestion, store: FactStore): number {
  if (q.normals[0] !== 'how' || q.normals[1] !== 'much') return -1;
  const at = q.normals.findIndex((w) => cueWords().worthWords.has(w));
  const someone = q.mentions.some(
    (m) =>
      m.start > 1 &&
      m.end < at &&
      ['organization', 'person', 'group'].includes(store.entities.get(m.id)?.kind ?? ''),
  );
  return at > 1 && someone ? at : -1;
}

/** Whether the word at `i` is part of a description the question names a person by ("the guy running the <A> desk"). */
export const inDescription = (q: ParsedQuestion, i: number): boolean =>
  q.mentions.some((m) => m.via === 'description' && m.start >= 0 && m.start <= i && i <= m.end);

/** Whether word i is the "charge" of "in charge of": heading something, not a charge paid or brought. */
export const inChargeAt = (q: ParsedQuestion, i: number): boolean =>
  q.normals[i] === 'charge' && q.normals[i - 1] === 'in' && q.normals[i + 1] === 'of';
