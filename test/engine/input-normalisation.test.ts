import { describe, expect, it } from 'vitest';
import { sharedEngine } from './engine-fixture.js';

const engine = sharedEngine();
const ENGLISH_ONLY = /only answer questions in English/;

describe('questions typed oddly are read as meant', () => {
  it('reads full-width letters and a zero-width character inside a word as plain text', () => {
    const plain = engine.ask('who is michael chase?').text;
    expect(engine.ask('ｗｈｏ ｉｓ ｍｉｃｈａｅｌ ｃｈａｓｅ？').text).toBe(plain);
    expect(engine.ask('who is mich\u200bael chase?').text).toBe(plain);
  });

  it('reads "tl;dr" and "in a nutshell" as asking for the summary, and chat interjections as no topic', () => {
    const summary = engine.article.summary;
    for (const q of [
      'tl;dr pls',
      'tldr of the article pls',
      'ngl i didnt read it, whats the main point of this article in a nutshell',
    ])
      expect(engine.ask(q).text, q).toBe(summary);
    // A "tl;dr" before a question is only a lead-in.
    expect(engine.ask('tl;dr: who did chase meet').text).toMatch(/Song Yanchao/);
    expect(engine.ask('who is liu zhenli supposed to be').text).toMatch(/^Liu Zhenli is/);
  });

  it('reads a bare "what happened", however briefly asked for, as asking for the summary', () => {
    for (const q of ['what happened', 'in one sentence what happened', 'so what happened basically?'])
      expect(engine.ask(q).intent, q).toBe('article-summary');
    expect(engine.ask('what happened in december').intent).not.toBe('article-summary');
  });

  it('reads two neighbouring letters typed the wrong way round as the word meant', () => {
    expect(engine.ask('when did the tlaks end?').text).toBe(engine.ask('when did the talks end?').text);
  });

  it('gives a question in another language written in Latin letters the English-only reply', () => {
    for (const q of ['¿Quién es Michael Chase?', 'Qui est Michael Chase ?', 'Wer ist Michael Chase?']) {
      const a = engine.ask(q);
      expect(a.answered, q).toBe(false);
      expect(a.text, q).toMatch(ENGLISH_ONLY);
    }
  });

  it('still answers English that borrows a foreign word', () => {
    expect(engine.ask('who is Chase, the jefe of the US side?').text).not.toMatch(ENGLISH_ONLY);
  });

  it('reads English words other languages share, and chat spellings, as English ("disputes over wat")', () => {
    for (const q of ['disputes over wat', 'over wat', 'wat war'])
      expect(engine.ask(q).text, q).not.toMatch(ENGLISH_ONLY);
  });
});
