import { describe, expect, it } from 'vitest';
import { conversations, sharedEngine } from '../engine/engine-fixture.js';

// Claims about a person as members type them, checked against the first article's reviewed facts.
const engine = sharedEngine();
const ask = (q: string) => engine.ask(q);

describe('yes/no claims about a person', () => {
  it('checks which side someone is on against the side the store gives them, and says which it is', () => {
    for (const q of ['so chase is on the chinese side?', 'is chase the chinese official?']) {
      expect(ask(q).text, q).toMatch(/^No\. Michael Chase is on the American side, the U\.S\. deputy/);
    }
    expect(ask('is song on the us side?').text).toMatch(/^No\. Song Yanchao is on the Chinese side/);
    for (const q of ['is chase american?', 'is liu from china?', 'is song part of the chinese delegation']) {
      expect(ask(q).text, q).toMatch(/^Yes\. /);
    }
    // (A question that says more than a side is no side check: a visit is not a side.)
    expect(ask('is chase in china?').text).not.toMatch(/side/);
  });

  it('corrects a wrong date on an event named through a misspelt possessive', () => {
    const wrong = ask('pelosis visit was aug 2023 right');
    expect(wrong.text).toMatch(/^No\. It was August 2022/);
    expect(ask('pelosis visit was aug 2022 right').text).toMatch(/^Yes\./);
  });

  it('reads the title claimed right after the name, not a "the" further on', () => {
    expect(ask('pelosi was senate majority leader at the time or smth?').text).toMatch(
      /^No\. The article calls Nancy Pelosi then-House Speaker/,
    );
    expect(ask('was pelosi house speaker at the time').text).toMatch(/^Yes\./);
  });

  it('reads "<role> of the <body>" as the "<body> <role>" the article gives', () => {
    expect(ask('is it true pelosi was speaker of the house when she visited taiwan').text).toMatch(/^Yes\./);
    expect(ask('was pelosi secretary of the house?').text).toMatch(/^No\./);
  });

  it('takes a title without its qualifier as the title, unless the qualifier makes a lesser office', () => {
    expect(ask('pelosi was speaker when she went right').text).toMatch(/^Yes\./);
    expect(ask('is chase the assistant secretary').text).not.toMatch(/^Yes\./);
  });

  it("checks the places an office is for, and does not read them as the person's nationality", () => {
    expect(ask('chase is the deputy asst sec for japan and korea right').text).toMatch(/^No\. .*for China/);
    expect(ask('is chase the deputy assistant secretary for china?').text).toMatch(/^Yes\./);
    expect(
      ask('chase is the deputy assistant secretary of defense for china taiwan n mongolia?').text,
    ).toMatch(/^Yes\./);
    expect(ask('is chase chinese?').text).toMatch(/^No\./);
  });

  it('checks "did <A> say <B>" against what the article reports <A> said, whatever the verb of saying', () => {
    expect(ask('did us officials say dialogue will take time?').text).toMatch(
      /^Yes\. U\.S\. officials cautioned/,
    );
    // (Quick is what they said it would not be.)
    expect(ask('did us officials say dialogue would be quick?').text).toMatch(/^No\. .*will take time/);
    // "stress" is what the article calls "emphasising".
    expect(ask('Did Chase stress the need for open military communication?').text).toMatch(/^Yes\./);
    // "state" in a title is no verb of saying.
    expect(ask('is chase like the deputy secretary of state lol').text).toMatch(/^No\./);
  });

  it('says no to another title with the same role word, naming the title the article gives', () => {
    const reply = ask('is chase like the deputy secretary of state lol');
    expect(reply.answered).toBe(true);
    expect(reply.text).toMatch(/^No\. .*deputy assistant secretary of defense/);
    expect(ask('is chase the deputy assistant secretary of defense').text).toMatch(/^Yes\./);
  });

  it('checks "from <an organisation>" against the person\'s description, not as a title', () => {
    expect(ask('is song from the central military commission').text).toMatch(/^Yes\./);
    expect(ask('was song yanchao from the central military commission thing').text).toMatch(/^Yes\./);
    expect(ask('is song from the joint chiefs').text).not.toMatch(/^(Yes|No)\b/);
  });
});

describe('"<person> rank?"', () => {
  it("asks for that person's rank or title", () => {
    expect(ask('song yanchao rank?').text).toMatch(/Major General/);
    expect(ask("chase's job?").text).toMatch(/deputy assistant secretary of defense/);
  });
});

describe('yes/no claims about events', () => {
  it('corrects the wrong person in an event with who did take part', () => {
    const reply = ask('the chinese general in the virtual meeting was song yanchao right?');
    expect(reply.text).toMatch(/^No\. The chinese general in the virtual meeting was General Liu Zhenli: /);
  });

  it('checks a statement with a question mark even when wink reads its verb as a noun', () => {
    expect(ask('so china shot down an american balloon?').text).toMatch(
      /^No\. It was an alleged Chinese spy balloon: the U\.S\. downed/,
    );
    expect(ask('the us shot down a chinese balloon?').text).toMatch(/^Yes\./);
  });

  it('gives no verdict on a length claimed for an event the article gives no length for', () => {
    const reply = ask("was brown's meeting with liu a one day thing?");
    expect(reply.answered).toBe(false);
    expect(reply.text).toMatch(/^The article doesn't say how long it lasted/);
    expect(ask('did the talks last a week?').text).toMatch(/^No\. It lasted two days/);
  });

  it('works out the weekday of each day of a dated multi-day event, and says so', () => {
    const monday = ask('were the talks on a monday');
    expect(monday.text).toMatch(/^Yes\. .*Monday \(worked out from the dates\)/);
    expect(monday.citations.length).toBeGreaterThan(0);
    // The day it ended is the one the article names.
    expect(ask('did the talks end on monday').text).toMatch(/^No\. Tuesday, Jan\. 9/);
    expect(ask('were the talks on a wednesday').text).toMatch(/^No\./);
  });

  it('gives no verdict on how an event took place when the article gives it no place', () => {
    const a = ask('did biden and xi agree in person');
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(/doesn't say how it took place/);
  });

  it('answers "before or after" with which, not with yes or no', () => {
    const reply = ask('did the dc talks happen before or after biden and xi agreed to restart');
    // (The agreement named by the pair who made it.)
    expect(reply.text).toMatch(/^After: the 17th round .* came after the agreement between Joe Biden and Xi/);
    expect(ask('did the talks come after the pelosi visit?').text).toMatch(/^Yes\./);
  });

  it('does not say what a meeting covered when the article does not list it', () => {
    for (const q of [
      'did the us bring up the spy balloon during the dc talks',
      'did they discuss taiwan at the talks',
    ]) {
      const reply = ask(q);
      expect(reply.answered, q).toBe(false);
      expect(reply.text, q).toMatch(/doesn't say/);
    }
  });

  it('says two events reported on other dates are separate, and not part of each other', () => {
    expect(ask('was the brown liu thing a separate meeting from the dc talks').text).toMatch(
      /^Yes\. They were separate events/,
    );
    expect(ask("was brown's meeting with liu part of the washington talks").text).toMatch(
      /^No\. They were separate events/,
    );
  });

  it('does not confirm an outcome the article gives only as a purpose ("to prevent ...")', () => {
    const reply = ask('did the talks prevent conflict');
    expect(reply.answered).toBe(false);
  });

  it('reads "after they happened" as no other event to date the claim by', () => {
    expect(ask('did the talks actually stop any conflict after they happened').answered).toBe(false);
  });
});

describe('who did what, by the verb that carries the question', () => {
  it('weighs a light verb ("get ... going") less than the verb of the act ("agreed")', () => {
    expect(ask('who agreed to get the military talks going again').text).toMatch(/^Joe Biden and Xi Jinping/);
  });
});

describe('claims with a place, a country or a description', () => {
  it('corrects a trip to a country the article never names', () => {
    expect(ask('pelosi went to japan right').text).toMatch(/^No\. It took place in Taiwan/);
    expect(ask('did pelosi visit japan?').text).toMatch(/^No\. It took place in Taiwan/);
  });

  it("counts talking to a country's general as talking to that country", () => {
    expect(ask('did brown meet a chinese general').text).toMatch(/^Yes\. General Charles Q\. Brown met/);
    expect(ask('did the joint chiefs guy talk to china too').text).toMatch(/^Yes\./);
  });

  it('checks a statement about "this" with a question mark as a claim', () => {
    expect(ask('this was the 16th round?').text).toMatch(/^No\. It was the 17th round/);
  });
});

describe('claims as members put them', () => {
  it('checks "soon" against what the article reports as coming, and an order with "come after"', () => {
    expect(ask('taiwan has elections soon?').text).toMatch(/^Yes\. .*this weekend/);
    expect(ask("so the biden xi agreement came after pelosi's trip?").text).toMatch(/^Yes\./);
  });

  it('says no to "only" one of the things the article lists, and to "confirmed" of what it calls alleged', () => {
    expect(ask('is taiwan only voting for parliament').text).toMatch(
      /^No\. .*presidential and parliamentary/,
    );
    expect(ask('was the balloon a confirmed chinese spy balloon or what').text).toMatch(/^No\./);
  });

  it('leaves a claim about what will happen unsettled', () => {
    expect(ask('will brown and liu meet in person soon').answered).toBe(false);
  });
});

describe('the doer of an event, wherever the claim names it', () => {
  it('reads the event from its verb, not from a noun for it named first', () => {
    expect(
      ask('my friend said the balloon thing was china shooting down a us balloon, that right?').text,
    ).toMatch(/^No\. The U\.S\. downed/);
  });

  it('describes a person by their own rank or title, not by a rank their description gives someone else', () => {
    expect(ask('who did the us top general meet').text).toMatch(/^General Charles Q\. Brown met/);
  });
});

describe('claims about a time after the article', () => {
  it('says nothing of a later year the article reports nothing for, and checks one it does', () => {
    expect(ask('are us china military ties fully fixed now in 2025 or whatever').text).toMatch(
      /reports nothing for 2025/,
    );
    expect(ask('will the talks resume in 2025').answered).toBe(false);
    expect(ask('will taiwan vote this weekend').text).toMatch(/^Yes\./);
  });
});

describe('honorifics and "back then"', () => {
  it('checks "is <person> a dr?" against the honorific the article gives the name', () => {
    expect(ask('wait is chase a dr??').text).toBe('Yes. The article calls Michael Chase "Dr. Chase".');
    expect(ask('is chase a doctor').text).toMatch(/^Yes\./);
    const song = ask('is song a dr');
    expect(song.text).not.toMatch(/^(Yes|No)\b/);
  });

  it('reads "back then" as when, and a stop word beside a name as no misspelt name', () => {
    expect(ask('was pelosi house speaker back then').text).toMatch(/^Yes\./);
  });
});

describe('what someone said about a topic', () => {
  it('answers only with what was said about the topic asked, and names the one asked about', () => {
    const polls = ask('wut did china say about the taiwan polls');
    expect(polls.answered).toBe(false);
    expect(polls.text).toMatch(/doesn't say what Beijing said about the taiwan polls/);
    expect(ask('what did chase say about communication').text).toMatch(/^Michael Chase emphasised/);
    expect(ask("what did song think of chase's point about open comms").answered).toBe(false);
  });
});

describe('claims that something is done', () => {
  it('says no with the sentence that reports it still under way, however the claim is put', () => {
    for (const q of [
      'is the military dialogue fully back to normal now?',
      'so is everything fixed between the two militaries now or nah',
      'did us officials say the military dialogue is fully back to normal now',
    ])
      expect(ask(q).text, q).toMatch(
        /^No\. The article reports it as still under way: "While there has been some progress/,
      );
  });
});

describe('who met whom, when the article reports someone meeting nobody', () => {
  it('does not say no to a meeting of someone the article reports meeting nobody', () => {
    const a = ask('did biden personally meet song yanchao');
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(/doesn't say that Joe Biden met anyone/);
    // Two people each reported meeting someone else: the article's meetings answer it.
    expect(ask('did chase meet liu').text).toMatch(/^No\. Michael Chase met Major General Song Yanchao/);
    // A meeting named outright is answered by who held it.
    expect(ask('did biden meet xi at these military talks in washington').text).toMatch(/^No\./);
  });

  it('does not read a plural noun as the adjective an antonym pair holds ("officials" is no "official")', () => {
    expect(ask('were any taiwanese officials at the washington talks').answered).toBe(false);
  });
});

describe('a state claimed against the word the article uses', () => {
  it('says no to "confirmed" of what the article calls alleged, however the claim is put', () => {
    for (const q of [
      'is it confirmed the balloon was a chinese spy balloon?',
      'so the balloon was 100% confirmed a chinese spy balloon?',
    ])
      expect(ask(q).text, q).toMatch(/^No\. The article says "alleged"/);
  });

  it('does not take the place an event ended in as contradicting where it began', () => {
    expect(ask('did the talks begin in washington').text).not.toMatch(/^No\./);
  });
});

describe("a title claimed as someone's title", () => {
  it('checks the title claimed after "<name>\'s title is", not the words for it', () => {
    for (const q of ["is chase's title deputy assistant secretary", "is song's rank major general"])
      expect(ask(q).verdict, q).toBe('yes');
    expect(ask("is song's rank lieutenant general").verdict).toBe('no');
  });

  it("checks the places claimed for a title's scope", () => {
    expect(ask("chase's title is china, taiwan and korea right").text).toMatch(/^No\. .*Mongolia/);
    expect(ask("chase's title is china, taiwan and mongolia right").verdict).toBe('yes');
  });
});

describe('someone else claimed to have taken part', () => {
  it("says who the article names there when the event's own sentence does not", () => {
    const reply = ask('the chinese side in dc was led by liu zhenli yeah?');
    expect(reply.text).toMatch(/^No\./);
    expect(reply.text).toMatch(/It names Michael Chase and Major General Song Yanchao taking part/);
  });
});

describe('a rank claimed of whoever took part for a side', () => {
  it('checks it against the one person the article names for that side', () => {
    expect(ask('the chinese side at the talks was led by an admiral right').text).toMatch(
      /^No\. Song Yanchao is a Chinese Major General/,
    );
    expect(ask('was the chinese side at the talks led by a general').text).toMatch(/^Yes\./);
    expect(ask('did an admiral lead the us side at the talks').text).toMatch(
      /^No\. The article gives Michael Chase no military rank/,
    );
  });
});

describe('claims about who did it, typed in lower case', () => {
  it('reads a word joined by "and" to a person as a name, and corrects it', () => {
    for (const q of [
      'trump and xi agreed to restart the dialogue?',
      'did trump and xi agree to restart dialogue',
    ])
      expect(ask(q).text, q).toMatch(
        /^No\. U\.S\. President Joe Biden and Chinese President Xi Jinping agreed/,
      );
  });

  it('does not read the day of a date as a claimed number', () => {
    expect(ask('the talks ended jan 9?').text).toMatch(/^Yes\./);
  });
});

describe('the places an office covers', () => {
  it('checks places claimed after a word of covering against the places the title is for', () => {
    expect(ask('chase covers mongolia too??').text).toMatch(/^Yes\./);
    expect(ask('is chase responsible for mongolia').text).toMatch(/^Yes\./);
    expect(ask('does chase oversee japan').text).toMatch(/^No\./);
    expect(ask('chase covers china, taiwan and japan?').text).toMatch(/^No\./);
  });

  it('answers which places with the places the title is for', () => {
    expect(ask('which countries does chase handle').text).toMatch(
      /^China, Taiwan, and Mongolia: Michael Chase/,
    );
  });
});

describe('an order claimed of an event the article gives no date', () => {
  it('settles it only by a link the article states, and never says yes to an order it does not give', () => {
    const balloon = ask('did china sever dialogue after the balloon');
    expect(balloon.answered).toBe(false);
    expect(balloon.text).toMatch(/in response to Pelosi's visit/);
    expect(ask("did beijing cut off talks after pelosi's visit").text).toMatch(/^Yes\./);
    // The doer named is checked first.
    expect(ask("i heard it was the US that severed the dialogue after pelosi's trip").text).toMatch(
      /^No\. Beijing/,
    );
  });

  it('reads the act before "after" as the claim, even when wink tags it a noun', () => {
    expect(ask('did the us freeze talks after pelosi went to taiwan').text).toMatch(/^No\. Beijing severed/);
  });
});

describe('what a meeting covered', () => {
  it('answers from the topics the article lists, and never from a sentence that merely names the thing', () => {
    // (<a place> is in an official's title in the sentence that reports the discussions: no topic of them.)
    for (const q of ['was taiwan discussed', 'was taiwan a topic', 'did the talks cover the balloon']) {
      const a = ask(q);
      expect(a.answered, q).toBe(false);
      expect(a.text, q).toMatch(
        /covered that; it says the two sides delved into U\.S\.-PRC defense relations/,
      );
    }
    expect(ask('so basically the talks were about keeping lines open so things dont blow up?').text).toMatch(
      /^Yes\. .*open lines of military communication/,
    );
    expect(ask('were defense relations discussed').text).toMatch(
      /^Yes\. The 17th round .* covered U\.S\.-PRC defense relations/,
    );
    expect(ask('did chase and song discuss open communication lines').text).toMatch(
      /^Yes\. .*open lines of military communication/,
    );
  });
});

describe('a cause claimed with someone else as its doer', () => {
  it('says "No" with the article\'s cause when another person is put in the place of whoever did it', () => {
    expect(ask('so china cut ties bc biden went to taiwan?').text).toBe(
      "No. Beijing severed diplomatic dialogue in response to Pelosi's visit to Taiwan.",
    );
    expect(ask('did china cut ties because pelosi went to taiwan').text).toMatch(/^Yes\./);
  });
});

describe('a cause claimed between two events', () => {
  it("answers with the article's link when one event followed the other, and refuses a link it never makes", () => {
    for (const q of [
      'did these talks happen bc of something biden and xi agreed on',
      'were the talks a result of what biden and xi agreed',
    ])
      expect(ask(q).text, q).toBe(
        'Yes. The article says the talks follow the Biden-Xi agreement to restart diplomatic dialogue.',
      );
    // (That the other event happened is no "Yes.": the link is what is claimed.)
    const balloon = ask('did the talks happen because of the balloon');
    expect(balloon.answered).toBe(false);
    expect(balloon.text).toMatch(
      /^The article doesn't say that the 17th round .* happened because of the U\.S\. downing/,
    );
    // ("led the side" claims no cause.)
    expect(ask('was it the pentagon chief who led the us side').text).not.toMatch(/because of/);
  });
});

describe('what someone said, claimed the other way round', () => {
  it('says no, with their words, to a claim using the opposite of a word they used or denying what they stressed', () => {
    for (const q of [
      'chase said comms should be cut to avoid conflict, right?',
      'did chase say communication lines should be closed?',
      'lol so chase said military comm channels dont really matter',
    ])
      expect(ask(q).text, q).toBe(
        'No. Michael Chase emphasised the critical need for open lines of military communication to prevent potential competition from escalating into conflict.',
      );
    expect(ask('did chase say communication should be open?').text).toMatch(/^Yes\. /);
  });
});

describe('a title claimed of someone described', () => {
  it('reads the title after "<the one described> at the <event>", not the event\'s sentence', () => {
    for (const q of [
      'the pentagon official in the talks was the secretary of defense himself right?',
      'was the us official at the talks the secretary of defense?',
    ])
      expect(ask(q).text, q).toMatch(/^No\. .*Michael Chase .*deputy assistant secretary of defense/);
    expect(ask('was the chinese general at the talks a major general?').text).toBe(
      'Yes. Song Yanchao is a Major General.',
    );
  });
});

describe('what a meeting was about', () => {
  it('says no to a subject the article never mentions, with what the meeting covered', () => {
    for (const q of ['the talks r about trade right', 'were the talks about tariffs?'])
      expect(ask(q).text, q).toMatch(
        /^No\. The 17th round .* covered U\.S\.-PRC defense relations and .*; the article never mentions (trade|tariffs)\.$/,
      );
    expect(ask('were the talks about defense relations?').text).toMatch(/^Yes\. /);
    // (A word the article uses elsewhere is no "No": it does not say.)
    const elsewhere = ask('were the talks about stability?');
    expect(elsewhere.answered).toBe(false);
    expect(elsewhere.text).toMatch(/^The article doesn't say .* was about that; it says it covered /);
  });
});

describe('what the article calls something', () => {
  it('checks the words the article uses for a thing or a person', () => {
    expect(ask('does the article call the talks a significant step or nah').text).toMatch(
      /^Yes\. The article calls the 17th round .* a significant step/,
    );
    expect(ask('does the article call chase doctor').text).toBe(
      'Yes. The article calls Michael Chase "Dr. Chase".',
    );
    expect(ask('does the article call the talks historic').answered).toBe(false);
  });
});

describe('the department a title names', () => {
  it('settles "is <person> with the <X> dept" from "secretary of <Y>" in the title', () => {
    for (const q of ['is chase with the state dept?', 'is chase part of the department of state'])
      expect(ask(q).text, q).toMatch(
        /^No\. Michael Chase is the U\.S\. deputy assistant secretary of defense/,
      );
    for (const q of ['does chase work for the defense department', 'is chase at the defence ministry'])
      expect(ask(q).text, q).toMatch(/^Yes\. Michael Chase is/);
  });

  it('settles it from the body a title of no field names ("deputy director of the <X> office")', () => {
    expect(ask('song yanchao works in the chinese foreign ministry right').text).toMatch(
      /^No\. Song Yanchao is a Chinese Major General, deputy director of the central military commission office/,
    );
  });

  it('answers which department someone is in from the title, or the body it names', () => {
    for (const q of ['the us guy at the talks, what department is he in', 'which dept does chase work for'])
      expect(ask(q).text, q).toMatch(/^Defense: Michael Chase is/);
    expect(ask('what department is song in').text).toMatch(
      /^The central military commission office for international military cooperation: Song Yanchao is/,
    );
    expect(ask('what department is brown in').text).toMatch(/^The Joint Chiefs of Staff: /);
    // (A title that names neither: the article does not say.)
    expect(ask('which dept is pelosi in').answered).toBe(false);
  });
});

describe('a journey to a meeting held virtually', () => {
  it('says it was virtual, for a trip the article never reports, rather than who met whom', () => {
    for (const q of [
      'so brown flew out to beijing to meet liu in person?',
      'liu zhenli flew to dc and met brown in person right',
      'did brown meet liu in beijing',
    ])
      expect(ask(q).text, q).toMatch(/^No\. It was a virtual meeting: /);
  });
});

describe('war, the future, and coming to where an event was', () => {
  it('does not read a war as the disputes the article reports, and a war to come is the future', () => {
    for (const q of [
      'is there a war between the us and china',
      'is there gonna be a war between the us and china',
    ]) {
      expect(ask(q).text, q).not.toMatch(/^Yes/);
      expect(ask(q).answered, q).toBe(false);
    }
    expect(ask('are taiwan and china having a war of words rn').text).toMatch(/^Yes\. .*war of words/);
  });

  it('gives no verdict on what will happen after an event the article names only to date the claim', () => {
    const drills = ask('will china hold military drills after the taiwan vote');
    expect(drills.answered).toBe(false);
    expect(drills.text).toMatch(/^The article doesn't say what will happen/);
    // (An event it reports as coming is still checked, whatever it is dated by.)
    expect(ask('will the polls happen after the talks').text).toMatch(/^Yes\./);
  });

  it('answers a future that someone in the article foresees, from what they said', () => {
    const reply = ask('will it take time to develop functional dialogue?');
    expect(reply.text).toMatch(/^Yes\. U\.S\. officials cautioned that developing truly functional dialogue/);
    expect(reply.citations.length).toBe(1);
  });

  it('says a participant came to the place an in-person event was held, and why it says so', () => {
    for (const q of [
      'did song yanchao come to washington',
      'did song travel to washington',
      'did song visit washington',
    ])
      expect(ask(q).text, q).toMatch(/^Yes\. Song Yanchao took part in .*, held in Washington/);
    expect(ask('did liu come to washington').text).not.toMatch(/^Yes/);
  });
});

describe('a time before the event in view', () => {
  it('does not answer "has he been to <place> before this" with the event itself', () => {
    const chat = conversations(engine, 'before-this');
    const reply = chat('tell me about song', 'has he been to the us before this');
    expect(reply.answered).toBe(false);
    expect(reply.text).toMatch(/^The article doesn't say whether that happened before then/);
    expect(ask('did pelosi visit taiwan before this').text).toMatch(/^Yes\./);
  });
});

describe('the days of a dated span, worked out', () => {
  it('checks a first day claimed of a two-day event against the day it ended, and says it worked it out', () => {
    const reply = ask('so the talks started jan 8 right if it was 2 days ending jan 9');
    expect(reply.text).toMatch(/^Yes\. .*so the first day was Jan 8 \(worked out from the dates\)/);
    expect(ask('did the talks begin on jan 9').text).toMatch(/^No\. .*first day was Jan 8/);
    expect(ask('did the talks end on jan 8?').text).toMatch(/^No\. /);
  });

  it('checks "on a weekend" against the weekdays of the days the article dates', () => {
    expect(ask('did the talks happen on a weekend').text).toMatch(/^No\. .*a Monday and a Tuesday/);
    expect(ask('did taiwan vote on a weekend').text).toMatch(/^Yes\./);
  });
});

describe('what a side is claimed to have said', () => {
  it("gives what that side is reported to have said on the claim's subject, in their words, with no verdict", () => {
    const reply = ask("did anyone from the us say it'll take a while to get good dialogue going");
    expect(reply.text).toMatch(
      /^What the article reports: U\.S\. officials cautioned that developing truly functional dialogue/,
    );
    expect(reply.verdict).toBeUndefined();
    expect(ask('did china say the talks were useless').answered).toBe(false);
  });

  it('does not confirm a saying from a sentence where nobody says it', () => {
    const reply = ask('did us officials say the balloon was a spy');
    expect(reply.answered).toBe(false);
    expect(reply.text).not.toMatch(/^Yes/);
  });
});

describe('what someone said, claimed in other words', () => {
  it('confirms only a claim in their words, and gives their words for one in others', () => {
    expect(ask('did pentagon officials say communication channels are crucial').text).toMatch(
      /^Yes\. Pentagon officials/,
    );
    const reply = ask("did us officials say it'll take time to get real dialogue going");
    expect(reply.text).toMatch(/^What the article reports: U\.S\. officials cautioned/);
    expect(reply.verdict).toBeUndefined();
  });

  it('reads "claim <a place> as its own" as a claim of sovereignty', () => {
    expect(ask('does china claim taiwan as its own').text).toMatch(
      /^Yes\. Beijing claims sovereignty over Taiwan/,
    );
  });
});

describe('a name the article never uses, typed in lower case as the subject', () => {
  it('corrects who did it, and leaves a country the article never names alone', () => {
    expect(ask('did trump agree w xi to restart the talks').text).toMatch(
      /^No\. U\.S\. President Joe Biden and Chinese President Xi Jinping agreed/,
    );
    expect(ask('did russia come up at all in the talks').answered).toBe(false);
  });
});

describe('certainty claimed of what the article calls alleged', () => {
  it('answers "definitely a <thing>" with the article\'s "alleged", but not of another word of the claim', () => {
    for (const q of [
      'was the balloon definitely a spy balloon?',
      'was it actually a spy balloon',
      // (A clipped "def" that wink reads as a noun; "proven", a word the article never uses, is the claim's.)
      'was it def a spy balloon tho',
      'was the balloon actually proven to be spying',
    ])
      expect(ask(q).text, q).toMatch(/^No\. The article says "alleged"/);
    expect(ask('was the balloon definitely downed').text).not.toMatch(/alleged"/);
  });
});

describe('how things stand, and what someone never quoted said', () => {
  it('reads "ok" and "chill" as good standing, which the strained relationship is not', () => {
    for (const q of [
      'is the us china relationship ok now according to this',
      'so are us china relations chill now according to this',
    ])
      expect(ask(q).text, q).toMatch(
        /^No\. The relationship between Washington and Beijing remains strained/,
      );
  });

  it('refuses "did <person> comment on <X>" of someone the article never quotes', () => {
    const reply = ask('did pelosi comment on these talks');
    expect(reply.answered).toBe(false);
    expect(reply.text).toMatch(/doesn't say what Nancy Pelosi said/);
  });
});

describe('a dispute claimed between two parties', () => {
  it('checks both as its parties, and names those the article gives when they differ', () => {
    const reply = ask("is there a 'war of words' between the us and taiwan?");
    expect(reply.text).toMatch(/^No\. Taiwan and China are locked in an ongoing war of words/);
    expect(ask('is there a war of words between taiwan and china').text).toMatch(/^Yes\./);
  });
});

describe('a dispute claimed to be the only one', () => {
  it('lists the others the article gives', () => {
    expect(ask('is the south china sea the only dispute they mention').text).toMatch(
      /^No\. The article also lists others: Washington and Beijing are in dispute over Taiwan's future/,
    );
  });
});

describe('a rank claimed of someone described with the city they were in', () => {
  it('reads the city as part of the description, not as a claim', () => {
    expect(ask('so the chinese general in dc is a full general?').text).toMatch(
      /^No\. Song Yanchao(?: is a Chinese|'s rank is) Major General/,
    );
  });
});

describe('the first since a date', () => {
  it('gives no verdict on whether an event was the first since a date, and reads "since" as no claimed date', () => {
    const reply = ask('was brown-liu the first call between the top generals since 2022');
    expect(reply.answered).toBe(false);
    expect(reply.text).toMatch(/^The article doesn't say whether it was the first/);
    expect(ask('was the brown liu call in 2022').text).toMatch(/^No\. It was last month/);
  });
});

describe('choices and claims that a "Yes" must not answer', () => {
  it('gives no verdict to "before or after <B>?" when it cannot tell what is asked about', () => {
    const a = ask('was it before or after the talks');
    expect(a.answered).toBe(false);
    expect(a.text).not.toMatch(/^(Yes|No)\b/);
  });

  it('checks the claim in "<someone> says <claim>, does the article agree / is he right?"', () => {
    expect(ask('my friend says the talks were in beijing, is he right?').text).toMatch(
      /^No\. It took place in Washington/,
    );
    expect(ask('my cousin says the talks were held in washington, does the article agree?').text).toMatch(
      /^Yes\./,
    );
    // (The check tail is not a question of its own: "agree" is no question about an agreement.)
    expect(
      ask('my uncle says china never talks to the us military at all, does the article agree?').text,
    ).not.toMatch(/^Yes\./);
  });
});

describe('claims put as "does the article say", and other events set aside first', () => {
  it('checks the claim after "does the article say"', () => {
    expect(ask('does the article say chase is a doctor or smth').text).toMatch(
      /^Yes\. The article calls Michael Chase "Dr\. Chase"/,
    );
    expect(ask('does the article say the talks were in beijing').text).toMatch(
      /^No\. It took place in Washington/,
    );
  });

  it('reads "besides <X>, was there another <event>?" and "any other <event> besides <X>?" alike', () => {
    for (const q of [
      'besides the dc talks was there another mil meeting?',
      'besides the washington talks, any other meetings?',
      'any other meeting besides the washington one?',
    ])
      expect(ask(q).text, q).toMatch(/^Yes\. General Charles Q\. Brown met his Chinese counterpart/);
  });
});

describe('dates claimed within a coarser date, and months that are no places', () => {
  it('gives no verdict on a month claimed for something dated only "late last year"', () => {
    const a = ask('was the biden-xi agreement in november?');
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(/it says late last year/);
    expect(ask('did biden and xi agree in june').text).toMatch(/^No\. It was late last year/);
    // (A day within a span given by days is still a day of it.)
    expect(ask('did the talks end on jan 9').text).toMatch(/^Yes\./);
  });

  it('reads "in <a month>" as a date, never as a place', () => {
    expect(ask('were the talks in january').text).toMatch(/^Yes\./);
    expect(ask('were the talks in february').text).toMatch(/^No\. It was Jan\. 8-9, 2024/);
  });

  it('answers whether someone held a "then-" title as of the article', () => {
    for (const q of [
      'was pelosi still speaker when this article was written',
      'was pelosi speaker at the time of the article',
    ])
      expect(ask(q).text, q).toMatch(/^No\. The article calls Nancy Pelosi the then-House Speaker/);
    expect(ask('was pelosi speaker').text).toMatch(/^Yes\./);
  });
});

describe('months and seasons claimed without a year', () => {
  it('checks them against the month of the year the event was in', () => {
    expect(ask('did pelosi visit in august').text).toMatch(/^Yes\./);
    expect(ask('did pelosi visit in july').text).toMatch(/^No\. It was August 2022/);
    expect(ask("was pelosi's visit in summer or winter").text).toMatch(/^Summer: /);
    expect(ask('biden n xi made the deal this past summer right').text).toMatch(
      /^No\. It was late last year/,
    );
  });
});

describe('two events in the same unit of time, and premises without a comma', () => {
  it('compares the dates at the unit asked, or a coarser one that already tells them apart', () => {
    for (const q of [
      'was the brown meeting in the same month as the dc talks',
      'were the brown meeting and the dc talks on the same day',
    ])
      expect(ask(q).text, q).toMatch(/^No\. .*December 2023/);
    expect(ask("did the balloon and pelosi's visit happen the same year").text).toMatch(
      /^No\. Nancy Pelosi's visit to Taiwan: August 2022; .*February 2023/,
    );
  });

  it('reads "if <premise> <claim>?" with no comma as the claim', () => {
    expect(ask('if the talks ended tuesday they started monday?').text).toMatch(
      /^Yes\. .*Jan 8 was a Monday/,
    );
    expect(ask('if they wrapped up on the 9th and it was 2 days, what day did it start?').text).toMatch(
      /^Monday, Jan\. 8, 2024/,
    );
  });

  it("reads someone's chat as a meeting", () => {
    expect(ask("was brown's chat part of the dc talks?").text).toMatch(/^No\. They were separate events/);
  });
});

describe('whether the article brings something up, and whom someone works for', () => {
  it('reads "does the article bring up <X> at all" as whether it names <X>', () => {
    expect(ask('does the article bring up the spy balloon at all').text).toMatch(
      /^Yes\. The article mentions the U\.S\. downing/,
    );
    expect(ask('does the article talk about trade').answered).toBe(false);
  });

  it('finds a thing by a word its event is known by, and reads "somewhere" as asking nothing of a place', () => {
    for (const q of ['is there a vote coming up', 'is voting mentioned anywhere']) {
      expect(ask(q).text, q).toMatch(/^Yes\. .*presidential and parliamentary polls this weekend/);
    }
    expect(ask('is there an election somewhere coming up in this').text).toMatch(
      /^Yes\. Taiwan is conducting/,
    );
    expect(ask('is the army mentioned').answered).toBe(false);
  });

  it('checks "does <A> work for <a body>" against the body the title names', () => {
    for (const q of [
      'song works for the central military commission?',
      'does song work for the central military commission',
    ])
      expect(ask(q).text, q).toMatch(/^Yes\. Song Yanchao is .*central military commission/);
  });
});

describe('topics and counts the article does not give', () => {
  it('gives no verdict on whether a place it never names came up', () => {
    for (const q of [
      'did ukraine come up in the talks',
      'was ukraine discussed',
      'did they discuss ukraine',
    ]) {
      const a = ask(q);
      expect(a.answered, q).toBe(false);
      expect(a.text, q).not.toMatch(/^No\b/);
    }
  });

  it("does not answer someone's first trip with a round's number", () => {
    const a = ask("was this song's first trip to the us");
    expect(a.answered).toBe(false);
    expect(a.text).not.toMatch(/17th round and/);
  });
});

describe('a date claimed of something the article does not date', () => {
  it('gives no verdict, and says what the article does give', () => {
    for (const q of ['did china cut off dialogue in 2023', 'did beijing sever dialogue in august 2022']) {
      const reply = ask(q);
      expect(reply.answered, q).toBe(false);
      expect(reply.text, q).toMatch(
        /^The article doesn't say when that happened\. It does say that Beijing severed/,
      );
    }
  });

  it('rules out only a date before what it came in response to', () => {
    expect(ask('did china cut off dialogue in 2021').text).toMatch(
      /^No\. It came after Nancy Pelosi's visit to Taiwan \(August 2022\)/,
    );
  });
});

describe('who hosted, worked out from where it was held', () => {
  it('says yes to the country or city it was held in, no to another, and nothing of a body of the host', () => {
    expect(ask('did china host the talks').text).toMatch(
      /^No\. The 17th round .* took place in Washington, in the United States \(the host worked out/,
    );
    expect(ask('so beijing hosted this round?').verdict).toBe('no');
    expect(ask('did the us host the talks').verdict).toBe('yes');
    expect(ask('did washington host the talks').verdict).toBe('yes');
    expect(ask('did the pentagon host the talks').answered).toBe(false);
    expect(ask('did china host the virtual meeting').answered).toBe(false);
  });
});

describe('a claim of a doing the event is not', () => {
  it('does not deny that a country reacted to or commented on talks it was not at', () => {
    for (const q of ["did taiwan's govt react to the us-china talks", 'did taiwan comment on the talks']) {
      const reply = ask(q);
      expect(reply.answered, q).toBe(false);
      expect(reply.text, q).toMatch(/^The article doesn't say that\./);
    }
    expect(ask('did china comment on the talks').answered).toBe(false);
  });
  it('still corrects who did the act', () => {
    expect(ask('the us cut off mil talks after pelosi went, right?').text).toMatch(/^No\. Beijing severed/);
  });
});

describe('an office claimed of who did something', () => {
  it('says no when the people of the event hold other offices, naming them', () => {
    for (const q of [
      'so the deal to restart dialogue was made by the two defense ministers?',
      'did the defense ministers agree to restart dialogue',
    ])
      expect(ask(q).text, q).toMatch(/^No\. It was Joe Biden and Xi Jinping: U\.S\. President Joe Biden/);
    expect(ask('did a senator visit taiwan').text).toMatch(/^No\. It was Nancy Pelosi: /);
  });
  it('leaves a word any of them may be called ("the leaders") to the usual check', () => {
    expect(ask('did the leaders agree to restart dialogue').text).toMatch(/^Yes\./);
  });
});

describe('an office claimed of one side', () => {
  it("names that side's person, and leaves 'did any <office> attend' unanswered", () => {
    expect(ask('i heard it was the chinese defense minister who came to dc, true?').text).toMatch(
      /^No\. It was Major General Song Yanchao: /,
    );
    expect(ask('did any navy admirals sit in on the talks').answered).toBe(false);
  });
  it('does not say an office-holder of that side was not there: it names who took part, not everyone present', () => {
    const a = ask("was china's defense minister at the talks");
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(
      /^The article doesn't say whether anyone holding that office was there: it names Major General Song Yanchao/,
    );
  });
});

describe('two meetings claimed at once', () => {
  it('says yes when each pair named met, and no when the pairs are crossed', () => {
    expect(ask('so chase met song and brown met liu, right?').text).toMatch(
      /^Yes\. Michael Chase met Major General Song Yanchao \(.*\); Charles Q\. Brown met General Liu Zhenli/,
    );
    expect(ask('chase met liu and brown met song right?').text).toMatch(
      /^No\. Michael Chase met Major General Song/,
    );
  });
});

describe('claims about another occurrence and about rank words', () => {
  it('says the article reports no other round for "was the previous round / the one before held in <city>"', () => {
    for (const q of ['was the previous round held in beijing', 'was the one before held in beijing']) {
      const reply = ask(q);
      expect(reply.answered, q).toBe(false);
      expect(reply.text, q).toMatch(/^The article doesn't say anything about another round/);
    }
  });
  it('reads "top" or "senior" before a plural of people as describing them, not one of them', () => {
    expect(ask('did the top generals talk').text).toMatch(/^Yes\. General Charles Q\. Brown met/);
    // ("the top <demonym> general" picks out one person, who may be someone else.)
    expect(ask('was the top chinese general at the washington talks').text).not.toMatch(/^Yes/);
  });
  it('counts "this one" as no number ("was the 17th round the one in washington")', () => {
    expect(ask('was the 17th round the one in washington').text).not.toMatch(/^No/);
  });
});

describe("claims about someone's words", () => {
  it("gives their words, without a verdict, for a claim in other words; says the article doesn't report one off their topic", () => {
    for (const q of [
      'so chase basically said comms help stop competition turning into war?',
      'did chase say competition between the us and china should end?',
    ]) {
      expect(ask(q).text, q).toMatch(/^What the article reports: Michael Chase emphasised/);
    }
    const off = ask('did chase say the talks ended on tuesday');
    expect(off.answered).toBe(false);
    expect(off.text).toMatch(/^The article doesn't say that Michael Chase said that\. It does say/);
    // (Whether they spoke of something, or what is said of their words, keeps its "Yes.")
    expect(ask('did chase say anything about stability?').text).toMatch(/^Yes\. .*maintaining stability/);
    expect(ask('is the stuff chase said tied to any bigger goal').text).toMatch(/^Yes\. .*broader goal/);
  });
});

describe('claims in chat forms', () => {
  it('reads "do <A> and <B> disagree on <X>" as a dispute the article lists', () => {
    expect(ask('is taiwan one of the things the us and china disagree on').text).toMatch(
      /^Yes\. Washington and Beijing are in dispute over Taiwan's future/,
    );
    expect(ask('do the us and china disagree on the weather').text).not.toMatch(/^Yes/);
  });
  it('reads "the whole reason <X> was <Y>" as "<X> because of <Y>"', () => {
    expect(ask('so the whole reason mil ties were frozen was a taiwan visit?').text).toMatch(/^Yes\./);
    expect(ask('the reason beijing cut off talks was the balloon?').text).toMatch(/^No\./);
  });
  it("checks a claim with no subject, first in a conversation, against the article's news", () => {
    expect(ask('ended on monday right').text).toMatch(/^No\. Tuesday, Jan\. 9, 2024/);
  });
  it('takes the whole noun phrase after "a" as the first alternative ("a full <title> or deputy")', () => {
    expect(ask('is chase a full assistant secretary or deputy').text).toMatch(/^Deputy: Michael Chase/);
  });
  it('checks "was she <title> at the time" of the person the pronoun stands for', () => {
    const reply = conversations(sharedEngine(), 'title-then')(
      'when did pelosi visit taiwan',
      'was she speaker at the time',
    );
    expect(reply.text).toMatch(/^Yes\. Nancy Pelosi is the then-House Speaker/);
  });
});

describe('claims between people the article names, about a doing it never reports', () => {
  it('says the article does not say, instead of "No." with who met whom', () => {
    const reply = ask('was song ordered by xi');
    expect(reply.answered).toBe(false);
    expect(reply.text).toMatch(/^The article doesn't say that\./);
    expect(ask('did chase meet liu').text).toMatch(/^No\. Michael Chase met Major General Song Yanchao/);
  });
  it('asks a question after a remark of the one person the remark names, and "who do you mean" of two', () => {
    expect(ask('article calls him dr chase, is he a doctor or smth').text).toMatch(
      /^Yes\. The article calls Michael Chase "Dr\. Chase"/,
    );
    expect(ask('so chase met song, is he chinese').text).toMatch(/^Who do you mean\?/);
    // (Not when the lead is a question or a description of its own.)
    expect(ask('why did song agree to come to dc, was he ordered by xi').text).not.toMatch(/^(Yes|No)\b/);
    expect(ask('wait the chinese guy chase met, was he their defence minister?').text).not.toMatch(
      /Michael Chase the/,
    );
  });
  it('reads "is <X> already here?" as a claim that it is done, with the question mark', () => {
    expect(ask('us officials said truly functional dialogue is already here?').text).toMatch(
      /^No\. The article reports it as still under way/,
    );
  });
});

describe('being at an event, claimed of someone the article never puts there', () => {
  it('says the article names who took part, not that no one else did', () => {
    for (const q of ['did lloyd austin go to these talks', 'did anyone from taiwan sit in on the talks']) {
      const reply = ask(q);
      expect(reply.answered, q).toBe(false);
      expect(reply.text, q).toMatch(
        /^The article doesn't say that anyone else took part; .* it names Michael Chase/,
      );
    }
    // (Of someone it has doing something else, that is the answer.)
    expect(ask('did brown attend the talks').text).toMatch(/^No\. Charles Q\. Brown met General Liu Zhenli/);
  });
});

describe('only some of what a title covers, and an office named by two words', () => {
  it('says "No" to "just <one place>" of a title that covers others, naming them', () => {
    for (const q of ["so is chase's office just china", 'does chase only cover china'])
      expect(ask(q).text, q).toMatch(/^No\. It also covers Taiwan and Mongolia: Michael Chase/);
    expect(ask('does chase cover taiwan').text).toMatch(/^Yes\./);
  });
  it('does not find "the defense secretary" in a deputy assistant secretary of defense', () => {
    const reply = ask('is the defense secretary mentioned by name');
    expect(reply.answered).toBe(false);
    expect(ask('is the defense secretary mentioned').text).not.toMatch(/^Yes/);
  });
});

describe('claims in chat words about who was sent, how sure, and how things stand', () => {
  it('reads "did <a country> send a <rank or kind>" as asking of the one it sent', () => {
    expect(ask('did china send a general or a diplomat').text).toMatch(
      /^A general: Song Yanchao is a Major General/,
    );
    expect(ask('did the us send a general').text).toMatch(
      /^No\. The article gives Michael Chase no military rank/,
    );
  });

  it('reads "100%" as "definitely", against what the article calls alleged', () => {
    expect(ask('the article says the balloon was 100% a chinese spy balloon right').text).toMatch(
      /^No\. The article says "alleged"/,
    );
  });

  it('reads "<things> matter" as their being important, and vague "stuff" as asking nothing more', () => {
    expect(ask('do the pentagon ppl think these comms channels matter').text).toMatch(
      /^Yes\. Pentagon officials/,
    );
    expect(
      ask('wait so the us and china actually sat down n talked military stuff in washington?').text,
    ).toMatch(/^Yes\. /);
  });

  it('checks "is everything fixed" of the whole story against the one sentence reporting it under way', () => {
    for (const q of [
      'so is everything fixed now?',
      'is everything resolved between the us and china',
      'so its all fixed?',
      'are things sorted between them',
    ])
      expect(ask(q).text, q).toMatch(/^No\. The article reports it as still under way/);
  });
});

describe('who did it, where someone went, and what an event is called', () => {
  it('says "No." to a doer put as a capital for its government ("cut by <a capital> after <X>")', () => {
    expect(ask('was the dialogue cut by washington after the pelosi trip?').text).toMatch(
      /^No\. Beijing severed/,
    );
    expect(ask('was the dialogue cut by beijing after the pelosi trip?').text).toMatch(
      /^Yes\. Beijing severed/,
    );
  });

  it('says where an event was to "did <A> travel/come to <another city> for <it>"', () => {
    for (const q of [
      'did chase travel to beijing for these talks',
      'did chase come to beijing for the talks',
    ])
      expect(ask(q).text, q).toMatch(/^No\. It took place in Washington/);
  });

  it('reads "part of the <body>" as belonging to a body the person\'s description names', () => {
    expect(ask('is song yanchao part of the central military commission office?').text).toMatch(
      /^Yes\. Song Yanchao/,
    );
    expect(ask('is chase a member of the central military commission').answered).toBe(false);
  });

  it('says "No." to an event called pointless or a failure that the article calls significant', () => {
    for (const q of ['were the talks pointless', 'did the article say the talks were a failure'])
      expect(ask(q).text, q).toMatch(/^No\. The article calls the 17th round .* a significant step/);
  });

  it('checks the places a title includes', () => {
    expect(ask("chase's title includes mongolia?").text).toMatch(/^Yes\. Michael Chase/);
    expect(ask("does chase's title include japan").text).toMatch(/^No\. Michael Chase/);
  });
});

describe('titles with a nationality, names, and claims of another party', () => {
  it("reads a nationality before a title as the person's own, and a name the article uses for them as no other title", () => {
    for (const q of ['is xi the chinese president', 'xi jinping is the chinese president in the article?'])
      expect(ask(q).text, q).toMatch(/^Yes\. Xi Jinping is the Chinese President/);
    expect(ask('is biden the us president').text).toMatch(/^Yes\. Joe Biden/);
    expect(ask('is xi the american president').text).toMatch(/^No\. /);
    expect(ask('chase is the deputy asst sec for japan and korea right').text).toMatch(/^No\. Michael Chase/);
  });

  it('says whose claim it is to "does <A> claim <X>?" of another party\'s, and no "Yes." for a place it is not about', () => {
    expect(ask('does the us claim sovereignty over taiwan').text).toMatch(
      /^No\. Beijing claims sovereignty over Taiwan/,
    );
    expect(ask('does washington claim taiwan').text).toMatch(/^No\. Beijing claims sovereignty over Taiwan/);
    expect(ask('does beijing claim taiwan').text).toMatch(/^Yes\. Beijing claims sovereignty over Taiwan/);
    for (const q of ['does china claim the south china sea', 'does the us claim the south china sea'])
      expect(ask(q).answered, q).toBe(false);
    expect(ask('is it the us or china that claims sovereignty over taiwan').text).toMatch(
      /^(?:China: )?Beijing claims/,
    );
  });

  it('checks a name claimed for an event, and "same place" against a virtual meeting', () => {
    expect(ask('these were called defense policy coordination talks, right?').text).toMatch(/^Yes\. /);
    const chat = conversations(engine, 'same-place');
    expect(
      chat('where were the talks held, beijing?', 'and the brown-liu meeting, same place?').text,
    ).toMatch(/^No\. It was a virtual meeting/);
    expect(
      chat(
        'where were the talks held, beijing?',
        'and the brown-liu meeting, same place?',
        'which one happened first',
      ).text,
    ).toMatch(/^The virtual meeting between Charles Q\. Brown and Liu Zhenli came first/);
  });

  it('reads statements with two alternatives and clefts as the questions they ask', () => {
    expect(ask('the talks wrapped up on a tuesday or a wednesday?').text).toMatch(/^A tuesday: /);
    expect(ask('brown met liu this month or last month').text).toMatch(/^Last month: /);
    expect(ask('so the talks were in dc or beijing').text).toMatch(/^(?:DC|Washington): /);
    expect(ask('tuesday jan 9 was when the talks started?').text).toMatch(/^No\. .*the first day was Jan 8/);
    expect(ask('was it song or chase who stressed open lines of military communication').text).toMatch(
      /^Michael Chase emphasised/,
    );
    expect(ask('did china restart dialogue on its own or was there some agreement').text).toMatch(
      /Biden and Chinese President Xi Jinping agreed/,
    );
  });
});

describe('titles and ranks claimed in chat', () => {
  it('gives no "Yes." to a rank the description gives someone else, and reads "too / i assume" as no part of the title', () => {
    for (const q of ['is chase a general too?', 'chase is a general too i assume?'])
      expect(ask(q).text, q).toMatch(/^No\. The article gives Michael Chase no military rank/);
    expect(ask('is song a general too').text).toMatch(/^Yes\. Song Yanchao is a Major General/);
  });

  it('says "No." to a title the article gives no one here, with the title it gives', () => {
    expect(ask('xi jinping is the chinese premier?').text).toMatch(
      /^No\. The article calls Xi Jinping President/,
    );
    expect(ask('brown is the sec def right?').text).toMatch(
      /^No\. The article calls Charles Q\. Brown Chairman/,
    );
    expect(ask('was song a lieutenant general or wat').text).toMatch(
      /^No\. Song Yanchao is a Chinese Major General/,
    );
    expect(ask('is taiwan voting for parliament too').text).toMatch(
      /^Yes\. Taiwan is conducting presidential and parliamentary/,
    );
  });
});

describe('a day of an event claimed by its date', () => {
  it('works out the weekday of the one day typed ("was jan 9 a monday?" had been "Yes.")', () => {
    expect(ask('the talks were monday jan 9 right').text).toMatch(
      /^No\. Jan 9 was a Tuesday \(worked out from the dates\)/,
    );
    expect(ask('jan 9 was a tuesday?').text).toMatch(/^Yes\. Jan 9 was a Tuesday/);
    // (A claim of when it ended is checked against the end.)
    expect(ask('the talks ended on monday jan 8 ya?').text).toMatch(/^No\. Tuesday, Jan\. 9/);
  });

  it('works out the first or last day of a multi-day event against the day typed', () => {
    expect(ask('jan 8 was the first day?').text).toMatch(
      /^Yes\. The first day was Jan 8 \(worked out from the dates\)/,
    );
    expect(ask('was jan 9 the first day of the talks').text).toMatch(/^No\. The first day was Jan 8/);
    expect(ask('was jan 9 the last day').text).toMatch(/^Yes\. The last day was Jan 9/);
  });
});

describe('acts, times before and places claimed of a person', () => {
  it('reads a visit claimed of someone as an act the article does not report, not as their nationality', () => {
    for (const q of ['did xi visit the us for this', 'has brown ever visited china']) {
      const reply = ask(q);
      expect(reply.answered, q).toBe(false);
      expect(reply.text, q).not.toMatch(/^No\./);
    }
    expect(ask('is xi american').text).toMatch(/^No\. Xi Jinping is on the Chinese side/);
    expect(ask('does xi come from the us').text).toMatch(/^No\./);
  });

  it('settles "still" only of the title the article gave ("is she still in congress" is not "No.")', () => {
    const chat = conversations(engine, 'still-in');
    expect(chat("what was pelosi's job", 'is she still in congress').answered).toBe(false);
    expect(chat("what was pelosi's job", 'is she still speaker').text).toMatch(
      /^No\. The article calls Nancy Pelosi the then-House Speaker/,
    );
  });

  it('leaves "been to <a place> before" unsettled by the event held there', () => {
    const chat = conversations(engine, 'been-before');
    const before = chat('who is song yanchao', 'has he been to the us before');
    expect(before.answered).toBe(false);
    expect(before.text).toMatch(/^The article doesn't say whether that happened before\./);
    expect(chat('who is song yanchao', 'has he been to washington').text).toMatch(/^Yes\./);
  });

  it('reads an event "coming" after its noun as one ahead of the article', () => {
    expect(ask("taiwan's got an election coming?").text).toMatch(/^Yes\. Taiwan is conducting/);
  });

  it('reads "was it the first time they ..." with its "it" standing for nothing', () => {
    const chat = conversations(engine, 'first-time');
    expect(
      chat('ok and trump set this up with xi?', 'was it the first time theyd ever done these talks').text,
    ).toMatch(/^No\. It was the 17th round/);
    expect(chat('chase met song?', 'was it the first time').text).toMatch(/^No\. It was the 17th round/);
  });

  it('leaves the event a refusal told of for the next question when the claim named another', () => {
    const chat = conversations(engine, 'told-of');
    expect(chat('wait so china cut off the military talks at some point?', 'why?').text).toMatch(
      /in response to then-House Speaker Nancy Pelosi's visit to Taiwan/,
    );
    // (A claim about the event it named keeps "how long?" on the claim.)
    expect(chat('so r the talks fully working now', 'how long').answered).toBe(false);
  });
});

describe('how people and parties get on', () => {
  it('gives no "Yes." to how two people get on from a sentence of what they did', () => {
    for (const q of ['are chase and song ok', 'did chase and song get along', 'were the talks ok']) {
      const reply = ask(q);
      expect(reply.answered, q).toBe(false);
      expect(reply.text, q).not.toMatch(/^Yes\./);
    }
  });

  it('reads "things between <A> and <B>" as how the two stand, and other parties by what is reported of them', () => {
    expect(ask('are things between washington and beijing chill now').text).toMatch(
      /^No\. The relationship between Washington and Beijing remains strained/,
    );
    expect(ask('so taiwan and china r on good terms rn?').text).toMatch(
      /^No\. Taiwan and China are locked in an ongoing war of words/,
    );
    const unreported = ask('are things between the us and taiwan ok');
    expect(unreported.answered).toBe(false);
    expect(unreported.text).toBe(
      "The article doesn't say how things stand between the United States and Taiwan.",
    );
    // (A place named in another role is no party: "cut ties bc of <a person>'s <place> trip".)
    expect(ask("so basically china cut ties bc of pelosi's taiwan trip?").text).toMatch(
      /^Yes\. Beijing severed/,
    );
  });
});

describe('mentioned, mentioning and the order of what "they" did', () => {
  it('reads "(was) <person> (was) mentioned?" as whether the article names them', () => {
    for (const q of ['was pelosi mentioned?', 'pelosi was mentioned?', 'chinese president mentioned?'])
      expect(ask(q).text, q).toMatch(/^Yes\. The article mentions (Nancy Pelosi|Xi Jinping):/);
    // (Not "is <A> the only <X> named", which asks something else.)
    expect(ask('so chase is the only american official at the dc talks named?').text).not.toMatch(
      /doesn't say anything about Michael Chase/,
    );
  });

  it('does not read "<person> mentioned <a place>?" as what their title covers', () => {
    const reply = ask('chase mentioned taiwan?');
    expect(reply.text).not.toMatch(/^Yes\./);
    expect(ask("does chase's title mention taiwan").text).toMatch(/^Yes\. Michael Chase is/);
  });

  it('reads "did they meet before (or after) <B>?" of the event the conversation is on', () => {
    const chat = conversations(engine, 'they-order');
    expect(chat('who did brown meet', 'did they meet before or after the washington talks').text).toMatch(
      /^Before: the virtual meeting between Charles Q\. Brown and Liu Zhenli \(December 2023\) came before/,
    );
    expect(chat('who did brown meet', 'did they meet after the talks').text).toMatch(
      /^No\. The virtual meeting between Charles Q\. Brown and Liu Zhenli: December 2023/,
    );
  });
});

describe('another round, guesses offered and claims reported', () => {
  it('reads "was the <nth> round also in <a city>" as about a round the article does not report', () => {
    const reply = ask('was the 16th round also in washington');
    expect(reply.answered).toBe(false);
    expect(reply.text).toMatch(/^The article doesn't say anything about another round or occurrence/);
    expect(ask('was it the 16th round').text).toMatch(/^No\. It was the 17th round/);
  });

  it('gives no verdict on how a meeting was held that the article does not describe', () => {
    expect(ask('did chase and song meet one on one or with big teams').answered).toBe(false);
    expect(ask('did chase and song meet one-on-one').answered).toBe(false);
  });

  it('reads a count against a bare count as one unit, and "after <B> or before" as the order asked', () => {
    expect(ask('were the us china military talks two days or one').text).toMatch(/^Two days: /);
    expect(ask('did the talks happen after the biden xi agreement or before').text).toMatch(
      /^After: the 17th round .* came after the agreement between Joe Biden and Xi Jinping/,
    );
  });

  it('says yes to a dispute the article names, asked after with no party', () => {
    expect(ask('is there like a war of words going on or smth').text).toMatch(
      /^Yes\. Taiwan and China are locked in an ongoing war of words/,
    );
  });

  it('checks a claim someone else made, and answers a question about it with the correction', () => {
    for (const q of [
      'someone said the talks were in beijing',
      'saw someone on twitter say chase flew to beijing for this, was that trip a big deal?',
    ])
      expect(ask(q).text, q).toMatch(/^No\. It took place in Washington/);
    // (Not a question that only mentions the article: "does this article even bring it up".)
    expect(
      ask(
        'so i was reading about the balloon a while back and then totally forgot about it, does this article even bring it up or nah',
      ).text,
    ).toMatch(/^Yes\. The U\.S\. downed an alleged Chinese spy balloon/);
  });
});

describe("'s read as 'is' before a claimed title", () => {
  it('answers "<person>\'s an <another rank> isnt he" with the rank the article gives', () => {
    expect(ask("song's an admiral isnt he").text).toMatch(/^No\. Song Yanchao is a Major General/);
    expect(ask("song's the director of that cmc office right").text).toMatch(
      /^No\. Song Yanchao is a Chinese Major General, deputy director/,
    );
  });
});

describe('causes, steps and parts claimed in chat', () => {
  it('checks "was it <X> that made <A> <do Y>" and "did <X> cause <A> to <do Y>" against the cause the article gives', () => {
    for (const q of [
      'was it the balloon that made beijing cut off dialogue',
      'did the balloon cause beijing to cut off dialogue',
      'china cut ties cause of the balloon?',
    ])
      expect(ask(q).text, q).toBe(
        "No. Beijing severed diplomatic dialogue in response to Pelosi's visit to Taiwan.",
      );
  });

  it('reads "a step forward" as the significance the article gives', () => {
    expect(ask('was the washington meeting a step forward or nah').text).toMatch(
      /^Yes\. The article calls the 17th round .* a significant step/,
    );
  });

  it('tells apart an event named by a word for it and the body of one who took part ("the <body> call")', () => {
    expect(ask('was the joint chiefs call part of the washington talks').text).toMatch(
      /^No\. They were separate events: /,
    );
    // (Not "the same one" of a person.)
    expect(ask('was the chinese guy at the dc talks the same one brown spoke to').text).not.toMatch(
      /separate events/,
    );
  });
});

describe('whether an event worked', () => {
  it('answers "did it work" of the event whose progress the article tells, and nothing of others', () => {
    const chat = conversations(engine, 'worked');
    expect(chat('what was the point of these talks', 'did it work').text).toMatch(
      /^Partly\. There has been some progress .* will take time/,
    );
    expect(ask('were the talks successful').text).toMatch(/^Partly\./);
    expect(ask('did the virtual meeting work').answered).toBe(false);
    expect(ask('do you think the talks worked').answered).toBe(false);
  });
});

describe('strangers and two claims put together', () => {
  it('says nothing about someone the article never names meeting anyone', () => {
    const reply = ask('did lloyd austin meet anyone from china');
    expect(reply.answered).toBe(false);
    expect(reply.text).toMatch(/^The article doesn't say anything about Lloyd Austin\./);
  });

  it('checks both claims of "<A> was <X> but <B> was <Y>", each with a subject of up to three words', () => {
    const text = ask('so the washington talks were in person but the brown one was virtual?').text;
    expect(text).toMatch(/^Yes\. U\.S\. and Chinese defense officials held/);
    expect(text).toMatch(/\n\nYes\. General Charles Q\. Brown met .* virtual meeting/);
  });
});

describe('an event named by the body its member belongs to', () => {
  it('reads "the <body> meeting" as the one its chair held, in an order and in a claim', () => {
    expect(engine.ask('was the joint chiefs meeting before the washington talks').text).toMatch(
      /^Yes\. The virtual meeting between Charles Q\. Brown and Liu Zhenli: December 2023/,
    );
    expect(engine.ask('was the brown liu meeting after the washington talks').text).toMatch(/^No\./);
    expect(engine.ask('did the joint chiefs meet the chinese in person').text).toMatch(
      /^No\. It was a virtual meeting: General Charles Q\. Brown met/,
    );
  });

  it('gives no verdict when a body is named where a place goes', () => {
    const a = engine.ask('did the talks happen at the pentagon building itself');
    expect(a.answered).toBe(false);
    expect(a.text).not.toMatch(/^(Yes|No)\b/);
  });
});

describe('"still" at a time the article reports, and an act wink tags a noun', () => {
  it('settles "was <A> still <title> when she <did X>" by the title the article gives then', () => {
    expect(engine.ask('was pelosi still speaker when she went over there').text).toMatch(
      /^Yes\. Then-House Speaker Nancy Pelosi visited Taiwan/,
    );
  });

  it('reads "did <A> visit <B>" as the act, corrected with who did it', () => {
    expect(engine.ask('did biden visit taiwan').text).toMatch(/^No\..*Nancy Pelosi visited Taiwan/);
  });
});

describe("another act done about an event, by someone who did not do the event's own", () => {
  it('gives no "No." to "did <A> respond to <the thing> getting shot down"', () => {
    const a = engine.ask('did china respond to the balloon getting shot down');
    expect(a.answered).toBe(false);
    expect(a.text).not.toMatch(/^(Yes|No)\b/);
    expect(engine.ask('did china shoot down the balloon').text).toMatch(/^No\. The U\.S\. downed/);
  });

  it('keeps whoever\'s title names a place mentioned as who "his" means next', () => {
    const chat = conversations(engine, 'mentioned-title');
    expect(
      chat('does the article mention mongolia for some reason', 'what else is in his portfolio').text,
    ).toMatch(/^China, Taiwan, and Mongolia: Michael Chase/);
  });
});

describe('whether anyone said something, and "take time" as the claim', () => {
  it('gives what the article reports someone said, not an event that shares a word ("has anyone said <X> will take time")', () => {
    expect(engine.ask('has anyone said dialogue will take time').text).toMatch(
      /^What the article reports: U\.S\. officials cautioned that developing truly functional dialogue/,
    );
  });

  it('reads "picking a president" as electing one and "real" as "truly"', () => {
    expect(engine.ask('is taiwan only picking a president this weekend').text).toMatch(
      /^No\. Taiwan is conducting presidential and parliamentary polls/,
    );
    expect(engine.ask('so basically us officials think real dialogue will take time?').text).toMatch(
      /^Yes\. U\.S\. officials cautioned/,
    );
  });
});

describe('"the first since <X>", and "now" in a later year', () => {
  it('gives no verdict on "the first round since <X>" from the series\' own number', () => {
    const a = engine.ask("was this the first round since pelosi's visit");
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(/^The article doesn't say whether it was the first since then/);
    expect(engine.ask('was this the first round').text).toMatch(/^No\. It was the 17th round/);
  });

  it('says the article reports nothing for a later year asked of "now"', () => {
    const a = engine.ask('r the us and china militaries talking regularly now in 2025');
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(/reports nothing for 2025/);
  });
});

describe('a place put before "part of <A>\'s portfolio"', () => {
  it('checks it against the places the title lists', () => {
    expect(engine.ask("is taiwan part of chase's portfolio").text).toMatch(/^Yes\. Michael Chase is/);
    expect(engine.ask("is japan part of chase's portfolio").text).toMatch(/^No\. Michael Chase is/);
  });
});

describe('a tie between two people the article gives neither', () => {
  it('gives no verdict on "is <A> <B>\'s boss"', () => {
    const a = engine.ask("liu zhenli is song's boss?");
    expect(a.answered).toBe(false);
    expect(a.text).not.toMatch(/^(Yes|No)\b/);
    expect(engine.ask('is liu song?').text).toMatch(/^No\. They are two people/);
  });
});

describe('claims the article cannot settle', () => {
  it('gives no verdict on a place claimed where the article names only a body\'s officials ("held at the <body>?")', () => {
    expect(ask('were the talks held at the pentagon itself?').text).not.toMatch(/^(Yes|No)\b/);
    expect(ask('were the talks in washington?').text).toMatch(/^Yes\./);
  });

  it('gives no verdict on a first time of a meeting the article does not number', () => {
    const turn = conversations(engine, 'first-time');
    expect(
      turn('who is liu zhenli', 'how did he meet brown', 'was it his first time talking to brown').text,
    ).toMatch(/^The article doesn't say whether it was the first/);
    expect(ask("was it liu's first time talking to brown").text).toMatch(/^The article doesn't say/);
    // (A numbered one says itself that it was not.)
    expect(ask('was this the first time the two sides held these talks').text).toMatch(
      /^No\. It was the 17th round/,
    );
  });

  it('reads "is he called <title>?" as "is <name> called <title>?"', () => {
    const turn = conversations(engine, 'called');
    expect(turn('who is chase', 'is he called doctor in the article').text).toBe(
      'Yes. The article calls Michael Chase "Dr. Chase".',
    );
    expect(turn('who is chase', 'is he called a general').text).toMatch(
      /^No\. The article gives Michael Chase no military rank/,
    );
  });

  it("does not repeat a group's name as its own description", () => {
    expect(ask('r us officials optimistic abt all this').text).not.toMatch(
      /U\.S\. officials is U\.S\. officials/,
    );
  });
});

describe('acts claimed of a party', () => {
  it('gives no "Yes" to having been somewhere from a sentence that names the person and the place but no going', () => {
    expect(ask('has chase been to china before').text).not.toMatch(/^Yes/);
  });

  it('reads "cut it off" as the act of cutting off, not as something "it" was', () => {
    expect(ask('did the us cut it off?').text).toMatch(/^No\. Beijing severed/);
  });

  it('says no to an act claimed as done alone when the article gives parties of two sides to it', () => {
    expect(ask('did xi restart dialogue').text).toMatch(/^Yes\./);
    expect(ask('did xi restart dialogue on his own').text).toMatch(
      /^No\. U\.S\. President Joe Biden and Chinese President Xi Jinping agreed/,
    );
  });
});

describe('how someone feels', () => {
  it('gives no verdict on "are <officials> optimistic", but what they said, which shows it', () => {
    const a = sharedEngine().ask('are us officials optimistic about the mil dialogue?');
    expect(a.answered).toBe(true);
    expect(a.verdict).toBeUndefined();
    expect(a.text).toMatch(
      /^The article gives no verdict on how U\.S\. officials feel, but reports that .* cautioned/,
    );
  });
});

describe('a "then-" title asked of the time it is of', () => {
  const chat = conversations(engine, 'then-title');
  it('says yes to "was she still <title> then", and no verdict on whether she still holds it now', () => {
    expect(
      chat('why did china cut off talks', 'when was that', 'was she still speaker back then').text,
    ).toMatch(/^Yes\. Nancy Pelosi is the then-House Speaker/);
    expect(chat('was pelosi still speaker when she went to taiwan').text).toMatch(/^Yes\. /);
    expect(chat('is pelosi still speaker').text).not.toMatch(/^Yes/);
  });
});

describe('someone the article never names, claimed to have taken part too', () => {
  it('says the article says nothing about them, rather than "No."', () => {
    const reply = ask('did lloyd austin meet song yanchao too');
    expect(reply.answered).toBe(false);
    expect(reply.text).toMatch(/anything about Lloyd Austin/);
    expect(ask('did trump agree w xi to restart the talks').text).toMatch(/^No\. U\.S\. President Joe Biden/);
  });

  it('reads "did the talks get into <X>" as whether they discussed it', () => {
    const reply = ask('did the talks get into the taiwan elections at all');
    expect(reply.answered).toBe(false);
    expect(reply.text).toMatch(/doesn't say that .* covered that/);
  });
});

describe('the pair a relationship is between', () => {
  it('qualifies what was done, and claims nobody did it ("were ties between <A> and <B> cut")', () => {
    expect(ask('were military ties between the us and china cut?').text).toMatch(/^Yes\. Beijing severed/);
  });

  it('is still the claim when it is what is claimed of an event', () => {
    for (const q of [
      'were the dc talks between the us and taiwan?',
      'was the virtual meeting between the us and taiwan',
    ])
      expect(ask(q).text, q).not.toMatch(/^Yes/);
    expect(ask('were the talks between the us and china?').text).toMatch(/^Yes\./);
    expect(ask('did talks between brown and song happen').text).toMatch(/^No\./);
  });
});
