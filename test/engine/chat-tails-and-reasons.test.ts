import { describe, expect, it } from 'vitest';
import { ingestedEngine } from '../support/ingested-engine.js';
import { conversations, sharedEngine } from './engine-fixture.js';

// Chat tails a member adds after a question, ways of asking how a meeting went or who was in a call with whom,
// and reasons read only for the act they belong to.
const chat = conversations(sharedEngine(), 'tails');

describe('what a member adds after the question', () => {
  it('answers "who is <A>, never heard of him" as "who is <A>"', () => {
    const a = chat('who is liu zhenli, never heard of him');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^Liu Zhenli is a Chinese general/);
  });

  it('answers "who is <A> no idea who he is" the same way', () => {
    expect(chat('who is liu zhenli no idea who he is').text).toMatch(/^Liu Zhenli is/);
  });
});

describe('how a meeting went, and who was in a call with whom', () => {
  it('answers "how did <the talks> go" with what the article calls them', () => {
    const a = chat('how did the talks go, like did they get anywhere');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/significant step/);
  });

  it('reads "the one in the call with <B>" as the one who met <B>', () => {
    expect(chat('was song yanchao the one in the virtual call w brown').text).toMatch(
      /^No\..*Liu Zhenli met General Charles Q\. Brown/,
    );
  });
});

describe('reasons only for the act asked about', () => {
  it('does not give the cause of one act for another that shares its noun', () => {
    // Dialogue was cut off in response to a visit, and restarted after an agreement: "what led to the dialogue"
    // names neither act.
    expect(chat('what led to the military dialogue').text).not.toMatch(/in response to|Pelosi/);
  });

  it("does not read a relative clause's reason as the reason for the main clause's act", () => {
    const engine = ingestedEngine(
      [
        'Harbor talks resume in Lisbon',
        '',
        'Port officials from Spain and Portugal agreed on Monday to restart the harbor talks, which had been suspended in response to a pay dispute in May.',
        'The talks will continue next week.',
      ].join('\n'),
      { date: '2024-06-03' },
    );
    expect(engine.ask('why did the officials agree to restart the harbor talks', 'r1').text).not.toMatch(
      /^in response to/,
    );
    expect(engine.ask('why were the harbor talks suspended', 'r2').text).toMatch(
      /^in response to a pay dispute/,
    );
  });
});

describe('where someone is from', () => {
  it("does not give a meeting's city or a side as where a person is from", () => {
    const city = chat('which city is song yanchao from');
    expect(city.answered).toBe(false);
    expect(city.text).toMatch(/^The article doesn't say where Song Yanchao is from/);
    expect(chat('where is song yanchao from').answered).toBe(false);
  });

  it('still gives the country asked for by his side', () => {
    expect(chat('what country is song yanchao from').text).toMatch(/^China/);
  });

  it('gives the place a description says someone is from', () => {
    const engine = ingestedEngine(
      [
        'Delays at Bergen airport',
        '',
        'Kari Lie, a nurse from Alta, said on Monday, May 5, she had waited seven hours at Bergen Airport.',
      ].join('\n'),
      { date: '2025-05-06' },
    );
    expect(engine.ask('where is kari lie from', 'o1').text).toMatch(/Alta/);
  });
});

describe('a weekday or month guessed after a when-question', () => {
  it('settles the guess first: "No." with the day, or "Yes."', () => {
    expect(chat('wen did the talks wrap up, monday?').text).toMatch(/^No\. Tuesday, Jan\. 9/);
    expect(chat('when did the talks end, tuesday?').text).toMatch(/^Yes\. /);
    expect(chat('when was the balloon shot down, march?').text).toMatch(/^No\. It was February 2023/);
  });
});

describe('more ways members ask', () => {
  it('reads "<the thing>, who\'s it belong to" and "who does <the thing> belong to" as whose it is', () => {
    for (const q of ["the spy balloon, who's it belong to allegedly", 'who does the balloon belong to'])
      expect(chat(q).text, q).toMatch(/^China's, as the article puts it/);
  });

  it('reads "what was the format of <a meeting>" as how it was held', () => {
    expect(chat("what was the format of brown's meeting").text).toMatch(/^It was a virtual meeting\./);
  });

  it('drops "in particular" after a question', () => {
    expect(chat('did chase emphasize anything in particular').text).toMatch(
      /^Yes\. Michael Chase emphasised/,
    );
  });
});
