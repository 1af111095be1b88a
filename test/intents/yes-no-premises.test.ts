import { describe, expect, it } from 'vitest';
import { conversations, sharedEngine } from '../engine/engine-fixture.js';

// Claims with a wrong name, place or person in them, and claims no fact can settle, as members type them.
const chat = conversations(sharedEngine(), 'premises');

describe('claims with a stranger or a wrong place', () => {
  it('corrects a name the article never uses put in the place of whoever did the act', () => {
    const a = chat('it was obama who made the deal w xi right');
    expect(a.text).toMatch(/^No\. .*Joe Biden and Chinese President Xi Jinping agreed/);
    expect(a.citations.length).toBeGreaterThan(0);
  });

  it('does not say "No" to whether a stranger said something: nobody it quotes', () => {
    const a = chat('did trump say anything about these talks');
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(/^The article doesn't say what Trump said/);
  });

  it('corrects a large city the article never names, as it does a capital', () => {
    for (const q of ['they held this in shanghai?', 'were the talks in new york']) {
      expect(chat(q).text, q).toMatch(/^No\. It took place in Washington/);
    }
    // (A trip to it is no premise of the article's to correct.)
    expect(chat('did chase go to hong kong').answered).toBe(false);
  });

  it('reads a possessive typed without its apostrophe as the name and "s"', () => {
    expect(chat('pelosis taiwan trip was in 2023?').text).toMatch(/^No\. It was August 2022/);
    expect(chat('whos pelosi again', 'what happened after her trip').text).toMatch(
      /^After Nancy Pelosi's visit to Taiwan, the article reports:/,
    );
  });
});

describe('who is who', () => {
  it('tells two people of the article apart, and one person named two ways as one', () => {
    expect(chat('is liu zhenli the same guy as song yanchao lol').text).toMatch(
      /^No\. They are two people: /,
    );
    expect(chat('is dr chase the same as michael chase').text).toMatch(/^Yes\. Both name Michael Chase/);
    expect(chat('is michael chase the dr chase mentioned later on').text).toMatch(
      /^Yes\. Both name Michael Chase/,
    );
    expect(chat('is liu song').text).toMatch(/^No\. They are two people/);
    // ("the same day as" compares no people.)
    expect(chat('did brown and liu meet on the same day as chase and song').text).not.toMatch(/two people/);
  });

  it('checks what the article calls someone named by a pronoun or as "the <name> guy"', () => {
    expect(chat('who is chase', 'does the article call him dr').text).toMatch(
      /^Yes\. The article calls Michael Chase "Dr\. Chase"/,
    );
    expect(chat('was the pelosi guy a senator').text).toMatch(
      /^No\. The article calls Nancy Pelosi then-House Speaker/,
    );
  });
});

describe('claims and questions no fact settles', () => {
  it('gives no verdict on whether a move was smart', () => {
    const a = chat('was restarting talks w china actually a smart move by biden');
    expect(a.answered).toBe(false);
    expect(a.text).not.toMatch(/^(Yes|No)\b/);
  });

  it('says who is running is not given for an event no person takes part in, after saying it is coming up', () => {
    expect(chat('taiwan has elections coming up?').text).toMatch(/^Yes\. Taiwan is conducting/);
    const running = chat('taiwan has elections coming up?', 'what kind', 'whos running');
    expect(running.answered).toBe(false);
    expect(running.text).not.toMatch(/Brown|Chase/);
  });

  it("does not give a numbered series' first instance, or a part's length, from the one event reported", () => {
    const first = chat(
      'what round of talks was this',
      'so how many came before',
      'when was the very first one held',
    );
    expect(first.answered).toBe(false);
    expect(first.text).toMatch(/another round or occurrence/);
    for (const q of ['how long did each session of the talks last', 'how long were the talks each day']) {
      const a = chat(q);
      expect(a.answered, q).toBe(false);
      expect(a.text, q).toMatch(/^The article doesn't say how long each part of it lasted/);
    }
    expect(chat('how long did the talks last').text).toMatch(/^Two days/);
  });
});

describe('more claims and questions as typed', () => {
  it('corrects the month of an event the article puts after its date, as still to come', () => {
    for (const q of ['taiwan votes next month right', 'the taiwan vote is next month right']) {
      expect(chat(q).text, q).toMatch(/^No\. It is this weekend/);
    }
    // (A time after the article with no such event named is still beyond it.)
    expect(chat('will ties improve next year').answered).toBe(false);
  });

  it('checks a count of days put up with a question mark', () => {
    expect(chat('3 days of talks in dc?').text).toMatch(/^No\. .*lasted two days/);
    expect(chat('two days of talks in washington?').text).toMatch(/^Yes\./);
  });

  it('reads "on the <country> end of" as that side, "avoid" as "prevent", "kick off" as the start', () => {
    expect(chat('who was on the us end of the virtual meeting').text).toMatch(/^General Charles Q\. Brown/);
    expect(chat('pentagon ppl say these channels help avoid what').text).toMatch(/prevent miscalculations/);
    expect(chat('what day did the talks kick off').text).toMatch(
      /^Monday, Jan\. 8, 2024, worked out from the article/,
    );
  });

  it('gives no reason the article never gives for naming an event it only reports', () => {
    const a = chat("why is pelosi's visit mentioned");
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(/^The article doesn't say why it mentions that/);
  });
});

describe('who came', () => {
  it('names who of a side came to where the event was held', () => {
    expect(chat('did anyone from china actually come to washington').text).toMatch(
      /^Yes\. Song Yanchao took part in the 17th round/,
    );
  });
});

describe('claims about other instances, other things and lengths', () => {
  it('does not answer of another numbered instance, or name who else attended', () => {
    expect(chat('was the 16th round held in beijing').text).toMatch(/another round or occurrence/);
    const a = chat('did lloyd austin sit in on any of it');
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(/it names Michael Chase and Song Yanchao/);
  });

  it('names the other events of a kind besides one set aside, and never says there were none', () => {
    expect(chat('was there any other meeting besides the dc one').text).toMatch(
      /^Yes\. General Charles Q\. Brown met/,
    );
    const none = chat('were there any other incidents mentioned besides the balloon');
    expect(none.answered).toBe(false);
    expect(none.text).toBe("The article doesn't name any other.");
  });

  it('compares lengths only when both are given', () => {
    const a = chat("was pelosi's visit longer than these talks");
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(/^The article doesn't say how long Nancy Pelosi's visit to Taiwan lasted/);
  });

  it('corrects the object of an act when the rest of the claim is the same act, and only then', () => {
    expect(chat('the us shot down a chinese drone in feb?').text).toMatch(
      /^No\. It was an alleged Chinese spy balloon/,
    );
    expect(chat('did the us shoot down a plane').answered).toBe(false);
  });
});

describe('possessives typed without the apostrophe', () => {
  it('reads a name word with an s as the possessive, but not the plural of a title word a name holds', () => {
    expect(chat('pelosis taiwan trip was in 2023?').text).toMatch(/^No\. It was August 2022/);
    expect(chat('how many chinese generals are in it').text).toBe(
      '2: Major General Song Yanchao, General Liu Zhenli.',
    );
  });
});

describe('places, acts and causes claimed of events', () => {
  it('corrects the place a trip is said to have been to, and gives no place the article never gives', () => {
    expect(chat('the pelosi trip was to mainland china?').text).toMatch(/^No\. It took place in Taiwan/);
    const a = chat('was the balloon shot down in china?');
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(/^The article doesn't say where the U\.S\. downing/);
    expect(chat('the balloon was downed over china?').answered).toBe(false);
  });

  it('reads an event named as the object of another event\'s verb as that act, and "over <event>" as its cause', () => {
    expect(chat('did the us cut off the talks').text).toMatch(/^No\. Beijing severed diplomatic dialogue/);
    expect(chat('so biden and xi agreed to restart talks?').text).toMatch(
      /^Yes\. U\.S\. President Joe Biden/,
    );
    expect(chat('did beijing sever ties over the pelosi visit').text).toMatch(/^Yes\. Beijing severed/);
    expect(chat('did china cut ties over the balloon').text).toMatch(/^No\. Beijing severed .* Pelosi/);
    // (Going to an event is no act on it; a doing no event is gets no cause from "over".)
    expect(chat('did lloyd austin go to these talks').answered).toBe(false);
    expect(chat('did the us sanction any chinese officials over the balloon').answered).toBe(false);
  });

  it('says an event held in a city was no phone call', () => {
    expect(chat('was the jan 9 thing a phone call?').text).toMatch(/^No\. It took place in Washington/);
  });
});

describe('what someone is called', () => {
  it('checks "is <A> called / referred to as <a title>" against the titles, not against what they said', () => {
    expect(chat('is chase referred to as a doctor in the article').text).toBe(
      'Yes. The article calls Michael Chase "Dr. Chase".',
    );
    expect(chat('is song called a general').text).toMatch(/^Yes\. Song Yanchao is a Major General/);
    expect(chat('is liu called the chairman').text).toMatch(/^No\./);
    expect(chat('is chase called a general').text).toMatch(
      /^No\. The article gives Michael Chase no military rank/,
    );
  });
});

describe('a claim of something done, about a thing the article never names', () => {
  it('does not answer of a thing the article never names as if it were what the article reports under way', () => {
    const a = chat('is the mil hotline working rn');
    expect(a.answered).toBe(false);
    expect(chat('is the mil communication stuff totally fixed now').text).toMatch(
      /^No\. The article reports it as still under way/,
    );
  });
});

describe('who met whom, and claims of something still under way', () => {
  it('says whom the other person named did meet when the article has the one claimed meeting nobody', () => {
    const a = chat('did chase sit down w xi himself?');
    expect(a.answered).toBe(false);
    expect(a.text).toBe(
      "The article doesn't say that Xi Jinping met anyone. It does say that Michael Chase met Major General Song Yanchao.",
    );
  });

  it('says who did an act when the person claimed did something else', () => {
    expect(chat('did biden cut off the talks').text).toMatch(
      /^No\. U\.S\. President Joe Biden .* agreed .* Beijing severed diplomatic dialogue/,
    );
  });

  it('confirms a claim that something will take time, and turns no negated claim into its opposite', () => {
    expect(chat('does the article say the dialogue will take time to be functional').text).toMatch(
      /^Yes\. The article reports it as still under way/,
    );
    expect(chat('are ties still not back to normal').text).not.toMatch(/^No\./);
  });
});

describe('the nationality of the thing an act was done to', () => {
  it('corrects another nationality claimed of the object, and confirms the one the article gives', () => {
    for (const q of ['the spy balloon was russian?', 'was the balloon american', 'was it a russian balloon'])
      expect(chat(q).text, q).toMatch(/^No\. It was an alleged Chinese spy balloon/);
    expect(chat('was the balloon chinese').text).toMatch(/^Yes\./);
    expect(chat('does the article say for sure it was a spy balloon').text).toMatch(
      /^No\. The article says "alleged"/,
    );
  });
});

describe('an event described by its length', () => {
  it('takes "the 2 day thing" for the event that lasted two days, and offers in person against a video call', () => {
    expect(chat('was the two-day meeting in person').text).toMatch(
      /^Yes\. U\.S\. and Chinese defense officials held/,
    );
    expect(chat('was the 2 day thing in person or another video call').text).toMatch(
      /^In person: U\.S\. and Chinese defense officials held/,
    );
  });

  it('reads "<X> being restored" as naming the restoring, not claiming it done', () => {
    expect(
      chat('so the mil talks being restored was a biden/xi thing from like late last year?').text,
    ).not.toMatch(/still under way/);
  });
});

describe('progress asked of nothing else', () => {
  it('answers "did they make any progress at all" with the progress the article reports, as partial', () => {
    expect(chat('did they make any progress at all').text).toMatch(/^Partly\. There has been some progress/);
  });
});

describe('what someone wanted, checked against their words', () => {
  it('reads "<A> wanted <X>" as a claim about what <A> is reported to have said', () => {
    expect(chat('lol so chase wanted to cut communication?').text).toMatch(
      /^No\. Michael Chase emphasised the critical need for open lines/,
    );
    expect(chat('did chase stress keeping mil comms open').text).toMatch(/^Yes\. Michael Chase emphasised/);
  });
});

describe('who did an act, named after "by"', () => {
  it('corrects a doer after "by" (or "by the") other than the event\'s own, though that side had a part in it', () => {
    expect(chat('was the balloon shot down by the chinese').text).toMatch(/^No\. The U\.S\. downed/);
    expect(chat("did dialogue get cut off by the us after pelosi's trip").text).toMatch(
      /^No\. Beijing severed/,
    );
    expect(chat('was the dialogue cut off by beijing').text).toMatch(/^Yes\. Beijing severed/);
  });

  it('does not confirm an act claimed of someone from a description that has another do it', () => {
    const a = chat('did pelosi cut off the dialogue');
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(/It does say that Nancy Pelosi is the then-House Speaker whose/);
  });

  it('says someone with a military rank is no civilian', () => {
    expect(chat('was song a civilian').text).toMatch(/^No\. Song Yanchao is a Major General/);
  });
});

describe('"there was another <kind> too?"', () => {
  it('sets aside the event the article reports first, and the conversation goes on about the other', () => {
    const a = chat(
      'there was another mil meeting too right? the joint chiefs one',
      'was it in person',
      'when',
      'how long did it go for',
    );
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(
      /^The article doesn't say how long it lasted\. It does say that General Charles Q\. Brown/,
    );
    expect(chat('was there another mil meeting').text).toMatch(/^Yes\. General Charles Q\. Brown met/);
  });
});

describe('a kind of people the article never mentions', () => {
  it("is not read as a stranger's name: 'were interpreters used at the talks' is not answered 'No'", () => {
    const a = sharedEngine().ask('were interpreters used at the talks');
    expect(a.answered).toBe(false);
    expect(a.text).not.toMatch(/^No\b/);
  });
});

describe('who an event was between', () => {
  const chat = conversations(sharedEngine(), 'between');

  it('corrects a party the event did not have, with the parties it had', () => {
    expect(chat('were the talks between the us and russia').text).toMatch(
      /^No\. It was between the United States and China: /,
    );
    expect(chat('i read the restart deal was between blinken and wang yi?').text).toMatch(
      /^No\. It was between Joe Biden and Xi Jinping: /,
    );
  });

  it('leaves a pair that took part to the checks of the event', () => {
    expect(chat('were the talks between the us and china').text).toMatch(/^Yes\. /);
  });
});

describe('what the article calls an event', () => {
  const chat = conversations(sharedEngine(), 'calls');

  it('says no to a word of framing the article never uses, with what it does call the event', () => {
    expect(chat("the article calls the talks a 'breakthrough' right").text).toMatch(
      /^No\. The article calls the 17th round .* a significant step/,
    );
  });

  it('reads "how did <A> and <B> meet, like in person or" as how they met', () => {
    expect(chat('how did brown and liu meet, like in person or').text).toMatch(/^It was a virtual meeting\./);
  });
});

describe('where a dispute lies', () => {
  const chat = conversations(sharedEngine(), 'dispute-place');

  it('corrects a dispute placed somewhere else, even a place the article never names', () => {
    for (const q of [
      'the territorial claims are in the east china sea right?',
      'are the territorial claims in taiwan',
    ])
      expect(chat(q).text, q).toMatch(/^No\. In the South China Sea: /);
  });

  it('does not read "in the news" as a place', () => {
    expect(chat('are the territorial claims in the news').text).not.toMatch(/^No\./);
  });
});

describe('the act agreed', () => {
  const chat = conversations(sharedEngine(), 'agreed');

  it('says no to agreeing to the opposite of what was agreed, quoting the act', () => {
    expect(chat('biden and xi agreed to cut off military ties??').text).toMatch(
      /^No\. The article says "to restart": /,
    );
    expect(chat('did biden and xi agree to restart dialogue').text).toMatch(/^Yes\. /);
  });
});

describe('another kind of the same thing', () => {
  const chat = conversations(sharedEngine(), 'kind');

  it('says what the article calls it, with no verdict, when another kind is claimed', () => {
    const a = chat('was the balloon a weather balloon');
    expect(a.text).toMatch(
      /^The article doesn't call it a weather balloon: it calls it an alleged Chinese spy balloon/,
    );
    expect(a.verdict).toBeUndefined();
  });

  it('reads "<claim> or smth when <X>" as the claim at that time', () => {
    expect(chat('pelosi was vice president or smth when she went?').text).toMatch(
      /^No\. The article calls Nancy Pelosi then-House Speaker/,
    );
  });
});

describe('a cause claimed for the wrong act', () => {
  it('does not confirm a cause the article gives for the opposite act', () => {
    // The visit is why dialogue was cut, not why it resumed: no "Yes".
    for (const q of [
      'did the us and china resume military talks because of the pelosi visit?',
      'so they restarted talks bc of pelosis trip to taiwan right',
    ]) {
      const a = chat(q);
      expect(a.text, q).not.toMatch(/^Yes/);
      expect(a.answered, q).toBe(false);
    }
    // (The act it did cause still gets its "Yes".)
    expect(chat('were the talks cut off because of pelosis visit').text).toMatch(/^Yes\. Beijing severed/);
  });
});

describe('a cause the article has no word for', () => {
  it('corrects a cause naming someone the article never mentions with the cause it gives', () => {
    expect(chat('beijing cut ties bc of trump right').text).toMatch(
      /^No\. Beijing severed diplomatic dialogue in response to Pelosi's visit/,
    );
  });
});
