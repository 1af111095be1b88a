import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine/create-engine.js';
import { loadGazetteer } from '../../src/ingest/gazetteer.js';
import { ingestArticle } from '../../src/ingest/ingest-article.js';
import { createNlp } from '../../src/nlp/create-nlp.js';
import { ingestedEngine } from '../support/ingested-engine.js';
import { sharedEngine } from './engine-fixture.js';

// An invented article, ingested with no hand-made facts: what the sentence reader gets from the text alone.
const text = [
  'Fishing talks end in Oslo',
  '',
  "Norway and Japan closed three days of fisheries talks in Oslo on Thursday, March 6. Ingrid Dahl, the state secretary for fisheries, held talks with Japan's Vice Minister Tanaka Hiroshi. This meeting was the fourth round of quota negotiations. The talks follow an accord between Prime Minister Ola Berg and Prime Minister Ito Kenta last year to settle catches, which had stalled after a visit to Svalbard by Senator Mark Rowe in June 2023. The relationship between Oslo and Tokyo remains tense, with disputes over cod quotas. Dahl said both sides wanted a deal by summer. The war of words between Norway and Japan has cooled since.",
].join('\n');

const nlp = createNlp();
const engine = createEngine({
  nlp,
  article: ingestArticle(nlp, loadGazetteer(), text, { date: '2025-03-06' }),
});

describe('the sentence reader on a drafted store', () => {
  it('finds a person named in the sentence that a "This meeting ..." sentence points back to', () => {
    const a = engine.ask('Who did Ingrid Dahl meet with?');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^Tanaka Hiroshi\./);
  });

  it('reads a capital as its country ("<capital> and <capital>" for the two governments)', () => {
    const a = engine.ask('What are the disputes between Norway and Japan?');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/cod quotas/);
  });

  it('answers "what did X say" only from a sentence in which X says something', () => {
    expect(engine.ask('What did Tanaka Hiroshi say?').answered).toBe(false);
    expect(engine.ask('What did Dahl say?').text).toMatch(/a deal by summer/);
  });

  it('does not answer "where" with a place far from the people asked about', () => {
    const a = engine.ask('Where did Berg and Ito meet?');
    expect(a.answered).toBe(false);
    expect(a.text).not.toMatch(/^Svalbard/);
  });

  it('knows a person by the first word of their name', () => {
    expect(engine.ask('who is tanaka').text).toMatch(/Vice Minister/);
  });

  it('names both parties for "between who and who"', () => {
    expect(engine.ask('who is the war of words between?').text).toMatch(/^Norway and Japan\./);
  });
});

describe('amounts and ages the reader picks out', () => {
  const strike = [
    'Dock strike ends',
    '',
    'Dock workers in Bergen voted on Friday, May 9, to end a strike that had killed no trade for weeks. The deal raises wages by 8 percent over two years. Of the 900 employees who took part in the ballot, 64 percent voted in favour. The storm that hit the port last winter killed two people. Anna Lie, whose 81-year-old mother died in March, said the port had been too slow.',
  ].join('\n');
  const docks = createEngine({
    nlp,
    article: ingestArticle(nlp, loadGazetteer(), strike, { date: '2025-05-09' }),
  });

  it('answers "what %" and "how big" with the amount, and "how many died" with the people killed', () => {
    expect(docks.ask('what % voted yes').text).toMatch(/^64 percent\./);
    expect(docks.ask('how big is the pay rise').text).toMatch(/^8 percent\./);
    expect(docks.ask('how many ppl have died').text).toMatch(/^Two\./);
  });

  it('reads "81-year-old" as an age, never as a count', () => {
    expect(docks.ask('how old was her mom').text).toMatch(/^81 years old\./);
    expect(docks.ask('how many people died').text).not.toMatch(/81/);
    expect(docks.ask('how old is the port').answered).toBe(false);
  });
});

describe('sums of money and rates', () => {
  const pay = [
    'Riders win pay case',
    '',
    'Rider Tova Lind said she had earned an average of $3.80 per order last year. The union said that thousands of riders had signed the petition the company rejected.',
  ].join('\n');
  const riders = createEngine({
    nlp,
    article: ingestArticle(nlp, loadGazetteer(), pay, { date: '2025-05-09' }),
  });

  it('answers "how much did <person> make" as what they earned, with what the rate is per', () => {
    expect(riders.ask('How much did Lind make per order?').text).toMatch(/^\$3\.80 per order\./);
  });

  it('does not answer "how much" with a count of things ("thousands of riders")', () => {
    expect(riders.ask('how much did the company reject?').text).not.toMatch(/^thousands/i);
  });
});

describe('who led something, from "under <Name>"', () => {
  const port = createEngine({
    nlp,
    article: ingestArticle(
      nlp,
      loadGazetteer(),
      [
        'Port talks resume',
        '',
        'Harbour Minister Aldo Fenn asked both sides to accept mediation, and talks resumed on Monday, June 2, under Rosa Tellan, a retired judge.',
      ].join('\n'),
      { date: '2025-06-03' },
    ),
  });

  it('answers "who led / headed up <it>" with the one it went on under, not the first person named', () => {
    expect(port.ask('who headed up the talks').text).toMatch(/^Rosa Tellan\./);
    expect(port.ask('who asked both sides to accept mediation?').text).toMatch(/^Aldo Fenn\./);
  });
});

describe('a word that only narrows what is asked', () => {
  const council = ingestedEngine(
    [
      'Council backs depot lease',
      '',
      'The city council voted on Wednesday, April 23, to lease a former bus depot to the club. The opposition was led by Councillor Mary Hollis, who argued that the money should go to social care. The club said the stadium would open in the autumn.',
    ].join('\n'),
    { date: '2025-04-24' },
  );

  it('may be missing from the sentence that names who, when or where ("the opposition to the deal")', () => {
    expect(council.ask('who led the opposition to the deal').text).toMatch(/^Mary Hollis\./);
  });

  it('is no licence to drop the thing asked about itself', () => {
    expect(council.ask('who led the protest against the lease').answered).toBe(false);
  });
});

describe('what something is worth', () => {
  const bank = ingestedEngine(
    [
      'Regulator blocks bank deal',
      '',
      "The competition regulator on Thursday, March 12, blocked Harbour Bank's proposed $2.1 billion takeover of Coast Savings, ruling that the combined lender would control too much of the market.",
    ].join('\n'),
    { date: '2026-03-12' },
  );

  it('is the sum the sentence gives, though it never says "worth"', () => {
    expect(bank.ask('how much was the takeover worth').text).toMatch(/^\$2\.1 billion\./);
  });
});

describe('a question about what has happened', () => {
  const trial = ingestedEngine(
    [
      'Injection cuts strokes',
      '',
      'Researchers said on Wednesday, Oct. 14, that a monthly injection cut repeat strokes by a third. The full results will be published in a medical journal next month. The board was due to vote on the findings on Friday, Oct. 16.',
    ].join('\n'),
    { date: '2026-10-14' },
  );

  it('is never answered with a date still to come ("when were the results published?")', () => {
    expect(trial.ask('When were the full results published?').text).not.toMatch(/^next month/i);
  });

  it('may still be of a plan that falls after the article ("when was the board due to vote")', () => {
    expect(trial.ask('When was the board due to vote on the findings?').text).toMatch(/^Oct\. 16/);
  });
});

describe('places and agreements the drafted store has no entity for', () => {
  const fire = [
    'Warehouse fire contained',
    '',
    'Fire crews contained a blaze at a timber warehouse on Quay Street, in the north of Bergen, on Monday, June 2. Nobody was hurt. Police said the cause was not yet known. The agreement between the port and the union, reached early on Sunday after a long night of talks, ends a week of strikes. Ferries will run as normal.',
  ].join('\n');
  const port = createEngine({
    nlp,
    article: ingestArticle(nlp, loadGazetteer(), fire, { date: '2025-06-02' }),
  });

  it('answers "where" with a named place after "on", "in" or "at", never with a date', () => {
    expect(port.ask('where is the warehouse').text).toMatch(/^Quay Street\./);
  });

  it('finds "the deal" in a sentence that says "the agreement"', () => {
    expect(port.ask('when was the deal actually reached').text).toMatch(/^Sunday/);
  });
});

describe('what happened, not when it was said', () => {
  const wildfire = [
    'Wildfire forces evacuations',
    '',
    'Investigators said on Wednesday, Aug. 19, that the wildfire most likely started beneath a power line on Campbell Mountain. The fire was reported at about 3:40 p.m. on Saturday. Crews from three towns fought it through the night. Residents could return as early as Friday. The power company rejected the finding.',
  ].join('\n');
  const fire = createEngine({
    nlp,
    article: ingestArticle(nlp, loadGazetteer(), wildfire, { date: '2026-08-19' }),
  });

  it('finds "fire" in "wildfire", and gives no date that is only the date of the saying', () => {
    const when = fire.ask('When did the fire start?');
    expect(when.text).not.toMatch(/^(Wednesday|Aug\. 19)/);
    expect(fire.ask('when did investigators say the fire started').text).toMatch(/Aug\. 19/);
    expect(fire.ask('Which came first, the fire or the return of residents?').text).toMatch(
      /fire came first \(3:40 p\.m\. on Saturday, August 15, 2026\)/,
    );
  });
});

describe('who, asked of the one a possessive points to', () => {
  const quake = [
    'Quake kills two',
    '',
    'The quake struck at 3:17 a.m. on Saturday. Ana Sousa, 79, died when the roof of her house collapsed. Engineers counted 380 damaged homes. The mayor said relief was too slow.',
  ].join('\n');
  const azores = createEngine({
    nlp,
    article: ingestArticle(nlp, loadGazetteer(), quake, { date: '2025-11-08' }),
  });

  it('answers "who ... when her roof collapsed" with the one it happened to, and reads ", 79," as an age', () => {
    expect(azores.ask('who was killed when her roof collapsed').text).toMatch(/^Ana Sousa\./);
    expect(azores.ask('how old was ana sousa').text).toMatch(/^79 years old\./);
    expect(azores.ask('part of what').answered).toBe(false);
  });
});

describe('an echo question: the article\'s words with "what" where the answer stands', () => {
  it('answers with the phrase that follows the words echoed, whichever end "what" is typed at', () => {
    for (const q of [
      'the fourth round of what',
      'and this was the fourth round of what exactly',
      'what was the fourth round of',
    ]) {
      const a = engine.ask(q);
      expect(a.answered, q).toBe(true);
      expect(a.text, q).toMatch(/^Quota negotiations\. The article: "This meeting was the fourth round/);
    }
  });

  it('gives a list whole, not its first item', () => {
    expect(engine.ask('dahl is the state secretary for what').text).toMatch(/^Fisheries\./);
    const a = sharedEngine().ask('ok so chase is deputy asst sec of defense for what exactly');
    expect(a.text).toMatch(/^China, Taiwan, and Mongolia\./);
  });

  it('does not take a premise about someone the sentence does not name', () => {
    expect(engine.ask('rowe was in charge of the fourth round of what').text).not.toMatch(/^Quota/);
  });
});

describe('how two people are linked', () => {
  it('is what the sentence naming both says ("the <A> <B> connection", "the relationship between <A> and <B>")', () => {
    expect(engine.ask('whats the berg ito connection').text).toMatch(
      /^The article says: "The talks follow an accord/,
    );
    expect(engine.ask('what is the relationship between dahl and tanaka').text).toMatch(
      /^The article says: "Ingrid Dahl, the state secretary/,
    );
  });

  it('is not answered for two people no sentence names together', () => {
    expect(engine.ask('what is the link between rowe and dahl').answered).toBe(false);
  });
});

describe('adjectives of scale that frame a wh-question ("what bigger ...", "the broader ...")', () => {
  it('need not be in the sentence', () => {
    expect(engine.ask('the fourth round is part of what bigger negotiations').text).toMatch(
      /This meeting was the fourth round of quota negotiations/,
    );
    expect(engine.ask('what are the broader disputes between oslo and tokyo').text).toMatch(/cod quotas/);
  });

  it('are still claimed in a yes/no question', () => {
    expect(engine.ask('are there wider disputes between oslo and tokyo').text).not.toMatch(/^Yes/);
  });
});

describe('when an act the article words otherwise happened', () => {
  const courier = [
    'Court backs riders against Ferrolo',
    '',
    "Riders who deliver through the app Ferrolo are employees, a court ruled on Monday, May 5. The case began with Nina Ostrova, a rider who had delivered for Ferrolo since 2019. After the company deactivated her account in March 2022, she went to a lawyer. Ferrolo's general counsel, Ada Brunn, said the company was disappointed.",
  ].join('\n');
  const courierEngine = ingestedEngine(courier, { date: '2025-05-07' });

  it('reads "the company" and "her" in the sentence that dates the act', () => {
    expect(courierEngine.ask("When did Ferrolo deactivate Ostrova's account?").text).toMatch(/^March 2022\./);
  });

  it('never answers with the "since" date of a state when the act asked about is not in its sentence', () => {
    expect(courierEngine.ask('When did Ferrolo kick Ostrova off?').text).not.toMatch(/2019/);
    expect(courierEngine.ask('Since when has Ostrova delivered for Ferrolo?').text).toMatch(/2019/);
  });
});

describe('a person asked for as a man or a woman', () => {
  const quake = ingestedEngine(
    'Storm kills two in the islands\n\nLISBON, March 3, 2025 - A storm swept across the islands on Sunday. Ana Pires, 79, died when the roof of her house in Vila Nova collapsed, and a 52-year-old man was killed by falling stones in the village of Porto Alto. Officials said more rain was expected.',
  );

  it('does not answer "the man" with a woman the sentence names', () => {
    const a = quake.ask('who was the man killed in Porto Alto?');
    expect(a.text).not.toMatch(/^Ana Pires/);
    expect(quake.ask('What was the name of the man killed in Porto Alto?').answered).toBe(false);
  });
});

describe('"which <things>" of a sentence that has them only as a kind', () => {
  it('does not quote a sentence that names none of them as the answer', () => {
    expect(sharedEngine().ask('which islands').answered).toBe(false);
    const cuts = ingestedEngine(
      'Harbourview University will close 14 degree programmes, its senate decided on Monday, March 22, 2027. ' +
        'The programmes to be closed include marine biology, classics, music and three language degrees. ' +
        'A larger review, involving departments in Halifax and Toronto, is due next year.',
      { date: '2027-03-23' },
    );
    for (const q of ['Which three language degrees are being closed?', 'which departments are in the review'])
      expect(cuts.ask(q).answered, q).toBe(false);
    expect(cuts.ask('which programmes are being closed').text).toMatch(/marine biology, classics, music/);
  });
});

describe('an act the article has only as a word before a noun', () => {
  it('quotes no sentence for "what was the <thing> spying on" when the article says only "a spy <thing>"', () => {
    const a = sharedEngine().ask('what was the balloon actually spying on');
    expect(a.answered).toBe(false);
  });
});

describe('the phrase an echo question asks for', () => {
  const first = sharedEngine();
  it('runs on through a verb a preposition takes, and ends before a small word left hanging', () => {
    expect(first.ask('whats the bigger goal it ties into').text).toMatch(
      /^The broader goal of maintaining stability in the region\. The article:/,
    );
    expect(first.ask('the critical need for what').text).toMatch(
      /^Open lines of military communication\. The article:/,
    );
  });
});

describe('what an act is done to, asked with "what" in its place', () => {
  it('answers with the thing after the verb in the sentence that holds the question best', () => {
    expect(engine.ask('the talks follow what').text).toMatch(
      /^An accord between Prime Minister Ola Berg and Prime Minister Ito Kenta last year\. The article: "The talks follow/,
    );
    expect(engine.ask('what do the talks follow').text).toMatch(/^An accord between/);
    const first = sharedEngine();
    expect(first.ask('according to pentagon officials comms channels help prevent what').text).toMatch(
      /^Miscalculations\. The article: "Establishing and maintaining communication channels/,
    );
    // (An agent after "by": the name alone, not the rest of the clause.)
    expect(first.ask('the dialogue was severed by what').text).toMatch(/^Beijing\. The article:/);
  });

  it('finds the preposition the question ends in a few words on, and keeps a hyphenated word whole', () => {
    expect(engine.ask('what had the catches stalled after').text).toMatch(/^A visit to Svalbard/);
    expect(sharedEngine().ask('these talks r part of an effort to resume what exactly').text).toMatch(
      /^Military-to-military ties between the two nations\./,
    );
  });

  it('gives nothing when two sentences hold the question as well as each other', () => {
    const a = sharedEngine().ask('what does communication prevent');
    expect(a.text).not.toMatch(/^(Miscalculations|Potential competition)\./);
  });
});

describe('who leads a country', () => {
  it('does not answer with someone whose title merely has "chair" in it', () => {
    const a = sharedEngine().ask('who leads china according to the article');
    expect(a.text).not.toMatch(/^(Charles Q\. Brown|Liu Zhenli)/);
  });
});

describe('where inside a place, and which one of a kind', () => {
  const lynx = ingestedEngine(
    'Lynx return to the forest\n\nSix lynx were released into Harwood Forest in Northumberland on Thursday, March 19, 2026, the first time the cat has returned to England. An earlier application by a different group was turned down in 2018, partly because of objections from sheep farmers.',
    { date: '2026-03-20' },
  );

  it('does not answer "exactly where in <a place>" with the region the sentence puts it in', () => {
    const a = lynx.ask('Exactly where in the forest were the cats released?');
    expect(a.text).not.toMatch(/^(?:Northumberland|England)\b/);
    expect(lynx.ask('where were the lynx released').text).toMatch(/^Harwood Forest\./);
  });

  it('does not quote "a different group" as saying which group', () => {
    const a = lynx.ask("Which group's application was turned down in 2018?");
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(/^The article doesn't say which group/);
  });
});

describe('the sentence reader: who is described', () => {
  it('of two people in one sentence, answers "<described> is who" with the one the description fits', () => {
    const a = sharedEngine().ask('the deputy director from the cmc is who');
    // (Read from the sentence, or from the profile of the one the description resolves to.)
    expect(a.text).toMatch(/^Song Yanchao\b/);
  });
});

describe('the sentence reader: how long', () => {
  const tram = ingestedEngine(
    'Brenholt council approves tram project\n\nThe city council of Brenholt approved a new tram line on Tuesday, October 14, 2025, ending an eight-hour debate with a vote of 28 to 23 after almost three years of argument. The 7.4-kilometre line will run from the station to the docks, with 14 stops. Shopkeepers on Mill Street said they would appeal. Mayor Ana Kovac called the vote historic. Work is due to begin in March.',
    { date: '2025-10-15' },
  );

  it('gives a length for how long a thing is or will be, not the length of another thing in the sentence', () => {
    for (const q of ['how long is the line', 'How long will the line be?']) {
      const a = tram.ask(q);
      expect(a.text, q).toMatch(/^7\.4 kilometres\. The article: "The 7\.4-kilometre line/);
    }
  });

  it('gives a stretch of time as an amount ("eight hours", not "An eight-hour")', () => {
    expect(tram.ask('how long was the debate').text).toMatch(/^Eight hours\./);
  });
});

describe('the sentence reader: when', () => {
  const deal = ingestedEngine(
    'Orchestra players accept pay deal\n\nMusicians of the Harbour Symphony Orchestra voted on Wednesday, June 3, 2026, to accept a new pay agreement, ending a strike. The deal, approved by 71 of the 84 players who cast ballots, raises base salaries by 14 percent, backdated to January. Players return on Monday.',
    { date: '2026-06-04' },
  );

  it('does not give a date something was moved to ("backdated to January") as when the act asked about happened', () => {
    expect(deal.ask('When did the players vote to accept the deal?').text).not.toMatch(/^January/);
  });
});

describe('a noun qualifying the thing asked about, missing from the sentence that reports the act', () => {
  const harbour = ingestedEngine(
    [
      'Ferry operators settle pay dispute aboard a harbour tug',
      '',
      "Two ferry operators in the port of Valmora agreed on Monday, May 4, to end a pay dispute with their crews. The deal was signed aboard the Kestrel, a harbour tug moored off the old lighthouse. Anna Rolle, chief executive of Valmora Ferries, said the agreement would hold for three years. Piet Zand, the company's finance director, said the cost was within budget. A second attempt at talks, on Friday, had broken down after an hour. Crews said they would return to work on Wednesday.",
    ].join('\n'),
    { date: '2026-05-04' },
  );

  it('reads "where was the <qualifier> deal signed" from the sentence that says where the deal was signed', () => {
    expect(harbour.ask('where was the pay deal signed').text).toMatch(/^The Kestrel\b/);
  });

  it('does not take a noun with another qualifier of its own, or another ordinal, for the one asked about', () => {
    expect(harbour.ask("who is the company's ticket director").answered).toBe(false);
    expect(harbour.ask('when was the first negotiation attempt').answered).toBe(false);
    expect(harbour.ask('when was the second attempt').text).toMatch(/^Friday\b/);
  });

  it('reads "who runs <body>" and "the chief executive of <body>" as the one whose title heads that body', () => {
    for (const q of ['who runs valmora ferries', 'who is the chief executive of valmora ferries']) {
      expect(harbour.ask(q).text, q).toMatch(/^Anna Rolle\b/);
    }
  });
});

describe('a share asked for, and a feeling asked of someone who spoke', () => {
  const orchard = ingestedEngine(
    [
      'Orchard growers warn over new export rules',
      '',
      'Apple growers in the Varn valley said on Tuesday, June 9, that new export rules would hurt small farms. About 35 percent of the valley’s orchards are run by families with fewer than five workers. Lena Hollis, a fruit scientist at the Varn Research Station, said the new rules would push growers to spray more often. Growers send about 60 percent of their apples to northern markets, though buyers in Telmar have cut orders. The regional council will debate the rules in July. Farmers said they would protest outside the council in Varnby.',
    ].join('\n'),
    { date: '2026-06-09' },
  );

  it('reads "what share of <X>" as the percentage of <X> the sentence gives', () => {
    expect(orchard.ask('what share of the orchards are run by families').text).toMatch(/^35 percent\b/);
  });

  it('gives no percentage that is of something else than the place the question names', () => {
    expect(orchard.ask('what share of the apples go to telmar').answered).toBe(false);
  });

  it('reads "what is <person> worried about" as what the article reports she said', () => {
    const reply = orchard.ask('what is lena hollis worried about');
    expect(reply.text).toMatch(/push growers to spray more often/);
  });
});
