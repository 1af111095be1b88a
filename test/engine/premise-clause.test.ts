import { describe, expect, it } from 'vitest';
import { sharedEngine } from './engine-fixture.js';

// A wh-question that takes an act as given after "after", "before" or "since": the article must report it.
const engine = sharedEngine();

describe('a premise in a clause after "after"', () => {
  it('says the article does not report an act it never mentions, rather than answering what came after', () => {
    for (const [q, clause] of [
      ['what did the us do after song walked out of the talks', 'song walked out of the talks'],
      ['what did the us do after china launched a missile', 'china launched a missile'],
    ]) {
      const a = engine.ask(q ?? '');
      expect(a.answered, q).toBe(false);
      expect(a.text, q).toBe(`The article doesn't say that ${clause}.`);
    }
  });

  it('answers when the article reports the act, and reads the clause only up to the main verb', () => {
    expect(engine.ask('what happened after beijing severed dialogue').text).toMatch(
      /^After Beijing's severing of diplomatic dialogue, the article reports:/,
    );
    expect(engine.ask('how many days after the talks ended is the taiwan vote').text).toMatch(/^4 days/);
  });
});

describe('the act asked about, beside a clause after "after"', () => {
  it("takes the main clause's verb for the act, wherever the clause stands", () => {
    for (const q of [
      'who cut off the dialogue after pelosi visited taiwan',
      'after pelosi visited taiwan, who cut off the dialogue',
    ])
      expect(engine.ask(q).text, q).toMatch(/^Beijing severed diplomatic dialogue/);
  });
});

describe('a relative clause after a where or when question', () => {
  it('answers the main clause: the clause only says which act is meant', () => {
    for (const q of [
      'where did pelosi go that pissed off beijing',
      'where did pelosi go that angered beijing',
    ])
      expect(engine.ask(q).text, q).toMatch(/^In Taiwan\./);
    expect(engine.ask('when did pelosi make the trip that made china cut ties').text).toMatch(
      /^August 2022\./,
    );
  });
});

describe('two people put in a meeting they never had', () => {
  it('says who each of them met instead of answering about the meeting', () => {
    for (const q of ['y did chase meet w liu zhenli at the talks', 'when did brown talk to song']) {
      const a = engine.ask(q);
      // (The correction is the article's facts: answered, like a place corrected.)
      expect(a.answered, q).toBe(true);
      expect(a.text, q).toMatch(/^The article reports no meeting between .* and .*: .* met .*; .* met /);
    }
    // (Which of several met someone is a question, not a premise.)
    expect(engine.ask('song yanchao vs liu zhenli, who talked to chase').text).not.toMatch(/no meeting/);
  });
});

describe('a journey to a meeting held virtually', () => {
  it('says it was a virtual meeting, asked why or when someone travelled to it', () => {
    for (const q of ['why did gen brown fly to china last month', 'when did brown fly to china'])
      expect(engine.ask(q).text, q).toMatch(/^It was a virtual meeting: General Charles Q\. Brown met /);
    expect(engine.ask('why did brown meet liu').text).not.toMatch(/^It was a virtual meeting/);
  });
});

describe('an event put at a body instead of a place', () => {
  it('neither confirms nor denies it, and says where the article puts the event', () => {
    const reply = engine.ask('why were the talks held at the pentagon');
    expect(reply.answered).toBe(false);
    expect(reply.text).toMatch(
      /doesn't say that .* took place at the Pentagon\. It does say .* in Washington/,
    );
  });

  it('still answers about a person "at" that body', () => {
    expect(engine.ask("whats chase's position at the pentagon").text).toMatch(
      /^Michael Chase is the U\.S\. deputy/,
    );
  });
});
