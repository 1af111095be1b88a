import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '../../src/ingest/gazetteer.js';
import { ingestArticle } from '../../src/ingest/ingest-article.js';
import { createNlp } from '../../src/nlp/create-nlp.js';
import { askIngested } from '../support/ingested-engine.js';
import { conversations, sharedEngine } from './engine-fixture.js';

describe('chat words for a whole topic, the key people and the upshot', () => {
  const ask = conversations(sharedEngine(), 'else-and-upshot');

  it('reads "tell me everything abt <A> from the article" as who <A> is', () => {
    const a = ask('tell me everything abt michael chase from the article');
    expect(a.intent).toBe('who-is');
    expect(a.text).toMatch(/deputy assistant secretary/);
    expect(ask('tell me all about chase').text).toMatch(/deputy assistant secretary/);
  });

  it('lists the people for "the key ppl in the article", but not for "the main guys at <a meeting>"', () => {
    expect(ask('give me the key ppl in the article').intent).toBe('people-named');
    const a = ask('ok so who were the two main guys at the washington talks');
    expect(a.intent).not.toBe('people-named');
    expect(a.text).toMatch(/Chase/);
    expect(a.text).toMatch(/Song/);
  });

  it('gives the summary for "the headline takeaway here", with nothing of the article named', () => {
    expect(ask("what's the headline takeaway here in 1 sentence").intent).toBe('article-summary');
  });

  it('drops "real quick" as a tail, but keeps "quick" as what is asked', () => {
    expect(ask('explain the pelosi thing real quick').text).toMatch(/Taiwan/);
    const a = ask('did officials say getting a working dialogue would be quick?');
    expect(a.verdict).toBe('no');
  });

  it('reads "rep\'d" as represented', () => {
    expect(ask("who rep'd china at the washington talks").text).toMatch(/Song Yanchao/);
  });

  it('reads "<the meeting> was abt what" as what the meeting was about', () => {
    expect(ask('so the convo between chase and song was abt what').text).toMatch(/defense relations/);
  });

  it('gives no "No." to "did <A> start the freeze" from a sentence whose one word stands for both', () => {
    const a = ask('did china start the freeze');
    expect(a.verdict).toBeUndefined();
    expect(a.text).not.toMatch(/^No\b/);
  });
});

describe('"besides that" and "what else" after an answer', () => {
  it('says the article gives nothing else when the answer would rest on the same sentences again', () => {
    const ask = conversations(sharedEngine(), 'besides-that');
    expect(ask('what did biden and xi agree on', 'when').text).toMatch(/late last year/i);
    const a = ask('what did biden and xi agree on', 'when', 'what did they agree on besides that');
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(/^The article gives nothing else on it/);
  });

  it('still answers "who else" when the first answer was who someone is', () => {
    const ask = conversations(sharedEngine(), 'who-else');
    const a = ask('who is chase', 'who else was at the talks');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/Song Yanchao/);
  });
});

const RELAY = [
  'University loses appeal over relay race disqualification',
  '',
  'OSAKA, Nov 14 (Reuters) - A university that crossed the finish line first in a student relay race has lost its appeal, after officials ruled that two of its runners exchanged the team sash outside the marked zone.',
  '',
  "The top three teams qualify for the national championship, and the winner receives 3 million yen from the race's sponsor, a Kyoto-based bank.",
  '',
  'The mayor said on Tuesday that the city could fine the organiser up to 120 million yen if it had breached its contract.',
];

describe('counts, sums and unnamed kinds in an ingested article', () => {
  const ask = askIngested(RELAY, '2025-11-14');

  it('counts no teams by "two of its runners exchanged the team sash", nor by those that qualify', () => {
    const a = ask('How many teams took part in the race?');
    expect(a.answered).toBe(false);
    expect(a.text).not.toMatch(/^(?:Two|Three)\b/);
    expect(ask('How many teams qualify for the national championship?').text).toMatch(/^Three/);
  });

  it('refuses "which bank" of a sentence that gives only "a <city>-based bank"', () => {
    const a = ask('Which bank sponsors the race?');
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(/a Kyoto-based bank/);
  });

  it('reads "how big a fine could <A> face" of "could fine <A> up to <a sum>"', () => {
    expect(ask('How big a fine could the organiser face?').text).toMatch(/120 million yen/);
  });

  it('reads "how much prize money does the winner get" of "the winner receives <a sum>"', () => {
    expect(ask('How much prize money does the winner get?').text).toMatch(/^3 million yen/);
  });
});

const CABLE_CAR = [
  'Hill town shuts cable car after cabin slides back',
  '',
  'LUGANO, May 6 (Reuters) - The town of Monteverde closed its cable car on Wednesday, a day after a cabin slid about 15 metres back down the hill, injuring six people.',
  '',
  'The cabin was halfway up the 240-metre line when the hauling rope slipped and it rolled backwards until a brake stopped it.',
  '',
  "The cable car workers' union disputed the operator's account. Its leader, Marco Bernasconi, said brake checks had been cut to save money.",
  '',
  'The Ticino Transport Company, which runs the line, denied that. Its director said the company would appeal against any fine.',
  '',
  'Staff at the top station did not spot the fault. The regional secretary said inspectors would report within 30 days.',
];

describe('a body named by its kind, a length of another thing, and a plan, in an ingested article', () => {
  const ask = askIngested(CABLE_CAR, '2025-05-06');

  it('gives "Its leader, <Name>" the body the sentence before opens with, when that body has no name', () => {
    expect(ask('who is marco bernasconi').text).toMatch(/leader of the cable car workers' union/);
  });

  it('gives no "240-metre line" as how far the cabin rolled', () => {
    const a = ask('How far did the cabin roll backwards?');
    expect(a.text).not.toMatch(/^240/);
    expect(a.answered).toBe(false);
    expect(ask('how far did the cabin slide').text).toMatch(/15 metres/);
  });

  it('answers "what will <a body> do next" with what it would do, as planned, when nothing later is dated', () => {
    const a = ask('what is the ticino transport company planning to do next');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/planned, not done/);
    expect(a.text).toMatch(/appeal/);
  });

  it('reads "notice" as the article\'s "spot", and a stretch ahead ("within 30 days") as when', () => {
    expect(ask('did staff at the top station notice the fault').verdict).toBe('no');
    expect(ask('when are the inspectors due to report').text).toMatch(
      /^Within 30 days \(the article gives no date\)/,
    );
  });
});

describe('"which <thing>" of a headline and of several unnamed', () => {
  const ask = askIngested(
    [
      'Port shuts old ferry after engine fire',
      '',
      'NAPLES, June 3 (Reuters) - Authorities closed the Santa Lucia ferry indefinitely on Tuesday after an engine fire.',
      '',
      "The operator's other two ferries were shut on Wednesday for safety checks.",
    ],
    '2025-06-03',
  );

  it('quotes the sentence that names it, not the headline or "the other two ferries"', () => {
    expect(ask('Which ferry was shut down?').text).toMatch(/Santa Lucia/);
  });
});

describe('dates, sums and places that belong to another act, thing or version', () => {
  const rowing = askIngested(
    [
      'Rowing body reverses final after score typo',
      '',
      "DUBLIN, July 16 (Reuters) - Rowing Ireland on Wednesday overturned the result of the women's final, awarding the title to Aoife Byrne.",
      '',
      "Byrne, who began rowing at a club in Galway at the age of 12, said she felt relief. The winner's cheque is worth 8,000 euros, twice the runner-up's prize.",
    ],
    '2025-07-16',
  );

  it('takes no date of a sentence whose only "row" is in a body\'s name', () => {
    expect(rowing('When was the final rowed?').text).not.toMatch(/^Wednesday/);
  });

  it('reads "start rowing" as an act, not the body, and answers when with the age given', () => {
    const a = rowing('When did Aoife Byrne start rowing?');
    expect(a.text).toMatch(/^At the age of 12 \(the article gives no date\)/);
  });

  it("gives no winner's sum as what the runner-up got", () => {
    const a = rowing('How much did the runner-up get?');
    expect(a.answered).toBe(false);
    expect(rowing('How much does the winner get?').text).toMatch(/^8,000 euros/);
  });

  const market = askIngested(
    [
      'Court blocks move of old fish market',
      '',
      "BUSAN, Nov 13 (Reuters) - A court on Thursday annulled the city's order to move its oldest fish market to a new site across the harbour.",
      '',
      'The city had planned to move all 412 stalls there on January 5 and to demolish the old market, on the waterfront in Jung district.',
      '',
      'Traders had fought the plan for more than three years. The market employs about 1,000 people.',
      '',
      'A city spokesman said officials were studying the ruling.',
    ],
    '2025-11-13',
  );

  it('dates a planned move by its own day, not by the day a court annulled the order for it', () => {
    expect(market('When was the move supposed to take place?').text).toMatch(/^January 5/);
    expect(market('when did the court annul the order').text).toMatch(/^Thursday/);
  });

  it('does not place the new market where the old one stands', () => {
    expect(market('Where is the new market building?').text).not.toMatch(/^Jung/);
    expect(market('where is the old market').text).toMatch(/Jung/);
    expect(market('where is the former market').text).toMatch(/Jung/);
  });
});

describe('a speaker whose name has a word of place, and a body the article leaves unnamed', () => {
  const ask = askIngested(
    [
      'Holstein rail operator to cut a fifth of regional trains',
      '',
      'KIEL, May 2 (Reuters) - Nordbahn will cut a fifth of its regional trains from June because of a shortage of drivers.',
      '',
      '"We waited years for a reliable service," said Park Soo-min, 67, who heads the passengers\' association.',
      '',
      "Lars Holm, Holstein's transport minister, called the cuts unacceptable. He said officials would examine whether other operators could take over some routes.",
    ],
    '2025-05-02',
  );

  it('reads "said <Park> <Soo-min>, 67," as a person, not a place', () => {
    const a = ask('Who is Park Soo-min?');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/passengers' association/);
  });

  it('does not name the region whose minister spoke as the operator that could take over', () => {
    const a = ask('Which operator is expected to take over some of the routes?');
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(/doesn't say which operator/);
  });
});

const FOSSIL = [
  'Retired teacher finds ancient footprints on the shore',
  '',
  "ST. JOHN'S, Newfoundland - A trail of tiny marks spotted by a retired teacher may be the oldest footprints on record, scientists said on Wednesday, April 8.",
  '',
  'The marks were found in 2024 by Margaret Lundy, 71, who taught high-school science for 33 years before retiring to the village of Port Union.',
  '',
  'The study was published in the journal Current Biology. In a survey carried out in 2023, most residents backed a new museum. The museum board approved the display in August of that year.',
  '',
  'The slab will go on public display at the provincial museum in June.',
];

describe('names, kinds and dates an article gives only in passing', () => {
  const entities = ingestArticle(createNlp(), loadGazetteer(), FOSSIL.join('\n'), { date: '2026-04-08' })
    .facts.entities;
  const kindOf = (name: string) => entities.find((e) => e.name === name)?.kind;

  it('reads "the village of <Port> <Union>" and a dateline city in capitals as places, "the journal <X>" as a body', () => {
    expect(kindOf('Port Union')).toBe('place');
    expect(kindOf("ST. JOHN'S")).toBe('place');
    expect(kindOf('Current Biology')).toBe('organization');
  });

  const ask = askIngested(FOSSIL, '2026-04-08');

  it('does not take "taught high-school science" or a village for the school asked about', () => {
    const a = ask('Which school did Margaret Lundy teach at?');
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(/doesn't say which school/);
  });

  it('dates a month an act still to come is set for ahead of the article, and "of that year" by the year before', () => {
    expect(ask('When will the slab go on display?').text).toMatch(/^June \(June 2026\)/);
    expect(ask('When did the museum board approve the display?').text).toMatch(/August 2023/);
  });
});

describe('the hours of the day something covers', () => {
  const ask = askIngested(
    [
      'Greece orders midday halt to outdoor work',
      '',
      'ATHENS, July 22 (Reuters) - Greece ordered a halt to outdoor manual work on Wednesday as temperatures rose.',
      '',
      'The Labour Ministry said the stoppage would apply from 12 p.m. to 5 p.m. in Attica and Crete.',
      '',
      'Inspectors will visit building sites, ports and delivery hubs.',
    ],
    '2025-07-22',
  );

  it('answers "what hours does <X> cover" with the stretch of the day the sentence gives', () => {
    expect(ask('What hours does the stoppage cover?').text).toMatch(/^From 12 p\.m\. to 5 p\.m\./);
  });
});

describe('claims of an effort the article reports as under way', () => {
  const ask = conversations(sharedEngine(), 'effort-claims');

  it('answers "are <X> being resumed?" with the effort under way, not a "Yes." or a refusal', () => {
    const a = ask('are military ties being resumed?');
    expect(a.answered).toBe(true);
    expect(a.verdict).toBeUndefined();
    expect(a.text).toMatch(/^The article reports it as an effort under way, not as done/);
  });

  it('reads "this" in a conversation\'s first question as the article\'s news', () => {
    const a = ask('so this is a step towards resuming military ties?');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/significant step/);
    expect(ask('what did chase stress', 'is this a step toward resuming military ties').answered).toBe(false);
    // (Not "theirs": a person or side the member has in mind, which the opening question never named.)
    expect(ask('did china admit the balloon was theirs').answered).toBe(false);
  });
});

describe('a margin, a team a sentence moves, and a claim that something is easy', () => {
  const ask = askIngested(
    [
      'Relay winner disqualified over handover',
      '',
      'SENDAI, Nov 14 (Reuters) - Kita University finished the course in 5 hours, 21 minutes and 47 seconds, nine seconds ahead of Minami College.',
      '',
      'But officials disqualified Kita on Monday. The disqualification moves Tohoku Institute, which finished fourth, into the last qualifying place.',
      '',
      'The coach said an appeal would not be easy and would take months.',
    ],
    '2025-11-14',
  );

  it('reads "by how much did <A> beat <B>" of "<a time> ahead of <B>"', () => {
    expect(ask('By how much did Kita beat Minami College?').text).toMatch(/^Nine seconds/);
  });

  it('answers "which team moves into <a place>" with the body the sentence moves there', () => {
    expect(ask('Which team moves into the last qualifying place?').text).toMatch(/^Tohoku Institute/);
  });
});

describe('"easy" as a claim of something done at once', () => {
  it('corrects "did officials say it\'s gonna be easy" with what the article reports as taking time', () => {
    const a = conversations(sharedEngine(), 'easy-claim')('did us officials say its gonna be easy');
    expect(a.verdict).toBe('no');
    expect(a.text).toMatch(/take time/);
  });
});

describe('"which <kind> <verb>s" when wink reads the verb as a noun', () => {
  const ask = askIngested(
    [
      "Players vote to boycott women's one-day competition",
      '',
      "WELLINGTON, May 2 (Reuters) - Players voted on Wednesday to boycott the women's one-day competition over pay.",
      '',
      "Tui Mutual, an insurer that has sponsored the women's one-day competition since 2021, said on Thursday it was following the situation closely.",
    ],
    '2025-05-02',
  );

  it('takes the noun after "which" as the kind asked, not the verb after it', () => {
    expect(ask("Which company sponsors the women's one-day competition?").text).toMatch(/^Tui Mutual/);
  });
});
