/**
 * The two sides of a cause connective in one sentence: the clause before it and the one after it, found
 * from punctuation, conjunctions, relative pronouns and words of saying (grammar, not vocabulary).
 */
import type { ConnectiveRole, Gazetteer } from './gazetteer.js';
import { type Token, type TokenSentence, touching } from './sentence-tokens.js';

/** A stretch of a sentence: its words as written and their character offsets in the sentence. */
export interface TextSpan {
  text: string;
  start: number;
  end: number;
}

/** A connective's tokens in its sentence, and how it joins its sides. */
export interface ConnectiveMatch {
  at: number;
  end: number;
  role: ConnectiveRole;
}

// Punctuation that closes a clause (a comma does too, unless it sits inside a date: "Tuesday, Jan. 20").
const STOP = new Set(['.', '!', '?', ';', ':', '—', '–', '(', ')']);
// A word that swallowed a sentence's full stop ("in." before a capital): the clause ends with it.
const SWALLOWED = /^[a-z]{2,}\.$/;
const CONTRAST = new Set(['while', 'whereas', 'although', 'though', 'but', 'yet']);
const RELATIVE = new Set(['which', 'who', 'whom', 'whose']);
// Words trimmed from either end of a side.
const EDGE = /^(,|and|or|but|that|with|then|also|-|—)$/;
const CONTENT = new Set(['NOUN', 'PROPN', 'PRON', 'VERB', 'NUM']);

/**
 * Reads the two sides of a connective within the stretch between its neighbouring connectives.
 * @example new SideReader(ts, gazetteer, inDate, 0, ts.tokens.length).sidesOf({ at: 3, end: 5, role: 'cause' })
 */
export class SideReader {
  constructor(
    private readonly ts: TokenSentence,
    private readonly g: Gazetteer,
    private readonly inDate: (i: number) => boolean,
    private readonly floor: number,
    private readonly ceiling: number,
  ) {}

  private t(i: number): Token | undefined {
    return this.ts.tokens[i];
  }

  /** A comma that ends a clause: not one inside a date, nor the one in "on Friday, Feb. 28". */
  private isComma(i: number): boolean {
    const weekdayDate = this.t(i - 1)?.pos === 'PROPN' && this.inDate(i + 1) && !this.inDate(i - 1);
    return this.t(i)?.raw === ',' && !this.inDate(i) && !weekdayDate;
  }

  sidesOf(m: ConnectiveMatch): { effect: TextSpan; cause: TextSpan } | undefined {
    const before = () => this.before(m.at);
    const after = (from = m.end) => this.after(from);
    const pair = (effect?: [number, number], cause?: [number, number]) => {
      const e = effect && this.span(effect);
      const c = cause && this.span(cause);
      return e && c ? { effect: e, cause: c } : undefined;
    };
    const passive = this.t(m.at - 1)?.lemma === 'be';
    if (m.role === 'result') {
      // "<result> was caused by <cause>"; "a stroke caused by <cause>" (the noun phrase just before).
      if (this.t(m.end)?.normal === 'by') {
        const result: [number, number] = passive ? (before() ?? [m.at, m.at]) : [this.antecedent(m.at), m.at];
        return pair(result, this.agent(m.end + 1));
      }
      return passive ? undefined : pair(after(), before());
    }
    if (m.role === 'blame') return this.blame(m, passive);
    // "Because <cause>, <effect>": the connective opens the sentence.
    const fronted = this.ts.tokens
      .slice(0, m.at)
      .every((t) => t.pos === 'CCONJ' || t.pos === 'ADV' || t.pos === 'PUNCT');
    if (fronted) {
      let cause = after();
      // "After <name>, <who they are>, <did something>, <effect>": the cause runs to its verb.
      const named =
        cause !== undefined &&
        this.ts.tokens
          .slice(cause[0], cause[1])
          .every((t, k) => t.pos === 'PROPN' || t.pos === 'PUNCT' || touching(this.t(m.end + k - 1), t));
      for (let k = 0; named && k < 2 && cause && this.isComma(cause[1]) && !this.hasVerb(cause); k++) {
        const more = this.after(cause[1] + 1);
        if (more) cause = [cause[0], more[1]];
      }
      return cause ? pair(this.mainClause(cause[1]), cause) : undefined;
    }
    return pair(before(), after());
  }

  /** "<A> blamed <effect> on <cause>", "<A> blamed <cause> for <effect>", and the same in the passive. */
  private blame(m: ConnectiveMatch, passive: boolean) {
    const rest = this.after(m.end);
    if (!rest) return undefined;
    const words = this.ts.tokens.slice(rest[0], rest[1]).map((t) => t.normal);
    const on = words.indexOf('on');
    const forAt = words.indexOf('for');
    const link = on >= 0 ? on : forAt;
    if (link < 0) return undefined;
    const split = rest[0] + link;
    const first: [number, number] | undefined = passive ? this.before(m.at) : [m.end, split];
    const second = this.after(split + 1);
    const a = first && this.span(first);
    const b = second && this.span(second);
    if (!a || !b) return undefined;
    return on >= 0 ? { effect: a, cause: b } : { effect: b, cause: a };
  }

  /** The clause after a connective: up to a clause's end, a relative pronoun or the next connective. */
  private after(from: number): [number, number] | undefined {
    let i = from;
    while (i < this.ceiling) {
      const t = this.t(i);
      if (!t || STOP.has(t.raw) || this.isComma(i) || CONTRAST.has(t.normal) || RELATIVE.has(t.normal)) break;
      i++;
      if (SWALLOWED.test(t.raw) && /^[A-Z]/.test(this.t(i)?.raw ?? '')) break;
    }
    return i > from ? [from, i] : undefined;
  }

  /** The noun phrase after "by": up to the verb of the clause it sits in ("by the quake buried ..."). */
  private agent(from: number): [number, number] | undefined {
    const clause = this.after(from);
    if (!clause) return undefined;
    const words = this.ts.tokens.slice(from, clause[1]);
    const verb = words.findIndex((t) => t.pos === 'VERB' || t.pos === 'AUX');
    // (All of it when a clause with its own subject describes the noun: "by a pattern we could not ignore".)
    return verb > 0 && !words.slice(0, verb).some((t) => t.pos === 'PRON') ? [from, from + verb] : clause;
  }

  private hasVerb([from, to]: [number, number]): boolean {
    return this.ts.tokens.slice(from, to).some((t) => t.pos === 'VERB');
  }

  /** Who said it, alone (", he said,", ", officials from both sides said,"): an aside, not a clause. */
  private isAside([from, to]: [number, number]): boolean {
    const said = this.ts.tokens
      .slice(Math.max(from, to - 2), to)
      .some((t) => this.g.reportingVerbs.has(t.lemma));
    return to - from <= 6 && said;
  }

  /** After a fronted cause ("Because <cause>, <effect>"): the first clause after it with a verb. */
  private mainClause(from: number): [number, number] | undefined {
    let i = from;
    while (i < this.ceiling) {
      while (this.isComma(i)) i++;
      const clause = this.after(i);
      if (!clause) return undefined;
      // ", he said, <clause>": the words of saying are not the main clause.
      if (!this.isAside(clause) && this.hasVerb(clause)) return clause;
      i = clause[1];
    }
    return undefined;
  }

  /** The clause before a connective, back to a clause boundary, without who reported it. */
  private before(at: number): [number, number] | undefined {
    let end = at;
    while (end > this.floor && this.isComma(end - 1)) end--;
    let start = this.clauseStart(end);
    // ", reached early on <day>": a participle clause says what happened to the phrase before its comma.
    const participle = this.t(start)?.pos === 'VERB' && /(ed|ing)$/.test(this.t(start)?.raw ?? '');
    if (start > this.floor && this.isComma(start - 1) && (end - start < 3 || participle)) {
      const previous: [number, number] = [this.clauseStart(start - 1), start - 1];
      if (this.isAside(previous) && previous[0] > this.floor && this.isComma(previous[0] - 1)) {
        // "It was that dispute, officials said, that caused ...": the clause before the aside.
        end = previous[0] - 1;
        start = this.clauseStart(end);
      } else if (end - start < 3 || !this.hasVerb(previous)) start = previous[0];
    }
    // A relative pronoun alone ("the wildfire which forced ..."): the side is the noun it stands for.
    if (RELATIVE.has(this.t(end - 1)?.normal ?? '') && end - 1 > start) end--;
    // "It was <the cause> that ...": the cleft's noun phrase.
    if (this.t(start)?.normal === 'it' && this.t(start + 1)?.lemma === 'be' && end - start > 3) start += 2;
    start = this.afterSaying(start, end);
    return end > start ? [start, end] : undefined;
  }

  /**
   * Where the clause said or done begins, after its words of saying: "<A> said <clause>", "ruling that
   * <clause>", "told <B> that <clause>", "with <A> <verb>ing <what>".
   */
  private afterSaying(start: number, end: number): number {
    const says = (x: Token | undefined) => x?.pos === 'VERB' && this.g.reportingVerbs.has(x.lemma);
    for (let i = end - 2; i >= start; i--) {
      const t = this.t(i);
      const next = this.t(i + 1);
      const before = this.t(i - 1);
      if (!t || !next || end - (i + 1) < 2) continue;
      const clause = this.ts.tokens.slice(i + 2, end).some((x) => x.pos === 'VERB' || x.pos === 'AUX');
      const complement =
        t.normal === 'that' &&
        !['NOUN', 'ADJ', 'PROPN', 'NUM'].includes(next.pos) &&
        (before?.pos === 'VERB' || this.saidBefore(i));
      // A verb of saying after its subject ("officials said", "she has said"), not "establishing and
      // maintaining <what>" or "is considered".
      // (At a clause's start, "<A>, who ..., said <clause>", "... but said <clause>": its subject is before.)
      const subject = i > start ? !['CCONJ', 'ADP', 'DET', 'PART'].includes(before?.pos ?? '') : i > 0;
      const reports =
        says(t) &&
        subject &&
        before?.lemma !== 'be' &&
        (next.normal === 'that' || (clause && ['DET', 'PRON', 'PROPN', 'NOUN'].includes(next.pos)));
      const absolute =
        t.normal === 'with' &&
        this.ts.tokens.slice(i + 1, i + 5).some((x) => x.pos === 'VERB' && x.normal.endsWith('ing'));
      if (complement || reports || absolute) return i + 1;
    }
    return start;
  }

  /** "told the parliament in <city> that": a verb of saying a few words before "that", no verb between. */
  private saidBefore(that: number): boolean {
    for (let i = that - 2; i >= Math.max(this.floor, that - 5); i--) {
      const t = this.t(i);
      if (t?.pos === 'VERB') return this.g.reportingVerbs.has(t.lemma);
    }
    return false;
  }

  /** Where the clause ending at `end` begins: punctuation, a contrast, a coordinated verb, a relative. */
  private clauseStart(end: number): number {
    for (let i = end - 1; i >= this.floor; i--) {
      const t = this.t(i);
      if (!t) break;
      if (STOP.has(t.raw) || this.isComma(i) || CONTRAST.has(t.normal)) return i + 1;
      // "... and that <clause>": a second thing said begins its own clause.
      if (t.normal === 'that' && ['and', 'or', ','].includes(this.t(i - 1)?.normal ?? '')) return i + 1;
      // "... and added another 900": a verb coordinated without its subject begins its own clause
      // (not "<verb>ing and <verb>ing", one subject, nor a sentence's opening word and the next).
      const coordinated = (t.normal === 'and' || t.normal === 'or') && this.t(i + 1)?.pos === 'VERB';
      if (coordinated && this.t(i - 1)?.pos !== 'VERB' && i - 1 > this.floor) return i + 1;
      if (RELATIVE.has(t.normal)) return this.antecedent(i);
    }
    return this.floor;
  }

  /** The noun phrase a relative pronoun at `i` stands for ("diplomatic dialogue which ..."). */
  private antecedent(i: number): number {
    let k = this.isComma(i - 1) ? i - 1 : i;
    while (
      k - 1 >= this.floor &&
      i - k < 6 &&
      ['NOUN', 'PROPN', 'ADJ', 'DET', 'NUM'].includes(this.t(k - 1)?.pos ?? '')
    )
      k--;
    return k;
  }

  /** The words of a token range, trimmed of joining words at either end; none without a content word. */
  private span([from, to]: [number, number]): TextSpan | undefined {
    let a = from;
    let b = to;
    // ("That stoppage" keeps its determiner; "that <clause>" loses its conjunction.)
    const determiner = (i: number) =>
      this.t(i)?.normal === 'that' && ['NOUN', 'ADJ', 'PROPN', 'NUM'].includes(this.t(i + 1)?.pos ?? '');
    const edge = (i: number) =>
      (EDGE.test(this.t(i)?.normal ?? '') && !determiner(i)) || this.t(i)?.pos === 'PUNCT';
    while (a < b && edge(a)) a++;
    // "... has already": an auxiliary left at the end, with the adverbs after it.
    const dangling = (i: number) =>
      this.t(i)?.pos === 'AUX' ||
      (this.t(i)?.pos === 'ADV' && ['AUX', 'ADV'].includes(this.t(i - 1)?.pos ?? ''));
    while (b > a && (edge(b - 1) || dangling(b - 1) || RELATIVE.has(this.t(b - 1)?.normal ?? ''))) b--;
    const words = this.ts.tokens.slice(a, b);
    const first = words[0];
    const last = words.at(-1);
    if (!first || !last || !words.some((t) => CONTENT.has(t.pos))) return undefined;
    const end = SWALLOWED.test(last.raw) ? last.end - 1 : last.end;
    return { text: this.ts.sentence.text.slice(first.start, end), start: first.start, end };
  }
}
