import { describe, expect, it } from 'vitest';
import { conversations, sharedEngine } from '../engine/engine-fixture.js';

// What happened, asked as members ask it, on the first article's curated store.
const engine = sharedEngine();

describe('how someone responded to an event', () => {
  it('answers with what the article says was done in response, however the event is put', () => {
    for (const q of [
      'how did china respond when pelosi went to taiwan',
      'how did china react to pelosi visiting taiwan',
      "what was beijing's response to the pelosi trip",
    ]) {
      const reply = engine.ask(q);
      expect(reply.text, q).toMatch(/^Beijing severed diplomatic dialogue in response to/);
      expect(reply.citations.length, q).toBeGreaterThan(0);
    }
  });

  it("does not give one side's response as another's", () => {
    const reply = engine.ask('how did the us respond when pelosi went to taiwan');
    expect(reply.answered).toBe(false);
    expect(reply.text).toMatch(/doesn't say how the United States reacted/);
  });
});

describe('the thing an act was done to, asked in the passive', () => {
  it('answers with the act the participle names, in the month typed, not all that month held', () => {
    expect(engine.ask('what was severed in aug 2022').text).toMatch(/^Beijing severed diplomatic dialogue/);
    expect(engine.ask('what got shot down in feb').text).toMatch(/spy balloon/);
    expect(engine.ask('what was discussed').text).toMatch(/^The two sides delved into/);
    expect(engine.ask("wait so what's going on in taiwan").text).toMatch(/polls/);
  });
});

describe('what a meeting covered about a subject', () => {
  it("says the meeting's topics when asked what was discussed about something they do not include", () => {
    const reply = engine.ask('what exactly was discussed about the south china sea');
    expect(reply.answered).toBe(false);
    expect(reply.text).toMatch(/doesn't say what was discussed about the south china sea at .*delved into/);
    expect(engine.ask('what was discussed about communication').text).toMatch(/^The two sides delved into/);
    expect(engine.ask('what other disputes r mentioned').text).toMatch(/South China Sea/);
  });
});

describe('what someone did on a journey', () => {
  it('says the article reports the journey, not what was done on it', () => {
    for (const q of [
      "what did pelosi do in taiwan, like who'd she meet",
      'what did pelosi actually do while in taiwan',
    ]) {
      const reply = engine.ask(q);
      expect(reply.answered, q).toBe(false);
      expect(reply.text, q).toMatch(
        /^The article doesn't say what Nancy Pelosi did there\. It does say that .*visited Taiwan/,
      );
    }
  });
});

describe('what followed from an event', () => {
  const chat = conversations(engine, 'consequence');
  it('answers "what came of <X>", "what did <X> lead to" and "what happened bc of that" with the response to it', () => {
    for (const q of ["what did pelosi's trip lead to", 'what came of the pelosi visit'])
      expect(engine.ask(q).text, q).toMatch(/^Beijing severed diplomatic dialogue in response to/);
    expect(chat('when did pelosi go to taiwan again', 'and what happened bc of that').text).toMatch(
      /^Beijing severed diplomatic dialogue/,
    );
  });
  it('says the article does not say what came of an event nothing responded to', () => {
    const reply = engine.ask('what did the balloon cause');
    expect(reply.answered).toBe(false);
    expect(reply.text).toMatch(/^The article doesn't say what came of the U\.S\. downing/);
  });
});

describe('what a party did in a month the article gives no act of theirs in', () => {
  it("gives the party's undated act that answered something of that month", () => {
    expect(engine.ask('what did beijing do in aug 2022 that broke things').text).toMatch(
      /^The article gives no date for it, but Beijing severed diplomatic dialogue in response to .*August 2022/,
    );
  });
  it('says nothing of theirs is reported, not that nothing happened at all', () => {
    const reply = engine.ask('what did biden do in february');
    expect(reply.answered).toBe(false);
    expect(reply.text).toBe('The article reports nothing Joe Biden did in February 2023.');
  });
});

describe('a role no one of the event holds, and a place only a dispute is about', () => {
  it("does not answer \"what's <a place>'s current president called\" with the place's elections", () => {
    const reply = engine.ask("what's taiwan's current president called");
    expect(reply.answered).toBe(false);
    expect(reply.text).toMatch(/^The article doesn't say who that is\./);
  });
  it('answers "tell me about <a sea>" with the dispute over it', () => {
    expect(engine.ask('tell me about the south china sea').text).toBe(
      'Washington and Beijing are in dispute over territorial claims in the South China Sea.',
    );
  });
  it('reads "party" as itself, not as a longer form of a word the article uses', () => {
    expect(engine.ask('what party is pelosi in').answered).toBe(false);
  });
});

describe('an event asked after by a word for it, not its name', () => {
  it('tells about "the virtual call" as the one event the word stands for', () => {
    expect(sharedEngine().ask('tell me about the virtual call').text).toMatch(
      /^General Charles Q\. Brown met his Chinese counterpart, General Liu Zhenli, in a separate virtual meeting/,
    );
  });
});

describe('a phone call asked about, of a meeting held virtually', () => {
  it('tells the meeting as the article gives it, saying it does not say it was by phone', () => {
    const a = sharedEngine().ask('whats the deal with the phone call between the generals');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^General Charles Q\. Brown met his Chinese counterpart/);
    expect(a.text).toMatch(/It was a virtual meeting; the article does not say it was by phone\./);
  });
});

describe('what one party did about an event', () => {
  it("answers with the party's own act on it, or its response, however the event is put", () => {
    expect(engine.ask('wat did the us do abt the balloon').text).toMatch(/^The U\.S\. downed an alleged/);
    expect(engine.ask('what did china do about the visit').text).toMatch(
      /^Beijing severed diplomatic dialogue/,
    );
    expect(engine.ask('what did beijing do in response to the trip').text).toMatch(/^Beijing severed/);
  });

  it('says so when the article reports nothing that party did about it', () => {
    const reply = engine.ask('what did the us do about the visit');
    expect(reply.answered).toBe(false);
    expect(reply.text).toMatch(/doesn't say what the United States did about that/);
  });
});

describe('what a country did in a period, done by its people', () => {
  it("answers with the acts of that country's people in the period, not that it did nothing", () => {
    const reply = engine.ask('what did the us and china agree to late last year');
    expect(reply.answered).toBe(true);
    expect(reply.text).toMatch(/Biden and Xi agree to restart diplomatic dialogue/);
  });
});

describe('what was "on the table"', () => {
  it('reads it as what was discussed, not how the parties stand', () => {
    for (const q of [
      'wat relations were on the table in the talks',
      'what relations were discussed in the talks',
    ]) {
      expect(engine.ask(q).text, q).toMatch(/^The two sides delved into U\.S\.-PRC defense relations/);
    }
  });
});
