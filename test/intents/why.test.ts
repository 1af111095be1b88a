import { describe, expect, it } from 'vitest';
import { conversations, sharedEngine } from '../engine/engine-fixture.js';

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

describe('why a party cares', () => {
  it('answers "why does <a country> even care" with the disputes it is party to about the thing in view', () => {
    const chat = conversations(engine, 'cares');
    const reply = chat("anything about taiwan's elections?", 'why does china even care');
    expect(reply.text).toMatch(/Beijing claims sovereignty over the island/);
    expect(reply.text).not.toMatch(/South China Sea/);
    // (A party holding a view with a reason is answered with its view.)
    expect(ask('why does the pentagon care so much about comms channels').text).toMatch(/miscalculations/);
  });

  it('adds what the article ties to a view when that is what is asked', () => {
    expect(ask("what broader goal does chase's comms push line up with").text).toMatch(
      /This sentiment aligns with the broader goal of maintaining stability in the region\.$/,
    );
    expect(ask('why did chase push for open lines').text).not.toMatch(/broader goal/);
  });
});

describe('what someone did that made another act', () => {
  it("answers with the doer's act that the other's came in response to", () => {
    for (const q of ['what did pelosi do that made beijing mad', 'what did pelosi do to make beijing angry'])
      expect(engine.ask(q).text, q).toMatch(
        /^Nancy Pelosi's visit to Taiwan: Beijing severed diplomatic dialogue/,
      );
  });

  it("says so when the article ties nothing the one named did to the other's act", () => {
    const a = engine.ask('what did biden do that made beijing mad');
    expect(a.answered).toBe(false);
    expect(a.text).not.toMatch(/Pelosi/);
  });
});

describe('what someone or their country did that made another act', () => {
  it('answers with the act the other responded to, of a person or of the country they are from', () => {
    for (const q of [
      'the thing pelosi did that made china mad was what',
      'what did pelosi do that made china angry',
      'what did the us do to make china mad',
    ])
      expect(ask(q).text, q).toMatch(/^Nancy Pelosi's visit to Taiwan: Beijing severed diplomatic dialogue/);
    expect(ask('what did taiwan do that made china angry').answered).toBe(false);
  });
  it('reads "what kicked off / set off the freeze" as its cause, and "they kicked off what day" as its start', () => {
    for (const q of ['what kicked off the freeze', 'what set off the freeze', 'what started the freeze'])
      expect(ask(q).text, q).toMatch(/in response to then-House Speaker Nancy Pelosi's visit/);
    expect(ask('they kicked off what day').text).toMatch(/^Monday, Jan\. 8, 2024, worked out/);
  });
});

describe('what an event was a step toward', () => {
  it('answers with how the article presents it, the event named by its place and a word for it', () => {
    for (const q of ['what was the washington meeting a step toward', 'what were the talks a step in'])
      expect(ask(q).text, q).toMatch(
        /^The article calls the 17th round .* a significant step in the ongoing effort to resume military-to-military ties/,
      );
  });
});

describe('why a name is in the article', () => {
  it('says a place named only inside a title comes up in that title', () => {
    const reply = engine.ask('why is mongolia even in this article lol');
    expect(reply.answered).toBe(true);
    expect(reply.text).toBe(
      "Mongolia comes up only in Michael Chase's title: the deputy assistant secretary of defense for China, Taiwan, and Mongolia.",
    );
  });
  it('reads "shut down the talks" as cutting them off, not as a downing', () => {
    expect(engine.ask('what event made beijing shut down the talks').text).toMatch(
      /^Beijing's severing of diplomatic dialogue came in response to .*Pelosi's visit/,
    );
  });
});

describe('what made a party act, in chat words', () => {
  it('reads "<a capital> cut ties" as the act, whatever wink tags "cut", not the state of the relationship', () => {
    for (const q of ['what made beijing cut ties', 'what actually triggered beijing cutting ties']) {
      expect(ask(q).text, q).toMatch(
        /^Beijing's severing of diplomatic dialogue came in response to .*Pelosi/,
      );
    }
    expect(ask('why are us-china ties strained').text).toMatch(
      /^The relationship between Washington and Beijing/,
    );
  });

  it('reads "how did <X> affect <Y>" and "what effect did <X> have" as what <X> led to', () => {
    for (const q of [
      "hw did pelosi's visit affect mil ties",
      "what impact did pelosi's trip have on the talks?",
    ])
      expect(ask(q).text, q).toMatch(/^Beijing severed diplomatic dialogue in response to/);
  });

  it('asks "<X>?? why" as "why <X>"', () => {
    const chat = conversations(engine, 'echoed-why');
    expect(chat('which countries does chase cover', 'mongolia?? why').text).toMatch(
      /^The article gives no reason about Mongolia alone/,
    );
  });
});

describe('why an act named as a noun happened', () => {
  it('answers "what caused the freeze in <ties>" with the cause of the severing, not the strains', () => {
    for (const q of [
      'what caused the freeze in military ties',
      'what triggered the freeze in mil-to-mil ties',
    ])
      expect(ask(q).text, q).toMatch(/^Beijing's severing of diplomatic dialogue came in response to/);
    expect(ask('why does the article say the diplomatic landscape is complicated at the end').text).toMatch(
      /remains strained/,
    );
  });
});

describe('why something shows up in the article', () => {
  it('reads "why does <a place> (even) show up" as why it is mentioned', () => {
    expect(ask('mongolia?? why does mongolia even show up in this article lol').text).toMatch(
      /^Mongolia comes up only in Michael Chase's title/,
    );
  });
});

describe('why someone did what the article never says they did', () => {
  it("refuses, and does not give the reason for something else they did or the event's significance", () => {
    const a = ask('why did chase walk out of the talks on day one');
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(/^The article doesn't say that Michael Chase did that, or why\./);
  });

  it('still gives the reason a view holds when the question shares its words or points back at it', () => {
    for (const q of [
      'why did chase push for open lines',
      'why did michael chase say that',
      'why does chase want communication',
    ])
      expect(ask(q).text, q).toMatch(/^Michael Chase emphasised the critical need/);
    expect(ask('whats the point of resuming mil to mil ties acc to the pentagon').text).toMatch(
      /^Pentagon officials consider/,
    );
  });
});

describe('what led to an event', () => {
  it('answers "what <noun> led to <event>" with what the event follows, not why that other thing happened', () => {
    for (const q of ['what agreement led to the talks', 'the talks came back bc of wat agreement'])
      expect(ask(q).text, q).toMatch(/agreement between Joe Biden and Xi Jinping/);
  });

  it("still answers 'what set off <the freeze> in <the talks>' with the freeze's cause", () => {
    expect(ask('bro what set off the whole freeze in mil talks').text).toMatch(/Pelosi/);
  });
});
