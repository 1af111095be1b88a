import { describe, expect, it } from 'vitest';
import { sharedEngine } from './engine-fixture.js';

// Two people's military ranks, compared by grade only when the article gives both.
const engine = sharedEngine();

describe('comparing two ranks the article gives', () => {
  it('says who outranks whom, shown as worked out from both ranks', () => {
    const a = engine.ask('who outranks who, song or liu');
    expect(a.answered).toBe(true);
    expect(a.text).toBe(
      'Liu Zhenli outranks Song Yanchao (worked out from the ranks the article gives: Song Yanchao is a Major General, Liu Zhenli a General).',
    );
    expect(a.citations.length).toBe(2);
  });

  it('answers a claim about the first named, whichever words ask it', () => {
    expect(engine.ask('is song more senior than liu').text).toMatch(/^No\. Liu Zhenli outranks/);
    expect(engine.ask('does liu outrank song').text).toMatch(/^Yes\. Liu Zhenli outranks/);
    expect(engine.ask('is song outranked by liu').text).toMatch(/^Yes\. Liu Zhenli outranks/);
    expect(engine.ask('which one is higher ranked, brown or liu').text).toMatch(
      /^Neither outranks the other/,
    );
  });

  it('does not compare a rank with no rank', () => {
    const a = engine.ask('chase or brown, whos the more senior us military guy here');
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(/^The article doesn't compare them: Michael Chase has no military rank/);
  });
});

describe('which of two has a rank at all', () => {
  it('names the one the article gives a rank, not which is higher', () => {
    expect(
      sharedEngine().ask('which of the two us officials has a military rank, chase or brown').text,
    ).toMatch(/^Charles Q\. Brown: Charles Q\. Brown is a General; Michael Chase has no military rank/);
  });
});
