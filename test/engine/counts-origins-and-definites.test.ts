import { describe, expect, it } from 'vitest';
import { askIngested } from '../support/ingested-engine.js';
import { sharedEngine } from './engine-fixture.js';

const engine = sharedEngine();
const ask = (q: string) => engine.ask(q, `counts-origins-${q}`);

const college = askIngested(
  [
    'Nursing school loses its intake',
    '',
    'The national nursing board barred Harbour College from taking new students on Thursday, May 15.',
    'According to the inspection report, 46 students had fallen short of the required hours, mainly because two private hospitals ended their placement agreements with the college last year.',
    'The conservator said her office had sent the college two letters, in July and August, warning it.',
  ],
  '2025-05-16',
);

const lake = askIngested(
  [
    'Zebra snails clog a reservoir',
    '',
    'Divers found on Monday, March 3, that zebra snails had blocked the main pipe of the Orvel reservoir.',
    'The snail, which is native to rivers around the Caspian Sea, was first found in the reservoir in 2016.',
  ],
  '2025-03-05',
);

describe('a claim that gives a count in words', () => {
  it('is "No" with the count the article gives of the same things', () => {
    const a = college(
      'Is it true that three private hospitals ended their placement deals with the college?',
    );
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^No, the article says two private hospitals/);
  });
  it('past a describing word: "three warning letters" of "two letters"', () => {
    const a = college('did the office send the college three warning letters?');
    expect(a.text).toMatch(/^No, the article says two letters/);
  });
  it('is "Yes" of the count the article gives', () => {
    const a = college('did two private hospitals end their placement agreements?');
    expect(a.text).toMatch(/^Yes\./);
  });
});

describe('where something is from', () => {
  it('is the place the article says it is native to', () => {
    const a = lake('where are the snails originally from?');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^Caspian Sea/);
  });
});

describe('"what was the other country" of a list the member only half remembers', () => {
  it("is not answered with the place of the article's news", () => {
    const a = ask(
      'the deputy something for china, taiwan and some other country, what was the other country',
    );
    expect(a.text).not.toMatch(/^In Washington/);
  });
});

const school = askIngested(
  [
    'Council votes to merge two schools',
    '',
    'The education committee voted on Tuesday, February 10, to close Brookside Primary School and merge it with Hillview, which will move into a new building in 2028.',
    'The Harlow mill, which was built in 1875, will be turned into classrooms.',
    'An inspection found that the roof of Brookside was unsafe.',
  ],
  '2026-02-11',
);

describe('"when was <X> built / founded"', () => {
  it('is not answered with the date of another act on <X>, nor by "a new building"', () => {
    const a = school('When was Brookside Primary built?');
    expect(a.answered).toBe(false);
  });
  it('is not answered by "an inspection found that ..."', () => {
    const a = school('when was brookside founded?');
    expect(a.answered).toBe(false);
  });
  it('is answered from a sentence that makes the thing, an older year too', () => {
    const a = school('when was the mill built?');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^1875/);
  });
});

describe('a count before hyphened describing words', () => {
  it('counts the noun after them: "46 third- and fourth-year students"', () => {
    const a = askIngested(
      [
        'College loses intake',
        '',
        'According to the inspection report, 46 third- and fourth-year students had fallen short of the required clinical hours, mainly because two hospitals ended their agreements.',
      ],
      '2025-05-16',
    )('how many students fell short of the clinical hours?');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^46\b/);
  });
});

describe('"<X> were the most likely source of <what happened>"', () => {
  const outbreak = askIngested(
    [
      'Bakery chain pulls its buns',
      '',
      "Health inspectors in Orvel said on Friday, May 8, that frozen raspberries used in a bakery chain's buns were the most likely source of a hepatitis A outbreak that has sickened 47 people.",
    ],
    '2025-05-09',
  );
  it('gives <X> as what caused it', () => {
    const a = outbreak('what caused the outbreak?');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^Frozen raspberries/);
  });
  it('also when asked what is thought to have caused it', () => {
    const a = outbreak('What is thought to have caused the outbreak?');
    expect(a.text).toMatch(/^Frozen raspberries/);
  });
});
