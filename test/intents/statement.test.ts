import { describe, expect, it } from 'vitest';
import { conversations, sharedEngine } from '../engine/engine-fixture.js';

// What someone said, asked as members ask, on the first article's curated store.
const engine = sharedEngine();

describe('what someone said, asked another way', () => {
  it('reads "who called <X> <a quality>" and "<person>\'s main point" as what was said', () => {
    expect(engine.ask('who called the communication channels crucial').text).toMatch(
      /^Pentagon officials consider/,
    );
    expect(engine.ask("what was chase's main point in the talks").text).toMatch(/^Michael Chase emphasised/);
  });
});

describe('who said it, and what the article ties to it', () => {
  it('says nothing was reported of a place the article quotes nowhere, not what others said of it', () => {
    const reply = engine.ask("what did taiwan's govt think of the us china talks");
    expect(reply.answered).toBe(false);
    expect(reply.text).toBe("The article doesn't say what Taiwan said or thought.");
  });

  it('answers what someone said about a topic from the sentence the article ties to their words', () => {
    expect(engine.ask('what did chase say about stability').text).toMatch(
      /^Michael Chase emphasised .*\. This sentiment aligns with the broader goal of maintaining stability/,
    );
    expect(engine.ask('what did chase say').text).not.toMatch(/This sentiment/);
  });
});

describe('who talked about a topic', () => {
  it("finds who said something with the topic's words, and names nobody when no one did", () => {
    expect(engine.ask('who talked about open lines of comms').text).toMatch(/^Michael Chase emphasised/);
    expect(engine.ask("the bit about 'open lines' of comms, who said that").text).toMatch(
      /^Michael Chase emphasised/,
    );
    const none = engine.ask('who talked about the balloon');
    expect(none.answered).toBe(false);
    expect(none.text).toMatch(/^The article doesn't say who said anything about the balloon/);
  });

  it('reads "the stuff <A> said" as what <A> said, and "is what <A> said tied to <X>" as a yes/no question', () => {
    for (const q of [
      'is the stuff chase said tied to any bigger goal',
      'is what chase said tied to a broader goal',
    ]) {
      const text = engine.ask(q).text;
      expect(text, q).toMatch(/^Yes\. Michael Chase emphasised .* broader goal of maintaining stability/);
    }
  });
});

describe('what someone described said to another', () => {
  it('asks of the one described before the verb of saying, not the one spoken to', () => {
    expect(sharedEngine().ask('what did the chinese major general say back to chase').text).toMatch(
      /^The article doesn't say what Song Yanchao said/,
    );
  });
});

describe('what others than a party set aside said', () => {
  it('says nobody else is reported saying it when the only one who did is set aside ("besides <A>")', () => {
    expect(engine.ask('who besides beijing claims taiwan').text).toMatch(
      /^The article doesn't say that anyone besides Beijing did that/,
    );
    const chat = conversations(engine, 'besides-claim');
    expect(
      chat('does the article mention the south china sea', 'which countries besides china claim stuff there')
        .answered,
    ).toBe(false);
    expect(engine.ask('who claims taiwan').text).toMatch(/^Beijing claims sovereignty over Taiwan/);
  });
});

describe("what someone said about the relationship's troubles", () => {
  it('asks what the person said, not how the relationship stands', () => {
    const reply = engine.ask('what did pelosi say about china cutting ties');
    expect(reply.intent).toBe('statement');
    expect(reply.text).toBe("The article doesn't say what Nancy Pelosi said.");
  });
});

describe("a person's position", () => {
  it('reads "<person>\'s position at the time" as the office held, and a position on something as words', () => {
    expect(engine.ask("pelosi's position at the time of the visit?").text).toMatch(/then-House Speaker/);
    expect(engine.ask("what's china's position").text).toMatch(/^Beijing claims sovereignty over Taiwan/);
    expect(engine.ask("chase's position on taiwan?").text).toBe(
      "The article doesn't say what Michael Chase said about Taiwan.",
    );
  });
});

describe("what a side's officials said", () => {
  const engine = sharedEngine();
  it("counts a side's groups of officials as speaking for it, but not when the side only describes a person", () => {
    expect(engine.ask('who in the us govt considers comms channels crucial').text).toMatch(
      /Pentagon officials consider establishing and maintaining communication channels/,
    );
    expect(engine.ask('what did the us officals warn about the dialogue').text).toMatch(
      /^U\.S\. officials cautioned that developing truly functional dialogue/,
    );
    expect(engine.ask('what did the us deputy assistant sec say was super important').text).not.toMatch(
      /Pentagon officials/,
    );
  });
});

describe('what a side said after an event', () => {
  it('gives only what the article ties to that event, and says so when it ties nothing', () => {
    const reply = engine.ask('wat did the chinese side say after the talks');
    expect(reply.answered).toBe(false);
    expect(reply.text).toMatch(/doesn't say what Beijing said after the talks/);
  });
});

describe('a topic qualified by a party of the relationship', () => {
  it('answers "what do <officials> think about having channels with <a party>" with what they said of channels', () => {
    const reply = engine.ask('wat do pentagon ppl think abt having comms channels w china');
    expect(reply.text).toMatch(
      /^Pentagon officials consider establishing and maintaining communication channels/,
    );
  });
});

describe('which group said it', () => {
  it('answers "which officials think <X>" with the group the article gives, when none is typed', () => {
    const a = engine.ask('which officials think comm channels are crucial');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^Pentagon officials consider/);
  });

  it('still says the article gives no names when the group typed is asked "which"', () => {
    expect(engine.ask('which us officials said itll take time').text).toMatch(
      /^The article doesn't say who they are by name/,
    );
  });
});
