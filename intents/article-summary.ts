import { cueWords } from '../src/engine/cue-words.js';
import { newsEvent } from '../src/engine/event-ranking.js';
import type { Intent } from '../src/engine/intent.js';
import { MATCH } from '../src/engine/match-levels.js';
import { hasAny, hasPhrase } from '../src/engine/question-cues.js';
import type { ParsedQuestion } from '../src/nlp/parse-question.js';

const TOPIC_LEAD = new Set(['about', 'on', 'regarding', 'concerning']);

/** Whether a word of topic ("about", "on") is followed by something other than the article itself. */
function askedTopic(q: ParsedQuestion): boolean {
  return q.normals.some(
    (w, i) =>
      TOPIC_LEAD.has(w) &&
      q.normals
        .slice(i + 1, i + 4)
        .some(
          (n, k) =>
            /^(NOUN|PROPN|VERB)$/.test(q.pos[i + 1 + k] ?? '') && !cueWords().summaryArticleWords.has(n),
        ),
  );
}

/**
 * "summarise the situation", "what about the dispute?", "what's the whole row about": a word for a news story that
 * the article itself never uses stands for the article's own story, asked of as a whole.
 */
function storyAsked(q: ParsedQuestion, text: string): boolean {
  const nouns = cueWords().storyNouns;
  const at = q.lemmas.findIndex(
    (l, i) =>
      (nouns.has(l) || nouns.has(`${q.normals[i - 1]} ${l}`)) &&
      /^(?:the|this|that|whole|entire)$/.test(q.normals[i - 1] ?? ''),
  );
  const noun = q.lemmas[at];
  if (at < 0 || noun === undefined || new RegExp(`\\b${noun}(?:e?s)?\\b`, 'i').test(text)) return false;
  return q.pos.every(
    (p, i) =>
      i === at ||
      !/^(?:NOUN|PROPN|VERB|ADJ|ADV|NUM)$/.test(p) ||
      cueWords().storyRequestWords.has(q.lemmas[i] ?? '') ||
      cueWords().storyRequestWords.has(q.normals[i] ?? ''),
  );
}

export const articleSummary: Intent = {
  id: 'article-summary',
  draftSafe: true,
  // The summary is the article's own: no word of "tl;dr" or "what's this story about" is in it.
  wholeArticle: true,
  description: 'What the article as a whole is about.',
  examples: [
    'What is the article about?',
    'summarize the article',
    "what's the news?",
    'give me the gist of the story',
    'tldr',
  ],
  counterExamples: ['What happened in February?'],
  match(q, { store, triggers }) {
    // (What the conversation was about does not narrow it: the question's own words name nothing.)
    if (q.mentions.every((m) => m.via === 'context') && storyAsked(q, store.text)) return MATCH.strong;
    // "what does the article say about <a topic>?" asks about the topic, which the summary need not cover.
    if (askedTopic(q)) return 0;
    const aboutArticle = hasAny(q, 'article', 'story', 'news', 'piece', 'report');
    if (aboutArticle && hasAny(q, 'about', 'summary', 'summarize', 'summarise', 'gist', 'overview'))
      return MATCH.strong;
    // ("what's the main takeaway of the article", "the article's main idea": its point is its summary.)
    if (
      aboutArticle &&
      q.mentions.length === 0 &&
      !hasAny(q, 'about', 'on', 'regarding') &&
      (hasAny(q, 'idea') || q.lemmas.some((l) => cueWords().pointNouns.has(l)))
    )
      return MATCH.strong;
    // "What does the article say?" but not "What disputes does the article mention?".
    // ("what news outlet wrote this article": a word the article never uses asks for something else.)
    // ("whats the broader goal the article mentions": a thing of its own that the article names, not the article.)
    // (Worked out only for a what-question about the article: most questions are not.)
    const thingAsked = (text: string) =>
      q.lemmas.some(
        (l, i) =>
          q.pos[i] === 'NOUN' &&
          text.includes(l) &&
          // (Not a word for its events: "the diff between the two meetings in the article" is about them all.)
          !triggers.has(l) &&
          !cueWords().articleNouns.has(q.normals[i] ?? '') &&
          !cueWords().genericEventWords.has(l) &&
          !cueWords().summaryArticleWords.has(l),
      );
    if (
      aboutArticle &&
      q.wh === 'what' &&
      q.mentions.length === 0 &&
      q.unknownWords.length === 0 &&
      !thingAsked(store.text.toLowerCase())
    )
      return MATCH.least;
    if (hasAny(q, 'tldr', 'gist', 'overview')) return MATCH.strong;
    // ("what's the headline takeaway here?": what the story comes to, with nothing of it named.)
    if (
      q.mentions.length === 0 &&
      !hasAny(q, 'about', 'on', 'regarding', 'for', 'of') &&
      cueWords().lists.upshotNouns.some((n) => hasPhrase(q, n))
    )
      return MATCH.strong;
    // "what happened?", "in one sentence what happened": nothing named, no time given, the whole story.
    if (
      q.wh === 'what' &&
      q.mentions.length === 0 &&
      q.dates.length === 0 &&
      q.lemmas.includes('happen') &&
      q.normals.every((w, i) => !/\w/.test(w) || cueWords().bareHappenedWords.has(q.lemmas[i] ?? w))
    )
      return MATCH.strong;
    // ("sum it up", "describe the article": the article described, as a whole.)
    const describeAt = q.lemmas.indexOf('describe');
    if (
      describeAt >= 0 &&
      // (Not "it" read as the last thing talked about: "sum it up" asks for the whole.)
      q.mentions.every((m) => cueWords().summaryArticleWords.has(q.normals[m.start] ?? '')) &&
      q.normals
        .slice(describeAt + 1)
        .every(
          (w) =>
            !/\w/.test(w) ||
            /^(?:the|for|me|us|pls|please|plz|briefly|quickly)$/.test(w) ||
            cueWords().summaryArticleWords.has(w),
        )
    )
      return MATCH.strong;
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
