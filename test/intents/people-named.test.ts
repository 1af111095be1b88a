import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sharedEngine } from '../engine/engine-fixture.js';
import { ingestedEngine } from '../support/ingested-engine.js';

const curated = sharedEngine();

describe('which people the article names', () => {
  it('lists the people of the side asked about, and the groups it calls by the word asked, unnamed', () => {
    const a = curated.ask('which us officials are named in the article');
    expect(a.text).toMatch(
      /^The article names 4 people of the United States: Michael Chase \(.*\), General Charles Q\. Brown \(.*\), Joe Biden \(.*\) and Nancy Pelosi \(.*\)\. It also mentions Pentagon officials and U\.S\. officials, without naming them\.$/,
    );
    expect(a.citations.length).toBeGreaterThan(0);
    expect(curated.ask('who are the chinese people in the article').text).toMatch(
      /^The article names 3 people of China: Major General Song Yanchao/,
    );
  });

  it('lists only those of the rank asked about, and leaves counting and the name of a thing to others', () => {
    expect(curated.ask('which generals are named').text).toMatch(
      /^The article names 3 people: Major General Song Yanchao .*General Charles Q\. Brown .*General Liu Zhenli/,
    );
    expect(curated.ask('how many chinese people are named').intent).not.toBe('people-named');
    expect(curated.ask('whats the official name of these talks').text).toMatch(/policy coordination talks/);
  });

  it('lists everyone on an ingested article, and counts them when asked next', () => {
    const text = readFileSync(
      join(import.meta.dirname, '..', 'fixtures', 'articles', '11-ontario-courier-appeal-ruling.txt'),
      'utf8',
    );
    const engine = ingestedEngine(text);
    expect(engine.ask('which people does the article name', 'p1').text).toMatch(
      /^The article names \d+ people: .*Deepa Raman \(a courier from Mississauga/,
    );
    expect(engine.ask('how many is that', 'p1').text).toMatch(/^That makes \d+: .*Deepa Raman/);
  });
});

describe('everyone of a kind, and those who did something', () => {
  it('lists every one a description fits instead of asking which', () => {
    expect(curated.ask('name every chinese person in the article').text).toMatch(
      /^The article names 3 people of China: /,
    );
  });

  it('does not list everyone named for "which <officials> gave that warning"', () => {
    const a = curated.ask('which us officials gave that warning, names?');
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(/it says only "U\.S\. officials"/);
  });
});

describe('officers named', () => {
  it('lists only those the article gives a military rank for "military officers"', () => {
    const reply = sharedEngine().ask('which two chinese military officers are named');
    expect(reply.text).toMatch(
      /^The article names 2 people of China: Major General Song Yanchao .* and General Liu Zhenli/,
    );
  });
});
