import { describe, expect, it } from 'vitest';
import { sharedEngine } from '../engine/engine-fixture.js';

// How two things the article names are linked, on the first article's curated store.
const engine = sharedEngine();

describe('the link between two things', () => {
  it('tells the chain of events between a person and an event, cause before effect, each cited', () => {
    for (const q of [
      "what's the link between pelosi and these talks",
      'how is pelosi connected to the talks',
      'what does pelosi have to do with the talks',
    ]) {
      const reply = engine.ask(q);
      expect(reply.text, q).toMatch(
        /^The article ties them through these events: Then-House Speaker Nancy Pelosi visited Taiwan .*; Beijing severed diplomatic dialogue .*; .*agreed late last year to restart diplomatic dialogue; .*17th round/,
      );
      expect(reply.citations.length, q).toBeGreaterThanOrEqual(2);
    }
  });

  it('says so when the article ties the two by no chain, rather than listing what came between', () => {
    const reply = engine.ask("what's the connection between the balloon and the talks");
    expect(reply.answered).toBe(false);
    expect(reply.text).toMatch(/doesn't say how .* are connected/);
    expect(engine.ask('what happened between the balloon and the talks').text).toMatch(/^Between /);
  });
});
