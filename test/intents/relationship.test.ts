import { describe, expect, it } from 'vitest';
import { sharedEngine } from '../engine/engine-fixture.js';

// How the article's two parties stand, asked in chat words.
describe('the big picture between two parties', () => {
  it('reads "the big picture between <A> and <B>" as how they stand', () => {
    expect(
      sharedEngine().ask('whats the big picture between washington and beijing rn per the article').text,
    ).toMatch(/^Strained\. The relationship between Washington and Beijing remains strained/);
  });
});
