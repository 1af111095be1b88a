import type { Intent } from '../src/engine/intent.js';
import { MATCH } from '../src/engine/match-levels.js';

const GREETINGS = new Set([
  'hi',
  'hello',
  'hey',
  'hiya',
  'howdy',
  'yo',
  'greetings',
  'morning',
  'afternoon',
  'evening',
  'good',
  'thanks',
  'thank',
  'you',
  'thx',
  'ty',
  'cheers',
  'there',
  'bot',
  'factdesk',
  'sup',
  'ok',
  'okay',
  'great',
  'cool',
  'nice',
]);
const THANKS = new Set(['thanks', 'thank', 'thx', 'ty', 'cheers']);
const SMALL_TALK = new Set([
  'so',
  'much',
  'mate',
  'how',
  'are',
  'is',
  'it',
  'going',
  'doing',
  'very',
  'all',
  'everyone',
  'folks',
  'guys',
  'a',
  'lot',
  'again',
  'friend',
  'buddy',
  'day',
  'today',
  'what',
  "'s",
  'up',
]);

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
    if (words.every((w) => GREETINGS.has(w))) return MATCH.certain;
    // "Thank you so much", "cheers mate", "hi, how are you?": a greeting word first and nothing to look up.
    return GREETINGS.has(words[0] ?? '') && words.every((w) => GREETINGS.has(w) || SMALL_TALK.has(w))
      ? MATCH.strong
      : 0;
  },
  answer(q, { store }) {
    const thanked = q.normals.some((t) => THANKS.has(t));
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
