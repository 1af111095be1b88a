import { describe, expect, it } from 'vitest';
import { conversations, sharedEngine } from './engine-fixture.js';

const ask = conversations(sharedEngine(), 'asides-embedded');

describe('chat forms read as the plain question', () => {
  it('answers an embedded question, "i forgot who <X> is, does the article mention him"', () => {
    const a = ask('ngl i forgot who the joint chiefs chairman is, does the article mention him');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/Charles Q\. Brown/);
  });

  it('asks a summary with "tldr pls" after it', () => {
    expect(ask('yo what was this article even about, tldr pls').intent).toBe('article-summary');
  });

  it('answers "<X> ended on" as when <X> ended', () => {
    expect(ask('and the dc talks ended on').text).toMatch(/^Tuesday, Jan\. 9/);
    expect(ask('the balloon was shot down on').text).toMatch(/^February 2023/);
  });

  it('reads "<A> is like the top guy in <X>" as a title claimed, and corrects it', () => {
    const a = ask('song yanchao is like the top guy in chinas military right');
    expect(a.text).toMatch(/^No\. .*deputy director/);
  });
});
