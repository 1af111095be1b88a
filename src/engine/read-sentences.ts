/**
 * The sentence reader: the best-grounded sentence for a wh-question (src/engine/sentence-index.ts), and from
 * it the kind of thing asked for (src/engine/sentence-answers.ts). It answers only when the question is
 * grounded there, so a near miss stays a refusal.
 */

import type { FactStore } from '../facts/fact-store.js';
import type { Entity } from '../facts/schema.js';
import type { TokenSentence } from '../ingest/sentence-tokens.js';
import type { ParsedQuestion } from '../nlp/parse-question.js';
import { oppositesOf } from './antonyms.js';
import { type CueWords, cueWords } from './cue-words.js';
import { echoAnswer, isEchoForm, objectOfAct } from './echo-question.js';
import { escapeRegExp } from './escape-reg-exp.js';
import type { IntentReply } from './intent.js';
import { titleHead, typesQualifier } from './parties.js';
import { doneAsked, plannedAt } from './planned-acts.js';
import {
  asksStateGoingOn,
  asksWhyNamed,
  hasAny,
  hasLinkNoun,
  hasPhrase,
  inChargeAt,
  makingVerbAt,
  onlyBeVerb,
  worthOfSomeone,
} from './question-cues.js';
import { onlyTemporal } from './reason-in-sentence.js';
import {
  answerKind,
  answerLead,
  asksAmount,
  asksClockTime,
  dimensionAsked,
  roleUnheld,
  TIME_UNIT,
} from './sentence-answers.js';
import type { Grounding, SentenceIndex, Term } from './sentence-index.js';
import type { Sentence } from './types.js';
import { holdsKind, namesNoneOfKind } from './unnamed-kind.js';
import { otherVersionBefore, versionOf } from './versions.js';
import { equivalentsOf, loadAgents } from './word-tables.js';
import { capitalize } from './wording.js';

// Not for "who": there the verb is what is asked ("who leads ...").
const MAX_MISSING_VERBS: Partial<Record<string, number>> = { when: 1, where: 1, why: 1 };
// ("what day ..." counts as "when": see answerKind.)
/** Questions whose answer is a thing of a kind (a date, a place, a person) that must be found. */
const TYPED = new Set(['when', 'where', 'who', 'whom']);

/** Forms of "be" before a participle: the act in the passive ("was discovered", "had been found"). */
const PASSIVE_BE = new Set(['was', 'were', 'been', 'is', 'are', 'be', 'being']);

/** The first sentence naming every person a question asks the link between, when it names only people. */
function linkedPeople(q: ParsedQuestion, index: SentenceIndex, store: FactStore): TokenSentence | undefined {
  if (!hasLinkNoun(q)) return undefined;
  const ids = [...new Set(q.mentions.map((m) => m.id))];
  if (ids.length < 2 || !ids.every((id) => store.entities.get(id)?.kind === 'person')) return undefined;
  return index.sentences.find((ts) => ids.every((id) => index.names(id, ts).length > 0));
}

/**
 * Whether the question's subject ("when did the <noun> <verb>") stands in the sentences only right after a verb,
 * as what is done to: "notify the regulator" does not report the regulator doing anything.
 */
function subjectOnlyObject(q: ParsedQuestion, sentences: readonly TokenSentence[]): boolean {
  const aux = q.normals.findIndex((w) => w === 'did' || w === 'does' || w === 'do');
  if (aux < 0 || q.normals[aux + 1] !== 'the' || q.pos[aux + 2] !== 'NOUN' || q.pos[aux + 3] !== 'VERB')
    return false;
  const noun = q.lemmas[aux + 2];
  const at = sentences.flatMap((ts) => ts.tokens.flatMap((t, k) => (t.lemma === noun ? [{ ts, k }] : [])));
  return (
    at.length > 0 &&
    at.every(
      ({ ts, k }) =>
        ts.tokens[k - 1]?.normal === 'the' &&
        ts.tokens[k - 2]?.pos === 'VERB' &&
        // (Not after a verb of saying, whose clause it opens: "she said the trust hoped to ...".)
        !cueWords().sayingVerbs.has(ts.tokens[k - 2]?.lemma ?? ''),
    )
  );
}

/** Whether the date answered (`found` starts with its text) follows "since" in the sentences. */
function sinceDate(sentences: readonly TokenSentence[], found: string, index: SentenceIndex): boolean {
  return sentences.some((ts) =>
    index.datesIn(ts).some((d) => {
      if (!found.startsWith(d.spec.text)) return false;
      const k = ts.tokens.findIndex((t) => t.start >= d.start);
      return ts.tokens[k - 1]?.normal === 'since';
    }),
  );
}

/**
 * Whether a sentence reports the one named at `at` saying something: named before a reporting verb (not as an
 * owner, "<A>'s agent said") or just after one ("said <title> <A>"), not in what another says ("<B> said that
 * <A> would stay"). A sentence with no reporting verb names its speaker only outside its quotation marks.
 */
function saysIt(s: TokenSentence, at: readonly number[], reportingVerbs: ReadonlySet<string>): boolean {
  const verbs = s.tokens.flatMap((t, i) => (t.pos === 'VERB' && reportingVerbs.has(t.lemma) ? [i] : []));
  // (A quote on its own is the last speaker's: a name inside it is whom it speaks of.)
  if (verbs.length === 0) {
    let quoted = false;
    const outside = s.tokens.map((t) => {
      if (/^["“”]$/.test(t.raw)) quoted = !quoted;
      return !quoted;
    });
    return at.some((p) => outside[p]);
  }
  // (Nor as the object of a preposition: "an offer for <title> <A> that <B> dismissed"; "raised by <A>, who told"
  // names the one who acts.)
  const afterPreposition = (p: number) => {
    let k = p;
    while (k > 0 && /^(?:PROPN|NOUN)$/.test(s.tokens[k - 1]?.pos ?? '')) k--;
    return s.tokens[k - 1]?.pos === 'ADP' && s.tokens[k - 1]?.normal !== 'by';
  };
  // (Unless the verb comes straight after: "with <A> emphasising ...".)
  return at.some(
    (p) =>
      s.tokens[p + 1]?.normal !== "'s" &&
      verbs.some(
        (v) =>
          (p < v && (v === p + 1 || !afterPreposition(p))) ||
          // ("said <A>", "said the <body>'s chairman, <A>": after the verb, with no clause between.)
          (p > v &&
            p - v <= 10 &&
            !afterPreposition(p) &&
            s.tokens[v]?.lemma !== 'tell' &&
            s.tokens
              .slice(v + 1, p)
              .every((t) => !/^(?:VERB|AUX|SCONJ|ADP)$/.test(t.pos) && t.normal !== 'that')),
      ),
  );
}

/** `previous`: the sentences the conversation's last answer rested on, for a bare follow-up. */
export type SentenceReader = (q: ParsedQuestion, previous?: readonly number[]) => IntentReply | undefined;

/** An ordinal that picks one of a series ("first", "3rd"). */
const isOrdinal = (word: string) => cueWords().seriesOrdinals.has(word) || /^\d+(?:st|nd|rd|th)$/.test(word);

const NEGATORS = /^(?:not|never|n't)$/;
/** Words that start another clause: a negation before one of them does not reach the words after it. */
const CLAUSE_BREAKS = /^(?:but|and|who|which|that|while|although|,)$/;

/**
 * Whether the quote has a content word of the question (a noun or verb of its own, not a name) only where a
 * negation shortly before it denies it, in a question that negates nothing itself.
 */
export function deniesWordOf(q: ParsedQuestion, quote: string): boolean {
  if (q.normals.some((w) => NEGATORS.test(w))) return false;
  const tokens = quote.toLowerCase().match(/[a-z]+(?:'[a-z]+)?|n't|,/g) ?? [];
  return q.normals.some((w, i) => {
    if (w.length < 4 || !/^(?:NOUN|VERB)$/.test(q.pos[i] ?? '')) return false;
    if (q.mentions.some((m) => m.start <= i && i <= m.end)) return false;
    const at = tokens.flatMap((t, k) => (t === w ? [k] : []));
    // ("did not notify the authority until <a date>": done then, not denied.)
    const until = (k: number) => tokens.slice(k + 1, k + 7).some((t) => t === 'until' || t === 'till');
    const denied = (k: number) => {
      for (let j = k - 1; j >= Math.max(0, k - 4); j--) {
        const t = tokens[j] ?? '';
        if (NEGATORS.test(t)) return !until(k);
        if (CLAUSE_BREAKS.test(t)) return false;
      }
      return false;
    };
    return at.length > 0 && at.every(denied);
  });
}

/** Whether a sentence's tokens hold another ordinal than the one asked, and not the one asked. */
function otherOrdinal(tokens: readonly TokenSentence['tokens'][number][], asked: string): boolean {
  const ordinals = tokens.filter((t) => isOrdinal(t.normal)).map((t) => t.normal);
  return ordinals.length > 0 && !ordinals.includes(asked);
}

/**
 * "what is <person> worried about", "how does she feel": a feeling, which an article shows only by what the
 * person said; read as what they said (the word of feeling as "said").
 */
function feelingAsSaying(q: ParsedQuestion, store: FactStore): ParsedQuestion {
  const at = q.lemmas.findIndex(
    (l, i) => cueWords().attitudeWords.has(q.normals[i] ?? '') || l === 'feel' || l === 'worry',
  );
  if (at < 0 || q.wh === undefined || q.yesNo) return q;
  if (!q.mentions.some((m) => store.entities.get(m.id)?.kind === 'person')) return q;
  const swap = <T>(list: readonly T[], value: T) => list.map((v, i) => (i === at ? value : v));
  return {
    ...q,
    normals: swap(q.normals, 'said'),
    lemmas: swap(q.lemmas, 'say'),
    ownLemmas: swap(q.ownLemmas, 'say'),
    pos: swap(q.pos, 'VERB'),
  };
}

/** A person or body the article describes (more than mentioning it), whom a description may pick out. */
const describable = (e: Entity) => ['person', 'organization', 'group'].includes(e.kind) && !mentionedOnly(e);

/** Whether ingestion found no description, only the sentence that mentions it ("mentioned in the article: ..."). */
function mentionedOnly(e: { description: string }): boolean {
  return e.description.startsWith('mentioned in the article');
}

/** Words for a body of any kind (cue-words.json: bodyKindNouns, businessNouns, institutionNouns), made once per
 * set of cue words. */
const bodyWords = new WeakMap<object, { words: ReadonlySet<string>; pattern: RegExp }>();
function bodyWordsFor(lists: CueWords['lists']): { words: ReadonlySet<string>; pattern: RegExp } {
  let made = bodyWords.get(lists);
  if (!made) {
    const words = new Set([...lists.bodyKindNouns, ...lists.businessNouns, ...lists.institutionNouns]);
    made = { words, pattern: new RegExp(`\\b(?:${[...words].join('|')})s?\\b`, 'i') };
    bodyWords.set(lists, made);
  }
  return made;
}

/**
 * "who's the developer", "who is the regulator": the one person or body the article describes with that noun
 * ("<X>, a <city> developer"), by its own description, when nothing is named in the question.
 */
function describedAs(q: ParsedQuestion, store: FactStore): Entity | undefined {
  if (q.wh !== 'who' || !onlyBeVerb(q) || q.mentions.some((m) => m.start >= 0)) return undefined;
  // ("who is the other <noun>": not the one the article describes so.)
  if (q.normals.some((w) => /^(?:other|another|else|second|first|new|former)$/.test(w))) return undefined;
  const nouns = q.lemmas.filter(
    (l, i) => q.pos[i] === 'NOUN' && !cueWords().anyone.has(l) && !cueWords().personNouns.has(l),
  );
  const [noun] = nouns;
  if (nouns.length !== 1 || !noun || noun.length < 4) return undefined;
  const word = new RegExp(`(?:^|[^\\p{L}])${escapeRegExp(noun)}s?(?:$|[^\\p{L}])`, 'iu');
  const fits = store.facts.entities.filter(
    (e) => describable(e) && word.test(`${e.title ?? ''} ${e.description}`),
  );
  // ("who is the mayor" of a mayor and two deputy mayors: the one whose title no word puts under another's.)
  const under = new RegExp(
    `(?:^|[^\\p{L}])(?:${[...cueWords().subordinateTitleWords].map(escapeRegExp).join('|')})[ -]${escapeRegExp(noun)}`,
    'iu',
  );
  const heads = fits.length > 1 ? fits.filter((e) => !under.test(`${e.title ?? ''} ${e.description}`)) : fits;
  const [one] = heads;
  return heads.length === 1 ? one : undefined;
}

/**
 * "who owns the club", "who runs civil protection": the one person or body the article describes by the noun for
 * whoever does that to the thing ("the club's owner", "the civil protection chief", "head of <X>"), when no
 * sentence reports the act itself.
 */
function describedByAct(q: ParsedQuestion, store: FactStore): { one: Entity; byName: boolean } | undefined {
  if ((q.wh !== 'who' && q.wh !== 'whom') || q.yesNo) return undefined;
  const verbs = q.pos.flatMap((p, i) => (p === 'VERB' ? [i] : []));
  const [at] = verbs;
  if (verbs.length !== 1 || at === undefined) return undefined;
  const agents = loadAgents().get(q.ownLemmas[at] ?? '') ?? loadAgents().get(q.lemmas[at] ?? '');
  if (!agents) return undefined;
  // (The thing done to: the last noun of the words after the verb, up to a preposition.)
  let end = at + 1;
  while (end < q.normals.length && !/^(?:ADP|PUNCT|CCONJ|SCONJ)$/.test(q.pos[end] ?? '')) end++;
  const nouns = q.normals
    .slice(at + 1, end)
    .filter((_w, k) => /^(?:NOUN|PROPN)$/.test(q.pos[at + 1 + k] ?? ''));
  const head = nouns.at(-1);
  if (!head || head.length < 3) return undefined;
  // ("who runs <Name Holdings>": a body named there is found by any of its names, "<Name>'s chief executive".)
  const named = q.mentions.find((m) => m.start > at && m.end < end && m.via === 'name');
  const body = named ? store.entities.get(named.id) : undefined;
  const names =
    body && body.kind !== 'person' ? [body.name, ...body.aliases].filter((n) => n.length >= 3) : [];
  const agent = `(?:${agents.map(escapeRegExp).join('|')})`;
  const thing = names.length ? `(?:${names.map(escapeRegExp).join('|')})` : `${escapeRegExp(head)}s?`;
  const fit = new RegExp(
    `\\b${thing}(?:'s)? ${agent}\\b|\\b${agent} (?:of|at|for) (?:the )?(?:[\\p{L}-]+ )?${thing}\\b`,
    'iu',
  );
  // (Not one described by kin of whoever does it: "son of the company's founder" is not its founder.)
  const kin = new RegExp(`\\b(?:${[...cueWords().kinshipNouns].join('|')}) of (?:the )?$`, 'i');
  const fits = store.facts.entities.filter((e) => {
    const said = `${e.title ?? ''} ${e.description}`;
    const found = describable(e) ? fit.exec(said) : null;
    return found !== null && !kin.test(said.slice(0, found.index));
  });
  const [one] = fits;
  return one && fits.length === 1 ? { one, byName: names.length > 0 } : undefined;
}

/**
 * The people or things a share is asked of: "what percentage of students ...", "what share of the voters ..."
 * (the noun's lemma), or undefined.
 */
function shareOfWhom(q: ParsedQuestion): string | undefined {
  const at = q.normals.findIndex((w, i) => cueWords().shareNouns.has(w) && q.normals[i + 1] === 'of');
  if (at < 0) return undefined;
  let k = at + 2;
  while (/^(?:DET|ADJ)$/.test(q.pos[k] ?? '')) k++;
  return q.pos[k] === 'NOUN' && q.pos[k + 1] !== 'PART' ? q.lemmas[k] : undefined;
}

/** Words that make a sum a rate: "per", "annual", or "a"/"every" before a unit of time ("a year"). */
const isRate = (words: readonly string[], asked = false) => {
  const { rateWords, rateArticles } = cueWords();
  return words.some(
    // (A night too: "12,000 yen a night"; not a stretch of time, "the third in a month", "for a year".)
    (w, i) =>
      rateWords.has(w) ||
      (rateArticles.has(w) &&
        (TIME_UNIT.test(words[i + 1] ?? '') || /^nights?$/.test(words[i + 1] ?? '')) &&
        // (Asked, "in a year" is a rate: "how much does it produce in a year".)
        (asked || !/^(?:in|within|for|over|after|than|about|once|under)$/.test(words[i - 1] ?? ''))),
  );
};

/**
 * Whether the person an answer names holds the role a "who is the <role> of <X>" question asks, by the head of
 * their title or description (before its first preposition). True of any other question or answer.
 */
function holdsAskedRole(q: ParsedQuestion, store: FactStore, found: string): boolean {
  if (deputyForHead(q, store, found)) return false;
  if (!/^(?:is|was|'s|s)$/.test(q.normals[1] ?? '') || q.normals[2] !== 'the') return true;
  let at = 3;
  while (q.pos[at] === 'ADJ') at++;
  const role = q.normals[at] ?? '';
  // (Not "the head of <X>": whoever leads it, which the sentence's act may say.)
  if ((q.pos[at] !== 'NOUN' && q.pos[at] !== 'PROPN') || cueWords().bodyHeadNouns.has(role)) return true;
  if (!/^(?:of|at|for|in)$/.test(q.normals[at + 1] ?? '')) return true;
  const person = store.facts.entities.find(
    (e) => e.kind === 'person' && found.toLowerCase().startsWith(e.name.toLowerCase()),
  );
  if (!person) return true;
  return [person.title ?? '', person.description, person.rank ?? ''].some((t) => titleHead(t).includes(role));
}

/** A sentence that goes on with what someone said: "He added that ...", "She said ...". */
const spokenOn = (ts: TokenSentence, reportingVerbs: ReadonlySet<string>): boolean =>
  /^(?:he|she|they)$/.test(ts.tokens[0]?.normal ?? '') && reportingVerbs.has(ts.tokens[1]?.lemma ?? '');

/**
 * Whether a head of something is asked ("who is in charge of the <X> military", "who runs <X>") and the person
 * found holds only a deputy's title: a deputy is no head, unless the question types the qualifier. Not of a side
 * or an event, which a deputy may lead: "who led the <demonym> side"; nor of the deputy's own body.
 */
function deputyForHead(q: ParsedQuestion, store: FactStore, found: string): boolean {
  if (q.wh !== 'who' || typesQualifier(q.normals)) return false;
  const charge = q.normals.findIndex((_w, i) => inChargeAt(q, i));
  const verb = q.lemmas.findIndex(
    (l, i) =>
      q.pos[i] === 'VERB' &&
      cueWords().headingVerbs.has(l) &&
      !/^(?:lead|led|leads)$/.test(q.normals[i] ?? ''),
  );
  const at = charge >= 0 ? charge + 1 : verb;
  if (at < 0) return false;
  const rest = q.normals.slice(at + 1);
  if (
    rest.some((w) => cueWords().sideNouns.has(w)) ||
    q.mentions.some((m) => m.start > at && store.events.has(m.id))
  )
    return false;
  const person = store.facts.entities.find(
    (e) => e.kind === 'person' && found.toLowerCase().startsWith(e.name.toLowerCase()),
  );
  const first =
    (person?.title ?? '')
      .toLowerCase()
      .replace(/^the /, '')
      .split(/[\s-]+/)[0] ?? '';
  // (Of the very body the deputy is in, the deputy is the one the article names: the quote says as what.)
  const ownBody = q.mentions.some((m) => {
    const body = store.entities.get(m.id);
    return (
      m.start > at &&
      body !== undefined &&
      body.kind === 'organization' &&
      (person?.memberOf === body.id || (person?.title ?? '').toLowerCase().includes(body.name.toLowerCase()))
    );
  });
  return person !== undefined && !ownBody && cueWords().lists.titleQualifiers.includes(first);
}

/** Builds the reader over an article's sentence index. */
/** Words of a sentence that says who held an office before or after someone. */
const SUCCEEDED =
  /\b(?:preceded|succeeded|succeeds|replaced|replaces|replacing|predecessor|successor|took over from|taking over from)\b/i;

/** Whether a name stands before a noun it names in the quote: "the <Borvik> smelter", not "the village of <A>,". */
function namesAThing(name: string, quote: string): boolean {
  const after = new RegExp(`${escapeRegExp(name)}\\s+(\\p{Ll}+)`, 'u').exec(quote)?.[1];
  return (
    after !== undefined &&
    !/^(?:and|or|but|in|on|at|of|to|for|with|from|by|is|was|are|were|has|had|said|says|which|who|that|where|when)$/.test(
      after,
    )
  );
}

/** Whether the question names a version of a thing ("the new market") that the sentences have only as another
 * ("the old market"). */
function otherVersion(q: ParsedQuestion, sentences: readonly TokenSentence[]): boolean {
  const at = q.normals.findIndex((w, i) => versionOf(w) !== undefined && q.pos[i + 1] === 'NOUN');
  const noun = q.lemmas[at + 1];
  if (at < 0 || !noun) return false;
  const version = q.normals[at];
  const uses = sentences.flatMap((ts) =>
    ts.tokens.flatMap((t, k) => (t.pos === 'NOUN' && t.lemma === noun ? [{ ts, k }] : [])),
  );
  return uses.length > 0 && uses.every(({ ts, k }) => otherVersionBefore(ts.tokens, k, version));
}

/**
 * "what was the previous biggest drop": an earlier record than the article's news, which a sentence with no word of
 * anything before ("previous", "earlier", "since", "record", "last") does not give.
 */
const earlierRecordAsked = (q: ParsedQuestion): boolean =>
  q.normals.some(
    (w, i) =>
      // (Of a record: "the previous biggest <X>"; "her earlier titles" are hers, given where they are.)
      /^(?:previous|prior|earlier)$/.test(w) &&
      /^(?:[a-z]+est|best|worst|record|most|least)$/.test(q.normals[i + 1] ?? '') &&
      versionOf(w),
  );
const earlierUnsaid = (sentences: readonly TokenSentence[]): boolean =>
  !sentences.some((s) =>
    s.tokens.some(
      // (Not "since": "the steepest since counts began" gives none before.)
      (t) => versionOf(t.normal) !== undefined || /^(?:before|record|last|ago|until)$/.test(t.normal),
    ),
  );

/** "how much is <a firm> worth" (`worthOfSomeone`): its value, which only a sentence with a word of worth gives. */
export const worthUnsaid = (sentences: readonly TokenSentence[]): boolean =>
  !sentences.some((s) =>
    s.tokens.some((t) => cueWords().worthWords.has(t.normal) || t.lemma === 'valuation'),
  );

/** Whether a sentence has the kind asked only as one of it ("a <city>-based bank"), not set after a name that it
 * describes ("<Name>, a washed-rind cheese"). */
function onlyOneOfKind(quote: string, kind: string): boolean {
  const one = new RegExp(
    `\\b(?:a|an|another|some|one(?: of the(?: \\w+)?)?)\\s+(?:[\\w-]+\\s+)?${escapeRegExp(kind)}s?\\b`,
    'gi',
  );
  return [...quote.matchAll(one)].some((m) => !/\p{Lu}[\p{L}.'-]*,\s*$/u.test(quote.slice(0, m.index)));
}

/** "who ran <X> before <A>", "who led it after <A>": <A>, whose office another held, or undefined. */
function asksPredecessor(q: ParsedQuestion, store: FactStore): string | undefined {
  if (q.wh !== 'who' || q.yesNo) return undefined;
  const at = q.normals.findIndex((w) => cueWords().successionWords.has(w));
  if (at < 0 || !q.ownLemmas.some((l, i) => q.pos[i] === 'VERB' && cueWords().holdingVerbs.has(l)))
    return undefined;
  return q.mentions.find((m) => m.start === at + 1 && store.entities.get(m.id)?.kind === 'person')?.id;
}
export function createSentenceReader(
  index: SentenceIndex,
  store: FactStore,
  roles: ReadonlySet<string>,
  reportingVerbs: ReadonlySet<string>,
  measureUnits: ReadonlySet<string> = new Set(),
): SentenceReader {
  const read: SentenceReader = (typed, previous) => {
    const q = feelingAsSaying(typed, store);
    // (A measure asked for, "how high", "how fast": worked out once.)
    const dimension = dimensionAsked(q);
    const howMany = asksAmount(q) || (q.wh === 'how' && (q.words.has('long') || q.words.has('old')));
    const future = q.normals.includes('will') || q.normals.includes("'ll") || q.normals.includes('gonna');
    // "How long will it take?": a length the article gives is of something past, not of what is to come.
    // ("How long will the line be?": with no verb but "be", a length, which the sentences may give.)
    const onlyBe = onlyBeVerb(q);
    // (Unless a state is asked to go on, whose end a sentence may give: "how long will it stay closed".)
    if (future && howMany && q.words.has('long') && !onlyBe && !asksStateGoingOn(q)) return undefined;
    // ("why is <A> even mentioned": why the article names someone, which no reason in its sentences gives.)
    if (q.wh === 'why' && q.lemmas.some((l) => cueWords().mentioningVerbs.has(l))) return undefined;
    // ("who ran <a body> before <A>": someone who held the office another time, which only a sentence that says
    // so answers, "<B>, who preceded <A>", "replaced <B>".)
    const predecessorOf = asksPredecessor(q, store);
    if (
      predecessorOf &&
      !index.sentences.some(
        (ts) => SUCCEEDED.test(ts.sentence.text) && index.names(predecessorOf, ts).length > 0,
      )
    )
      return undefined;
    // "the <nth> round of what?": the article's words echoed, and what follows them there.
    const people = q.mentions.filter((m) => store.entities.get(m.id)?.kind === 'person');
    const namesPeople = (i: number) =>
      people.every((m) =>
        [index.sentences[i], index.sentences[i - 1]].some((s) => s && index.names(m.id, s).length > 0),
      );
    // ("over what", "part of what" after an answer: the words echoed are in the sentences just read.)
    const lastRead =
      previous?.length && q.normals.length <= 5
        ? previous.map((n) => index.sentences[n - 1]).filter((s) => s !== undefined)
        : [];
    // (Not "what time did <X> hit": a time of day is asked, not what was hit.)
    const echo =
      q.yesNo || asksClockTime(q)
        ? undefined
        : ((lastRead.length ? echoAnswer(q, lastRead, () => true, true) : undefined) ??
          echoAnswer(q, index.sentences, namesPeople) ??
          objectOfAct(q, () => index.ground(q, { missingVerbs: 1 }), index.sentences));
    if (echo) {
      const { sentence } = echo.sentence;
      return {
        answered: true,
        text: `${echo.phrase.charAt(0).toUpperCase()}${echo.phrase.slice(1)}. The article: "${sentence.text}"`,
        citations: [{ sentence: sentence.n, text: sentence.text }],
        confidence: 0.7,
      };
    }
    // ("who's the developer": the one the article describes so.)
    const described = describedAs(q, store);
    if (described) return asDescribed(store, described);
    // "what's the <A> <B> connection?": how two people are linked is what the sentence naming both says.
    const linked = linkedPeople(q, index, store);
    if (linked) {
      const { sentence } = linked;
      return {
        answered: true,
        text: `The article says: "${sentence.text}"`,
        citations: [{ sentence: sentence.n, text: sentence.text }],
        confidence: 0.6,
      };
    }
    if (asksWhyNamed(q, store.sentences)) return undefined;
    const { terms, names } = index.termsOf(q);
    // ("what kind of doctor is <A>" of "Dr. <A>": a kind is read only where the noun itself stands with a word that
    // qualifies it, "a <virtual> meeting".)
    const kindOf = q.normals.findIndex(
      (w, i) => /^(?:kind|type|sort)s?$/.test(w) && q.normals[i + 1] === 'of',
    );
    // (Not a vague one: "prevent what kinda thing".)
    const kindNoun =
      q.wh === 'what' && kindOf >= 0 && !cueWords().vagueNouns.has(q.normals[kindOf + 2] ?? '')
        ? q.lemmas[kindOf + 2]
        : undefined;
    if (
      kindNoun &&
      !index.sentences.some((ts) =>
        ts.tokens.some(
          (t, k) =>
            (t.lemma === kindNoun || index.key(t.lemma) === index.key(kindNoun)) &&
            /^(?:ADJ|NOUN|PROPN)$/.test(ts.tokens[k - 1]?.pos ?? ''),
        ),
      )
    )
      return undefined;
    // "and when?", "why?": a follow-up with nothing of its own asks about what the last answer rested on.
    if (terms.length + names.length === 0 && previous?.length) {
      const these = previous.map((n) => index.sentences[n - 1]).filter((s) => s !== undefined);
      // (Of a sentence quoted with the one it leans on, "<A> ... . This engagement follows <B> late last year",
      // the follow-up asks of the leaning one first: "wen" is when <B> came.)
      const [before, leaning] = these;
      const leans =
        these.length === 2 &&
        before !== undefined &&
        leaning !== undefined &&
        leaning.sentence.n === before.sentence.n + 1 &&
        index.leansOnBefore(leaning);
      const lead =
        (leans && leaning
          ? answerLead(q, [leaning], () => [], store, index.datesIn, measureUnits)
          : undefined) ?? answerLead(q, these, () => [], store, index.datesIn, measureUnits);
      if (!lead) return undefined;
      return {
        answered: true,
        text: `${lead} The article: "${these.map((s) => s.sentence.text).join(' ')}"`,
        citations: these.map((s) => ({ sentence: s.sentence.n, text: s.sentence.text })),
        confidence: 0.6,
      };
    }
    // (Nothing the sentence must hold, "part of what": nothing to read for.)
    if (names.length === 0 && terms.every((t) => t.optional)) return undefined;
    if (roleUnheld(q, store, roles)) return undefined;
    // ("what is the <kind>'s name", no act asked of it: the one thing the article describes as a <kind>.)
    const byName = kindAskedIn(q);
    const one =
      byName.named &&
      byName.kind &&
      names.length === 0 &&
      terms.every((t) => t.at === byName.at || t.optional)
        ? onlyDescribedAs(store, byName.kind)
        : undefined;
    if (one) {
      const reply = describedReply(store, one, []);
      if (reply) return reply;
    }
    // ("how fast is the lava moving" of "the lava flow was advancing at 20 metres an hour": a speed says the
    // thing moves, in whatever verb.)
    // ("how long did <A> take to sail the course" of "completing the course in 1 day, 10 hours": a length of time
    // asked, which the sentence must give, says the act in whatever verb.)
    // (Asked once per question, for every sentence tried below.)
    const earlierAsked = earlierRecordAsked(q);
    const worthAsked = worthOfSomeone(q, store) >= 0;
    const durationAsked =
      q.wh === 'how' &&
      (hasPhrase(q, 'how long') || hasPhrase(q, 'how much time')) &&
      !hasAny(q, 'will', 'until', 'til', 'till');
    const missingVerbs =
      dimension === 'speed' || (durationAsked && terms.length + names.length >= 3)
        ? 1
        : terms.length + names.length >= 3
          ? (MAX_MISSING_VERBS[answerKind(q) ?? ''] ?? 0)
          : 0;
    // A reason may follow in the next sentence ("... was called off. Strong winds ..."), and a quotation
    // may run over two ("'We did not walk out for fun.' ... said X").
    // (A verb, or a noun as wink may tag one, "what did the leader call <it>"; not a plural, "how many points" is
    // no "point out".)
    // (Nor a noun a determiner or an adjective leads: "the collective claim" was filed, not said.)
    const reported = q.lemmas.some(
      (l, i) =>
        reportingVerbs.has(l) &&
        (q.pos[i] === 'VERB' || (q.normals[i] === l && !/^(?:DET|ADJ|NUM)$/.test(q.pos[i - 1] ?? ''))),
    );
    // A reason is asked with words of feeling the article may not use ("why is she unhappy"): one such word
    // may be missing when the sentence gives a reason ("because", "after" ...) for the rest.
    // A word after a preposition ("who led the opposition to the deal") only narrows what is asked: it may be
    // missing when the sentence names the person, place or date asked for.
    const modifier = (t: Term) =>
      !t.verb && (q.pos[t.at - 1] === 'ADP' || (q.pos[t.at - 1] === 'DET' && q.pos[t.at - 2] === 'ADP'));
    const enough = terms.length + names.length >= 3;
    const narrowed = enough && TYPED.has(answerKind(q) ?? '') && terms.some(modifier);
    // ("where was the fishing deal signed": a noun qualifying the next, "fishing", may be missing from the
    // sentence that holds the thing and the act: "The deal was signed aboard ...".)
    // (Only with the noun it qualifies a word the sentence must hold.)
    // ("how far downstream were high copper levels found": so may an adjective before such a noun.)
    // (Not an adjective of the person asked for: "who will be the permanent coach" of "<A> will be caretaker".)
    const qualifier = (t: Term) =>
      !t.verb &&
      (q.pos[t.at] === 'NOUN' ||
        (q.pos[t.at] === 'ADJ' && !((q.wh === 'who' || q.wh === 'whom') && onlyBe))) &&
      q.pos[t.at + 1] === 'NOUN' &&
      terms.some((h) => h.at === t.at + 1);
    const compound = enough && !narrowed && q.wh !== 'why' && terms.some(qualifier);
    const missingOthers = (q.wh === 'why' && enough) || narrowed || compound ? 1 : 0;
    const grounding = { pairs: q.wh === 'why' || reported, missingVerbs, missingOthers };
    let { ranked } = index.ground(q, grounding);
    // Words a sentence may leave out, tried only when no sentence holds them all:
    // ("how much has <A> already been paid in advance" of "<A> has received advance payments of ...") an adverb of
    // time, not in a claim nor in "why" of one;
    const aspect =
      q.yesNo || q.wh === 'why'
        ? []
        : terms.filter((t) => cueWords().aspectAdverbs.has(q.normals[t.at] ?? ''));
    // ("when did the craftsmen discover the damage" of "the damage was discovered in March") the doer of an act
    // asked when or where, which a sentence putting the act in the passive need not name.
    const act = terms.find((t) => t.verb && !t.optional);
    const doers =
      act && !q.yesNo && (answerKind(q) === 'when' || answerKind(q) === 'where')
        ? terms.filter((t) => !t.verb && !t.optional && t.at < act.at && q.pos[t.at] === 'NOUN')
        : [];
    // ("when will the 112 students enrol" of "Enrolment for the 112 will ...") the noun a number counts, which a
    // sentence may leave to the number alone.
    const numberAt = (t: Term) => terms.find((n) => n.at === t.at - 1 && q.pos[n.at] === 'NUM');
    const counted = q.yesNo ? [] : terms.filter((t) => !t.verb && q.pos[t.at] === 'NOUN' && numberAt(t));
    const droppable = [...aspect, ...doers, ...counted];
    // (The adverb only when no sentence holds the rest; the doer when every sentence found lacks a verb asked.)
    const tryDropping =
      ((aspect.length > 0 || counted.length > 0) && ranked.length === 0) ||
      (doers.length > 0 && ranked.every((c) => c.missingTerms.some((m) => m.verb)));
    if (tryDropping) {
      const actAt = act ? terms.indexOf(act) : -1;
      const countedAt = (m: Term) => counted.some((a) => a.at === m.at);
      // (The number with no noun after it: "the 112 will", not "112 applicants".)
      const numberAlone = (c: Grounding, noun: Term) => {
        const tokens = c.units.flatMap((u) => index.sentences[u]?.tokens ?? []);
        const n = numberAt(noun);
        return (c.lists[n ? terms.indexOf(n) : -1] ?? []).some(
          (p) => !/^(?:NOUN|PROPN|ADJ|NUM)$/.test(tokens[p + 1]?.pos ?? ''),
        );
      };
      const passive = (c: Grounding) => {
        const tokens = c.units.flatMap((u) => index.sentences[u]?.tokens ?? []);
        return (c.lists[actAt] ?? []).some((p) =>
          [tokens[p - 1], tokens[p - 2]].some((b) => PASSIVE_BE.has(b?.normal ?? '')),
        );
      };
      // (Before any sentence that lacks a verb of the question instead.)
      const dropped = index
        .ground(q, { ...grounding, missingOthers: missingOthers + droppable.length })
        .ranked.filter(
          (c) =>
            c.missingTerms.length > 0 &&
            c.missingTerms.every((m) => droppable.some((a) => a.at === m.at)) &&
            (!c.missingTerms.some((m) => doers.some((a) => a.at === m.at) && !countedAt(m)) || passive(c)) &&
            c.missingTerms.every((m) => !countedAt(m) || numberAlone(c, m)),
        );
      ranked = [...dropped, ...ranked];
    }
    const reference = store.meta.referenceDate.date;
    const matcher = (ts: TokenSentence) => index.positions(q, ts);
    // The best-grounded sentences first; of those, the first that holds an answer of the kind asked for.
    let best: Grounding | undefined;
    let lead: string | undefined;
    let sentences: TokenSentence[] = [];
    let fallback: { c: Grounding; these: TokenSentence[] } | undefined;
    let after: { c: Grounding; these: TokenSentence[]; found: string } | undefined;
    const fewest = ranked[0]?.missingTerms.length ?? 0;
    // (Of sentences missing as many of the question's words, one that has its verbs first: "when did the players
    // vote to accept the deal" is answered where they voted to accept, not where "the deal" was backdated.)
    const top = ranked.slice(0, 6);
    const holdsVerbs = (c: Grounding) =>
      c.missingTerms.length === fewest && !c.missingTerms.some((t) => t.verb);
    const candidates = [...top.filter(holdsVerbs), ...top.filter((c) => !holdsVerbs(c))];
    const rateAsked = howMany && isRate(q.normals, true);
    // ("who is the buyer" of "<A> pushed the company to seek a buyer": a sentence that has the noun asked only as
    // "a <noun>" names no one as it.)
    const roleNoun =
      (q.wh === 'who' || q.wh === 'whom') && onlyBe && q.mentions.every((m) => m.start < 0)
        ? q.normals.findLast((_w, i) => q.pos[i] === 'NOUN')
        : undefined;
    // (Made once per question: most have no such noun.)
    const indefinite = roleNoun
      ? new RegExp(`\\b(?:a|an|another|any|no)\\s+(?:[\\w-]+\\s+)?${escapeRegExp(roleNoun)}\\b`, 'i')
      : undefined;
    const definite = roleNoun
      ? new RegExp(`\\bthe\\s+(?:[\\w'-]+\\s+)?${escapeRegExp(roleNoun)}\\b`, 'i')
      : undefined;
    const onlyIndefinite = (text: string) => indefinite?.test(text) === true && definite?.test(text) !== true;
    const shareOf = shareOfWhom(q);
    const asked = q.normals.find(isOrdinal);
    const isHeadlineOnly = (c: Grounding) =>
      index.headlineAt >= 0 && c.units.length === 1 && c.units[0] === index.headlineAt;
    // (A speed is an answer of its own form, "20 metres an hour": a sentence that gives one may say the act in
    // another verb than the best-grounded sentence, which gives none.)
    const speed = dimension === 'speed';
    let kindUnnamed = false;
    // (Of a date asked: "how much did it cost to build <X>" may be read from "building <X> cost".)
    const makingAsked = answerKind(q) === 'when' && makingVerbAt(q) >= 0;
    for (const c of candidates) {
      if (c.missingTerms.length > fewest && !speed) break;
      // ("when was <X> built" of "voted to close <X> ... into a new building": a verb of making a thing is no
      // other act's paraphrase, nor the noun of something made; the sentence must make something too.)
      if (
        makingAsked &&
        !c.units.some((u) =>
          index.sentences[u]?.tokens.some(
            (tok) => tok.pos === 'VERB' && cueWords().creationVerbs.has(tok.lemma),
          ),
        )
      )
        continue;
      // (Of a typed question, only a narrowing word may be missing.)
      if (narrowed && c.missingTerms.some((t) => !t.verb && !modifier(t))) continue;
      // ("how much does each <thing> cost": an amount is of the thing asked, which the sentence must name; a
      // budget of something else is no price of it. A word qualifying a noun the sentence has may be missing:
      // "the extra vaccine doses" of "20,000 extra doses".)
      const headMissing = (t: Term) =>
        !t.verb &&
        !t.optional &&
        q.pos[t.at] === 'NOUN' &&
        !(
          terms.some((h) => h.at === t.at + 1) &&
          !c.missingTerms.some((h) => h.at === t.at + 1) &&
          // (Not a verb of money, which wink may tag a noun: "each <thing> cost".)
          !cueWords().moneyVerbs.has(q.lemmas[t.at + 1] ?? '')
        );
      if (asksAmount(q) && c.missingTerms.some(headMissing)) continue;
      if (
        compound &&
        c.missingTerms.some(
          (t) => !t.verb && !(qualifier(t) && !c.missingTerms.some((h) => h.at === t.at + 1)),
        )
      )
        continue;
      // (With a qualifier missing, so must the act be there, "the deal was signed", and the noun it qualified
      // must not have another qualifier of its own: "the <X>'s finance director" is not its principal conductor.)
      if (compound && c.missingTerms.some(qualifier)) {
        const tokens = c.units.flatMap((u) => index.sentences[u]?.tokens ?? []);
        const otherKind = c.missingTerms.filter(qualifier).some((t) => {
          const head = terms.findIndex((h) => h.at === t.at + 1);
          const at = (c.lists[head] ?? []).filter((p) => p >= 0);
          // (Or a word the question does not have: "a second attempt" is not "the first launch attempt".)
          return (
            at.length > 0 &&
            at.every(
              (p) =>
                /^(?:NOUN|PROPN|ADJ|NUM)$/.test(tokens[p - 1]?.pos ?? '') &&
                !q.normals.includes(tokens[p - 1]?.normal ?? ''),
            )
          );
        });
        if (otherKind || c.missingTerms.some((t) => t.verb)) continue;
      }
      let these = index.unitSentences(c);
      // ("when did the bank raise rates" of "the bank lowered its rate": a verb missing whose opposite is there.)
      if (
        c.missingTerms.some((t) => {
          // (Not one the question says itself: "why was <day>'s launch scrubbed".)
          const opposites = t.verb
            ? oppositesOf(q.lemmas[t.at] ?? '').filter((o) => !q.normals.some((w) => w.startsWith(o)))
            : [];
          return opposites.length > 0 && these.some((s) => s.tokens.some((k) => opposites.includes(k.lemma)));
        })
      )
        continue;
      // (A verb of the question missing, and nothing of it there but one name: the name alone, "when did <place>
      // erupt" of a sentence naming the place, is no sign the sentence tells of the act.)
      const onlyTheName = names.length === 1 && terms.every((t) => t.optional || c.missingTerms.includes(t));
      if (onlyTheName && c.missingTerms.some((t) => t.verb)) continue;
      // ("who is in charge of the <X> military": whoever the sentence says heads it, not anyone it names.)
      if (c.missingTerms.some((t) => inChargeAt(q, t.at))) continue;
      // The date, place or person comes from the sentences that hold the question, not from one they lean on.
      const units = c.units.map((u) => index.sentences[u]).filter((s) => s !== undefined);
      // (An amount of a pair whose first sentence holds all the question's words: from that one, not from a "He
      // said ..." after it that tells of another sum: "would seek compensation. He said the firm had spent <X>".)
      const [firstUnit, secondUnit] = units;
      const firstLength = firstUnit?.tokens.length ?? 0;
      const firstHoldsAll =
        howMany &&
        secondUnit !== undefined &&
        spokenOn(secondUnit, reportingVerbs) &&
        terms.every((t, k) => t.optional || (c.lists[k] ?? []).some((p) => p >= 0 && p < firstLength));
      const own = firstHoldsAll && firstUnit ? [firstUnit] : units;
      // (Nor from sentences without the act asked, whose words are in the sentence they lean on: "He said the firm
      // had spent <X>" after "<A> would seek compensation"; "It is expected to cost <X>" has it.)
      const actAsked = terms.some((t) => t.verb && !t.optional);
      if (
        howMany &&
        actAsked &&
        index.unitSentences(c).length > own.length &&
        own.every((s) => !matcher(s).some((p) => s.tokens[p]?.pos === 'VERB'))
      )
        continue;
      const kind = answerKind(q) ?? '';
      // (Nor from a sentence that holds none of the question's words, leaning on one that holds them all: "He
      // noted the state had spent ... since <a year>" does not date what the sentence before it reports.)
      if (kind === 'when' && own.every((s) => matcher(s).length === 0)) continue;
      // ("when did the regulator announce its decision" of "the company did not notify the regulator until
      // <a date>": the one asked about as doing it is only done to there, the act's object.)
      if (kind === 'when' && subjectOnlyObject(q, own)) continue;
      // ("how much has <A> already spent" of "<A> had planned to spend <X>": an amount of an act the sentence gives
      // only as planned or to come is none done, when a done act is asked.)
      const unitTokens = c.units.flatMap((u) => index.sentences[u]?.tokens ?? []);
      const plannedOnly =
        howMany &&
        doneAsked(q) &&
        terms.some((t, k) => {
          // (Where the sentence has it as a verb: "spend" may also find "euros".)
          const at = (c.lists[k] ?? []).filter((p) => p > 1 && unitTokens[p]?.pos === 'VERB');
          return t.verb && !t.optional && at.length > 0 && at.every((p) => plannedAt(unitTokens, p));
        });
      if (plannedOnly) continue;
      // A person may be named only in the sentence a "This meeting ..." sentence refers back to.
      let found =
        answerLead(
          q,
          // (A measure too: "how far did she row" is not the seas' height in the sentence it leans on; nor is an
          // amount a "He added ..." sentence leans on its speaker's sentence for: another act's sum.)
          TYPED.has(kind) || dimension || (howMany && own.some((s) => spokenOn(s, reportingVerbs)))
            ? own
            : these,
          matcher,
          store,
          index.datesIn,
          measureUnits,
        ) ?? (kind === 'who' ? answerLead(q, these, matcher, store, index.datesIn, measureUnits) : undefined);
      // (A headline that holds the question but not the date or place asked: the body's first sentence tells the
      // same news with them, as news is written, when it holds words of the question too.)
      const lede = index.sentences[index.headlineAt + 1];
      // (Two of the question's words; for its date, one of two: "when did the council vote" of "<City> council
      // approved ...". Not for who: the lede's first name need not be the headline's doer.)
      const ledeHolds = kind === 'when' ? Math.max(1, Math.min(2, terms.length + names.length - 1)) : 2;
      // (For who, the lede must have the question's verb: "who runs <X>" is not whoever the lede names first.)
      const ledeVerb = (ts: TokenSentence) =>
        kind !== 'who' || !q.pos.includes('VERB') || matcher(ts).some((p) => ts.tokens[p]?.pos === 'VERB');
      if (
        !found &&
        TYPED.has(kind) &&
        isHeadlineOnly(c) &&
        lede &&
        matcher(lede).length >= ledeHolds &&
        ledeVerb(lede)
      ) {
        found = answerLead(q, [lede], matcher, store, index.datesIn, measureUnits);
        if (found) these = [...these, lede];
      }
      // ("who is the <role> of <X>" of "<A>, an adviser in the office of the <role> of <X>": someone beside the
      // office, not its holder.)
      if (found && kind === 'who' && !holdsAskedRole(q, store, found)) continue;
      // A date, place, person or number asked for must be there; with a verb of the question missing, so
      // must any answer.
      if (!found && (TYPED.has(answerKind(q) ?? '') || howMany || c.missingTerms.length > 0)) continue;
      // ("when was the first attempt" of "a second attempt, on <day>": the sentence the answer comes from is
      // about another of a series, not the one asked.)
      const given = found
        ?.replace(/\s*\(.*$/s, '')
        .replace(/\.$/, '')
        .toLowerCase();
      if (
        asked &&
        given &&
        these.some((s) => s.sentence.text.toLowerCase().includes(given) && otherOrdinal(s.tokens, asked))
      )
        continue;
      // ("why were <X> wiped out" of "<X> hatched. The chick was seen when ...": with the question's verb missing,
      // a reason from a sentence holding none of its words is another act's.)
      const reasonFrom = (reason: string) =>
        these.find((ts) => ts.sentence.text.toLowerCase().includes(reason.replace(/\.$/, '').toLowerCase()));
      const held =
        found && kind === 'why' && c.missingTerms.some((t) => t.verb) ? reasonFrom(found) : undefined;
      if (held && matcher(held).length === 0) continue;
      // "<A> had worked for <B> since <a year>" dates a state, not an act: with the question's verb not in the
      // sentence, it does not say when that act happened.
      if (found && kind === 'when' && c.missingTerms.some((t) => t.verb) && sinceDate(own, found, index))
        continue;
      // "When will ...?" asks about something after the article's date; a date before it answers another question.
      // (The end of a stretch, "by the end of the year", is ahead by itself, when the sentence has the act asked
      // about; not "within four weeks" of another act: "the boards would decide within four weeks whether to appeal
      // to <a tribunal>" gives no time the tribunal rules.)
      if (
        future &&
        answerKind(q) === 'when' &&
        !own.some((s) => index.datesIn(s).some((d) => d.spec.end >= reference)) &&
        !(/\(the article gives no exact date\)/.test(found ?? '') && !c.missingTerms.some((t) => t.verb))
      )
        continue;
      // "What did X say?" is answered by something said, not by any sentence naming X.
      // And by the person asked about: the sentence that reports must name them (or say "he"/"she").
      // (A body too, as the one saying it: "what did <firm> say" is not answered by another's words that name it
      // after the verb; not "the <firm> engineer", nor one told something.)
      const speakers = q.mentions.filter((m) => {
        const kind = store.entities.get(m.id)?.kind;
        return (
          kind === 'person' ||
          (kind === 'organization' &&
            q.wh === 'what' &&
            q.pos[m.end + 1] === 'VERB' &&
            reportingVerbs.has(q.lemmas[m.end + 1] ?? ''))
        );
      });
      const reports = (s: TokenSentence) =>
        s.tokens.some((t) => (t.pos === 'VERB' && reportingVerbs.has(t.lemma)) || /^["“”]$/.test(t.raw)) &&
        speakers.every((m) => saysIt(s, index.names(m.id, s), reportingVerbs));
      // (Unless the verb of saying is the one word missing: "when did the panel announce its ruling" of "the panel
      // ruled on Tuesday" asks when, not what was said.)
      const sayingMissing = c.missingTerms.some((t) => t.verb && reportingVerbs.has(q.lemmas[t.at] ?? ''));
      // (Nor when the act of saying is there as its noun and a reason is asked: "why did <A> propose the ban" of
      // "the proposal was drawn up by <A> after ...".)
      const sayingAsNoun =
        kind === 'why' &&
        terms.some(
          (t, k) =>
            t.verb &&
            reportingVerbs.has(q.lemmas[t.at] ?? '') &&
            (c.lists[k] ?? []).some((p) => p >= 0 && unitTokens[p]?.pos === 'NOUN'),
        );
      if (reported && !sayingMissing && !sayingAsNoun && !these.some(reports)) continue;
      // "Why ...?": of sentences that hold the question equally well, one that gives a reason answers it,
      // and one that says why ("because ...") before one that only says what came first ("after ...").
      if (kind === 'why' && (!found || onlyTemporal(found))) {
        if (found) after = after ?? { c, these, found };
        // ("what caused the <X>": a sentence that gives no reason answers nothing; "why" may be read from one.)
        else if (q.wh === 'why') fallback = fallback ?? { c, these };
        continue;
      }
      // ("which <things>" of a sentence that has them only as a kind: it names none.)
      // (Nor, after one such, a sentence that does not have them at all: "which funds will accept" of a headline.)
      if (
        !found &&
        ((kindUnnamed && !holdsKind(q, own)) || namesNoneOfKind(q, own, index.sentences[index.headlineAt]))
      ) {
        kindUnnamed = true;
        continue;
      }
      // ("where is the new market" of "demolish the old market, on the waterfront": another version of it.)
      if (otherVersion(q, own) || (earlierAsked && earlierUnsaid(own)) || (worthAsked && worthUnsaid(own)))
        continue;
      // ("how hot did it get in <a city>": a measure asked for, which another sentence holding as much may give.)
      if (!found && dimension) continue;
      // ("how much was <A> paid a year" of "would pay $900,000 to end his contract": a rate asked, a sum given.)
      if (rateAsked && !these.some((s) => isRate(s.tokens.map((t) => t.normal)))) continue;
      if (roleNoun && these.every((s) => onlyIndefinite(s.sentence.text))) continue;
      // ("what percentage of students support the ban" of "a survey of parents found 58 percent in favour": a
      // share of others.)
      if (shareOf && !these.some((s) => s.tokens.some((t) => t.lemma === shareOf || t.normal === shareOf)))
        continue;
      // ("what was the <thing> spying on" of "a spy <thing>": the question's act, found only as another part of
      // speech, is not reported; the sentence quoted would answer nothing.)
      const actNotReported = terms.some((t, k) => {
        const at = (c.lists[k] ?? []).filter((p) => p >= 0);
        // (As a word before a noun: "a spy <thing>".)
        return (
          t.verb &&
          at.length > 0 &&
          at.every(
            (p) => /^(?:NOUN|ADJ)$/.test(unitTokens[p]?.pos ?? '') && unitTokens[p + 1]?.pos === 'NOUN',
          )
        );
      });
      // (Nor a person: "<A> feared a group with greater buying power" names no buyer.)
      if (actNotReported && (!found || kind === 'who' || kind === 'whom')) continue;
      // ("who leads <X>" of "<B>, the market leader, ... while <X> ...": the act found only as a noun for whoever
      // does it is someone's description; it says who does it to <X> only beside <X>, "<X>'s leader", "leader
      // of <X>".)
      if ((kind === 'who' || kind === 'whom') && found && nounOfActApart(terms, c, unitTokens)) continue;
      best = c;
      lead = found;
      sentences = these;
      break;
    }
    if (!best && after) {
      best = after.c;
      sentences = after.these;
      lead = after.found;
    }
    if (!best && fallback) {
      best = fallback.c;
      sentences = fallback.these;
    }
    // (A speed or a temperature found is an answer of its own form, which vouches for a weaker grounding.)
    const selfEvident = (speed || dimension === 'temperature') && lead;
    if (!best || (best.score < 1 && names.length === 0 && !selfEvident)) return undefined;
    // ("doctor of what": an echo no sentence continues is not answered by quoting one.)
    if (!lead && isEchoForm(q)) return undefined;
    // ("how deep was the quake": a measure asked for, which a sentence without one does not give.)
    if (!lead && dimension) return undefined;
    let quote = sentences.map((s) => s.sentence.text).join(' ');
    // ("which group's application was turned down": a sentence that has it only as "a different group" does not
    // say which.)
    const { kind: kindAsked } = kindAskedIn(q);
    // ("which tour": "a tour of <A> and <B>" says which, by the names after it.)
    const specified = kindAsked
      ? new RegExp(
          // (A list of names too: "the villages of <A>, <B> and <C de D>".)
          `\\b(?:[Aa]n?|[Tt]he)\\s+(?:[a-z-]+\\s+)?${escapeRegExp(kindAsked)}\\s+(?:of|to|in|from|at|for)\\s+(?:the\\s+)?\\p{Lu}[\\p{L}'-]*(?:,?\\s+(?:and|of|the|de|da|do|\\p{Lu}[\\p{L}'-]*)|,\\s+\\p{Lu}[\\p{L}'-]*)*`,
          'u',
        )
          .exec(quote)?.[0]
          .replace(/(?:\s+(?:and|of|the))+$/i, '')
      : undefined;
    if (!lead && specified && /\s[A-Z]/.test(specified)) lead = `${capitalize(specified)}.`;
    // ("what premium" of "a premium of 38 percent": the amount the kind is given as.)
    const amounted = kindAsked
      ? new RegExp(
          `\\b(?:[Aa]n?|[Tt]he)\\s+(?:[a-z-]+\\s+)?${escapeRegExp(kindAsked)}\\s+of\\s+((?:about|around|nearly|almost|roughly|more than|less than|up to)\\s+)?([$€£¥]?\\d[\\d,.]*(?:\\s*(?:%|percent|per cent|million|billion))?)`,
          'u',
        ).exec(quote)
      : null;
    if (!lead && amounted) lead = `${capitalize(`${amounted[1] ?? ''}${amounted[2] ?? ''}`)}.`;
    // ("what was <A>'s revenue last year" of "... reported revenue of 910 million reais": the amount the noun
    // asked for is given as.)
    if (!lead && q.wh === 'what' && q.lemmas[q.normals.indexOf('what') + 1] === 'be') {
      const amount = amountOfNoun(q, quote);
      if (amount) lead = `${capitalize(amount)}.`;
    }
    // ("which bidder withdrew" of "A third bidder, <Name>, ... withdrew": the name set off after the kind.)
    const apposed = kindAsked
      ? new RegExp(
          `\\b(?:[Aa]n?|[Tt]he)\\s+(?:[a-z-]+\\s+)?${escapeRegExp(kindAsked)},\\s+(\\p{Lu}[\\p{L}'.-]*(?:\\s+\\p{Lu}[\\p{L}'.-]*)*)`,
          'u',
        ).exec(quote)?.[1]
      : undefined;
    if (
      !lead &&
      apposed &&
      store.facts.entities.some((e) => e.name === apposed || e.aliases.includes(apposed))
    )
      lead = `${apposed}.`;
    // ("which ship ran aground" of "a container ship that ran aground": the one thing the article describes as a
    // <kind> ("<Name>, a 336-metre ship carrying ...") is the one meant, with both sentences cited.)
    const unnamed =
      kindAsked &&
      new RegExp(`\\b(?:a|an|another|some|one)\\s+(?:\\w+\\s+)?${escapeRegExp(kindAsked)}\\b`, 'i').test(
        quote,
      );
    const describedOne = !lead && unnamed && kindAsked ? onlyDescribedAs(store, kindAsked) : undefined;
    // (Not someone the question names itself: "the diver who went in with <A>" is not <A>.)
    if (describedOne && !q.mentions.some((m) => m.id === describedOne.id)) {
      const reply = describedReply(
        store,
        describedOne,
        sentences.map((s) => s.sentence),
      );
      if (reply) return reply;
    }
    // ("what was the name of the man killed in <X>": a name asked for, which the sentence does not give.)
    const namesGiven = (text: string) =>
      store.facts.entities.some((e) => e.kind !== 'country' && e.kind !== 'place' && text.includes(e.name));
    if (byName.named && !(lead && namesGiven(lead)))
      return {
        answered: false,
        text: `The article doesn't give the ${byName.kind}'s name. It says: "${quote}"`,
        citations: sentences.map((s) => ({ sentence: s.sentence.n, text: s.sentence.text })),
        confidence: 0.7,
      };
    // ("which <body> did the <work>" of "<B>, at <a body>, who was not involved in the <work>": a word of
    // the question the sentence has only as denied says the opposite.)
    if (deniesWordOf(q, quote)) return undefined;
    // ("which museum": the one name in the sentences that is of that kind, "Sweden's Museum of <X>"; "which
    // company": the one body named there.)
    const typedText = q.normals.join(' ');
    if (!lead && kindAsked) {
      const kindOf = ofKindIn(store, kindAsked, quote, typedText);
      if (kindOf) lead = `${kindOf.name}.`;
    }
    // ("which theatre was shut" of "the city closed its main municipal theatre": the one <kind> the article names,
    // "The <City> Civic Theatre, a 1,200-seat hall ...", quoted with it; not of "a <kind>", one of many.)
    if (!lead && kindAsked && !onlyOneOfKind(quote, kindAsked)) {
      // (A name whose last word is the kind: "<City> Civic Theatre", not "<Country> Airline Pilots Association".)
      const kind = new RegExp(`\\b(?:${kindForms(kindAsked)})$`, 'i');
      const sole = store.facts.entities.filter((e) => e.kind === 'organization' && kind.test(e.name));
      const named = sole.length === 1 ? sole[0] : undefined;
      const naming = named && index.sentences.find((ts) => ts.sentence.text.includes(named.name));
      if (named && naming && !quote.includes(named.name) && !typedText.includes(named.name.toLowerCase())) {
        lead = `${named.name}.`;
        sentences = [...sentences, naming].sort((a, b) => a.sentence.n - b.sentence.n);
        quote = sentences.map((s) => s.sentence.text).join(' ');
      }
    }
    // (Nor one that names no <kind> and no one at all: "which airlines cancelled flights" of "64 flights were
    // cancelled"; nor, for a kind of thing, only people: "which airline" of "<A>, the airport's manager, said ...".)
    const personKind =
      kindAsked !== undefined &&
      (roles.has(kindAsked.replace(/s$/, '')) ||
        cueWords().personNouns.has(kindAsked) ||
        cueWords().anyone.has(kindAsked.replace(/s$/, '')));
    // ("which school" of a sentence naming only a village: a body is named by a body's name.)
    const bodyKind =
      kindAsked !== undefined && bodyWordsFor(cueWords().lists).words.has(kindAsked.replace(/s$/, ''));
    // ("which body fined <A>" of "<a country>'s telecoms regulator fined <A>": a generic kind is named by any word
    // for a body.)
    const genericBody =
      kindAsked !== undefined &&
      cueWords().organisationNouns.has(kindAsked.replace(/s$/, '')) &&
      bodyWordsFor(cueWords().lists).pattern.test(quote);
    // ("which company was fined" of "fined the <Borvik> smelter": a thing named by a capitalised word before its
    // noun, whether or not the article's names hold it.)
    const namedByWord =
      bodyKind && /\b[Tt]he\s+\p{Lu}[\p{L}'-]+(?:\s+\p{Lu}[\p{L}'-]+)*\s+\p{Ll}{3,}/u.test(quote);
    const kindNamed =
      genericBody ||
      namedByWord ||
      (kindAsked &&
        // (As a word of its own, not a hyphened part of a description: "taught high-school science" names no school.)
        (new RegExp(`(?<!-)\\b(?:${kindForms(kindAsked)})(?!-)`, 'i').test(quote) ||
          store.facts.entities.some(
            (e) =>
              e.kind !== 'country' &&
              // (A person kind is named by people: "which judges" of a sentence naming only a federation.)
              (personKind
                ? e.kind === 'person' || e.kind === 'group'
                : bodyKind
                  ? e.kind === 'organization' || e.kind === 'group' || namesAThing(e.name, quote)
                  : e.kind !== 'person') &&
              quote.includes(e.name) &&
              !typedText.includes(e.name.toLowerCase()),
          )));
    // ("which operator will take over the routes" of "<a region>'s minister said ... other operators could": a
    // place is no body of any kind.)
    const bodyAsked =
      kindAsked !== undefined &&
      (cueWords().bodyKindNouns.has(kindAsked.replace(/s$/, '')) || cueWords().businessNouns.has(kindAsked));
    const placeLead =
      lead !== undefined &&
      store.facts.entities.some(
        (e) => (e.kind === 'place' || e.kind === 'country') && lead?.startsWith(e.name),
      );
    // (Nor a name found beside a kind the sentences have only unnamed: "which operator will take over" of "<A>'s
    // minister said ... other operators could take over", unless the article calls that name one.)
    const calledKind = (e: { name: string; title?: string; description: string }) =>
      kindAsked !== undefined &&
      new RegExp(`\\b(?:${kindForms(kindAsked)})`, 'i').test(
        // (Not a sentence quoted for want of a description: "mentioned in the article: ...".)
        `${e.name} ${e.title ?? ''} ${mentionedOnly(e) ? '' : e.description}`,
      );
    const unnamedKind =
      bodyAsked &&
      lead !== undefined &&
      namesNoneOfKind(q, sentences, index.sentences[index.headlineAt]) &&
      !store.facts.entities.some((e) => lead?.startsWith(e.name) && calledKind(e));
    if ((bodyAsked && placeLead) || unnamedKind)
      return {
        answered: false,
        text: `The article doesn't say which ${kindAsked}. It says: "${quote}"`,
        citations: sentences.map((s) => ({ sentence: s.sentence.n, text: s.sentence.text })),
        confidence: 0.7,
      };
    // ("which bank is advising <A>" of "<B>, an analyst at <C Research>": a body named as the answer that neither
    // its name, its description nor the sentence calls a <kind> is not shown to be one.)
    const leadBody =
      lead && kindAsked && !personKind && !cueWords().bodyKindNouns.has(kindAsked.replace(/s$/, ''))
        ? store.facts.entities.find((e) => e.kind === 'organization' && lead?.startsWith(e.name))
        : undefined;
    const kindWord = kindAsked ? new RegExp(`\\b(?:${kindForms(kindAsked)})`, 'i') : undefined;
    if (
      leadBody &&
      kindWord &&
      ![leadBody.name, leadBody.title ?? '', leadBody.description, quote].some((t) => kindWord.test(t))
    )
      return {
        answered: false,
        text: `The article doesn't say which ${kindAsked}. It says: "${quote}"`,
        citations: sentences.map((s) => ({ sentence: s.sentence.n, text: s.sentence.text })),
        confidence: 0.7,
      };
    // ("which firm was <A>'s auditor" of "The company collapsed after its auditor refused": a body asked of a body
    // the question names, the sentence naming no other body, names none.)
    const ownBodyOnly =
      bodyKind &&
      !namedByWord &&
      q.mentions.some(
        (m) => m.start >= 0 && /^(?:organization|group)$/.test(store.entities.get(m.id)?.kind ?? ''),
      ) &&
      !store.facts.entities.some(
        (e) =>
          /^(?:organization|group)$/.test(e.kind) &&
          quote.includes(e.name) &&
          !q.mentions.some((m) => m.id === e.id),
      );
    if (!lead && kindAsked && (!kindNamed || ownBodyOnly || onlyOneOfKind(quote, kindAsked)))
      return {
        answered: false,
        text: `The article doesn't say which ${kindAsked}. It says: "${quote}"`,
        citations: sentences.map((s) => ({ sentence: s.sentence.n, text: s.sentence.text })),
        confidence: 0.7,
      };
    const missed = best.missingTerms.length > 0 ? 0.8 : 1;
    return {
      answered: true,
      text: lead ? `${lead} The article: "${quote}"` : `The article says: "${quote}"`,
      citations: sentences.map((s) => ({ sentence: s.sentence.n, text: s.sentence.text })),
      confidence: Math.round(Math.min(0.85, 0.4 + best.score / 20) * missed * 100) / 100,
    };
  };
  // ("who owns the club": its owner, as the article describes someone, when no sentence reports the act.)
  // (First when the body is named: "<Name>'s chief executive" is who runs <Name>, whatever a sentence says of
  // another "run by".)
  return (typed, previous) => {
    const doer = describedByAct(typed, store);
    if (doer?.byName) return asDescribed(store, doer.one);
    const reply = read(typed, previous);
    if (reply) return reply;
    return doer ? asDescribed(store, doer.one) : undefined;
  };
}

/** "<Name>, <its description>.", on the sentence that describes it. */
const asDescribed = (store: FactStore, one: Entity): IntentReply => ({
  answered: true,
  text: `${one.name}, ${one.description.replace(/^(?:the|a|an) /i, (a) => a.toLowerCase())}.`,
  citations: store.cite(one.evidence),
  confidence: 0.6,
});

/**
 * "<Name> (<its description>)", with the sentences quoted (`quoted`, none when the question asks only its name) and
 * the one that describes it. Undefined when no sentence holds its description.
 */
function describedReply(store: FactStore, one: Entity, quoted: readonly Sentence[]): IntentReply | undefined {
  const [described] = store.cite(one.evidence);
  if (!described) return undefined;
  const quote = quoted.map((s) => s.text).join(' ');
  const also = quoted.length > 0 && !quoted.some((s) => s.n === described.sentence);
  const cited = [
    ...quoted.map((s) => ({ sentence: s.n, text: s.text })),
    ...(also || quoted.length === 0 ? [described] : []),
  ];
  return {
    answered: true,
    text: `${one.name} (${one.description}). The article: "${quoted.length > 0 ? quote : described.text}"${also ? ` And: "${described.text}"` : ''}`,
    citations: cited,
    confidence: 0.6,
  };
}

/**
 * The one entity named in `quote` (and not typed in the question) that is of the kind asked: any body for a
 * word like "company" (cue-words bodyKindNouns), else one whose name, title or description has the kind's word
 * ("the Alazani River" for "river", "<A>, the museum's director" is no museum). Undefined unless exactly one is.
 */
function ofKindIn(store: FactStore, kind: string, quote: string, typed: string): Entity | undefined {
  const word = kind.replace(/s$/, '');
  const anyBody = cueWords().bodyKindNouns.has(word);
  const has = new RegExp(`(?:^|[^\\p{L}])(?:${kindForms(word)})s?(?:$|[^\\p{L}'])`, 'iu');
  const fits = store.facts.entities.filter(
    (e) =>
      e.kind !== 'country' &&
      quote.includes(e.name) &&
      !typed.includes(e.name.toLowerCase()) &&
      (anyBody
        ? e.kind === 'organization'
        : has.test(e.name) ||
          (e.kind !== 'person' && !mentionedOnly(e) && has.test(`${e.title ?? ''} ${e.description}`))),
  );
  return fits.length === 1 ? fits[0] : undefined;
}

/** Words that end an amount rather than name its unit: "910 million in 2023", "5 percent from a year ago". */
const NOT_A_UNIT =
  /^(?:in|on|at|from|to|for|and|or|up|down|last|this|that|a|an|the|with|by|over|after|before|since|than|as|per|each|a|its|their|his|her)$/;

/** The amount a noun of the question is given as in the quote: "<revenue> of <910 million reais>". */
function amountOfNoun(q: ParsedQuestion, quote: string): string | undefined {
  const named = (i: number) => q.mentions.some((m) => m.start <= i && i <= m.end);
  for (const [i, lemma] of q.lemmas.entries()) {
    if (q.pos[i] !== 'NOUN' || named(i) || cueWords().timeNouns.has(lemma)) continue;
    const found = new RegExp(
      `\\b(?:${kindForms(lemma)})s?\\s+(?:of|stood at|reached|totalled|totaled|came to)\\s+((?:about|around|nearly|almost|roughly|more than|less than|up to)\\s+)?([$€£¥]?\\d[\\d,.]*(?:\\s*(?:%|percent|per cent|million|billion|trillion))?)(?:\\s+([a-z]+))?`,
      'iu',
    ).exec(quote);
    if (!found) continue;
    const unit = found[3] && !NOT_A_UNIT.test(found[3]) ? ` ${found[3]}` : '';
    return `${found[1] ?? ''}${found[2] ?? ''}${unit}`;
  }
  return undefined;
}

const kindFormsMemo = new Map<string, string>();
/** A kind's word and the words of its group (equivalents), as alternatives: "regulator" said as "authority". */
function kindForms(kind: string): string {
  const word = kind.replace(/s$/, '');
  let forms = kindFormsMemo.get(word);
  if (forms === undefined) {
    forms = [...new Set([word, ...equivalentsOf(word)])].map(escapeRegExp).join('|');
    kindFormsMemo.set(word, forms);
  }
  return forms;
}

/** The one entity the article describes as a <kind> ("a 336-metre ship carrying ..."), if only one is. */
function onlyDescribedAs(store: FactStore, kind: string): Entity | undefined {
  const head = new RegExp(
    `^(?:an?|the)\\s+(?:[\\w'-]+\\s+){0,3}?${escapeRegExp(kind.replace(/s$/, ''))}s?\\b`,
    'i',
  );
  const found = store.facts.entities.filter((e) => head.test(e.description));
  return found.length === 1 ? found[0] : undefined;
}

/**
 * The kind of thing a question asks to be named, and where the kind's word is: "which <kind>", "what <kind>
 * <did something>" (a singular noun after "what" asks which), "what is the name of the <kind>", "the <kind>'s
 * name" (`named`: asked for its name).
 */
function kindAskedIn(q: ParsedQuestion): { kind?: string; at: number; named: boolean } {
  if (q.wh !== 'what' && q.wh !== 'which') return { at: -1, named: false };
  const nameAt = q.normals.findIndex(
    (w, i) =>
      cueWords().nameNouns.has(w) &&
      q.normals[i + 1] === 'of' &&
      /^(?:the|this|that)$/.test(q.normals[i + 2] ?? ''),
  );
  const ownerAt = q.normals.findIndex(
    (w, i) => cueWords().nameNouns.has(w) && q.normals[i - 1] === "'s" && q.pos[i - 2] === 'NOUN',
  );
  // ("what was the founder of <X> called": the name asked, as with "the name of the founder".)
  const whAt = q.normals.indexOf('what');
  const lastWord = q.normals.findLast((_w, i) => q.pos[i] !== 'PUNCT');
  const calledAt =
    q.wh === 'what' &&
    /^(?:is|was|are|were)$/.test(q.normals[whAt + 1] ?? '') &&
    q.normals[whAt + 2] === 'the' &&
    (lastWord === 'called' || lastWord === 'named')
      ? whAt + 3
      : -1;
  const named = q.wh === 'what' && (nameAt >= 0 || ownerAt >= 0 || calledAt >= 0);
  let at = !named
    ? q.normals.indexOf(q.wh) + 1
    : nameAt >= 0
      ? nameAt + 3
      : calledAt >= 0
        ? calledAt
        : ownerAt - 2;
  // ("which of the six associations": the kind after "of the" and a number.)
  if (q.wh === 'which' && q.normals[at] === 'of') {
    at++;
    while (
      /^(?:DET|NUM)$/.test(q.pos[at] ?? '') ||
      /^(?:the|its|their|these|those)$/.test(q.normals[at] ?? '')
    )
      at++;
  }
  const singular = q.lemmas[at] === q.normals[at];
  const kind =
    q.pos[at] === 'NOUN' &&
    (q.wh === 'which' ||
      (singular &&
        (named ||
          q.pos[at + 1] === 'VERB' ||
          // ("what premium is <A> offering": a kind, then the subject and its verb.)
          (/^(?:is|was|are|were)$/.test(q.normals[at + 1] ?? '') && q.pos.slice(at + 2).includes('VERB')))))
      ? q.normals[at]
      : undefined;
  return { kind, at, named: named && kind !== undefined };
}

/** A noun for whoever does something: "leader", "owner", "director", "president". */
const AGENT_NOUN = /(?:er|or|ist|ant|ent)s?$/;

/**
 * Whether a verb of the question is found only as a noun for its doer ("leads" as "leader"), tied to none of the
 * names the question gives: the noun describes someone, not their doing it to what is named.
 */
function nounOfActApart(
  terms: readonly Term[],
  c: Grounding,
  unitTokens: readonly TokenSentence['tokens'][number][],
): boolean {
  const namedAt = c.lists.slice(terms.length).flatMap((l) => l.filter((p) => p >= 0));
  if (namedAt.length === 0) return false;
  return terms.some((t, k) => {
    const at = (c.lists[k] ?? []).filter((p) => p >= 0);
    return (
      t.verb &&
      at.length > 0 &&
      at.every((p) => unitTokens[p]?.pos === 'NOUN' && AGENT_NOUN.test(unitTokens[p]?.normal ?? '')) &&
      !at.some((p) => namedAt.some((n) => tiedTo(unitTokens, n, p)))
    );
  });
}

/**
 * Whether the name at `n` says whose the doer's noun at `p` is: "<X>'s leader", "the <X> leader", "leader of
 * <X>"; not a description set off after the name, "<X>, the market leader", which says what <X> is.
 */
function tiedTo(tokens: readonly TokenSentence['tokens'][number][], n: number, p: number): boolean {
  const between = tokens.slice(Math.min(n, p) + 1, Math.max(n, p)).map((t) => t.normal);
  if (n < p) return p - n <= 4 && !between.includes(',');
  return n - p <= 3 && between.some((w) => w === 'of' || w === 'at' || w === 'for');
}
