import { describe, expect, it } from 'vitest';
import { askIngested, ingestedEngine, qualityArticleEngine } from '../support/ingested-engine.js';
import { conversations, sharedEngine } from './engine-fixture.js';

// An invented takeover: the buyer, the price, an analyst's firm, a vote written in words, and a list of places.
const TAKEOVER = [
  'Lake brewer Harlow agrees to 40 million pound takeover',
  '',
  'LONDON, May 5 (Reuters) - Harlow Ales, a family brewer based in Keswick, agreed on Monday, May 5, to be bought by Northgate Drinks for about 40 million pounds.',
  'Forty-two shareholders voted in favour of the sale at a meeting on Friday, or 84 percent of those who voted, the company said.',
  'Jane Ellery, an analyst at Pennine Equity Research, said the price was fair.',
  'Sales abroad, mainly to Germany, Hong Kong and Canada, made up 20 percent of revenue last year.',
];

describe('"which <kind>" answered by a body the article never calls one', () => {
  // A held-out article of the quality sets (a brewery takeover): an analyst's firm is the only body near "deals".
  const engine = qualityArticleEngine('held-out-53', '533-kyoto-sake-brewery-takeover.txt');

  it('says the article does not say which, rather than naming a research firm as a bank', () => {
    const a = engine.ask('Which bank is advising Naniwa on the deal?', 'bank');
    expect(a.answered).toBe(false);
    expect(a.text).not.toMatch(/^Kansai/);
  });
});

describe('numbers written as words with a hyphen', () => {
  const ask = askIngested(TAKEOVER, '2025-05-05');

  it('are read whole ("Forty-two", not "two")', () => {
    const a = ask('how many shareholders voted for the sale?');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^Forty-two\b/);
  });

  it('leave a share of the vote to the percentage, asked with another verb for supporting it', () => {
    const a = ask('What percentage backed the sale?');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^84 percent/);
  });
});

describe('a city the gazetteer knows, listed with countries', () => {
  it('is a place, not a person', () => {
    const engine = ingestedEngine(TAKEOVER.join('\n'), { date: '2025-05-05' });
    expect(engine.ask('which places are named in the article?', 'places').text).toMatch(/Hong Kong/);
    const people = engine.ask('which people are named in the article?', 'people');
    expect(people.text).not.toMatch(/Hong Kong/);
  });
});

describe('a court\'s ruling asked about as "the ruling"', () => {
  const ask = askIngested(
    [
      'Court orders lakeside homes cleared',
      '',
      'The Orvale High Court on Wednesday, March 12, ordered the city council to clear 12 homes built on the bed of Lake Tarn.',
      'The council said it would comply.',
    ],
    '2025-03-12',
  );

  it('is the order the court gave, so "which court made the ruling" names it', () => {
    const a = ask('Which court made the ruling about Lake Tarn?');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^(?:The )?Orvale High Court/);
  });

  it('and "when was the ruling" dates it', () => {
    const a = ask('when was the ruling?');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/March 12/);
  });
});

describe('"how many <things>" of an event done to a thing', () => {
  const chat = conversations(sharedEngine(), 'count-things');

  it('is not the count of events the thing took part in', () => {
    const a = chat('how many channels were there');
    expect(a.text).not.toMatch(/^1: /);
    expect(chat('how many spy balloons were there total').text).not.toMatch(/^1: /);
  });

  it('while acts are still counted by their own nouns, and things by the act done to them', () => {
    expect(chat('how many meetings were there').text).toMatch(/^2: /);
    expect(chat('how many balloons did the us shoot down').text).toMatch(/^1: /);
  });
});

describe('"where is <a place>" of a place the article sets in another', () => {
  const engine = qualityArticleEngine('held-out-53', '531-bengaluru-lake-bed-demolition-ruling.txt');

  it('is the place the sentence puts it in ("<Lake> in the city\'s eastern <District> area")', () => {
    const a = engine.ask('where is hosakere lake?', 'lake');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^In the city's eastern Mahadevapura area/);
  });
});

describe('"what percentage of <them>"', () => {
  const engine = qualityArticleEngine('held-out-18', '183-worcester-school-phone-ban.txt');

  it('is not answered by a share of others ("a survey of parents found 58 percent in favour")', () => {
    const a = engine.ask('what percentage of students support the ban', 'students');
    expect(a.answered).toBe(false);
    expect(engine.ask('what percentage of parents support the ban', 'parents').text).toMatch(/^58 percent/);
  });
});

describe('a court\'s "ruling" beside a "rule" that is a regulation', () => {
  const engine = qualityArticleEngine('held-out-49', '492-indonesia-prepaid-data-rollover-order.txt');

  it('keeps "the new rule" for the regulation, not the ministry\'s order', () => {
    const a = engine.ask('When does the new rule come into force?', 'rule');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^April 1/);
  });
});

describe('"who <did it> to <A>" of "<A>, <a long description>, agreed ... to be <done> by <B>"', () => {
  const engine = qualityArticleEngine('held-out-53', '533-kyoto-sake-brewery-takeover.txt');

  it('is the doer named after "by", past a long description set off after the name', () => {
    for (const asked of ['who is buying Tsurugaoka Shuzo?', 'who bought tsurugaoka?']) {
      const a = engine.ask(asked, asked);
      expect(a.answered).toBe(true);
      expect(a.text).toMatch(/^Naniwa Beverage Holdings\./);
    }
  });

  it('and "who is the buyer" is not whoever pushed the company "to seek a buyer"', () => {
    expect(engine.ask('who is the buyer?', 'buyer').text).not.toMatch(/^Lionrock/);
  });
});

describe('"which of the <things>" of "one of the <things>"', () => {
  const engine = qualityArticleEngine('held-out-53', '532-nz-womens-cricket-boycott-vote.txt');

  it('says the article does not say which', () => {
    for (const asked of [
      'Which of the six associations does Tessa Whitcombe captain?',
      'which association does tessa whitcombe captain?',
    ]) {
      const a = engine.ask(asked, asked);
      expect(a.answered).toBe(false);
      expect(a.text).toMatch(/doesn't say which association/);
    }
  });

  it('and "who is <someone it never names> and what did they say" is refused whole', () => {
    const a = engine.ask("Who is New Zealand's sports minister and what did they say?", 'minister');
    expect(a.answered).toBe(false);
  });
});

describe('"what <kind> ..." of "a <kind> of <an amount>"', () => {
  const engine = qualityArticleEngine('held-out-53', '533-kyoto-sake-brewery-takeover.txt');

  it('is the amount the kind is given as', () => {
    const a = engine.ask('what premium is naniwa offering?', 'premium');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^38 percent\./);
  });
});
