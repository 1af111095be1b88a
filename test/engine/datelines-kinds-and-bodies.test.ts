import { describe, expect, it } from 'vitest';
import { askIngested } from '../support/ingested-engine.js';
import { conversations, sharedEngine } from './engine-fixture.js';

// A wire story the bot ingests itself: its dateline is the day the story was filed, not the date of what its
// first sentence reports; a thing asked for by its kind ("which barge") is the one the article describes as one.
const wire = askIngested(
  [
    'Stranded barge blocks the Rhine at Koblenz',
    '',
    'KOBLENZ, May 7 (Reuters) - Crews will try again on Friday to free a barge that ran aground near Koblenz, after a first attempt failed and the blockage left 60 vessels waiting on Wednesday, May 7.',
    'The Rhenus Anna, a 110-metre barge carrying 2,000 tonnes of coal, lost power at about 5 a.m. on Monday and drifted onto a gravel bank.',
    'Jonas Weber, a spokesman for the waterways agency, said the river would stay closed until the barge was moved.',
    'A deckhand from Bonn was treated for a hand injury.',
    'The delay stemmed from a shortage of tugs on the middle Rhine.',
    'Temperatures on the river reached 34 degrees on Tuesday, and the crew worked through the heat.',
    'Firefighters pumped more than 300 cubic metres of water out of the hold.',
    'The barge is operated by the Mainz-based shipping line Rhein Kontor Lines, which said it was checking the engine.',
  ],
  '2025-05-07',
);

describe("a wire story's dateline", () => {
  it('gives no date for an act the dated sentence reports only in a clause of its own', () => {
    const a = wire('when did the barge run aground?');
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(/^The article doesn't say when/);
  });

  it('lists no event at the date of the dateline itself', () => {
    expect(wire('timeline').text).not.toMatch(/\("May 7"\): KOBLENZ/);
  });
});

describe('a thing asked for by its kind', () => {
  it('names the one thing the article describes as that kind, citing both sentences', () => {
    const a = wire('which barge ran aground');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^Rhenus Anna \(a 110-metre barge/);
    expect(a.citations.map((c) => c.sentence)).toEqual([2, 3]);
  });

  it('reads "what is the name of the <kind>" and "the <kind>\'s name" the same way', () => {
    expect(wire('whats the name of the barge that ran aground').text).toMatch(/^Rhenus Anna/);
    expect(wire("what's the barge's name?").text).toMatch(/^Rhenus Anna/);
  });

  it('says the article gives no name when the one sentence about the <kind> names nobody', () => {
    const a = wire("what was the deckhand's name");
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(/^The article doesn't give the deckhand's name\./);
  });

  it('reads "what <kind> <did something>" as asking for the doer, not for what follows the verb', () => {
    expect(wire('what barge ran aground').text).toMatch(/^Rhenus Anna/);
    expect(wire('what barge got stuck').text).not.toMatch(/^On a gravel bank|^Near Koblenz/);
  });
});

describe('what the article says comes next, and a person described before a pronoun', () => {
  it('answers "when will they try again" from the attempt the article says is planned', () => {
    expect(wire('when will they try to free it again?').text).toMatch(/^Friday \(May 9, 2025\)/);
  });

  it('reads "the <role> said he\'d <do>" as that person, without asking who is meant', () => {
    const a = wire("what did the spokesman say he'd do");
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/stay closed/);
  });
});

describe('a measure asked with "how much <stuff>"', () => {
  it('gives the number with its unit and the words that say it is not exact', () => {
    expect(wire('how much water did firefighters pump out of the hold').text).toMatch(
      /^More than 300 cubic metres\./,
    );
  });
});

describe('where a body is based', () => {
  it('reads "<City>-based <the body>" though the city is named nowhere else, and finds the body by its kind', () => {
    expect(wire('where is rhein kontor lines based').text).toMatch(/^In Mainz\./);
    expect(wire('where is the shipping line based?').text).toMatch(/^In Mainz\./);
  });
});

describe('a temperature asked with "how hot"', () => {
  it("gives the temperature the sentences give near the question's words, or none", () => {
    expect(wire('how hot did it get on the river?').text).toMatch(/^34 degrees\./);
    expect(wire('how cold was it in Koblenz').answered).toBe(false);
  });
});

describe('a cause asked with "what caused" or "what led to"', () => {
  it('answers with the cause a sentence names after its connective', () => {
    for (const q of ['what caused the delay', 'what led to the delay']) {
      const a = wire(q);
      expect(a.answered).toBe(true);
      expect(a.text).toMatch(/^A shortage of tugs on the middle Rhine\./);
    }
  });

  it('quotes no sentence that gives no cause', () => {
    expect(wire("what caused the deckhand's injury").answered).toBe(false);
  });
});

// The curated article.
const chat = conversations(sharedEngine(), 'kinds');

describe('a body named with a word for its meeting', () => {
  it('checks "the <body> meeting was in <city>" against the meeting a member of the body had', () => {
    const a = chat('the joint chiefs meeting was in dc too?');
    expect(a.text).toMatch(/^No\. It was a virtual meeting/);
  });
});

describe('the kind of place asked for', () => {
  it('answers "which country\'s capital hosted <the talks>" with the city', () => {
    const a = chat("which country's capital hosted the talks");
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^In Washington\./);
  });

  it('still refuses the capital of a country, which the article never gives', () => {
    expect(chat('what is the capital of china').answered).toBe(false);
  });
});

describe('chat words for considering and disputing', () => {
  it('reads "who sees <X> as crucial" as who considers it crucial', () => {
    expect(chat('so who sees comms channels as crucial').text).toMatch(/Pentagon officials/);
  });

  it('gives no verdict when asked whether the bot sees or considers something a success', () => {
    for (const q of ['did you see the talks as a success', 'do u consider the talks a success']) {
      const a = chat(q);
      expect(a.answered).toBe(false);
      expect(a.text).not.toMatch(/^(Yes|No|Partly)\b/);
    }
  });

  it('reads "what do <A> and <B> argue about" as their disputes', () => {
    expect(chat('wat do the us and china argue abt').text).toMatch(/South China Sea/);
  });

  it('leaves what one person argued to what they said', () => {
    expect(chat('what did chase argue about').text).not.toMatch(/dispute/);
  });

  it('corrects a dispute placed on a sea the article never names', () => {
    const a = chat('china and the us r fighting over the east china sea?');
    expect(a.text).toMatch(/^No\..*South China Sea/);
    expect(chat('the us and china are fighting over the south china sea right').text).toMatch(/^Yes\./);
  });
});

describe('more chat forms on the curated article', () => {
  it('reads "how many years has <A> been <title>" as how long, which the article never says', () => {
    const a = chat('how many years has brown been chairman');
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(/^The article doesn't say how long Charles Q\. Brown has been in that post\./);
  });

  it('reads "the article keeps calling <A> <X>, is he <Y>" as a question about <A>', () => {
    expect(chat('the article keeps calling chase dr, is he a doctor or wat').text).toMatch(/"Dr\. Chase"/);
  });

  it('reads "<a topic>, what does the article / it say about that" as what the article says about the topic', () => {
    expect(chat("miscalculations, what's the article say abt that").text).toMatch(/prevent miscalculations/);
    expect(chat('the balloon thing - what does it say about that').text).toMatch(/balloon/);
  });

  it('answers "what is the <noun> of <an event>" with the phrase after that noun in the event\'s sentence', () => {
    expect(chat("taiwan's having elections, wat's the backdrop for that").text).toMatch(
      /^Heightened tensions\./,
    );
  });

  it('reads "what did they go over" as what they discussed', () => {
    expect(chat('what did they go over at the talks').text).toMatch(/defense relations/);
  });
});

describe('asking for more after an answer', () => {
  const talk = conversations(sharedEngine(), 'more');
  it('says the last answer is all the article gives, and gives it again', () => {
    const a = talk('what are the main disputes between the two', 'any others?');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^That is all the article gives on it: .*South China Sea/);
  });

  it('asks nothing of an empty conversation', () => {
    expect(talk('anything else?').answered).toBe(false);
  });
});

describe('never a confident wrong answer', () => {
  const talk = conversations(sharedEngine(), 'wrong');
  it('answers "who agreed to <X> after it got <Y>" with who agreed, not who did <Y>', () => {
    expect(talk('who agreed to restart the dialogue after it got cut').text).toMatch(
      /^Joe Biden and Xi Jinping/,
    );
  });

  it('reads "how long has he had it" after a post as how long he has held it, which the article never says', () => {
    const a = talk("wat's chase's job", 'how long has he had it');
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(/how long Michael Chase has been in that post/);
  });

  it('gives no verdict on what happened "a week later"', () => {
    const a = talk('did the talks fall apart a week later lol');
    expect(a.answered).toBe(false);
    expect(a.text).not.toMatch(/^No\b/);
  });

  it('says the article reports no agreement of two people whose meeting it reports', () => {
    const a = talk('what did brown and liu actually agree on in their call');
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(
      /^The article doesn't say that Charles Q\. Brown and Liu Zhenli agreed anything\./,
    );
    expect(talk('what did biden and xi agree on').text).toMatch(/restart diplomatic dialogue/);
  });
});
