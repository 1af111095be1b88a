import { newsEvent } from '../src/engine/event-ranking.js';
import type { Intent } from '../src/engine/intent.js';
import { MATCH } from '../src/engine/match-levels.js';
import { hasAny } from '../src/engine/question-cues.js';

export const articleSummary: Intent = {
  id: 'article-summary',
  draftSafe: true,
  description: 'What the article as a whole is about.',
  examples: [
    'What is the article about?',
    'summarize the article',
    "what's the news?",
    'give me the gist of the story',
    'tldr',
  ],
  counterExamples: ['What happened in February?'],
  match(q) {
    const aboutArticle = hasAny(q, 'article', 'story', 'news', 'piece', 'report');
    if (aboutArticle && hasAny(q, 'about', 'summary', 'summarize', 'summarise', 'gist', 'overview'))
      return MATCH.strong;
    // "What does the article say?" but not "What disputes does the article mention?".
    if (aboutArticle && q.wh === 'what' && q.mentions.length === 0) return MATCH.least;
    if (hasAny(q, 'tldr', 'gist', 'overview')) return MATCH.strong;
    // "summary pls", "quick recap?": a summary of nothing in particular is the article's.
    if (
      hasAny(q, 'summary', 'summarize', 'summarise', 'recap', 'rundown', 'synopsis') &&
      q.mentions.length === 0
    )
      return MATCH.strong;
    return 0;
  },
  answer(_q, { store }) {
    // What a follow-up ("where?", "why does it matter?") is about: the article's own news, the event on its
    // date, else the latest one before it.
    const news = newsEvent(store);
    return {
      answered: true,
      text: store.meta.summary,
      citations: store.cite(store.meta.summaryEvidence),
      confidence: 0.9,
      focus: news ? [news.id] : [],
    };
  },
};
