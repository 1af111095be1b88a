import { cueWords } from './cue-words.js';
import type { Answer } from './types.js';
import { CHECK_PHRASE } from './unwrap-question.js';

// ("<a long claim>, does the article agree?": one claim put up for checking, not a lead-in and a question.)
const CHECK_ONLY = new RegExp(`^${CHECK_PHRASE}\\s*\\?*\\s*$`, 'i');

/** Splits a message holding several questions ("Who is <person>? And who did he meet?") into its questions. */

// (And as chat spells them: "hw", "wen", "wat".)
const STARTS_QUESTION =
  /^(who|whom|whose|what|when|where|why|how|which|did|does|do|was|were|is|are|has|have|hw|wen|wat|wut|wats|whats|whos|hows|wheres|whens|wens|whys)\b/i;

/** "when and where were the talks held?": two question words sharing one question. */
const SHARED =
  /^(who|what|when|where|why|how|which)\s*(?:and|&|\/|,)\s*(who|what|when|where|why|how|which)\s+(.+)$/i;

/** Words a chat message may open with before its question ("tbh who is ...", "and what ..."). */
const OPENING_WORDS =
  /^(?:(?:and|also|so|but|tbh|ngl|lol|lmao|ok|okay|yo|bro|btw|honestly|hey|hmm|um|wait|like),?\s+)+/i;

/** "so <A> is <X> and <B> is <Y>?": two claims, each with its own subject and verb, put up together. */
const TWO_CLAIMS =
  /^(?:(?:so|ok|okay|wait)\s+)?(?!(?:who|whom|whose|what|when|where|why|how|which)\b)([\p{L}'.-]+(?:\s[\p{L}'.-]+){0,2})\s+(is|was|are|were)\s+([^,?]+?)\s+(?:and|&|n|but|while|whereas)\s+([\p{L}'.-]+(?:\s[\p{L}'.-]+){0,2})\s+(is|was|are|were)\s+([^?]+?)\s*(?:\?.*)?$/iu;

/** "<A> vs <B>? which was first": two things offered, then the short question that chooses between them. */
const OFFERED_THEN_ASKED =
  /^(?:(?:and|so|ok|okay)\s+)?(?!(?:who|whom|whose|what|when|where|why|how|which|did|does|do|was|were|is|are)\b)([^?]{3,80}?)\s+(?:or|vs\.?|versus)\s+([^?]{2,60}?)\s*\?+\s*((?:which|what)\b[^?]{2,40}?)\s*\?*\s*$/i;

const ECHOED_THEN_ASKED =
  /^(?:(?:wait|huh|and|so)\s+)?((?!(?:who|whom|whose|what|when|where|why|how|which|is|was|were|are|did|does|do|yes|no|yeah|ok|okay|really|seriously|wait|huh|lol)\b)[\p{L}][\p{L}'-]*(?:\s+[\p{L}][\p{L}'-]*){0,2})\s*[?!]+\s*(why|how come|when|where)\s*[?!]*$/iu;

// (Not one whose second asks about the thing the first names, "what's the deal with <X>, who brought it up": that is
// one question about <X>.)
// (Nor "what about <A>, what did he say", a topic and then its question.)
const COMMA_JOINED =
  /^((?!(?:what|how|wat|hw) about\b)(?:who|what|whats|what's|wat|when|wen|where|why|how|hw|which)\b[^,]{6,80}?),\s+((?:who|what|whats|what's|wat|when|wen|where|why|how|hw|which)\b(?![^,]*\b(?:it|that|this|those|these)\b)[^,]{6,80})$/i;

// ("how did <X> get restarted, like who decided": a second question, not a narrowing "like which building"; it
// has a verb of its own.)
const LIKE_QUESTION =
  /^((?:who|what|whats|what's|wat|when|wen|where|why|how|hw|which)\b[^,]{6,80}?),\s+like,?\s+((?:whats|what's|hows|how's|whos|who's)\b[^,]{3,80}|(?:who|whose|what|wat|when|wen|where|why|how|hw|which)\s+(?:\S+\s+){0,2}?(?:is|was|are|were|did|does|do|would|will|can|could|[a-z]{3,}ed)\b[^,]{0,80})$/i;

/**
 * "<question>, like <another question>": a member's second wording of what they ask, each part to be answered
 * (and the pair only when both are).
 */
export function splitRestatement(text: string): { first: string; second: string } | undefined {
  const like = LIKE_QUESTION.exec(text.trim());
  return like?.[1] && like[2] ? { first: like[1], second: like[2] } : undefined;
}

/** "2 qs:", "two questions -", "a couple of quick questions:": a message's count of its questions, before them. */
const COUNTED_QUESTIONS =
  /^\s*(?:\d|two|three|(?:a )?couple(?: of)?|(?:a )?few) (?:quick )?(?:q['’]s|q|qs|qns|questions)\b\s*[,:-]?\s+(?=\S)/i;

/**
 * "the talks ended on which date and in which city": a statement asked two ways where each gap stands (after a
 * lead-in such as "for my notes:").
 */
const IN_PLACE_PAIR =
  /^(?:[^:?]{1,30}:\s*)?(?!(?:who|whom|whose|what|when|where|why|how|which)\b)([^:]{4,80}?)\s+((?:(?:on|in|at|from|to|by|during|for|with)\s+)?(?:which|what)\s+[a-z]+)\s*(?:,|and|&|\+)\s*((?:(?:on|in|at|from|to|by|during|for|with)\s+)?(?:which|what)\s+[a-z]+)\s*\?*\s*$/i;

export function splitQuestions(typed: string, max = 4): string[] {
  // ("2 qs: who ... and where ...": a message that counts its questions first, then asks them.)
  const text = typed.replace(COUNTED_QUESTIONS, '');
  const shared = SHARED.exec(text.trim());
  if (shared) return [`${shared[1]} ${shared[3]}`, `${shared[2]} ${shared[3]}`];
  // (Read only when two question words are typed: most messages have at most one.)
  const inPlace = /\b(?:which|what)\b.*\b(?:which|what)\b/i.test(text)
    ? IN_PLACE_PAIR.exec(text.trim())
    : null;
  if (inPlace) return [`${inPlace[1]} ${inPlace[2]}?`, `${inPlace[1]} ${inPlace[3]}?`];
  const offered = /\?\s*\S/.test(text) ? OFFERED_THEN_ASKED.exec(text.trim()) : null;
  if (offered) return [`${offered[3]}, ${offered[1]} or ${offered[2]}?`];
  // ("<X>?? why": a thing echoed with surprise, then the bare question about it.)
  const echoed = /\?\s*\S/.test(text) ? ECHOED_THEN_ASKED.exec(text.trim()) : null;
  if (echoed?.[1] && echoed[2]) return [`${echoed[2]} ${echoed[1]}?`];
  const two = /\?/.test(text) ? TWO_CLAIMS.exec(text.trim()) : null;
  if (two) return [`${two[1]} ${two[2]} ${two[3]}?`, `${two[4]} ${two[5]} ${two[6]}?`];
  // (Whether parts were joined or dropped, so the one question left is no longer the text as typed.)
  let guesses = false;
  // (Most messages have nowhere to split: no end of a sentence before more text, no "and" before a word.)
  if (!/[?!;.,]\s|\s(?:and|also|then|n|&|or)\s/i.test(text)) return [text];
  const parts = text
    // A full stop ends a question only before another question: "Gen. <person>" and "<month day>" stay whole.
    // (Typed in lower case too, after a lower-case word, not an abbreviation: "... frozen. but isnt there ...?")
    .split(
      /(?<=[?!])\s+|;\s+|\.\s+(?=(?:Who|What|When|Where|Why|How|Which|Did|Does|Do|Was|Were|Is|Are)\b)|(?<=\b[a-z]{3,})\.\s+(?=(?:(?:but|so|and|anyway)\s+)?(?:who|what|when|where|why|how|which|did|does|do|was|were|is|are|isn'?t|aren'?t|wasn'?t|weren'?t|didn'?t|doesn'?t|don'?t)\b)/,
    )
    .flatMap((part) =>
      // (Chat types "and" as "n" or "&".)
      // ("did <A> do it on its own or was there <B>": a second yes/no question after "or"; not "or did that come
      // after", the other alternative of one question.)
      // ("who did <A> meet and was it <X>": a yes/no question of its own after "and", about what the first asked.)
      part.split(
        /,?\s+(?:and|also|then|n|&)\s+(?=(?:who|whom|what|wat|wut|whats|wats|when|wen|where|why|how|hw|which)\b)|,?\s+or\s+(?=(?:was|were|is|are)\s+there\b)|,?\s+(?:and|n|&)\s+(?=(?:was|were|is|are|did|does|do|has|have|had)\s+(?:it|that|this|they|he|she|there)\b)/i,
      ),
    )
    // ("who is <A>, what did he say": two whole questions joined by a comma alone.)
    .flatMap((part) => {
      const m = COMMA_JOINED.exec(part.trim());
      return m?.[1] && m[2] ? [m[1], m[2]] : [part];
    })
    .map((p) => p.trim())
    .filter((p) => /\p{L}/u.test(p))
    // ("how long ..., like months? years?": a bare word or two after a guess offered is another guess.)
    .reduce<string[]>((kept, p) => {
      const before = kept.at(-1);
      // ("which officials? names?": the detail of the question before, asked by it already.)
      if (before?.endsWith('?') && cueWords().elaborationNouns.has(p.replace(/\W+$/, '').toLowerCase())) {
        guesses = true;
        return kept;
      }
      if (
        before &&
        /\blike\s+[\p{L}\s]{1,20}\?+$/iu.test(before) &&
        wordCount(p) <= 2 &&
        !STARTS_QUESTION.test(p)
      ) {
        kept[kept.length - 1] = `${before.replace(/\?+$/, '')} or ${p}`;
        guesses = true;
      } else kept.push(p);
      return kept;
    }, []);
  if (parts.length <= 1) return [guesses && parts[0] ? parts[0] : text];
  // Only split where the pieces are questions of their own; "Hi, who is <person>?" stays one.
  const questions = parts.filter(
    (p) => STARTS_QUESTION.test(p.replace(OPENING_WORDS, '')) || p.endsWith('?'),
  );
  // "is <A> a doctor? the article calls him <that> at one point": a question, then the member's own remark.
  const [only] = questions;
  if (questions.length === 1 && only && parts[0] === only && only.endsWith('?')) return [only];
  return questions.length >= 2 ? questions.slice(0, max) : [text];
}

/**
 * A long message whose question comes last, after what the member says around it ("my cousin says ..., but
 * who actually met?"): the lead-in and the question, or undefined. The lead-in is read first as the
 * conversation so far, so "that one" in the question can refer to it.
 */
// (Unpunctuated, the question starts at "so", "but" or "anyway": "my uncle keeps ranting so what did ...".)
const LAST_QUESTION =
  /^(.*\S)(?:\s*(?:[,;:.!—–]|\s-+)\s*|\s+(?=(?:but|so|anyway)\s))(?:(?:but|so|and|ok|okay|anyway|btw|wait|like|honestly|basically|ngl|tbh|lol|also|actually|idk|dunno|i dunno|i don'?t know|i dont know|not sure|no idea|i wonder|wondering)\s+)*((?:who|whos|whom|whose|what|whats|wat|wut|when|wen|where|wheres|why|how|hows|hw|which|was|were|is|are|did|does|do)\b[^,;]*)$/i;
// A remark of three words or more ended by a full stop (after a word, not an abbreviation) or "!", then a question.
const REMARK_THEN_QUESTION =
  /^((?:\S+\s+){2,}\S*[a-z]{2,}[.!]+)\s+(?:(?:but|so|and|ok|okay|anyway|btw|wait|like|honestly|basically|ngl|tbh|lol|also|actually)\s+)*((?:who|whos|whom|whose|what|whats|wat|wut|when|wen|where|wheres|why|how|hows|hw|which|was|were|is|are|did|does|do)\b[^!?]*\??)$/i;
// "so the talks were in <A>, where was the <B> thing": a statement, then a question of its own after a comma.
const STATEMENT_THEN_QUESTION =
  /^(?!(?:the|that|this)\b)(?!(?:(?:so|ok|okay|and|right|yo|hey)\s+)?(?:if|besides|apart|aside|other|except|after|before|since|when|while)\b)(?![^,]*\b(?:you|u|ya|yall)\b)((?:(?:so|ok|okay|and|right)\s+)?[^,?]*?\b(?:is|was|were|are|did|had|has)\b[^,?]*),\s*((?:who|whom|whose|what|whats|when|where|why|how|which)\b[^,?]{6,}\??)$/i;
/**
 * "if <premise>, <question>", "if <premise> then <question>", "if <premise> <wh-question>": the premise is a
 * lead-in (read for what "it" and "they" are), the question is what is asked.
 */
const CONDITIONAL =
  /^(?:(?:ok|okay|so|like|and|but|wait)\s+)*if\s+(.+?)(?:\s*,\s*(?:then\s+)?|\s+then\s+|\s+(?=(?:who|whom|what|wat|wut|when|wen|where|which|how|hw)\b)|\s+(?=(?:it|they|he|she)\s+\S+\s+[^,]+$))(.+)$/i;

// "the talks were in <a month> so what month was <the other one>": a statement, "so", then a question of its own.
const STATEMENT_SO_QUESTION =
  /^((?:(?:ok|okay|and|right)\s+)?[^,?]*?\b(?:is|was|were|are|did|had|has)\b[^,?]*?)\s+so\s+((?:who|whom|whose|what|whats|when|where|why|how|which)\b[^,?]{6,}\??)$/i;

// ("<the talks> ended <a day> after two days so they started on <the day before> yeah?": what was stated, then
// what is concluded from it, put up for checking.)
const STATEMENT_SO_CLAIM =
  /^([^,?]*?\b[a-z]+ed\b[^,?]*?)\s+so\s+((?:they|he|she|it|that|this)\s+[^,?]{6,}\?)$/i;

// "ngl i skimmed it, did <X> happen in <a month>": a short remark about oneself (or "remember <X>"), then the question
// (or a request: "i lost track of all the drama, name the <X>").
// (Or set off by a dash: "i keep seeing the word <X> — what was it?")
const SELF_REMARK_THEN_QUESTION =
  /^(?:(?:ngl|tbh|ok|okay|so|lol|honestly|sorry)\s+)*((?:i(?:'m|m|'ve|ve| am| was| have| just| only| kinda| barely| never)?|remember|recall|rmb)\s+[^,?—–]{2,80}?)\s*(?:,|\s-+|[—–])\s*((?:who|whos|whom|whose|what|whats|when|where|wheres|why|how|hows|which|was|were|is|are|did|does|do|has|have|had|name|list|tell me|give me|remind me|explain|describe)\b.+|(?:the|this|that) [^,?]{3,80}?\b(?:which|what|who|whom|where|when)\b[^,]*|there (?:was|is|were) (?:some|a|an|this|that|one) [^,?]{3,80},\s*(?:who|whos|what|whats|what's|wat)\b.+)$/i;
// "<A> cut off dialogue in <a month> and it got restarted when": a statement, then a clause asked with a trailing
// question word.
const STATEMENT_AND_TRAILING_WH =
  /^(.{10,}?)\s+and\s+((?:then\s+)?(?:it|they|he|she|that)\s+[^,?]{3,60}?\s+(?:when|wen|where|who|why))\s*\?*$/i;

// "the article says <A> met <B>, is <B> a general": what the member read, then the question.
const ARTICLE_SAYS_THEN_QUESTION =
  /^(?:(?:so|ok|okay|and|but|like|wait)\s+)*((?:the article|the story|the piece|article|it)\s+(?:says|said|mentions|mentioned|states|stated)\s+[^?,]{3,120}?)\s*,\s*(?:(?:so|but|and)\s+)?((?:who|whos|whom|whose|what|whats|when|where|why|how|which|was|were|is|are|did|does|do|has|have|had)\b[^,]{6,})$/i;
// "did <A> start on <a day> or what, it says they ended <another>": the question, then what the member read.
const QUESTION_THEN_ARTICLE_SAYS =
  /^((?:who|whos|whom|whose|what|whats|when|where|why|how|which|was|were|is|are|did|does|do|has|have|had)\b[^,]{6,}?)(?:\s+or\s+(?:what|nah|not))?\s*,\s*(?:(?:but|and|bc|because|since|cause|cuz)\s+)?((?:the article|the story|the piece|article|it)\s+(?:says|said|mentions|mentioned|states|stated)\s+[^?,]{3,120}?)\s*\?*$/i;

/**
 * "we're arguing whether <X>, what does the article say": the question is the "whether" before it, which the
 * chat rewrites read whole, not the "what does it say" that only asks for it.
 */
const WHETHER_THEN_ASKED =
  /\b(?:whether|if) [^?]{6,200}?\s*[,;.-]+\s*(?:so |but |and )?(?:what does|what did|what do|what's|whats) (?:the article|it|the story|the piece|the report)(?: actually)? says?\s*\?*\s*$/i;

/** A lead-in naming the part of the article missed by what it asks: "i missed the part about who <A> sent". */
const PART_MISSED =
  /\bthe (?:part|bit) (?:abt|about|on|where it says|that says) (?:who|what|when|where|why|how|which)\b/i;

/**
 * "<remark>, which month is that if <a premise>": a premise after the question, once the remark has said what
 * "that" is, adds nothing to ask; the question is read without it.
 */
const TRAILING_PREMISE =
  /^((?:who|whom|whose|what|whats|when|where|why|how|which)\b(?:\s+\S+){2,}?)\s*,?\s+if\s+[^?]+(\?*)\s*$/i;

/** The last plural noun phrase of a lead-in: "i keep mixing up the two <demonym> generals". */
const LAST_PLURAL =
  /\b(?:the|these|those|both|all)\s+(?:(?:two|three|four|five|both)\s+)?((?:[a-z-]+\s+){0,2}?[a-z-]+s)\s*[.!?,;:]*\s*$/i;

/**
 * "<a lead-in about the two <demonym> generals>, which one was at <X>": "one" is one of the things the lead-in
 * ends on, so the question asks "which <demonym> general was at <X>".
 * @example whichOneOf('i mix up the two red cars', 'which one was sold') // 'which red car was sold'
 */
export function whichOneOf(leadIn: string, question: string): string | undefined {
  const asked = /^which\s+one\b/i.exec(question);
  const plural = asked ? LAST_PLURAL.exec(leadIn)?.[1] : undefined;
  if (!asked || !plural || /ss$/i.test(plural)) return undefined;
  const one = plural
    .replace(/ies$/i, 'y')
    .replace(/(ch|sh|x)es$/i, '$1')
    .replace(/s$/i, '');
  return `which ${one}${question.slice(asked[0].length)}`;
}

/**
 * "..., anyway the one in <a place>, who led it?": the lead-in's last words name what the question is about, so
 * they go with the question (a phrase of the/that/this with no verb of its own).
 */
const TOPIC_BEFORE_QUESTION =
  /^(.*?\S)\s*(?:[,;:.!—–]|\s(?=(?:but|so|anyway|ok|okay)\s))\s*(?:(?:but|so|anyway|ok|okay)\s+)*((?:the|that|this)\s+(?![^,]*\b(?:is|was|were|are|did|does|do|has|had|have|i|you|u)\b)[^,;:.!?]{2,40})$/i;

export function splitRambling(
  text: string,
): { leadIn: string; question: string; conditional?: boolean } | undefined {
  // ("i thought <a claim>, was it that?": one claim with its check, not a remark and then a question.)
  if (CHECK_ONLY.test(text.slice(text.lastIndexOf(',') + 1).trim())) return undefined;
  // ("... i missed the part abt who <A> sent, who was it": the question is the part missed, read whole.)
  if (PART_MISSED.test(text) || WHETHER_THEN_ASKED.test(text)) return undefined;
  const whole = splitRamblingWhole(text);
  const topic = whole && !whole.conditional ? TOPIC_BEFORE_QUESTION.exec(whole.leadIn) : null;
  const split =
    whole && topic?.[1] && topic[2]
      ? { leadIn: topic[1], question: `${topic[2]}, ${whole.question}` }
      : whole;
  if (!split || split.conditional) return split;
  const premise = TRAILING_PREMISE.exec(split.question);
  return premise?.[1] ? { ...split, question: `${premise[1]}${premise[2] ?? ''}` } : split;
}

function splitRamblingWhole(
  text: string,
): { leadIn: string; question: string; conditional?: boolean } | undefined {
  // (Two questions joined by a comma are no remark and its question: each is answered.)
  if (COMMA_JOINED.test(text.trim())) return undefined;
  const conditional = CONDITIONAL.exec(text.trim());
  // (Not "if <X> fails what happens": a hypothetical as a whole, which the article cannot answer.)
  if (
    conditional?.[1] &&
    conditional[2] &&
    /\p{L}/u.test(conditional[2]) &&
    !/\bwould\b/i.test(text) &&
    !/^what (?:happens|will happen|happens then)\b/i.test(conditional[2].trim())
  )
    return { leadIn: conditional[1], question: conditional[2], conditional: true };
  const read = ARTICLE_SAYS_THEN_QUESTION.exec(text.trim());
  // (Not a question about what was read: "the article says <X>, who talked about that" is one question.)
  const standsAlone = (question: string) => !/\b(?:it|that|this|them|those)\b/i.test(question);
  if (read?.[1] && read[2] && standsAlone(read[2])) return { leadIn: read[1], question: read[2] };
  const readAfter = QUESTION_THEN_ARTICLE_SAYS.exec(text.trim());
  if (readAfter?.[1] && readAfter[2] && standsAlone(readAfter[1]))
    return { leadIn: readAfter[2], question: `${readAfter[1]}?` };
  // ("i forgot about <X> lol. who <did it>": a shorter message, its remark ended before the question.)
  const remark = REMARK_THEN_QUESTION.exec(text.trim());
  if (remark?.[1] && remark[2] && !remark[1].includes('?') && remark[2].split(/\s+/).length >= 3)
    return { leadIn: remark[1], question: remark[2] };
  const self = SELF_REMARK_THEN_QUESTION.exec(text.trim());
  if (self?.[1] && self[2] && self[2].split(/\s+/).length >= 3) return { leadIn: self[1], question: self[2] };
  const trailing = STATEMENT_AND_TRAILING_WH.exec(text.trim());
  if (trailing?.[1] && trailing[2]) return { leadIn: trailing[1], question: trailing[2] };
  const so = STATEMENT_SO_QUESTION.exec(text.trim());
  if (so?.[1] && so[2] && so[1].split(/\s+/).length >= 3) return { leadIn: so[1], question: so[2] };
  const concluded = STATEMENT_SO_CLAIM.exec(text.trim());
  if (concluded?.[1] && concluded[2] && wordCount(concluded[1]) >= 3)
    return { leadIn: concluded[1], question: concluded[2] };
  const stated = text.includes(',') ? STATEMENT_THEN_QUESTION.exec(text.trim()) : null;
  if (stated?.[1] && stated[2] && stated[1].split(/\s+/).length >= 3)
    return { leadIn: stated[1], question: stated[2] };
  if (wordCount(text) < 15) return undefined;
  const m = LAST_QUESTION.exec(text.trim());
  const [leadIn, question] = [m?.[1], m?.[2]];
  if (!leadIn || !question || question.split(/\s+/).length < 3 || CHECK_ONLY.test(question)) return undefined;
  return { leadIn, question };
}

// (The chat words a description typed first may open with.)
const LEAD = String.raw`^(?:(?:so|like|ok|and|(?:you|u|ya) know|quick q|quick question|qq)\s+)*`;
/**
 * "the <described person> who <did something>, what's his title": someone described first, then asked about
 * by pronoun. The question is asked of the description: "what's the title of the <described person> who ...".
 */
const DISLOCATED = new RegExp(
  String.raw`${LEAD}((?:the|that|this) [^,?—–]{3,80}?)\s*(?:,|—|–|\s-+\s)\s*((?:who|whom|whose|what|wat|when|wen|where|why|how|which|did|does|do|is|was|were|are)(?:'?s)?\b[^,]*)$`,
  'i',
);
// ("the one from <a body> at the talks whats his name": with no comma, the last question word that opens a question
// about "he" or "his" ends the description.)
const DISLOCATED_BARE = new RegExp(
  String.raw`${LEAD}((?:the|that|this) [^,?—–]{3,80})\s+((?:what|whats|what's|wat|when|wen|where|which|how)\b[^,]*?\b(?:his|her|he|she)\b[^,]*)$`,
  'i',
);
const POINTED_THING = new RegExp(
  String.raw`${LEAD}((?!(?:the|that|this|so|and|but|ok|okay|wait|also)\b)[\p{L}.'-]+(?: (?:and|&) [\p{L}.'-]+| [\p{L}.'-]+){0,3})\s*(?:,|—|–|\s-+\s)\s*((?:was|is|were|did|does|do|when|where|why|how|what|who)\b[^,]*?\b(?:that|this) (?:meeting|call|talks?|visit|trip|round|session|conversation|discussion|chat)\b[^,]*)$`,
  'iu',
);
const POSSESSIVE = /\b(?:his|her|their)\s+((?:[\p{L}-]+\s+){0,2}?[\p{L}-]+)(?=\s*[?.!]*\s*$)/iu;
const PERSONAL = /\b(?:he|him|she|her|they|them|it)\b/i;
export function undislocate(typed: string): string | undefined {
  // ("there was some <described person>, what was his name": the one described, as "the <described person>".)
  const text = typed.replace(
    /^(?:(?:so|ok|okay|and)\s+)*there (?:was|is|were) (?:some|a|an|this|that|one) /i,
    'the ',
  );
  // ("<A> and <B>, was that meeting virtual": the people put first name the thing "that <noun>" points at.)
  const pointed = POINTED_THING.exec(text.trim());
  if (pointed?.[1] && pointed[2])
    return pointed[2].replace(/\b(?:that|this)\s+(?=[\p{L}]+)/iu, () => `the ${pointed[1]} `);
  const m = DISLOCATED.exec(text.trim()) ?? DISLOCATED_BARE.exec(text.trim());
  // ("whats his name again": "again" asks to be reminded, and is no part of what is asked.)
  const [description, question] = [m?.[1], m?.[2]?.replace(/\s+again(?=\s*[?.!]*\s*$)/i, '')];
  if (!description || !question) return undefined;
  // ("the article keeps calling <A> dr, is he a doctor": the article is no one a pronoun can mean.)
  if (cueWords().articleNouns.has(description.split(/\s+/)[1]?.toLowerCase() ?? '')) return undefined;
  // "what's his title" -> "what's the title of <description>"; "what did he say" -> "what did <description> say".
  // (Replacer functions: a "$" the member typed is text, not a replacement pattern.)
  if (POSSESSIVE.test(question))
    return question.replace(POSSESSIVE, (_all, what) => `the ${what} of ${description}`);
  // ("<a topic> - what does it say about that": "it" is the article, asked about the topic.)
  if (
    /\bit\s+(?:say|says|said|mention|mentions)\b/i.test(question) &&
    !/\b(?:he|him|she|her|they|them)\b/i.test(question)
  )
    return undefined;
  if (PERSONAL.test(question)) return question.replace(PERSONAL, () => description);
  return undefined;
}

/**
 * "<question>, like <a yes/no question>": a member's second try at the same question ("how is <A> referred to,
 * like is he a dr?"), to be read after the first for what its pronouns mean. (A phrase after "like" narrows the
 * question, "like which building", and is no question of its own.)
 */
const CLARIFIED = /^(.{8,200}?),\s*like,?\s+(.{3,200})$/i;
const ASKS = /^(?:who|whom|whose|what|wat|when|wen|where|why|how|which)\b/i;
const YES_NO = /^(?:did|does|do|is|was|were|are|has|had|have|can|could|will|would)\s+\S+\s+\S+/i;
export function splitClarification(text: string): { first: string; second: string } | undefined {
  const m = CLARIFIED.exec(text.trim());
  const [first, second] = [m?.[1], m?.[2]];
  return first && second && ASKS.test(first) && YES_NO.test(second) ? { first, second } : undefined;
}

/** Words separated by white space, counted without splitting the text. */
function wordCount(text: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const space = c === 32 || (c >= 9 && c <= 13) || (c > 127 && /\s/.test(text.charAt(i)));
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}

/** One reply to a message of several questions: each answer in turn, their citations once each, in order. */
export function combineAnswers(answers: readonly Answer[]): Answer | undefined {
  const [first] = answers;
  if (!first || answers.length === 1) return first;
  const citations = answers
    .flatMap((a) => a.citations)
    .filter((c, i, all) => all.findIndex((x) => x.sentence === c.sentence) === i);
  // Answered when any part is; the parts the article does not answer are said last.
  // (Two parts answered alike, "who is <A> and what does he do", are said once.)
  const ordered = [...answers.filter((a) => a.answered), ...answers.filter((a) => !a.answered)].filter(
    (a, i, all) => all.findIndex((x) => x.text === a.text) === i,
  );
  return {
    answered: answers.some((a) => a.answered),
    text: ordered.map((a) => a.text).join('\n\n'),
    intent: first.intent,
    confidence: Math.min(...answers.map((a) => a.confidence)),
    citations: citations.sort((a, b) => a.sentence - b.sentence),
    suggestions: first.suggestions,
  };
}

/** What a caller gets instead of an exception. */
export const SOMETHING_WENT_WRONG: Answer = {
  answered: false,
  text: 'Sorry, something went wrong while answering that. Please try rephrasing.',
  intent: 'error',
  confidence: 0,
  citations: [],
  suggestions: [],
};
