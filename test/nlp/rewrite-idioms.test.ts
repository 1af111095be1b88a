import { describe, expect, it } from 'vitest';
import { loadIdioms, rewriteIdioms } from '../../src/nlp/load-synonyms.js';

const idioms = loadIdioms();
const rewrite = (text: string) => rewriteIdioms(text, idioms);

describe('chat idioms', () => {
  it('rewrites a whole phrase into the plain words it means, the longest first', () => {
    expect(rewrite('so were the talks a big deal or nah')).toBe('so were the talks significant or nah');
    expect(rewrite('what made them ghost the other side')).toBe(
      'what made them cut off contact with the other side',
    );
    expect(rewrite('who got it going again')).toBe('who restarted it');
  });

  it('reads "tell us about" as "tell me about" and whom a country sent as who represented it', () => {
    expect(rewrite('tell us about the strike')).toBe('tell me about the strike');
    expect(rewrite('who did the union send to the talks')).toBe('who represented the union at the talks');
    expect(rewrite('who did france send')).toBe('who represented france');
  });

  it('leaves words that only contain an idiom alone', () => {
    expect(rewrite('the ghostwriter and the big dealer')).toBe('the ghostwriter and the big dealer');
    expect(rewrite('what was the deal')).toBe('what was the deal');
  });

  it('finds an idiom however it is capitalised, and keeps the rest as typed', () => {
    expect(rewrite('Were The Talks A Big Deal for Chase?')).toBe('Were The Talks significant for Chase?');
    expect(rewrite('Who GHOSTED who')).toBe('Who cut off contact with who');
  });

  it('treats letters of other scripts as letters, not word boundaries', () => {
    expect(rewrite('cafébig deal')).toBe('cafébig deal');
    expect(rewrite('the café was a big deal')).toBe('the café was significant');
  });
});
