import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { askIngested, ingestedEngine } from '../support/ingested-engine.js';

// A noun the question uses for an act the article reports with its verb ("the ruling" of "the court ruled"),
// though a synonym group takes the noun to another word ("decision").
const court = askIngested(
  [
    'Court strikes down city toll',
    '',
    'The city must stop charging drivers after the High Court ruled on Tuesday, 14 May 2024, that the council had exceeded its powers.',
    'The ruling is a heavy blow to the transport commissioner, who designed the scheme.',
    'The toll came into force on 4 September and has raised €21.6 million.',
  ],
  '2024-05-14',
);

describe('a noun made from the verb the article uses', () => {
  it('finds the sentence that reports the act with the verb, and its day', () => {
    const a = court('when was the ruling?');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/14 May 2024/);
    expect(a.citations.map((c) => c.sentence)).toEqual([2]);
  });

  it('dates a day written before its month, without a year, in the last such month', () => {
    expect(court('when did the toll come into force?').text).toMatch(/September 4, 2023/);
  });
});

// A plant fire told as a wire story: who runs the plant only in a passive ("run by <a company>"), an evacuation
// only as people told to leave their homes, and "now" in a quote that dates nothing.
const fire = askIngested(
  [
    'Fire at chemical plant forces residents from their homes',
    '',
    'HAMBURG, March 3 (Reuters) - Firefighters brought a fire at a chemical plant under control on Monday after it burned through the night, forcing about 900 people in the nearby district of Moorburg to leave their homes.',
    'The fire broke out late on Sunday in a storage tank at a plant run by Elbchem Industries, a German solvents maker.',
    'Residents of about 400 homes were told to leave at around 2 a.m. by an alert sent to their phones.',
    'Anna Vogt, a resident, said families now feared for their health.',
    'About 140 firefighters had been deployed.',
    'The fire was declared under control at noon on Monday, 14 hours after it started.',
    'A local levy on the plant has raised 2 million euros this year, and the city had budgeted for 3 million euros in a full year.',
  ],
  '2025-03-03',
);

describe('a verb and a word near it that mean one word', () => {
  it('reads people told to leave their homes as evacuated', () => {
    expect(fire('how many people were evacuated?').text).toMatch(/^900\b/);
    expect(fire('how many homes were evacuated?').text).toMatch(/^400\b/);
  });
});

describe('words that mean the same act', () => {
  it('reads "sent" as "deployed"', () => {
    expect(fire('how many firefighters were sent?').text).toMatch(/^140\b/);
  });

  it('reads a phrasal verb as what it means: money brought in is raised, a fire brought under control controlled', () => {
    expect(fire('how much has the levy brought in?').text).toMatch(/^2 million euros/);
    expect(fire('how long did it take to bring the fire under control?').text).toMatch(/^14 hours/);
  });
});

describe('a company asked for', () => {
  it('is the organisation a sentence names, even in a passive, the clause that says which plant only helping', () => {
    expect(fire('which company runs the plant that caught fire?').text).toMatch(/^Elbchem Industries\b/);
    expect(fire('what company operates the plant').text).toMatch(/^Elbchem Industries\b/);
  });
});

describe('"now" in what someone said', () => {
  it('dates nothing', () => {
    expect(fire('when did the families fear for their health?').text).not.toMatch(/^now\b/i);
  });
});

// Words of a body's name used as plain words in questions: "pandas" of "the Centre for the Giant Panda",
// "containers" of "<X> Container Lines"; and a given name of two letters.
const zoo = askIngested(
  [
    'Zoo to send pandas home early',
    '',
    'Zoo Negara will return its two giant pandas to China, the director said on Wednesday, October 8, 2025.',
    'The director of the zoo on the outskirts of Kuala Lumpur said the pandas, an 11-year-old female called Yun Yun and a 14-year-old male called Da Feng, will be flown to the Centre for the Giant Panda in Sichuan.',
    'Since the pandas arrived in 2017, visitor numbers have doubled.',
    'The Ostend Aurora, a ship owned by Baltic Container Lines, is carrying about 900 containers of bamboo.',
  ],
  '2025-10-08',
);

describe("a plain word that is also a word of a body's name", () => {
  it('is read as the word, not as the body or its possessive', () => {
    expect(zoo('when did the pandas arrive?').text).toMatch(/^2017\b/);
    expect(zoo('how many containers is the ship carrying?').text).toMatch(/^900\b/);
  });
});

describe('an age written before "called <name>"', () => {
  it('is the age of the name after it, not of a name before it', () => {
    expect(zoo('how old is da feng?').text).toMatch(/^14 years old/);
    expect(zoo('how old is yun yun?').text).toMatch(/^11 years old/);
  });
});

describe('where a thing is', () => {
  it('is not a place something goes to ("return ... to <X>")', () => {
    const text = readFileSync(
      new URL('../quality/articles/held-out-17/173-zoo-negara-pandas-return.txt', import.meta.url),
      'utf8',
    );
    expect(ingestedEngine(text).ask('where is the zoo?', 'w').text).toMatch(/^The outskirts of Kuala Lumpur/);
  });
});

// A coach the article says was dismissed, asked about as fired or sacked.
const sacked = askIngested(
  [
    'Rowing federation parts with its coach after the world championships',
    '',
    'The Dutch Rowing Federation dismissed its head coach, Pieter de Wit, on Monday, 3 March 2025, after the team won no medals.',
    "Sanne Bakker, the federation's president, said the search for a successor would begin at once.",
  ],
  '2025-03-03',
);

describe('another verb for dismissing someone', () => {
  it('finds the dismissal and its day', () => {
    expect(sacked('when was the coach fired?').text).toMatch(/^3 March 2025/);
    expect(sacked('when did they sack de wit').text).toMatch(/^3 March 2025/);
  });
});

// A fixture the article calls a qualifier, asked about as a match or a game.
const fixtures = askIngested(
  [
    'Caretaker named for Iceland qualifiers',
    '',
    "Ida Holm, who coaches the under-21 team, will take charge for next month's qualifiers, at home to Sweden on Nov. 13 and away to Norway five days later.",
  ],
  '2025-10-16',
);

describe('another word for a match', () => {
  it('finds the qualifier and its day', () => {
    expect(fixtures('When is the Sweden match?').text).toMatch(/Nov\. 13/);
    expect(fixtures('when is the game against sweden').answered).toBe(true);
  });
});

// Everyday words for a body and its act ("the regulator", "the takeover") the article puts otherwise ("watchdog",
// "merger"); and an act found only as a word before a noun ("buying power"), which names no one who did it.
const merger = askIngested(
  [
    'Irish competition watchdog blocks €310 million merger of two pharmacy chains',
    '',
    "Ireland's Competition and Consumer Protection Commission blocked Hallinan Pharmacies' planned takeover of its rival CarePoint on Thursday, 18 September 2025.",
    'Aoife Dunne, president of the Irish Pharmacy Union, said smaller owners had feared being squeezed by a group with greater buying power over wholesalers.',
  ],
  '2025-09-18',
);

describe('other words for a body and its act', () => {
  it('finds "the regulator blocked the takeover" where a watchdog blocked a merger', () => {
    const a = merger('When did the regulator block the takeover?');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^18 September 2025/);
  });

  it('names no one for an act the article has only as a word before a noun', () => {
    expect(merger('who was trying to buy who').text).not.toMatch(/Dunne/);
  });
});
