import { describe, expect, it } from 'vitest';
import { sharedEngine } from '../engine/engine-fixture.js';

const engine = sharedEngine();
const ask = (q: string) => engine.ask(q);

describe('why something is significant', () => {
  it('answers with how the article presents the event asked about', () => {
    const a = ask('why are the taiwan elections significant');
    expect(a.intent).toBe('why');
    expect(a.text).toMatch(/^The article presents Taiwan's presidential and parliamentary polls as/);
  });

  it('reads "this", with nothing else named, as the news the article leads with ("a big deal": significant)', () => {
    for (const q of ['why is this considered a big deal', 'why is this meeting considered a big deal']) {
      const a = ask(q);
      expect(a.answered, q).toBe(true);
      expect(a.text, q).toMatch(/^The article presents the 17th round .* as a significant step/);
    }
  });

  it('still refuses for an event the article presents as nothing', () => {
    expect(ask('why was the brown liu meeting important').answered).toBe(false);
  });
});

describe('chat words read as the words the article uses', () => {
  it('reads "vibe" as the state of relations, "ghost" as severing, "situation" as the landscape', () => {
    expect(ask('whats the overall vibe of us china relations').text).toMatch(/^Strained\./);
    expect(ask('what event made beijing ghost the us military').text).toMatch(/Pelosi/);
    expect(ask('what adds complexity to the diplomatic situation').text).toMatch(/war of words/);
  });
});

describe('why of a bare name', () => {
  it('gives no event\'s reason for "why <a place>" or "why <a person>", and says what the article has of them', () => {
    const cases: Array<[string, string]> = [
      ['why mongolia lol', 'Mongolia'],
      ['why washington', 'Washington'],
      ['why chase', 'Michael Chase'],
      // (Why a title reads as it does: no article explains its own wording.)
      ['why is mongolia in his title lol', 'Mongolia'],
    ];
    for (const [q, name] of cases) {
      const a = ask(q);
      expect(a.answered, q).toBe(false);
      expect(a.text, q).toMatch(
        new RegExp(`^The article gives no reason about ${name} alone\\. It does say that ${name} is`),
      );
    }
  });
});
