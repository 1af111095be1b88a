import { describe, expect, it } from 'vitest';
import { ingestedEngine } from '../support/ingested-engine.js';
import { conversations, sharedEngine } from './engine-fixture.js';

const chat = conversations(sharedEngine(), 'compare');

describe('a comparison the article never makes', () => {
  it('says so, instead of quoting a sentence that mentions both', () => {
    for (const q of [
      'whose military is bigger, us or china',
      'who is more powerful, chase or song',
      'which is more important, taiwan or the south china sea',
    ]) {
      const a = chat(q);
      expect(a.answered, q).toBe(false);
      expect(a.text, q).toMatch(/^The article doesn't say which is (?:bigger|more powerful|more important)/);
    }
  });

  it('still works out what stated facts settle: ranks, and which came first', () => {
    expect(chat('who outranks who, song or liu').text).toMatch(/^Liu Zhenli outranks Song Yanchao/);
    expect(chat("which is more recent, pelosi's trip or brown's call w liu").text).toMatch(
      /Pelosi's visit to Taiwan came first/,
    );
  });

  it('leaves a comparison the article does make to the sentences', () => {
    const engine = ingestedEngine(
      'Harbour council approves new ferry terminal\n\nThe harbour council in Portmere approved a new ferry terminal on Monday, March 3, 2025. The new terminal is larger than the old one, council leader Ada Brook said.',
      { date: '2025-03-04' },
    );
    expect(engine.ask('which terminal is larger, the new one or the old one').text).not.toMatch(
      /compares nothing that way/,
    );
    expect(engine.ask('which terminal is cheaper, the new one or the old one').text).toBe(
      "The article doesn't say which is cheaper: it compares nothing that way.",
    );
  });
});
