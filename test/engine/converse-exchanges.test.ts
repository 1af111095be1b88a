import { describe, expect, it } from 'vitest';
import { takerAsked } from '../../src/engine/converse-question.js';
import { askIngested } from '../support/ingested-engine.js';

// An invented takeover told only from the seller's side: the buyer is named after "sell ... to".
const lines = [
  'Nordic dairy group agrees to buy control of Estonian cheese maker',
  '',
  "TALLINN, May 5 (Reuters) - Saaremaa Juust, one of Estonia's largest dairy farms, agreed on Tuesday to sell a 60 percent stake to the Danish dairy group Kolding Mejeri for 30 million euros.",
  "Kadri Tamm, Saaremaa's managing director, said the company had been squeezed by the cost of feed, which has risen by about 20 percent since 2023.",
  'The farm ships about 9,000 tonnes of cheese a year, most of it to Finland.',
  'Tartu Mill said on Monday it had agreed to sell a 25 percent stake to Riga investment firm Baltic Grain Partners for 8 million euros.',
  'The sale needs approval from the competition authority and is expected to close by September.',
];

describe('an exchange asked from the other side ("who is buying <X>" of "<X> agreed to sell ... to <B>")', () => {
  const ask = askIngested(lines, '2025-05-05');

  it("names the buyer from the seller's sentence, citing it", () => {
    for (const q of [
      'Who is buying Saaremaa Juust?',
      'who bought saaremaa juust',
      'who wants to buy saaremaa juust',
    ]) {
      const a = ask(q);
      expect(a.answered, q).toBe(true);
      expect(a.text, q).toMatch(/^Kolding Mejeri/);
      expect(a.citations[0]?.text, q).toMatch(
        /to sell a 60 percent stake to the Danish dairy group Kolding Mejeri/,
      );
    }
  });

  it('names the body at the head of "to <a city> investment firm <B>", and reads "the stake in <X>" as of <X>', () => {
    const a = ask('who is buying the stake in Tartu Mill?');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^Baltic Grain Partners/);
  });

  it('reads only "who <takes> <a thing>" questions, with the giver\'s verbs', () => {
    expect(takerAsked('who is buying the mill?')).toEqual({
      thing: 'mill',
      turn: { giver: ['sell', 'sells', 'sold', 'selling'], to: 'to' },
    });
    expect(takerAsked('who agreed to take over the club')?.thing).toBe('club');
    expect(takerAsked('what did they buy?')).toBeUndefined();
    expect(takerAsked('who bought it')).toBeUndefined();
  });
});
