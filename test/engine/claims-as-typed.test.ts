import { describe, expect, it } from 'vitest';
import { conversations, sharedEngine } from './engine-fixture.js';

// Claims and questions as members type them: what they read quoted around the question, lengths in words,
// who led a side, and a description the conversation's person rules out.
const chat = conversations(sharedEngine(), 'claims-as-typed');

describe('what the member read, said around the question', () => {
  it('answers the question after "the article says <X>,"', () => {
    const a = chat('the article says chase talked w song yanchao, is song a general');
    expect(a.text).toMatch(/^Yes\. Song Yanchao is a Major General/);
  });

  it('answers the question before ", it says <X>", "or what" and all', () => {
    const a = chat('did the talks start on monday or what, it says they ended tuesday');
    expect(a.text).toMatch(/^Yes\. .*Jan 8 was a Monday \(worked out from the dates\)/);
  });
});

describe('a length claimed in words', () => {
  it('says "No" with the article\'s length to "one day", "a week"', () => {
    for (const q of [
      'did the talks last one day',
      'did the talks only last one day',
      'did the talks last a week',
    ]) {
      expect(chat(q).text, q).toMatch(/^No\. It lasted two days: /);
    }
  });

  it('says "Yes" with the length when it is the article\'s', () => {
    for (const q of ['did the talks last two days', 'the talks went on for two days right']) {
      expect(chat(q).text, q).toMatch(/^Yes\. It lasted two days: /);
    }
  });
});

describe('who led a side', () => {
  it('checks "did <A> lead the <side> side" against who represented that side', () => {
    expect(chat('did song lead the chinese side').text).toMatch(/^Yes\. Song Yanchao is/);
    expect(chat('so was chase leading the us delegation').text).toMatch(/^Yes\. Michael Chase is/);
    expect(chat('did liu head the chinese side').text).toMatch(
      /^No\. The one who led the chinese side was Major General Song Yanchao/,
    );
  });
});

describe('a description the conversation rules out', () => {
  it('does not take "the <demonym> guy" to be whoever did the act with someone else', () => {
    // (The one agreement the article reports is not with the person the conversation is on.)
    const a = chat('what did chase stress in the talks', 'did the chinese guy agree w him');
    expect(a.text).not.toMatch(/^Yes/);
    expect(a.answered).toBe(false);
    // (Still the one who met him.)
    expect(chat('who is chase', 'did the chinese general meet with him').text).toMatch(/^Yes\./);
  });
});

describe('how things stand as the article leaves them', () => {
  it('answers "is <X> still broken" with the progress it reports, not "today"', () => {
    for (const q of [
      'is the military dialogue still totally broken',
      'is military communication still cut off',
    ]) {
      expect(chat(q).text, q).toMatch(
        /^No\. The article reports it as under way, not stopped: "While there has been some progress/,
      );
    }
    // (In the past it was cut: that is the event; typed with "today" it is past the article.)
    expect(chat('was military communication cut off').text).toMatch(/^Yes\. Beijing severed/);
    expect(chat('is military communication still cut off today').answered).toBe(false);
  });

  it('reads "trying to" and "working on" as an effort, not a claim of being done', () => {
    expect(chat("so they're trying to restart military ties?").text).toMatch(
      /^Yes\. .*ongoing effort to resume/,
    );
    expect(chat('are they working on restoring military communication').text).not.toMatch(/^No\./);
  });
});

describe('who feels what', () => {
  it('finds whose words hold the thing someone is said to worry about', () => {
    expect(chat('which side is worried abt miscalculations').text).toMatch(/^Pentagon officials consider/);
  });

  it('does not name those who took part in an event as the ones happy about it', () => {
    const a = chat('who is happy about the talks');
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(/^The article doesn't say who is happy about the talks/);
  });

  it('reads "how does <A> see <doing something>" as their view of it', () => {
    expect(chat('how does the pentagon see keeping channels open between the militaries').text).toMatch(
      /^Pentagon officials consider .* crucial/,
    );
  });
});

describe('a date asked of an event the article dates by a weekend', () => {
  it('gives the weekend for "the date", and no day for "the exact date"', () => {
    const a = chat('whats the date of the taiwan vote');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(
      /^This weekend \(the weekend of Jan\. 13-14, 2024\); the article gives no exact day/,
    );
    expect(chat('what date exactly is taiwan voting').answered).toBe(false);
  });
});

describe('after the article and sayers it never names', () => {
  it('does not answer whether two people did the act again after the event named', () => {
    const a = chat('have biden and xi talked since these talks');
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(/^The article doesn't say whether that happened after it/);
  });

  it('says the article does not report what a body it never names said', () => {
    for (const q of ['what did the white house say after the talks', 'what did the state department say']) {
      const a = chat(q);
      expect(a.answered, q).toBe(false);
      expect(a.text, q).toMatch(/^The article doesn't say what the (white house|state department) said/);
    }
    expect(chat('what did the pentagon officials say').text).toMatch(/^Pentagon officials consider/);
  });
});

describe('what someone did before or after an event', () => {
  it('answers with the next act of theirs, not every event after', () => {
    expect(chat("what did beijing do after pelosi's visit").text).toMatch(
      /^After Nancy Pelosi's visit to Taiwan: Beijing severed diplomatic dialogue/,
    );
    expect(chat('what did the us do after the balloon').text).toMatch(
      /^After the U\.S\. downing of an alleged Chinese spy balloon: U\.S\. President Joe Biden and Chinese President Xi Jinping agreed/,
    );
  });

  it('reads a bare "after" as after the event the conversation is on', () => {
    const a = chat("when did pelosi's taiwan visit happen", 'and what did beijing do after');
    expect(a.text).toMatch(/^After Nancy Pelosi's visit to Taiwan: Beijing severed/);
  });
});

describe('"that" offered as one of two', () => {
  it('puts the event the conversation is on in place of "that" in "which came first, that or <B>"', () => {
    const a = chat(
      'did the top generals meet too or just the policy ppl',
      'which one came first, that or the washington talks?',
    );
    expect(a.text).toMatch(/^The virtual meeting between Charles Q\. Brown and Liu Zhenli came first/);
  });
});

describe('people and titles asked in passing', () => {
  it('gives each person\'s title for "and their titles?" after two were named', () => {
    const a = chat('who was in the washington talks', 'and their titles?');
    expect(a.text).toMatch(
      /^Michael Chase: the deputy assistant secretary .*; Song Yanchao: Major General, the deputy director/,
    );
  });

  it("does not give a body's deputy as its director", () => {
    const a = chat('who is the director of the cmc office for international military cooperation');
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(
      /doesn't say who the director of .* is\. It does say that Song Yanchao is its deputy director/,
    );
  });

  it('reads "<name> full name?" and "how many months back"', () => {
    expect(chat('gen brown full name?').text).toMatch(/^Charles Q\. Brown is/);
    expect(chat('how many months back was the brown liu meeting').text).toMatch(
      /^Last month \(December 2023\)/,
    );
  });
});

describe('kinds and states offered as members type them', () => {
  it('reads "<adj> talks or <adj> ones" as two kinds of talks', () => {
    expect(chat('were these diplomatic talks or military ones').text).toMatch(/^Military talks: /);
  });

  it('answers "are they talking again" with the progress the article reports', () => {
    expect(chat('are the us and china militaries talking again').text).toMatch(
      /^Yes, in part\. The article reports it as under way: "While there has been some progress/,
    );
    expect(chat('r the two militaries fully talking again now?').text).toMatch(/^No\. /);
  });
});

describe('two questions after "like"', () => {
  it('answers each of "like where was it and who was there from the <side> side"', () => {
    const a = chat(
      'hey so i heard the us and china had some big military meeting recently?? like where was it and who was there from the us side',
    );
    expect(a.text).toMatch(/In Washington\./);
    expect(a.text).toMatch(/Michael Chase/);
  });

  it('reads "the <demonym> reps" as that side\'s delegates', () => {
    expect(chat('were the chinese reps from the foreign ministry or what').text).toMatch(
      /^No\. Song Yanchao is .*central military commission office/,
    );
  });
});

describe('what a side thought of an event, and what an event led to', () => {
  it('says the article does not report what a side thought the talks achieved', () => {
    for (const q of [
      'what did the chinese side think the talks achieved',
      'what did the chinese side want out of the talks',
    ]) {
      const a = chat(q);
      expect(a.answered, q).toBe(false);
      expect(a.text, q).toMatch(/^The article doesn't say what Beijing said about the talks/);
    }
  });

  it('still answers what a side says a thing it names does', () => {
    expect(chat('what do pentagon ppl say the channels are supposed to prevent').text).toMatch(
      /^Pentagon officials consider .* to prevent miscalculations/,
    );
  });

  it('tells what an event led to when asked what the deal with it is', () => {
    expect(chat('whats the deal w the pelosi trip').text).toMatch(
      /visited Taiwan in August 2022\..* It led to this: Beijing severed diplomatic dialogue/,
    );
  });
});

describe("the head of someone's office", () => {
  it('does not give a deputy as the director of their own office', () => {
    const a = chat('whos the actual director of songs office');
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(
      /doesn't say who the director of Song Yanchao's office is\. It does say that Song Yanchao is the deputy director/,
    );
  });
});

describe('a length that describes the event', () => {
  it('does not read "the two days of talks" as a time asked', () => {
    const a = chat('what did the article say the two days of talks were a step towards');
    expect(a.intent).not.toBe('when');
    expect(chat('what date did the two days of talks end').text).toMatch(/^Tuesday, Jan\. 9, 2024/);
  });
});

describe('after the article, and what would happen', () => {
  it('does not count people for "how many months till <X>"', () => {
    const a = chat('how many months till they have real functional dialogue according to officials');
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(/^The article doesn't say how long it will take/);
  });

  it('says the article cannot tell what has happened since, or what would happen if', () => {
    expect(chat('has anything happened since the talks ended').answered).toBe(false);
    const a = chat('if the comms lines fail what happens');
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(/what would have happened otherwise/);
  });
});
