import { describe, expect, it } from 'vitest';
import { sharedEngine } from '../engine/engine-fixture.js';
import { ingestedEngine } from '../support/ingested-engine.js';

// An invented article, ingested with no hand-made facts.
const text = [
  'Ferry talks resume',
  '',
  'Norway and Denmark held two days of ferry talks in Oslo on Tuesday, May 6. Relations remain tense after the Norwegian seizure of a Danish trawler in April. The talks were arranged after a visit to Bergen by Danish minister Lars Holm in March.',
].join('\n');
const drafted = ingestedEngine(text, { date: '2025-05-06' });

describe('whose', () => {
  it("gives the owner the article's words give a thing, quoting them", () => {
    const reply = drafted.ask('whose trawler was seized?');
    expect(reply.intent).toBe('whose');
    expect(reply.text).toBe('Denmark\'s, as the article puts it: "a Danish trawler".');
    expect(sharedEngine().ask('the balloon that got shot down, whose was it supposedly').text).toMatch(
      /^China's, as the article puts it: "an alleged Chinese spy balloon"/,
    );
  });

  it('gives no owner to a thing the article gives none, or not beside what else the question names', () => {
    expect(drafted.ask('whose ferry was it?').text).not.toMatch(/'s, as the article puts it/);
    const a = sharedEngine().ask('whose claims are in the south china sea');
    expect(a.answered).toBe(false);
    expect(a.text).toBe("The article doesn't say whose claims those are.");
  });

  it('gives no owner when the thing has one in one sentence and none in another, unless the question picks one', () => {
    const a = sharedEngine().ask('whose claims tho');
    expect(a.answered).toBe(false);
    expect(a.text).toBe("The article doesn't say whose claims those are.");
    expect(sharedEngine().ask('whose claim of sovereignty').text).toMatch(
      /^Beijing's, as the article puts it/,
    );
  });
});
