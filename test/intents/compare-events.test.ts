import { describe, expect, it } from 'vitest';
import { conversations, sharedEngine } from '../engine/engine-fixture.js';
import { ingestedEngine } from '../support/ingested-engine.js';

const ask = conversations(sharedEngine(), 'compare-events');

// An invented article, ingested with no hand-made facts: a ministers' visit and later talks elsewhere.
const text = [
  'Ferry talks resume',
  '',
  'Norway and Denmark held two days of ferry talks in Oslo on Tuesday, May 6. Relations remain tense after the Norwegian seizure of a Danish trawler in April. The talks were arranged after a visit to Bergen by Danish minister Lars Holm in March.',
].join('\n');
const drafted = ingestedEngine(text, { date: '2025-05-06' });

describe('compare-events', () => {
  it('gives each of two events with when, where or how, and who took part, in the order they happened', () => {
    const a = ask('wait whats the difference between the two meetings mentioned');
    expect(a.intent).toBe('compare-events');
    expect(a.text).toMatch(
      /^The virtual meeting .*: December 2023, held virtually, with General Charles Q\. Brown and General Liu Zhenli\. The 17th round .*in Washington, with Michael Chase and Major General Song Yanchao\.$/,
    );
    expect(a.citations.length).toBeGreaterThanOrEqual(2);
  });

  it('reads the two as named, by who took part, or as "the difference between", not what came between them', () => {
    for (const q of [
      'how was the brown liu meeting different from the dc talks',
      'whats the difference between the talks and the virtual meeting',
    ])
      expect(ask(q).intent, q).toBe('compare-events');
    expect(ask('what happened between the virtual meeting and the talks').intent).not.toBe('compare-events');
  });

  it('lets follow-ups ask of the two just compared', () => {
    const c = conversations(sharedEngine(), 'compare-follow');
    expect(c('compare the two meetings', 'which one was first').text).toMatch(
      /^The virtual meeting .* came first/,
    );
  });

  it('compares two events of an ingested article the same way', () => {
    const a = drafted.ask('what is the difference between the talks and the visit');
    expect(a.intent).toBe('compare-events');
    expect(a.text).toMatch(/March 2025.*with Lars Holm/);
    expect(a.text).toMatch(/Oslo/);
  });
});
