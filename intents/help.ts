import type { Intent } from '../src/engine/intent.js';
import { MATCH } from '../src/engine/match-levels.js';
import { hasAny, hasPhrase, wordCount } from '../src/engine/question-cues.js';
import { exampleQuestions } from '../src/engine/suggest-questions.js';

export const help: Intent = {
  id: 'help',
  draftSafe: true,
  wholeArticle: true,
  description: 'What the bot can answer, with example questions.',
  examples: [
    'help',
    'What can you do?',
    'what can I ask you',
    'how does this bot work?',
    'commands',
    'what do you know about?',
  ],
  counterExamples: [],
  match(q) {
    if (
      wordCount(q) <= 3 &&
      q.mentions.length === 0 &&
      ['help', 'commands', 'usage', 'instructions'].some((w) => q.normals.includes(w))
    )
      return MATCH.certain;
    if (hasPhrase(q, 'what can you') || hasPhrase(q, 'what can i ask') || hasPhrase(q, 'how does this'))
      return MATCH.strong;
    if (hasPhrase(q, 'what do you know') && q.mentions.length === 0) return MATCH.strong;
    if (q.mentions.length > 0) return 0;
    if (
      hasAny(q, 'command', 'commands') ||
      hasPhrase(q, 'use this') ||
      hasPhrase(q, 'can i ask') ||
      hasPhrase(q, 'are you for')
    )
      return MATCH.strong;
    // (Not the "you" of anyone: "how old do you have to be to buy <a thing>" asks about the article.)
    if (
      hasAny(q, 'bot', 'you') &&
      (q.wh === 'how' || q.wh === 'what') &&
      q.dates.length === 0 &&
      hasAny(q, 'use', 'work', 'do', 'ask') &&
      !hasPhrase(q, 'you have to') &&
      !hasPhrase(q, 'you need to') &&
      !q.lemmas.some((l, i) => q.pos[i] === 'NOUN' && !['bot', 'work', 'use'].includes(l))
    )
      return MATCH.plausible;
    return 0;
  },
  answer(_q, { store }) {
    const tries = exampleQuestions(store).map((e) => `"${e}"`);
    return {
      answered: true,
      text: [
        `I answer questions about one article, "${store.meta.title}", citing the sentences I rely on.`,
        `Try: ${[...tries, '"timeline"'].join(', ')}.`,
        "If the article doesn't say, I'll tell you so rather than guess.",
      ].join('\n'),
      citations: [],
      confidence: 0.95,
    };
  },
};
