import { describe, expect, it } from 'vitest';
import { ingestedEngine } from '../support/ingested-engine.js';

// An invented article, ingested with no hand-made facts: the reasons below come only from how it is written.
const text = [
  'Bakery ovens shut',
  '',
  'Because the mill runs on river water, with only a day of reserve in its tanks, the Ostby bakery shut its ovens on Monday, March 3. That closure prompted the town council to open an inquiry. The bakery had been shut in January because a flood damaged its kitchen. A second oven, at the Vell site, was shut on Tuesday when a valve failed.',
].join('\n');

const engine = ingestedEngine(text, { date: '2025-03-05' });

describe('why, from the reason a sentence gives', () => {
  it('reads a reason that opens the sentence ("Because <reason>, <what happened>"), up to the main clause', () => {
    expect(engine.ask('Why did the Ostby bakery shut its ovens on Monday?').text).toMatch(
      /^because the mill runs on river water, with only a day of reserve in its tanks\. The article:/,
    );
  });

  it('answers what followed "<reason> prompted <it>" with what came before, never with what followed', () => {
    expect(engine.ask('Why did the town council open an inquiry?').text).toMatch(/^That closure\./);
    expect(engine.ask('Why did the Ostby bakery shut its ovens?').text).not.toMatch(/^prompted/);
  });

  it('takes the reason of the sentence that holds the question, not of the one before it', () => {
    expect(engine.ask('Why was the second oven shut?').text).toMatch(/^when a valve failed\./);
    expect(engine.ask('why was the bakery shut in January?').text).toMatch(
      /^because a flood damaged its kitchen\./,
    );
  });
});
