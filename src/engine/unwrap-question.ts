/**
 * Takes the chat wrapping off a question ("hey bot, can you tell me who <person> is?" -> "who <person> is?") and
 * notices claims put up for checking ("is it true that ...", "true or false: ..."), so the intents see the
 * question itself. Language only: nothing here knows the article.
 */

import { MONTH_NAMES } from '../nlp/resolve-date.js';
import { type ChatRegister, loadChatRegister } from './chat-register.js';
import { cueWords } from './cue-words.js';
import { WEEKDAYS } from './wording.js';

export interface UnwrappedQuestion {
  text: string;
  /** The message states a claim to check rather than asking a question. */
  claim: boolean;
  /** The answers a member offered after a wh-question ("..., <A> or <B>"), dropped from `text`. */
  offered?: string;
  /** The one answer a member guessed after a wh-question ("where were they, <a city>?"), dropped from `text`. */
  guess?: string;
}

const WHERE_ASKED = /^where\s+(is|was|are|were|did|does|do|will)\s+(.+?)\s*\?*$/i;

/**
 * "where were the talks held, <a city>?": the guess put as the claim it makes, "were the talks held in <a
 * city>?", so that the answer settles it; undefined for any other question.
 */
export function placeGuessClaim(question: string, guess: string): string | undefined {
  const where = WHERE_ASKED.exec(question);
  return where ? `${where[1]} ${where[2]} in ${guess}?` : undefined;
}

const WHEN_ASKED = /^when\s+(is|was|are|were|did|does|do|will)\s+(.+?)\s*\?*$/i;
const WEEKDAY_OR_MONTH = new RegExp(
  `^(?:on\\s+|in\\s+)?(?:${[...WEEKDAYS, ...MONTH_NAMES].join('|')})$`,
  'i',
);

/**
 * "when did the talks end, monday?": a weekday or month guessed, put as the claim it makes, "did the talks end
 * on monday?", so that the answer settles it; undefined for any other question or guess.
 */
export function dateGuessClaim(question: string, guess: string): string | undefined {
  const when = WHEN_ASKED.exec(question);
  if (!when || !WEEKDAY_OR_MONTH.test(guess.trim())) return undefined;
  const bare = guess.trim().replace(/^(?:on|in)\s+/i, '');
  const on = WEEKDAYS.some((d) => d.toLowerCase() === bare.toLowerCase()) ? 'on' : 'in';
  return `${when[1]} ${when[2]} ${on} ${bare}?`;
}

const WH = '(?:who|whom|whose|what|when|where|why|how|which)\\b';
const FILLER =
  /^(?:hey|hi|hello|yo|ok(?:ay)?|so|um+|uh+|erm|hmm+|well|wait|sorry(?!\s+(?:if|for)\b)|lol|quick (?:q|question)|question|also|and|but|btw|bot|factdesk|ngl|tbh|honestly|lowkey|bruh|bro|dude|omg|lmao|smh|long story short|in short|real quick|tl;?dr(?=[\s,:;!.-]+(?:who|whom|whose|what|when|where|why|how|which|did|does|do|is|was|were|are)\b))\b[\s,:;!.-]*/i;
const YOU_KNOW = /^(?:you|u|ya) know,?\s+(?=(?:who|whom|whose|what|when|where|why|how|which|the|that)\b)/i;
const ASKING: RegExp[] = [
  new RegExp(`^(?:can|could|would|will) (?:you|u) (?:please )?(?:tell|show|remind) (?:me|us) (?=${WH})`, 'i'),
  new RegExp(`^(?:please )?(?:tell|show|remind) (?:me|us) (?:again )?(?=${WH})`, 'i'),
  // "can you give me a timeline?": a request, not a question of whether it can be done.
  /^(?:can|could|would|will) (?:you|u) (?:please )?(?=(?:give|show|send) )/i,
  new RegExp(`^(?:please )?explain (?:to me )?(?=${WH})`, 'i'),
  /^(?:do|does) (?:you|u|anyone|anybody) (?:happen to )?know (?=(?:who|whom|whose|what|when|where|why|how|which|if|whether)\b)/i,
  // "do you reckon the talks went well" asks for a verdict on what follows: the claim check handles it.
  /^(?:do|does) (?:you|u) (?:reckon|think|figure) (?:that )?(?=(?:who|whom|whose|what|when|where|why|how|which)\b)/i,
  /^(?:any ?(?:idea|clue)) (?=(?:who|whom|whose|what|when|where|why|how|which|if|whether)\b)/i,
  /^i(?:'m| am)? ?(?:was )?(?:wondering|curious|trying to (?:find out|understand)) (?:about )?/i,
  /^i(?:'d| would) (?:like|love) to (?:know|understand) /i,
  /^i (?:want|need) to know /i,
  /^please,? /i,
];
// Each pattern of ASKING starts with one of these: a message that starts otherwise is tested once, not 11 times.
const ASKING_START = /^(?:can|could|would|will|please|tell|show|remind|explain|do|any|i)/i;
// (Not the question's own subject after its auxiliary: "what did they talk about".)
const CHATTER =
  /(?<!\b(?:did|do|does|didn't|don't|will|would|can|could|should|to))\s+(?:that\s+|which\s+)?(?:ppl|people|everyone|everybody|folks|they|u|you|my friends|the news)\s+(?:(?:keep|kept|are|r|were|have been|been|always)\s+)*(?:bringing up|bring up|talking about|talk about|mentioning|mention|going on about|posting about|discussing)(\s*\?*)\s*$/i;
// (Not "was that one virtual or what": a yes/no question with a tag.)
const TRAILING_WH =
  /^(?!(?:is|was|are|were|did|does|do|can|could|will|would|has|have|had)\b)(?!.*\b(?:who|whom|whose|what|when|where|why|how|which)\b.*\s\S+\s*\?*\s*$)((?:[\p{L}\d'-]+\s+){0,5}[\p{L}\d'-]+)(?<!\bor)\s+(when|wen|whn|where|wher|who|what|wat)\s*\?*\s*$/iu;
// "the talks are meant to bring back what": a longer statement, led by its subject and a form of "be".
const TRAILING_WH_AFTER_BE =
  /^((?:the|this|that|these|those|his|her|their|its) [\p{L}\d'-]+(?: [\p{L}\d'-]+)? (?:is|are|was|were) (?:[\p{L}\d'-]+\s+){0,6}[\p{L}\d'-]+)(?<!\bor)\s+(when|wen|whn|where|wher|who|what|wat)\s*\?*\s*$/iu;
// "the thing <A> did that made <B> mad was what": what <A> did that made <B> mad.
const THING_DONE_WAS_WHAT =
  /^the (?:thing|stuff|move|act) ((?:[\p{L}.'-]+\s+){0,3}?[\p{L}.'-]+) did (that|to|which) (.+?) (?:was|is) what\s*\?*\s*$/iu;
const LETTER = /^\p{L}$/u;
/** Whether the code point is a letter or an apostrophe (ASCII answered without a pattern). */
const wordChar = (cp: number): boolean =>
  cp < 128
    ? cp === 39 || (cp >= 65 && cp <= 90) || (cp >= 97 && cp <= 122)
    : LETTER.test(String.fromCodePoint(cp));
/**
 * The last run of letters and apostrophes, as `/([\p{L}']+)[^\p{L}']*$/u` finds it, by a scan from the end (the
 * pattern backtracks over every word of the message).
 */
function lastWord(text: string): string {
  let end = text.length;
  let start = -1;
  for (let k = text.length; k > 0; ) {
    const low = text.charCodeAt(k - 1);
    const pair =
      k >= 2 &&
      low >= 0xdc00 &&
      low <= 0xdfff &&
      text.charCodeAt(k - 2) >= 0xd800 &&
      text.charCodeAt(k - 2) <= 0xdbff;
    const size = pair ? 2 : 1;
    const letter = wordChar(text.codePointAt(k - size) ?? 0);
    if (letter) start = k - size;
    else if (start >= 0) break;
    else end = k - size;
    k -= size;
  }
  return start >= 0 ? text.slice(start, end) : '';
}
const LAST_WH = new Set(['when', 'wen', 'whn', 'where', 'wher', 'who', 'what', 'wat']);
const LAST_BE = new Set(['was', 'is', 'were', 'are']);
// The last word of every tag TAG ends with: a message ending otherwise has no tag (most do not).
const TAG_ENDS = new Set(
  'right correct true yes no ya yea yeah yep it he she they we so think believe guess iirc afaik nah not nope smth something wrong misremembering mis-remembering tripping crazy confused up misread that around round versa news fake myth rumor rumour false cap else'.split(
    ' ',
  ),
);
const TRAILING_BE =
  /^(?:(?:so|and)\s+)?(?!(?:who|whom|whose|what|when|where|why|how|which|is|was|are|were|did|does|do|and|so|it|that|this|they|he|she)\b)((?:[\p{L}\d'-]+\s+){0,3}[\p{L}\d'-]+)\s+(was|is|were|are)\s*\?+\s*$/iu;
const NAME_OF = /^(?:what(?:'s| is| was|s)|wats|wat's) (?:the )?(?:full |real )?name of (.+)$/i;
const NAMES = /^(?:what(?:'s| is| was|s)|wats|wat's) (.+?)(?:'s|s) (?:full |real )?name\b(.*)$/i;
// "the <demonym> general that met <A>, name?": the phrase typed first, then the word for what is asked.
const NAME_LAST =
  /^((?:the|that|this|a)\s.{3,80}?)\s*[,:;-]+\s*(?:(?:his|her|their|the)\s+)?(?:full\s+|real\s+)?name\s*\?*\s*$/i;

/**
 * "what's the name of <the described person> ...", "what's <someone>'s name": who they are. The one named
 * must be a person: a word for one ends the phrase ("the <demonym> general"), or it is a name.
 */
function askedByName(text: string, personWord: (word: string) => boolean): string {
  const ofWhom = NAME_OF.exec(text)?.[1] ?? NAME_LAST.exec(text)?.[1];
  const [, whose, after] = NAMES.exec(text) ?? [];
  const phrase = ofWhom ?? whose;
  if (!phrase) return text;
  const head = (phrase.split(/\s+(?:from|at|in|of|on|who|that|during)\s+|,/i)[0] ?? '')
    .trim()
    .replace(/[?!.]+$/, '');
  const last = (head.split(/\s+/).at(-1) ?? '').toLowerCase().replace(/(?:'s|s)$/, '');
  // (Or a word for one opens it, a clause after: "the <demonym> general <A> spoke with".)
  const words = head.toLowerCase().split(/\s+/);
  const first = words.findIndex((w, i) => i > 0 && personWord(w));
  const opens =
    words[0] === 'the' &&
    !/(?:ed|ing)$/.test(words[first + 1] ?? '') &&
    first > 0 &&
    first <= 3 &&
    !words.slice(1, first).some((w) => /^(?:the|a|an|of)$/.test(w));
  const person =
    personWord(last) || personWord(`${last}s`) || opens || (whose !== undefined && !/^the\s/i.test(head));
  if (!person) return text;
  return ofWhom ? `who is ${ofWhom}` : `who is ${whose}${after ?? ''}`;
}
const ABOUT: RegExp[] = [
  /^what (?:do|can) (?:you|u) (?:know|tell (?:me|us)) about /i,
  /^(?:do (?:you|u) )?know (?:anything|much) about /i,
  /^tell (?:me|us) (?:more|a bit|a little|something) about /i,
  /^(?:can|could) (?:you|u) (?:please )?tell (?:me|us) about /i,
  /^(?:can|could) (?:you|u) (?:please )?(?:explain|describe) /i,
  // Chat topic questions: "anything on <X>", "what about <X>", "what's the deal with <X>", "any news on <X>".
  /^(?:is there )?(?:anything|any(?: news| info| word)?|something|more) (?:on|about|regarding|re) /i,
  /^(?:and |so )?what about /i,
  // "what does the article say about <X>": what it says of <X>, whoever said it.
  /^what (?:does|did) (?:the|this) (?:article|piece|story|report|text) (?:say|mention|tell (?:me |us )?|report) about /i,
  /^what(?:'s| is) (?:the deal|going on|up|happening) with /i,
  /^(?:what(?:'s| is)|whats) up with /i,
];
// Each pattern of ABOUT starts with one of these (as ASKING_START).
const ABOUT_START = /^(?:what|do|know|tell|can|could|is|any|something|more|and|so)/i;
// "anything about <X> in there?": the trailing place of the topic is the article itself.
const IN_THE_ARTICLE = /\s+(?:in there|in the article|in this article|in it|at all)\s*(\?*)\s*$/i;
const CLAIM =
  /^(?:correct me if (?:i'?m |im |i am )?wrong,?\s*(?:but\s+)?|if i remember (?:right|correctly),?\s*|is it (?:true|correct|right|the case) (?:that )?|(?:do|does) (?:you|u) (?:reckon|think|figure) (?:that )?|true or false[:,-]?\s*|did i hear (?:right )?that |fact[- ]?check:?\s*|(?:is|was) this (?:true|correct)[:,-]?\s*|(?:i|ive|i've|i have) (?:read|heard|saw|seen) (?:somewhere |online )?(?:that )?|i (?:thought|think|believe|assumed|figured|guess) (?:that )?(?=.*\s(?:is|was|were|are|did|had|has)\b)|(?:i'?m |i am )?pretty sure (?:that )?|(?:someone|somebody|my \w+) (?:said|told me|says) (?:that )?)/i;
// "<statement>. Is that right?": the statement put up for checking.
// ("..., does the article agree?", "..., is he right?": the same, asked of the article or of who said it; "..., that's
// the gist right?" of a summary.)
export const CHECK_PHRASE =
  "(?:(?:is|was) (?:that|this|it) (?:right|true|correct|accurate|so|it|that)|(?:so )?(?:that'?s|thats|that is|is that) (?:the gist(?: of it)?|about right|the idea|the tl;?dr)(?:,? (?:right|r|are|ya|yeah|correct))?|(?:is|are) (?:he|she|they) right|(?:does|do) (?:the|this) (?:article|piece|story|report|text) (?:agree|say so|back (?:that|this|it) up|confirm (?:that|this|it)|support (?:that|this|it)))";
const CHECK_TAIL = new RegExp(`[.,!;]?\\s+${CHECK_PHRASE}\\s*\\?*\\s*$`, 'i');
const BARE_OR = /\s+or\s*\?*\s*$/i;
const STATED_VERB = /\s(?:is|was|are|were)\s/i;
const OK_TAG = /(?:,\s*|\s+)(?:ok|okay|k|yh)\s*\?*\s*$/i;
const YES_NO_OR_WH =
  /^(?:is|was|are|were|did|does|do|has|have|had|can|could|will|would|should|who|whom|whose|what|when|where|why|how|which)\b/i;
/** "<a remark>, was it <X>": a question of its own after a comma (a tag then closes it, claiming nothing). */
const remarkThenQuestion = (text: string): boolean => {
  const comma = text.lastIndexOf(',');
  const last = text.slice(comma + 1).trim();
  return comma > 0 && YES_NO_OR_WH.test(last) && last.split(/\s+/).length > 2;
};
// "<person> visited <a place>, right?": a statement with a question tag is a claim to check.
const TAG =
  /(?:,\s*|\s+)(?:right|correct|true|yes|no|ya|yea|yeah|yep|isn'?t (?:it|he|she|they)|wasn'?t (?:it|he|she)|weren'?t (?:they|we)|aren'?t (?:they|we)|didn'?t (?:he|she|they|it|we)|did(?:n'?t)? it|doesn'?t (?:it|he|she)|is that (?:right|true|correct|so)|am i right|or am i (?:wrong|misremembering|mis-remembering|tripping|crazy|confused|mixing (?:it|that|things|them) up)|or did i (?:misread(?: (?:it|that))?|get (?:it|that) wrong|dream (?:it|that))|(?:did i get|have i got|i got) (?:it|that|this) right|or (?:was|is) (?:that|it) (?:something|someone|somebody) else|or (?:is|was) (?:that|it|this) (?:just )?(?:fake(?: news)?|made up|a myth|an? (?:urban )?(?:rumou?r|myth)|false|cap)|no\?|i think|i believe|i guess|iirc|afaik|or (?:(?:smth|sth|something) else|smth|something|nah|not|nope)|or (?:(?:was|is) it )?(?:the other way (?:a?round)|vice versa))\s*\?*\s*$/i;
// "were like 3 days", "met like 6 months ago": "like" before an amount or a time hedges it.
const LIKE =
  /\blike\s+(?=(?:\d|a\b|an\b|about\b|around\b|one\b|two\b|three\b|four\b|five\b|six\b|seven\b|eight\b|nine\b|ten\b|last\b|next\b))/gi;
// "according to the article, ...", "... acc to this?": where the answer should come from, which is a given.
const SOURCE_FIRST =
  /^(?:(?:acc(?:ording)? to|per|based on|going by) (?:the|this|that|your) (?:article|piece|story|report|text)|(?:(?:the|this|your|ur) )?(?:article|piece|story|report|text) (?:says|said|states|mentions|reports)(?: that)?)[\s,:;-]*/i;
// "... when the article was written": as of the article's date, in the words the engine reads.
const WHEN_WRITTEN =
  /\s+when (?:(?:the|this) (?:article|piece|story|report)|this|it) (?:was|got) (?:written|published|out)\s*(\?*)\s*$/i;
const SOURCE_LAST =
  /[\s,;-]+(?:acc(?:ording)? to|per|based on|going by) (?:(?:the|this|that|your) (?:article|piece|story|report|text)|this|it)\s*(\?*)\s*$/i;
// "what is <X> supposed to prevent according to <someone>", "..., per <someone>": what they said.
const SAID_BY_LAST =
  /^((?:what|which)\b.+?)(?:[\s,;-]+acc(?:ording)? to|\s*[,;-]\s*per) ((?:[\p{L}.'-]+\s+){0,3}[\p{L}.'-]+)\s*(\?*)\s*$/iu;
// "was it <A> that/who did X?", "it was <A> who did X?": a cleft sentence, the claim "<A> did X".
const CLEFT = /^(?:(?:was|is) it|it (?:was|is)) ((?:(?!\bor\b)[^,?])+?) (?:that|who|which) (.+)$/i;
// "<A> was the one that did X?": the claim "<A> did X".
const CLEFT_ONE =
  /^((?:(?!\b(?:who|what|when|where|why|how|which)\b)[^,?])+?) (?:was|is|were|are) the (?:one|ones|guy|person|people|side|country) (?:that|who|which) (.+)$/i;
// "..., not <B>?": the alternative denied restates the claim.
const OPTIONS_TAIL = /^((?:what|how|where|when|which)\b[^,]+),\s*([^,]+\s+or\s+[^,]+)$/i;
// (What COMPARISON_TAIL cannot match without: most messages lack all three.)
const COMPARISON_WORDS = /too|also|as well/i;
const COMPARISON_TAIL = /\s+(?:too|also|as well),?\s+(?:just )?(?:like|as with|same as)\s+[^?]+(\?*)\s*$/i;
const NOT_TAIL = /,\s*not (?:the )?[\p{L}.'-]+(?: [\p{L}.'-]+)?\s*(\?*)\s*$/iu;
// "... in '<a phrase>'" at either end of the question: where a word was read, not part of what is asked.
const QUOTED_PLACE_LAST = /\s+in\s+['"‘“][^'"’”]{2,80}['"’”]\s*(\?*)\s*$/;
const QUOTED_PLACE_FIRST = /^in\s+['"‘“][^'"’”]{2,80}['"’”]\s*,?\s*/i;
// "does the article call <X> <Y>?", "... describe <X> as <Y>": the claim "<X> is <Y>".
const CALLS =
  /^(?:does|did|do) (?:the|this) (?:article|piece|story|report|text|author|writer) (?:call|describe|refer to|label|term|characteri[sz]e|dub) (.+?)\s+(?:as\s+)?((?:a|an)\s+.+?|[^\s?]+(?:\s+or\s+(?!(?:nah|not|no)\b)[^\s?]+)?)(?:,?\s+or (?:nah|not|no))?\s*\?*$/i;
// "what agency is he part of, state dept?", "how many rounds, 16?": a guess of two or three words after a
// wh-question (not "any <X>?", a question of its own).
const GUESS_TAIL =
  /^((?:what|which|who|whom|where|when|how)\b[^,]{4,}),\s*(?!(?:right|correct|true|yes|no|or|and|like|i|is|was|were|are|did|do|does|who|what|when|where|why|how|which|lol|pls|please|thanks|tho|though|again|exactly|per|according|acc|as|in|on|at|by|for|from|with|to|of|about|via|if|then|so|but|any)\b)([\p{L}\d.'-]+(?:\s+[\p{L}.'-]+){0,2})\s*\?+\s*$/iu;
// "how long did the talks go for, like a day?": a hedged guess after a question of time, place or manner, which
// its answer settles. (Not after "what": "what did they do, like drills?" offers a thing the answer must have.)
const HEDGED_GUESS_TAIL =
  /^((?:where|when|how)\b[^,]{4,}),\s*(?:like|maybe|probably|roughly|about|around)\s+(?!(?:who|what|when|where|why|how|which|is|was|were|are|did|do|does|i|you|u)\b)([\p{L}\d.'-]+(?:\s+[\p{L}\d.'-]+){0,3})\s*\?+\s*$/iu;
// "where in the article is <X> mentioned", "where does the article mention <X>": the sentences that name <X>.
const WHERE_MENTIONED =
  /^where (?:in (?:the|this) (?:article|piece|story|text) (?:is|are|was|were|does (?:it|the article) mention|do they mention) (.+?)(?: mentioned| named| brought up)?|(?:does|did) (?:the|this) (?:article|piece|story|text) (?:mention|name|bring up) (.+?))\s*\?*$/i;
// "what <X> thing is the article talking about", "which <X> does it mean": what the <X> is.
const WHICH_THING_MEANT =
  /^(?:what|which) ((?:[\p{L}'-]+\s+){0,3}[\p{L}'-]+?)\s+(?:is|was|does|did) (?:the|this|that) (?:article|piece|story|report|text|writer|author) (?:talking about|talk about|on about|referring to|refer to|mean|meaning|getting at)\s*\?*$/iu;
// "so 16 rounds before this one?": a count put up without a verb claims there were that many.
const COUNT_WITHOUT_VERB =
  /^(?:(?:so|and|ok|okay|wait)\s*,?\s+)?(\d{1,3}\s+(?:[a-z-]+\s+){0,2}[a-z-]+s\s+(?:before|after|prior to|earlier than|since|in total|total|altogether|in all)\b[^?]*)\?+\s*$/i;
// "so the whole reason <X happened> was <Y>?": the claim "<X happened> because of <Y>" ("only because of <Y>"
// when it was the only reason).
const REASON_WAS =
  /^(?:(?:so|and|wait|ok)\s*,?\s+)?(?:the\s+)?(?:whole\s+|(only)\s+|main\s+|real\s+|actual\s+)?reason\s+(?:why\s+|that\s+)?(.+?)\s+(?:was|is)\s+(?!(?:that|because)\b)(.+?)\s*\?+\s*$/i;
// "what does the article call <X>, a <Y> toward what?": the blank after the comma is what is asked.
const CALLS_BLANK =
  /^what (?:does|did) (?:the|this) (?:article|piece|story|report|text|author|writer) (call|describe|label|term|dub) (.+?),\s*((?:a|an|the)\s+[^,?]+?\s+(?:what|who|which|whom))\s*\?*$/i;
// "and the <X> call, also in <place>?": a claim about the thing named first.
const TOPIC_THEN_CLAIM =
  /^(?:(?:and|so|what about|how about)\s+)?(the\s+[^,?]{3,60}?)\s*,\s*(?:(?:also|too|same|again)\s+)?((?:in|at|on|during|before|after|via|over|by)\s+[^,?]+?)(?:\s+(?:too|also|as well))?\s*\?+\s*$/i;
// "besides the <X> talks, was there another meeting?": the question first, what is set aside after it.
const ASIDE_FIRST =
  /^(besides|apart from|aside from|other than|except for|excluding)\s+(.+?)\s*,?\s+((?:was|were|is|are|did|do|does|has|have|had|any|who|whom|what|which|how many)\b.+?)\s*(\?*)\s*$/i;
// "whats <X>'s position lol its a mouthful": a remark after "lol", with no question of its own, is chatter.
const REMARK_AFTER_LOL =
  /^((?:who|whom|whose|what|whats|what's|when|where|why|how|which|is|was|are|were|did|does|do)\b.+?)\s+(?:lol|lmao|haha|ngl|tbh)\s+(?!.*\b(?:who|whom|whose|what|whats|when|where|why|how|which)\b)[^?]+$/i;
// "my teacher would kill me but whats <X>'s name": a remark about oneself, then "but" and the question.
const SELF_REMARK_BUT =
  /^(?:(?:lol|lmao|ok|okay|ngl|tbh|so|wait|sorry)\W+)*(?!i (?:know|knew|get|got|see|saw|read|heard|understand)\b)(?:i|im|i'm|ive|i've|my|me|might|maybe|prob|probably|idk|dumb|random|this might|this may|could be)\b[^?]{0,80}?\s+but\s+((?:who|whom|whose|what|whats|what's|when|where|why|how|which|is|was|are|were|did|does|do)\b[^?]*\?*)\s*$/i;
// "lol my feed is all election stuff, anyway <the question>": what comes before "anyway" is chatter.
// (Set off by punctuation: "what happened anyway in the talks" is one question.)
const BEFORE_ANYWAY = /^[^?]{3,160}?[,.;!]+\s*(?:but\s+)?(?:anyway|anyways|anyhow)[,.;!:]*\s+(?=\S)/i;
// "idk who <X> is but what was his title": the question, with <X> for its pronoun.
const UNKNOWN_THEN_QUESTION =
  /^(?:(?:lol|lmao|ok|okay|so|wait|ngl|tbh)\W+)*(?:idk|i dont know|i don't know|i do not know|dunno|not sure|no idea)\s+who\s+(\S.{0,40}?)\s+(?:is|was|are|were)\s*,?\s*(?:but|tho|though)?\s+((?:who|whom|whose|what|whats|what's|when|where|why|how|which|is|was|are|were|did|does|do)\b.+)$/i;
// "whats <X>'s title, its a mouthful": a short remark after a wh-question, with no question of its own.
const REMARK_AFTER_COMMA =
  /^((?:who|whom|whose|what|whats|what's|when|where|why|how|which)\b[^,]+?)\s*,\s*(?:its|it's|it is|thats|that's|that is)\s+(?:(?:a|so|such|kinda|pretty|really|very|lowkey)\s+){0,2}\p{L}+[!.]*$/iu;
// "did u see the <X> thing, where were they held": the question, with <X> for its pronoun.
const SEEN_THEN_QUESTION =
  /^(?:(?:yo|hey|so|ok|okay)\s+)?(?:did|have) (?:you|u|ya|yall|y'all) (?:see|seen|hear|heard|read)(?: about)? (.+?)(?:\s+thing)?\s*,\s*(.+)$/i;
// "does the article bring up <X> at all?": whether it names <X>.
const ARTICLE_BRINGS_UP =
  /^(?:(?:so|and|ok)\s+)?(?:does|did) (?:the|this) (?:article|piece|story|report|text) (?:bring up|mention|talk about|touch on|cover|discuss|get into)\s+(?!(?:that|whether|if|why|how|who|what|when|where|anything|anyone)\b)(.+?)(?:\s+at all)?\s*(\?*)\s*$/i;
// "any mention of <X>?": whether the article names it.
const ANY_MENTION =
  /^(?:(?:so|and|ok)\s+)?(?:(?:is|was) there\s+)?(?:any|a) mention(?:s)? of (.+?)(?:\s+(?:in there|in the article|in it|at all))?\s*(\?*)\s*$/i;
// "<X> means which country?": what <X> stands for, in the question's usual order.
const MEANS_WHICH =
  /^(?:.*,\s*)?([\p{L}.'-]+(?:\s+[\p{L}.'-]+)?)\s+(?:means|stands for)\s+(?:which|what)\s+\p{L}+\s*(\?*)\s*$/iu;
// "any other meeting besides <X>?": whether there was one.
const ANY_OTHER = /^(?:(?:so|and|but|ok)\s+)?(any (?:other|more)\s+\S.*)$/i;
// "does the article say <A> is <B>?": the claim "<A> is <B>" (not "say anything / why / what ...").
const SAYS_CLAIM =
  /^(?:does|did) (?:the|this) (?:article|piece|story|report|text|author|writer) (?:say|state|claim|report|mention) (?:that )?(?!(?:anything|much|something|about|who|whom|whose|what|when|where|why|how|which|if|whether)\b)(\S+(?:\s+\S+)*?\s+(?:is|was|are|were|has|had|did|went|met|held)\b.*)$/i;
const SUBJECT_PRONOUN: Readonly<Record<string, string>> = { him: 'he', her: 'she', them: 'they' };
const REMIND_AGAIN =
  /^((?:who|whom|whose|what|whats|what's|when|where|which)\b(?:(?!\b(?:will|'ll|gonna|going|next|ever)\b).)*?)\s+again\s*(\?*)\s*$/i;
// "do you know if the talks were in <a city>?": a yes/no question about what follows.
const IF_CLAIM = /^(?:if|whether) /i;
// "how are ties these days per the article": a word of the present in a question asked of the article is the
// article's present, dropped before the source is (then nothing would say whose present it is).
const PRESENT_PER_ARTICLE =
  /\s*\b(?:these days|nowadays|right now|rn|at the moment|atm|currently|now)\b(?=.*\b(?:per|according to|acc to|going by|based on) (?:the |this )?(?:article|story|piece|report)\b)|(?<=\b(?:per|according to|acc to|going by|based on) (?:the |this )?(?:article|story|piece|report)\b.*)\s*\b(?:these days|nowadays|right now|rn|at the moment|atm|currently|now)\b/i;

/** @example unwrapQuestion('is it true that <a country> shot down a drone?') // { text: '<a country> shot down a drone?', claim: true } */
export function unwrapQuestion(
  text: string,
  /** Whether a word names a person ("general", "guy"): only a person's name is asked "who is". */
  personWord: (word: string) => boolean = () => false,
  register: ChatRegister = loadChatRegister(),
): UnwrappedQuestion {
  let rest = text.trim();
  let claim = false;
  let offered: string | undefined;
  let guess: string | undefined;
  for (let pass = 0; pass < 4; pass++) {
    const before = rest;
    // Keep short small talk whole: "Hi, how are you?" is a greeting, not the question "how are you?".
    const filler = rest.replace(FILLER, '');
    if (filler !== rest && /\p{L}/u.test(filler) && filler.split(/\s+/).length > 3) rest = filler;
    // "u know the guy from <X>, whats his name", "you know who <A> met?": what follows is asked.
    rest = rest.replace(YOU_KNOW, '');
    if (ASKING_START.test(rest)) for (const pattern of ASKING) rest = rest.replace(pattern, '');
    if (/\b(?:per|acc|according|going by|based on)\b/i.test(rest))
      rest = rest.replace(PRESENT_PER_ARTICLE, '');
    rest = rest
      .replace(SOURCE_FIRST, '')
      .replace(SOURCE_LAST, '$1')
      .replace(WHEN_WRITTEN, ' at the time of the article$1');
    // "what does <X> mean in '<a phrase>'", "in '<a phrase>' the <X> is which country": where <X> was read.
    if (/['"‘“]/.test(rest)) rest = rest.replace(QUOTED_PLACE_LAST, '$1').replace(QUOTED_PLACE_FIRST, '');
    rest = register.plain(rest);
    if (/\b(?:acc|according|per)\b/i.test(rest)) rest = rest.replace(SAID_BY_LAST, '$1, $2 said$3');
    // "who shot it down again?", "whats his name again": "again" asks to be reminded, of no second time.
    // (Not of what is to come: "when will they meet again".)
    if (/\bagain\s*\?*\s*$/i.test(rest)) rest = rest.replace(REMIND_AGAIN, '$1$2');
    // "how come ..." asks why.
    rest = rest.replace(/^how come\b/i, 'why').replace(LIKE, '');
    // (The rewrites below each need a word most questions lack: checked first, cheaply.)
    const last = lastWord(rest).toLowerCase();
    // "what's the name of <someone>", "what's <someone>'s name": who they are.
    if (/name/i.test(rest)) rest = askedByName(rest, personWord);
    // "which (us) politician's trip caused <X>": whose trip, the one a person word asks for.
    const whichOne = /^which\s+(?:[\p{L}.-]+\s+)?([\p{L}-]+)(?:'s|’s)\s+/iu.exec(rest);
    // (Not "which one's <demonym>", where "'s" is "is": a possessive has a noun and more after it.)
    const owned = whichOne ? rest.slice(whichOne[0].length) : '';
    if (
      whichOne?.[1] &&
      whichOne[1].toLowerCase() !== 'one' &&
      personWord(whichOne[1].toLowerCase()) &&
      /\S\s+\S/.test(owned)
    )
      rest = `whose ${owned}`;
    // "whats the <thing> ppl keep bringing up": who talks about it is not part of the question.
    if (cueWords().chatterEnds.has(last)) rest = rest.replace(CHATTER, '$1');
    // "it started wen", "ended wen": the question word typed last goes first.
    if (LAST_WH.has(last)) {
      rest = rest.replace(THING_DONE_WAS_WHAT, 'what did $1 do $2 $3?');
      const moved = rest.replace(TRAILING_WH, '$2 $1?');
      rest = moved !== rest ? moved : rest.replace(TRAILING_WH_AFTER_BE, '$2 $1?');
    }
    // "first day was?": what the phrase before a trailing "was" is.
    if (LAST_BE.has(last)) rest = rest.replace(TRAILING_BE, 'what $2 $1?');
    if (ABOUT_START.test(rest))
      for (const pattern of ABOUT) {
        if (pattern.test(rest)) rest = rest.replace(pattern, 'tell me about ').replace(IN_THE_ARTICLE, '$1');
      }
    if (
      cueWords().tailChecks.has(last) &&
      CHECK_TAIL.test(rest) &&
      rest.replace(CHECK_TAIL, '').split(/\s+/).length >= 3
    ) {
      rest = `${rest.replace(CHECK_TAIL, '')}?`;
      claim = true;
    }
    if (CLAIM.test(rest)) {
      rest = rest.replace(CLAIM, '');
      claim = true;
    }
    if (
      TAG_ENDS.has(lastWord(rest).toLowerCase()) &&
      TAG.test(rest) &&
      !/^(?:who|whom|whose|what|when|where|why|how|which)\b/i.test(rest) &&
      // ("is it right?", "is this true?": nothing is claimed before the tag.)
      rest.replace(TAG, '').trim().split(/\s+/).length > 2 &&
      // ("<a remark>, was it <X> or nah": the tag closes the question after the remark, which claims nothing.)
      !remarkThenQuestion(rest.replace(TAG, ''))
    ) {
      rest = `${rest.replace(TAG, '')}?`;
      claim = true;
    }
    // ("<A> was a <B> or": a bare "or" closing a statement with its verb leaves it up for checking.)
    // (Not after alternatives offered, "in <A> or <B> or": that asks which.)
    if (
      BARE_OR.test(rest) &&
      STATED_VERB.test(rest) &&
      !YES_NO_OR_WH.test(rest) &&
      !/\sor\s/i.test(rest.replace(BARE_OR, ''))
    ) {
      rest = `${rest.replace(BARE_OR, '')}?`;
      claim = true;
    }
    // "<a statement> ok": an "ok" closing a statement (not a question: "was it ok") puts it up for checking.
    if (OK_TAG.test(rest) && !YES_NO_OR_WH.test(rest)) {
      rest = `${rest.replace(OK_TAG, '')}?`;
      claim = true;
    }
    // "what kind of meeting was it, phone or in person or what": the options offered are the member's guesses.
    const options = OPTIONS_TAIL.exec(rest);
    // (Not of an order, nor "which is it, <A> or <B>", "which one ...": the choice is the question there.)
    if (
      options?.[1] &&
      options[2] &&
      !/\b(?:first|before|after|earlier|later)\b/i.test(rest) &&
      !/\bwhich\s+(?:is|was|are|were|one|ones|of|did|does|do|'s|s)\b/i.test(rest)
    ) {
      offered = options[2];
      rest = `${options[1]}?`;
    }
    // "what agency is he part of, state dept?": one guess after the question, which its answer settles.
    // (Not whose words they are: "..., the minister said?".)
    const guessed =
      options || /\b(?:said|says)\s*\?*\s*$/i.test(rest)
        ? null
        : (GUESS_TAIL.exec(rest) ?? HEDGED_GUESS_TAIL.exec(rest));
    if (guessed?.[1]) {
      rest = `${guessed[1]}?`;
      guess = guessed[2];
    }
    // "did <A> and <B> meet virtually too, like <C> and <D>?": the comparison is not part of the claim.
    if (COMPARISON_WORDS.test(rest)) rest = rest.replace(COMPARISON_TAIL, '$1');
    const cleft = CLEFT.exec(rest) ?? CLEFT_ONE.exec(rest);
    if (cleft) {
      rest = `${cleft[1]} ${cleft[2]}`.replace(NOT_TAIL, '$1');
      if (!rest.endsWith('?')) rest = `${rest}?`;
      claim = true;
    }
    // (The rewrites below each start with words most questions lack: checked first, cheaply.)
    const articleAsked = /^(?:(?:so|and|ok)\s+)?(?:does|did) (?:the|this) /i.test(rest);
    const says = articleAsked ? SAYS_CLAIM.exec(rest)?.[1] : undefined;
    if (says) {
      rest = says.endsWith('?') ? says : `${says}?`;
      claim = true;
    }
    if (articleAsked && !says) rest = rest.replace(ARTICLE_BRINGS_UP, 'is $1 mentioned$2');
    const reason = /\breason\b/i.test(rest) ? REASON_WAS.exec(rest) : null;
    // (The only reason claims no other: "<X happened> only because of <Y>".)
    if (reason?.[2] && reason[3]) {
      rest = `${reason[2]}${reason[1] ? ' only' : ''} because of ${reason[3]}?`;
      claim = true;
    }
    const meant = /^(?:what|which)\s/i.test(rest) ? WHICH_THING_MEANT.exec(rest)?.[1] : undefined;
    if (meant) rest = `what is the ${meant}?`;
    const mentioned = /^where\b/i.test(rest) ? WHERE_MENTIONED.exec(rest) : null;
    const named = mentioned?.[1] ?? mentioned?.[2];
    if (named) rest = `is ${named} mentioned?`;
    const counted = COUNT_WITHOUT_VERB.exec(rest)?.[1];
    if (counted) {
      rest = `were there ${counted}?`;
      claim = true;
    }
    const blank = /^what /i.test(rest) ? CALLS_BLANK.exec(rest) : null;
    if (blank?.[1] && blank[2] && blank[3])
      rest = `the article ${blank[1].toLowerCase()}s ${blank[2]} ${blank[3]}?`;
    const calls = CALLS.exec(rest);
    if (calls) {
      // (The object pronoun as the claim's subject: "call him <Y>" is "he is <Y>".)
      const subject = SUBJECT_PRONOUN[calls[1]?.toLowerCase() ?? ''] ?? calls[1];
      rest = `${subject} ${subject === 'they' ? 'are' : 'is'} ${calls[2]}?`;
      claim = true;
    }
    const topicClaim = rest.includes(',') ? TOPIC_THEN_CLAIM.exec(rest) : null;
    if (topicClaim?.[1] && topicClaim[2]) {
      rest = `was ${topicClaim[1]} ${topicClaim[2]}?`;
      claim = true;
    }
    const seen = /\b(?:see|seen|hear|heard|read)\b/i.test(rest) ? SEEN_THEN_QUESTION.exec(rest) : null;
    if (
      seen?.[1] &&
      seen[2] &&
      /^(?:who|whom|whose|what|whats|when|where|why|how|which|is|was|are|were|did|does|do)\b/i.test(seen[2])
    ) {
      const topic = seen[1];
      rest = seen[2].replace(/\b(?:they|them|it)\b/i, () => topic);
    }
    if (/\b(?:lol|lmao|haha|ngl|tbh)\b/i.test(rest)) rest = rest.replace(REMARK_AFTER_LOL, '$1');
    if (/\sany(?:way|ways|how)\b/i.test(rest)) rest = rest.replace(BEFORE_ANYWAY, '');
    const unknown = /\bwho\b/i.test(rest) ? UNKNOWN_THEN_QUESTION.exec(rest) : null;
    if (unknown?.[1] && unknown[2] && /\b(?:his|her|their|he|she|they|him|them)\b/i.test(unknown[2])) {
      const who = unknown[1];
      rest = unknown[2].replace(/\b(?:(his|her|their)|he|she|they|him|them)\b/i, (_p, owner?: string) =>
        owner ? `${who}'s` : who,
      );
    }
    if (/\sbut\s/i.test(rest)) rest = rest.replace(SELF_REMARK_BUT, '$1');
    if (/,\s*(?:it|that)(?:s|'s| is)\s/i.test(rest)) rest = rest.replace(REMARK_AFTER_COMMA, '$1');
    if (/\bmentions?\b/i.test(rest)) rest = rest.replace(ANY_MENTION, 'is $1 mentioned$2');
    if (/\b(?:means|stands for)\b/i.test(rest)) rest = rest.replace(MEANS_WHICH, 'what does $1 mean$2');
    if (/^(?:besides|apart|aside|other|except|excluding)\b/i.test(rest))
      rest = rest.replace(ASIDE_FIRST, '$3 $1 $2$4');
    if (/^(?:(?:so|and|but|ok)\s+)?any (?:other|more)\b/i.test(rest))
      rest = rest.replace(ANY_OTHER, 'was there $1');
    if (IF_CLAIM.test(rest)) {
      rest = rest.replace(IF_CLAIM, '');
      claim = true;
    }
    if (rest === before) break;
  }
  if (!/\p{L}/u.test(rest)) return { text, claim: false };
  return { text: rest, claim, ...(offered ? { offered } : {}), ...(guess ? { guess } : {}) };
}
