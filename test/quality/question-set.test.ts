import { describe, expect, it } from 'vitest';
import { loadQuestionSet } from '../../tools/quality/question-set.js';
import { questionSetPath } from '../../tools/quality/repo-paths.js';

const INTENTS = [
  'greeting',
  'help',
  'who-is',
  'who-did',
  'when',
  'where',
  'why',
  'what-happened',
  'what-is',
  'statement',
  'quantity',
  'yes-no',
  'timeline',
  'disputes',
  'relationship',
  'not-covered',
];

describe('the labelled question set', () => {
  const items = loadQuestionSet(questionSetPath());

  it('holds several hundred valid questions covering every intent', () => {
    expect(items.length).toBeGreaterThanOrEqual(300);
    for (const intent of INTENTS)
      expect(items.filter((i) => i.intent === intent).length, intent).toBeGreaterThanOrEqual(10);
    expect(items.every((i) => INTENTS.includes(i.intent))).toBe(true);
  });

  it('labels exactly the not-covered questions as unanswerable, about a fifth of the set', () => {
    for (const i of items) expect(i.expect.answered, i.id).toBe(i.intent !== 'not-covered');
    const share = items.filter((i) => !i.expect.answered).length / items.length;
    expect(share).toBeGreaterThan(0.15);
    expect(share).toBeLessThan(0.25);
  });

  it('keeps each conversation in one contiguous run so follow-ups come right after their context', () => {
    const seen = new Set<string>();
    let previous: string | undefined;
    for (const i of items) {
      if (i.conversation && i.conversation !== previous) {
        expect(seen.has(i.conversation), i.conversation).toBe(false);
        seen.add(i.conversation);
      }
      previous = i.conversation;
    }
    expect(seen.size).toBeGreaterThanOrEqual(10);
  });
});
