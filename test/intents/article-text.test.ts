import { describe, expect, it } from 'vitest';
import { sharedEngine } from '../engine/engine-fixture.js';
import { ingestedEngine } from '../support/ingested-engine.js';

const engine = sharedEngine();

describe('article-text: how the article starts and ends', () => {
  it('quotes the last sentence for how the article ends, however asked', () => {
    for (const q of [
      'how does the article end',
      'how does the article wrap up',
      "what's the last line of the story",
    ]) {
      const a = engine.ask(q);
      expect(a.intent, q).toBe('article-text');
      expect(a.text, q).toMatch(/^The article ends: ".*diplomatic landscape\."$/);
      expect(a.citations).toHaveLength(1);
    }
  });

  it('quotes the first sentence, or the whole paragraph when a paragraph is asked for', () => {
    expect(engine.ask('how does the story begin').text).toMatch(
      /^The article opens: "The United States and China/,
    );
    const last = engine.ask("what's the last paragraph of the story");
    expect(last.citations).toHaveLength(2);
    expect(last.text).toMatch(/polls this weekend\." "The ongoing war of words/);
  });

  it('leaves how an event ended to the intents that know events', () => {
    expect(engine.ask('how did the talks end').intent).not.toBe('article-text');
  });
});

describe('yes-no: whether the article mentions something', () => {
  it('says yes with the sentence that holds it, for a thing, a place or an event', () => {
    for (const [q, said] of [
      ['is there anything in there abt territorial claims', /territorial claims in the South China Sea/],
      ['is the central military commission mentioned', /deputy director of the central military commission/],
      ['south china sea come up?', /^Yes\. The article mentions the South China Sea/],
      ['was there a virtual meeting mentioned anywhere', /^Yes\. The article mentions the virtual meeting/],
    ] as const) {
      const a = engine.ask(q);
      expect(a.text, q).toMatch(/^Yes\. The article mentions /);
      expect(a.text, q).toMatch(said);
      expect(a.citations.length, q).toBeGreaterThan(0);
    }
  });

  it('says the article does not mention a thing no sentence holds, with no verdict', () => {
    for (const [q, thing] of [
      ['is japan mentioned anywhere', 'Japan'],
      ['did russia come up at all', 'Russia'],
    ] as const) {
      const a = engine.ask(q);
      expect(a.answered, q).toBe(false);
      expect(a.text, q).toBe(`The article doesn't say anything about ${thing}.`);
    }
  });

  it('leaves out what is set aside, and what a meeting covered is not what the article mentions', () => {
    expect(engine.ask('were there any incidents mentioned besides taiwan stuff').text).toMatch(
      /^Yes\. The article mentions incidents: .*spy balloon/,
    );
    expect(engine.ask('did taiwan come up in the talks').text).not.toMatch(/^Yes/);
  });
});

describe('article-text: what the article calls something', () => {
  it('gives the names the article uses for a person, by surname, in order', () => {
    for (const q of ['what does the article call chase', 'how does the article refer to chase']) {
      const a = engine.ask(q);
      expect(a.text, q).toBe('The article calls him "Michael Chase" and "Dr. Chase".');
      expect(a.citations.length, q).toBe(2);
    }
  });

  it('gives its words for an event, also when "it" stands for it', () => {
    expect(engine.ask('what does the article call the balloon').text).toMatch(
      /"the U\.S\. downing of an alleged/,
    );
  });
});

describe("article-text: someone's report is not the article", () => {
  const ingested = ingestedEngine(
    'Ferry operator fined after pier collision\n\nA port authority in Portmere fined the ferry operator Tidewell Lines 40,000 euros on Monday, March 3, 2025, after its ferry struck a pier in January. The Marine Safety Board has opened an inquiry. The board expects to publish its final report within a year.',
    { date: '2025-03-04' },
  );

  it("does not quote the last sentence for what a body's report concluded", () => {
    const a = ingested.ask("What did the safety board's final report conclude?");
    expect(a.intent).not.toBe('article-text');
    expect(a.answered).toBe(false);
    expect(ingested.ask('how does the article end').text).toMatch(/^The article ends: "The board expects/);
  });
});
