import { describe, expect, it } from 'vitest';
import { ingestedEngine } from '../support/ingested-engine.js';

// An invented article, ingested with no hand-made facts: where things are, from how the text places them.
const text = [
  'Bakery workers end walkout',
  '',
  "Workers at Corran Breads, which supplies supermarkets across the north, voted on Friday, April 4, to end a nine-day walkout that had closed the company's bakery in the Tolland business park on the southern edge of Brisby. Deliveries from the firm's depot at Hallam Road resumed on Saturday. The union's next meeting is in the spring. Talks were held at the Appeal Board of Norway. Norway has two such boards.",
].join('\n');

const engine = ingestedEngine(text, { date: '2025-04-05' });

describe('where a thing is, from the place set right after it', () => {
  it('answers "where is the <firm> <thing>" with the phrase after it ("the company\'s bakery in ...")', () => {
    for (const q of ['Where is the Corran bakery?', "where is the company's bakery"])
      expect(engine.ask(q).text, q).toMatch(/^The Tolland business park on the southern edge of Brisby\./);
    expect(engine.ask('Where is the depot?').text).toMatch(/^Hallam Road\./);
  });

  it('takes no date or season for a place ("in the spring")', () => {
    expect(engine.ask("Where is the union's next meeting?").text).not.toMatch(/^(The )?spring/i);
  });

  it('takes no place that is part of an organisation\'s name ("the <Board> of <a country>")', () => {
    expect(engine.ask('Where were the talks held?').text).not.toMatch(/^Norway/);
  });
});
