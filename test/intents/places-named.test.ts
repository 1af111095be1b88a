import { describe, expect, it } from 'vitest';
import { sharedEngine } from '../engine/engine-fixture.js';
import { askIngested } from '../support/ingested-engine.js';

const curated = sharedEngine();

describe('which countries, places and bodies the article names', () => {
  it('lists the countries involved, each cited', () => {
    const a = curated.ask('what countries are involved');
    expect(a.intent).toBe('places-named');
    expect(a.text).toBe('The article names 2 countries: the United States and China.');
    expect(a.citations.length).toBeGreaterThan(0);
  });

  it('lists the places and the bodies mentioned', () => {
    expect(curated.ask('what places are mentioned').text).toMatch(
      /^The article names 7 places: .*Washington, Beijing, Taiwan/,
    );
    expect(curated.ask('which organisations are named in the article').text).toMatch(/Joint Chiefs of Staff/);
  });

  it('leaves an act asked of a country to the intents that answer it', () => {
    expect(curated.ask('which country hosted the talks').intent).not.toBe('places-named');
  });

  it('lists what ingestion found in an article it read itself', () => {
    const ask = askIngested(
      [
        'Ferry grounded off Bergen',
        '',
        'BERGEN, Norway, March 3 (Nordic Wire) - The Fjordline Ferries vessel ran aground near Bergen on Tuesday. Sweden sent a tug from Gothenburg.',
      ],
      '2026-03-03',
    );
    expect(ask('which countries are mentioned').text).toMatch(
      /^The article names 2 countries: Norway and Sweden\.$/,
    );
  });
});

describe('a kind of thing asked of something else', () => {
  it('leaves "what body of water" to the question of where', () => {
    const a = curated.ask('In what body of water are there territorial disputes?');
    expect(a.intent).not.toBe('places-named');
    expect(a.text).toMatch(/South China Sea/);
  });
});
