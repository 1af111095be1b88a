import { describe, expect, it } from 'vitest';
import { sharedEngine } from '../engine/engine-fixture.js';

const engine = sharedEngine();

describe("the article's own date against an event's", () => {
  it('answers "is the article from before or after <X>" from the two dates, shown as worked out', () => {
    const a = engine.ask("is the article from before or after taiwan's election");
    expect(a.text).toMatch(
      /^Before: the article is dated 2024-01-09; Taiwan's presidential and parliamentary polls/,
    );
    expect(a.citations.length).toBeGreaterThan(0);
    expect(engine.ask('was the article written before or after the balloon').text).toMatch(/^After: /);
  });

  it('counts an article dated the day something ended as after its end', () => {
    expect(engine.ask('was the article written before or after the talks ended').text).toMatch(/^After: /);
  });
});
