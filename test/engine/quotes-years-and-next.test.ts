import { describe, expect, it } from 'vitest';
import { conversations, sharedEngine } from './engine-fixture.js';

const ask = conversations(sharedEngine(), 'quotes-years-next');

describe('whether the article quotes a side', () => {
  it('says plainly that it quotes no one of a side, with what it reports of them, and no "Yes."', () => {
    for (const q of ['is there a quote from the chinese side', 'did the article quote anyone from china']) {
      const a = ask(q);
      expect(a.answered, q).toBe(false);
      expect(a.text, q).toMatch(/doesn't quote anyone from China/);
      expect(a.text, q).not.toMatch(/^Yes/);
    }
  });

  it('reports what a person it never quotes directly is said to have said', () => {
    const a = ask('does the article quote chase');
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(/doesn't quote Michael Chase\. It does report: Michael Chase emphasi[sz]ed/);
  });
});

describe('questions about the bot itself and about what comes next', () => {
  it('takes "your favourite part" for a question of opinion, not a summary', () => {
    for (const q of ['hey whats ur fav part of the article', 'do you like the article']) {
      expect(ask(q).answered, q).toBe(false);
      expect(ask(q).intent, q).not.toBe('article-summary');
    }
  });

  it('answers what someone will do next only from what the article has them do after its date', () => {
    for (const q of ['thx bot, one last thing, whats chase gonna do next', 'what will china do next']) {
      const a = ask(q);
      expect(a.answered, q).toBe(false);
      expect(a.text, q).not.toMatch(/Taiwan is conducting|polls/);
    }
    expect(ask("what's next for taiwan").text).toMatch(/polls/);
  });

  it('drops several lead-ins in a row ("thx bot, one last thing, <question>")', () => {
    expect(ask('thanks, where were the talks').text).toMatch(/^In Washington/);
  });
});

describe('years and dates of a claim', () => {
  it('does not give a year the article never writes as stated ("in February" of a January article)', () => {
    const a = ask('the us downed the balloon in february, what year tho');
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(/only "in February".*February 2023/);
    // (A year it writes is answered.)
    expect(ask('what year did pelosi visit taiwan').text).toMatch(/^August 2022/);
  });

  it('answers "No." to a cause put in the wrong year, with the year the article gives', () => {
    const a = ask('so basically the chinese cut ties bc of pelosi visiting taiwan in 2023?');
    expect(a.text).toMatch(/^No\./);
    expect(a.text).toMatch(/August 2022, not 2023/);
  });

  it('gives no "No." on one event\'s date when another event of the claim fits it', () => {
    const a = ask('did chinese and us generals talk last month?');
    expect(a.text).not.toMatch(/^No\./);
    expect(a.text).toMatch(/virtual meeting last month/);
  });

  it('reads "the head of <X>" as a title claimed, not as a cause ("lead")', () => {
    const a = ask('is song the head of the chinese military');
    expect(a.text).toMatch(/^No\. Song Yanchao/);
    expect(a.text).not.toMatch(/severed/);
  });
});

describe('how someone feels about something', () => {
  it('answers "how does <A> feel about <B>" with what <A> claims or says of <B>', () => {
    for (const q of ['how does china view taiwan', 'how does china feel about taiwan']) {
      expect(ask(q).text, q).toMatch(/claims sovereignty over Taiwan/);
    }
    expect(ask('how do you feel about it').answered).toBe(false);
  });
});
