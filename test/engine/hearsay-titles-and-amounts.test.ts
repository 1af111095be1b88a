import { describe, expect, it } from 'vitest';
import { askIngested } from '../support/ingested-engine.js';
import { sharedEngine } from './engine-fixture.js';

const engine = sharedEngine();
const ask = (q: string) => engine.ask(q, `hearsay-titles-${q}`);

const court = askIngested(
  [
    'Court orders river cleanup',
    '',
    'LYON — A regional court ordered the chemical maker Rhodanor to pay 3 million euros for polluting the Saône, judges said on Thursday, March 6.',
    'Dr. Claire Vasseur, the head of the river authority, said the ruling would help restore fish stocks.',
    "Rhodanor's chief executive, Marc Lefèvre, said the company would appeal.",
    'In a separate video call last week, the environment minister, Paul Girard, met fishing groups.',
  ],
  '2025-03-06',
);

describe('a claim someone close to the member keeps making, then "is that true"', () => {
  it('is checked as the claim, not read as what the person named in it said', () => {
    const a = ask('my bf keeps saying song is the director of the whole cmc lol is that true');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^No\..*deputy director/);
  });
  it('is checked on any article', () => {
    const a = court('my roommate insists rhodanor was ordered to pay 5 million euros, is that right');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^No, the article says 3 million euros/);
  });
});

describe('a claim someone keeps making, then a question of its own', () => {
  it('is no claim to check: the question after it is answered', () => {
    const a = ask(
      'my uncle keeps saying the balloon thing was fake lol. anyway what does the article actually call it',
    );
    expect(a.text).toMatch(/spy balloon/);
  });
});

describe('"what\'s the worry if <X> don\'t <do something>"', () => {
  it('asks why it matters that they do it, answered from the sentences that give its purpose', () => {
    const a = ask('whats the worry if the militaries dont talk to each other');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/to prevent/);
  });
});

describe('"<two-word name>\'s a <rank>"', () => {
  it('reads the "\'s" before an article as "is", and checks the rank', () => {
    const a = ask("song yanchao's a lieutenant general isnt he");
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^No\. Song Yanchao is a Chinese Major General/);
  });
});

describe('an apology or "dumb question" opening the message', () => {
  it('is dropped with the "but" after it, and claims nothing', () => {
    const a = ask('sorry if dumb q but what area is the pentagon guy responsible for');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^China, Taiwan, and Mongolia/);
  });
  it('does the same on any article', () => {
    expect(court('sorry for the dumb question but who is marc lefèvre').text).toMatch(/chief executive/);
  });
});

describe('who has a title or honorific "in the article"', () => {
  it('asks for a person, not the headline', () => {
    const a = ask("who has the 'dr.' title in the article");
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/Michael Chase/);
    expect(a.intent).not.toBe('article-text');
  });
  it('finds the written short form of the word asked ("doctor" for "Dr.")', () => {
    expect(court('who gets called doctor in the article').text).toMatch(
      /^Claire Vasseur \(called "Dr\. Claire Vasseur"\)/,
    );
  });
  it('says no one is called a title the article gives nobody, not who made a call', () => {
    const a = court('who is called professor');
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(/doesn't say that anyone is called "professor"/);
    expect(ask('who is called professor').answered).toBe(false);
  });
  it('names only what the article itself writes, not a lookup alias', () => {
    expect(ask('who is referred to as mr').answered).toBe(false);
  });
});

describe('a topic put first, then "was it like <A> or <B>"', () => {
  it('asks the choice of the topic', () => {
    const a = ask("brown's meeting, was it like in person or on a screen");
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/virtual meeting/);
  });
});

describe('"at all" after two things offered', () => {
  it('is no part of the second, so neither is read as a place the talks were held', () => {
    const a = ask('did the talks touch on ukraine or russia at all');
    expect(a.answered).toBe(false);
    expect(a.text).not.toMatch(/^No\b/);
  });
});

describe('"in person" of a meeting the sentence says was held at a distance', () => {
  it('is a "No", never a "Yes" from the sentence\'s other words', () => {
    const a = court('was the meeting with fishing groups in person?');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^No, the article speaks of a video call/);
    expect(court('did girard meet fishing groups?').text).toMatch(/^Yes\./);
  });
});

describe('an amount claimed that the sentence gives otherwise', () => {
  it('is a "No" with the amount the article gives', () => {
    expect(court('was rhodanor ordered to pay 5 million euros?').text).toMatch(
      /^No, the article says 3 million euros\./,
    );
  });
  it('is a "No" in another currency too', () => {
    expect(court('was rhodanor ordered to pay 3 million dollars?').text).toMatch(
      /^No, the article says 3 million euros\./,
    );
  });
  it('is a "Yes" when it is the amount given', () => {
    expect(court('rhodanor was ordered to pay 3 million euros right?').text).toMatch(/^Yes\./);
  });
  it('is no "No" when the sentence gives the amount claimed beside another', () => {
    const revenue = askIngested(
      [
        'Cork maker profit falls',
        '',
        'LISBON — Sorraia said on Wednesday, Feb. 25, that revenue fell to 412 million euros from 450 million euros last year.',
      ],
      '2025-02-25',
    );
    expect(revenue('did revenue fall from 450 million euros?').text).toMatch(/^Yes\./);
    expect(revenue('did revenue fall to 400 million euros?').text).not.toMatch(/^Yes\b/);
  });
});

describe('a negation inside a clause of purpose in a claim about what someone said', () => {
  it('is no denial of the importance they stressed', () => {
    const a = ask('did chase say they need open comms so competition doesnt turn into conflict?');
    expect(a.text).not.toMatch(/^No\b/);
  });
  it('still denies it when the negation is of the word of importance', () => {
    expect(ask("did chase say open lines aren't important").text).toMatch(/^No\. Michael Chase emphasised/);
  });
});

describe('"<a summary>. that\'s the gist r"', () => {
  it("puts the summary up for checking, not asking for the article's gist", () => {
    const a = ask(
      'so chase basically said they need open comms so competition doesnt turn into a war. thats the gist r',
    );
    expect(a.intent).not.toBe('article-summary');
    expect(a.text).toMatch(/open lines of military communication/);
  });
  it('corrects a wrong one', () => {
    expect(ask('the talks were in beijing, thats the gist?').text).toMatch(
      /^No\. It took place in Washington/,
    );
  });
});

describe('two events each told by one who took part ("the <A> meeting", "the <B> one")', () => {
  it('are compared, not read as a meeting between the two people', () => {
    for (const q of [
      'how was the brown meeting different from the chase one',
      'whats the difference between the brown meeting and the chase talks',
    ]) {
      const a = ask(q);
      expect(a.intent).toBe('compare-events');
      expect(a.text).toMatch(/held virtually/);
      expect(a.text).toMatch(/in Washington/);
    }
  });
  it('still corrects a meeting claimed between two who never met', () => {
    expect(ask('why did brown meet chase').text).toMatch(/^The article reports no meeting between/);
  });
});

describe('the names of a group the article mentions without naming anyone in it', () => {
  it('are refused, saying who the group is', () => {
    const a = ask("what are the pentagon officials' names");
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(/^The article doesn't say who Pentagon officials are by name/);
  });
  it('leave "<a country\'s> officials" to that side\'s people', () => {
    expect(ask('name the us officials').text).toMatch(/^The article names 4 people of the United States/);
  });
});

describe('the names of those who said something, asked as a follow-up', () => {
  it('reads "what are those officials\' names" and "who are those officials" as "which officials by name"', () => {
    engine.ask('what did pentagon officials say abt communication channels', 'those-names-1');
    const a = engine.ask("what are those officials' names", 'those-names-1');
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(
      /^The article doesn't say who they are by name: it says only "Pentagon officials"/,
    );
  });
  it('asks it of the words asked about before, not of whoever else said something', () => {
    engine.ask('who said dialogue will take time', 'those-names-2');
    const a = engine.ask('who are those officials', 'those-names-2');
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(/it says only "U\.S\. officials"/);
  });
});
