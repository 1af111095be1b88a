import { describe, expect, it } from 'vitest';
import { sharedEngine } from './engine-fixture.js';

const engine = sharedEngine();
let n = 0;
const ask = (q: string) => engine.ask(q, `examples-initials-${n++}`);

describe('a count the article gives only by example', () => {
  it('"how many incidents" of "recent incidents such as <one>" is no count of one', () => {
    const a = ask('how many incidents have happened');
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(/doesn't say how many there were; it names one as an example/);
  });
  it('a kind the article calls none of them is not counted: "how many miscalculation incidents"', () => {
    expect(ask('how many miscalculation incidents have actually happened').answered).toBe(false);
  });
  it('a count the article does give still stands', () => {
    expect(ask('how many meetings does the article describe').text).toMatch(/^2:/);
  });
});

describe('a letter of a name asked about', () => {
  it('"what\'s the q in <first> q <last>" asks what the initial stands for, which the article does not say', () => {
    const a = ask("what's the q in charles q brown");
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(/doesn't say what that stands for/);
  });
});

describe('"the top" of a description', () => {
  it('of the armed forces is the highest of those with a rank, not a civilian', () => {
    expect(ask("the top us military guy, what's his name").text).toMatch(/^Charles Q\. Brown/);
  });
  it('of officials in general picks no one by rank when some have none', () => {
    expect(ask("who's the top us official in the article").text).not.toMatch(/^Charles Q\. Brown/);
  });
});
