import { describe, expect, it } from 'vitest';
import { intents } from '../../intents/index.js';
import { readArticle } from '../../src/facts/load-facts.js';
import { sharedEngine } from '../engine/engine-fixture.js';

const engine = sharedEngine();
// Examples that name an article's people live with that article (data/articles/<slug>/examples.json).
const { examples: articleExamples } = readArticle();
const examplesOf = (id: string) => [
  ...(intents.find((i) => i.id === id)?.examples ?? []),
  ...(articleExamples[id]?.examples ?? []),
];
const counterExamplesOf = (id: string) => [
  ...(intents.find((i) => i.id === id)?.counterExamples ?? []),
  ...(articleExamples[id]?.counterExamples ?? []),
];

describe('every intent', () => {
  it('has a unique id, a description and examples', () => {
    expect(new Set(intents.map((i) => i.id)).size).toBe(intents.length);
    for (const intent of intents) {
      expect(intent.description.length, intent.id).toBeGreaterThan(10);
      expect(examplesOf(intent.id).length, intent.id).toBeGreaterThanOrEqual(4);
    }
  });

  for (const intent of intents) {
    describe(intent.id, () => {
      it.each(examplesOf(intent.id))('routes its example %j to itself', (example) => {
        const answer = engine.ask(example);
        // Some examples are questions the article cannot answer ("What did Liu Zhenli say?"): the intent
        // still owns them and says so.
        expect(answer.intent).toBe(intent.id);
        expect(answer.text.length).toBeGreaterThan(0);
      });
      it.each(counterExamplesOf(intent.id))(
        'does not answer its counter-example %j as itself with a fact',
        (counter) => {
          const answer = engine.ask(counter);
          expect(
            answer.intent === intent.id &&
              answer.answered &&
              answer.confidence > 0.8 &&
              !/^No\./.test(answer.text),
          ).toBe(false);
        },
      );
    });
  }
});

describe('"which <noun> <did something>" asks who', () => {
  it('answers which country did an act with the doer, not a place', () => {
    expect(engine.ask('which country shot down the balloon').text).toMatch(/^The U\.S\. downed/);
    expect(engine.ask('which city hosted the talks').text).toMatch(/^In Washington/);
  });

  it("asks about the holder of a title a body's possessive names, not the body", () => {
    expect(engine.ask("who's the pentagon's deputy asst sec for china").text).toMatch(/^Michael Chase/);
  });
});

describe('how things stand between parties other than the relationship the article describes', () => {
  it('answers from the disputes between them, or says the article does not say', () => {
    expect(engine.ask('how are things between taiwan and china').text).toMatch(
      /^Taiwan and China are locked in an ongoing war of words/,
    );
    const us = engine.ask('how are relations between taiwan and the us');
    expect(us.answered).toBe(false);
    expect(engine.ask('how are relations between the us and china').text).toMatch(/^Strained\./);
  });
});

describe('"which <thing>" the facts never name', () => {
  it('does not answer which party is ahead in an event no person takes part in', () => {
    expect(engine.ask('which party is leading in the taiwan polls').answered).toBe(false);
  });

  it('does not answer which islands with the dispute over a sea', () => {
    const a = engine.ask('which islands in the south china sea are being fought over');
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(/doesn't say which islands/);
    expect(engine.ask('which issues divide the two countries').answered).toBe(true);
  });
});
