import { describe, expect, it } from 'vitest';
import { conversations, sharedEngine } from './engine-fixture.js';

const chat = conversations(sharedEngine(), 'conclusions-and-choices');

describe('a conclusion drawn in chat, "<what was stated> so <claim> yeah?"', () => {
  it('checks the claim, with what was stated read first', () => {
    const a = chat('talks ended jan 9 after two days so they started on the 8th yeah?');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^Yes\. .*Jan 8/);
  });

  it('says no to a wrong conclusion', () => {
    const a = chat('the talks ended on jan 9 so they started on the 7th?');
    expect(a.text).toMatch(/^No\. /);
  });
});

describe('"which one" after a lead-in about several', () => {
  it('asks which of the things the lead-in ends on', () => {
    const a = chat('ngl i keep mixing up the two chinese generals, which one was at the washington talks');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/Song Yanchao/);
    expect(a.text).not.toMatch(/Liu Zhenli/);
  });
});

describe('"DC" for Washington', () => {
  it('reads "the dc talks" as the talks in Washington', () => {
    const a = chat('the chinese guy at the dc talks is a full general?');
    expect(a.text).toMatch(/^No\. Song Yanchao(?: is a Chinese|'s rank is) Major General/);
  });
});

describe('"who else" after an answer', () => {
  it('says the article names no one else when the answer would be the same', () => {
    const a = chat('who claims taiwan', 'who else claims it');
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(
      /^The article names no one else\. All it gives: Beijing claims sovereignty over Taiwan/,
    );
  });

  it('answers "who else" as a first question like any other', () => {
    const a = chat('who else was at the talks besides chase');
    expect(a.text).not.toMatch(/^The article names no one else/);
  });
});

describe('"which countries are in <a dispute>"', () => {
  it('asks for its parties, never answered with where the dispute is', () => {
    const a = chat('ok which countries are in the south china sea dispute');
    expect(a.text).not.toMatch(/^In the South China Sea\./);
    expect(a.text).toMatch(/Washington and Beijing/);
  });
});

describe('"spell <someone>\'s name"', () => {
  it('gives the name, as "what is <someone>\'s name" does', () => {
    const a = chat("spell the chinese major general's name pls");
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^Song Yanchao/);
  });
});

describe('"her" after a man was talked about', () => {
  it('is the woman the article names, not him', () => {
    const a = chat('who is chase', 'what was her job back then');
    expect(a.text).not.toMatch(/^Michael Chase/);
    expect(a.text).toMatch(/Nancy Pelosi.*Speaker/);
  });
});
