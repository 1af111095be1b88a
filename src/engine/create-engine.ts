import { intents as defaultIntents } from '../../intents/index.js';
import type { FactStore } from '../facts/fact-store.js';
import { type ArticleData, indexArticle, readArticle } from '../facts/load-facts.js';
import { loadGazetteer } from '../ingest/gazetteer.js';
import { buildLexicon } from '../nlp/build-lexicon.js';
import { createNlp, type Nlp, splitSentences } from '../nlp/create-nlp.js';
import { expandAbbreviations, loadAbbreviations, loadSynonyms } from '../nlp/load-synonyms.js';
import { type ParsedQuestion, parseQuestion } from '../nlp/parse-question.js';
import { createClaimChecker } from './check-claim.js';
import { ConversationMemory, type ConversationState } from './conversation-memory.js';
import { createForeignCheck } from './detect-language.js';
import type { Intent, IntentReply, Knowledge } from './intent.js';
import { createLookups } from './lookups.js';
import { orderEvents, orderOptions } from './order-events.js';
import { createSentenceReader } from './read-sentences.js';
import { createSentenceRetriever } from './retrieve-sentence.js';
import { INPUT_REPLIES, sanitizeInput } from './sanitize-input.js';
import { createSentenceIndex } from './sentence-index.js';
import { splitQuestions } from './split-questions.js';
import { suggestQuestions } from './suggest-questions.js';
import type { Answer, Engine } from './types.js';
import { unwrapQuestion } from './unwrap-question.js';

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

const MIN_MATCH = 0.5;
const SELF_CHECKING = new Set(['greeting', 'help', 'timeline']);
const NOT_COVERED = 'not-covered';
/** Answers that check every word of the question against the sentences themselves. */
const GROUNDING = new Set(['read-sentences', 'check-claim', 'order-events']);

/** Remembers what a reply was about, for pronouns in the next question. */
function remember(
  state: ConversationState,
  store: FactStore,
  q: ParsedQuestion,
  focus: readonly string[],
  intent: string,
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
  const people = named.length ? named : inFocus.length ? inFocus : ofEvents;
  if (people.length) {
    state.lastPeople = people;
    state.lastPerson = people[0];
  }
  const thing =
    focus.find((id) => store.events.has(id)) ??
    focus.flatMap((id) => store.disputes.get(id)?.about.filter((a) => store.events.has(a)) ?? [])[0];
  if (thing) state.lastThing = thing;
  state.lastIntent = intent;
}

const PERSON_PRONOUNS = new Set(['he', 'him', 'his', 'she', 'her', 'hers']);

/** "Did he meet <person>?": the pronoun comes before the name, so it is someone else (not "Was <person> ... when she"). */
function pronounBeforeName(q: ParsedQuestion, store: FactStore): boolean {
  const pronounAt = q.normals.findIndex((w) => PERSON_PRONOUNS.has(w));
  const nameAt =
    q.mentions.find((m) => m.start >= 0 && store.entities.get(m.id)?.kind === 'person')?.start ?? -1;
  return pronounAt >= 0 && nameAt >= 0 && pronounAt < nameAt;
}

/** Adds the referent of "he/she/they/it" from the conversation, when the question names nobody itself. */
function resolvePronouns(
  q: ParsedQuestion,
  state: ConversationState,
  store: FactStore,
  triggers: Knowledge['triggers'],
): void {
  const names = (kind: 'person' | 'thing') =>
    q.mentions.some((m) =>
      kind === 'person' ? store.entities.get(m.id)?.kind === 'person' : !store.entities.has(m.id),
    );
  const referent = state.lastPerson;
  if (
    q.pronouns.includes('person') &&
    referent &&
    !q.mentions.some((m) => m.id === referent) &&
    (!names('person') || pronounBeforeName(q, store))
  ) {
    q.mentions.push({ id: referent, start: -1, end: -1, via: 'pronoun' });
  }
  if (q.pronouns.includes('thing') && !names('thing')) {
    const thing = state.lastThing ?? state.lastPerson;
    if (thing) q.mentions.push({ id: thing, start: -1, end: -1, via: 'pronoun' });
  }
  // "and when?", "Who led <a country> side?": a follow-up that evokes no event is about the last one.
  const evokesEvent =
    names('thing') || q.words.size === 0 || [...q.words].some((w) => (triggers.get(w)?.length ?? 0) > 0);
  if (
    !evokesEvent &&
    state.lastThing &&
    q.wh !== undefined &&
    !q.mentions.some((m) => m.id === state.lastThing)
  ) {
    q.mentions.push({ id: state.lastThing, start: -1, end: -1, via: 'context' });
  }
}

/**
 * Creates the answer engine once: loads and validates the fact store, the wink model and the intents.
 * @example const engine = createEngine(); engine.ask('Who is <person>?').text
 */
export function createEngine(options: EngineOptions = {}): Engine {
  const nlp = options.nlp ?? createNlp();
  const article = options.article ?? readArticle();
  const store = indexArticle(article, (text) => splitSentences(nlp, text));
  const intentList = options.intents ?? defaultIntents;
  const examples = Object.values(article.examples).flatMap((e) => e.examples);
  const gazetteer = loadGazetteer(options.dataDir);
  const genericWords = new Set(
    [
      ...gazetteer.organisationWords,
      ...gazetteer.placeWords,
      ...gazetteer.honorifics,
      ...gazetteer.roles,
    ].map((w) => w.toLowerCase()),
  );
  const lexicon = buildLexicon(nlp, store, intentList, loadSynonyms(options.dataDir), examples, genericWords);
  const abbreviations = loadAbbreviations(options.dataDir);
  const kb: Knowledge = { store, triggers: lexicon.triggers, eventWords: lexicon.eventWords };
  const retrieve = createSentenceRetriever(nlp, store);
  const sentenceIndex = createSentenceIndex(nlp, store, gazetteer);
  const readSentences = createSentenceReader(sentenceIndex, store, gazetteer.roles, gazetteer.reportingVerbs);
  const checkClaim = createClaimChecker(sentenceIndex, store);
  const draft = [...store.facts.entities, ...store.facts.events, ...store.facts.statements].some(
    (f) => f.provenance?.source === 'auto' && !f.provenance.reviewed,
  );
  const memory = new ConversationMemory();
  const isForeign = createForeignCheck(options.dataDir);
  const reference = store.meta.referenceDate.date;
  const parse = (text: string) => parseQuestion(nlp, lexicon, text, reference);

  const notCovered = (
    text = `The article doesn't say. I can only answer from the article "${store.meta.title}".`,
  ): IntentReply => ({ answered: false, text, citations: [], confidence: 0.9 });
  // A refusal in a plain sentence, with the nearest thing the article does say when something is near.
  const refuseWithNearest = (q: ParsedQuestion): IntentReply => {
    const near = sentenceIndex.ground(q, { missingVerbs: 3, missingOthers: 3, missingNames: 1 }).ranked[0];
    const sentence = near && near.score >= 2 ? sentenceIndex.unitSentences(near).at(-1) : undefined;
    if (!sentence) return notCovered();
    return {
      answered: false,
      text: `The article doesn't say. The closest it comes: "${sentence.sentence.text}"`,
      citations: [{ sentence: sentence.sentence.n, text: sentence.sentence.text }],
      confidence: 0.9,
    };
  };
  const somePerson = store.facts.entities.find((e) => e.kind === 'person')?.name;
  const whoDoYouMean = `Who do you mean? Please name the person${somePerson ? `, e.g. "What did ${somePerson} do?"` : '.'}`;

  function answerOne(text: string, state: ConversationState, forced?: Intent): Answer {
    const unwrapped = unwrapQuestion(expandAbbreviations(text, abbreviations));
    const parsed = parse(unwrapped.text);
    // A claim put up for checking is answered like a yes/no question, and so is a bare statement with a
    // question mark ("the talks took place in <a capital>?").
    const statedAsQuestion =
      !parsed.yesNo &&
      parsed.wh === undefined &&
      /\?\s*$/.test(unwrapped.text) &&
      parsed.pos.includes('VERB') &&
      parsed.mentions.length > 0;
    const q = unwrapped.claim || statedAsQuestion ? { ...parsed, yesNo: true, wh: undefined } : parsed;
    resolvePronouns(q, state, store, lexicon.triggers);
    // "Who did he meet?" with nobody to be "he" is a question we cannot place, not one about anyone at all.
    const unresolved =
      q.pronouns.includes('person') && !q.mentions.some((m) => store.entities.get(m.id)?.kind === 'person');
    if (unresolved && !forced && (q.wh === 'who' || q.wh === 'whom' || q.yesNo || q.wh === 'what')) {
      return {
        answered: false,
        text: whoDoYouMean,
        intent: NOT_COVERED,
        confidence: 0.9,
        citations: [],
        suggestions: suggestQuestions(store, [], text),
      };
    }
    const ranked = (
      forced
        ? [{ intent: forced, score: 1 }]
        : intentList.map((intent) => ({ intent, score: intent.match(q, kb) }))
    )
      .filter((r) => r.score >= MIN_MATCH)
      .sort((a, b) => b.score - a.score)
      .slice(0, 3);
    let chosen: { intent: string; reply: IntentReply; score: number } | undefined;
    // On a draft store, a yes/no question is checked only against the sentence that grounds it: the
    // intents' verdicts reason from facts a draft may lack, and no verdict is better than a default one.
    const options = draft && !forced ? orderOptions(unwrapped.text) : undefined;
    if (options) {
      const reply = orderEvents(options, parse, sentenceIndex);
      if (reply) chosen = { intent: 'order-events', score: 0.8, reply };
    }
    if (!chosen && draft && !forced && q.yesNo) {
      const reply = checkClaim(q) ?? notCovered("The article doesn't say whether that is so.");
      chosen = { intent: 'check-claim', score: 0.8, reply };
    }
    const readable = !forced && !q.yesNo && q.wh !== undefined;
    // On a draft store, intents that reason from facts ingestion does not extract reliably (who met whom,
    // causes, disputes) answer only when the sentences do not.
    let readFirst = false;
    for (const { intent, score } of chosen ? [] : ranked) {
      if (draft && readable && !intent.draftSafe && !readFirst) {
        readFirst = true;
        const read = readSentences(q, state.lastSentences);
        if (read) {
          chosen = { intent: 'read-sentences', score: 0.7, reply: read };
          break;
        }
      }
      const reply = intent.answer(q, kb);
      if (reply) {
        chosen = { intent: intent.id, reply, score };
        break;
      }
    }
    // No intent could answer from the facts: the sentences may still hold the answer, fully grounded. A
    // refusal reasoned from reviewed facts stands; one from a draft (ingested) store may only mean a fact
    // was not extracted.
    // On a draft store the sentence reader, the claim checker and the ordering ground every word of the
    // question themselves (tolerating one verb the article does not use, "threw out" for "dismissed", only
    // when they can pick out the answer), so a word the article never uses does not stop them.
    const grounded = draft;
    if (
      (!chosen || (!chosen.reply.answered && draft)) &&
      readable &&
      !readFirst &&
      (q.unknownWords.length === 0 || grounded)
    ) {
      const read = readSentences(q, state.lastSentences);
      if (read) chosen = { intent: 'read-sentences', score: 0.7, reply: read };
    }
    if (!chosen && !forced && q.unknownWords.length === 0) {
      const hit = retrieve(q);
      if (hit) {
        chosen = {
          intent: 'retrieval',
          score: 0.6,
          reply: {
            answered: true,
            text: `The closest the article comes: "${hit.citation.text}"`,
            citations: [hit.citation],
            confidence: 0.5,
          },
        };
      }
    }
    // A question about something the article never mentions is not answered by a near miss.
    // A word the article never uses usually names what is asked about ("population", "born"), so the answer
    // found is a near miss. Greetings, help and timelines do not depend on it, and a "No." corrects a premise.
    // A drafted fact may be wrong or partial: an answer from one must rest on sentences that hold the question.
    if (
      draft &&
      chosen?.reply.answered &&
      !SELF_CHECKING.has(chosen.intent) &&
      !GROUNDING.has(chosen.intent) &&
      !sentenceIndex.covers(
        q,
        chosen.reply.citations.map((c) => c.sentence),
      )
    ) {
      chosen = { intent: NOT_COVERED, score: 1, reply: notCovered() };
    }
    const exempt =
      SELF_CHECKING.has(chosen?.intent ?? '') ||
      (grounded && GROUNDING.has(chosen?.intent ?? '')) ||
      (chosen?.reply.verdict === 'no' &&
        (chosen.intent === 'check-claim' ||
          q.unknownWords.every((w) => q.pos[q.normals.indexOf(w)] !== 'VERB')));
    if (chosen?.reply.answered && q.unknownWords.length > 0 && !exempt) {
      chosen = {
        intent: NOT_COVERED,
        score: 1,
        reply: refuseWithNearest(q),
      };
    }
    const { intent, reply, score } = chosen ?? { intent: NOT_COVERED, reply: refuseWithNearest(q), score: 1 };
    remember(state, store, q, reply.focus ?? [], intent);
    if (reply.answered && reply.citations.length > 0)
      state.lastSentences = reply.citations.map((c) => c.sentence);
    return {
      answered: reply.answered,
      text: reply.text,
      intent: reply.answered ? intent : intent === NOT_COVERED ? NOT_COVERED : intent,
      confidence: Math.round(Math.min(1, score * (reply.confidence ?? 0.8)) * 100) / 100,
      citations: reply.citations,
      suggestions: reply.suggestions ?? suggestQuestions(store, reply.focus ?? [], text),
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
      const answers = splitQuestions(clean.text).map((part) => answerOne(part, state, forced));
      const [first] = answers;
      if (!first || answers.length === 1) return first ?? answerOne(clean.text, state, forced);
      const citations = answers
        .flatMap((a) => a.citations)
        .filter((c, i, all) => all.findIndex((x) => x.sentence === c.sentence) === i);
      return {
        answered: answers.some((a) => a.answered),
        text: answers.map((a) => a.text).join('\n\n'),
        intent: first.intent,
        confidence: Math.min(...answers.map((a) => a.confidence)),
        citations: citations.sort((a, b) => a.sentence - b.sentence),
        suggestions: first.suggestions,
      };
    } catch {
      // The engine never throws at a caller: a bug becomes a polite non-answer (and a test failure elsewhere).
      return {
        answered: false,
        text: 'Sorry, something went wrong while answering that. Please try rephrasing.',
        intent: 'error',
        confidence: 0,
        citations: [],
        suggestions: [],
      };
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
