import { describe, expect, it } from 'vitest';
import { unwrapQuestion } from '../../src/engine/unwrap-question.js';
import { conversations, sharedEngine } from './engine-fixture.js';

const chat = conversations(sharedEngine(), 'remarks-hedges-and-more-asks');

describe('a remark, then a yes/no question closed by "or nah"', () => {
  it('is no claim of the remark to check', () => {
    const u = unwrapQuestion(
      'my cousin keeps saying they never listen lol, was the whole thing a waste of time or nah',
    );
    expect(u.claim).toBe(false);
  });

  it('gives no verdict on whether the talks were worth having', () => {
    const a = chat(
      'my uncle keeps saying these talks are pointless and china never keeps its word lol, was the whole thing a waste of time or nah',
    );
    expect(a.answered).toBe(false);
    expect(a.text).not.toMatch(/^(?:Yes|No)\b/);
  });

  it('still checks a statement closed by the same tag', () => {
    expect(unwrapQuestion('chase met song in washington or nah').claim).toBe(true);
    expect(unwrapQuestion('chase is a doctor, is that right').claim).toBe(true);
    expect(unwrapQuestion('is chase called dr in the article or am i tripping').claim).toBe(true);
  });
});

describe('"a waste of time" is an opinion', () => {
  it('is refused as one', () => {
    const a = chat('were the talks a waste of time');
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(/doesn't judge/);
  });

  it('is no opinion when asked as what someone said', () => {
    expect(chat('did the us say the talks were a waste of time').text).not.toMatch(/doesn't judge/);
  });
});

describe('"anything else besides <what the answer gave>"', () => {
  it('is a request for more after a list, answered as all the article gives', () => {
    const a = chat(
      'what are the disputes between the us and china',
      'anything else besides taiwan n the sea',
    );
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^That is all the article gives on it: .*balloon/);
  });

  it('after a person, names no one new', () => {
    const a = chat('who met song', 'anyone else besides chase?');
    expect(a.text).toMatch(/^That is all the article gives on it: .*Chase/);
  });
});

describe('"<a remark about something the article never names>, when was it"', () => {
  it('does not answer with the article\'s own news for "it"', () => {
    const a = chat(
      'my uncle keeps saying the us shot down a chinese ballon last summer, when was it actually',
    );
    expect(a.answered).toBe(false);
    expect(a.text).not.toMatch(/Jan\. 9/);
  });

  it('still answers of a thing the remark names', () => {
    const a = chat(
      'my uncle keeps saying the us shot down a chinese balloon last summer, when was it actually',
    );
    expect(a.text).toMatch(/^February 2023/);
  });
});

describe('"something like" before what is put up for checking', () => {
  it('hedges the name checked, which is checked as typed without it', () => {
    const a = chat(
      "i heard the talks were called something like 'defense policy coordination talks' is that right",
    );
    expect(a.text).toMatch(
      /^Yes\. The article calls it the 17th round of U\.S\.-China defense policy coordination talks/,
    );
  });
});

describe('"where does <A> stand on <B>"', () => {
  it("asks <A>'s position on <B>", () => {
    expect(chat('where does beijing stand on taiwan').text).toMatch(
      /^Beijing claims sovereignty over Taiwan/,
    );
  });
});
