/**
 * "Were the talks in <A> or in <B>?", "was it a general or a civilian": a yes/no question offering two
 * alternatives asks which holds, so it is split into the two claims it offers, each checked on its own.
 */
import { cueWords } from './cue-words.js';
import type { Answer } from './types.js';
import { capitalize } from './wording.js';

const YES_NO_START = /^(?:is|was|were|are|did|does|do|has|have|had|can|could|will|would)\b/i;
// "or not", "or what", "or smth": a tag on one claim, not a second alternative; "or is it ...", "or was that
// ...": a second question.
const TAG_AFTER_OR =
  /^(?:not|what|wat|smth|something|sth|so|anything|nah|no|nope|else|whatever|is|was|are|were|did|does|do|has|have|had|can|could|will|would)\b/i;
const OPEN_TAG = /\s+or\s+(?:what|wat|smth|something|sth|nah|whatever)\s*$/i;
// "before or after": which came first, for the ordering check.
const ORDER_WORDS = /^(?:before|after|earlier|later|first|second)$/i;
const RIGHT_TAIL =
  /(?:\s+(?:right now|now|currently|at the moment|these days|then|tho|though|lol|actually|really|exactly|at all|(?:in|according to|per) (?:the|this) (?:article|story|piece|report)))+$/i;
// "virtual or in person": a second alternative that opens with a preposition answers the last word.
const PREPOSITIONS = /^(?:in|at|on|by|via|over|from|to|with)$/i;

/** An option as the reply opens with it: a two-letter abbreviation in capitals ("<AB>"), else capitalised. */
// (With its article: "the <ab>" -> "The <AB>".)
const shown = (option: string): string => {
  const [, the = '', word = ''] = /^(the\s+)?([a-z]{2})$/i.exec(option) ?? [];
  return word && !/^(?:in|on|at|to|by|no|so|ok|it|is|as|or|an|of|up|we|he|me|my)$/i.test(word)
    ? capitalize(`${the}${word.toUpperCase()}`)
    : capitalize(option);
};

/** The party a phrase is the whole name of, if any. */
export type PartyOf = (phrase: string) => { kind: string; name: string } | undefined;

/** The first of the phrases that names a party of the kind, with its place in the list (each read once, in order). */
function firstOfKind(
  phrases: readonly string[],
  kind: string,
  partyOf: PartyOf,
): { at: number; party: { kind: string; name: string } } | undefined {
  for (const [at, phrase] of phrases.entries()) {
    const party = partyOf(phrase);
    if (party?.kind === kind) return { at, party };
  }
  return undefined;
}

export interface Alternatives {
  /** The question with the first alternative, then with the second. */
  claims: [string, string];
  /** The two alternatives as typed ("in <A>", "in <B>"). */
  options: [string, string];
}

/**
 * The two claims of an alternative question, or undefined when it offers no two alternatives.
 * @example splitAlternatives('were the talks in <A> or in <B>?')
 *   // { claims: ['were the talks in <A>?', 'were the talks in <B>?'], options: ['in <A>', 'in <B>'] }
 */
const STATED_CLAIM =
  /^(?:(?:so|and|wait|ok|okay|hold on)\b)?[\s,]*((?!(?:who|what|which|when|where|why|how|whats|whos)\b)[^,;:?]*?\b(?:is|was|are|were|went|happened)\b[^?]*\bor\b[^?]*)$/i;
// ("the talks wrapped up on <A> or <B>", "<A> met <B> <C> or <D>": a past verb, read when no party is offered.)
const STATED_PAST =
  /^(?:(?:so|and|wait|ok|okay|hold on)\b)?[\s,]*((?!(?:who|what|which|when|where|why|how|whats|whos)\b)[^,;:?]*?\b(?:met|held|made|took|gave|got|went|came|said|told|saw|began|won|lost|sent|cut|led|left|found|brought|fell|broke|spoke|[a-z]{3,}ed)\b[^?]*\bor\b[^?]*)$/i;

export function splitAlternatives(
  text: string,
  /** The party a phrase names, its kind ("country", "person") and name, if it names one. */
  partyOf: PartyOf = () => undefined,
  /** Whether a phrase names a place (no party, but a subject all the same: "was <a place> or <A> ..."). */
  placeNamed: (phrase: string) => boolean = () => false,
): Alternatives | undefined {
  // ("or just the deputy": a hedge before the second alternative's article is no part of it, when the two
  // read as alternatives without it.)
  // ("significant or just routine": so is one before a bare word.)
  const unhedged = text
    .replace(/\bor\s+(?:just|only|merely|simply|really|actually|maybe|rather)\s+(?=(?:the|a|an)\s)/i, 'or ')
    // ("recent or like years ago": "like" hedges the second alternative.)
    .replace(/\bor\s+like\s+(?=\S)/i, 'or ')
    .replace(
      /\bor\s+(?:just|merely|simply)\s+(?=[a-z]+\b(?:\s+(?:according to|in|per)\b.*)?\s*\?*\s*$)/i,
      'or ',
    );
  if (unhedged !== text) {
    const split = splitAlternatives(unhedged, partyOf, placeNamed);
    if (split) return split;
  }
  const typed = text.trim().replace(/[?!.\s]+$/, '');
  // "<A> and <B>, virtual or in person": a topic, then the two alternatives said of it.
  const topic = /^([^,;:?]{3,60}?)\s*[,:;-]+\s*(\S+(?:\s+\S+){0,2}\s+or\s+\S+(?:\s+\S+){0,2})$/i.exec(typed);
  // ("how do <they> see <X>, <A> or <B>?": a question, then the two answers it offers.)
  const answers = topic?.[2]?.split(/\s+or\s+/i);
  if (topic?.[1] && /^(?:what|how)\b/i.test(topic[1]) && answers?.length === 2) {
    const [a = '', b = ''] = answers;
    return { claims: [`${topic[1]} ${a}?`, `${topic[1]} ${b}?`], options: [a, b] };
  }
  const clean =
    topic?.[1] &&
    topic[2] &&
    !YES_NO_START.test(typed) &&
    !/^(?:who|what|which|when|where|why|how)\b/i.test(typed)
      ? `was ${topic[1]} ${topic[2]}`
      : typed;
  // ("so <A>'s visit was to <B> or <C>": a claim put as a statement, with its verb before the choice.)
  let stated = STATED_CLAIM.exec(clean)?.[1];
  if (!YES_NO_START.test(clean) && !stated) {
    const offered = partyFirst(clean, partyOf);
    stated = offered ? undefined : STATED_PAST.exec(clean)?.[1];
    if (offered || !stated) return offered;
  }
  // ("<A> or <B> or what": the tag after the second alternative offers no third.)
  const parts = (stated ?? clean).replace(OPEN_TAG, '').split(/\s+or\s+/i);
  if (parts.length !== 2) return undefined;
  const [leftText = '', typedRight = ''] = parts;
  // ("high or low rn": a time or a hedge after the second alternative belongs to neither.)
  const rightText = typedRight.replace(RIGHT_TAIL, '');
  const named = (phrase: string) => partyOf(phrase) !== undefined || placeNamed(phrase);
  // ("did <A> cut off <X> or was it/that <B>": the second party offered for the same act.)
  // (With its article when the name needs it: "the us", which alone reads as the pronoun.)
  const wasItTyped = /^(?:was|is) (?:it|that|this) ((?:the )?\S+)$/i.exec(rightText);
  const wasIt = wasItTyped && [
    wasItTyped[0],
    named(wasItTyped[1]?.replace(/^the /i, '') ?? '') ? wasItTyped[1]?.replace(/^the /i, '') : wasItTyped[1],
  ];
  const words = leftText.split(/\s+/);
  const [aux0 = '', ...claimed] = words;
  if (wasIt?.[1] && YES_NO_START.test(aux0) && named(wasIt[1])) {
    const k = [2, 1].find((n) => n < claimed.length && named(claimed.slice(0, n).join(' ')));
    if (k) {
      const a = claimed.slice(0, k).join(' ');
      const rest = claimed.slice(k).join(' ');
      return { claims: [`${aux0} ${a} ${rest}?`, `${aux0} ${wasIt[1]} ${rest}?`], options: [a, wasIt[1]] };
    }
  }
  // ("did <A> come to <X> or did <B> go to <Y>": two whole questions, each checked; the reply says which holds.)
  if (
    YES_NO_START.test(leftText) &&
    YES_NO_START.test(rightText) &&
    leftText.split(/\s+/).length >= 3 &&
    rightText.split(/\s+/).length >= 3 &&
    // (Not one whose subject is the first: "was <A> the reason for <B> or did that come after".)
    !/^\S+ (?:it|that|this)\b/i.test(rightText)
  )
    return { claims: [`${leftText}?`, `${rightText}?`], options: ['the first', 'the second'] };
  if (TAG_AFTER_OR.test(rightText)) return undefined;
  const right = rightText.split(/\s+/);
  // ("the first day or last", "this year or last": the second alternative is the adjective alone, said of the
  // same noun.)
  const edge = /^(?:first|last|second|final|opening|closing|this|next|previous)$/i;
  const [adjective = '', noun = ''] = words.slice(-2);
  if (
    right.length === 1 &&
    edge.test(right[0] ?? '') &&
    words.length >= 4 &&
    edge.test(adjective) &&
    !edge.test(noun)
  ) {
    const stem = words.slice(0, -2).join(' ');
    return {
      claims: [`${stem} ${adjective} ${noun}?`, `${stem} ${right[0]} ${noun}?`],
      // ("last year", not "the last year": a time counted from now.)
      options: /^(?:year|month|week)$/i.test(noun)
        ? [`${adjective} ${noun}`, `${right[0]} ${noun}`]
        : [`the ${adjective} ${noun}`, `the ${right[0]} ${noun}`],
    };
  }
  // ("was <A> or <B> having the election": two parties offered as the subject, the rest said of either.)
  // ("did the <A> or <B> ...": with its article.)
  const subjects =
    words.length === 3 && words[1]?.toLowerCase() === 'the' ? [words[0] ?? '', `the ${words[2]}`] : words;
  if (subjects.length === 2 && YES_NO_START.test(subjects[0] ?? '') && named(subjects[1] ?? '')) {
    const n = [3, 2, 1].find((k) => k < right.length && named(right.slice(0, k).join(' ')));
    if (n) {
      const [aux = '', a = ''] = subjects;
      const b = right.slice(0, n).join(' ');
      const rest = right.slice(n).join(' ');
      return { claims: [`${aux} ${a} ${rest}?`, `${aux} ${b} ${rest}?`], options: [a, b] };
    }
  }
  // ("a virtual thing too or in person": "too" closes the first alternative, it is no part of it.)
  const left = (
    PREPOSITIONS.test(right[0] ?? '') ? leftText.replace(/\s+(?:too|also|as well)$/i, '') : leftText
  ).split(/\s+/);
  if (ORDER_WORDS.test(left.at(-1) ?? '') && ORDER_WORDS.test(right[0] ?? '')) return undefined;
  // ("after <B> or before": the order asked with its second word alone, which the timeline answers.)
  if (right.length === 1 && ORDER_WORDS.test(right[0] ?? '') && left.some((w) => ORDER_WORDS.test(w)))
    return undefined;
  // ("two days or one": a count against a bare count, of the same unit.)
  const count = /^(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)$/i;
  if (right.length === 1 && count.test(right[0] ?? '') && count.test(left.at(-2) ?? '') && left.length > 3) {
    const unit = left.at(-1) ?? '';
    const single = /^(?:1|one)$/i.test(right[0] ?? '') ? unit.replace(/s$/i, '') : unit;
    const stem = left.slice(0, -2).join(' ');
    return {
      claims: [`${stem} ${left.slice(-2).join(' ')}?`, `${stem} ${right[0]} ${single}?`],
      options: [left.slice(-2).join(' '), `${right[0]} ${single}`],
    };
  }
  // The first alternative starts where the second's first word last stands in the claim ("in <A> or in
  // <B>"); else it is as long as the second ("meet <first last> or <first last>"), or the last word before
  // a second that opens with a preposition ("virtual or in person").
  const lower = left.map((w) => w.toLowerCase());
  const repeated = lower.lastIndexOf((right[0] ?? '').toLowerCase());
  // ("a full <title> or deputy", "a virtual thing or in person": from "a" on, the whole noun phrase is the
  // first alternative.)
  const article = Math.max(lower.lastIndexOf('a'), lower.lastIndexOf('an'));
  const phrase =
    article >= left.length - 4 &&
    article > 1 &&
    // (Not against "the <B>"; "a <A> or an <B>" is two such phrases.)
    !/^(?:the)$/i.test(right[0] ?? '') &&
    !lower.slice(article + 1).some((w) => PREPOSITIONS.test(w) || /^(?:\d+|one|two|three|four|five)$/.test(w))
      ? left.length - article
      : 0;
  // ("the <X> thing in person or another video call": a noun phrase against a prepositional phrase; the first
  // alternative starts at its preposition.)
  const prepAt = lower.findLastIndex((w) => PREPOSITIONS.test(w));
  const against =
    /^(?:another|a|an|some)$/i.test(right[0] ?? '') && prepAt > 1 && prepAt >= left.length - right.length
      ? left.length - prepAt
      : 0;
  // ("work for state dept or defense": a bare noun against the phrase after a preposition just before it.)
  const objectAt = lower.findLastIndex((w) => PREPOSITIONS.test(w) || w === 'for');
  const afterPrep =
    right.length <= 2 && !PREPOSITIONS.test(right[0] ?? '') && objectAt > 1 && objectAt >= left.length - 3
      ? left.length - objectAt - 1
      : 0;
  // ("in person or online": a preposition with a bare noun saying how is one alternative, not its noun alone.)
  const manner = left.length > 2 && cueWords().mannerPhrases.has(lower.slice(-2).join(' ')) ? 2 : 0;
  // ("was <X> restarted or still cut off": a state put with "still" or "already" against the one word before
  // "or", the predicate of the same subject.)
  const aspect = right.length >= 2 && /^(?:still|already)$/i.test(right[0] ?? '') && left.length > 2;
  // (With a time after it, "good now or still bad": the two words.)
  const length = aspect
    ? /^(?:now|today|currently|then)$/i.test(left.at(-1) ?? '')
      ? 2
      : 1
    : phrase > 0
      ? phrase
      : manner > 0
        ? manner
        : against > 0
          ? against
          : PREPOSITIONS.test(right[0] ?? '')
            ? 1
            : Math.max(afterPrep, right.length);
  // ("in <A> or the <B>": a second alternative with its article, against the object of the last preposition,
  // not against an earlier "the".)
  const objectOfPrep =
    lower[0] !== 'the' &&
    right[0]?.toLowerCase() === 'the' &&
    prepAt > repeated &&
    prepAt >= left.length - 3 &&
    prepAt < left.length - 1;
  const start = objectOfPrep ? prepAt + 1 : repeated > 0 ? repeated : left.length - length;
  const first = left.slice(start);
  // What follows the second alternative is chatter ("... im confused lol"): it is as long as the first.
  const second = repeated > 0 && !objectOfPrep ? right.slice(0, first.length) : right;
  if (first.length === 0 || second.length === 0 || start < 2) return undefined;
  const stem = left.slice(0, start).join(' ');
  // "did <A> cut off the dialogue or <B>?": a party offered against the subject, not against the object.
  const offered = partyOf(second.join(' '));
  const subjectAt = YES_NO_START.test(left[0] ?? '') ? 1 : 0;
  const lengths = [3, 2, 1];
  const subject = offered
    ? firstOfKind(
        lengths.map((n) => left.slice(subjectAt, subjectAt + n).join(' ')),
        offered.kind,
        partyOf,
      )
    : undefined;
  const subjectLength = subject ? (lengths[subject.at] ?? 0) : 0;
  if (offered && subject && subjectAt + subjectLength < left.length && !partyOf(first.join(' '))) {
    const claim = (typed: string) =>
      `${[...left.slice(0, subjectAt), typed, ...left.slice(subjectAt + subjectLength)].join(' ')}?`;
    return {
      claims: [claim(left.slice(subjectAt, subjectAt + subjectLength).join(' ')), claim(second.join(' '))],
      options: [subject.party.name, offered.name],
    };
  }
  return {
    claims: [`${stem} ${first.join(' ')}?`, `${stem} ${second.join(' ')}?`],
    options: [first.join(' '), second.join(' ')],
  };
}

/** "so <A> cut off the dialogue or <B>?": a statement whose subject is offered against another party. */
function partyFirst(text: string, partyOf: PartyOf): Alternatives | undefined {
  const m =
    /^(?:(?:so|and|wait|ok|okay)\b[\s,]*)?(.+?)\s+or\s+((?:the\s+)?[\p{L}.'-]+(?:\s+[\p{L}.'-]+)?)$/iu.exec(
      text,
    );
  const [rest, other] = [m?.[1], m?.[2]];
  if (!rest || !other || /^(?:who|whom|whose|what|when|where|why|how|which)\b/i.test(rest)) return undefined;
  const offered = partyOf(other);
  if (!offered) return undefined;
  const words = rest.split(/\s+/);
  // (A phrase of k words at either end, leaving at least two words for the rest.)
  const fits = (lengths: number[]) => lengths.filter((k) => k < words.length - 1);
  // ("<A> met <B> or <C>?": the party before "or" is the one offered against.)
  const objectLengths = fits([2, 1]);
  const object = firstOfKind(
    objectLengths.map((k) => words.slice(-k).join(' ')),
    offered.kind,
    partyOf,
  );
  if (object) {
    const stem = words.slice(0, -(objectLengths[object.at] ?? 0)).join(' ');
    return { claims: [`${rest}?`, `${stem} ${other}?`], options: [object.party.name, offered.name] };
  }
  const subjectLengths = fits([3, 2, 1]);
  const subject = firstOfKind(
    subjectLengths.map((k) => words.slice(0, k).join(' ')),
    offered.kind,
    partyOf,
  );
  if (!subject) return undefined;
  const n = subjectLengths[subject.at] ?? 0;
  const tail = words.slice(n).join(' ');
  return {
    claims: [`${words.slice(0, n).join(' ')} ${tail}?`, `${other} ${tail}?`],
    options: [subject.party.name, offered.name],
  };
}

// "which general is <X>, <A> or <B>", "between <A> and <B>, which one was <X>", "<A> or <B>, who is <X>": a
// question asking which of two named things something holds of.
const WHICH = String.raw`(?:which|who)(?:\s+one|\s+of\s+(?:them|the\s+two)|(?:\s+[a-z]+){1,2})??`;
// (A bare "s" only after an apostrophe, "who's": not the end of a verb, "who claims".)
const VERB = String.raw`(?:\s+|'|’)?(is|was|are|were|(?<=['’])s)`;
// "which came first, <A> or <B>" is an ordering, checked by its own reading.
const ORDERING =
  /^(?:the\s+)?(?:first|earlier|earliest|later|latest|last|second|older|newer|more recent|before|after)$/i;
// (Up to four words each: "the <A> <B> talks or the <C> <D> one".)
const TWO_OR = String.raw`([\w.'-]+(?:\s+[\w.'-]+){0,3})\s+or\s+([\w.'-]+(?:\s+[\w.'-]+){0,3})`;
const TWO_AND = String.raw`([\w.'-]+(?:\s+[\w.'-]+){0,2})\s+and\s+([\w.'-]+(?:\s+[\w.'-]+){0,2})`;
// "who <did something>, <A> or <B>": the act (a verb of its own, not "is"), then the two offered.
const WHO_DID_OF_TWO = new RegExp(
  String.raw`^(?:who|which one|which of (?:them|the two))\s+((?!(?:is|was|are|were|s)\b)[a-z]+\s.+?)\s*[,:;-]+\s*${TWO_OR}$`,
  'i',
);
// Each reading, with where its groups put the verb, what is said, and the two named things.
const WHICH_OF: readonly { pattern: RegExp; verb: number; what: number; a: number; b: number }[] = [
  {
    pattern: new RegExp(String.raw`^${WHICH}${VERB}\s+(.+?)\s*[,:;-]+\s*${TWO_OR}$`, 'i'),
    verb: 1,
    what: 2,
    a: 3,
    b: 4,
  },
  {
    pattern: new RegExp(String.raw`^between\s+${TWO_AND}\s*,?\s*${WHICH}${VERB}\s+(.+)$`, 'i'),
    verb: 3,
    what: 4,
    a: 1,
    b: 2,
  },
  {
    pattern: new RegExp(String.raw`^${TWO_OR}\s*[,:;-]+\s*${WHICH}${VERB}\s+(.+)$`, 'i'),
    verb: 3,
    what: 4,
    a: 1,
    b: 2,
  },
];

/**
 * The two claims of a question asking which of two named things something holds of, or undefined.
 * @example splitWhichOf('which general is french, smith or jones')
 *   // { claims: ['is smith french?', 'is jones french?'], options: ['smith', 'jones'] }
 */
export function splitWhichOf(text: string): Alternatives | undefined {
  const clean = text
    .trim()
    .replace(/[?!.\s]+$/, '')
    .replace(RIGHT_TAIL, '');
  for (const reading of WHICH_OF) {
    const m = reading.pattern.exec(clean);
    const [verb, what, a, b] = [m?.[reading.verb], m?.[reading.what], m?.[reading.a], m?.[reading.b]];
    if (!verb || !what || !a || !b) continue;
    if (ORDERING.test(what)) return undefined;
    const typed = verb.toLowerCase();
    const be = typed === 'are' || typed === 's' ? 'is' : typed === 'were' ? 'was' : typed;
    // ("which is it, <A> or <B>": the alternatives are said of what was talked about.)
    if (/^(?:it|that|this|they|them)$/i.test(what))
      return { claims: [`${be} ${what} ${a}?`, `${be} ${what} ${b}?`], options: [a, b] };
    return { claims: [`${be} ${a} ${what}?`, `${be} ${b} ${what}?`], options: [a, b] };
  }
  return undefined;
}

/**
 * "who went to <X>, <A> or <B>": each offered put as having done it, or undefined.
 * @example splitWhoDidOfTwo('who went to <X>, <A> or <B>') // { claims: ['<A> went to <X>?', '<B> went to <X>?'], ... }
 */
export function splitWhoDidOfTwo(text: string): Alternatives | undefined {
  const clean = text
    .trim()
    .replace(/[?!.\s]+$/, '')
    .replace(RIGHT_TAIL, '');
  const act = WHO_DID_OF_TWO.exec(clean);
  if (!act?.[1] || !act[2] || !act[3] || ORDERING.test(act[1])) return undefined;
  return { claims: [`${act[2]} ${act[1]}?`, `${act[3]} ${act[1]}?`], options: [act[2], act[3]] };
}

/** A "No" resting on the article's hedge of a thing ("it says 'alleged'"), not on its saying otherwise. */
const HEDGED =
  /^No\. The article (?:says "(?:alleged|suspected|reported|purported|claimed)"|doesn't call it)/;
const HEDGE_WORD = /\b(?:alleged|allegedly|suspected|unconfirmed|reported|purported|claimed)\b/i;
const withoutVerdict = (text: string) => text.replace(/^(?:Yes|No)\.\s*/, '');

/**
 * Which alternative the two checked claims support: the one found so, or the one ruled out, or neither when
 * the article settles neither. Undefined when neither claim got an answer.
 */
export function chooseAlternative(alternatives: Alternatives, answers: [Answer, Answer]): Answer | undefined {
  const [a, b] = answers;
  const [optionA, optionB] = alternatives.options;
  const pick = (text: string, from: Answer): Answer => ({ ...from, text, verdict: undefined });
  // (A "Yes." read from one sentence's words alone does not stand beside a firmer one: "in person or virtual".)
  const firm = (x: Answer) => (x.confidence ?? 0) >= 0.6;
  if (a.verdict === 'yes' && b.verdict === 'yes' && firm(a) !== firm(b)) {
    const [kept, option] = firm(a) ? [a, optionA] : [b, optionB];
    return pick(`${shown(option)}: ${withoutVerdict(kept.text)}`, kept);
  }
  if (a.verdict === 'yes' && b.verdict === 'yes') {
    // (Both resting on the same words say them once.)
    const [first, second] = [withoutVerdict(a.text), withoutVerdict(b.text)];
    return pick(first === second ? `Both: ${first}` : `Both: ${first} ${second}`, a);
  }
  if (a.verdict === 'yes') return pick(`${shown(optionA)}: ${withoutVerdict(a.text)}`, a);
  if (b.verdict === 'yes') return pick(`${shown(optionB)}: ${withoutVerdict(b.text)}`, b);
  // ("was it a spy <thing> or a weather one" of an "alleged spy <thing>": a "No" to one only because the article
  // hedges it settles nothing; the article does not say which.)
  const hedged = [a, b].find((x) => HEDGED.test(x.text));
  // (Unless the hedge is one of the options: "confirmed or just alleged" is answered "Alleged".)
  const hedgeOffered = [optionA, optionB].find((o) => HEDGE_WORD.test(o));
  if (a.verdict === 'no' && b.verdict === 'no' && hedged && hedgeOffered)
    return pick(`${shown(hedgeOffered)}: ${withoutVerdict(hedged.text)}`, hedged);
  if (a.verdict === 'no' && b.verdict === 'no' && hedged)
    return {
      ...hedged,
      answered: false,
      verdict: undefined,
      text: `The article doesn't say which. ${withoutVerdict(hedged.text)}`,
    };
  if (a.verdict === 'no' && b.verdict === 'no') return pick(`Neither: ${withoutVerdict(a.text)}`, a);
  // (One ruled out and the other unsettled: the correction stands, worded as the claim's.)
  if (a.verdict === 'no') return a;
  if (b.verdict === 'no') return b;
  return undefined;
}
