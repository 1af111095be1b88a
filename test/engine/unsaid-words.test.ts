import { describe, expect, it } from 'vitest';
import { askIngested } from '../support/ingested-engine.js';
import { conversations, sharedEngine } from './engine-fixture.js';

// Words a question gives as someone's own ("who called it 'X'") that the article has nowhere: no one is named for
// them, though someone said something near them.
const ask = askIngested(
  [
    'Museum reopens after roof repairs',
    '',
    'OSTERLAND, May 6, 2025 — The city museum reopened on Monday after eight months of roof repairs.',
    'Director Ana Ruiz called the reopening "a fresh start" for the museum and thanked the builders.',
    'Council leader Tom Berg said the repairs cost 2 million euros.',
  ],
  '2025-05-06',
);
const chat = conversations(sharedEngine(), 'unsaid-words');

describe("words given as someone's that the article never has", () => {
  it('refuses "who called it <X>" when no sentence has <X>, quoted or not', () => {
    for (const q of [
      "who called the reopening 'a triumph for the city'",
      'which official said "we are broke"?',
    ]) {
      const a = ask(q);
      expect(a.answered, q).toBe(false);
      expect(a.text, q).toMatch(/doesn't have the words/);
    }
    expect(chat("which official called the talks 'candid and constructive'").answered).toBe(false);
    expect(chat('who called the talks candid and constructive').answered).toBe(false);
    expect(ask('who described the reopening as disastrous').answered).toBe(false);
  });

  it('leaves a yes/no question with such words to the claim check, which corrects it', () => {
    expect(chat("the article calls the talks a 'breakthrough' right").text).toMatch(
      /^No\. .*significant step/,
    );
    expect(chat('is the us-china relationship described as good').text).toMatch(/^No\. .*strained/);
  });

  it('still answers words the article has, typed loosely', () => {
    expect(ask("who called the reopening 'a fresh start'").text).toMatch(/Ana Ruiz/);
    expect(ask('who called the reopening a fresh start?').text).toMatch(/Ana Ruiz/);
    expect(chat("what does 'mil to mil' even mean in this context").answered).toBe(true);
    expect(chat("who's the 'then house speaker' they mention").text).toMatch(/Pelosi/);
  });

  it('reads "what were his exact words" as what he said, so a claim he never made is not answered', () => {
    const a = chat('song said china will never compromise on taiwan right? what were his exact words');
    expect(a.answered).toBe(false);
    expect(a.text).not.toMatch(/is a Chinese Major General/);
    expect(chat("what were chase's exact words").text).toMatch(/open lines/);
  });
});
