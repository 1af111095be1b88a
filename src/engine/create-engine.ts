import { intents as defaultIntents } from '../../intents/index.js';
import { type ArticleData, indexArticle, readArticle } from '../facts/load-facts.js';
import type { Entity } from '../facts/schema.js';
import { loadGazetteer } from '../ingest/gazetteer.js';
import { buildLexicon } from '../nlp/build-lexicon.js';
import { createNlp, type Nlp, splitSentences } from '../nlp/create-nlp.js';
import {
  expandAbbreviations,
  loadAbbreviations,
  loadIdioms,
  loadSynonyms,
  rewriteIdioms,
} from '../nlp/load-synonyms.js';
import { CARDINAL_WORDS } from '../nlp/number-words.js';
import { type ParsedQuestion, parseQuestion } from '../nlp/parse-question.js';
import { createAbsentCountries } from './absent-countries.js';
import { timeAfterArticle } from './after-the-article.js';
import {
  type Alternatives,
  chooseAlternative,
  type PartyOf,
  splitAlternatives,
  splitWhichOf,
  splitWhoDidOfTwo,
} from './alternative-question.js';
import { oppositesOf } from './antonyms.js';
import { attachedCount, numberOfOtherAct } from './attached-count.js';
import { BEYOND_REPLIES, createBeyondCheck } from './beyond-the-article.js';
import { loadChatRegister } from './chat-register.js';
import { createClaimChecker } from './check-claim.js';
import { checkProgress } from './check-progress.js';
import { claimAsQuestion } from './claim-as-question.js';
import { checkCleft, cleftOf, pickOffered } from './cleft-question.js';
import { asksRankOrder, compareRanks } from './compare-ranks.js';
import {
  askAgainOf,
  askBetweenThem,
  askedOfAnother,
  askOfAnotherPerson,
  askOfAnotherThing,
  askOfLastPerson,
  askOfLastPossessed,
  askOfLastRound,
  askOfListedOne,
  askOfListedPerson,
  askOfOtherEvent,
  askOfOtherEventNamed,
  askOfOtherPerson,
  askOfRoundBefore,
  askOrderOfAnotherPair,
  askOrderOfLastThing,
  askOrderWithLastThing,
  askOverWhat,
  askSameTimeAsLastThing,
  askWhenOfLastThing,
  askWhichOnes,
  askWhichSaid,
  askWithAnotherOrdinal,
  askWithAnotherVerb,
  checkedCount,
  countedItems,
  countedOfSide,
  listedMember,
  listedOfRole,
  namedItems,
  pointsBack,
  remember,
  resolvePronouns,
  whichOfListed,
} from './conversation-context.js';
import { ConversationMemory, type ConversationState } from './conversation-memory.js';
import { takerFromGiver } from './converse-question.js';
import { cueWords } from './cue-words.js';
import { createForeignCheck } from './detect-language.js';
import { answerEachDescribed } from './each-described.js';
import { effectOfLast } from './effect-of-last.js';
import { escapeRegExp } from './escape-reg-exp.js';
import { linkEventNouns } from './event-nouns.js';
import { newsEvent, rankEvents } from './event-ranking.js';
import { correctPeople, correctPlace } from './false-premise.js';
import { checkIdentity } from './identity-claim.js';
import type { Intent, IntentReply, Knowledge } from './intent.js';
import { createLightVerbRewrite } from './light-verb-nouns.js';
import { createLookups } from './lookups.js';
import { positiveWhy, saysOpposite } from './negated-why.js';
import { objectGapQuestion } from './object-gap.js';
import { orderEvents, orderOptions } from './order-events.js';
import { createOtherSide } from './other-side.js';
import { ownClaims } from './own-claims.js';
import { echoesWhole } from './part-of-whole.js';
import { fullName } from './parties.js';
import { plannedActsOf } from './planned-acts.js';
import { holdsAll, lacksWords } from './prefer-grounded.js';
import { premiseClause, trailingRelative } from './premise-clause.js';
import {
  asksCausation,
  asksViewOfPronoun,
  inDescription,
  joinedToPerson,
  thingReferenceAt,
  unknownSubjectAt,
  worthOfSomeone,
} from './question-cues.js';
import { createSentenceReader, worthUnsaid } from './read-sentences.js';
import { createRefusals } from './refusals.js';
import { relativeClaim } from './relative-round.js';
import { resolveRemoteDescribed } from './remote-described.js';
import { resolveDescriptions, soleMemberOf } from './resolve-descriptions.js';
import { createSentenceRetriever } from './retrieve-sentence.js';
import { type Checked, ROUTING } from './routing.js';
import { INPUT_REPLIES, sanitizeInput } from './sanitize-input.js';
import { asksAmount } from './sentence-answers.js';
import { createSentenceIndex } from './sentence-index.js';
import {
  combineAnswers,
  SOMETHING_WENT_WRONG,
  splitClarification,
  splitQuestions,
  splitRambling,
  splitRestatement,
  undislocate,
  whichOneOf,
} from './split-questions.js';
import { suggestQuestions } from './suggest-questions.js';
import { titleHolder } from './title-holder.js';
import type { Answer, Citation, Engine } from './types.js';
import { createUnsaidWords } from './unsaid-words.js';
import { createUnstatedComparison } from './unstated-comparison.js';
import {
  dateGuessClaim,
  placeGuessClaim,
  type UnwrappedQuestion,
  unwrapQuestion,
} from './unwrap-question.js';
import { answerVote, voteAsked } from './vote-tally.js';
import { noSuchWoman, restSaidOf, womanOfBody } from './woman-not-named.js';
import { loadWordNet } from './word-tables.js';
import { capitalize, joinNames } from './wording.js';
import { createYesCheck } from './yes-check.js';

export interface EngineOptions {
  /** The project's `data/`, for the language resources (`data/language/`). */
  dataDir?: string;
  /** The article to serve: data built by ingestion or read with `readArticle`; defaults to the library's default. */
  article?: ArticleData;
  /** A wink instance to reuse (ingestion in the same process already loaded one). */
  nlp?: Nlp;
  /** Defaults to `intents/index.ts`. */
  intents?: readonly Intent[];
}

const NOT_COVERED = 'not-covered';
/** A question whether something was there at all: "was there a <X>", "is there any <X>". */
const THERE_WAS =
  /^(?:(?:so|and|but|ok|also)\s+)?(?:was|were|is|are|has|had)\s+there\s+(?:ever\s+)?(?:an?|any|some)\b/i;
/** A part of a message that points back at the part before: "and what did it say", "when was that". */
const REFERS_BACK = /\b(?:it|its)\b|\b(?:that|this)\s*[?!.]*$/i;
/** "who is <someone> ...": a question asking who someone is. */
const ASKED_WHO = /^\s*(?:(?:and|so|ok)\s+)?(?:who(?:'s|s)?|whos)\b/i;
/** A pronoun for a person asked about before. */
const PERSON_BACK = /\b(?:he|she|they|him|her|them|his|their)\b/i;
/** A reply only when it answers: a refusal leaves the question to the next check. */
const answeredOnly = (reply: IntentReply | undefined) => (reply?.answered ? reply : undefined);
/** Answers that tell an event or quote a sentence, not name a thing asked for by name. */
const EVENT_ANSWERS = new Set([
  'what-happened',
  'when',
  'where',
  'timeline',
  'quantity',
  'read-sentences',
  'retrieval',
]);
/**
 * "what's <X> called", "what is the name of <X>": a name asked for, of a thing no name or description in the
 * question resolved, nor a person (not "what's <A>'s counterpart called": the person intents answer that).
 */
const asksName = (q: ParsedQuestion, isPersonWord: (w: string) => boolean) => {
  if (q.wh !== 'what') return false;
  const last = q.normals.findLastIndex((w) => /\w/.test(w));
  const of = q.normals.findIndex((w, i) => w === 'name' && q.normals[i + 1] === 'of');
  const head =
    q.normals[last] === 'called'
      ? last - 1
      : of >= 0
        ? q.pos.findIndex((p, i) => i > of && p === 'NOUN')
        : -1;
  return (
    head >= 0 &&
    !isPersonWord(q.lemmas[head] ?? '') &&
    !q.mentions.some((m) => m.start <= head && head <= m.end)
  );
};
/** "<X> are needed to stop what", "<A> wanted to prevent what": the object of an act, asked last. */
const objectAsked = (q: ParsedQuestion) => {
  const last = q.normals.findLastIndex((w, i) => q.pos[i] !== 'PUNCT' && w !== '?');
  return q.normals[last] === 'what' && q.pos[last - 1] === 'VERB' && q.normals[0] !== 'what';
};
/** "so <a statement>", "lol so <a statement>": what the member took from the article, put up for checking. */
const SO_SUMMARY =
  /^\W*(?:(?:lol|lmao|wait|ok|okay|hmm+|um+|oh)\W+)*so\s+(?!what|who|when|where|why|how|which)/i;
// ("<X> was <A> or <B> or what": an open alternative asks, with or without its question mark.)
const OPEN_ALTERNATIVE = /\bor (?:what|smth|something|sth|nah|not)\s*$/i;
// (The remark is no question of its own, nor a description: "the <demonym> guy <A> met, was he ...".)
// (A lead-in about the article itself is no description: "the article keeps calling <A> dr, is he a doctor".)
const leadThenPronounQuestion = (articleNouns: ReadonlySet<string>) =>
  new RegExp(
    String.raw`^(?!(?:wait\s+|so\s+|ok\s+)?(?:who|whom|whose|what|whats|when|where|why|how|which|is|was|are|were|did|does|do|the(?!\s+(?:${[...articleNouns].map(escapeRegExp).join('|')})\b)|a|an|that|this)\b)([^,?]{4,100}?),\s*((?:is|was|are|were|did|does|do|has|had|can)\s+(?:he|she)\b[^,]*)$`,
    'i',
  );
/** "which people ...", "what two officials ...": a plural noun after the question word asks for several. */
const asksForSeveral = (q: ParsedQuestion) => {
  const at = q.normals.indexOf('which') + 1;
  const noun = q.normals[at] ?? '';
  return (
    at > 0 &&
    (q.pos[at] === 'NOUN' || q.pos[at] === 'NUM') &&
    (noun !== q.lemmas[at] || cueWords().peopleNouns.has(noun) || q.pos[at] === 'NUM')
  );
};
const WH_WORDS = new Set(['who', 'whom', 'whose', 'what', 'when', 'where', 'why', 'how', 'which']);
/** A person, a choice, a time, a place or an amount asked for: what a sentence merely near the question does not give. */
const asksSpecific = (q: ParsedQuestion) =>
  (!q.yesNo && ['who', 'whom', 'whose', 'which', 'when', 'where'].includes(q.wh ?? '')) || asksAmount(q);
/** Verbs that say no act of their own ("the one who was there", "the one who had it"). */
const LIGHT_VERBS = new Set(['be', 'have', 'do', 'get']);
/** "the guy who came to <X>": a person word, then what they did. */
const RELATIVE_DESCRIPTION = /^(?:the|that)\s+(\S+)\s+(?:who|that)\s+(.{3,80})$/i;
/** "who else <did it>", "what did they agree on besides that": something besides what was already answered. */
const ELSE_ASKED =
  /^(?:(?:and|so|ok|okay)\s+)?(?:who|what|where|which\s+\w+)\s+else\b|\b(?:besides|other than|apart from|aside from|except for)\s+(?:that|this|those|him|her|them)\s*[?.!]*\s*$/i;
/** The answerers that read the article's sentences, named in replies like intents. */
const READER = 'read-sentences';
const CLAIM_CHECKER = 'check-claim';
const ORDERING = 'order-events';
const RANKS = 'compare-ranks';
const NEAREST_SENTENCE = 'retrieval';
/** Counting what the last answer listed ("how many is that?"). */
const COUNTED = 'count-listed';
/** An alternative offered in the question, picked because one sentence holds it and not the other. */
const ALTERNATIVE_BY_SENTENCE = 'alternative-by-sentence';

/** The answer chosen for a question, with what it has been checked against. */
interface Choice {
  intent: string;
  reply: IntentReply;
  score: number;
  checked: Checked;
}

/** The question routed to the intents, with what the steps before routing worked out about it. */
interface RoutedQuestion {
  /** The message's question as typed. */
  text: string;
  /** The question after the chat rewrites and follow-ups, as asked of the article. */
  questionText: string;
  forced: Intent | undefined;
  rankOrder: IntentReply | undefined;
  topic: boolean;
  /** Nothing asked before in this conversation. */
  opening: boolean;
  /** The refusal given when nothing answers. */
  refuse: (q: ParsedQuestion) => IntentReply;
}

/**
 * Creates the answer engine once: loads and validates the fact store, the wink model and the intents.
 * @example const engine = createEngine(); engine.ask('Who is <person>?').text
 */
/** How well a remark before a question must name an event (and by how much more than any other, 1) for the
 * question's side to be of that event. */
const SIDE_EVENT_SCORE = 2;

export function createEngine(options: EngineOptions = {}): Engine {
  const nlp = options.nlp ?? createNlp();
  const article = options.article ?? readArticle();
  const store = indexArticle(article, (text) => splitSentences(nlp, text));
  const intentList = options.intents ?? defaultIntents;
  const examples = Object.values(article.examples).flatMap((e) => e.examples);
  const gazetteer = loadGazetteer(options.dataDir);
  const { dataDir } = options;
  const genericWords = new Set(
    [
      ...gazetteer.organisationWords,
      ...gazetteer.placeWords,
      ...gazetteer.honorifics,
      ...gazetteer.roles,
    ].map((w) => w.toLowerCase()),
  );
  const lexicon = buildLexicon(
    nlp,
    store,
    intentList,
    loadSynonyms(options.dataDir),
    examples,
    genericWords,
    gazetteer,
  );
  // "<name>s trip", a possessive typed without its apostrophe: the name word and "'s", as wink reads them.
  // (Not a plural of a title or rank word a name holds: "generals", "presidents".)
  const possessives = (text: string) =>
    text.replace(/\b([A-Za-z]{3,})s\b(?=\s+[A-Za-z])/g, (word, name: string) =>
      // (Not of a word in a body's name: "pandas" is no possessive of "the Centre for the Giant Panda".)
      /^(?:person|country|place):/.test(lexicon.nameWords.get(name.toLowerCase()) ?? '') &&
      !lexicon.nameWords.has(word.toLowerCase()) &&
      !genericWords.has(name.toLowerCase())
        ? `${name}'s`
        : word,
    );
  // An entity by any of its names, lower case, without "the".
  const byName = new Map(
    store.facts.entities.flatMap((e) =>
      [e.name, ...e.aliases].map((a) => [a.toLowerCase().replace(/^the /, ''), e.id] as const),
    ),
  );
  const entityNamed = (name: string) => byName.get(name.toLowerCase().replace(/^the /, ''));
  const abbreviations = loadAbbreviations(options.dataDir);
  const idioms = loadIdioms(options.dataDir);
  // ("did they make a decision": the verb the noun is made from.)
  const lightVerbNouns = createLightVerbRewrite(loadWordNet(options.dataDir).derived);
  const chatRegister = loadChatRegister(options.dataDir);
  const cues = cueWords(options.dataDir);
  const LEAD_THEN_PRONOUN_QUESTION = leadThenPronounQuestion(cues.articleNouns);
  const groupNouns = new Set([...gazetteer.groupNouns].map((w) => w.toLowerCase()));
  const kb: Knowledge = { store, triggers: lexicon.triggers, eventWords: lexicon.eventWords };
  const retrieve = createSentenceRetriever(nlp, store);
  const sentenceIndex = createSentenceIndex(nlp, store, gazetteer);
  const readSentences = createSentenceReader(
    sentenceIndex,
    store,
    gazetteer.roles,
    gazetteer.reportingVerbs,
    gazetteer.measureUnits,
  );
  const checkClaim = createClaimChecker(sentenceIndex, store);
  // (A store with no facts at all was ingested too: a curated one always has some.)
  const draft =
    store.facts.entities.length + store.facts.events.length === 0 ||
    [...store.facts.entities, ...store.facts.events, ...store.facts.statements].some(
      (f) => f.provenance?.source === 'auto' && !f.provenance.reviewed,
    );
  const memory = new ConversationMemory();
  const isForeign = createForeignCheck(options.dataDir);
  const beyondTheArticle = createBeyondCheck(gazetteer.roles, options.dataDir);
  const absentCountries = createAbsentCountries(gazetteer, store.text);
  const unstatedComparison = createUnstatedComparison(store.text);
  const unsaidWords = createUnsaidWords(
    store.sentences.map((s) => s.text),
    cues.wordingWords,
    cues.callingVerbs,
  );
  const reference = store.meta.referenceDate.date;
  const plannedAhead = store.facts.events.filter(
    (e) => e.date.precision !== 'unknown' && e.date.start > reference,
  );
  const parse = (text: string) => parseQuestion(nlp, lexicon, text, reference);
  // The entity a phrase names whole ("the <country>", "<a place>"), if any.
  const namedWhole = (phrase: string) => {
    const q = parse(phrase);
    const from = q.normals[0] === 'the' ? 1 : 0;
    const m = q.mentions.find((x) => x.start === from && x.end === q.normals.length - 1 && x.via === 'name');
    return m ? store.entities.get(m.id) : undefined;
  };
  const placeNamed = (phrase: string) => namedWhole(phrase)?.kind === 'place';
  // The kind of party a phrase is the whole name of ("<a capital>" a country, "<surname>" a person).
  const partyOf: PartyOf = (phrase) => {
    const e = namedWhole(phrase);
    if (!e) return undefined;
    const kind = e.standsFor ? 'country' : e.kind === 'place' ? undefined : e.kind;
    return kind ? { kind, name: e.name } : undefined;
  };
  const isPersonWord = (w: string) => gazetteer.roles.has(w) || cues.anyone.has(w) || w === 'counterpart';

  const { notCovered, refuseWithNearest, whoDoYouMean } = createRefusals(store, sentenceIndex);
  const yesIsGrounded = createYesCheck(sentenceIndex, lexicon, gazetteer);
  const countryNames = new Map([...gazetteer.country].map(([name, c]) => [name.toLowerCase(), c]));
  const rewriteForOtherSide = createOtherSide(
    gazetteer,
    store.facts.entities
      .filter((e) => e.kind === 'country')
      .flatMap(
        (e) =>
          [e.name, ...e.aliases]
            .map((n) => countryNames.get(n.replace(/^the /i, '').toLowerCase()))
            .find((c) => c !== undefined) ?? [],
      ),
  );

  // "<a country> shot down a <thing>?": wink may tag a verb before its particle as a noun after a name.
  // ("<person> covers <a place>?": a noun in -s right after a name, before a name, is the verb.)
  const phrasalAfterName = (q: ParsedQuestion) =>
    q.pos.some(
      (p, i) =>
        p === 'NOUN' &&
        q.mentions.some((m) => m.end === i - 1) &&
        (cues.verbParticles.has(q.normals[i + 1] ?? '') ||
          (/[^s]s$/.test(q.normals[i] ?? '') && q.mentions.some((m) => m.start === i + 1))),
    );

  /** Whether the reply's cited sentences lack only words the reply worked out, and name everyone asked of. */
  function workedOutOf(q: ParsedQuestion, reply: IntentReply): boolean {
    const done = reply.workedOut ?? [];
    if (done.length === 0) return false;
    const { missing, unnamed } = sentenceIndex.missingIn(
      q,
      reply.citations.map((c) => c.sentence),
    );
    return (
      unnamed.length === 0 &&
      missing.every((t) => done.includes(q.normals[t.at] ?? '') || done.includes(q.lemmas[t.at] ?? ''))
    );
  }

  /**
   * "is the <described person>, <name>, a <rank>?", "<name>, the <described person>, is he ...": a description set
   * off beside a person's name says no more than the name; the question is asked of the name.
   */
  function withoutAppositive(text: string): string | undefined {
    // (Both forms set the description or the name off by two commas: most questions have fewer.)
    if (text.indexOf(',') === text.lastIndexOf(',')) return undefined;
    const person = (phrase: string) => partyOf(phrase.trim())?.kind === 'person';
    const before = /^(.*?)\b(?:the|that|this|some)\s+[^,]{2,40},\s*([^,]{2,40}?),\s*(.+)$/i.exec(text);
    if (before?.[2] && before[3] !== undefined && person(before[2]))
      return before[1] ? `${before[1]}${before[2]} ${before[3]}` : `${before[2]}, ${before[3]}`;
    const after = /^([^,]{2,40}?),\s*(?:the|that|this)\s+[^,]{2,40},\s*(.+)$/i.exec(text);
    if (after?.[1] && after[2] !== undefined && person(after[1])) return `${after[1]}, ${after[2]}`;
    return undefined;
  }

  /** The question asked of the name a description beside it, or a remark before it, stands for. */
  function askedOfName(text: string): string {
    const plain = withoutAppositive(text) ?? text;
    return namedInLead(plain) ?? plain;
  }

  /**
   * `unread`: only what the answer leaves in the conversation matters (a rambling message's lead-in): a refusal
   * then skips looking for the nearest sentence, which it would only quote.
   */
  /**
   * "article calls him dr <A>, is he a doctor?": a remark that names one person, then a yes/no question about
   * "he" or "she", asked of that person; of someone named before, when the remark names no one but "him"; and
   * left for "who do you mean?" when it names two ("<A> met <B>, is he <X>?").
   */
  function namedInLead(text: string): string | undefined {
    const lead = LEAD_THEN_PRONOUN_QUESTION.exec(text);
    if (!lead?.[1] || !lead[2]) return undefined;
    const people = new Set(
      parse(lead[1])
        .mentions.filter((m) => store.entities.get(m.id)?.kind === 'person')
        .map((m) => m.id),
    );
    const [only] = people;
    const person = people.size === 1 && only ? store.entities.get(only) : undefined;
    if (person) return lead[2].replace(/\b(?:he|she)\b/i, person.name);
    return people.size > 1 || /\b(?:he|she|him|her)\b/i.test(lead[1]) ? lead[2] : undefined;
  }

  /**
   * "the us shot down what" is read as "what the us shot down": a subject and a verb in the past after "what",
   * with no auxiliary, asks "what did the us shoot down". Other questions are returned as parsed.
   */
  function withDid(q: ParsedQuestion): ParsedQuestion {
    if (q.normals[0] !== 'what' || !['DET', 'PROPN', 'NOUN', 'PRON'].includes(q.pos[1] ?? '')) return q;
    const verbAt = q.pos.findIndex((p, i) => i > 1 && p === 'VERB');
    const before = q.pos.slice(1, verbAt);
    if (
      verbAt < 0 ||
      before.includes('AUX') ||
      before.includes('VERB') ||
      !/ed$|[^e]w$|t$/.test(q.normals[verbAt] ?? '')
    )
      return q;
    if (q.lemmas[verbAt] === q.normals[verbAt]) return q;
    // ("what agreement led to the talks": "what <a common noun>" is the subject asked for when the verb has an
    // object, or when the noun is singular, as "which": "what ship got stuck"; a name there is the subject,
    // "what <A> said about <B>", and so are plural people, "what officials said".)
    const asked =
      verbAt === 2 &&
      q.pos[1] === 'NOUN' &&
      !q.mentions.some((m) => m.start <= 1 && m.end >= 1 && !m.id.startsWith('event:')) &&
      (q.pos.slice(verbAt + 1).some((p) => p === 'NOUN' || p === 'PROPN') || q.lemmas[1] === q.normals[1]);
    if (asked) return q;
    return parse(
      ['what did', ...q.raws.slice(1, verbAt), q.lemmas[verbAt], ...q.raws.slice(verbAt + 1)].join(' '),
    );
  }

  /** A reply given before any intent answers `question`: the article cannot say, and why. */
  const refusedBefore = (question: string, reply: string, citations: Citation[] = []): Answer => ({
    answered: false,
    text: reply,
    intent: NOT_COVERED,
    confidence: 0.9,
    citations,
    suggestions: suggestQuestions(store, [], question),
  });

  /**
   * "the guy who came to <X>", "the one that met <A>": the one person the answer to "who came to <X>?" names,
   * asked on its own (a conversation of its own, read by no one).
   */
  function doneBy(description: string): Entity[] {
    const act = RELATIVE_DESCRIPTION.exec(description);
    if (!act?.[2] || !isPersonWord(act[1]?.toLowerCase() ?? '')) return [];
    const question = `who ${act[2]}?`;
    // (Only of an act, not "the one who was in <X>"; and only from sentences that say it, every word: "came to
    // <X>" is not "held talks in <X>".)
    const q = parse(question);
    if (!q.lemmas.some((l, i) => q.pos[i] === 'VERB' && !LIGHT_VERBS.has(l))) return [];
    const reply = answerOne(question, { lastPeople: [] }, undefined, true, true);
    if (!reply.answered || reply.verdict) return [];
    const { missing, unnamed } = sentenceIndex.missingIn(
      q,
      reply.citations.map((c) => c.sentence),
    );
    if (missing.length > 0 || unnamed.length > 0) return [];
    // (Not those the act is done to: "who met <A>" answered "<A> met <B>" names <B>.)
    const object = new Set(q.mentions.map((m) => m.id));
    const first = reply.text.split(/(?<=[.:])\s/)[0] ?? '';
    const named = store.facts.entities.filter(
      (e) => e.kind === 'person' && !object.has(e.id) && first.includes(e.name),
    );
    return named.length === 1 ? named : [];
  }

  // (Set while "who else" is answered as it would be without the check, so the check does not run again inside.)
  let checkingElse = false;
  function answerOne(
    text: string,
    state: ConversationState,
    forced?: Intent,
    forget = false,
    unread = false,
  ): Answer {
    // (Nothing asked before in this conversation: "this" can only be the article's news.)
    const opening = state.lastQuestion === undefined && state.lastPeople.length === 0;
    const beforeAnswering = (reply: string, citations: Citation[] = []): Answer =>
      refusedBefore(text, reply, citations);
    // (A refusal no one reads leaves the conversation as the quoted one would: unanswered, about nothing.)
    const refuse = (q: ParsedQuestion): IntentReply => (unread ? notCovered() : refuseWithNearest(q));
    const expanded = lightVerbNouns(
      possessives(rewriteIdioms(expandAbbreviations(text, abbreviations), idioms)),
    );
    // (Before unwrapping, which drops "do you think" as a wrapper of the question.)
    const beyond = forced ? undefined : beyondTheArticle(expanded);
    const plainly = unwrapQuestion(expanded, isPersonWord);
    // (After the chat rewrites, which turn "is <X> <B>'s according to <A>" into what <A> says.)
    const asked = { ...plainly, text: ownClaims(plainly.text, store, entityNamed) };
    // ("<X> were where and how long": a chat form read as two questions, each answered.)
    // (Only a text the rewrites turned into two, a question mark before more words: most questions have none.)
    const readAsTwo = forced || !/\?\s*\S/.test(asked.text) ? [] : splitQuestions(asked.text);
    if (readAsTwo.length > 1 && splitQuestions(text).length === 1) {
      const both = combineAnswers(readAsTwo.map((part) => answerOne(part, state, undefined, forget, unread)));
      if (both) return both;
    }
    const fromLast = forced ? undefined : answerFromLastAnswer(asked.text, text, state);
    if (fromLast) return fromLast;
    // ("any others?", "anything else?" after an answer: the last question's answer is all the article gives.)
    if (!forced && state.lastQuestion && chatRegister.asksForMore(asked.text)) {
      const again = answerOne(state.lastQuestion, state, undefined, true);
      if (again.answered) return { ...again, text: `That is all the article gives on it: ${again.text}` };
    }
    // ("who claims <X>" -> <A>, then "who else claims it": the same answer again names no one else; "what did
    // they agree on besides that" answered as before gives nothing else.)
    // (Only when the answer would be that one again: a reply of its own to "who else" stands.)
    const nothingElse = forced || checkingElse ? undefined : answerNothingElse(text, asked.text, state);
    if (nothingElse) return nothingElse;
    // "and the <demonym> one?": the last question, about the other side.
    const otherSide = forced ? undefined : followUpOf(asked, expanded, state);
    const unwrapped: UnwrappedQuestion = otherSide
      ? { text: otherSide, claim: false }
      : { ...asked, text: askedOfName(asked.text) };
    const previousQuestion = state.lastQuestion;
    state.lastQuestion = unwrapped.text;
    if (beyond) return answerBeyond(beyond, unwrapped.text, text, state);
    // "whose <X> is bigger, <A> or <B>?": no sentence compares them so; ranks are compared below.
    // (Parsed only when a comparative may be typed; the parse is the question's own, read again below.)
    const compared =
      forced || !/\b(?:[a-z]{2,}er|more|less)\b/i.test(unwrapped.text) ? undefined : parse(unwrapped.text);
    const comparison =
      compared && !(asksRankOrder(unwrapped.text) && compareRanks(compared, store))
        ? unstatedComparison(compared)
        : undefined;
    if (comparison) {
      return beforeAnswering(`The article doesn't say which is ${comparison}: it compares nothing that way.`);
    }
    // "was it <X> who <did it>?": "No" with the one the article names, or "Yes" when that is <X>.
    // (As read after the chat rewrites and follow-ups, only of a name the article never uses: the question as
    const checkedFirst = forced ? undefined : answerCleftOrGuess(expanded, unwrapped, state, forget);
    if (checkedFirst) return checkedFirst;
    // "were the talks in <A> or in <B>?": each alternative checked, and the one that holds answered.
    // (With the answers offered put back: "who was in <X>, <A> or <B>".)
    const asTyped = unwrapped.offered
      ? `${unwrapped.text.replace(/\?+$/, '')}, ${unwrapped.offered}`
      : unwrapped.text;
    // ("who outranks who, <A> or <B>": the two ranks compared, not each claim alone.)
    // (Parsed only when a word of ranking is typed, most questions have none; that parse is the question's own.)
    const rankParse = forced || !asksRankOrder(asTyped) ? undefined : parse(asTyped);
    const rankOrder = rankParse && compareRanks(rankParse, store);
    const offeredAnswer = answerAlternatives(asTyped, rankOrder, unwrapped, text, state, forced);
    if (offeredAnswer) return offeredAnswer;
    const first = withDid(rankParse ?? compared ?? parse(unwrapped.text));
    // ("who called the talks 'candid'": words given as someone's that the article has nowhere are no one's.)
    // (Asked of who said them: a yes/no question put with other words is a claim, checked and corrected.)
    const whoSaid = first.wh === 'who' || first.wh === 'whom' || first.wh === 'whose' || first.wh === 'which';
    const unsaid =
      forced || !whoSaid ? undefined : (unsaidWords.quoted(text) ?? unsaidWords.described(first));
    if (unsaid)
      return beforeAnswering(`The article doesn't have the words "${unsaid}": no one in it says that.`);
    const { topic, statedAsQuestion, question } = readClaim(first, unwrapped, text, state, forced);
    // ("where did <A> go that <angered B>": the main clause asks.)
    const relative = question ? undefined : trailingRelative(first);
    // ("what's the <office> <A> works under": asked the plain way round.)
    const gapped = question || relative ? undefined : objectGapQuestion(first);
    const parsed = question
      ? parse(question)
      : relative
        ? parse(`${first.raws.slice(0, relative).join(' ')}?`)
        : gapped
          ? parse(gapped)
          : first;
    // (For "and start?" after a question with no verb of its own: "when did <X> end" -> "what day of the week".)
    if (parsed.wh !== undefined && (parsed.pos.includes('VERB') || parsed.lemmas.includes('do')))
      state.lastActQuestion = unwrapped.text;
    const q = placeInContext(parsed, unwrapped, state, forced, statedAsQuestion);
    const describedAnswer = answerDescribed(q, state, text, unwrapped.text, previousQuestion, forced, unread);
    if (describedAnswer) return describedAnswer;
    resolvePronouns(q, state, store, lexicon.triggers);
    resolveRemoteDescribed(q, store);
    linkEventNouns(q, store, lexicon.triggers);
    const unplaced = answerUnplaced(q, state, text, unwrapped.text, forced);
    if (unplaced) return unplaced;
    const chosen = routeQuestion(q, state, {
      text,
      questionText: unwrapped.text,
      forced,
      rankOrder,
      topic,
      opening,
      refuse,
    });
    return finishAnswer(
      chosen ?? { intent: NOT_COVERED, reply: refuse(q), score: 1 },
      q,
      state,
      forget,
      text,
    );
  }

  /** ("who else claims it" after "who claims <X>"): the same answer again names no one else. */
  function answerNothingElse(text: string, askedText: string, state: ConversationState): Answer | undefined {
    if (!state.lastQuestion || !ELSE_ASKED.test(askedText)) return undefined;
    const copy = () => ({ ...state, lastPeople: [...state.lastPeople] });
    checkingElse = true;
    try {
      const before = answerOne(state.lastQuestion, copy(), undefined, true, true);
      const again = answerOne(text, copy(), undefined, true, true);
      // (The same words; or, of a thing asked for, the same sentences put another way: "when" answered, then
      // "what did they agree on besides that". Not of a person: who someone is and who else took part may
      // rest on one sentence.)
      const who = /^\W*(?:and |so |ok |okay )?who\b/i.test(askedText);
      const cited = (a: Answer) =>
        a.citations
          .map((c) => c.sentence)
          .sort((x, y) => x - y)
          .join(' ');
      if (
        before.answered &&
        again.answered &&
        (again.text === before.text || (!who && again.citations.length > 0 && cited(again) === cited(before)))
      )
        return refusedBefore(
          text,
          `The article ${who ? 'names no one else' : 'gives nothing else on it'}. All it gives: ${again.text}`,
          again.citations,
        );
    } finally {
      checkingElse = false;
    }
    return undefined;
  }

  /** A follow-up read as the question it stands for ("and the <demonym> one?", "and <B>?"), if it is one. */
  function followUpOf(
    asked: UnwrappedQuestion,
    expanded: string,
    state: ConversationState,
  ): string | undefined {
    return (
      rewriteForOtherSide(asked.text, state.lastQuestion) ??
      // (As typed, before "what about <X>" was unwrapped into a topic: "what about the <demonym> side".)
      (expanded === asked.text ? undefined : rewriteForOtherSide(expanded, state.lastQuestion)) ??
      askOfLastPerson(asked.text, state, store, chatRegister.placeNouns, asked.claim) ??
      askOfOtherEvent(asked.text, state, store, parse) ??
      askOfOtherEventNamed(expanded, store, parse) ??
      askOfOtherPerson(asked.text, state, store) ??
      askOfListedPerson(asked.text, state, store, parse) ??
      askAgainOf(asked.text, state.lastQuestion) ??
      askOfRoundBefore(asked.text, state, store) ??
      askOfLastRound(asked.text, state, store) ??
      askBetweenThem(asked.text, state.lastQuestion, parse, store) ??
      askOfLastPossessed(asked.text, state.lastQuestion) ??
      askWhichOnes(asked.text, state.lastQuestion, parse) ??
      askWhenOfLastThing(asked.text, state) ??
      askOfListedOne(asked.text, state) ??
      askOverWhat(asked.text, state) ??
      askOrderOfLastThing(asked.text, state, store) ??
      askOrderWithLastThing(asked.text, state, store) ??
      askOrderOfAnotherPair(expanded, state.lastQuestion) ??
      askSameTimeAsLastThing(asked.text, state, store) ??
      // ("and <B>?" after "who did <A> meet": a name, though wink may tag it a verb.)
      askOfAnotherPerson(expanded, state.lastQuestion, parse, store) ??
      askWithAnotherVerb(asked.text, state.lastQuestion, parse) ??
      askWithAnotherVerb(asked.text, state.lastActQuestion, parse) ??
      askWithAnotherOrdinal(asked.text, state.lastQuestion) ??
      askWhichSaid(asked.text, state, groupNouns) ??
      // (Before unwrapping, which drops the "and" that makes it a follow-up.)
      askOfAnotherThing(expanded, state.lastQuestion, parse, store)
    );
  }

  /** What the article cannot answer, being beyond it ("What happens next?"): what it reports ahead, or why not. */
  function answerBeyond(
    beyond: NonNullable<ReturnType<typeof beyondTheArticle>>,
    questionText: string,
    text: string,
    state: ConversationState,
  ): Answer {
    // ("What happens next?": nothing beyond what the article itself reports as coming after its date.)
    const ahead = beyond === 'future' ? plannedAhead : [];
    // ("what is <person> planning to do", "what will he do next": what the article reports that person
    // is to do after its date.)
    if (ahead.length > 0) {
      const planned = plannedActsOf(
        store,
        ahead,
        parse(questionText).mentions,
        questionText,
        state.lastPerson,
      );
      if (planned.events.length > 0)
        return {
          answered: true,
          text: `${planned.events.map((e) => `${capitalize(e.summary)} (${e.date.resolved})`).join('; ')}.`,
          intent: 'what-happened',
          confidence: 0.8,
          citations: store.cite(...planned.events.map((e) => e.evidence)),
          suggestions: suggestQuestions(store, planned.people, text),
        };
    }
    // ("who's the chairman of <the body> rn": who held it as of the article, and who "he" means next.)
    const holder =
      beyond === 'present' ? titleHolder(parse(questionText), store, gazetteer.roles) : undefined;
    if (holder) {
      state.lastPeople = [holder.id];
      state.lastPerson = holder.id;
      state.lastPersonFromReply = false;
      return refusedBefore(
        text,
        `${BEYOND_REPLIES.present(reference)} As of then, it names ${holder.name}: ${holder.title}.`,
        store.cite(holder.evidence),
      );
    }
    const reply =
      ahead.length > 0
        ? `The article doesn't say what happens next. All it reports after ${reference}: ${ahead.map((e) => e.summary).join('; ')}.`
        : BEYOND_REPLIES[beyond](reference);
    return refusedBefore(text, reply, store.cite(...ahead.map((e) => e.evidence)));
  }

  /** "was it <X> who <did it>?", "where were the talks, <a place>?": the one offered or guessed, checked first. */
  function answerCleftOrGuess(
    expanded: string,
    unwrapped: UnwrappedQuestion,
    state: ConversationState,
    forget: boolean,
  ): Answer | undefined {
    // typed is checked as a claim otherwise.)
    const cleft = cleftOf(expanded) ?? cleftOf(unwrapped.text, true);
    // (Who did it is asked on a copy of the conversation: the question asked is the cleft.)
    const askWho = (whoAsks: string) =>
      answerOne(whoAsks, { ...state, lastPeople: [...state.lastPeople] }, undefined, true, true);
    const settled = cleft && checkCleft(cleft, store, parse, askWho);
    if (settled) return settled;
    // ("was it <A> or <B> who <did it>": whoever the article says did it, when that is one of the two.)
    const oneOffered = cleft && pickOffered(cleft, store, parse, askWho);
    if (oneOffered) return oneOffered;
    // "where were the talks, <a place>?": the guess is settled first, "No." or "Yes." with where they were.
    // ("when did the talks end, <a weekday>?": so is a weekday or month guessed.)
    const guessed = unwrapped.guess
      ? placeNamed(unwrapped.guess) || parse(unwrapped.guess).otherPlaces.length > 0
        ? placeGuessClaim(unwrapped.text, unwrapped.guess)
        : dateGuessClaim(unwrapped.text, unwrapped.guess)
      : undefined;
    if (guessed) {
      const checked = answerOne(guessed, state, undefined, forget);
      state.lastQuestion = unwrapped.text;
      if (checked.answered && checked.verdict) return checked;
    }
    return undefined;
  }

  /** "were the talks in <A> or in <B>?": each alternative checked, and the one that holds answered. */
  function answerAlternatives(
    asTyped: string,
    rankOrder: unknown,
    unwrapped: UnwrappedQuestion,
    text: string,
    state: ConversationState,
    forced: Intent | undefined,
  ): Answer | undefined {
    // (The same ask on a copy of the conversation, as the cleft asks who did it.)
    const askWho = (whoAsks: string) =>
      answerOne(whoAsks, { ...state, lastPeople: [...state.lastPeople] }, undefined, true, true);
    const whichOf = forced ? undefined : splitWhichOf(asTyped);
    // ("how do <they> see <X>, <A> or <B>?": the answers offered, tried before the question without them.)
    const offered = unwrapped.offered ? splitAlternatives(asTyped, partyOf, placeNamed) : undefined;
    // ("who went to <X>, <A> or <an unknown name>": each checked, when one offered is someone the article never
    // mentions, which the question read whole would not get past.)
    const actOfTwo = forced || whichOf ? undefined : splitWhoDidOfTwo(asTyped);
    const unknownOffered = actOfTwo?.options.some((o) => parse(o).unknownWords.length > 0);
    // (Whoever the article says did it, when that is the other one offered.)
    const actPicked =
      actOfTwo && unknownOffered
        ? pickOffered(
            {
              subject: actOfTwo.options.join(' or '),
              whoAsks: `who ${actOfTwo.claims[0].slice(actOfTwo.options[0].length).trim()}`,
            },
            store,
            parse,
            askWho,
          )
        : undefined;
    if (actPicked) return actPicked;
    const alternatives = forced
      ? undefined
      : (whichOf ??
        offered ??
        splitAlternatives(unwrapped.text, partyOf, placeNamed) ??
        // (Or two the article names: "which one talked to <C>, <A> or <B>", each claim checked.)
        (unknownOffered || actOfTwo?.options.every((o) => partyOf(o) !== undefined) ? actOfTwo : undefined));
    if (alternatives && !rankOrder) {
      const [a, b] = alternatives.claims.map((claim) => answerOne(claim, state, undefined, true)) as [
        Answer,
        Answer,
      ];
      // (Each shown by the full name of one it names by part of it, not as typed: "<surname>" -> "<Full Name>".)
      const fullNameOf = (o: string) => {
        const name = partyOf(o)?.name;
        const words = name?.toLowerCase().split(/\s+/) ?? [];
        return name &&
          o
            .toLowerCase()
            .split(/\s+/)
            .every((w) => words.includes(w))
          ? name
          : o;
      };
      const shownAs = {
        ...alternatives,
        options: alternatives.options.map(fullNameOf) as [string, string],
      };
      const chosen = chooseAlternative(shownAs, [a, b]) ?? chooseBySentence(shownAs, a, b);
      // (Two the article names, offered for an act, are told apart only by one who did it: "who asked for the
      // talks first, <A> or <B>" of neither said to is the question read whole.)
      const pairOfNamed = alternatives === actOfTwo && !unknownOffered;
      const either = pairOfNamed && a.verdict !== 'yes' && b.verdict !== 'yes' ? undefined : chosen;
      // (The claim answered is what the conversation is on next: "was that in person?" asks about its event.)
      if (either?.intent !== undefined && either.intent !== ALTERNATIVE_BY_SENTENCE)
        answerOne(either.citations === b.citations ? alternatives.claims[1] : alternatives.claims[0], state);
      if (either || !pairOfNamed) state.lastQuestion = unwrapped.text;
      if (either) return either;
      // ("who's <better>, <A> or <B>": a choice the article settles for neither is not made.)
      if (whichOf) return refusedBefore(text, "The article doesn't say which of the two.");
    }
    return undefined;
  }

  /** Whether the question puts up a claim, and the question it stands for ("round number?" -> "what is the round number"). */
  function readClaim(
    first: ParsedQuestion,
    unwrapped: UnwrappedQuestion,
    text: string,
    state: ConversationState,
    forced: Intent | undefined,
  ) {
    // "tell me about <X>" asks for what the article says of it (which the sentences can give too), no claim.
    const topic = /^tell (?:me|us) about /i.test(unwrapped.text);
    // A claim put up for checking is answered like a yes/no question, and so is a bare statement with a
    // question mark ("the talks took place in <a capital>?").
    // (A statement may hold a question word later on: "<person> was <title> when she went to <place>?")
    const whAt = first.normals.findIndex((w) => WH_WORDS.has(w));
    const verbAt = first.pos.findIndex((p) => p === 'AUX' || p === 'VERB');
    // (Not one that ends in its question word: "the article calls the talks a step toward what?" asks.)
    const lastWord = first.normals.findLastIndex((_, i) => first.pos[i] !== 'PUNCT');
    // (Nor one that ends in a question phrase: "the talks ended on what day?", "<X> turned into what, then?".)
    const whPhraseEnds =
      whAt > verbAt &&
      verbAt >= 0 &&
      lastWord - whAt <= 3 &&
      first.pos.slice(whAt + 1, lastWord + 1).every((p) => p === 'NOUN' || p === 'ADJ' || p === 'PUNCT');
    const echo = whAt >= 0 && (whAt === lastWord || whPhraseEnds);
    const declarative = !first.yesNo && !echo && (whAt < 0 || (verbAt >= 0 && verbAt < whAt));
    // "give me a timeline of <X>?": a request in the imperative (a verb as typed first) claims nothing.
    // (Not a name wink reads as a verb: "<a capital in lower case> severed the dialogue?".)
    const imperative =
      first.pos[0] === 'VERB' &&
      first.lemmas[0] === first.normals[0] &&
      !first.mentions.some((m) => m.start === 0);
    // "<demonym> guy at the <event>?": a person described, with nothing asked of them, asks who they are.
    const personWordAt = first.normals.findIndex(
      // (Not "in person?": a word after a preposition is no one described.)
      // (wink may tag a rank an adjective before a preposition: "the <demonym> general on the call?".)
      (w, i) =>
        i < 4 &&
        (cues.anyone.has(w) || gazetteer.roles.has(w)) &&
        (first.pos[i] === 'NOUN' ||
          (first.pos[i] === 'ADJ' &&
            gazetteer.roles.has(w) &&
            /^(?:ADP|PUNCT)$/.test(first.pos[i + 1] ?? ''))) &&
        first.pos[i - 1] !== 'ADP',
    );
    // ("the other <demonym> general, the one <A> talked to?": its only verbs in a clause describing the person.)
    const relativeAt =
      personWordAt < 0
        ? -1
        : first.normals.findIndex(
            (w, i) =>
              i > personWordAt &&
              ((cues.relativePronouns.has(w) && first.pos[i] !== 'DET') ||
                (w === 'one' && first.normals[i - 1] === 'the' && first.normals[i - 2] === ',')),
          );
    // (One verb group in it: "the official who met <A> was <B>?" has a verb of its own after the clause.)
    // (Counted only once such a clause is found: most questions have none.)
    const verbGroups = () =>
      first.pos.filter(
        (p, i) => (p === 'VERB' || p === 'AUX') && !/^(?:VERB|AUX|PART|ADV)$/.test(first.pos[i - 1] ?? ''),
      ).length;
    const describedOnly =
      relativeAt > 0 &&
      first.pos.every((p, i) => (p !== 'VERB' && p !== 'AUX') || i > relativeAt) &&
      verbGroups() === 1;
    const statedAsQuestion =
      !topic &&
      !describedOnly &&
      !imperative &&
      declarative &&
      // ("so the talks were like 3 days": chat often leaves the question mark off a summary put up to check.)
      (/\?\s*$/.test(unwrapped.text) ||
        (whAt < 0 && (SO_SUMMARY.test(text) || OPEN_ALTERNATIVE.test(text)) && !/[.!]\s*$/.test(text))) &&
      (first.pos.includes('VERB') || first.pos.includes('AUX') || phrasalAfterName(first)) &&
      // (About something named, or the article's own news: "this was the <ordinal> round?", "the next round
      // will be the <ordinal>?", a noun for one of its events.)
      // (Or a date: "<a date> was a <weekday>?".)
      (first.mentions.length > 0 ||
        first.dates.length > 0 ||
        /^(this|that|it|they|he|she)$/.test(first.normals[0] ?? '') ||
        first.lemmas.some((l, i) => first.pos[i] === 'NOUN' && (lexicon.triggers.get(l)?.length ?? 0) > 0));
    // A claim typed as a statement is read as the question it asks.
    const claimed = (unwrapped.claim || statedAsQuestion) && declarative;
    // ("<a place>??" after an answer that named it: asked what it is, not put up as a guess.)
    const echoesLastRead = (p: ParsedQuestion) =>
      p.mentions.length === 1 &&
      p.pos.every((t) => t === 'PROPN' || t === 'PUNCT') &&
      (state.lastSentences ?? []).some((n) => {
        const s = sentenceIndex.sentences[n - 1];
        return s !== undefined && sentenceIndex.names(p.mentions[0]?.id ?? '', s).length > 0;
      });
    // "round number?": a bare noun phrase with nothing before it to check it against asks what it is.
    const nounPhrase =
      !forced &&
      !claimed &&
      first.wh === undefined &&
      !first.yesNo &&
      (state.lastThing === undefined || echoesLastRead(first)) &&
      /\?\s*$/.test(unwrapped.text) &&
      first.normals.length <= 5 &&
      first.pos.every((p) => /^(NOUN|PROPN|ADJ|NUM|DET|PUNCT)$/.test(p)) &&
      // (Or a name alone, "<a place>??": what the article says it is.)
      (first.pos.includes('NOUN') || (first.mentions.length === 1 && first.normals.length <= 4));
    const describedPerson =
      !forced &&
      !claimed &&
      first.wh === undefined &&
      !first.yesNo &&
      /\?\s*$/.test(unwrapped.text) &&
      first.normals.length <= (describedOnly ? 14 : 9) &&
      personWordAt >= 0 &&
      (describedOnly || !first.pos.some((p) => p === 'VERB' || p === 'AUX'));
    const question = claimed
      ? claimAsQuestion(first)
      : nounPhrase && !describedPerson
        ? `what is the ${unwrapped.text.replace(/^the\s+/i, '')}`
        : describedPerson
          ? `who is ${/^the\s/i.test(unwrapped.text) ? '' : 'the '}${unwrapped.text}`
          : undefined;
    return { topic, statedAsQuestion, question };
  }

  /** The parsed question with what the conversation is on added where the question leaves it out ("ended wen?"). */
  function placeInContext(
    parsed: ParsedQuestion,
    unwrapped: UnwrappedQuestion,
    state: ConversationState,
    forced: Intent | undefined,
    statedAsQuestion: boolean,
  ): ParsedQuestion {
    // (Split only when a short question is asked for, and once.)
    let words: number | undefined;
    const short = () => {
      words ??= unwrapped.text.split(/\s+/).length;
      return words <= 3;
    };
    // "virtually?", "in person?": a word or two put up after an answer checks it against the last event.
    // (So does a number worked out from the last event's round: "so 16 before it?".)
    const lastRound = state.lastThing ? store.events.get(state.lastThing)?.round : undefined;
    const bareCheck =
      !forced &&
      parsed.wh === undefined &&
      !parsed.yesNo &&
      /\?\s*$/.test(unwrapped.text) &&
      ((short() &&
        parsed.mentions.length === 0 &&
        // ("his rank?" asks about a person, not whether the event was so.)
        parsed.pronouns.length === 0) ||
        // ("where were the talks" -> "in <another city>?": a guess at the place just asked for.)
        (state.lastIntent === 'where' &&
          parsed.normals.filter((_w, i) => parsed.pos[i] !== 'PUNCT').length <= 3 &&
          parsed.mentions.length === 1 &&
          ['place', 'country'].includes(store.entities.get(parsed.mentions[0]?.id ?? '')?.kind ?? '')) ||
        (lastRound !== undefined && relativeClaim(parsed, lastRound) !== undefined)) &&
      state.lastThing !== undefined;
    // "ended wen?", "started when": a short follow-up with a verb and nothing named asks about the last thing.
    const bareFollowUp =
      !forced &&
      parsed.wh !== undefined &&
      parsed.mentions.length === 0 &&
      parsed.pronouns.length === 0 &&
      parsed.pos.includes('VERB') &&
      short();
    // ("why does <a country> even care?": cares about the thing the conversation is on.)
    const caresAbout =
      parsed.wh === 'why' &&
      parsed.lemmas.some((l) => cues.concernVerbs.has(l)) &&
      !parsed.mentions.some((m) => store.events.has(m.id) || store.entities.get(m.id)?.kind === 'place');
    // ("wasn't there a video call too? who was on the <A> side": a side of the event the conversation is on.)
    const sideOfLast =
      parsed.wh === 'who' &&
      parsed.normals.some((w) => w === 'side' || w === 'sides') &&
      !parsed.mentions.some((m) => store.events.has(m.id) || store.entities.get(m.id)?.kind === 'place') &&
      !parsed.lemmas.some((l) => (lexicon.triggers.get(l)?.length ?? 0) > 0) &&
      state.lastThing !== undefined &&
      store.events.has(state.lastThing);
    if ((bareCheck || bareFollowUp || caresAbout || sideOfLast) && state.lastThing)
      parsed.mentions.push({ id: state.lastThing, start: -1, end: -1, via: 'context' });
    // ("so the <person> thing was in 2021?": a vague noun after a person, dated or placed, is the one event they
    // take part in; not "the <person> thing, a phone call?", a kind of thing claimed of it.)
    const vagueAt =
      parsed.dates.length > 0 || parsed.wh === 'when' || parsed.wh === 'where'
        ? parsed.normals.findIndex((w, i) => i > 0 && cues.vagueNouns.has(w) && parsed.pos[i] === 'NOUN')
        : -1;
    const owner = parsed.mentions.find(
      (m) =>
        vagueAt > 0 &&
        (m.end === vagueAt - 1 || (m.end === vagueAt - 2 && parsed.normals[vagueAt - 1] === "'s")) &&
        store.entities.get(m.id)?.kind === 'person',
    );
    const ownEvents = owner
      ? store.facts.events.filter((e) => e.participants.some((p) => p.entity === owner.id))
      : [];
    if (
      owner &&
      ownEvents.length === 1 &&
      ownEvents[0] &&
      !parsed.mentions.some((m) => store.events.has(m.id))
    )
      parsed.mentions.push({ id: ownEvents[0].id, start: vagueAt, end: vagueAt, via: 'context' });
    // ("ended on monday right", first thing in a conversation: a claim with no subject is about the article's news.)
    const news =
      !forced &&
      !state.lastThing &&
      (unwrapped.claim || statedAsQuestion) &&
      parsed.pos[0] === 'VERB' &&
      parsed.mentions.length === 0
        ? newsEvent(store)
        : undefined;
    if (news) parsed.mentions.push({ id: news.id, start: -1, end: -1, via: 'context' });
    return unwrapped.claim || statedAsQuestion || bareCheck
      ? { ...parsed, yesNo: true, wh: undefined }
      : parsed;
  }

  /** A person described rather than named: checked against a name, asked of each who fits, or which one is meant. */
  function answerDescribed(
    q: ParsedQuestion,
    state: ConversationState,
    text: string,
    questionText: string,
    previousQuestion: string | undefined,
    forced: Intent | undefined,
    unread: boolean,
  ): Answer | undefined {
    // "the <demonym> guy on the call was <A> right": whom the description fits, against the name.
    const identity = forced
      ? undefined
      : checkIdentity(q, store, isPersonWord, (description) => {
          const fits = resolveDescriptions(
            parse(`who was ${description}?`),
            store,
            gazetteer.roles,
            lexicon.triggers,
            state.lastPeople,
          );
          return fits.length > 0 ? fits : doneBy(description);
        });
    if (identity) {
      const { person, ...reply } = identity;
      state.lastPeople = [person.id];
      return { ...reply, intent: 'yes-no', suggestions: suggestQuestions(store, [person.id], text) };
    }
    const description: { span?: readonly [number, number] } = {};
    const described = resolveDescriptions(
      q,
      store,
      gazetteer.roles,
      lexicon.triggers,
      state.lastPeople,
      description,
    );
    // "who's the <body> lady in the talks": no woman of it the article names; the one person it names there.
    const woman = described.length === 0 && !forced ? womanOfBody(q, store) : undefined;
    if (woman) {
      const word = escapeRegExp(q.normals[woman.at] ?? '');
      const neutral = parse(q.text.replace(new RegExp(`\\b${word}\\b`, 'i'), 'person'));
      const fits = resolveDescriptions(
        neutral,
        store,
        gazetteer.roles,
        lexicon.triggers,
        state.lastPeople,
      ).filter((e) => restSaidOf(q, store, e, woman.at));
      const typed = q.raws.slice(woman.from, woman.at).join(' ');
      const plain = resolveDescriptions(
        parse(`who is the ${typed} person?`),
        store,
        gazetteer.roles,
        lexicon.triggers,
        [],
      );
      const reply = noSuchWoman(store, woman.qualifier, fits, plain);
      state.lastPeople = reply.answered ? fits.map((e) => e.id) : [];
      state.lastPerson = undefined;
      state.unnamedWoman = true;
      return {
        ...reply,
        confidence: reply.confidence ?? 0.7,
        intent: 'who-is',
        suggestions: suggestQuestions(store, state.lastPeople, text),
      };
    }
    // "who's <A>?" then "and the <demonym> one?": the last question again, of the person described.
    const [describedOne] = described;
    if (describedOne && described.length === 1 && !forced && q.wh === undefined && !q.yesNo) {
      const again = askedOfAnother(previousQuestion, describedOne, store);
      if (again) return answerOne(again, state, undefined, false, unread);
    }
    // "who was the <demonym> guy?" with nothing else asked, of several who fit: each, as the article gives them.
    // (Nothing else: no verb, no event, place or word for one that would tell them apart.)
    // (Words of the description itself tell nothing apart: "the <A> official who met the <B> general".)
    const [from, to] = description.span ?? [-1, -1];
    const outside = (i: number) => i < from || i > to;
    const nothingElse =
      !q.pos.some((p, i) => p === 'VERB' && outside(i)) &&
      !q.mentions.some((m) => store.events.has(m.id) || store.entities.get(m.id)?.kind === 'place') &&
      !q.lemmas.some((l, i) => (lexicon.triggers.get(l)?.length ?? 0) > 0 && outside(i));
    if (described.length > 1 && !forced && q.wh === 'who' && nothingElse) {
      const reply = `The article names ${described.length}: ${described.map((e) => `${fullName(e)}, ${e.description}`).join('; ')}.`;
      return {
        answered: true,
        text: reply,
        intent: 'who-is',
        confidence: 0.7,
        citations: store.cite(...described.map((e) => e.evidence)),
        suggestions: suggestQuestions(
          store,
          described.map((e) => e.id),
          text,
        ),
      };
    }
    // "what did the <demonym> general say?" with two such generals: asked of each, or which one is asked, not
    // guessed (unless the question asks who it is).
    // (Nor when all of them are asked for: "name every <demonym> person", "list all the <demonym> generals".)
    const allAsked = q.normals.some((w) => ['every', 'all', 'each', 'both'].includes(w));
    // ("who did the <demonym> general meet": the one described is the subject, not the one asked for.)
    const askedAt = q.normals.indexOf(q.wh ?? '');
    const askedOfDescribed =
      ['who', 'whom'].includes(q.wh ?? '') &&
      ['did', 'does', 'do', 'has', 'had'].includes(q.normals[askedAt + 1] ?? '') &&
      (description.span?.[0] ?? -1) > askedAt + 1;
    if (
      described.length > 1 &&
      !forced &&
      !allAsked &&
      (askedOfDescribed || !['who', 'whom', 'which'].includes(q.wh ?? ''))
    ) {
      const each =
        description.span &&
        answerEachDescribed(described, q.raws, description.span, (one) =>
          answerOne(one, state, undefined, true),
        );
      state.lastQuestion = questionText;
      if (each) {
        state.lastPeople = described.map((e) => e.id);
        return each;
      }
      return refusedBefore(
        text,
        `Which one do you mean? The article names ${joinNames(described.map(fullName))}.`,
        store.cite(...described.map((e) => e.evidence)),
      );
    }
    // ("the one before?" -> "the 16th round (worked out ...)" -> "when was that one held": an occurrence the
    // article does not report, of which it says nothing more.)
    if (
      !forced &&
      state.unreported &&
      thingReferenceAt(q) >= 0 &&
      !q.mentions.some((m) => m.start >= 0) &&
      !q.normals.some((w) => w === 'round' || w === 'number') &&
      // (Not "this time": the one the article reports, "where were they held this time".)
      !q.normals.some((w, i) => w === 'time' && q.normals[i - 1] === 'this') &&
      // (Not a count put up to check: "so 16 before it?"; "that one" is no count.)
      !q.normals.some((w, i) => q.pos[i] === 'NUM' && w !== 'one')
    )
      return refusedBefore(text, `The article says nothing about ${state.unreported} beyond its number.`);
    return undefined;
  }

  /** What cannot be answered once the question is placed: a time after the article, a country it never names, a premise it does not report, a "he" with no one to be. */
  function answerUnplaced(
    q: ParsedQuestion,
    state: ConversationState,
    text: string,
    questionText: string,
    forced: Intent | undefined,
  ): Answer | undefined {
    const later = timeAfterArticle(q, store, lexicon.triggers);
    if (later && !forced) {
      return refusedBefore(
        text,
        `The article doesn't say: it was written on ${reference} and reports nothing for ${later.label}.`,
      );
    }
    // "what did the <demonym> delegation say?": a country the article never mentions has nothing in it to
    // answer from. (A yes/no claim about one is still checked: "were the talks in <a capital>?" gets "No".)
    const absent = forced || q.wh === undefined || q.yesNo ? [] : absentCountries(questionText);
    if (absent.length > 0) {
      return refusedBefore(text, `The article doesn't say: it never mentions ${joinNames(absent)}.`);
    }
    // "what did <A> do after <B> walked out?": the act taken as given must be one the article reports.
    const premise = forced ? undefined : premiseClause(q);
    if (premise) {
      const checked = answerOne(`${premise}?`, state, undefined, true);
      // (The premise checked is no question of the member's: "and <B>?" next asks again the one they asked.)
      state.lastQuestion = questionText;
      if (!checked.answered || /^No\b/.test(checked.text)) {
        return {
          ...checked,
          answered: false,
          text: `The article doesn't say that ${premise}.${checked.answered ? ` ${checked.text.replace(/^No\.\s*/, '')}` : ''}`,
        };
      }
    }
    // "Who did he meet?" with nobody to be "he" is a question we cannot place, not one about anyone at all.
    // ("who was killed when her roof collapsed?": a possessive after "who" is the one asked about.)
    const boundByWho =
      q.wh === 'who' &&
      q.normals[0] === 'who' &&
      q.normals.every((w) => !/^(he|him|she|they|them)$/.test(w)) &&
      q.normals.some((w) => /^(his|her|their)$/.test(w));
    // ("what did the <X> minister say she'd do": a person described before the pronoun is the one it means.)
    const describedBefore = () => {
      const pronounAt = q.normals.findIndex((w) => /^(?:he|him|she|her)$/.test(w));
      return q.normals
        .slice(0, Math.max(0, pronounAt))
        .some((w, i) => q.pos[i] === 'NOUN' && isPersonWord(w));
    };
    const unresolved =
      q.pronouns.includes('person') &&
      !boundByWho &&
      !q.mentions.some((m) => store.entities.get(m.id)?.kind === 'person') &&
      !describedBefore();
    if (unresolved && !forced && (q.wh === 'who' || q.wh === 'whom' || q.yesNo || q.wh === 'what')) {
      return refusedBefore(text, whoDoYouMean);
    }
    return undefined;
  }

  /**
   * A follow-up on the last answer, answered from it on the same sentences: a count checked ("so 16 before it?"),
   * its items named, counted or checked, the one of them asked for, its effect, those of a role or a side.
   */
  function answerFromLastAnswer(asked: string, text: string, state: ConversationState): Answer | undefined {
    // "so 16 before it?" after an answer that counted: the number against that count, on the same sentences.
    const check = checkedCount(asked, state);
    if (check) {
      const same = check.claimed === check.count.n;
      return {
        answered: true,
        text: `${same ? 'Yes' : 'No'}. ${check.count.text}`,
        intent: COUNTED,
        confidence: 0.85,
        citations: check.count.citations,
        verdict: same ? 'yes' : 'no',
        suggestions: suggestQuestions(store, [], text),
      };
    }
    // "name them" after an answer that counted things: they are named, on the same sentences.
    const named = namedItems(asked, state);
    if (named) {
      return {
        answered: true,
        text: `${joinNames([...named.items])}.`,
        intent: COUNTED,
        confidence: 0.9,
        citations: named.citations,
        suggestions: suggestQuestions(store, [], text),
      };
    }
    // "how many is that?" after an answer that listed things: they are counted, on the same sentences.
    const counted = countedItems(asked, state);
    if (counted) {
      return {
        answered: true,
        text: `That makes ${counted.items.length}: ${joinNames([...counted.items])}.`,
        intent: COUNTED,
        confidence: 0.9,
        citations: counted.citations,
        suggestions: suggestQuestions(store, [], text),
      };
    }
    // "is <X> one of them?" after a list: whether it was listed, the list given again.
    const member = listedMember(asked, state, parse);
    if (member) {
      return {
        answered: true,
        text: `${member.member ? 'Yes' : 'No'}: the article gives ${joinNames([...member.items])}.`,
        intent: COUNTED,
        confidence: 0.85,
        citations: member.citations,
        verdict: member.member ? 'yes' : 'no',
        suggestions: suggestQuestions(store, [], text),
      };
    }
    // "which sea?" after a list that names one ("claims in the <X> Sea"): that one, on the same sentences.
    const whichListed = whichOfListed(asked, state);
    if (whichListed) {
      return {
        answered: true,
        text: `The ${whichListed.name.replace(/^the\s+/i, '')}: ${whichListed.item}.`,
        intent: COUNTED,
        confidence: 0.85,
        citations: whichListed.citations,
        suggestions: suggestQuestions(store, [], text),
      };
    }
    // "how's that affecting things" after an answer: the effect its sentences give.
    const effect = effectOfLast(asked, state.lastSentences, (n) => store.sentences[n - 1]?.text);
    if (effect)
      return {
        answered: true,
        text: `The article says: "${effect.text}"`,
        intent: READER,
        confidence: 0.75,
        citations: [{ sentence: effect.n, text: effect.text }],
        suggestions: suggestQuestions(store, [], text),
      };
    // "which of them are presidents?" after a list of people: those of that title or rank.
    const ofRole = listedOfRole(asked, state, store);
    if (ofRole) {
      const names = ofRole.ids.map((id) => store.nameOf(id));
      return names.length > 0
        ? {
            answered: true,
            text: `${joinNames(names)}: ${ofRole.ids
              .map((id) => {
                const e = store.entities.get(id);
                const rank = e?.rank?.toLowerCase().includes(ofRole.role) ? `a ${e.rank}` : undefined;
                return `${store.nameOf(id)} is ${rank ?? e?.title ?? ''}`;
              })
              .join('; ')}.`,
            intent: COUNTED,
            confidence: 0.85,
            citations: ofRole.citations,
            suggestions: suggestQuestions(store, ofRole.ids, text),
          }
        : refusedBefore(text, `The article doesn't call any of them ${ofRole.role}.`);
    }
    // "how many of them are <demonym>?" after a list of people: that side's, counted.
    const ofSide = countedOfSide(asked, state, parse, store);
    if (ofSide) {
      state.lastQuestion = ofSide.asked;
      const names = ofSide.ids.map((id) => store.nameOf(id));
      return {
        answered: true,
        text: `${names.length} of them ${names.length === 1 ? 'is' : 'are'} from ${store.nameOf(ofSide.side)}${names.length ? `: ${joinNames(names)}` : ''}.`,
        intent: COUNTED,
        confidence: 0.85,
        citations: ofSide.citations,
        suggestions: suggestQuestions(store, [], text),
      };
    }
    return undefined;
  }

  /** What the question is answered with: the intents in routing order, then the reader, retrieval and checks. */
  function routeQuestion(
    q: ParsedQuestion,
    state: ConversationState,
    asked: RoutedQuestion,
  ): Choice | undefined {
    const { text, questionText, forced, rankOrder, topic, opening, refuse } = asked;
    const ranked = (
      forced
        ? [{ intent: forced, score: 1 }]
        : intentList.map((intent) => ({ intent, score: intent.match(q, kb) }))
    )
      .filter((r) => r.score >= ROUTING.minMatch)
      .sort((a, b) => b.score - a.score)
      .slice(0, ROUTING.maxCandidates);
    let chosen: Choice | undefined;
    /** A refusal chosen over an intent's answer. */
    const refused = (reply: IntentReply): Choice => ({
      intent: NOT_COVERED,
      score: 1,
      reply,
      checked: 'grounded',
    });
    const read = (): Choice | undefined => {
      const reply = readSentences(q, state.lastSentences);
      if (!reply) return undefined;
      // (The one event the sentences quoted report is what the conversation is on next: "and the other one?".)
      const quoted = reply.citations.map((c) => c.text).join(' ');
      // (Not a sentence listing disputes, an event among them: "over what?" -> "how many is that".)
      const listsDisputes = store.facts.disputes.some((d) => d.evidence.some((ev) => quoted.includes(ev)));
      const reported = listsDisputes
        ? []
        : store.facts.events.filter((e) => e.evidence.some((ev) => quoted.includes(ev)));
      const focus = reply.focus ?? (reported.length === 1 ? reported.map((e) => e.id) : undefined);
      return {
        intent: READER,
        score: ROUTING.readScore,
        reply: focus ? { ...reply, focus } : reply,
        checked: 'grounded',
      };
    };
    // On a draft store, a yes/no question is checked only against the sentence that grounds it: the
    // intents' verdicts reason from facts a draft may lack, and no verdict is better than a default one.
    const options = draft && !forced ? orderOptions(questionText) : undefined;
    if (options) {
      const reply = orderEvents(options, parse, sentenceIndex);
      if (reply) chosen = { intent: ORDERING, score: ROUTING.orderScore, reply, checked: 'grounded' };
    }
    if (!chosen && rankOrder)
      chosen = { intent: RANKS, score: ROUTING.orderScore, reply: rankOrder, checked: 'whole-article' };
    if (!chosen && draft && !forced && q.yesNo) {
      const reply =
        checkProgress(q, store, dataDir) ??
        (voteAsked(q) === 'unanimous' ? answeredOnly(answerVote(q, store)) : undefined) ??
        checkClaim(q) ??
        notCovered("The article doesn't say whether that is so.");
      chosen = { intent: CLAIM_CHECKER, score: ROUTING.claimScore, reply, checked: 'grounded' };
    }
    const readable = !forced && !q.yesNo && (q.wh !== undefined || topic);
    // On a draft store, intents that reason from facts ingestion does not extract reliably (who met whom,
    // causes, disputes) answer only when the sentences do not.
    let readFirst = false;
    for (const { intent, score } of chosen ? [] : ranked) {
      if (draft && readable && !intent.draftSafe && !readFirst) {
        readFirst = true;
        chosen = read();
        if (chosen) break;
      }
      const reply = intent.answer(q, kb);
      if (reply) {
        chosen = {
          intent: intent.id,
          reply,
          score,
          checked: intent.wholeArticle ? 'whole-article' : 'unchecked',
        };
        break;
      }
    }
    // An intent's fact whose sentences lack words of a what-question, when one sentence holds them all (an
    // answer about the whole article is about no words of it).
    if (
      !draft &&
      !forced &&
      readable &&
      chosen?.checked === 'unchecked' &&
      !readFirst &&
      // ("what did <X> lead to", "what led to <X>": the words asking for what followed or came before are no
      // words of the answer.)
      !asksCausation(q) &&
      // ("which people met in <the round>": the people of the event, named by a fact, not one sentence's.)
      !(chosen.intent === 'who-did' && asksForSeveral(q)) &&
      lacksWords(q, sentenceIndex, chosen.reply)
    ) {
      const reader = read();
      if (reader && holdsAll(q, sentenceIndex, reader.reply)) chosen = reader;
      // ("<X> are needed to stop what": the object of an act asked, which an event the verb evokes, its sentences
      // holding none of <X> and no one named taking part in it, does not answer.)
      else if (
        chosen.intent === 'what-happened' &&
        objectAsked(q) &&
        !q.mentions.some((m) =>
          (chosen?.reply.focus ?? []).some(
            (id) => id === m.id || store.events.get(id)?.participants.some((p) => p.entity === m.id),
          ),
        )
      )
        chosen = refused(notCovered());
    }
    // ("what did <A> do militarily after <B>": a domain the answer's sentences never name is not answered by an
    // act of another kind, "severed diplomatic dialogue".)
    const domain = forced ? undefined : q.normals.find((w) => cueWords().domainAdverbs.has(w));
    if (
      domain &&
      chosen?.reply.answered &&
      !chosen.reply.citations.some((c) => c.text.toLowerCase().includes(domain.slice(0, 5)))
    )
      chosen = refused(notCovered());
    // No intent could answer from the facts: the sentences may still hold the answer, fully grounded. A
    // refusal reasoned from reviewed facts stands; one from a draft (ingested) store may only mean a fact
    // was not extracted. On a draft store the sentence answerers ground every word of the question themselves
    // (tolerating one verb the article does not use, "threw out" for "dismissed", only when they can pick out
    // the answer), so a word the article never uses does not stop them.
    if (
      (!chosen || (!chosen.reply.answered && draft)) &&
      readable &&
      !readFirst &&
      (q.unknownWords.length === 0 || draft)
    ) {
      chosen = read() ?? chosen;
    }
    // ("how many <things> were <done>", "how much did <A> raise": the one number the article attaches to them or
    // to the act.)
    if ((!chosen || (!chosen.reply.answered && draft)) && readable) {
      const count = attachedCount(q, sentenceIndex, gazetteer);
      const cited = (count?.citations ?? []).flatMap((c) => sentenceIndex.sentences[c.sentence - 1] ?? []);
      if (count && !(worthOfSomeone(q, store) >= 0 && worthUnsaid(cited)))
        chosen = { intent: READER, score: ROUTING.readScore, reply: count, checked: 'grounded' };
    } else if (
      draft &&
      chosen?.intent === READER &&
      chosen.reply.answered &&
      numberOfOtherAct(q, sentenceIndex, chosen.reply)
    ) {
      // (A number the sentence says of another act than the one asked: not said.)
      chosen = refused(refuse(q));
    }
    // ("how much of the <sum> <X> will <A> pay": the whole typed back is no part of it.)
    if (chosen && echoesWhole(q, chosen.reply)) chosen = refused(refuse(q));
    if (!chosen && !forced && q.unknownWords.length === 0) {
      const hit = retrieve(q);
      if (hit) {
        // A name, a place, a time or a number asked for is not answered by a sentence merely near the question
        // ("which clubs in <city>" of a sentence saying only "clubs in <city>"): the nearest is offered, unanswered.
        // (So is what someone said: a sentence near "what did <A> say" that is not <A>'s words answers nothing.)
        const saidBy =
          q.lemmas.some((l, i) => q.pos[i] === 'VERB' && gazetteer.reportingVerbs.has(l)) &&
          q.mentions.some((m) => store.entities.get(m.id)?.kind === 'person');
        const specific = asksSpecific(q) || saidBy;
        chosen = {
          intent: NEAREST_SENTENCE,
          score: ROUTING.nearestSentenceScore,
          checked: 'unchecked',
          reply: {
            answered: !specific,
            text: `${specific ? "The article doesn't say. The closest it comes" : 'The closest the article comes'}: "${hit.citation.text}"`,
            citations: [hit.citation],
            confidence: 0.5,
          },
        };
      }
    }
    // A drafted fact may be wrong or partial: an answer from one must rest on sentences that hold the question.
    if (
      draft &&
      chosen?.reply.answered &&
      chosen.checked === 'unchecked' &&
      !sentenceIndex.covers(
        q,
        chosen.reply.citations.map((c) => c.sentence),
      ) &&
      // (Unless every word they lack is one the reply worked out: "what time did <A> run" of a time taken.)
      !workedOutOf(q, chosen.reply)
    ) {
      chosen = refused(notCovered());
    } else if (
      draft &&
      chosen?.reply.answered &&
      chosen.checked === 'unchecked' &&
      intentList.find((i) => i.id === chosen?.intent)?.draftSafe
    ) {
      // An answer from facts ingestion extracts reliably, with every word and name of the question in its
      // sentences ("seized" as their "seizure"), is grounded.
      const { missing, unnamed } = sentenceIndex.missingIn(
        q,
        chosen.reply.citations.map((c) => c.sentence),
      );
      if (missing.length === 0 && unnamed.length === 0) chosen = { ...chosen, checked: 'grounded' };
    }
    // "why did <person> travel to <another city> for the talks?": the premise is corrected, not answered around.
    const corrected = forced
      ? undefined
      : (correctPeople(q, store) ??
        correctPlace(q, store, [...(chosen?.reply.focus ?? []), ...q.mentions.map((m) => m.id)]));
    if (corrected)
      chosen = {
        intent: chosen?.intent ?? NOT_COVERED,
        score: 1,
        reply: corrected,
        checked: 'whole-article',
      };
    // "what's <a place>'s parliament called": a name asked for, which an event's summary or a quoted sentence
    // does not give. (One that opens with a name and its description gives it: "<Name> (a ship carrying ...)".)
    const opensWithName = (text: string) => store.facts.entities.some((e) => text.startsWith(`${e.name} (`));
    if (
      chosen?.reply.answered &&
      asksName(q, isPersonWord) &&
      EVENT_ANSWERS.has(chosen.intent) &&
      !opensWithName(chosen.reply.text)
    )
      chosen = refused(notCovered("The article doesn't give that name."));
    // "and what's <A>'s position on that": a view of what was just answered, which its sentences must hold (of an
    // event "that" stands for, the statement intent checks what was said of it).
    const last = state.lastSentences;
    if (
      chosen?.reply.answered &&
      chosen.intent === 'statement' &&
      last &&
      asksViewOfPronoun(q) &&
      !q.mentions.some((m) => m.start < 0) &&
      !chosen.reply.citations.some((c) => last.includes(c.sentence))
    )
      chosen = refused(
        notCovered(
          `The article doesn't say what ${store.nameOf(chosen.reply.focus?.[0] ?? '') || 'they'} said about that.`,
        ),
      );
    if (chosen?.checked === 'unchecked' && chosen.reply.verdict === 'yes' && !yesIsGrounded(q, chosen.reply))
      chosen = refused(notCovered("The article doesn't say whether that is so."));
    // ("which officials said that, names?": names of people the article gives only as a body of them.)
    // (As typed: a closing "names?" is dropped from the question read.)
    const namesAsked = /\b(?:names|name them|their names|who exactly)\b/i.test(text);
    const bodies = (chosen?.reply.focus ?? []).map((id) => store.entities.get(id));
    if (chosen?.reply.answered && namesAsked && bodies.length > 0 && bodies.every((e) => e?.kind === 'group'))
      chosen = refused(
        notCovered(
          `The article doesn't name them: it says only ${joinNames(bodies.map((e) => e?.name ?? ''))}.`,
        ),
      );
    // A claim the reviewed facts do not settle may still be settled by one sentence that holds all of it,
    // unless it points back at something said before ("does <a country> agree with that?").
    // ("so this is a step towards <X>?" opening a conversation: "this" is the article's news.)
    if (
      !draft &&
      !forced &&
      q.yesNo &&
      !chosen?.reply.answered &&
      !chosen?.reply.settled &&
      (!pointsBack(q) ||
        // ("did they restart <X>?" opening one too: "they" as the subject, the article's parties; not "he" or
        // "theirs", someone or something asked about.)
        (opening &&
          !q.normals.some(
            (w, i) =>
              /^(?:he|him|his|she|her|hers|them|their|theirs)$/.test(w) ||
              (w === 'they' &&
                (q.pos[i - 1] !== 'AUX' ||
                  // (Nor what they said, or a question inside: "did they say how long it'll take".)
                  q.normals.some(
                    (x, k) => k > i && (x === 'how' || x === 'what' || x === 'when' || x === 'why'),
                  ) ||
                  q.lemmas.some((l) => cues.claimSayingVerbs.has(l)))),
          )))
    ) {
      const reply = checkClaim(q);
      if (reply?.answered && reply.citations.length === 1)
        chosen = { intent: CLAIM_CHECKER, score: ROUTING.claimScore, reply, checked: 'grounded' };
    }
    // A question about something the article never mentions is not answered by a near miss: a word the
    // article never uses usually names what is asked about ("population", "born"). Answers about the whole
    // article do not depend on it, grounded answers on a draft checked it themselves, and a "No." corrects
    // a premise.
    const exempt =
      chosen?.checked === 'whole-article' ||
      // (Words the reply worked out from the facts: "the <X> dept" read from a title's "secretary of <Y>".)
      (q.unknownWords.length > 0 && q.unknownWords.every((w) => chosen?.reply.workedOut?.includes(w))) ||
      // (Words of a description the person asked about was found by: "the guy running the <A> desk".)
      (q.unknownWords.length > 0 && q.unknownWords.every((w) => inDescription(q, q.normals.indexOf(w)))) ||
      (draft && chosen?.checked === 'grounded') ||
      (chosen?.reply.verdict === 'no' &&
        (chosen.checked === 'grounded' ||
          q.unknownWords.every(
            (w) =>
              q.pos[q.normals.indexOf(w)] !== 'VERB' ||
              // (A name typed in lower case that wink reads as a verb: "did <name> and <person> agree".)
              joinedToPerson(q, q.normals.indexOf(w), (id) => store.entities.get(id)?.kind === 'person') ||
              unknownSubjectAt(q, q.normals.indexOf(w)) ||
              // (A place the article never names is the premise corrected: "did <A> go to <another country>?")
              q.otherPlaces.some((p) => p.start <= q.normals.indexOf(w) && q.normals.indexOf(w) <= p.end) ||
              // (So is a journey to a meeting held elsewhere or virtually: "so <A> flew out to <B>?".)
              cues.motionWords.has(q.lemmas[q.normals.indexOf(w)] ?? ''),
          )));
    if (chosen?.reply.answered && q.unknownWords.length > 0 && !exempt) chosen = refused(refuse(q));
    return chosen;
  }

  /** The answer given from the choice made, and what the conversation keeps of it. */
  function finishAnswer(
    choice: { intent: string; reply: IntentReply; score: number },
    q: ParsedQuestion,
    state: ConversationState,
    forget: boolean,
    text: string,
  ): Answer {
    const { intent, reply, score } = choice;
    // (A refusal an intent reasoned, with what the article does say, leaves the one person that names to refer
    // back to: "why is <a place> in the article" -> "<person>'s portfolio" -> "what other places does his job
    // cover"; not a bare refusal's nearest sentence, nor a claim left unsettled, whose "how long?" asks about
    // the claim.)
    const said = reply.answered || (intent !== NOT_COVERED && !q.yesNo && /\bIt does say\b/.test(reply.text));
    if (!forget) remember(state, store, q, reply.focus ?? [], intent, said ? reply.text : '');
    if (reply.answered && reply.citations.length > 0)
      state.lastSentences = reply.citations.map((c) => c.sentence);
    // (After a refusal, "in what?" asks about the question refused, not the sentences read before it.)
    else if (!reply.answered && !forget) state.lastSentences = undefined;
    // (A count given first, "16 (worked out ...)", "Three: ...", for "so 16?" next.)
    const countGiven = /^(\w+)\b/.exec(reply.text)?.[1]?.toLowerCase() ?? '';
    const n = /^\d+$/.test(countGiven) ? Number(countGiven) : CARDINAL_WORDS.get(countGiven);
    if (!forget)
      state.lastCount =
        reply.answered && intent === 'quantity' && n !== undefined
          ? { n, text: reply.text, citations: reply.citations }
          : undefined;
    if (!forget) state.unreported = reply.answered ? reply.unreported : undefined;
    if (!forget)
      state.lastItems =
        reply.answered && reply.items
          ? { items: reply.items, citations: reply.citations, ids: reply.itemIds }
          : undefined;
    return {
      answered: reply.answered,
      text: reply.text,
      intent: reply.answered ? intent : intent === NOT_COVERED ? NOT_COVERED : intent,
      confidence: Math.round(Math.min(1, score * (reply.confidence ?? 0.8)) * 100) / 100,
      citations: reply.citations,
      suggestions: reply.suggestions ?? suggestQuestions(store, reply.focus ?? [], text),
      ...(reply.answered && reply.verdict ? { verdict: reply.verdict } : {}),
    };
  }

  /** Whether, in a sentence, someone other than the person a question names stands between them and a word. */
  function anotherPersonBetween(q: ParsedQuestion, sentence: string, word: string): boolean {
    const lower = sentence.toLowerCase();
    const person = q.mentions.map((m) => store.entities.get(m.id)).find((e) => e?.kind === 'person');
    if (!person) return false;
    const at = (e: { name: string; aliases: readonly string[] }) =>
      Math.min(
        ...[e.name, ...e.aliases]
          .filter((a) => a.length > 3)
          .map((a) => lower.indexOf(a.toLowerCase()))
          .filter((i) => i >= 0),
      );
    const from = at(person);
    const to = lower.indexOf(word.toLowerCase().split(/\s+/)[0] ?? word);
    if (!Number.isFinite(from) || to < 0) return false;
    const [lo, hi] = from < to ? [from, to] : [to, from];
    return store.facts.entities.some((e) => {
      if (e.kind !== 'person' || e.id === person.id) return false;
      const i = at(e);
      return Number.isFinite(i) && lo < i && i < hi;
    });
  }

  /**
   * "<X>, nice to have or crucial?": of two alternatives no check settles, the one a single sentence holds with
   * the rest of the question (a verb aside), when that sentence does not hold the other.
   */
  function chooseBySentence(alternatives: Alternatives, a: Answer, b: Answer): Answer | undefined {
    if (a.verdict || b.verdict) return undefined;
    const [qa, qb] = alternatives.claims.map((claim) => parse(claim)) as [ParsedQuestion, ParsedQuestion];
    // (Nor of someone a pronoun stands for whom the question does not name: "did she get <A> or <B>?" is not
    // answered by a sentence about everyone who got <B>.)
    const someone = qa.normals.some((w) => /^(?:he|she|him|her|his|hers)$/.test(w));
    if (someone && !qa.mentions.some((m) => store.entities.get(m.id)?.kind === 'person')) return undefined;
    const holds = (q: ParsedQuestion, n: number) => {
      const { missing, unnamed } = sentenceIndex.missingIn(q, [n]);
      // (Every word of it, but a verb of how it is seen: "how do <they> see <X>" of "<X> is considered ...".)
      return (
        unnamed.length === 0 && missing.every((t) => t.verb && cues.regardVerbs.has(q.lemmas[t.at] ?? ''))
      );
    };
    const picks = store.sentences.flatMap((s) => {
      const [ha, hb] = [holds(qa, s.n), holds(qb, s.n)];
      return ha === hb ? [] : [{ s, option: ha ? alternatives.options[0] : alternatives.options[1] }];
    });
    // (What the question names, or a pronoun in it stands for, must be what the sentence is about: an event by
    // its own sentences, anyone else by name.)
    const about = (q: ParsedQuestion, n: number) =>
      q.mentions.every((m) => {
        const event = store.events.get(m.id);
        if (event) return store.cite(event.evidence).some((c) => c.sentence === n);
        const entity = store.entities.get(m.id);
        const text = store.sentences[n - 1]?.text.toLowerCase() ?? '';
        return (
          entity !== undefined && [entity.name, ...entity.aliases].some((a) => text.includes(a.toLowerCase()))
        );
      });
    const [pick, ...others] = picks.filter((p) => about(qa, p.s.n));
    if (!pick || others.some((o) => o.option !== pick.option)) return undefined;
    // (The option picked must itself be in the sentence, every word of it: "in person" is not held by a
    // sentence that holds the rest of the question and says "virtual".)
    const option = parse(pick.option);
    const own = sentenceIndex.termsOf(option).terms.filter((t) => !t.optional);
    if (own.length === 0 || sentenceIndex.missingIn(option, [pick.s.n]).missing.length > 0) return undefined;
    // (And said of the person asked about, not of another named between them: "is <A> military or civilian" of
    // "<A> ... met <B>, who serves in the military commission".)
    if (anotherPersonBetween(qa, pick.s.text, pick.option)) return undefined;
    return {
      answered: true,
      text: `${capitalize(pick.option)}: the article says "${pick.s.text}"`,
      intent: ALTERNATIVE_BY_SENTENCE,
      confidence: 0.7,
      citations: [{ sentence: pick.s.n, text: pick.s.text }],
      suggestions: [],
    };
  }

  function ask(question: string, conversation?: string, forced?: Intent): Answer {
    try {
      const clean = sanitizeInput(question, isForeign);
      if (!clean.ok) {
        return {
          answered: false,
          text: INPUT_REPLIES[clean.reason],
          intent: 'invalid-input',
          confidence: 1,
          citations: [],
          suggestions: suggestQuestions(store, [], ''),
        };
      }
      const state = conversation ? memory.get(conversation) : { lastPeople: [] };
      // A rambling message: its lead-in is read as what was said before, then its last question is answered.
      // ("ugh so many names. <question>": the remark it opens with is no part to answer.)
      const typed = forced ? clean.text : chatRegister.withoutRemark(clean.text);
      const ramble = forced ? undefined : splitRambling(typed);
      // ("<a remark>, the <described person> ..., what was his name": the question asked of the description.)
      // ("..., some guy from <a body>, what's his title": "some guy" as "the guy".)
      const tail = ramble
        ? /(?:,|\s(?:and|but))\s*((?:the|that|this|some)\s[^,]{3,80},[^,]+)$/i
            .exec(typed)?.[1]
            ?.replace(/^some\s/i, 'the ')
        : undefined;
      // (Or with the thing it is about put first: "<a remark>, the part about <X>, which one was <Y>?".)
      const dislocated = tail ? (undislocate(tail) ?? tail) : undefined;
      if (dislocated) {
        const answer = answerOne(dislocated, state);
        if (answer.answered) return answer;
      }
      if (ramble) {
        // (Sentence by sentence: the last thing it asks about is what "they" in the question means.)
        const lead = splitQuestions(ramble.leadIn).map((part) =>
          answerOne(part, state, undefined, false, true),
        );
        // (A lead-in refused whole, "my cousin says <X> ... i read about <an event>", still names what "those"
        // in the question stands for: the last event it names.)
        // (Not "who was that", which asks about the remark itself.)
        // (And who "he" or "she" is: the last person it names, or the one person a body it names stands for:
        // "i missed the part about <a body>, who did he talk to".)
        const things = !state.lastThing && /\b(?:those|these|they|them)\b/i.test(ramble.question);
        const people = !state.lastPerson && /\b(?:he|she|him|her|his)\b/i.test(ramble.question);
        // ("<a remark about a thing the article never names>, when was it actually": "it" is that thing, which
        // no answer about the article's own news may stand in for.)
        // (Only when the remark has a word the article never uses, which "it" may be: "ballon".)
        // (The lead-in parsed once, when either check below needs it.)
        let leadParsed: ParsedQuestion | undefined;
        const leadIn = () => (leadParsed ??= parse(ramble.leadIn));
        const unknownIt =
          lead.every((a) => !a.answered) &&
          !state.lastThing &&
          /^(?:when|where|who)\b[^,]*\bit\b/i.test(ramble.question.trim()) &&
          leadIn().unknownWords.length > 0 &&
          !leadIn().mentions.some((m) => store.events.has(m.id));
        if (unknownIt) return refusedBefore(typed, notCovered().text);
        // ("<a remark that the top general had a call with <a country>>, who was on the <demonym> end": the side's
        // person in the event the remark tells of, the one it ranks clearly first.)
        const sideAsked =
          !state.lastThing &&
          !things &&
          lead.every((a) => !a.answered) &&
          chatRegister
            .plain(ramble.question)
            .toLowerCase()
            .split(/[^a-z]+/)
            .some((w) => cueWords().sideNouns.has(w));
        if (sideAsked) {
          const [top, next] = rankEvents(leadIn(), store, lexicon.triggers);
          if (top && top.score >= SIDE_EVENT_SCORE && (!next || next.score + 1 <= top.score))
            state.lastThing = top.event.id;
        }
        if (lead.every((a) => !a.answered) && (things || people)) {
          const { mentions } = leadIn();
          const named = things ? mentions.filter((m) => store.events.has(m.id)).at(-1) : undefined;
          if (named) state.lastThing = named.id;
          const last = people ? mentions.at(-1) : undefined;
          const person =
            last && store.entities.get(last.id)?.kind === 'person'
              ? last.id
              : last && soleMemberOf(store, last.id)?.id;
          if (person) {
            state.lastPerson = person;
            state.lastPeople = [person];
          }
        }
        // ("<a claim the article corrects>, was that <X> a big deal?": the premise is wrong, so the correction is
        // the answer, not a verdict on whatever else "that" might be.)
        const corrected = lead.find((a) => a.answered && a.text.startsWith('No. '));
        // ("i thought <the event> was in <a wrong place>, why'd they do it there": nor is the why of it.)
        if (
          corrected?.intent === 'yes-no' &&
          (/^(?:is|was|were|are)\s+(?:that|this)\s+(?!article\b|story\b|piece\b)\p{L}+\s+\S/iu.test(
            ramble.question.trim(),
          ) ||
            /^(?:why|how come)\b[^?]*\b(?:there|then)\b/i.test(ramble.question.trim()))
        )
          return corrected;
        const answer = answerOne(whichOneOf(ramble.leadIn, ramble.question) ?? ramble.question, state);
        // (A premise is no claim to check: "if <A>, <question>" is answered as its question, or not at all.)
        if (answer.answered || ramble.conditional) return answer;
      }
      // "the <described person> ..., what's his title": asked of the description.
      const asked = (!forced && !ramble && undislocate(typed)) || typed;
      // ("is this the best <X> has been in years? opinion pls": a closing ask for an opinion makes the message one.)
      const closing = /\?\s*([^?]{1,30})$/.exec(asked)?.[1]?.trim();
      if (!forced && closing && closing.split(/\s+/).length <= 3 && beyondTheArticle(closing) === 'opinion')
        return refusedBefore(asked, BEYOND_REPLIES.opinion(reference));
      // ("<a place>?? why does <a place> even show up": a name alone, asked again in full next, is no question.)
      const split = splitQuestions(asked);
      const bare = (part: string) => part.replace(/[?!.\s]+$/, '').toLowerCase();
      // (Nor is one a question after it refers back to: "<a place>?? why is that even in there".)
      const parts = split.filter(
        (part, i) =>
          split.length === 1 ||
          i === split.length - 1 ||
          bare(part).split(/\s+/).length > 2 ||
          /^(?:who|whom|whose|what|when|where|why|how|which)\b/i.test(part) ||
          !split.some(
            (other, k) =>
              k > i &&
              (new RegExp(`\\b${escapeRegExp(bare(part))}\\b`, 'i').test(other) ||
                /\b(?:that|this|it|he|she|they)\b/i.test(other)),
          ),
      );
      // One question and no conversation to keep: nothing said need be remembered after it.
      const forget = !conversation && !ramble && parts.length === 1;
      // ("was there <X> after the talks and what did it say": a part whose "it" refers back to a thing whose
      // being there was asked and refused is not answered either: the article has no <X> for "it" to be.)
      const stateBefore = { ...state, lastPeople: [...state.lastPeople] };
      const answers: Answer[] = [];
      parts.forEach((part, i) => {
        const before = parts[i - 1];
        const refused = before !== undefined && answers.at(-1)?.answered === false;
        if (refused && THERE_WAS.test(before) && REFERS_BACK.test(part)) return;
        // (Nor "who is <someone> and what did they say": the article names no one for "they" to be.)
        if (refused && ASKED_WHO.test(before) && PERSON_BACK.test(part)) return;
        answers.push(answerOne(part, state, forced, forget));
      });
      // ("who is buying <X>" of an article that has <X> selling to someone: asked from the other side first, the
      // seller's sentence naming the buyer; the question as typed when no sentence has it so.)
      const taken = forced || ramble || parts.length > 1 ? undefined : takerFromGiver(store, asked);
      if (taken)
        return {
          answered: true,
          text: `${taken.taker.name}: the article says "${taken.sentence.text}"`,
          intent: 'who-did',
          confidence: 0.75,
          citations: [{ sentence: taken.sentence.n, text: taken.sentence.text }],
          suggestions: [],
        };
      const typedAnswer = combineAnswers(answers) ?? answerOne(asked, state, forced, forget);
      // (Another reading is asked of the conversation as it was before the question, and kept if it answers.)
      const askedAgain = (text: string): Answer => {
        const again = { ...stateBefore, lastPeople: [...stateBefore.lastPeople] };
        const answer = answerOne(text, again, undefined, forget);
        if (answer.answered) Object.assign(state, again);
        return answer;
      };
      // ("why didn't <A> accept <X>", unanswered: why <A> rejected it, which a sentence may report.)
      const positive =
        typedAnswer.answered || forced || ramble || parts.length > 1
          ? undefined
          : positiveWhy(asked, (w) => oppositesOf(w, options.dataDir));
      const reread = positive ? askedAgain(positive.question) : undefined;
      // (Only from a sentence that says the subject did the opposite.)
      const opposite =
        positive && reread?.answered && reread.citations.some((c) => saysOpposite(c.text, positive))
          ? reread
          : typedAnswer;
      // ("how does the article frame <X>", unanswered: what it says about <X>.)
      const another =
        opposite.answered || forced || ramble || parts.length > 1 ? undefined : chatRegister.reread(asked);
      const rephrased = another ? askedAgain(another) : undefined;
      const answer = rephrased?.answered ? rephrased : opposite;
      // "<question>, like <a yes/no question>", not answered whole: the second, read after the first.
      const clarified = answer.answered || forced || ramble ? undefined : splitClarification(typed);
      // ("how did <X> start, like who decided": both answered, or the whole refused as it was.)
      const restated = answer.answered || forced || ramble || clarified ? undefined : splitRestatement(typed);
      if (restated) {
        const both = [answerOne(restated.first, state), answerOne(restated.second, state)];
        return both.every((a) => a.answered) ? (combineAnswers(both) ?? answer) : answer;
      }
      if (!clarified) return answer;
      // (Remembered, even outside a conversation: the second's pronouns mean what the first named.)
      answerOne(clarified.first, state, undefined, false, true);
      const second = answerOne(clarified.second, state);
      return second.answered ? second : answer;
    } catch {
      // The engine never throws at a caller: a bug becomes a polite non-answer (and a test failure elsewhere).
      return SOMETHING_WENT_WRONG;
    }
  }

  const lookups = createLookups(store, parse, ask);
  return {
    ask: (question, conversation) => ask(question, conversation),
    answerAs(intentId, question, conversation) {
      const intent = intentList.find((i) => i.id === intentId);
      return intent ? ask(question, conversation, intent) : ask('', conversation);
    },
    intentIds: intentList.map((i) => i.id),
    article: {
      title: store.meta.title,
      summary: store.meta.summary,
      referenceDate: store.meta.referenceDate.date,
      referenceDateNote: store.meta.referenceDate.note,
      sentences: store.sentences,
    },
    ...lookups,
    help: () => ask('help'),
  };
}
