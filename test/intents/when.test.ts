import { describe, expect, it } from 'vitest';
import { sharedEngine } from '../engine/engine-fixture.js';

const engine = sharedEngine();
const ask = (q: string) => engine.ask(q);

describe('when, by day of the week', () => {
  it('says the article gives no weekday for an event it dates only by month', () => {
    const reply = ask('what day of the week was the brown liu call');
    expect(reply.answered).toBe(false);
    expect(reply.text).toMatch(/doesn't say which day of the week; it says last month \(December 2023\)/);
    expect(ask('what weekday did the talks end').text).toMatch(/^On a Tuesday/);
  });
});

describe('a change of office', () => {
  it('is no event of the article: when someone stopped holding a title is not answered with another date', () => {
    const reply = sharedEngine().ask('when did pelosi stop being speaker');
    expect(reply.answered).toBe(false);
    expect(reply.text).toMatch(/^The article doesn't say when that changed/);
  });
});
