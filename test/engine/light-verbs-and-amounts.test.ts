import { describe, expect, it } from 'vitest';
import { ingestedEngine } from '../support/ingested-engine.js';

// An invented article, ingested with no hand-made facts: a light verb with its particle ("take down"), an
// amount asked with "how much" beside a count of things, and a headline that holds the question when the
// body's first sentence holds the date.
const text = [
  'Valmont court orders museum to pull 140 photographs from its website',
  '',
  'A court in Valmont ruled on Monday, May 4, that the city museum acted lawfully when it put about 3,100 old press photographs online without asking their agency, but said it must remove 140 images still sold by the agency. The agency, Lumen Press, had sued the museum last spring. Lumen Press said the museum offered about 9,000 prints in its online gallery. The museum must also remove 60 prints from the gallery by June. Judge Amira Solberg gave the museum two weeks to comply. The museum was ordered to pay 15,000 euros in costs, far below the 1.2 million euros the agency had sought. Museum director Paul Oster said the 140 photographs had been taken offline within hours.',
].join('\n');

const engine = ingestedEngine(text, { date: '2025-05-05' });

describe('a light verb with its particle', () => {
  it('reads "take down" as the act, not as no word at all, and counts what was taken down', () => {
    // (Two sentences hold the prints and the museum; one of them the act.)
    const a = engine.ask('how many prints does the museum have to take down');
    expect(a.text).toMatch(/^60\b/);
  });
});

describe('an amount asked with "how much"', () => {
  it('is not a count of things described before their noun ("3,100 old press photographs")', () => {
    const a = engine.ask('How much was the agency asking for?');
    expect(a.text).not.toMatch(/^3,100/);
    expect(a.text).toMatch(/^1\.2 million/);
    expect(engine.ask('how much did the museum have to pay').text).toMatch(/^15,000 euros/);
  });
});

describe('a headline that holds the question', () => {
  it("answers the date from the body's first sentence, which tells the same news", () => {
    const a = engine.ask('when was the museum ordered to pull the photographs?');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^May 4/);
  });
});

describe('which of two things happened first', () => {
  const ordered = ingestedEngine(
    [
      'Harbour museum returns carved masks to island council',
      '',
      'The Harbour Museum in Valmont returned twelve carved masks to the Ostra island council on Monday, May 4. The masks arrived in Valmont in 1968 as a gift from a sailor, and several of them were on show until 2021. That year, a curator from Ostra noticed one of them in the online catalogue. She wrote to the museum, which took the masks off show and began an inquiry. The city council approved the return last month.',
    ].join('\n'),
    { date: '2026-05-05' },
  );
  it('dates a sentence that opens "That year" by the year the sentence before it gives', () => {
    const a = ordered.ask(
      'Which happened first: the masks being taken off show or the council approving the return?',
    );
    expect(a.text).toMatch(/^masks being taken off show came first \(2021\)/);
  });
  it('reads "gave <the things> back" as one act, its particle no word of its own', () => {
    expect(ordered.ask('who gave the masks back').text).toMatch(/Harbour Museum/);
  });
});

describe('someone asked for by the noun the article describes them with', () => {
  const described = ingestedEngine(
    [
      'Valmont council approves riverside housing plan',
      '',
      'Valmont City Council voted 7-2 on Tuesday, Oct. 20, to approve a 900-home development on a disused dock. The project is planned by Harlow Quay Partners, a Valmont developer. Two administrators were appointed last year; one of them, Ines Varga, a partner at an accountancy firm, said the site was sound. The pieces of the old crane arrived in Valmont in 1968. Mayor Tomas Brenn said the vote was fair.',
    ].join('\n'),
    { date: '2026-10-21' },
  );
  it('names the one body whose own description holds the noun, not the first name in a sentence with a word like it', () => {
    expect(described.ask("Who's the developer?").text).toMatch(/^Harlow Quay Partners, a Valmont developer/);
    // ("the other <noun>" is not the one described.)
    expect(described.ask('who is the other administrator?').text).not.toMatch(/^Ines Varga/);
  });

  it('reads "gave <the things> back" as one act, and "objects" as the pieces the article names', () => {
    expect(described.ask('When did the objects arrive in Valmont?').text).toMatch(/^1968/);
  });
});

describe('the date of the act asked', () => {
  const dated = ingestedEngine(
    [
      'Stolen paintings recovered in warehouse',
      '',
      'Two paintings stolen from the Harbour Museum in Valmont in March have been recovered from a warehouse in Ostra, and two men have been arrested, police said at a news conference on Tuesday, July 7. The study of the canvases began in 2022 and ended in September 2024. The museum will show the paintings again next spring. Its director, Ines Varga, thanked the police. The paintings are insured for 2 million euros.',
    ].join('\n'),
    { date: '2026-07-08' },
  );
  it('is the one after the verb asked, not one after a participle that describes a noun', () => {
    expect(dated.ask('when did police say the paintings were recovered').text).toMatch(/^July 7/);
    expect(dated.ask('when were the paintings stolen').text).toMatch(/^March/);
    expect(dated.ask('when did the study of the canvases begin').text).toMatch(/^2022/);
  });
});

describe('what a number counts', () => {
  const counted = ingestedEngine(
    [
      'Valmont approves dockside housing',
      '',
      'Valmont City Council voted 7-2 on Tuesday, Oct. 20, to approve a 900-home development on a disused dock. The plan would place apartments in buildings of up to 12 storeys, along with a two-acre park and space for a grocery store. Under a second plan for the old market street, 40 parking spaces will be removed. Mayor Tomas Brenn said the vote was fair. Three workers were treated for minor injuries after a fall on the dock.',
    ].join('\n'),
    { date: '2026-10-21' },
  );
  it('reads being hurt as the injuries the article reports', () => {
    expect(counted.ask('how many people got hurt').text).toMatch(/^Three\b/);
  });
  it('is the last noun of the phrase after it, not another word of the question ("a two-acre park" for "parking spaces")', () => {
    expect(counted.ask('How many parking spaces will the development have?').text).not.toMatch(/^two\b/i);
    expect(counted.ask('how many parking spaces are in the plan').text).not.toMatch(/^two\b/i);
    expect(counted.ask('how many parking spaces will be removed').text).toMatch(/^40\b/);
  });
});

// A second invented article: heights and distances beside weights and counts.
const dam = ingestedEngine(
  [
    'Regulator fines smelter over zinc leak',
    '',
    'NORDHAVN, May 6 (Reuters) - A regulator on Tuesday fined the Borvik smelter 2 million crowns over a zinc leak into Lake Ulm. Its waste dam, built in 1971, is 48 metres high. Inspectors found that zinc levels in the lake reached four times the legal limit as far as 12 km (7 miles) from the shore.',
    '',
    'The Borvik mine opened in 1998 and produced about 61,000 tonnes of copper last year. Its tailings pond was built in 2004 and raised in 2016.',
    '',
    'The owners said the fine would force them to cancel a shipment to Norway and Sweden planned for June.',
  ].join('\n'),
);

describe('a height or a distance asked with "how high", "how far"', () => {
  it('answers with a length the sentence gives, not a conversion in brackets', () => {
    expect(dam.ask('how high is the waste dam').text).toMatch(/^48 metres/);
    expect(dam.ask('how far from the shore were high zinc levels found?').text).toMatch(/^12 km\b/);
  });

  it('takes no weight for a height (the tonnes of the sentence before)', () => {
    const a = dam.ask('how high is the Borvik tailings pond');
    expect(a.text).not.toMatch(/61,000/);
    expect(a.answered).toBe(false);
  });
});

describe('"which <kind of thing>" with the act asked about', () => {
  it('finds the sentence by the act when it names the thing without its kind ("fined the <A> smelter")', () => {
    const a = dam.ask('which company was fined over the zinc leak?');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/Borvik/);
  });

  it('answers with "a <thing> to <names>" as saying which', () => {
    expect(dam.ask('which shipment would be cancelled?').text).toMatch(/^A shipment to Norway and Sweden\./);
  });
});
