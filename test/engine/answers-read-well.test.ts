import { describe, expect, it } from 'vitest';
import { sharedEngine } from './engine-fixture.js';

const engine = sharedEngine();

describe('answers read like a person wrote them', () => {
  it('says a fact once', () => {
    const text = engine.ask('who did gen. brown meet?').text;
    expect(text.match(/Liu Zhenli/g)?.length).toBe(1);
  });

  it('leaves no template fragments ("X: ...", "(Country) is", "When: ...")', () => {
    expect(engine.ask('where is the south china sea dispute').text).not.toMatch(/^In [^.]*:/);
    expect(engine.ask('Where were the talks?').text).not.toMatch(/^In [^.]*:/);
    expect(engine.ask('who is nancy pelosi').text).not.toMatch(/\) is /);
    const topic = engine.topics().find((t) => t.kind === 'event');
    expect(topic && engine.summarize(topic.id)?.text).not.toMatch(/When: /);
  });

  it('cites the sentence an answer rests on, not every sentence about its topic', () => {
    const a = engine.ask('Who did Michael Chase meet?');
    expect(a.text).toMatch(/Song Yanchao/);
    expect(a.citations.map((c) => c.sentence)).toEqual([3]);
  });

  it('summarises the whole article in full sentences', () => {
    const text = engine.ask('summarize the article').text;
    for (const part of [
      /17th round/,
      /Pelosi/,
      /Brown/,
      /South China Sea/,
      /balloon/,
      /polls|votes|elections/,
    ])
      expect(text).toMatch(part);
    // A sentence with a subject and a verb, not a noun phrase.
    expect(text).toMatch(/^The United States and China ended /);
  });

  it("refuses in a plain sentence, naming the nearest thing the article does say, never echoing the question's stray words", () => {
    const a = engine.ask('What is the population of Taiwan?');
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(/^The article doesn't say\. The closest it comes: "/);
    expect(a.text).not.toMatch(/population/);
    expect(a.citations).toHaveLength(1);
  });
});

describe('words that only lead up to the question', () => {
  it('reads "trying to prevent" as "prevent", and a known word\'s base form as known ("align" of "aligns")', () => {
    expect(engine.ask('what r they trying to prevent w all these talks').text).toMatch(
      /to prevent potential competition/,
    );
    expect(engine.ask("whats michael chase's title again i forgot").text).toMatch(
      /deputy assistant secretary of defense/,
    );
  });

  it('says what a group is in the plural, and not when the question asks what it does', () => {
    expect(engine.ask('what are pentagon officials').text).toMatch(/^Pentagon officials are /);
    expect(engine.ask('wut r pentagon officials trying to prevent w the comms channels').text).toMatch(
      /miscalculations/,
    );
  });
});
