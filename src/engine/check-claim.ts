/**
 * Yes/no questions on a draft store, checked against the sentence that grounds the claim: "Yes." only when
 * every word and name of the claim is there and nothing in the sentence says otherwise; "No." when the
 * sentence negates the claim's verb, says its opposite, gives another ordinal, or names someone else in the
 * place of the one claimed; otherwise nothing (the article does not say).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { FactStore } from '../facts/fact-store.js';
import { findDataDir } from '../facts/load-facts.js';
import type { TokenSentence } from '../ingest/sentence-tokens.js';
import type { ParsedQuestion } from '../nlp/parse-question.js';
import type { IntentReply } from './intent.js';
import type { Grounding, SentenceIndex } from './sentence-index.js';

const NEGATORS = new Set([
  'not',
  "n't",
  'never',
  'no',
  'without',
  'neither',
  'nor',
  'none',
  'nothing',
  'refused',
  'failed',
]);
const ORDINALS = [
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
];
/** Asking for a judgement the article cannot give. */
const OPINION =
  /\b(should|smart|wise|stupid|right to|wrong to|good idea|bad idea|fair|deserve[sd]?|in your opinion|do you think|you reckon|worth it|better off)\b/i;

function loadAntonyms(dataDir = findDataDir()): Array<readonly [string, string]> {
  const schema = z.object({ pairs: z.array(z.tuple([z.string(), z.string()])) });
  return schema.parse(JSON.parse(readFileSync(join(dataDir, 'language', 'antonyms.json'), 'utf8'))).pairs;
}

export type ClaimChecker = (q: ParsedQuestion) => IntentReply | undefined;

/** Builds the checker over an article's sentence index. */
export function createClaimChecker(index: SentenceIndex, store: FactStore): ClaimChecker {
  const opposite = new Map<string, Set<string>>();
  for (const [a, b] of loadAntonyms()) {
    for (const [x, y] of [
      [a, b],
      [b, a],
    ] as const) {
      const k = index.key(x);
      opposite.set(k, new Set([...(opposite.get(k) ?? []), index.key(y)]));
    }
  }
  const quote = (sentences: TokenSentence[]) => sentences.map((s) => s.sentence.text).join(' ');
  const verdict = (word: 'Yes' | 'No', g: Grounding, why = ''): IntentReply => {
    const sentences = index.unitSentences(g);
    return {
      answered: true,
      text: `${word}${why ? `, ${why}` : ''}. The article: "${quote(sentences)}"`,
      verdict: word === 'Yes' ? 'yes' : 'no',
      citations: sentences.map((s) => ({ sentence: s.sentence.n, text: s.sentence.text })),
      confidence: word === 'Yes' ? 0.6 : 0.7,
    };
  };

  return (q) => {
    if (OPINION.test(q.text)) {
      return {
        answered: false,
        text: "The article doesn't judge that: it reports what happened and what people said, not whether they were right.",
        citations: [],
        confidence: 0.8,
      };
    }
    const { terms, names, ranked } = index.ground(q, {
      pairs: true,
      missingNames: 1,
      missingVerbs: 1,
      opposites: opposite,
      claim: true,
    });
    const best = ranked[0];
    if (!best || terms.length + names.length < 2) return undefined;
    const sentences = index.unitSentences(best);
    const tokens = sentences.flatMap((s) => s.tokens);
    // Another ordinal than the one claimed: "the first round" of an article's "fourth round".
    const claimedOrdinal = q.normals.find((w) => ORDINALS.includes(w));
    const statedOrdinal = tokens.map((t) => t.normal).find((w) => ORDINALS.includes(w));
    if (claimedOrdinal && statedOrdinal && claimedOrdinal !== statedOrdinal && best.missingNames.length === 0)
      return verdict('No', best, `the article says ${statedOrdinal}`);
    // An ordinal or number claimed must be in the sentence for a "Yes".
    const unstated = terms.some(
      (t) =>
        t.optional &&
        (ORDINALS.includes(q.normals[t.at] ?? '') || /^\d/.test(q.normals[t.at] ?? '')) &&
        best.lists[terms.indexOf(t)]?.length === 0,
    );
    // The opposite of a word of the claim: "grant" against "rejected", "unanimous" against a 2-1 split.
    if (best.opposed.length > 0 && best.missingNames.length === 0 && best.missingTerms.length === 0)
      return verdict('No', best);
    // Someone else in the place of the one named: "Did <A> build it?" where the article says <B> did.
    if (best.missingNames.length === 1 && best.missingTerms.length === 0) {
      const kind = store.entities.get(best.missingNames[0] ?? '')?.kind;
      const text = quote(sentences);
      const other = store.facts.entities.find(
        (e) =>
          e.id !== best.missingNames[0] &&
          (e.kind === kind || (kind !== 'place' && e.kind === 'person')) &&
          !names.includes(e.id) &&
          [e.name, ...e.aliases].some((a) => a.length > 2 && text.includes(a)),
      );
      return other ? verdict('No', best, `the article names ${other.name}`) : undefined;
    }
    if (best.missingNames.length > 0 || best.missingTerms.length > 0) return undefined;
    // A negation in the sentence near the claim's words, and none in the claim.
    const matched = best.lists.flat().filter((p) => p >= 0);
    const negated = tokens.some((t, k) => NEGATORS.has(t.normal) && matched.some((p) => p > k && p - k <= 4));
    if (negated !== q.negated) return q.negated ? undefined : verdict('No', best);
    return unstated ? undefined : verdict('Yes', best);
  };
}
