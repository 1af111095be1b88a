import { describe, expect, it } from 'vitest';
import { askIngested } from '../support/ingested-engine.js';
import { sharedEngine } from './engine-fixture.js';

const engine = sharedEngine();
let n = 0;
const ask = (q: string) => engine.ask(q, `weekdays-remits-${n++}`);

const yard = askIngested(
  [
    'Harbour yard loses a ferry order',
    '',
    'A shipyard in Kelby said on Thursday, October 9, that it would cut 300 jobs after Nordlink cancelled an order for two ferries.',
    'Kelby Marine has received advance payments of about 240 million crowns, which Nordlink now wants returned.',
  ],
  '2025-10-10',
);

const trams = askIngested(
  [
    'Cracked wheels take trams off the line',
    '',
    "Half of Torvik's tram fleet was taken out of service on Tuesday, March 4, after checks found cracks in 14 wheels.",
    "Lene Berg, the city's transport director, said buses would run instead.",
  ],
  '2025-03-05',
);

const bears = askIngested(
  [
    'Mountain town votes for night patrols after a third bear attack',
    '',
    'The assembly of Kitayama voted on Friday, October 17, to pay for electric fences.',
    'The latest victim, Aiko Mori, was attacked on Sunday morning while picking fruit in her garden.',
  ],
  '2025-10-17',
);

describe('a weekday alone in a question', () => {
  it('is still a word the sentence has: "who was attacked by a bear on sunday" of "was attacked on Sunday morning"', () => {
    const a = bears('Who was attacked by a bear on Sunday?');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^Aiko Mori/);
  });
  it("of an act done is the article's last such day: who met then, not at another time", () => {
    const a = ask('who met up on tuesday');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/Chase/);
    expect(a.text).not.toMatch(/Brown/);
  });
  it('in the present may be either day: no "Neither" for a vote held over a weekend', () => {
    const a = ask('is the taiwan vote on saturday or sunday');
    expect(a.text).not.toMatch(/^Neither/);
  });
  it('asked which one it was is no date of its own', () => {
    expect(ask('which tuesday was it exactly').text).toMatch(/Jan\. 9/);
  });
});

describe('a person described by what they are in charge of', () => {
  it('"the guy running the <A> <B> <C> desk" is the one whose title holds all three', () => {
    const a = ask('the guy running the china taiwan mongolia desk, what did he say');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/Chase/);
    expect(a.text).toMatch(/communication/);
  });
  it('"the guy that handles <A>, <B> and <C>" gives that person, not a group named after it', () => {
    const a = ask("what's the title of the guy that handles china taiwan and mongolia at the pentagon");
    expect(a.text).toMatch(/Chase.*deputy assistant secretary/);
    expect(a.text).not.toMatch(/^China, Taiwan/);
  });
  it('a place one title names and another person only passes through stays with the title', () => {
    expect(ask('what did the official who deals with taiwan say').text).toMatch(/Chase/);
  });
});

describe('who holds an office "now"', () => {
  it('is refused with who held it as of the article, who "he" then means', () => {
    const id = `holder-${n++}`;
    const first = engine.ask("who's the chairman of the joint chiefs rn", id);
    expect(first.answered).toBe(false);
    expect(first.text).toMatch(/doesn't say who holds what now.*As of then, it names Charles Q\. Brown/);
    const next = engine.ask('who did he talk to from china', id);
    expect(next.text).toMatch(/Liu Zhenli/);
  });
  it('names no one when two people hold such a title', () => {
    expect(ask('who is the president now').text).not.toMatch(/As of then/);
  });
});

describe('words a sentence need not repeat', () => {
  it('"already" in a wh-question, and a noun made of the verb through its equivalents ("payments" ~ "paid")', () => {
    const a = yard('How much has Kelby Marine already been paid in advance?');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/240 million crowns/);
  });
  it('"already" in a yes/no claim is the claim itself', () => {
    expect(ask("is the article saying there's already functional dialogue").text).not.toMatch(/^Yes/);
  });
});

describe('a part of something opening a sentence', () => {
  it('"Half of <City>\'s fleet" is no person named "Half of <City>"', () => {
    const a = trams('who is half of torvik?');
    expect(a.text).not.toMatch(/^Half of Torvik is/);
    expect(trams('who is lene berg').text).toMatch(/transport director/);
  });
});
