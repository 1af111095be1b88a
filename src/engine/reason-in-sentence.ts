/**
 * The reason a sentence gives for what a why-question asks about: the clause a connective opens ("...
 * because <reason>", "Because <reason>, <what happened>"), or what came before "<reason> prompted <it>".
 */
import type { TokenSentence } from '../ingest/sentence-tokens.js';
import { capitalize } from './wording.js';

const CAUSE =
  /\b(which is why|which explains why|that is why|that's why|this is why|on the grounds that|ruling that|finding that|because of|because|due to|after|in response to|so that|since|thanks to|owing to|to prevent|in order to|as a result of|prompted|led to|using|so|when|caused by|triggered by|blamed on|stem(?:s|med) from|(?:began|begun|started) with|(?:the )?(?:main |chief |primary |likely |probable )?cause (?:was|is|had been)|(?:was|were|is|are) (?:the |a )?(?:most )?(?:likely |probable |main |chief |primary )?(?:source|cause) of)\b/gi;
/** Connectives that give grounds ("ruling that <X>"), read only when a sentence gives no other reason. */
const GROUNDS = /^(?:ruling that|finding that)$/i;
/** "<reason>, which is why <what followed>": the reason is the clause before, whatever words it shares. */
const RESULT_OF = /^(?:which is why|which explains why|that is why|that's why|this is why)$/i;
/** "<A> said (that)": what opens a reported clause, which the reason starts after. */
const REPORTED = /^.*?\b(?:said|says|told [\p{L} ]{1,30}?|explained|believes|thinks)(?: that)?\s+/iu;
/** "<reason> prompted <what followed>": the reason stands before the connective. */
const FORWARD = /^(prompted|led to)$/i;
/** "<reason> were the most likely source of <what happened>": the reason is the subject before it. */
const SOURCE_OF = /^(?:was|were|is|are) .*(?:source|cause) of$/i;
/** "Because <reason>, <what happened>": a reason that opens the sentence. */
const OPENING = /^(because|as a result of|due to|owing to|thanks to)\b/i;
/** A connective after which the cause itself is named ("began with <a breakdown>"): the answer is that cause. */
const NAMING = /^(?:caused by|triggered by|blamed on|stem(?:s|med) from|(?:began|begun|started) with)$/i;
/** A connective that may only tell what came first ("after <talks broke down>"), not why. */
const TEMPORAL = /^after\b/i;

/** Whether a reason read from a sentence only says what came before it ("after talks broke down"). */
export const onlyTemporal = (reason: string): boolean => TEMPORAL.test(reason);

const RELATIVE = /^(?:which|that|who|whom)$/i;

/** What "since" opens when it says from when, not why: a date, a year, "then", "last year". */
const SINCE_TIME =
  /^\s+(?:\d|then\b|(?:before|after|records began)\b|(?:the )?(?:first|second) world war\b|(?:last|early|late|mid|the (?:start|beginning|end|spring|summer|autumn|winter))\b|january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday)/i;

/** A stretch of time just before "since": "in the two weeks since <X>", "ever since". */
const SPAN_BEFORE = /\b(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|time|ever|long)\s*$/i;

/**
 * Whether a relative clause with a verb of its own stands between the question's last word before a connective
 * and the connective, after the question's verb: "<A> agreed to restart <X>, which had been cut off in response
 * to <B>" gives why <X> was cut off, not why it restarts.
 */
function relativeClauseBetween(s: TokenSentence, at: readonly number[], index: number): boolean {
  const before = at.filter((c) => c < index);
  if (before.length === 0) return false;
  const from = Math.max(...before);
  const between = s.tokens.filter((t) => t.start > from && t.start < index);
  const relative = between.findIndex((t) => RELATIVE.test(t.raw));
  if (relative < 0 || !between.slice(relative + 1).some((t) => t.pos === 'VERB')) return false;
  // (Only when the question's own act stands before it: its verb is matched in the main clause.)
  const relativeAt = between[relative]?.start ?? index;
  return s.tokens.some((t) => t.pos === 'VERB' && t.start < relativeAt && at.includes(t.start));
}

/** Whether a verb that is an act of its own stands between the question's last word and the connective. */
function actBetween(
  s: TokenSentence,
  at: readonly number[],
  index: number,
  ownAct: (lemma: string) => boolean,
) {
  const before = at.filter((c) => c < index);
  if (before.length === 0) return false;
  const from = Math.max(...before);
  return s.tokens.some((t) => t.start > from && t.start < index && t.pos === 'VERB' && ownAct(t.lemma));
}

const sentenceCase = (text: string) => `${text.charAt(0).toLowerCase()}${text.slice(1)}`;

/**
 * The reason the sentences give, near the question's words (`matched`: their token positions in a sentence).
 * @example reasonIn([parse('Because the pier is old, the council voted to rebuild it.')], ...) // "because the pier is old."
 */
export function reasonIn(
  sentences: readonly TokenSentence[],
  matched: (ts: TokenSentence) => number[],
  ownAct?: (lemma: string) => boolean,
): string | undefined {
  // The sentence holding most of the question first: "<X> was called off because <A>. <Y> was scrubbed when
  // <B>" answers why <Y> was scrubbed with <B>.
  const held = sentences.map((s) => ({ s, at: matched(s).map((k) => s.tokens[k]?.start ?? 0) }));
  held.sort((a, b) => b.at.length - a.at.length);
  const most = held[0];
  for (const { s, at } of held) {
    // (A sentence before the one holding most of the question gives another thing's reason: "<A> is crucial to
    // prevent <B>. <C> will take time" does not say why <C> will; one after it may go on about it.)
    if (
      most &&
      s !== most.s &&
      at.length < most.at.length &&
      sentences.indexOf(s) < sentences.indexOf(most.s)
    )
      continue;
    const text = s.sentence.text;
    if (OPENING.test(text)) {
      // (The reason runs to the last comma before the question's words, which are in the main clause.)
      const first = Math.min(...at.filter((c) => c > 0 && text.lastIndexOf(',', c) > 0));
      const comma = Number.isFinite(first) ? text.lastIndexOf(',', first) : -1;
      if (comma > 0) return `${sentenceCase(text.slice(0, comma))}.`;
    }
    // (A court's or a finding's grounds, "ruling that <X>", only when the sentence gives no other reason:
    // "ruling that <X> because <Y>" answers with <Y>.)
    let grounds: string | undefined;
    for (const m of text.matchAll(CAUSE)) {
      const index = m.index ?? 0;
      if (index === 0) continue;
      // ("<X> happened. The deal, reached after <Y>, ...": what came first, in a sentence that holds none of
      // the question is another thing's.)
      if (TEMPORAL.test(m[0]) && at.length === 0) continue;
      // ("paid since January", "since 2019": a time it began, no reason.)
      if (
        /^since$/i.test(m[0]) &&
        (SINCE_TIME.test(text.slice(index + m[0].length)) || SPAN_BEFORE.test(text.slice(0, index)))
      )
        continue;
      if (RESULT_OF.test(m[0])) {
        const before = text
          .slice(0, index)
          .replace(REPORTED, '')
          .replace(/[\s,;]+$/, '');
        if (before.split(/\s+/).length >= 3) return `${capitalize(before)}.`;
        continue;
      }
      if (SOURCE_OF.test(m[0])) {
        // (Only of what is asked about after it: "<X> were the source of <the outbreak>".)
        if (at.length === 0 || at.some((c) => c < index)) continue;
        // (Of a reported clause, from its "that": "<A> said on <a day> that <X> were ...".)
        const before = text.slice(0, index);
        const that = before.lastIndexOf(' that ');
        const subject = (that >= 0 ? before.slice(that + 6) : before.replace(REPORTED, '')).trim();
        if (subject.split(/\s+/).length >= 2) return `${capitalize(subject)}.`;
        continue;
      }
      if (FORWARD.test(m[0])) {
        // "<reason> prompted <what is asked about>": only when the question is about what followed.
        if (at.length === 0 || at.some((c) => c < index)) continue;
        return `${text.slice(0, index).trim()}.`;
      }
      // ("<X> was closed after an inspection found <the cables> had corroded": a reason holding all of the question's
      // words is for another act, not theirs.)
      if (at.length > 0 && at.every((c) => c > index)) continue;
      if (relativeClauseBetween(s, at, index)) continue;
      // (A thing asked about, `ownAct` telling the verbs that are acts of their own: a reason after one of them,
      // between the thing and the connective, is that act's.)
      if (ownAct && actBetween(s, at, index, ownAct)) continue;
      if (NAMING.test(m[0])) {
        const cause = text
          .slice(index + m[0].length)
          .trim()
          .replace(/[.]$/, '');
        return `${capitalize(cause)}.`;
      }
      if (GROUNDS.test(m[0])) {
        grounds ??= `${text.slice(index).replace(/[.]$/, '')}.`;
        continue;
      }
      return `${text.slice(index).replace(/[.]$/, '')}.`;
    }
    if (grounds) return grounds;
  }
  return undefined;
}
