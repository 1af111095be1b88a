/**
 * "What does the 17 refer to?", "what's the 1,300 about": the phrase of the article a number typed alone
 * stands in, quoted with its sentence.
 */
import { cueWords } from '../src/engine/cue-words.js';
import type { Intent } from '../src/engine/intent.js';
import { MATCH } from '../src/engine/match-levels.js';
import type { FactStore } from '../src/facts/fact-store.js';
import { CARDINAL_WORDS, ORDINAL_WORDS } from '../src/nlp/number-words.js';
import type { ParsedQuestion } from '../src/nlp/parse-question.js';

/** Whether a word ends the phrase a number opens: a clause or another phrase begins there (a participle too). */
const endsPhrase = (word: string) => {
  const bare = word.replace(/[^\w]/g, '').toLowerCase();
  return cueWords().phraseEndWords.has(bare) || /^[a-z]{3,}ing$/.test(bare);
};

/** The one number the question types (digits, with an ordinal ending or thousands commas), as digits alone. */
function typedNumber(q: ParsedQuestion): { typed: string; digits: string } | undefined {
  const numbers = q.normals.filter((w) => /^\d[\d,]*(?:st|nd|rd|th)?$/.test(w));
  const [typed] = numbers;
  if (numbers.length !== 1 || !typed) return undefined;
  return { typed, digits: typed.replace(/,|st$|nd$|rd$|th$/g, '') };
}

/** Asks what the number stands for, and nothing else: "what does the 17 mean", "whats the 17th about". */
function asksMeaning(q: ParsedQuestion): boolean {
  if (q.wh !== 'what' || !typedNumber(q) || q.mentions.some((m) => m.start >= 0)) return false;
  // ("what's 2+2": arithmetic, not a number of the article.)
  if (/\d\s*[-+*/×÷^=]\s*\d/.test(q.text)) return false;
  const meaning = q.lemmas.some((l) => cueWords().meaningVerbs.has(l));
  // ("what is the 17th", "whats the 17 about": no word beside the number but the question's own.)
  const bare = q.pos.every(
    (p, i) =>
      !/^(?:NOUN|PROPN|VERB|ADJ)$/.test(p) ||
      /^(?:about|for)$/.test(q.normals[i] ?? '') ||
      /^\d/.test(q.normals[i] ?? ''),
  );
  return meaning || bare;
}

/** Each phrase of the article the number opens, with its sentence: "<n>th round of <the event's name>". */
function phrasesOf(store: FactStore, digits: string): { phrase: string; sentence: string }[] {
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  // ("whats the 4 about" of "every four hours": small numbers as the article spells them too.)
  const spelt = [...CARDINAL_WORDS, ...ORDINAL_WORDS].flatMap(([w, n]) => (String(n) === digits ? [w] : []));
  const forms = [`(?:${digits}|${grouped})(?:st|nd|rd|th)?`, ...spelt];
  // (Not the end of another number: "2.6 million" holds no 6.)
  const pattern = new RegExp(`(?<![\\d.,])\\b(?:${forms.join('|')})\\b(?![.,]\\d)`, 'gi');
  return store.sentences.flatMap((s) =>
    [...s.text.matchAll(pattern)].flatMap((m) => {
      const at = m.index ?? 0;
      const kept: string[] = [];
      for (const w of s.text.slice(at).split(/\s+/)) {
        if (kept.length > 0 && endsPhrase(w)) break;
        kept.push(w.replace(/[,.;:!?]+$/, ''));
        if (/[,.;:!?]$/.test(w) || kept.length >= 10) break;
      }
      // (A number that ends its phrase, a date's day or year: the words before it, back to a comma.)
      if (kept.length === 1) {
        const before = s.text.slice(0, at).trimEnd().split(/\s+/);
        for (let k = before.length - 1; k >= 0 && kept.length < 6; k--) {
          const w = before[k] ?? '';
          if (!w || /[,;:]$/.test(w) || endsPhrase(w)) break;
          kept.unshift(w);
        }
      }
      return kept.length > 1 ? [{ phrase: kept.join(' '), sentence: s.text }] : [];
    }),
  );
}

export const numberMeaning: Intent = {
  id: 'number-meaning',
  draftSafe: true,
  // (The reply quotes the phrase holding the number typed: the question's other words only ask what it means.)
  wholeArticle: true,
  description: 'What a number typed alone stands for in the article: the phrase it opens, quoted.',
  examples: [
    'what does the 17 refer to',
    'whats the 17th mean',
    'what is the 17th about',
    'what does the 2 stand for',
  ],
  counterExamples: ['how many rounds were there', 'what happened on jan 9'],
  match(q) {
    return asksMeaning(q) ? MATCH.firm : 0;
  },
  answer(q, { store }) {
    const number = typedNumber(q);
    if (!number) return undefined;
    const found = phrasesOf(store, number.digits);
    if (found.length === 0)
      return {
        answered: false,
        text: `The article doesn't use the number ${number.typed}.`,
        citations: [],
        confidence: 0.9,
      };
    const shown = found.slice(0, 3);
    return {
      answered: true,
      text: `In the article, ${number.typed} is in ${shown.map((f) => `"${f.phrase}"`).join('; ')}.`,
      citations: store.cite(shown.map((f) => f.sentence)),
      confidence: 0.8,
    };
  },
};
