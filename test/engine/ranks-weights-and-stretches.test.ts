import { describe, expect, it } from 'vitest';
import { askIngested } from '../support/ingested-engine.js';
import { conversations, sharedEngine } from './engine-fixture.js';

// An article of its own: a capital standing for its country, and two people described in one sentence.
const ask = askIngested(
  [
    'Portugal and Spain hold naval talks in Lisbon',
    '',
    'LISBON, May 6, 2025 - Portuguese and Spanish naval officials wrapped up two days of talks in Lisbon on Tuesday, the fourth round of the Iberian maritime security dialogue.',
    "Rear Admiral Ana Lopes, the deputy commander of the Portuguese navy, held talks with Spain's Commodore Luis Ortega, who heads the northern command of the Spanish coast guard.",
    'In a separate video call last month, Admiral Pedro Sousa spoke with his Spanish counterpart, Admiral Jaime Ruiz.',
    'Keeping a hotline open between the two navies is considered vital by officials to avoid accidents at sea.',
    'Spanish officials cautioned that building real trust between the two services will take time.',
    'The two governments agreed in March to restart the dialogue, which Madrid suspended in 2023 after a dispute over fishing rights.',
    'The talks covered search and rescue, fishing patrols and the shared use of ports.',
    'Both sides said they would meet again next year in Madrid.',
  ],
  '2025-05-06',
);

describe('a capital that acts for its country', () => {
  it('is the one named in the sentence, not another in its place', () => {
    const a = ask('did madrid suspend the dialogue in 2023');
    expect(a.verdict).toBe('yes');
    expect(ask('did lisbon suspend the dialogue').text).toMatch(/^No, the article names Madrid/);
  });
});

describe('what a claim says of one person, in a sentence that describes two', () => {
  it("must be said in that person's stretch of the sentence, not of the one beside them", () => {
    expect(ask('is ortega the head of the navy?').verdict).toBeUndefined();
    expect(ask('does ortega head the northern command of the coast guard').verdict).toBe('yes');
    expect(ask('is lopes the deputy commander of the navy').verdict).toBe('yes');
  });
});

describe('the same on the first article', () => {
  const chat = conversations(sharedEngine(), 'ranks-weights');

  it('reads a description by rank alone as the one person of that rank', () => {
    const a = chat('did the major general meet chase');
    expect(a.verdict).toBe('yes');
    // ("the director" is no deputy director.)
    expect(chat('song is THE director of that cmc office?').verdict).toBe('no');
    expect(chat('who is the director then').answered).toBe(false);
  });

  it('takes a side typed before a name as part of the name', () => {
    const a = chat('wait the chinese general song, is he the top guy of the cmc?');
    expect(a.verdict).toBe('no');
    expect(a.text).toMatch(/deputy director/);
  });

  it('answers why something matters from the sentence that weighs it against an end', () => {
    for (const q of ['why should i even care abt mil to mil ties', 'why do military ties matter']) {
      const a = chat(q);
      expect(a.answered).toBe(true);
      expect(a.text).toMatch(/to prevent/);
    }
    // (An event's importance is still its significance; a named dispute is still a strain.)
    expect(chat('why r these talks considered a big deal').text).toMatch(/significant step/);
    expect(chat('why is taiwan such a big deal in us china relations').text).toMatch(/dispute/);
  });

  it('lets a place pick the event whose manner is claimed', () => {
    const a = chat('was the washington meeting virtual too?');
    expect(a.verdict).toBe('no');
    expect(a.text).toMatch(/took place in Washington/);
    expect(chat('was the meeting virtual').verdict).toBe('yes');
  });

  it('reads chat tags and clefts that put a claim up for checking', () => {
    expect(chat('soo the talks ended tuesday jan 9, did i get that right').verdict).toBe('yes');
    expect(chat('the talks were in beijing, did i get that right').verdict).toBe('no');
    expect(chat('did the us down a chinese balloon in february or is that fake news').verdict).toBe('yes');
    const cleft = chat('was it early last yr when biden n xi agreed?');
    expect(cleft.verdict).toBe('no');
    expect(cleft.text).toMatch(/late last year/);
  });

  it('reads "<X>\'s version of <Y>" as a counterpart, and "which number <event> was this"', () => {
    expect(
      chat(
        'the chinese dude in the video call w brown, who was that',
        "and he's like china's version of brown?",
      ).verdict,
    ).toBe('yes');
    expect(chat('which number meeting was this one').text).toMatch(/17th round/);
  });

  it('reads "<the side> guys saying <X>?" as what that side\'s officials said', () => {
    const a = chat('the us guys saying itll be quick to get real dialogue going?');
    expect(a.verdict).toBe('no');
    expect(a.text).toMatch(/will take time/);
  });

  it('answers "how\'s that affecting things" from the last answer\'s sentence that gives an effect', () => {
    const a = chat('does beijing think taiwan belongs to them', 'hows that affecting stuff');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/adds complexity/);
    // (An answer whose sentences give no effect leaves the question to be read as typed.)
    expect(chat('when did pelosi visit taiwan', 'what did that lead to').text).toMatch(/severed/);
  });

  it('reads "the <side> official who met the <side> general" as those of the first who met one of the second', () => {
    // (Two fit: both are named, never the body of officials the first words also name.)
    const a = chat("the us official who met the chinese general, what's his name");
    expect(a.text).toMatch(/names 2/);
    expect(a.text).toMatch(/Michael Chase/);
    expect(a.text).toMatch(/Charles Q\. Brown/);
    expect(chat('who was the chinese official who met the us general').text).toMatch(/^Liu Zhenli/);
    expect(chat('what did the us official who met the chinese general say').text).toMatch(/Chase emphasised/);
  });

  it('reads a side of people who "want" an end as whoever the article reports wanting it', () => {
    expect(chat('who wants to prevent miscalculations').text).toMatch(/^Pentagon officials/);
  });

  it('reads "<place> is having a <vote>" as holding one, and checks its kind', () => {
    expect(chat("taiwan's having a referendum this weekend?").text).toMatch(
      /^No\. .*presidential and parliamentary/,
    );
  });

  it('reads "the <side> official who talked about <X>" as the one of that side whose words hold <X>', () => {
    expect(chat('the us official who talked abt open lines of communication, who was that').text).toMatch(
      /^Michael Chase is/,
    );
  });

  it('refuses names the article gives only as a body of people', () => {
    const a = chat(
      'the pentagon ppl say comms r important, why',
      'which officials said that exactly, names?',
    );
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(/doesn't name them/);
  });

  it('reads a closing ask for an opinion as making the whole message one', () => {
    const a = chat('honestly is this the best us china relations have been in years? opinion pls');
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(/doesn't judge/);
    // (A person's take is what they said; a closing "take" of a verb is no ask for an opinion.)
    expect(chat("what's chase's take").answered).toBe(true);
  });

  it('reads chat word orders: "<A> shot down what", "<A> works for what", "what does the <abbr> in <X> refer to"', () => {
    expect(chat('the us shot down what in feb').text).toMatch(/balloon/);
    expect(chat('song yanchao works for what').text).toMatch(/central military commission/);
    expect(chat('what does the prc in us-prc defense relations refer to').text).toMatch(/^China/);
    expect(chat("did pelosi's trip cause china to cut talks or was that something else").verdict).toBe('yes');
    expect(chat("whats the thing about taiwan's polls this weekend, which ones").text).toMatch(
      /^Presidential and parliamentary polls/,
    );
  });

  it('reads a closing "any new meetings?" as asking for another meeting after, which the article does not report', () => {
    const a = chat('what happened with us china military talks after this, any new meetings?');
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(/^The article reports no follow-up meeting/);
  });

  it('does not answer why someone did something with the reason another gave for wanting it', () => {
    expect(chat('why did beijing freeze military comms w the us').text).toMatch(/Pelosi/);
  });

  it('does not give a reaction to one thing as the reaction to another the article never reports', () => {
    const a = chat('how did china react to the taiwan results');
    expect(a.answered).toBe(false);
    expect(chat("how did china react to pelosi's visit").text).toMatch(/severed/);
  });

  it('answers a title asked of "what region" with the places it covers', () => {
    expect(chat('chase is deputy asst sec of defense for what region exactly').text).toMatch(/Mongolia/);
  });
});

// An article of its own: an office named only as someone's workplace, a price paid, and a record with nothing before.
const askOffice = askIngested(
  [
    'Island reindeer numbers fall after winter rain',
    '',
    'LONGYEARBYEN, Norway, Oct. 1, 2026 - The number of wild reindeer on the islands has fallen by almost a quarter in a year, scientists said on Thursday.',
    'It was the steepest one-year decline since systematic counts began, according to Dr. Siri Haugland, the ecologist who led the survey.',
    'Ingvild Rasmussen, an environmental adviser in the office of the Governor of Svalbard, said the hunting quota had been cut from 200 animals to 60.',
    'The Stockholm-based investment firm Nordvik Capital agreed to buy a 70 percent stake in the local ski lodge for 9.4 million euros.',
    'The survey was carried out over 12 days in July, using a helicopter for the remote eastern islands.',
    'Hunters said the decision had come too late for many who had already bought licences last month.',
  ],
  '2026-10-01',
);

describe('an office named only as where someone works', () => {
  it("is no one's title: nobody is given as its holder", () => {
    expect(askOffice('who is the governor of svalbard?').answered).toBe(false);
    // (Whoever led something is still its head.)
    expect(askOffice('who is the head of the survey').text).toMatch(/Haugland/);
  });
});

describe('the worth of a firm, and an earlier record', () => {
  it('is not the price the firm paid for something', () => {
    expect(askOffice('how much is nordvik capital worth?').answered).toBe(false);
    expect(askOffice('how much was the stake worth').text).toMatch(/9\.4 million euros/);
  });

  it('does not answer "the previous biggest" from a sentence that gives nothing before', () => {
    expect(askOffice('what was the previous biggest one-year drop in reindeer numbers?').answered).toBe(
      false,
    );
  });
});
