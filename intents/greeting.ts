import type { Intent } from '../src/engine/intent.js';

const GREETINGS = new Set([
  'hi', 'hello', 'hey', 'hiya', 'howdy', 'yo', 'greetings', 'morning', 'afternoon', 'evening', 'good', 'thanks',
  'thank', 'you', 'thx', 'ty', 'cheers', 'there', 'bot', 'factdesk', 'sup', 'ok', 'okay', 'great', 'cool', 'nice',
]);
const THANKS = new Set(['thanks', 'thank', 'thx', 'ty', 'cheers']);

export const greeting: Intent = {
  id: 'greeting',
  description: 'Greetings and thanks.',
  examples: ['hello', 'Hi there!', 'good morning', 'thanks!', 'thank you bot', 'hey'],
  counterExamples: ['hello, who is Chase?', 'good question: when were the talks?'],
  match(q) {
    const words = q.normals.filter((t) => /\w/.test(t));
    return words.length > 0 && words.length <= 5 && words.every((w) => GREETINGS.has(w)) ? 0.95 : 0;
  },
  answer(q) {
    const thanked = q.normals.some((t) => THANKS.has(t));
    return {
      answered: true,
      text: thanked
        ? "You're welcome! Ask me anything else about the January 2024 US-China defense talks."
        : 'Hello! I answer questions about the article on the January 2024 US-China defense talks in Washington. Ask me who took part, when and where things happened, or type "timeline".',
      citations: [],
      confidence: 0.95,
    };
  },
};
