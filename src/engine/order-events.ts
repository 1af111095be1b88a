/**
 * "Which happened first, A or B?": each option is grounded in its own sentence, dated from the date nearest
 * its words there, and the two dates are compared. Without a date for each, or with the same date, there is
 * no order to give.
 */
import type { ParsedQuestion } from '../nlp/parse-question.js';
import type { IntentReply } from './intent.js';
import { datesOfWhatHappened } from './sentence-answers.js';
import type { SentenceIndex } from './sentence-index.js';

const ASKS_ORDER = /\b(first|earlier|sooner|before)\b/i;
const OPTIONS = /^(?:.*?\b(?:first|earlier|sooner)\b\s*[:,-]?\s*)?(.+?)\s+or\s+(.+?)[?.!]*$/i;

/** The two options of an order question, or nothing when it does not ask for an order. */
export function orderOptions(text: string): [string, string] | undefined {
  if (!ASKS_ORDER.test(text) || !/\bor\b/i.test(text)) return undefined;
  const m = OPTIONS.exec(text.trim());
  const clean = (s: string | undefined) =>
    (s ?? '')
      .replace(/^(which|what)\s+(\w+\s+)?(happened|came|was|occurred)\s+(first|earlier)\s*[:,-]?\s*/i, '')
      .replace(/^(the|did)\s+/i, '')
      .trim();
  const a = clean(m?.[1]);
  const b = clean(m?.[2]);
  return a && b ? [a, b] : undefined;
}

/** A sentence dated by the one before it: "That year, ...", "The same month, ...". */
const THAT_TIME =
  /^(?:that|the same|later that|earlier that)\s+(?:year|month|week|day|spring|summer|autumn|fall|winter)\b/i;

/** Orders two options by the dates of the sentences that ground them. */
export function orderEvents(
  options: readonly [string, string],
  parse: (text: string) => ParsedQuestion,
  index: SentenceIndex,
): IntentReply | undefined {
  const dated = options.map((option) => {
    // The sentences (at most three) that may report this option, each with a date.
    const q = parse(option);
    // The question says both happened: an option is found by all its words but one, in a dated sentence.
    const { ranked } = index.ground(q, { missingVerbs: 1, missingNames: 1, missingOthers: 1 });
    const fewest = (g: (typeof ranked)[number]) => g.missingTerms.length + g.missingNames.length;
    return ranked
      .filter((g) => fewest(g) <= Math.min(1, fewest(ranked[0] ?? g)))
      .flatMap((g) => {
        // (The last of its sentences with a date: "That year, <A> noticed ... He wrote ..., which took <B> off" is
        // dated by the first.)
        // (Or, for a unit that opens "That year, ...", the sentence before it, which gives that year.)
        const unit = index.unitSentences(g);
        const opening = unit[0];
        const before =
          opening && THAT_TIME.test(opening.sentence.text)
            ? index.sentences[opening.sentence.n - 2]
            : undefined;
        const sentence = [...unit.toReversed(), ...(before ? [before] : [])].find(
          (s) => datesOfWhatHappened(q, s, index.datesIn(s)).length > 0,
        );
        return sentence ? [{ q, sentence }] : [];
      })
      .slice(0, 3);
  });
  // Each option in its own sentence: the best pair of different sentences; else one sentence that dates each
  // ("approved by the cabinet last Thursday and published in the gazette on Monday"), by the date nearest its words.
  const [as, bs] = dated;
  const pairs = (as ?? []).flatMap((a) => (bs ?? []).map((b) => [a, b] as const));
  const pair = pairs.find(([a, b]) => b.sentence !== a.sentence) ?? pairs[0];
  if (!pair) return undefined;
  const [a, b] = pair.map((found, k) => {
    const { q, sentence } = found;
    const at = index.positions(q, sentence);
    const dates = datesOfWhatHappened(q, sentence, index.datesIn(sentence)).map((d) => {
      const t = sentence.tokens.findIndex((x) => x.start >= d.start);
      return { d, dist: at.length ? Math.min(...at.map((p) => Math.abs(p - t))) : 99 };
    });
    const date = dates.sort((x, y) => x.dist - y.dist)[0]?.d;
    return date ? { option: options[k] ?? '', date, sentence } : undefined;
  });
  if (!a || !b || a.date.spec.start === b.date.spec.start) return undefined;
  const [first, second] = a.date.spec.start < b.date.spec.start ? [a, b] : [b, a];
  const when = (x: typeof a) =>
    `${x.date.spec.text}${x.date.spec.resolved !== x.date.spec.text ? `, ${x.date.spec.resolved}` : ''}`;
  const sentences = [...new Set([first.sentence, second.sentence])].sort(
    (x, y) => x.sentence.n - y.sentence.n,
  );
  return {
    answered: true,
    text: `${first.option} came first (${when(first)}), then ${second.option} (${when(second)}). The article: "${sentences.map((s) => s.sentence.text).join(' ')}"`,
    citations: sentences.map((s) => ({ sentence: s.sentence.n, text: s.sentence.text })),
    confidence: 0.7,
  };
}
