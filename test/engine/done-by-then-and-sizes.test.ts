import { describe, expect, it } from 'vitest';
import { askIngested } from '../support/ingested-engine.js';
import { conversations, sharedEngine } from './engine-fixture.js';

describe('"was <A> over when <B> ended": the order of two events, not the article\'s date', () => {
  const ask = conversations(sharedEngine(), 'done-by-then');

  it('says "No." to an event still to come when the other ended, with both dates shown', () => {
    const a = ask('was the taiwan election already over when the talks ended');
    expect(a.verdict).toBe('no');
    expect(a.text).toMatch(/Jan\. 13-14/);
    expect(a.text).toMatch(/Jan\. 8-9/);
    expect(ask('were the talks over by the time of the taiwan polls').verdict).toBe('yes');
  });

  it('still reckons "yet" against the article\'s own date when no other event is named', () => {
    const a = ask('was the election over yet when the article was written');
    expect(a.verdict).toBe('no');
    expect(a.text).toMatch(/still to come when the article was written/);
  });
});

describe('chat forms of a check and of a listing', () => {
  const ask = conversations(sharedEngine(), 'chat-forms');

  it('reads "<described person> = <name>" and "<described person> is <name>" with the article "the"', () => {
    expect(ask('pentagon guy = michael chase yeah?').verdict).toBe('yes');
    expect(ask('pentagon guy is michael chase right?').verdict).toBe('yes');
    // (Not a rank before a name: "did major general song lead ..." is still a claim about Song.)
    expect(ask('did major general song lead the chinese side?').verdict).toBe('yes');
  });

  it('reads "<A> came to <a place>?" as whether <A> was there', () => {
    const a = ask('so liu zhenli came to dc?');
    expect(a.verdict).toBe('no');
    expect(a.text).toMatch(/virtual meeting/);
    // (Going somewhere stays the event it is: "went to <another place>" is corrected by where it took place.)
    expect(ask('pelosi went to japan right').text).toMatch(/^No\. It took place in Taiwan/);
  });

  it('reads "<A> talked about <doing> what" as what <A> said about it', () => {
    const a = ask('chase talked about preventing what exactly');
    expect(a.intent).toBe('statement');
    expect(a.text).toMatch(/conflict/);
    // (A yes/no question about talking of something stays one.)
    expect(ask('did chase talk abt keeping comms open').verdict).toBe('yes');
  });

  it('answers "which countries held <the talks>" and "what countries were involved" with countries', () => {
    for (const q of ['which countries held the talks', 'what countries were involved in the talks']) {
      const a = ask(q);
      expect(a.text).toMatch(/^The United States and China/);
    }
  });

  it('answers "which sea is mentioned" with the place whose name ends with the word', () => {
    const a = ask('which sea is mentioned');
    expect(a.intent).toBe('places-named');
    expect(a.text).toMatch(/South China Sea/);
  });

  it('reads a rambling message from its question after "and im wondering"', () => {
    const a = ask(
      'ok so im catching up, there were some military talks between us and china and im wondering which city hosted them',
    );
    expect(a.text).toMatch(/^In Washington/);
  });

  it('drops "in the article" opening a question', () => {
    expect(ask('in the article who is described as the then-house speaker').text).toMatch(/^Nancy Pelosi/);
  });

  it('reads "how do u spell <X>" as what <X> is, and "did <the event> have a <rank>" as whether one took part', () => {
    expect(ask("how do u spell the chinese general's name from the dc talks").text).toMatch(/^Song Yanchao/);
    expect(ask('did the talks have a chinese major general').verdict).toBe('yes');
  });

  it('reads "the <names> convo" as their meeting', () => {
    const a = ask('how was the brown liu convo held');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^It was a virtual meeting/);
  });

  it('refuses a middle name the article gives only as an initial', () => {
    const a = ask("what is charles brown's middle name");
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(/only the initial "Q\."/);
    expect(ask("what is charles brown's middle initial").text).toMatch(/^Q\./);
  });

  it('takes "did they <do> <X>?" opening a conversation as about the article\'s parties', () => {
    const a = ask('did they actually restart mil to mil ties?');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/effort under way/);
    // (Not "theirs": whose a thing is stays unsaid.)
    expect(ask('did china admit the balloon was theirs').answered).toBe(false);
  });

  it('reads "how big a deal was <X>" as how significant it was', () => {
    const a = ask('how big a deal were the talks according to the article');
    expect(a.text).toMatch(/^The article calls .* a significant step/);
  });

  it('reads "what did <A> do that pissed off <B>" as what made <B> mad', () => {
    const a = ask('what did pelosi do that pissed off beijing');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^Nancy Pelosi's visit to Taiwan/);
  });

  it('reads "the article\'s take on <X>" as what the article says about <X>', () => {
    const a = ask("whats the article's take on the diplomatic landscape");
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/adds complexity to the diplomatic landscape/);
  });

  it('reads "name the <description> who <did X>" as which one did it, refused when the article names none', () => {
    const a = ask('name the pentagon official who said channels are crucial');
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(/only "Pentagon officials"/);
    expect(ask('name the general who met liu').text).toMatch(/Brown/);
  });

  it('reads "the <person> thing" as the one event the person takes part in', () => {
    const a = ask('so the pelosi thing was in 2021?');
    expect(a.verdict).toBe('no');
    expect(a.text).toMatch(/August 2022/);
  });

  it('answers "when" after a quoted pair from the sentence that leans on the one before', () => {
    const a = ask('how did biden and xi restart things', 'wen');
    expect(a.text).toMatch(/^late last year/);
  });
});

const WORKSHOP = [
  'Harbour firm buys lute workshop as family steps back',
  '',
  'PORTO, Portugal — Marés Instrumentos, a maker of pianos based in Braga, agreed on Thursday, March 5, to buy 70 percent of Casa Vieira Lutes, one of the oldest lute workshops in the city, for 12 million euros.',
  "Ana Vieira-Costa, the company's chairwoman and a granddaughter of its founder, said the family had looked for a partner after a storm destroyed about 800 unfinished lute bodies.",
  'The nature reserve beside the workshop, where herons nest, was visited by 40,000 people last year.',
  'A ranger, Rui Matos, said he had seen a heron with three chicks there in June.',
  'Marés plans a 30-kilometre cycle path from the workshop to the coast.',
  'The city council said it would decide on the path by the end of the year.',
  'Shares in Marés rose 4 percent on Thursday.',
  'The crowd of 2,500 at the opening of the showroom was the largest the street had seen.',
  'Marés has promised that there will be no layoffs for two years.',
];

describe('sizes, prices and names asked of any article', () => {
  const ask = askIngested(WORKSHOP, '2026-03-06');

  it('gives no bare count of something else as how big a place is, but a count of the thing itself', () => {
    for (const q of ['How big is the nature reserve?', 'how large is the reserve']) {
      const a = ask(q);
      expect(a.answered).toBe(false);
    }
    expect(ask('How long is the cycle path?').text).toMatch(/^30 kilometres/);
    expect(ask('How big was the crowd at the opening?').text).toMatch(/^2,500/);
  });

  it('reads "what has <A> promised the workers" of a promise that leaves out whom it was made to', () => {
    const a = ask('What has Marés promised the workers?');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/no layoffs for two years/);
  });

  it('says the article gives no name for "what was the founder called"', () => {
    const a = ask('What was the founder of Casa Vieira called?');
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(/doesn't give the founder's name/);
  });

  it('answers when something is due "by the end of the year" with that, no date made up', () => {
    const a = ask('When will the council decide on the path?');
    expect(a.text).toMatch(/^By the end of the year \(the article gives no exact date\)/);
  });
});

const QUARRY = [
  'Court quashes permit for hill quarry',
  '',
  'LISBON — A regional court on Monday quashed the permit for a quarry above the village of Sobral, ruling that planners had ignored the risk of landslides.',
  "Rita Lopes, a lawyer representing the villagers, said the lower court had accepted the company's figures without question.",
  'The company, Pedras do Norte, said it would appeal within 30 days.',
  'Its shares fell 3 percent on Monday.',
];

describe('a claim whose act is a word that is often no act', () => {
  const ask = askIngested(QUARRY, '2026-02-03');

  it('gives no "Yes." to "did <A> side with <B>" from a sentence naming both without it', () => {
    const a = ask('Did the lower court side with the villagers?');
    expect(a.verdict).toBeUndefined();
    expect(a.text).not.toMatch(/^Yes/);
  });
});
