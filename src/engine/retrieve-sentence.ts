import type { FactStore } from '../facts/fact-store.js';
import type { Nlp } from '../nlp/create-nlp.js';
import type { ParsedQuestion } from '../nlp/parse-question.js';
import type { Citation } from './types.js';

export type SentenceRetriever = (q: ParsedQuestion) => { citation: Citation; score: number } | undefined;

/**
 * The fallback: the article sentence sharing the most informative words with the question (IDF-weighted
 * overlap of content lemmas). It only answers when at least three content words match, all the question has, and the best sentence
 * clearly beats the runner-up, so a loose match becomes "the article doesn't say" instead of a guess.
 */
export function createSentenceRetriever(nlp: Nlp, store: FactStore): SentenceRetriever {
  const { its } = nlp;
  const contentLemmas = (text: string): Set<string> => {
    const doc = nlp.readDoc(text);
    const lemmas = doc
      .tokens()
      .filter(
        (t) => !t.out(its.stopWordFlag) && /^(NOUN|PROPN|VERB|ADJ|NUM)$/.test(t.out(its.pos) as string),
      );
    return new Set(
      (lemmas.out(its.lemma as never) as unknown as string[]).map((l) => String(l).toLowerCase()),
    );
  };
  const bags = store.sentences.map((s) => contentLemmas(s.text));
  const df = new Map<string, number>();
  for (const bag of bags) for (const w of bag) df.set(w, (df.get(w) ?? 0) + 1);
  const idf = (w: string) => Math.log(1 + bags.length / (df.get(w) ?? bags.length));

  return (q) => {
    const words = new Set(q.lemmas.filter((_l, i) => /^(NOUN|PROPN|VERB|ADJ|NUM)$/.test(q.pos[i] ?? '')));
    const scored = bags
      .map((bag, i) => {
        const shared = [...words].filter((w) => bag.has(w));
        return { i, shared: shared.length, score: shared.reduce((sum, w) => sum + idf(w), 0) };
      })
      .sort((a, b) => b.score - a.score);
    const [best, second] = scored;
    // Every content word of the question must be in the sentence: "How old is <person>?" is not answered by his title.
    if (!best || best.shared < 3 || best.shared < words.size) return undefined;
    if (second && second.score > best.score * 0.8) return undefined;
    const sentence = store.sentences[best.i];
    return sentence
      ? { citation: { sentence: sentence.n, text: sentence.text }, score: best.score }
      : undefined;
  };
}
