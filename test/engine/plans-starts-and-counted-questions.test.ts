import { describe, expect, it } from 'vitest';
import { notStated } from '../../src/engine/replies.js';
import { askIngested, qualityArticleEngine } from '../support/ingested-engine.js';
import { conversations, sharedEngine } from './engine-fixture.js';

describe('messages that count their questions, guess an answer, or put a claim in chat words', () => {
  const ask = conversations(sharedEngine(), 'counted-questions');

  it('answers every question of a message that counts them first ("2 qs: ...")', () => {
    const a = ask('2 qs: who was the us rep and where was it');
    expect(a.text).toMatch(/Michael Chase/);
    expect(a.text).toMatch(/Washington/);
  });

  it('answers the question of "<question>, was it <a guess>" whether or not the article names the guess', () => {
    const a = ask('who shot down the balloon, was it canada');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/U\.S\./);
  });

  it('reads "a monthlong thing?" as a length put up for checking', () => {
    const a = ask('the talks were a monthlong thing?');
    expect(a.verdict).toBe('no');
    expect(a.text).toMatch(/two days/);
  });

  it('reads "everything is fine between <A> and <B> now" as a claim about how they stand', () => {
    const a = ask('so everything is fine between us and china now right');
    expect(a.verdict).toBe('no');
    expect(a.text).toMatch(/strained/);
  });

  it('names whose words hold what "who wants <X>" asks for, with no "about"', () => {
    expect(ask('who wants open lines of military communication').text).toMatch(/^Michael Chase emphasised/);
  });

  it('reads "is anything happening in <a place> soon" as what happens there', () => {
    expect(ask('is anything happening in taiwan politically soon').text).toMatch(/polls/);
  });

  it('does not list what came after for a thing the article never mentions ("the stock market")', () => {
    expect(ask('yo whats the stock market doing after this').answered).toBe(false);
    expect(ask('what happened after the talks').intent).toBe('timeline');
  });

  it('reads "official position on <X>" as a view of it, not someone\'s job', () => {
    const a = ask("what's the us official position on taiwan's sovereignty");
    expect(a.answered).toBe(false);
    expect(a.text).not.toMatch(/Pelosi/);
  });

  it('does not give a past date for "when will it be" of something still to come', () => {
    ask('is military dialogue fully back to normal');
    expect(ask('so when will it be').answered).toBe(false);
  });
});

const HARBOUR = [
  'Harbour town to ban cruise ships from March',
  '',
  'VALLETTA, Nov 4 (Reuters) - The town of Marsaxlokk will ban large cruise ships from its harbour from March 1, the council said on Tuesday, after residents complained about fumes.',
  '',
  'Anyone under 16 will need an adult on board any vessel carrying more than 200 passengers.',
  '',
  'The complaint was lodged by Maria Vella, who chairs the residents group. The council backed the ban by 7-6.',
  '',
  'Joseph Camilleri, a lawyer for the cruise operator Blue Line, told reporters the company would appeal to the high court. Shares in Blue Line fell 2.1 percent on Tuesday.',
  '',
  'Vella said after the vote that she was relieved.',
  '',
  'A separate claim against the port authority was rejected, the council saying the authority had followed the safety rules.',
  '',
  'According to the council, the harbour master inspected the ships on Monday.',
];

describe('plans, starts and the words of an ingested article', () => {
  const ask = askIngested(HARBOUR, '2025-11-04');

  it('reads a headline\'s "<A> to <verb> ... from <month>" as the coming month, and a start as the day after "from"', () => {
    const a = ask('When does the ban take effect?');
    expect(a.text).toMatch(/^March 1, 2026/);
    expect(ask('when does the ban come into force').text).toMatch(/^March 1, 2026/);
  });

  it('answers "is <A> going to <act>" with the plan the article reports, and nothing it does not report', () => {
    const a = ask('Is Blue Line going to appeal?');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/planned, not done/);
    expect(a.text).toMatch(/high court/);
    expect(ask('will the port authority appeal').answered).toBe(false);
  });

  it('takes the "you" of "how old do you have to be" for anyone, not the bot: no help text', () => {
    expect(ask('how old do you have to be to board a cruise ship').intent).not.toBe('help');
    expect(ask('how does the bot work').intent).toBe('help');
  });

  it('suggests no question built from an ingested event named by its whole clause', () => {
    const help = ask('help').text;
    expect(help).toMatch(/Who is /);
    expect(help).not.toMatch(/When was the town of Marsaxlokk will ban/i);
    expect(help).not.toMatch(/\.\.\./);
  });

  it('finds who filed a complaint the article says was lodged', () => {
    expect(ask('Who filed the complaint?').text).toMatch(/^Maria Vella/);
  });

  it('reads a result written "7-6" as the score asked for', () => {
    expect(ask('What was the score in the vote?').text).toMatch(/7-6/);
  });

  it('reads "share price" as the shares the article gives', () => {
    expect(ask("What happened to Blue Line's share price?").text).toMatch(/fell 2\.1 percent/);
  });

  it('does not take "a separate claim" for "break": no "Yes." to a claim of breaking rules', () => {
    expect(ask('Did the port authority break any safety rules?').verdict).not.toBe('yes');
  });

  it('quotes a sentence opening "According to ..." after a refusal as a clause: "that according to ..."', () => {
    const reply = notStated('why', {
      text: 'According to the council, the harbour master inspected the ships on Monday',
      evidence: [],
    });
    expect(reply.text).toBe(
      "The article doesn't say why. It does say that according to the council, the harbour master inspected the ships on Monday.",
    );
  });
});

describe('what was said after an event, and an amount of a thing, in articles of the quality sets', () => {
  it('gives what someone said after an event the article reports before their words', () => {
    const engine = qualityArticleEngine('held-out-61', '611-busan-tower-sunlight-damages.txt');
    const a = engine.ask('What did Choi Mi-sook say after the ruling?', 'said-after');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/relieved/);
  });

  it('counts no age bar ("anyone under 18") as an amount of the thing asked', () => {
    const engine = qualityArticleEngine('held-out-61', '613-tunisia-energy-drink-minors-ban.txt');
    expect(engine.ask('how much caffeine', 'age-bar').text).not.toMatch(/^18\b/);
  });
});

const FARES = [
  'City to cut ferry fares from June',
  '',
  'HALIFAX, May 20 (Reuters) - The city council voted on Tuesday to cut fares on ferries serving islands near the harbour by 40 percent.',
  '',
  'The plan, approved by the council last Thursday and published in the city gazette on Monday, covers all routes.',
  '',
  'The rule covers any ferry burning fuel with more than 50 milligrams of sulphur per litre.',
  '',
  'Ferries are banned within 300 metres of a beach.',
  '',
  'Operators will have a grace period running until the end of August.',
];

describe('amounts, distances, spans and order read from one sentence of an ingested article', () => {
  const ask = askIngested(FARES, '2025-05-20');

  it('gives a change "by" an amount to the act asked, past a verb that describes a noun between', () => {
    expect(ask('By how much will the council reduce fares?').text).toMatch(/^40 percent/);
  });

  it('reads milligrams as a measure, so "how much <thing>" has its amount', () => {
    expect(ask('how much sulphur').text).toMatch(/^More than 50 milligrams/);
  });

  it('reads "within <n> metres of <a place>" as how close, not as a length of that place', () => {
    expect(ask('How close to a beach are ferries banned?').text).toMatch(/^300 metres/);
  });

  it('answers how long a period is with when it runs until', () => {
    expect(ask('How long is the grace period?').text).toMatch(/^Until the end of August/);
  });

  it('orders two acts one sentence dates, each by the date nearest its words', () => {
    expect(
      ask('Which happened first, the council approving the plan or its publication in the gazette?').text,
    ).toMatch(/^council approving the plan came first \(last Thursday.*\), then its publication/);
  });

  it('finds the number an act gives where the dateline has the same number, and reads "points" as no "point out"', () => {
    const engine = qualityArticleEngine('held-out-60', '602-welsh-rugby-club-title-stripped.txt');
    expect(engine.ask('How many points was Bryncoed docked?', 'docked').text).toMatch(/^20 points/);
  });
});

describe('when a ruling was announced, and where an ingested event took place', () => {
  it('dates "announce its ruling" by the sentence that has the ruling, the verb of saying the one word missing', () => {
    const engine = qualityArticleEngine('held-out-60', '602-welsh-rugby-club-title-stripped.txt');
    expect(engine.ask('When did the panel announce its ruling?', 'announce').text).toMatch(
      /^Tuesday \(May 20, 2025\)/,
    );
  });

  it('reads as a sentence, "where that took place", not the event\'s clause', () => {
    const engine = qualityArticleEngine('held-out-60', '602-welsh-rugby-club-title-stripped.txt');
    const a = engine.ask('Where did the hearing take place?', 'where-hearing');
    expect(a.text).not.toMatch(/where lasted/);
  });
});

const LAWYERS = [
  'Court orders tower developer to pay neighbours',
  '',
  'SEOUL, Nov 20 (Reuters) - A court ordered Haeun Construction to pay residents 3 billion won on Thursday.',
  '',
  'Park Jun-seo, a lawyer for Haeun Construction, told reporters the company would appeal.',
  '',
  'Park Minho, a professor at Dong-A University, said the ruling could encourage similar claims.',
  '',
  'The sale is expected to close in the third quarter.',
];

describe('names that open a sentence or hold a month, and a quarter looked ahead to', () => {
  const ask = askIngested(LAWYERS, '2025-11-20');

  it('reads "Park Jun-seo, a lawyer for <a firm>" as a person: no June in the name, no park', () => {
    expect(ask('who is park jun-seo').text).toMatch(/^Park Jun-seo: a lawyer for Haeun Construction/);
    expect(ask('who is park minho').text).toMatch(/^Park Minho: a professor at Dong-A University/);
  });

  it('quotes, for who someone is, the sentence that first names them as well as the one describing them', () => {
    const engine = qualityArticleEngine('held-out-58', '582-rowing-selection-appeal.txt');
    const a = engine.ask('Who is Aroha Tipene?', 'first-named');
    expect(a.text).toMatch(/a 27-year-old from Cambridge/);
    expect(a.text).toMatch(/single sculls/);
  });

  it('dates "expected to close in the third quarter" to the next such quarter', () => {
    expect(ask('When is the sale expected to close?').text).toMatch(/Q3 2026/);
  });
});
