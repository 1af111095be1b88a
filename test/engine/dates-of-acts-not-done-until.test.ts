import { describe, expect, it } from 'vitest';
import { qualityArticleEngine } from '../support/ingested-engine.js';
import { conversations, sharedEngine } from './engine-fixture.js';

// A held-out article of the quality sets (a salmon farm fined over an escape): two acts dated in one sentence,
// each "not <done> until <a date>".
const engine = qualityArticleEngine('held-out-50', '501-iceland-salmon-farm-escape-fine.txt');
let n = 0;
const ask = (q: string) => engine.ask(q, `until-${n++}`);

describe('"not <done> until <a date>"', () => {
  it('is done on that date, each act on its own', () => {
    expect(ask('When did the company notify the authority?').text).toMatch(/^Sept\. 10/);
    expect(ask('when was the net mended').text).toMatch(/^Sept\. 8/);
  });
});

describe('"are like <doing>"', () => {
  const chat = conversations(sharedEngine(), 'like-doing');

  it('is read without the hedge', () => {
    expect(chat('so china and taiwan are like beefing rn?').text).toMatch(/^Yes\./);
  });
});

describe('the one asked about as doing something', () => {
  // Another held-out article: a regulator fining a mobile operator that told it of a fault late.
  const fined = qualityArticleEngine('held-out-41', '411-philippine-typhoon-alert-fine.txt');

  it('is not dated by a sentence where it is only what the act was done to', () => {
    const a = fined.ask('When did the regulator announce its decision?', 'subject-1');
    expect(a.text).not.toMatch(/^September 2/);
  });

  it('while the one who did it is', () => {
    const a = fined.ask(
      'When did Archipelago Mobile finally tell the regulator about the problem?',
      'subject-2',
    );
    expect(a.text).toMatch(/^September 2/);
  });
});
