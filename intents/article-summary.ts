import type { Intent } from '../src/engine/intent.js';
import { hasAny } from '../src/engine/knowledge.js';

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
      return 0.9;
    // "What does the article say?" but not "What disputes does the article mention?".
    if (aboutArticle && q.wh === 'what' && q.mentions.length === 0) return 0.5;
    if (hasAny(q, 'tldr', 'gist', 'overview')) return 0.9;
    return 0;
  },
  answer(_q, { store }) {
    return {
      answered: true,
      text: store.meta.summary,
      citations: store.cite(store.meta.summaryEvidence),
      confidence: 0.9,
    };
  },
};
