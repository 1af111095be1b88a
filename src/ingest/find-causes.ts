/**
 * Causes from connectives ("because", "in response to", "led to", "to prevent", "after"): in one sentence,
 * what was caused (or done, or came after) and its cause, as stretches of the sentence's own words. The
 * connectives and how each joins its two sides are data (`gazetteer.json`); what is here is grammar.
 */
import type { FoundDate } from './find-dates.js';
import type { ConnectiveRole, Gazetteer } from './gazetteer.js';
import { type ConnectiveMatch as Match, SideReader, type TextSpan } from './read-cause-sides.js';
import type { Token, TokenSentence } from './sentence-tokens.js';

export type { TextSpan };
export type CauseKind = 'cause' | 'purpose' | 'sequence';

export interface FoundCause {
  /** The connective as the sentence writes it. */
  connective: string;
  kind: CauseKind;
  /** How the connective joins its sides: "led to" has the cause before it, "because" after it. */
  role: ConnectiveRole;
  /** What was caused, done for a purpose, or came after. */
  effect: TextSpan;
  /** The cause, the purpose, or what came before. */
  cause: TextSpan;
}

const KIND: Record<ConnectiveRole, CauseKind> = {
  cause: 'cause',
  result: 'cause',
  blame: 'cause',
  purpose: 'purpose',
  sequence: 'sequence',
};
// "after three days", "since then", "following the summer": a time after them makes them temporal only.
const TIME =
  /^(then|now|that|which|all|another|days?|weeks?|months?|years?|hours?|decades?|midnight|noon|dark|nightfall|dawn|spring|summer|autumn|fall|winter|morning|afternoon|evening|night)$/;
const INTERVAL = /^(minutes?|hours?|days?|weeks?|months?|years?|decades?)$/;
// "so" joins a result only as a conjunction after a comma: not "so far", "so many", "so-called".
const NOT_SO = /^(far|much|many|long|called|-|as|too|on|forth|that|to)$/;

/**
 * Every cause connective of one sentence with its two sides. `dates` are the sentence's dates, so that a
 * date's commas do not end a clause and "after <a date>" is not read as a cause.
 * @example findCauses(tokens('The plant shut because of a strike.'), gazetteer)
 *   // [{ connective: 'because of', kind: 'cause', effect: { text: 'The plant shut', … }, cause: { text: 'a strike', … } }]
 */
export function findCauses(ts: TokenSentence, g: Gazetteer, dates: readonly FoundDate[] = []): FoundCause[] {
  const { tokens } = ts;
  const inDate = (i: number) => {
    const t = tokens[i];
    return t !== undefined && dates.some((d) => t.start >= d.start && t.end <= d.end);
  };
  const matches = matchConnectives(tokens, g.connectives)
    .filter((m) => joinsClauses(m, tokens, inDate))
    .map((m) => withInterval(m, tokens));
  const found: FoundCause[] = [];
  matches.forEach((m, k) => {
    // The next connective ends this one's clause, unless it is the verb of a clause inside it
    // ("to prevent miscalculations that could lead to conflict").
    const next = matches.slice(k + 1).find((n) => n.role !== 'result');
    const reader = new SideReader(ts, g, inDate, matches[k - 1]?.end ?? 0, next?.at ?? tokens.length);
    const sides = reader.sidesOf(m);
    const first = tokens[m.at];
    const last = tokens[m.end - 1];
    if (sides && first && last)
      found.push({
        connective: ts.sentence.text.slice(first.start, last.end),
        kind: KIND[m.role],
        role: m.role,
        ...sides,
      });
  });
  return found;
}

type Phrase = { words: string[]; role: ConnectiveRole };
// The connectives indexed by their first word, longest first, built once per gazetteer.
const indexes = new WeakMap<ReadonlyMap<string, ConnectiveRole>, Map<string, Phrase[]>>();
function indexOf(connectives: ReadonlyMap<string, ConnectiveRole>): Map<string, Phrase[]> {
  let index = indexes.get(connectives);
  if (index) return index;
  index = new Map();
  for (const [c, role] of connectives) {
    const words = c.split(/\s+/);
    const list = index.get(words[0] ?? '') ?? [];
    list.push({ words, role });
    list.sort((a, b) => b.words.length - a.words.length);
    index.set(words[0] ?? '', list);
  }
  indexes.set(connectives, index);
  return index;
}

/** Where the connectives are, left to right, the longest at each place ("because of" before "because"). */
function matchConnectives(
  tokens: readonly Token[],
  connectives: ReadonlyMap<string, ConnectiveRole>,
): Match[] {
  const index = indexOf(connectives);
  const matches: Match[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const phrase = index
      .get(tokens[i]?.normal ?? '')
      ?.find(({ words }) => words.every((w, k) => tokens[i + k]?.normal === w));
    if (!phrase) continue;
    matches.push({ at: i, end: i + phrase.words.length, role: phrase.role });
    i += phrase.words.length - 1;
  }
  return matches;
}

/**
 * "The ruling came two days after <cause>": the interval belongs to the connective, not to the effect
 * (unless it is a stretch of time: "for seven weeks after", "in the two years after").
 */
function withInterval(m: Match, tokens: readonly Token[]): Match {
  const counted = ['NUM', 'DET'].includes(tokens[m.at - 2]?.pos ?? '');
  const before = tokens[m.at - 3]?.pos ?? 'PUNCT';
  const interval = INTERVAL.test(tokens[m.at - 1]?.normal ?? '') && counted;
  return m.role === 'sequence' && interval && ['VERB', 'NOUN', 'PROPN', 'PUNCT'].includes(before)
    ? { ...m, at: m.at - 2 }
    : m;
}

/** Whether a connective joins two things here, rather than being an adjective, a time or another "so". */
function joinsClauses(m: Match, tokens: readonly Token[], inDate: (i: number) => boolean): boolean {
  const first = tokens[m.at];
  const next = tokens[m.end];
  if (!first || !next) return false;
  // "forced labour", "the following day": a one-word connective used as an adjective or a noun.
  if (m.end - m.at === 1 && (first.pos === 'ADJ' || first.pos === 'NOUN' || tokens[m.at - 1]?.pos === 'DET'))
    return false;
  if (first.normal === 'so') return tokens[m.at - 1]?.raw === ',' && !NOT_SO.test(next.normal);
  // "is due to restart": a timetable, not a cause ("owing to rising costs" is one).
  const baseVerb = (next.pos === 'VERB' || next.pos === 'AUX') && !/(ing|ed)$/.test(next.normal);
  if (m.role === 'cause' && tokens[m.end - 1]?.normal === 'to' && baseVerb) return false;
  if (m.role !== 'sequence' && first.normal !== 'since') return true;
  // "have since been diverted": "since" as an adverb; "since his arrest": a time, not a reason, which
  // "since" gives only with a clause ("since the plant closed").
  const adverb = tokens[m.at - 1]?.pos === 'AUX' || next.pos === 'AUX' || next.pos === 'VERB';
  const clause = tokens.slice(m.end, m.end + 8).some((t) => t.pos === 'VERB' || t.pos === 'AUX');
  if (first.normal === 'since' && (adverb || !clause)) return false;
  // "after Sunday", "since last month": a date alone after it is a time, not a happening.
  let i = m.end;
  if (inDate(i)) {
    while (inDate(i)) i++;
    return tokens[i]?.pos === 'NOUN';
  }
  // "after three days", "after a 19-hour session": the head word after its modifiers decides.
  while (tokens[i] && ['DET', 'NUM', 'ADJ'].includes(tokens[i]?.pos ?? '')) {
    i += tokens[i + 1]?.raw === '-' ? 3 : 1;
  }
  return !TIME.test(tokens[i]?.normal ?? 'then');
}
