import { describe, expect, it } from 'vitest';
import { ingestedEngine } from '../support/ingested-engine.js';

// Reading an article the bot ingests itself: how long someone waited, counts asked with a near word ("planes"
// for the article's "flights"), and a spokesperson asked for by a loose name of their organisation.
const engine = ingestedEngine(
  [
    'Radar fault grounds flights at Bergen',
    '',
    'A radar fault halted air traffic at Bergen Airport on Sunday, May 4, and forced three incoming flights to divert to Stavanger.',
    'Ola Berg, a spokesperson for the Norwegian Airline Pilots Association, said crews had been told nothing for an hour.',
    'Kari Lie, a teacher from Voss who was trying to reach Oslo for a course, said she had waited seven hours before being rebooked for Tuesday.',
  ].join('\n'),
  { date: '2025-05-05' },
);
let n = 0;
const ask = (q: string) => engine.ask(q, `w${n++}`);

describe('reading how long and how many', () => {
  it('gives how long someone waited ("wait" is no chat filler inside a question)', () => {
    expect(ask('how long did kari lie have to wait').text).toMatch(/^Seven hours\./);
  });

  it('counts planes as the flights the article counts, and opens the count with a capital', () => {
    expect(ask('how many planes had to divert').text).toMatch(/^Three\./);
  });
});

describe('a spokesperson asked for by a loose name of their organisation', () => {
  it('names the spokesperson "for the pilots\' union" (no pilot is asked for)', () => {
    expect(ask("who's the spokesperson for the pilots' union?").text).toMatch(/^Ola Berg\./);
  });
});
