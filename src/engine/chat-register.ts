/**
 * Words of chat that colour a question without changing what it asks ("what is the <dispute> even about",
 * "... in the big picture", "super important"), and verbs that only lead up to the verb after them
 * ("supposed to prevent"): general English, in data/language/chat-register.json.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { findDataDir } from '../facts/load-facts.js';
import { oncePerDataDir } from '../facts/once-per-data-dir.js';
import { keyWordPattern } from '../nlp/load-synonyms.js';
import { escapeRegExp } from './escape-reg-exp.js';
import { wordNeeds, wordsOf } from './required-words.js';

/** Rewrite rules: a JavaScript regular expression (case-insensitive) and its replacement. */
const rules = z
  .array(
    z.object({
      pattern: z.string().refine((p) => {
        try {
          new RegExp(p, 'i');
          return true;
        } catch {
          return false;
        }
      }, 'a regular expression'),
      to: z.string(),
    }),
  )
  .default([]);
const words = z.array(z.string().regex(/^[a-z0-9' -]+$/, 'lower-case words'));
const schema = z.object({
  /** Dropped at the start of a message when set off by a comma or colon ("im confused, was it <A> or <B>"). */
  leadIns: words,
  /** Open a remark ended by a full stop or "!" before the question, which is dropped with it ("ugh so many
   * names. <question>"): the member's sigh, not a part to answer. */
  interjections: words.default([]),
  /** Dropped where set off before a comma or the end ("two generals i think, who's who"). */
  asides: words,
  /** Dropped at the end of a question. */
  tails: words,
  /** Dropped wherever they stand, but before a word of `softenerKeeps` ("even if", "super tuesday"). */
  softeners: words,
  softenerKeeps: words,
  /** Verbs that only lead up to the verb after "to" ("trying to prevent", "supposed to prevent"). */
  leadingVerbs: words,
  /** Phrases read as the plain words for them ("lines up with" -> "aligns with"). */
  phrases: z.record(z.string().regex(/^[a-z' -]+$/), z.string().regex(/^[a-z' -]+$/)),
  /** Nouns for what someone said, which an article may call anything ("<person>'s remarks", "his point"). */
  sayingNouns: words,
  /** Nouns that ask how two people are linked ("the <A> <B> connection"). */
  linkNouns: words,
  /** Nouns for places, which a bare "which <noun>?" asks of the places someone's office covers. */
  placeNouns: words,
  /** Adjectives of scale that frame what is asked ("what bigger effort"), which an article may not use. */
  framingAdjectives: words,
  /**
   * A verb and its particle ("take down", "ask for") to single verbs that mean the same ("remove", "seek"): an
   * article may say either. A light verb ("take") counts as a word of the question only with its particle.
   */
  phrasalVerbs: z.record(z.string().regex(/^[a-z]+ [a-z]+$/, 'a verb and its particle'), words).default({}),
  /** A whole message asking for more of the last answer ("any others?", "anything else?"). */
  moreAsks: words.default([]),
  /** Chat word orders read as the plain question: a pattern over the whole message and what it becomes. */
  rewrites: rules,
  /** Questions read another way only when the question as typed finds no answer ("how does the article frame
   * <X>" as "what does the article say about <X>"): a pattern over the whole message and what it becomes. */
  refusalRewrites: rules,
});

export interface ChatRegister {
  /** The question without the words that only colour it. */
  plain(text: string): string;
  /** The message without a remark it opens with ("ugh so many names. <question>"); as typed when it has none. */
  withoutRemark(text: string): string;
  readonly leadingVerbs: ReadonlySet<string>;
  readonly sayingNouns: ReadonlySet<string>;
  readonly linkNouns: ReadonlySet<string>;
  readonly placeNouns: ReadonlySet<string>;
  readonly framingAdjectives: ReadonlySet<string>;
  /** "<verb> <particle>" (lemma, lower case) to verbs that mean the same. */
  readonly phrasalVerbs: ReadonlyMap<string, readonly string[]>;
  /** Whether the whole message asks for more of the last answer ("any others?"). */
  asksForMore(text: string): boolean;
  /** The question read another way after it found no answer, or undefined when no rule reads it so. */
  reread(text: string): string | undefined;
}

/** Words too common in questions to tell that a phrase of the register may be there. */
const COMMON_WORDS: ReadonlySet<string> = new Set([
  'what',
  'they',
  'the',
  'first',
  'such',
  'with',
  'up',
  'do',
  'in',
]);

/** The words a question starts with, after which a lead-in needs no comma. */
const QUESTION_START =
  "(?:who|whom|whose|what|whats|what's|wat|wut|when|where|why|how|which|is|was|are|were|did|does|do|has|have|had|can|could|will|would|should)";

const alternatives = (list: readonly string[]) =>
  [...list]
    .sort((a, b) => b.length - a.length)
    .map((w) => escapeRegExp(w).replace(/ /g, '\\s+'))
    .join('|');

/**
 * The rewrites applied in order, each to the message as the ones before left it. Each is tried only on a message
 * with one word of each list of words it cannot match without (src/engine/required-words.ts): most match no
 * message, and a few lookups cost far less than running every pattern. Those with no such words are always tried.
 */
export function rewriter(rules: readonly { pattern: string; to: string }[]): (text: string) => string {
  const rewrites = rules.map((r) => ({ pattern: new RegExp(r.pattern, 'i'), to: r.to }));
  // (One bit per requirement of a rewrite, set by any of its words: a rewrite with all its bits set is tried. Up to
  // 30 requirements, which is more than any has; fewer only let more messages through.)
  const needs = rules.map((r) => wordNeeds(r.pattern).slice(0, 30));
  const all = needs.map((list) => 2 ** list.length - 1);
  const meets = new Map<string, number[]>();
  needs.forEach((list, i) => {
    list.forEach((any, bit) => {
      for (const w of new Set(any)) meets.set(w, [...(meets.get(w) ?? []), i, 1 << bit]);
    });
  });
  const candidates = (text: string, after: number) => {
    const met = new Int32Array(rules.length);
    for (const w of wordsOf(text)) {
      const pairs = meets.get(w);
      for (let j = 0; pairs && j < pairs.length; j += 2) {
        const i = pairs[j] as number;
        met[i] = (met[i] as number) | (pairs[j + 1] as number);
      }
    }
    const out: number[] = [];
    for (let i = after + 1; i < rules.length; i++) if (met[i] === all[i]) out.push(i);
    return out;
  };
  // (Tested before replacing: a failed replace costs several times a failed test. A rewrite's words may let a
  // later one in, so the candidates are looked up again after each.)
  return (text) => {
    let t = text;
    let queue = candidates(t, -1);
    for (let k = 0; k < queue.length; k++) {
      const i = queue[k] as number;
      const r = rewrites[i] as (typeof rewrites)[number];
      if (!r.pattern.test(t)) continue;
      t = t.replace(r.pattern, r.to);
      queue = candidates(t, i);
      k = -1;
    }
    return t;
  };
}

function readChatRegister(dataDir: string): ChatRegister {
  const data = schema.parse(
    JSON.parse(readFileSync(join(dataDir, 'language', 'chat-register.json'), 'utf8')),
  );
  // (A tail after at least two words of question, set off or not: "what's the goal here?", "..., tho".)
  const tail = new RegExp(`(\\S\\s+\\S+)[\\s,;-]+(?:${alternatives(data.tails)})\\s*(\\?*)\\s*$`, 'i');
  const softener = new RegExp(
    `(?<=\\S\\s+)(?:${alternatives(data.softeners)})\\s+(?!(?:${alternatives(data.softenerKeeps)})\\b)(?=[\\p{L}])`,
    'giu',
  );
  // (One after another too: "thx bot, one last thing, <question>".)
  // (Or with no stop before a question word: "ngl whats <X>", "fr tho is <X>"; or a "but": "dumb q but who ...".)
  const leadIn = new RegExp(
    `^(?:(?:${alternatives(data.leadIns)})(?:\\s*[,:;!.-]+\\s*(?:but\\s+)?|\\s+(?:but\\s+)?(?=${QUESTION_START}\\b)))+(?=\\S)`,
    'i',
  );
  const aside = new RegExp(`,?\\s+(?:${alternatives(data.asides)})\\s*(?=[,?.!]|$)`, 'gi');
  const phrases = new Map(Object.entries(data.phrases));
  const phrase = new RegExp(`\\b(?:${alternatives([...phrases.keys()])})\\b`, 'gi');
  // Each listed word or phrase's longest word: a message with none of them is plain already (most are). (Not a
  // word most questions have: "what do they call" is looked for by "call", "in the first place" by "place".)
  const keyWord = keyWordPattern(
    [...data.leadIns, ...data.asides, ...data.tails, ...data.softeners, ...phrases.keys()],
    COMMON_WORDS,
  );
  // ("anything else besides <A> n <B>": what the member already has, named after the ask, is no new topic.)
  const more = new RegExp(
    `^(?:and |so |ok |okay |any )?(?:${alternatives(data.moreAsks)})(?:,?\\s+(?:besides|other than|apart from|aside from|except(?: for)?)(?:\\s+[\\p{L}'&,.-]+){1,6})?\\s*[?.!]*$`,
    'iu',
  );
  // (A short remark, then more: not "lol." alone, nor a question mark inside the remark. Or the interjection
  // alone before the message, "lol the <X> guy, is he ...", unless it may be a word of it: "man".)
  const bare = data.interjections.filter((w) => !COMMON_WORDS.has(w) && w !== 'man');
  const remark = new RegExp(
    `^(?:(?:${alternatives(data.interjections)})\\b[^.!?]{0,40}[.!]+|(?:${alternatives(bare)})\\b[,!]*)\\s+(?=\\p{L})`,
    'iu',
  );
  const rewrite = rewriter(data.rewrites);
  const rereader = rewriter(data.refusalRewrites);
  return {
    plain(message) {
      const text = rewrite(message);
      if (!keyWord.test(text)) return text;
      // (A hedge closing a statement puts it up for checking: "<a claim> i think" -> "<a claim>?".)
      let rest = text
        .replace(leadIn, '')
        .replace(aside, (_m, at: number, all: string) =>
          /^[\s.!]*$/.test(all.slice(at + _m.length)) ? '?' : '',
        );
      for (let pass = 0; pass < 3; pass++) {
        const before = rest;
        rest = rest.replace(tail, '$1$2');
        if (rest === before) break;
      }
      // (A comma the tail was set off by goes with it: "<question>, whats the story".)
      if (rest !== text) rest = rest.replace(/[\s,;-]+(\?*)\s*$/, '$1');
      return rest
        .replace(softener, '')
        .replace(phrase, (p) => phrases.get(p.toLowerCase().replace(/\s+/g, ' ')) ?? p);
    },
    withoutRemark: (text) => text.replace(remark, ''),
    leadingVerbs: new Set(data.leadingVerbs),
    sayingNouns: new Set(data.sayingNouns),
    linkNouns: new Set(data.linkNouns),
    placeNouns: new Set(data.placeNouns),
    framingAdjectives: new Set(data.framingAdjectives),
    phrasalVerbs: new Map(Object.entries(data.phrasalVerbs)),
    asksForMore: (text) => more.test(text.trim()),
    reread: (text) => {
      const again = rereader(text.trim());
      return again === text.trim() ? undefined : again;
    },
  };
}

/** Read once per data folder (src/facts/once-per-data-dir.ts). */
const loadOnce = oncePerDataDir(readChatRegister);
/** @example loadChatRegister().plain('what is the <dispute> even about tho') // 'what is the <dispute> about' */
export const loadChatRegister = (dataDir: string = findDataDir()) => loadOnce(dataDir);
