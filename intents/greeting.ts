import { cueWords } from '../src/engine/cue-words.js';
import type { Intent } from '../src/engine/intent.js';
import { MATCH } from '../src/engine/match-levels.js';

export const greeting: Intent = {
  id: 'greeting',
  draftSafe: true,
  wholeArticle: true,
  description: 'Greetings and thanks.',
  examples: ['hello', 'Hi there!', 'good morning', 'thanks!', 'thank you bot', 'hey'],
  counterExamples: [],
  match(q) {
    const words = q.normals.filter((t) => /\w/.test(t));
    if (words.length === 0 || words.length > 6 || q.mentions.length > 0) return 0;
    if (words.every((w) => cueWords().greetingWords.has(w))) return MATCH.certain;
    // "Thank you so much", "cheers mate", "hi, how are you?": a greeting word first and nothing to look up.
    return cueWords().greetingWords.has(words[0] ?? '') &&
      words.every((w) => cueWords().greetingWords.has(w) || cueWords().smallTalkWords.has(w))
      ? MATCH.strong
      : 0;
  },
  answer(q, { store }) {
    const thanked = q.normals.some((t) => cueWords().thanksWords.has(t));
    const title = store.meta.title;
    return {
      answered: true,
      text: thanked
        ? `You're welcome! Ask me anything else about "${title}".`
        : `Hello! I answer questions about the article "${title}". Ask me who took part, when and where things happened, or type "timeline".`,
      citations: [],
      confidence: 0.95,
    };
  },
};
