import { describe, expect, it } from 'vitest';
import { splitQuestions, splitRambling, undislocate } from '../../src/engine/split-questions.js';
import { sharedEngine } from './engine-fixture.js';

describe('splitQuestions', () => {
  it('splits separate questions and joined wh-questions', () => {
    expect(splitQuestions('Who is Chase? Where were the talks?')).toEqual([
      'Who is Chase?',
      'Where were the talks?',
    ]);
    expect(splitQuestions('who is chase and who is song')).toEqual(['who is chase', 'who is song']);
    expect(splitQuestions('When did the talks end, and where were they?')).toEqual([
      'When did the talks end',
      'where were they?',
    ]);
  });

  it('keeps the question of "<a question>? <a remark of the member\'s>", and leaves the remark', () => {
    expect(splitQuestions('lol is the mayor a doctor? the article calls her dr jones at one point')).toEqual([
      'lol is the mayor a doctor?',
    ]);
    expect(
      sharedEngine().ask('lol is chase a doctor? the article calls him dr chase at one point').text,
    ).toBe('Yes. The article calls Michael Chase "Dr. Chase".');
  });

  it('splits joined questions after a chat opening word ("tbh who is ... and what\'s ...")', () => {
    expect(splitQuestions("tbh who is the mayor's deputy and what's her job")).toEqual([
      "tbh who is the mayor's deputy",
      "what's her job",
    ]);
  });

  it("splits two whole questions joined by a comma alone, unless the second asks about the first's thing", () => {
    expect(splitQuestions('how did <a> and <b> meet, what was his big point')).toEqual([
      'how did <a> and <b> meet',
      'what was his big point',
    ]);
    expect(splitQuestions('whats the deal with the <x> part, who brought it up')).toHaveLength(1);
    expect(splitRambling('who is <a>, what did he say')).toBeUndefined();
    expect(splitQuestions('what about <a>, what did he say')).toHaveLength(1);
  });

  it('keeps abbreviations, greetings and single questions whole', () => {
    expect(splitQuestions("What is Gen. Brown's position?")).toEqual(["What is Gen. Brown's position?"]);
    expect(splitQuestions('Hi, who is Chase?')).toEqual(['Hi, who is Chase?']);
    expect(splitQuestions('Did Brown and Liu meet?')).toEqual(['Did Brown and Liu meet?']);
  });

  it('splits two question words that share one question ("when and where were the talks?")', () => {
    expect(splitQuestions('when and where were the talks held?')).toEqual([
      'when were the talks held?',
      'where were the talks held?',
    ]);
  });
});

describe('a description typed first', () => {
  it('asks the question of a description set off by a dash as by a comma', () => {
    expect(undislocate("the guy who met smith—what's his job")).toBe(
      "what's the job of the guy who met smith",
    );
    expect(undislocate("the guy who met smith - what's his job")).toBe(
      "what's the job of the guy who met smith",
    );
  });
});

describe('rambling messages', () => {
  it('finds the question a long message ends on, after what the member says around it', () => {
    expect(
      splitRambling(
        'ok so i saw smth abt the talks and my cousin says its all fake and nobody even met, but whatever, who actually met in oslo',
      ),
    ).toEqual({
      leadIn:
        'ok so i saw smth abt the talks and my cousin says its all fake and nobody even met, but whatever',
      question: 'who actually met in oslo',
    });
    expect(splitRambling('who met in oslo, and when')).toBeUndefined();
    // A remark about oneself set off by a dash, not a comma.
    expect(splitRambling("i keep seeing the word 'sanctioned' — who was sanctioned?")).toEqual({
      leadIn: "i keep seeing the word 'sanctioned'",
      question: 'who was sanctioned?',
    });
    // A short remark ended by a full stop, then the question ("Gen. <name>" is no end of a remark).
    expect(splitRambling('ngl i forgot abt the ferry saga lmao. who sank the ferry again')).toEqual({
      leadIn: 'ngl i forgot abt the ferry saga lmao.',
      question: 'who sank the ferry again',
    });
    expect(splitRambling('ok i read it. what happened on jan. 9')?.question).toBe('what happened on jan. 9');
    expect(splitRambling('who met Gen. Smith?')).toBeUndefined();
    // A dash before the question as a comma.
    expect(
      splitRambling(
        'my prof mentioned this in class and i zoned out, something about a meeting — what was the main point?',
      )?.question,
    ).toBe('what was the main point?');
    // Unpunctuated, the question starts at "so", "but" or "anyway".
    expect(
      splitRambling(
        'my uncle keeps ranting about this whole thing at dinner so what did the minister say in oslo',
      ),
    ).toEqual({
      leadIn: 'my uncle keeps ranting about this whole thing at dinner',
      question: 'what did the minister say in oslo',
    });
  });

  it('answers the last question, reading the lead-in as what was said before', () => {
    const engine = sharedEngine();
    expect(
      engine.ask(
        'sry if dumb q, been out of the loop with finals and everything, saw there was also some joint chiefs meeting w china thing, was that one virtual or what',
      ).text,
    ).toMatch(/^Yes\..*virtual meeting/);
    expect(
      engine.ask(
        'ok wait i keep mixing up the names bc theres like 4 generals in this article, brown and liu and song and whoever, which one is the chinese major general',
      ).text,
    ).toMatch(/Song Yanchao/);
  });
});

describe('a thing typed first, then asked of by "it"', () => {
  it('asks the question of the thing ("the <X> that caused all this, who made it")', () => {
    expect(undislocate('the taiwan visit that caused all this, who made it')).toBe(
      'who made the taiwan visit that caused all this',
    );
    expect(sharedEngine().ask('the taiwan visit that caused all this, who made it').text).toMatch(
      /^Nancy Pelosi/,
    );
  });
});

describe('undislocate', () => {
  it('asks the question of the description put before it', () => {
    expect(undislocate("the <demonym> guy who led the talks, what's his title?")).toBe(
      "what's the title of the <demonym> guy who led the talks?",
    );
    expect(undislocate('so like the minister at the talks, what did she say')).toBe(
      'what did the minister at the talks say',
    );
    expect(undislocate('the talks in oslo, when did they end')).toBe('when did the talks in oslo end');
    expect(undislocate('who met in oslo, and when')).toBeUndefined();
  });
});

describe('a lower-case sentence before a question', () => {
  it('splits after a full stop typed before "but isnt ...", not after an abbreviation', () => {
    expect(
      splitQuestions(
        'my uncle says they arent talking anymore, like totally frozen. but isnt there smth abt military talks happening? where were they',
      ),
    ).toEqual(['but isnt there smth abt military talks happening?', 'where were they']);
    expect(splitQuestions('when did the U.S. do that')).toEqual(['when did the U.S. do that']);
  });
});

describe('questions joined as chat types them', () => {
  it('splits at "n" or "&" before a question word, and knows "hw" starts a question', () => {
    expect(
      splitQuestions(
        'hw many days total were the dc military talks n how many rounds had there been in total',
      ),
    ).toEqual(['hw many days total were the dc military talks', 'how many rounds had there been in total']);
  });
});

describe('a statement, then a question of its own after a comma', () => {
  it('answers the question, read after the statement', () => {
    const engine = sharedEngine();
    expect(engine.ask('so the talks were in dc, where was the brown liu thing').text).toMatch(
      /^It was a virtual meeting/,
    );
  });
});

describe('a lead-in addressed to the bot is no statement', () => {
  it('asks the question of what the lead-in named, and keeps a description put first whole', () => {
    const engine = sharedEngine();
    expect(engine.ask('yo did u see the us china mil talks thing, where were they held').text).toMatch(
      /^In Washington/,
    );
    expect(engine.ask('the cmc office song is in, what does it deal w').text).toMatch(
      /international military cooperation/,
    );
  });
});

describe('two claims put up together', () => {
  it('splits "so <A> is <X> and <B> is <Y>?" into the two claims, chatter after the question mark dropped', () => {
    expect(splitQuestions('so ann is the mayor and bo is from the council? i got that right')).toEqual([
      'ann is the mayor?',
      'bo is from the council?',
    ]);
    // (One subject with two parts is one claim; a question word starts no claim.)
    expect(splitQuestions('ann and bo were at the meeting?')).toEqual(['ann and bo were at the meeting?']);
    expect(splitQuestions('who is ann and what is her job?')).toEqual(['who is ann', 'what is her job?']);
  });

  it('answers each claim of "<A> was <X> and <B> was <Y>?" with its own verdict', () => {
    const reply = sharedEngine().ask('the talks were in beijing and the balloon was shot down in march?');
    expect(reply.text).toMatch(/^No\. It took place in Washington.*\n\nNo\. It was February 2023/s);
  });
});

describe('two things offered, then the question that chooses', () => {
  it('joins "<A> vs <B>? which was first" into one question of the two', () => {
    expect(splitQuestions('and the storm vs the vote? which was first')).toEqual([
      'which was first, the storm or the vote?',
    ]);
    // (Two questions of their own stay two.)
    expect(splitQuestions('who is chase? which side is song on')).toHaveLength(2);
    expect(sharedEngine().ask('and brown-liu call vs the dc talks? which was first').text).toMatch(
      /^The virtual meeting between Charles Q\. Brown and Liu Zhenli came first/,
    );
  });
});

describe('what goes with the question', () => {
  it('keeps the thing a lead-in ends on with the question it is about ("..., anyway the one in <a place>, who ...")', () => {
    expect(
      splitRambling(
        'so i read about it at lunch and got confused bc there are like two meetings and a bunch of officials, anyway the one in oslo, who led the home side?',
      ),
    ).toEqual({
      leadIn:
        'so i read about it at lunch and got confused bc there are like two meetings and a bunch of officials',
      question: 'the one in oslo, who led the home side?',
    });
    expect(
      sharedEngine().ask(
        'so i was reading this on my lunch break and got confused bc there are like two different meetings and a bunch of generals, anyway the one in washington, who led the us side?',
      ).text,
    ).toMatch(/^Michael Chase/);
  });

  it('reads "<a statement> so <a question>" as the statement, then the question', () => {
    expect(splitRambling('the vote was in march so what month was the strike')).toEqual({
      leadIn: 'the vote was in march',
      question: 'what month was the strike',
    });
    expect(
      sharedEngine().ask('the talks were in january so what month was the brown-liu meeting').text,
    ).toMatch(/^Last month \(December 2023\)/);
  });

  it('reads a word alone after a question ("which officials? names?") as asking that question\'s detail', () => {
    expect(splitQuestions('which council officials tho? names?')).toEqual(['which council officials tho?']);
    expect(splitQuestions('who is the mayor? names?')).toEqual(['who is the mayor?']);
    // (Not a question of its own: the article's list of everyone is no answer to which of a group.)
    expect(sharedEngine().ask('which pentagon officials tho? names?').text).not.toMatch(/names \d+ people/);
  });
});

describe('two questions joined by ", and" as chat types them', () => {
  const engine = sharedEngine();
  it('answers both when the second opens with a chat spelling ("wat", "wen", "hw")', () => {
    expect(splitQuestions('who severed the dialogue, and wat triggered it')).toEqual([
      'who severed the dialogue',
      'wat triggered it',
    ]);
    const reply = engine.ask('who severed the dialogue, and wat triggered it');
    expect(reply.text).toMatch(/^Beijing severed diplomatic dialogue/);
    expect(reply.text).toMatch(/\n\n.*Pelosi's visit to Taiwan/);
  });

  it('says an answer once when both parts get the same one', () => {
    const reply = engine.ask("who's the chinese officer in the dc talks and wat does he do");
    expect(reply.text.match(/Song Yanchao is/g)).toHaveLength(1);
  });
});

describe('a lead-in naming a body, then "he"', () => {
  it('reads "he" as the one person the body stands for', () => {
    const reply = sharedEngine().ask(
      'ngl i missed the part abt the joint chiefs, who did he talk to',
      'lead-body',
    );
    expect(reply.text).toMatch(/Brown met .*Liu Zhenli/);
  });
});
