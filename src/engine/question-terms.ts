/**
 * A question's words as the sentence index looks for them: its content words (with their equivalents, stems
 * and WordNet senses) that are not names, dates or words of asking, and which of them may be missing.
 */

import type { FactStore } from '../facts/fact-store.js';
import type { Gazetteer } from '../ingest/gazetteer.js';
import type { ParsedQuestion } from '../nlp/parse-question.js';
import { WEEKDAY_NAMES } from '../nlp/resolve-date.js';
import { loadChatRegister } from './chat-register.js';
import { cueWords } from './cue-words.js';
import { asksCause, asksForBody, inChargeAt, worthOfSomeone } from './question-cues.js';
import { loadAgents, loadPhrases, type loadWordNet } from './word-tables.js';

/** How many words after a question's verb the other word of a phrase it starts may be ("brought the <X> lawsuit"). */
const PHRASE_REACH = 3;

const CONTENT = new Set(['NOUN', 'PROPN', 'VERB', 'ADJ', 'NUM', 'ADV']);

/** "who is the <role> in the case?": a noun for the whole matter, closing the question, scopes it; no sentence need hold it. */
const inScope = (q: ParsedQuestion, i: number): boolean =>
  cueWords().scopeNouns.has(q.normals[i] ?? '') &&
  /^(?:the|this|that)$/.test(q.normals[i - 1] ?? '') &&
  q.normals[i - 2] === 'in' &&
  q.pos.slice(i + 1).every((p) => p === 'PUNCT');
/** The days of the week, as typed in lower case. */
const WEEKDAY_WORDS: ReadonlySet<string> = new Set(WEEKDAY_NAMES);

/** Whether a word is "own" after a possessive ("their own", "<A>'s own"): whose, not the verb "own". */
export const ownAfterPossessive = (word: string | undefined, before: string | undefined): boolean =>
  word === 'own' && (before === "'s" || cueWords().possessiveDeterminers.has(before ?? ''));

export interface Term {
  keys: readonly string[];
  verb: boolean;
  /** Helps find the sentence but need not be in it. */
  optional: boolean;
  /** Index of the question token. */
  at: number;
}

/** Builds the term maker for one article's index, matching words by `key`. */
export function createTermMaker(
  store: FactStore,
  gazetteer: Gazetteer,
  key: (word: string) => string,
  wordnet: ReturnType<typeof loadWordNet>,
) {
  // Members use the same words again and again: a word's keys are worked out once (bounded; shared, never
  // edited).
  // (By part of speech, lemma and normal in nested maps: no joined key string is built per word.)
  const keysCache = new Map<string, Map<string, Map<string, string[]>>>();
  let cachedKeys = 0;
  // (The headline's words, lower case: the story's own subject.)
  const headline = new Set(store.meta.title.toLowerCase().split(/[^\p{L}]+/u));
  // ("trying to prevent", "supposed to prevent": the verb after "to" carries the question.)
  const { leadingVerbs, sayingNouns, framingAdjectives, phrasalVerbs } = loadChatRegister();
  // (The verbs any listed phrase starts with: most verbs start none, and need no look for a particle.)
  const phrases = loadPhrases();
  const phrasalFirst = new Set([...phrasalVerbs.keys()].map((k) => k.split(' ')[0] ?? k));
  /** The verbs a verb and its particle mean ("take down" -> "remove"), the particle next or after a pronoun. */
  const phrasalAt = (
    q: ParsedQuestion,
    i: number,
  ): { verbs: readonly string[]; particle: number } | undefined => {
    if (q.pos[i] !== 'VERB' && q.pos[i] !== 'AUX') return undefined;
    const lemma = q.lemmas[i] ?? '';
    // (The particle next, or after a short object: "gave the objects back".)
    let next = i + 1;
    // (Or after a word of degree: "doing so well".)
    while (
      next <= i + 3 &&
      (/^(?:PRON|DET|ADJ|NOUN|NUM)$/.test(q.pos[next] ?? '') ||
        /^(?:so|really|very|pretty|quite)$/.test(q.normals[next] ?? ''))
    ) {
      if (phrasalVerbs.has(`${lemma} ${q.normals[next] ?? ''}`)) break;
      next++;
    }
    const verbs = phrasalVerbs.get(`${lemma} ${q.normals[next] ?? ''}`);
    return verbs && { verbs, particle: next };
  };
  const keysOf = (lemma: string, normal: string, pos: string, own: string): string[] => {
    let byLemma = keysCache.get(pos);
    if (!byLemma) {
      byLemma = new Map();
      keysCache.set(pos, byLemma);
    }
    let byNormal = byLemma.get(lemma);
    if (!byNormal) {
      byNormal = new Map();
      byLemma.set(lemma, byNormal);
    }
    // (A word a synonym took the place of keeps its own stem and senses too: "shut" is also "close".)
    const cacheKey = own === lemma ? normal : `${normal} ${own}`;
    let keys = byNormal.get(cacheKey);
    if (!keys) {
      const table = pos === 'VERB' ? wordnet.verb : pos === 'NOUN' ? wordnet.noun : undefined;
      // (A verb a synonym took the place of keeps its own senses, not the synonym's: "hurt" read as "sour" is no
      // "turn" or "work". A noun keeps the synonym's: a noun's first senses stray further, "delegation" is not
      // "commission".)
      const senses = table?.get(own !== lemma && pos === 'VERB' ? own : lemma) ?? [];
      // ("the new rule": a noun whose group is its verb's is matched as the word itself and its senses.)
      if (pos !== 'VERB' && cueWords().verbSenseGroups.has(lemma)) {
        keys = [`=${lemma}`, ...senses.map((w) => `=${w}`)];
        byNormal.set(cacheKey, keys);
        return keys;
      }
      // (Whole words: WordNet's "direct" is not the stem of "director".)
      // (And the verb a noun is made from, as a verb only, when a synonym group takes the noun elsewhere: "the
      // ruling" was "ruled", though its key is "decision"; "the closures" are not "close to".)
      // (Only when that key has left the noun's own root: "closure" keeps "close", which is "close" already.)
      const derived = wordnet.derived.get(lemma) ?? wordnet.derived.get(normal);
      const from = derived && !key(lemma).startsWith(derived.slice(0, 4)) ? derived : undefined;
      // ("the overstatement" of "was overstated": a noun in "-ment" WordNet does not derive is its verb's too,
      // as a verb only, whose stem differs.)
      const mentVerb =
        !derived && pos === 'NOUN' && /^[a-z]{5,}ment$/.test(lemma) ? key(lemma.slice(0, -4)) : undefined;
      const ofVerb = mentVerb && mentVerb !== key(lemma) ? mentVerb : undefined;

      // (A stem of two letters that is not the word as typed or as lemma is a word of grammar: "add-ons" leaves
      // "ons", which stems to "on", found in every sentence.)
      const notGrammar = (k: string) => k.length > 2 || k === lemma || k === normal;
      keys = [
        ...new Set([
          ...[key(lemma), key(normal), key(own)].filter(notGrammar),
          ...(from ? [`v:${key(from)}`] : []),
          ...(ofVerb ? [`v:${ofVerb}`] : []),
          ...senses.map((w) => `=${w}`),
        ]),
      ];
      if (cachedKeys >= 1000) {
        keysCache.clear();
        cachedKeys = 0;
        byLemma = new Map();
        keysCache.set(pos, byLemma);
        byNormal = new Map();
        byLemma.set(lemma, byNormal);
      }
      cachedKeys++;
      byNormal.set(cacheKey, keys);
    }
    return keys;
  };
  return (q: ParsedQuestion, claim: boolean): { terms: Term[]; names: string[] } => {
    const mentioned = [...new Set(q.mentions.map((m) => m.id))].filter((id) => store.entities.has(id));
    // "Justice <Name>", "General <Name>": a title typed before a name is part of the name.
    const titleWord = (w: string) =>
      gazetteer.roles.has(w) || gazetteer.honorifics.has(w.charAt(0).toUpperCase() + w.slice(1));
    const inMention = (i: number) =>
      q.mentions.some(
        (m) =>
          (m.start <= i && i <= m.end) ||
          (i < m.start &&
            i >= m.start - 2 &&
            titleWord(q.normals[i] ?? '') &&
            store.entities.get(m.id)?.kind === 'person'),
      );
    // (A weekday typed alone stays a word of the question too, as the sentence has it: "attacked on Sunday".)
    const inDate = (i: number) =>
      q.dates.some((d) => d.tokens.includes(i)) && !WEEKDAY_WORDS.has(q.normals[i] ?? '');
    const terms: Term[] = [];
    const particles = new Set<number>();
    // "Did <A> down a <B> drone?": a claim's predicate may be a word wink reads as a particle.
    const subjectEnd = q.mentions[0]?.end;
    const predicate =
      claim &&
      !q.pos.includes('VERB') &&
      subjectEnd !== undefined &&
      /^(ADP|ADV|PART)$/.test(q.pos[subjectEnd + 1] ?? '')
        ? subjectEnd + 1
        : -1;
    // "take place" asks whether, like "happen". (Made once per question, not per word.)
    // ("will take time" is what is claimed, not how a length is asked: "how much time did it take".)
    const takesTime = (i: number) =>
      (q.normals[i] === 'take' || q.normals[i] === 'takes' || q.normals[i] === 'taking') &&
      q.normals[i + 1] === 'time';
    // ("when was the final played": the passive of a verb that stages an event asks when it was.)
    const staged =
      (q.wh === 'when' || q.wh === 'where') && /^(?:is|are|was|were|be|been)$/.test(q.normals[1] ?? '');
    const asking = (w: string, i: number) =>
      !takesTime(i) &&
      !takesTime(i - 1) &&
      (cueWords().askingWords.has(w) ||
        (w === 'take' && q.normals[i + 1] === 'place') ||
        (staged && q.pos[i] === 'VERB' && cueWords().stagingVerbs.has(w))) &&
      !(claim && q.pos[i] === 'VERB' && cueWords().claimedLightVerbs.has(w) && q.normals[i + 1] !== 'place');
    q.lemmas.forEach((l, i) => {
      // ("how many books did it have to take down", "bring in" money: the verb with its particle, or a verb
      // meaning the same, for any verb the chat register lists with a particle.)
      // (Its particle is part of it, no word of its own: "gave the objects back".)
      if (particles.has(i)) return;
      const phrasal = phrasalFirst.has(l) ? phrasalAt(q, i) : undefined;
      if (phrasal && !inMention(i)) {
        particles.add(phrasal.particle);
        const keys = [...new Set([key(l), ...phrasal.verbs.map((v) => key(v))])];
        if (!terms.some((t) => t.keys[0] === keys[0]))
          terms.push({ keys, verb: true, optional: false, at: i });
        return;
      }
      if (i === predicate) {
        terms.push({ keys: [key(l), key(q.normals[i] ?? l)], verb: true, optional: false, at: i });
        return;
      }
      // ("who is in charge of <X>": heading it, by any verb of heading, not a charge paid or brought.)
      if (inChargeAt(q, i)) {
        terms.push({
          keys: [key('charge'), ...[...cueWords().headingVerbs].map(key)],
          verb: false,
          optional: false,
          at: i,
        });
        return;
      }
      // ("the next hearing": a noun made of an asking verb, after a determiner or adjective, is a thing of its own.)
      // (Looked at only for an asking word: most words are none.)
      const madeNoun = () =>
        q.pos[i] === 'NOUN' &&
        /ing$/.test(q.normals[i] ?? '') &&
        q.normals[i] !== l &&
        /^(?:DET|ADJ)$/.test(q.pos[i - 1] ?? '');
      if (!CONTENT.has(q.pos[i] ?? '') || (asking(l, i) && !madeNoun()) || asking(q.normals[i] ?? '', i))
        return;
      // ("the name of the <kind>", "the <kind>'s name": the name is what is asked, which a sentence gives as one.)
      // (Not of something named: "the official name of these talks" keeps the word, which the talks' name answers.)
      const kindAt = q.normals[i + 1] === 'of' ? i + 3 : i - 2;
      if (
        q.pos[i] === 'NOUN' &&
        cueWords().nameNouns.has(l) &&
        (q.normals[i + 1] === 'of' || q.normals[i - 1] === "'s") &&
        q.pos[kindAt] === 'NOUN' &&
        !inMention(kindAt)
      )
        return;
      // ("what caused the <X>", "what led to the <X>": the reason is asked, which a sentence gives in any words.)
      if (i === 1 && asksCause(q)) return;
      // ("back then": when, not a return.)
      if (q.normals[i] === 'back' && q.normals[i + 1] === 'then') return;
      // "how big", "how old", "how tall": the word after "how" says what is asked, not what it is about.
      if (
        q.normals[i - 1] === 'how' &&
        (cueWords().sizeWords.has(q.normals[i] ?? '') ||
          cueWords().dimensionWords.has(q.normals[i] ?? '') ||
          cueWords().distanceWords.has(q.normals[i] ?? '') ||
          cueWords().speedWords.has(q.normals[i] ?? '') ||
          cueWords().temperatureWords.has(q.normals[i] ?? '') ||
          q.normals[i] === 'old')
      )
        return;
      // ("what hours does <X> cover": the times of day are the answer, not a word of the sentence.)
      if (
        /^(?:what|which)$/.test(q.normals[i - 1] ?? '') &&
        /^(?:time|times|hour|hours)$/.test(q.normals[i] ?? '') &&
        q.normals[i + 1] !== 'period'
      )
        return;
      // "how much money": the sentence gives the sum ("$4 million"), not the word; nor "prize money" its kind.
      if (
        cueWords().moneyNouns.has(l) &&
        [1, 2].some((d) => q.normals[i - d] === 'much' && q.normals[i - d - 1] === 'how')
      )
        return;
      // ("how much was the takeover worth": the sum is the worth; the sentence need not say the word.)
      // (Not of a firm or a person: "how much is <a firm> worth" is its value, not a price it paid.)
      if (
        q.normals[0] === 'how' &&
        q.normals[1] === 'much' &&
        cueWords().worthWords.has(q.normals[i] ?? '') &&
        worthOfSomeone(q, store) !== i
      )
        return;
      // ("what topics did they dig into": the word for a topic says what is asked, not a word of the answer.)
      if (q.pos[i] === 'NOUN' && i <= 2 && q.normals[i - 1] === 'what' && cueWords().askedTopicNouns.has(l))
        return;
      // "trying to prevent": the verb after "to" carries the question.
      if (q.pos[i] === 'VERB' && q.normals[i + 1] === 'to' && q.pos[i + 2] === 'VERB' && leadingVerbs.has(l))
        return;
      // ("how much did it end up costing": so does the verb after "ended up".)
      if (q.normals[i + 1] === 'up' && q.pos[i + 2] === 'VERB' && cueWords().outcomeVerbs.has(l)) return;
      if (inMention(i) || inDate(i) || !/^[a-z0-9]/.test(l) || l.length < 2) return;
      // A question's word also matches the words WordNet gives for its first senses ("wrap up" ~ "end").
      // ("when did the court rule": wink may tag a verb at the end as a noun; only after a determiner or an
      // adjective is a word whose group is its verb's a noun, "the new rule".)
      const pos =
        cueWords().verbSenseGroups.has(l) && !/^(?:DET|ADJ|NUM|PRON)$/.test(q.pos[i - 1] ?? '')
          ? 'VERB'
          : (q.pos[i] ?? '');
      const own = keysOf(l, q.normals[i] ?? l, pos, q.ownLemmas[i] ?? l);
      if (terms.some((t) => t.keys[0] === own[0])) return;
      // ("who brought the lawsuit" of "the lawsuit was filed": a verb and its object a few words on mean one
      // verb, as in the sentences, which the term matches besides its own; also when wink reads the verb as a
      // noun before its object, "when did the judge issue her ruling".)
      // (Or with its particle straight after: "when did the court hand down its ruling".)
      const verbAsNoun =
        q.pos[i] === 'NOUN' &&
        (/^(?:DET|PRON)$/.test(q.pos[i + 1] ?? '') ||
          (phrases.get(l) ?? []).some((p) => p.last === q.normals[i + 1]));
      const meant =
        q.pos[i] === 'VERB' || verbAsNoun
          ? (phrases.get(l) ?? []).filter((p) =>
              q.lemmas
                .slice(i + 1, i + 1 + PHRASE_REACH)
                .some((w, k) => w === p.last || q.normals[i + 1 + k] === p.last),
            )
          : [];
      // ("what does <A> make" of "<A>, a maker of <X>": the noun for whoever does it, made from the verb itself;
      // asked what, not who: "who founded <A>" is not whoever a "founder" is said of.)
      const agentNouns =
        q.wh === 'what' && q.pos[i] === 'VERB'
          ? (loadAgents().get(l) ?? []).filter((n) => n.startsWith(l.replace(/e$/, '')) && n !== l).map(key)
          : [];
      const keys = [...(meant.length ? [...own, ...meant.map((p) => key(p.means))] : own), ...agentNouns];
      // "What does <person> think ...": how someone's words are asked about, which the article may report
      // with any verb ("said"), helps find the sentence but need not be in it.
      // So are the words for what they said ("<person>'s remarks", "his point").
      const reporting =
        // (As typed too: "expect" is read as "want", which is no verb of opinion.)
        ((q.pos[i] === 'VERB' &&
          (gazetteer.reportingVerbs.has(l) ||
            cueWords().opinionVerbs.has(l) ||
            cueWords().opinionVerbs.has(q.normals[i] ?? ''))) ||
          (q.pos[i] === 'NOUN' &&
            !q.yesNo &&
            (sayingNouns.has(l) || sayingNouns.has(q.normals[i] ?? '')) &&
            q.mentions.some((m) => /^(person|group)$/.test(store.entities.get(m.id)?.kind ?? '')))) &&
        q.mentions.some((m) => store.entities.get(m.id)?.kind !== 'place');
      terms.push({
        keys,
        verb: q.pos[i] === 'VERB',
        // A number written in digits is a claim ("over 70") the sentence must hold; "the two sides" is not.
        optional:
          reporting ||
          (q.pos[i] === 'NUM' && !/\d/.test(q.normals[i] ?? '')) ||
          // ("her own <thing>": "own" says whose, which the sentence's "her" says; it is no owning.)
          ownAfterPossessive(q.normals[i], q.normals[i - 1]) ||
          // ("fully owned": a claim of the whole, checked against the share the sentence gives; not "fully
          // functional", which a sentence must say.)
          (cueWords().wholeWords.has(q.normals[i] ?? '') &&
            q.lemmas.some((l) => l === 'own' || l === 'owner')) ||
          // ("how much does it cost to adopt a pipe" of "a campaign ... at 2,500 kroner per pipe": a sum asked of a
          // thing is its cost, in whatever words; the sum must be there.)
          // (Not "cost the city to run", a cost borne by someone, which a price is not; nor the only word asked.)
          (l === 'cost' &&
            q.words.has('much') &&
            q.words.has('how') &&
            q.normals[i + 1] === 'to' &&
            q.pos[i + 2] === 'VERB') ||
          // ("what's happening with <A> politically": a field that only narrows a question whose act is no more
          // than things going on; not "what did <A> do militarily", whose act the adverb is.)
          (cueWords().fieldAdverbs.has(q.normals[i] ?? '') &&
            q.lemmas.every((v, k) => q.pos[k] !== 'VERB' || /^(?:happen|go|be|have|tell|get)$/.test(v))) ||
          // (Not as the claim's act: "did the court side with <A>" is no "side" of anyone.)
          (cueWords().optionalWords.has(q.normals[i] ?? '') &&
            !(q.yesNo && /^(?:with|against)$/.test(q.normals[i + 1] ?? '') && q.pos[i - 1] !== 'DET')) ||
          // ("how long will the routes stay closed": staying is how the state goes on; the state is the word.)
          (cueWords().endingStateVerbs.has(l) &&
            /^(?:ADJ|VERB)$/.test(q.pos[i + 1] ?? '') &&
            /(?:ed|en|ut|wn)$/.test(q.normals[i + 1] ?? '')) ||
          // ("how big a fine could the company face": what is faced, which the sentence may give as an act.)
          (cueWords().undergoVerbs.has(q.normals[i] ?? '') &&
            q.pos.some((p, k) => k !== i && p === 'NOUN' && !inMention(k))) ||
          // ("what has <A> promised the workers": whoever receives what is asked, which the sentence may leave out.)
          (q.wh === 'what' &&
            q.pos[i] === 'NOUN' &&
            (cueWords().recipientVerbs.has(q.normals[i - 1] ?? '') ||
              (q.pos[i - 1] === 'DET' && cueWords().recipientVerbs.has(q.normals[i - 2] ?? ''))) &&
            (q.pos[i + 1] === undefined || q.pos[i + 1] === 'PUNCT')) ||
          // ("how much prize money": the kind of sum, which the sentence may give as the sum alone.)
          (q.normals[i - 2] === 'how' &&
            q.normals[i - 1] === 'much' &&
            cueWords().moneyNouns.has(q.lemmas[i + 1] ?? '')) ||
          inScope(q, i) ||
          // ("was <A> still <title> when she <did X>": "still" at a time the article reports is what held then.)
          (q.normals[i] === 'still' && q.normals.includes('when', i + 1)) ||
          // ("which company was fined over <X>": the kind of thing asked for; the sentence may name it only.)
          // (With the act asked about: "which firm was <A>'s auditor" has nothing else to find it by.)
          // ("what company operates <X>" too; not "what treatment ...", whose noun is what is asked about.)
          (i === 1 &&
            (q.wh === 'which' || (q.wh === 'what' && asksForBody(q))) &&
            q.normals[0] === q.wh &&
            q.pos[i] === 'NOUN' &&
            !q.yesNo &&
            // (Or a verb wink tags a noun straight after it: "which team moves into ...".)
            q.pos.some(
              (p, k) =>
                k > i && (p === 'VERB' || (k === i + 1 && p === 'NOUN' && /s$/.test(q.normals[k] ?? ''))),
            )) ||
          // ("what bigger effort": the scale is the asker's framing; in a claim it is what is claimed.)
          (q.pos[i] === 'ADJ' && !claim && !q.yesNo && framingAdjectives.has(q.normals[i] ?? '')) ||
          // ("when was the radar system installed" of "the radar ... was installed": a general head after a
          // noun that names the thing, which the sentence may name by that noun alone.)
          (q.pos[i] === 'NOUN' &&
            q.pos[i - 1] === 'NOUN' &&
            !q.yesNo &&
            cueWords().genericHeadNouns.has(q.normals[i] ?? '')) ||
          // ("for these puffins": the story's own subject, pointed back at, which its sentences may leave unsaid.)
          (q.pos[i] === 'NOUN' &&
            !claim &&
            /^(?:these|those)$/.test(q.normals[i - 1] ?? '') &&
            headline.has(q.normals[i] ?? '')),
        at: i,
      });
    });
    // ("which company runs the plant that caught fire": a relative clause after a noun says which thing is
    // meant; the sentence that answers may describe it in other words, so its words only help find it, when the
    // main clause has a content verb of its own to find it by.)
    const relAt = q.normals.findIndex(
      (w, i) =>
        i > 2 &&
        cueWords().relativePronouns.has(w) &&
        q.pos[i - 1] === 'NOUN' &&
        (q.pos[i + 1] === 'VERB' || q.pos[i + 1] === 'AUX'),
    );
    // (Not in a claim, all of which the sentence must hold.)
    if (!claim && !q.yesNo && relAt > 0 && terms.some((t) => t.verb && !t.optional && t.at < relAt)) {
      const clauseEnd = q.normals.indexOf(',', relAt);
      for (const [k, t] of terms.entries())
        if (t.at > relAt && (clauseEnd < 0 || t.at < clauseEnd) && !t.optional)
          terms[k] = { ...t, optional: true };
    }
    return { terms, names: mentioned };
  };
}

// Scratch buffers for spanOf, reused from call to call: grounding asks for spans thousands of times a second.
let positionsBuf = new Float64Array(64);
let listOfBuf = new Int32Array(64);
let countBuf = new Int32Array(16);

/**
 * The fewest tokens that hold one position of every non-empty list (a term's or a name's positions), list
 * `skip` left out; a position of -1 (a sentence leant on) counts as 0.
 * @example spanOf([[2, 9], [4], []]) // 2
 */
export const spanOf = (lists: readonly (readonly number[])[], skip = -1): number => {
  let total = 0;
  let present = 0;
  for (let k = 0; k < lists.length; k++) {
    const n = k === skip ? 0 : (lists[k]?.length ?? 0);
    total += n;
    if (n > 0) present++;
  }
  if (present === 0) return Number.POSITIVE_INFINITY;
  if (total > positionsBuf.length) {
    positionsBuf = new Float64Array(total * 2);
    listOfBuf = new Int32Array(total * 2);
  }
  if (lists.length > countBuf.length) countBuf = new Int32Array(lists.length * 2);
  // Every position with its list, in order (an insertion sort: lists are short and mostly sorted).
  let m = 0;
  for (let k = 0; k < lists.length; k++) {
    if (k === skip) continue;
    countBuf[k] = 0;
    for (const p of lists[k] ?? []) {
      let j = m++;
      while (j > 0 && (positionsBuf[j - 1] as number) > p) {
        positionsBuf[j] = positionsBuf[j - 1] as number;
        listOfBuf[j] = listOfBuf[j - 1] as number;
        j--;
      }
      positionsBuf[j] = p;
      listOfBuf[j] = k;
    }
  }
  // The shortest window over the ordered positions that holds every list.
  let best = Number.POSITIVE_INFINITY;
  let covered = 0;
  let left = 0;
  for (let right = 0; right < m; right++) {
    const k = listOfBuf[right] as number;
    if ((countBuf[k] as number) === 0) covered++;
    countBuf[k] = (countBuf[k] as number) + 1;
    while (covered === present) {
      best = Math.min(best, (positionsBuf[right] as number) - Math.max(0, positionsBuf[left] as number));
      const kl = listOfBuf[left] as number;
      countBuf[kl] = (countBuf[kl] as number) - 1;
      if (countBuf[kl] === 0) covered--;
      left++;
    }
  }
  return best;
};
