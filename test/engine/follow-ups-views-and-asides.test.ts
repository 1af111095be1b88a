import { describe, expect, it } from 'vitest';
import { conversations, sharedEngine } from './engine-fixture.js';

const ask = conversations(sharedEngine(), 'follow-ups-views-asides');

describe('short follow-ups in chat', () => {
  it('reads "<claim> or nah" as the claim put up for checking', () => {
    const a = ask('how did brown and liu meet', 'in person or nah');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^No\. It was a virtual meeting/);
  });

  it('reads "which number was this one" as the numbered event\'s place in its series', () => {
    const a = ask('what are these talks officially called', 'which number was this one');
    expect(a.text).toMatch(/17th round/);
    expect(ask('what number was it').text).toMatch(/17th round/);
  });

  it('reads "of what tho", after a title, as asking the whole title', () => {
    const a = ask('she was speaker at the time?', 'of what tho');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/House Speaker/);
  });

  it('takes "they" for the last people when the verb names what they did, not the last event', () => {
    const a = ask('so the talks happened bc biden and xi agreed to it?', 'where did they agree that');
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(/doesn't say where the agreement/);
    expect(a.text).not.toMatch(/^In Washington/);
  });
});

describe('chat wording around a question', () => {
  it('drops a closing remark on where the asker saw something ("..., saw dr in there lol")', () => {
    const a = ask('is chase a doctor or smth, saw dr in there lol');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^Yes\. The article calls Michael Chase "Dr\. Chase"/);
  });

  it('reads "face to face" as in person, and "dive into" as delve into', () => {
    expect(ask('so chase and song met face to face in dc right').text).toMatch(/^Yes\./);
    expect(ask('what topic did the two sides dive into').text).toMatch(/defense relations/);
  });

  it('fills a "the what, <X>?" gap with the guess and checks it', () => {
    const a = ask('the talks marked the what, 15th round?');
    expect(a.text).toMatch(/^No\. It was the 17th round/);
  });

  it('reads "where do <ties> stand" as how they are, not a place', () => {
    const a = ask('so where do us china mil to mil ties stand according to this');
    expect(a.text).toMatch(/strained/i);
    expect(a.text).not.toMatch(/^In Washington/);
  });
});

describe('views and what the article calls things', () => {
  it('answers what a side thinks "of" an event only from what it said about that event', () => {
    for (const q of [
      'what does china think of the talks',
      "whats the prc side's take on how the talks went",
    ]) {
      const a = ask(q);
      expect(a.answered, q).toBe(false);
      expect(a.text, q).not.toMatch(/sovereignty/);
    }
    expect(ask("what is china's take on taiwan").text).toMatch(/sovereignty/);
  });

  it('names what the article calls a relationship, not a place that qualifies it', () => {
    const a = ask('what does the article call the relationship between dc and beijing');
    expect(a.text).not.toMatch(/calls it "Washington"/);
    expect(a.text).toMatch(/strained/i);
    expect(ask('what does the article call song').text).toMatch(/Song Yanchao/);
  });

  it('says the article cannot tell what happened since it came out', () => {
    const a = ask('any updates since this came out?');
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(/doesn't say what happens next/);
  });
});

describe('claims put up with a tag, and things asked about loosely', () => {
  it('checks "i thought <a claim>, was it that?" as one claim, not a remark and a question', () => {
    const a = ask('ngl i thought china cut contact bc of the balloon thing, was it that?');
    expect(a.text).toMatch(/^No\. Beijing severed diplomatic dialogue in response to Pelosi/);
  });

  it('reads "the <X> thing" and "at some point" as chat around the thing asked about', () => {
    const a = ask('wasnt there a spy balloon thing at some point');
    expect(a.text).toMatch(/^Yes\. The U\.S\. downed an alleged Chinese spy balloon in February/);
    expect(ask('wasnt there a spy balloon thing at some point', 'which month').text).toMatch(/February/);
  });

  it('answers a bare "virtually or irl" about the last meeting', () => {
    const a = ask('did brown meet anyone chinese', 'virtually or irl');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^Virtual/);
  });

  it('reads "why does the article bring up <X>, seems random" as why it mentions <X>', () => {
    const a = ask('why does the article bring up the taiwan election, seems random');
    expect(a.text).toMatch(/backdrop of heightened tensions/);
    // (Not "brought up in the talks", which asks what the talks covered.)
    expect(ask('was mongolia brought up in the talks').answered).toBe(false);
  });
});

describe('people and troubles described instead of named', () => {
  it('reads "the guy who led the <demonym> side" as the one person of that side in the news', () => {
    for (const q of [
      'the guy who led the chinese side, what rank is he',
      'what is the rank of the guy who led the chinese side',
    ]) {
      expect(ask(q).text, q).toMatch(/^Song Yanchao's rank is Major General/);
    }
    expect(ask('whos the pentagon dude that led the us side').text).toMatch(/^Michael Chase is/);
    // (A side word of the question itself still asks for a side.)
    expect(ask('mg song is from which countrys military').text).toMatch(/^China/);
  });

  it('names who made the thing a relative clause describes, not the thing the clause names', () => {
    const a = ask('who made the agreement that led to these talks');
    expect(a.text).toMatch(/^Joe Biden and Xi Jinping/);
  });

  it('lists what a relationship is strained over, not just that it is strained', () => {
    for (const q of ['what is the relationship strained over', 'what strains the relationship']) {
      const a = ask(q);
      expect(a.intent, q).toBe('disputes');
      expect(a.text, q).toMatch(/Taiwan's future/);
    }
    expect(ask('how are relations').text).toMatch(/^Strained/);
  });
});

describe('reasons, counts and occasions the article only partly gives', () => {
  it('answers why an act was taken with the decision to take it, saying no more is given', () => {
    const a = ask('when did beijing cut dialogue', 'whyd they restore it');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(
      /Joe Biden and .* Xi Jinping agreed late last year to restart diplomatic dialogue; the article doesn't say why/,
    );
    expect(ask('why did biden and xi agree to restart dialogue').answered).toBe(false);
  });

  it('does not count rounds "since" another event from a round\'s number', () => {
    const a = ask('how many rounds of talks have been held since the dialogue was restored');
    expect(a.answered).toBe(false);
    expect(ask('how many rounds have there been').text).toMatch(/^17, counting this one/);
  });

  it('gives no verdict on "also" another occasion with a party the article never has in it', () => {
    const a = ask('did the us also have talks with taiwan this week');
    expect(a.answered).toBe(false);
    expect(a.text).not.toMatch(/^No\./);
  });

  it('reads "that one" as the thing last spoken of, and "<X>, is it mentioned at all here" as a mention check', () => {
    expect(
      ask('was there another meeting besides the washington one', 'was that one in person').text,
    ).toMatch(/^No\. It was a virtual meeting/);
    expect(ask('my prof keeps going on abt the south china sea, is it mentioned at all here').text).toMatch(
      /^Yes\. The article mentions the South China Sea/,
    );
  });
});

describe('a topic asked about with a closing "anything about it?"', () => {
  it('answers from what the article says of the topic, never that it says nothing of it', () => {
    const a = ask('whats the deal with taiwan in this article, anything about it?');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/Taiwan/);
    expect(a.text).not.toMatch(/doesn't say anything about Taiwan/);
  });
});

describe('how things stand, and a guess hedged with "like"', () => {
  it('answers whether a relationship is "good now or still bad" as the article leaves it', () => {
    const a = ask('is the us china relationship good now or still bad tbh');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/remains strained/);
    // (Today itself, or someone's job now, the article cannot say.)
    expect(ask('are relations still strained today').answered).toBe(false);
    expect(ask('is chase still in that job now').answered).toBe(false);
  });

  it('checks a guess hedged with "like" ("was it like the 10th round or smth")', () => {
    expect(ask('was it like the 10th round or smth').text).toMatch(/^No\. It was the 17th round/);
  });
});

describe('what the article is about', () => {
  it('says an article is mainly about its news, not a thing it only mentions', () => {
    const a = ask('is this article mostly abt the taiwan election?');
    expect(a.text).toMatch(
      /^No\. It is mainly about the 17th round .* It also mentions Taiwan's presidential and parliamentary polls/,
    );
  });

  it('reads "u see anything abt <X> in this" as whether the article mentions <X>', () => {
    expect(ask('u see anything abt a balloon in this').text).toMatch(/^Yes\. The article mentions .*balloon/);
    expect(ask('did you see anything about the philippines in there').answered).toBe(false);
  });
});
