import { describe, expect, it } from 'vitest';
import { conversations, sharedEngine } from '../engine/engine-fixture.js';

const engine = sharedEngine();

describe('who was on a side', () => {
  it('answers "who led the <demonym> side" with the person of that side, never one of the other', () => {
    for (const q of [
      'who led the chinese side',
      'who headed the chinese side',
      'who was on the chinese side',
    ]) {
      const a = engine.ask(q);
      expect(a.text, q).toMatch(/^Major General Song Yanchao/);
      expect(a.text, q).not.toMatch(/Brown/);
    }
    expect(engine.ask('who was in the us delegation').text).toMatch(/^Michael Chase/);
  });
});

describe('whom a country sent', () => {
  it('reads "who did <a country> send" and "who represented <a country>" as who was on its side', () => {
    for (const q of [
      'who did china send',
      'who did the chinese send to the talks',
      'who represented china',
    ]) {
      expect(engine.ask(q).text, q).toMatch(/^Major General Song Yanchao/);
    }
    expect(engine.ask('who did the us send to the talks').text).toMatch(/^Michael Chase/);
    // (The event of the noun before "to <verb>", not the one its aim's verb names.)
    expect(engine.ask('who made the deal to start talking again').text).toMatch(/^Joe Biden and Xi Jinping/);
    // (The side represented, not the side met.)
    expect(engine.ask("who'd the us send to sit down w the chinese side").text).toMatch(/^Michael Chase \(/);
    // (Leading a country is not representing it at the talks.)
    expect(engine.ask('who led the us').answered).toBe(false);
  });
});

describe('who agreed, in chat words', () => {
  it('reads "convos" and "at the top level" as the dialogue the article names', () => {
    for (const q of [
      'who agreed to restart the dialogue at the top level',
      'who agreed to restart the convos between the two countries',
    ])
      expect(engine.ask(q).text, q).toMatch(/^Joe Biden and Xi Jinping/);
  });
});

describe('who did something somewhere else', () => {
  it('says nobody is reported doing it in a place the event was not in, with what the article does say', () => {
    const a = engine.ask('who visited the south china sea');
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(
      /^The article doesn't say that anyone did that in the South China Sea\. It does say that then-House Speaker Nancy Pelosi visited Taiwan/,
    );
    expect(engine.ask('who met in beijing').answered).toBe(false);
    expect(engine.ask('who met in washington').text).toMatch(/^Michael Chase and Major General Song Yanchao/);
  });
});

describe('who hosted', () => {
  it('answers with the country of the place an event was held in, and says so of a virtual one', () => {
    expect(engine.ask('who hosted the talks').text).toBe(
      'The United States: the 17th round of U.S.-China defense policy coordination talks took place in Washington.',
    );
    const virtual = engine.ask('who hosted the virtual meeting');
    expect(virtual.answered).toBe(false);
    expect(virtual.text).toMatch(
      /^The article doesn't say who hosted it\. It does say that General Charles Q\. Brown met/,
    );
  });
});

describe('who else, besides someone', () => {
  it('sets aside the people named after "besides" or "apart from", and says when nobody else is named', () => {
    expect(engine.ask('who else was at the talks besides chase').text).toMatch(
      /^Major General Song Yanchao\./,
    );
    for (const q of [
      'who else was in the chinese delegation besides the general',
      'who else was on the us side apart from chase',
    ]) {
      const a = engine.ask(q);
      expect(a.answered, q).toBe(false);
      expect(a.text, q).toMatch(/^The article doesn't say anyone else there: of the 17th round .* it names/);
    }
  });
});

describe('who a side met', () => {
  it('answers "who did the <A> side meet" with the people of the other side', () => {
    expect(engine.ask('who did the us meet with in dc').text).toMatch(/^Major General Song Yanchao/);
    // ("the <body> guy": the one person whose title names the body.)
    expect(engine.ask('who did the pentagon guy meet with in dc').text).toMatch(
      /^Michael Chase met Major General Song Yanchao/,
    );
    expect(engine.ask('who did the chinese side meet').text).toMatch(/^Michael Chase/);
  });
});

describe('someone described by a clause with a person in it', () => {
  it('answers "who is the <demonym> general <person> spoke with" with whom that person met, not the person', () => {
    for (const q of [
      'who is the chinese general brown spoke with',
      'whats the name of the chinese general brown spoke with',
      'who is the chinese officer brown spoke with',
    ]) {
      const text = engine.ask(q).text;
      expect(text, q).toMatch(/Liu Zhenli/);
      expect(text, q).not.toMatch(/^Charles Q\. Brown is/);
    }
  });

  it('says whom someone met is not given when the article reports them meeting nobody', () => {
    const a = engine.ask('who is the woman pelosi met');
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(/^The article doesn't say whom Nancy Pelosi met/);
  });

  it('still reads a name followed by a word for a person, or "mentioned", as the one asked about', () => {
    expect(engine.ask('whats the full name of the joint chiefs chairman guy').text).toMatch(
      /^Charles Q\. Brown/,
    );
    expect(engine.ask('who is the chairman of the joint chiefs mentioned').text).toMatch(
      /^Charles Q\. Brown/,
    );
  });

  it('reads "which side hosted" as a party, and "which city hosted" as a place', () => {
    expect(engine.ask('so which side hosted the talks').text).toMatch(/^The United States: /);
    expect(engine.ask('which city hosted the talks').text).toMatch(/^In Washington/);
  });
});

describe('an event named by its place', () => {
  it('reads "the <city> talks" as where they were, not as a side', () => {
    expect(engine.ask('who r the 2 main guys in the dc talks').text).toMatch(
      /Michael Chase and Major General Song Yanchao/,
    );
    expect(engine.ask('who did washington send').text).toMatch(/^Michael Chase/);
  });
});

describe("whose act led to another's", () => {
  it('answers "whose visit caused <A> to <act>" with who made the visit', () => {
    for (const q of ['whose visit caused beijing to cut ties', 'whose visit led beijing to cut off dialogue'])
      expect(engine.ask(q).text, q).toMatch(/^Nancy Pelosi/);
  });

  it('reads "to begin with" as no part of what is asked', () => {
    expect(engine.ask('who cut off the military talks to begin with').text).toMatch(/^Beijing severed/);
  });
});

describe('who went into a topic', () => {
  it('names the people of the talks the topic came up at, saying the article does not say who raised it', () => {
    for (const q of [
      "whats the deal w the 'us-prc defense relations' part, who brought it up",
      'who raised defense relations',
      'who mentioned us-prc defense relations',
    ]) {
      const reply = engine.ask(q);
      expect(reply.text, q).toMatch(
        /^U\.S\.-PRC defense relations came up at the 17th round .*, between Michael Chase and Major General Song Yanchao; the article does not say which of them raised it\.$/,
      );
    }
  });
  it('names the one the topic says emphasised it', () => {
    expect(engine.ask('who brought up the need for open military communication').text).toMatch(
      /^Michael Chase: at the 17th round/,
    );
  });
  it('does not say the people of the talks discussed what the article lists no discussion of', () => {
    const reply = engine.ask('who discussed the balloon');
    expect(reply.answered).toBe(false);
    expect(reply.text).toMatch(
      /^The article doesn't say that that was discussed\. It does say that at the 17th round/,
    );
  });
  it('reads "whose point was it that <X>" as who said it, not as the disputes a word of <X> names', () => {
    expect(
      engine.ask('whose point was it that open comms keep competition from turning into a fight').text,
    ).toMatch(/^Michael Chase emphasised the critical need for open lines/);
  });
});

describe('a side of the event the conversation is on, and whom a side sent', () => {
  it('answers "who was on the <A> side" of the event just spoken of, not of the article\'s news', () => {
    const chat = conversations(engine, 'side-of-last');
    expect(
      chat('wasnt there also some video call between the top generals', 'who was on the us side').text,
    ).toMatch(/^General Charles Q\. Brown/);
    // (A question that names its own event or place asks of that one.)
    expect(
      chat(
        'wasnt there also some video call between the top generals',
        'who led the us side at the washington one',
      ).text,
    ).toMatch(/^Michael Chase/);
    expect(engine.ask('who was on the us side').text).toMatch(/^Michael Chase/);
  });

  it('reads "who did <a side of several words> send to <X>" as who represented it there', () => {
    expect(engine.ask('yo who did the us side send to the china talks in dc').text).toMatch(/^Michael Chase/);
    expect(engine.ask('who did the chinese side send to the talks').text).toMatch(
      /^Major General Song Yanchao/,
    );
  });
});

describe('a title no one at the event holds', () => {
  it('does not name a deputy assistant secretary as "the defense secretary" ("who was the us defense secretary" had named him)', () => {
    const a = engine.ask('who was the us defense secretary at the time of these talks');
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(/^The article doesn't say who that is/);
    expect(engine.ask('which us president is this, trump?').answered).toBe(false);
    // (A general word for leading is no title: "which chinese leader agreed" is still answered.)
    expect(engine.ask('and which chinese leader agreed w biden').text).toMatch(/Xi Jinping/);
  });
});

describe('who a title or description typed in chat stands for', () => {
  it('names the one a title describes as having done it ("who was the <title> that went to <place>")', () => {
    expect(sharedEngine().ask('who was the then house speaker that went to taiwan').text).toMatch(
      /^Nancy Pelosi: then-House Speaker Nancy Pelosi visited Taiwan/,
    );
  });

  it('reads "his counterpart on the <A> side?" and "called \'<a title>\'" as the questions they are', () => {
    const chat = conversations(sharedEngine(), 'counterpart-side');
    expect(chat("who's the liu guy", 'his counterpart on the us side?').text).toMatch(
      /^General Charles Q\. Brown is Liu Zhenli's American counterpart/,
    );
    expect(sharedEngine().ask("who gets called 'dr.' in the article").text).toMatch(
      /^Michael Chase \(called "Dr\. Chase"\)/,
    );
  });
});

describe('whom someone described met', () => {
  it('keeps a rank inside the description to the one described ("who did the <demonym> major general meet")', () => {
    expect(engine.ask('wait who did the chinese major general meet with in washington').text).toMatch(
      /^Song Yanchao met Michael Chase/,
    );
  });

  it('asks it of each when several fit the description', () => {
    const a = engine.ask('who did the chinese general meet');
    expect(a.text).toMatch(/^The article has 2 who fit that description\./);
    expect(a.text).toMatch(/Song Yanchao: Song Yanchao met Michael Chase\./);
    expect(a.text).toMatch(/Liu Zhenli: General Charles Q\. Brown met his Chinese counterpart/);
  });
});

describe('who did something and provoked a party, and who the article says did it', () => {
  it('tells the link the article gives for "who visited <B> and angered <C>"', () => {
    expect(engine.ask('who visited taiwan and pissed off beijing').text).toMatch(
      /^Nancy Pelosi \(Nancy Pelosi: then-House Speaker\)\. Beijing severed diplomatic dialogue in response/,
    );
    // (A party the article has do nothing in response is not provoked by it.)
    expect(engine.ask('who visited taiwan and angered washington').answered).toBe(false);
  });

  it('reads "who does the article say <did X>" as "who <did X>"', () => {
    expect(engine.ask('who does the article say considers comms channels crucial').text).toMatch(
      /^Pentagon officials consider establishing and maintaining communication channels/,
    );
  });
});

describe('who met a side named as the one met', () => {
  it('answers with the other side ("who talked to the <demonym>s virtually")', () => {
    expect(engine.ask('who talked to the chinese virtually').text).toMatch(/^General Charles Q\. Brown/);
    expect(engine.ask('who met with the chinese in washington').text).toMatch(/^Michael Chase/);
  });

  it('reads the names offered first ("<A> or <B>, who <did X>")', () => {
    expect(engine.ask('brown or chase, who talked to the chinese virtually').text).toMatch(
      /^General Charles Q\. Brown/,
    );
  });
});
