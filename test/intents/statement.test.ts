import { describe, expect, it } from 'vitest';
import { sharedEngine } from '../engine/engine-fixture.js';

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
