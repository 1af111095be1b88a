import { createEngine } from '../../src/engine/create-engine.js';
import type { Gazetteer } from '../../src/ingest/gazetteer.js';
import { ingestArticle } from '../../src/ingest/ingest-article.js';
import type { Nlp } from '../../src/nlp/create-nlp.js';
import type { ArticleRow, SystemOnArticle } from './article-bench-types.js';
import { type CorpusArticle, distinctCopy } from './article-corpus.js';
import { type ArticleQuestion, gradedQuestions } from './article-questions.js';
import { createBm25Bot } from './bm25-bot.js';
import { type GradableAnswer, gradeExpectation } from './grade.js';
import { summarizeLatencies } from './latency-stats.js';
import { type PassBudget, timeMedianMs, timePasses } from './pass-timing.js';
import { tuneBm25Threshold } from './tune-bm25.js';

/** An article with its question set. */
export type QuestionedArticle = CorpusArticle & { questions: ArticleQuestion[] };

/** The conversation a question is asked in: its own for a follow-up, a fresh one otherwise; per pass kind. */
export const conversationOf = (q: ArticleQuestion, pass: string): string =>
  `${pass}:${q.conversation ?? `solo:${q.id}`}`;

/**
 * Asks every question in file order (ungraded first turns included, so follow-ups have their context) and
 * counts the graded answers that are right; returns each answer's text by question id.
 */
export function askAndGrade(
  ask: (q: ArticleQuestion) => GradableAnswer,
  questions: readonly ArticleQuestion[],
): { right: number; texts: Map<string, string> } {
  let right = 0;
  const texts = new Map<string, string>();
  for (const q of questions) {
    const answer = ask(q);
    texts.set(q.id, answer.text);
    if (q.expect && gradeExpectation(q.expect, answer).correct) right++;
  }
  return { right, texts };
}

/** The graded pass, one warm-up pass, then timed passes within the budget. */
function measureSystem(
  ask: (q: ArticleQuestion, pass: string) => GradableAnswer,
  questions: readonly ArticleQuestion[],
  budget: PassBudget,
): SystemOnArticle {
  const { right } = askAndGrade((q) => ask(q, 'graded'), questions);
  for (const q of questions) ask(q, 'warm');
  const { samples } = timePasses(questions, (q) => ask(q, 'warm'), budget);
  return { right, latency: summarizeLatencies(samples) };
}

/**
 * Per article (after a full GC when `gc` is given): ingestion and engine creation (medians over `copies` distinct
 * copies), then factdesk (a fresh
 * engine on the article's own text, created last so the shared wink instance holds its names) and the BM25
 * best-sentence baseline (threshold tuned on the article's own questions, which favours it) on its graded
 * questions, each timed per question in this process.
 */
export function measureArticles(
  nlp: Nlp,
  gazetteer: Gazetteer,
  articles: readonly QuestionedArticle[],
  options: { copies: number; budget: PassBudget; gc?: () => void },
): ArticleRow[] {
  return articles.map((article) => {
    const { name, text, questions } = article;
    // The last article's engines and bots are garbage now: collect them outside this article's timings.
    options.gc?.();
    const ingest = timeMedianMs(options.copies, (i) =>
      ingestArticle(nlp, gazetteer, distinctCopy(text, 900_000 + i), { slug: `${name}-copy` }),
    );
    const engine = timeMedianMs(options.copies, () => createEngine({ article: ingest.last, nlp }));
    const own = createEngine({ article: ingestArticle(nlp, gazetteer, text, { slug: name }), nlp });
    const factdesk = measureSystem(
      (q, pass) => own.ask(q.question, conversationOf(q, pass)),
      questions,
      options.budget,
    );

    const graded = gradedQuestions(questions);
    const build = timeMedianMs(options.copies, () => createBm25Bot(text, 0, nlp));
    const tuned = tuneBm25Threshold(build.last, graded, (q, a) => gradeExpectation(q.expect, a).correct);
    const bm25Bot = createBm25Bot(text, tuned.threshold, nlp);
    const bm25 = measureSystem((q) => bm25Bot.ask(q.question), questions, options.budget);
    return {
      name,
      source: article.source,
      questionSet: article.questionSet ?? 'article',
      words: article.words,
      graded: graded.length,
      ingestMs: ingest.ms,
      engineMs: engine.ms,
      factdesk,
      bm25: { ...bm25, threshold: tuned.threshold, buildMs: build.ms },
    };
  });
}
