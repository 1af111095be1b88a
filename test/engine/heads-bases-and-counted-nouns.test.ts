import { describe, expect, it } from 'vitest';
import { askIngested } from '../support/ingested-engine.js';
import { sharedEngine } from './engine-fixture.js';

const engine = sharedEngine();
let n = 0;
const ask = (q: string) => engine.ask(q, `heads-bases-${n++}`);

const marking = askIngested(
  [
    'University to admit 112 wrongly rejected applicants after marking error',
    '',
    'Kelby University said on Wednesday, July 9, that it would offer places to 112 applicants who were wrongly turned down last month.',
    'On Monday, Testora, the Prague company that supplied the marking software, confirmed the fault.',
    'Its chief executive, Martin Kadlec, said the error had been caused by "a human failure in our testing procedure."',
    'Enrolment for the 112 will take place on July 21.',
    'The mistake affected only candidates who sat version B of the exam, one of four versions handed out on June 14.',
  ],
  '2025-07-10',
);

const film = askIngested(
  [
    'Flamingos desert colony after drone flights',
    '',
    'About 9,000 pairs of flamingos have abandoned their colony after a film crew flew drones over the site, officials said on Monday, May 12.',
    'Claire Fabre, the ornithologist who leads monitoring of the colony, said the birds had shown no sign of returning in the two weeks since the disturbance and that the season was over.',
    'The flights were traced to Mistral Lumière Productions, a Marseille company that was shooting an advertisement for an electric car.',
    'Disturbing a protected species is punishable in France by up to three years in prison and a fine of 150,000 euros.',
    'Julien Roux, the sub-prefect, said on Monday that the prefecture would spend 220,000 euros on a system to detect drones.',
    'He added that the prefecture would ask the government to raise the fines for breaching the exclusion zone.',
  ],
  '2025-05-12',
);

const final = askIngested(
  [
    'Semi-final result overturned over recalled bat',
    '',
    'The disciplinary board overturned the result of a semi-final on Thursday, August 21, ruling that Kipinä had won the deciding game with an illegal bat.',
    'Kipinä had beaten Joensuu 3-2 in the fifth and deciding game of the series last Saturday in front of about 3,900 spectators in Ilmajoki.',
    'Game one of the final, which had been scheduled for this Sunday, will now be played on August 31.',
    "Mika Lehtola, the losing club's head coach, said the recall letter had gone to a former club manager who left in July.",
    'Lehtola called the decision "a disaster for the sport".',
    'Riikka Salo, a sports law lecturer, said the appeal was unlikely to succeed unless Kipinä could show that the federation had failed to warn clubs.',
  ],
  '2025-08-22',
);

const dorm = askIngested(
  [
    'Students moved out of mouldy dormitory',
    '',
    'The University of Tartu began moving 238 students out of a dormitory on Monday, October 13, after mould was found.',
    'Sander Kuusk, chairman of the student council, said residents first reported a damp smell in April.',
    'Priya Nair, a computer science student from India, said she had been given two days to pack.',
  ],
  '2025-10-14',
);

const fraud = askIngested(
  [
    'Quillpay founder convicted of fraud',
    '',
    'Quillpay, a Toronto payments company, said on Friday, May 9, that its co-founder Marcus Hale had been convicted of fraud.',
    'The company collapsed in March 2023, after its auditor refused to sign off on its annual accounts.',
  ],
  '2025-05-10',
);

describe('who heads a body the article names only a deputy of', () => {
  it('is not said, by any word for its head: the deputy is named as such', () => {
    for (const q of [
      "whos the head of china's central military commission",
      'who heads the office for international military cooperation',
      "who's in charge of the office for international military cooperation",
    ]) {
      const a = ask(q);
      expect(a.answered, q).toBe(false);
      expect(a.text, q).toMatch(/doesn't say who heads .*deputy director/);
    }
  });
  it('of a side is not whoever holds a remit over its country: "in charge of the chinese delegation"', () => {
    const a = ask("who's in charge of the chinese delegation");
    expect(a.text).not.toMatch(/Chase/);
  });
  it('"in charge of" is heading something, which a sentence naming people near its words need not say', () => {
    const a = ask("who's in charge of the chinese military");
    expect(a.answered).toBe(false);
    expect(film('who is in charge of monitoring the colony').text).toMatch(/^Claire Fabre/);
  });
  it('keeps a remit over places: "who is in charge of china, taiwan and mongolia"', () => {
    expect(ask('who is in charge of china, taiwan and mongolia').text).toMatch(/^Michael Chase/);
  });
});

describe("a body's head by a word for it", () => {
  it('"<body>\'s boss" is the one person whose title heads it', () => {
    const a = marking("What did Testora's boss blame for the mistake?");
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/human failure/);
  });
});

describe('where a body is based', () => {
  it('is the city its description puts before the word for it: "a <city> company"', () => {
    const a = film('where is mistral lumiere productions based');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^In Marseille/);
  });
  it('is found for the body described by the noun asked: "the software company"', () => {
    const a = marking('Where is the software company based?');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^In Prague/);
  });
});

describe('a game asked where or when it was played', () => {
  it('is the event whose sentence holds it and a place, not the ruling on it that has none', () => {
    const a = final('Where was the deciding game played?');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^In Ilmajoki/);
  });
  it('where the game still to come will be played is not given', () => {
    expect(final('where will game one of the final be played').answered).toBe(false);
  });
});

describe('a noun a number counts', () => {
  it('may be left to the number alone: "the 112 students" of "Enrolment for the 112"', () => {
    const a = marking('When will the 112 students enrol?');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/July 21/);
  });
});

describe('a number', () => {
  it('counting another thing the question names is no answer to how many: "one of four versions"', () => {
    expect(marking('How many candidates took version B of the exam?').text).not.toMatch(/^Four/);
    expect(marking('how many versions of the exam were there').text).toMatch(/^Four/);
  });
  it('comes from the sentence holding the question, not the one it leans on for "He"', () => {
    expect(film('How large will the new fines for breaching the exclusion zone be?').text).not.toMatch(
      /220,000/,
    );
  });
});

describe('a place', () => {
  it('is not read from a sentence without the act asked about', () => {
    const a = final('Where will game one of the final be played?');
    expect(a.answered).toBe(false);
  });
});

describe('a body asked of a body the question names', () => {
  it('is not "the company" of a sentence naming no other body', () => {
    const a = fraud("Which firm was Quillpay's auditor?");
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(/doesn't say which firm/);
  });
});

describe('an act the question names by its verb', () => {
  it('is the event asked about, over one its parties took part in: "stop talking to the us"', () => {
    const a = ask('when did china stop talking to the us');
    expect(a.text).toMatch(/August 2022/);
    expect(a.text).not.toMatch(/Jan\. 8-9/);
  });
});

describe('a reason', () => {
  it('is not what "since" opens after a stretch of time: "in the two weeks since the disturbance"', () => {
    expect(film('Why was the film crew flying drones in the area?').text).not.toMatch(
      /since the disturbance/,
    );
  });
});

describe('a penalty', () => {
  it('is what something is punishable by', () => {
    const a = film('what is the penalty for disturbing a protected species');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/three years/);
  });
});

describe('why someone says something', () => {
  it('is what they said of it, when their words name what the clause after "say" does', () => {
    const a = final('Why does Lehtola say the club missed the recall notice?');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/former club manager/);
  });
  it('is not said when the clause names nothing their words do', () => {
    expect(final('Why does Lehtola say the weather was bad?').answered).toBe(false);
  });
});

describe('a claim with another object than the sentence gives', () => {
  it('"an advert for sunscreen" of "an advertisement for an electric car" is "No", with what it was for', () => {
    const a = film('Is it true the company was shooting an advert for sunscreen?');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^No, the article says "advertisement for an electric car"/);
  });
});

describe('what someone thinks', () => {
  it('of a person the article reports no words of is not said, whatever the event asked of', () => {
    const a = ask('does biden think the talks went well');
    expect(a.answered).toBe(false);
    expect(a.text).not.toMatch(/^No\b/);
  });
  it('"does <A> expect <X>", unanswered as a claim, is what <A> said about it', () => {
    const a = final("Does Riikka Salo expect Kipinä's appeal to succeed?");
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/unlikely to succeed/);
  });
});

describe('chat', () => {
  it("a remark telling of an event makes the side asked after it that event's side", () => {
    const a = ask(
      'not gonna lie i zoned out in vc but someone said the top us general had a call w china, who was on the chinese end',
    );
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/Liu Zhenli/);
  });
  it('"were <X> seen as <Y>" asks whether <X> were <Y>', () => {
    const a = ask('were the talks seen as a big deal or nah');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/significant step/);
  });
  it('"idk who <X> is but ... his ...": the pronoun is <X>', () => {
    const a = ask("idk who chase is but what was his counterpart's full title");
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/Song Yanchao/);
  });
  it('what comes before "anyway" is chatter', () => {
    const a = ask(
      'lol my feed is all election stuff, anyway the article mentions some balloon?? what was that',
    );
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/balloon/);
  });
  it('"anyway" inside a question, not set off by punctuation, cuts nothing', () => {
    expect(ask('what happened anyway in the talks').text).toMatch(/17th round/);
  });
  it('"tied to" asks what something aligns with', () => {
    expect(ask("and what's chase's talking point tied to").text).toMatch(/stability/);
  });
  it('"the two presidents" are the two people the article gives that title', () => {
    const a = ask('what did the two presidents agree to do');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/restart diplomatic dialogue/);
  });
  it('asked which they are, the two are named as before', () => {
    expect(ask('which two presidents are mentioned').text).toMatch(/Biden.*Xi/);
  });
  it('"the students" is no description of one who chairs a student council', () => {
    const a = dorm('When did the students start moving out?');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/October 13/);
  });
});
