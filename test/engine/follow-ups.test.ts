import { describe, expect, it } from 'vitest';
import { conversations, sharedEngine } from './engine-fixture.js';

// Short follow-ups as members type them, on the first article's curated store.
const engine = sharedEngine();

describe('short follow-ups', () => {
  it('asks the last question again about the other side ("and the <demonym> one?")', () => {
    expect(engine.ask('who led the us side of the talks', 'f1').text).toMatch(/Michael Chase/);
    expect(engine.ask('and the chinese one?', 'f1').text).toMatch(/Song Yanchao/);
    expect(engine.ask('his rank?', 'f1').text).toMatch(/Major General/);
  });

  it('checks a word or two put up after an answer against the event it was about', () => {
    engine.ask("who'd brown meet", 'f2');
    expect(engine.ask('virtually?', 'f2').text).toMatch(/^Yes\./);
    expect(engine.ask('in person?', 'f2').text).toMatch(/^No\. It was a virtual meeting/);
    expect(engine.ask('wen', 'f2').text).toMatch(/December 2023/);
  });

  it('reads "the other guy" as the article\'s other side when the last question named one of its two', () => {
    expect(engine.ask('who ran the washington talks for the us', 'f4').text).toMatch(/^Michael Chase/);
    expect(engine.ask('and the other guy?', 'f4').text).toMatch(/Song Yanchao/);
    expect(engine.ask('wats his rank', 'f4').text).toMatch(/Major General/);
  });

  it('takes "his" after a side\'s person was named for that person ("and the <demonym> side?" then "whats his job")', () => {
    expect(engine.ask('who did the us send to the talks', 'f21').text).toMatch(/^Michael Chase/);
    expect(engine.ask('and the chinese side?', 'f21').text).toMatch(/^Major General Song Yanchao/);
    expect(engine.ask('whats his job', 'f21').text).toMatch(/^Song Yanchao is .*deputy director/);
  });

  it('reads "who\'d she meet" as who she did meet, and refuses it for someone the article reports meeting nobody', () => {
    engine.ask('what did pelosi do in taiwan', 'f27');
    const a = engine.ask("who'd she meet", 'f27');
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(/^The article doesn't say whom Nancy Pelosi met\./);
    expect(engine.ask("who'd brown meet").text).toMatch(/Liu Zhenli/);
  });

  it('reads a yes/no question after ", like" as the one meant, with the first for its pronouns', () => {
    expect(engine.ask('how is chase referred to, like is he a dr?').text).toBe(
      'Yes. The article calls Michael Chase "Dr. Chase".',
    );
    // (A phrase after "like" narrows the question: asked whole, it stays unanswered.)
    expect(engine.ask('where exactly in dc were the talks, like which building').answered).toBe(false);
  });

  it('asks the last question again of another place ("and <a place>?")', () => {
    expect(engine.ask('who visited taiwan', 'f26').text).toMatch(/^Nancy Pelosi/);
    expect(engine.ask('and the south china sea?', 'f26').text).toMatch(
      /^The article doesn't say that anyone did that in the South China Sea\./,
    );
  });

  it('asks a bare "name?" of the person the conversation is about', () => {
    engine.ask('the chinese general at the washington talks, whats his rank', 'f25');
    expect(engine.ask('name?', 'f25').text).toMatch(/^Song Yanchao is/);
  });

  it('counts what the last answer listed ("how many is that?"), on the sentences it rested on', () => {
    engine.ask("what's chase's title", 'f22');
    expect(engine.ask('which countries does that cover', 'f22').text).toMatch(
      /^China, Taiwan, and Mongolia: /,
    );
    const counted = engine.ask('how many is that', 'f22');
    expect(counted.text).toBe('That makes 3: China, Taiwan and Mongolia.');
    expect(counted.citations.length).toBeGreaterThan(0);
    engine.ask('who was at the talks', 'f23');
    expect(engine.ask('how many are there', 'f23').text).toMatch(/^That makes 2: Michael Chase and /);
    // (Nothing listed, nothing counted.)
    expect(engine.ask('how many is that', 'f24').text).not.toMatch(/^That makes/);
  });

  it('takes "he" for the one person an answer named, when the question named nobody', () => {
    expect(engine.ask("who's the joint chiefs guy in this", 'f5').text).toMatch(/Charles Q\. Brown/);
    expect(engine.ask("who'd he meet", 'f5').text).toMatch(/Liu Zhenli/);
  });

  it('asks a bare role word of the person the last answer named, unless "he" was the running subject', () => {
    engine.ask('who did the us guy meet w/ at the dc talks', 'f7');
    expect(engine.ask('his title?', 'f7').text).toMatch(/^Song Yanchao/);
    expect(engine.ask('rank', 'f7').text).toMatch(/Major General/);
    engine.ask('who is michael chase', 'f8');
    engine.ask('who did he meet', 'f8');
    expect(engine.ask('what did he stress', 'f8').text).toMatch(/^Michael Chase emphasised/);
  });

  it('says an early round of a numbered series is another occurrence', () => {
    engine.ask('what round were the dc talks', 'f9');
    expect(engine.ask('wen was the first one', 'f9').answered).toBe(false);
  });

  it('gives no length for what is still to come, after a length the article gives', () => {
    engine.ask('did us officials say military comms are fully fixed', 'f10');
    expect(engine.ask('how long will it take', 'f10').answered).toBe(false);
  });

  it('answers "who led the <country> side" with no event named, then the other side and a check', () => {
    expect(engine.ask('who led the us side', 'f11').text).toMatch(/^Michael Chase/);
    expect(engine.ask('and the other guy?', 'f11').text).toMatch(/Song Yanchao/);
    expect(engine.ask('was it in beijing?', 'f11').text).toMatch(/^No\. It took place in Washington/);
  });

  it("takes a follow-up to the summary as about the article's own news", () => {
    engine.ask("what's this article about", 'f12');
    expect(engine.ask('where', 'f12').text).toMatch(/^In Washington/);
  });

  it('reads "how come" as why', () => {
    engine.ask("whats chase's job", 'f6');
    expect(engine.ask("how come he's so big on comms lines", 'f6').text).toMatch(/escalating into conflict/);
  });

  it('leaves a lone side alone when there is no question to carry over', () => {
    expect(engine.ask('and the chinese one?', 'f3').text).not.toMatch(/Song Yanchao \(/);
  });
});

describe('follow-ups about other people and other occurrences', () => {
  it('asks "who\'s <A>?" again of the one described next, the one who took part with <A>', () => {
    engine.ask("who's charles brown", 'o1');
    expect(engine.ask('and the chinese one?', 'o1').text).toMatch(/^Liu Zhenli is/);
  });

  it('answers for each of the people a description fits, rather than guessing one', () => {
    const rank = engine.ask('the chinese general, whats his rank', 'o2a');
    expect(rank.answered).toBe(true);
    expect(rank.text).toMatch(/^The article has 2 who fit that description\./);
    expect(rank.text).toMatch(/Song Yanchao: Song Yanchao's rank is Major General/);
    expect(rank.text).toMatch(/Liu Zhenli: Liu Zhenli's rank is General/);
    // A yes/no claim is checked of each: "guy" is none of those the article calls "she", and the rank asked
    // after the description is no part of it.
    const general = engine.ask('the us guy, is he a general?', 'o2b').text;
    expect(general).toMatch(/^The article has 3 who fit/);
    expect(general).toMatch(/Charles Q\. Brown: Yes\./);
    expect(general).toMatch(/Michael Chase: No\. The article gives Michael Chase no military rank/);
    expect(general).not.toMatch(/Pelosi/);
  });

  it('narrows a description by rank ("officer") and by the city an event was held in', () => {
    expect(engine.ask('the chinese officer, whats his rank', 'o2c').text).not.toMatch(/Xi Jinping/);
    expect(engine.ask("the chinese guy in washington, what's his job", 'o2d').text).toMatch(
      /^Song Yanchao is a Chinese Major General/,
    );
  });

  it('asks which one is meant when nothing is said of any of those a description fits', () => {
    const reply = engine.ask('what did the chinese general say', 'o2');
    expect(reply.answered).toBe(false);
    expect(reply.text).toMatch(/^Which one do you mean\? .*Song Yanchao.*Liu Zhenli/);
    // Narrowed by the conversation: the one who took part with the person just spoken of.
    engine.ask('what did chase say during the talks', 'o3');
    expect(engine.ask('and what did the chinese general say', 'o3').text).toMatch(
      /doesn't say what Song Yanchao said/,
    );
  });

  it('refuses "the next one" of the event the conversation is about', () => {
    engine.ask('what round of talks was it', 'o4');
    const reply = engine.ask('and wens the next one', 'o4');
    expect(reply.answered).toBe(false);
    expect(reply.text).toMatch(/another round or occurrence/);
    // (Which round the one before was is worked out, and said to be, after a question of which round.)
    engine.ask('what round of talks was it', 'o4b');
    expect(engine.ask('the one before?', 'o4b').text).toBe(
      'The 16th round (worked out from the article calling this the 17th; it says nothing more about the 16th).',
    );
    // (After another question, what was asked, of a round the article does not report.)
    expect(engine.ask('the one before?', 'o4').answered).toBe(false);
    engine.ask('so the 17th round was held in beijing right', 'o4c');
    const held = engine.ask('the one before?', 'o4c');
    expect(held.answered).toBe(false);
    expect(held.text).toMatch(/another round or occurrence/);
    // (But not when it was: it is no event of the article.)
    const before = engine.ask('the one before, when was it?', 'o4');
    expect(before.answered).toBe(false);
    expect(before.text).toMatch(/another round or occurrence/);
  });
});

describe('questions typed as bare phrases', () => {
  it('asks what a bare noun phrase is, and what a phrase before a trailing "was" was', () => {
    expect(engine.ask('round number?', 'b1').text).toMatch(/17th round/);
    engine.ask('where were the talks held', 'b2');
    engine.ask('how many days', 'b2');
    expect(engine.ask('first day was?', 'b2').text).toMatch(/^Monday, Jan\. 8, 2024/);
    expect(engine.ask('whats the balloon thing ppl keep bringing up', 'b3').text).toMatch(/spy balloon/);
  });
});

describe('follow-ups typed with the question word last', () => {
  it('asks a verb with nothing named about the event just spoken of', () => {
    engine.ask('where were the talks', 'w1');
    expect(engine.ask('ended wen', 'w1').text).toMatch(/^Tuesday, Jan\. 9, 2024/);
    expect(engine.ask('started when', 'w1').text).toMatch(/^Monday, Jan\. 8, 2024/);
  });

  it('answers "was <A> before or after <B>" about <A>', () => {
    expect(engine.ask("was the brown liu call before or after pelosi's trip", 'w2').text).toMatch(
      /^After: the virtual meeting/,
    );
  });
});

describe('follow-ups that carry the conversation over', () => {
  it('asks a bare unit of time of the one event the person just spoken of took part in', () => {
    engine.ask('pelosi was speaker when she went right', 't1');
    expect(engine.ask('and the month?', 't1').text).toMatch(/^August 2022/);
    expect(engine.ask("who's speaker now then", 't1').answered).toBe(false);
  });

  it('asks who a related person is, and the last question again of a person named with "\'s"', () => {
    engine.ask('who is the chairman of the joint chiefs in the article', 't2');
    expect(engine.ask('and his chinese counterpart?', 't2').text).toMatch(/^General Liu Zhenli/);
    expect(engine.ask('their meeting was in washington too?', 't2').text).toMatch(
      /^No\. It was a virtual meeting/,
    );
    engine.ask("what is song's rank", 't3');
    expect(engine.ask("and brown's?", 't3').text).toMatch(/^Charles Q\. Brown's rank is General/);
  });

  it("does not credit the conversation's event with another event's act", () => {
    engine.ask('what did the two sides discuss in washington', 't4');
    const a = engine.ask('did they reach any agreements', 't4');
    expect(a.answered).toBe(false);
    expect(a.text).not.toMatch(/^Yes/);
  });

  it('reads "it" and "that" before a named thing as the event spoken of', () => {
    engine.ask('when did pelosi visit taiwan', 't5');
    expect(engine.ask('did it lead to china cutting off talks', 't5').text).toMatch(/^Yes\. Beijing severed/);
    engine.ask('tell me about the balloon', 't6');
    expect(engine.ask("was that before pelosi's visit", 't6').text).toMatch(
      /^No\. The U\.S\. downing .*February 2023.*August 2022/,
    );
    engine.ask('tell me about the balloon', 't7');
    expect(engine.ask('did it happen after the talks', 't7').text).toMatch(/^No\./);
    // "is that right?" says nothing of its own about the event.
    engine.ask('tell me about the balloon', 't8');
    expect(engine.ask('is that right?', 't8').text).not.toMatch(/^Yes/);
  });
});

describe('follow-ups of a word or two that ask the last question again', () => {
  it('asks the last question with another verb ("and start?")', () => {
    engine.ask('wen did the us china mil talks end', 'w1');
    expect(engine.ask('and start?', 'w1').text).toMatch(/^Monday, Jan\. 8, 2024, worked out/);
    // (A wh-word is no verb: "and why?" still asks why.)
    engine.ask('where did brown meet liu', 'w2');
    expect(engine.ask('and why?', 'w2').intent).toBe('why');
  });

  it('asks a role word of a person described with "\'s" ("the <demonym> guy\'s rank?")', () => {
    engine.ask('who met who at the washington talks?', 'w3');
    expect(engine.ask("and the chinese guy's rank?", 'w3').text).toMatch(
      /^Song Yanchao's rank is Major General/,
    );
  });

  it('gives the rest of a title for "of what", and the places it covers for "which regions"', () => {
    engine.ask("what's chase's title again", 'w4');
    expect(engine.ask('of what', 'w4').text).toMatch(/secretary of defense for China, Taiwan, and Mongolia/);
    expect(engine.ask('which regions', 'w4').text).toMatch(/^China, Taiwan, and Mongolia: Michael Chase/);
    expect(engine.ask('why mongolia lol', 'w4').answered).toBe(false);
  });

  it('reads "<party>\'s position on that" as on the topic of the words just asked about', () => {
    engine.ask('who claims sovereignty over taiwan', 'w6');
    const a = engine.ask('and whats the us position on that?', 'w6');
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(/doesn't say what .* said about Taiwan/);
  });

  it('asks "which officials by name" of the people the last answer reported saying something', () => {
    engine.ask('is the military dialogue fully back to normal now?', 'w7');
    engine.ask('who said that', 'w7');
    const a = engine.ask('which officials by name tho', 'w7');
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(/^The article doesn't say who they are by name: it says only "/);
  });

  it('refuses "which building" of the event spoken of, which the article places only in a city', () => {
    engine.ask('hw many days were the talks', 'w8');
    engine.ask('where', 'w8');
    expect(engine.ask('which building tho', 'w8').answered).toBe(false);
  });

  it('answers "over what" from the sentences just read, a list whole, and not "of what" of any "of"', () => {
    engine.ask('are the us and china on good terms per the article', 'w11');
    expect(engine.ask('over what', 'w11').text).toMatch(
      /^Taiwan's future, territorial claims in the South China Sea, and recent incidents\. The article:/,
    );
    engine.ask("whats song yanchao's job", 'w12');
    expect(engine.ask('part of what', 'w12').answered).toBe(false);
  });

  it('reads "they" in a conversation\'s first question as the people of the article\'s news', () => {
    expect(engine.ask('so like which day of the week did they start', 'w10').text).toMatch(
      /^Monday, Jan\. 8, 2024/,
    );
  });

  it('reads "what does <an alias> mean (in \'<a phrase>\')" and "<alias> is which country" as what the name stands for', () => {
    for (const q of [
      'what does prc mean',
      "wut does prc mean in 'us-prc defense relations'",
      "in 'us-prc defense relations' the prc is which country",
    ])
      expect(engine.ask(q).text, q).toMatch(/^China: .*the article also calls it the PRC/);
  });

  it('does not answer "what is the <demonym> <thing>" with the country, and answers "who is <a place>" with what it names', () => {
    // (What the country is answers nothing about its military.)
    for (const q of ["what's the pla", 'what is the chinese military'])
      expect(engine.ask(q).text, q).not.toMatch(/China is one of/);
    expect(engine.ask('what is the us side').text).toMatch(/^The United States is/);
    expect(engine.ask('who is beijing').text).toBe(
      'Beijing is the name the article uses for the Chinese government.',
    );
    expect(engine.ask('yo who was repping china at the dc talks').text).toMatch(/Song Yanchao/);
  });

  it('answers which body someone belongs to with the organisation their title names', () => {
    expect(engine.ask("where is song yanchao's office, like which military body").text).toMatch(
      /^The central military commission office for international military cooperation: Song Yanchao is/,
    );
  });

  it('reads "what\'s going on in <a place> rn" as the event there nearest the article\'s date', () => {
    expect(engine.ask('whats going on in taiwan rn', 'w9').text).toMatch(
      /^Taiwan is conducting presidential/,
    );
    expect(engine.ask('what kind', 'w9').text).toMatch(/^Presidential and parliamentary polls/);
    // (In the past tense, the event the place is best known for in the article.)
    expect(engine.ask('what happened in taiwan').text).toMatch(/Pelosi visited Taiwan/);
  });

  it('keeps to the event the conversation names when asked what "they" discussed', () => {
    engine.ask('who is gen liu zhenli', 'w5');
    const a = engine.ask('what did they discuss', 'w5');
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(/doesn't say what was discussed at the virtual meeting/);
  });
});

describe('chat idioms in questions', () => {
  it('reads "a big deal" as significant and "ghost" as cutting off contact', () => {
    expect(engine.ask('so were the talks a big deal or nah').text).toMatch(
      /^Yes\. The article calls .* a significant step/,
    );
    expect(engine.ask('what event made beijing ghost the us military').text).toMatch(/Pelosi's visit/);
  });

  it('reads "across the table from <x>" as meeting them, and "a topic" as discussed', () => {
    engine.ask("who's the pentagon official in the talks", 'i2');
    expect(engine.ask('and who was across the table from him', 'i2').text).toMatch(
      /^Michael Chase met Major General Song Yanchao/,
    );
    expect(engine.ask('was us-prc defense relations a topic or nah').text).toMatch(
      /^Yes\. The 17th round .* covered U\.S\.-PRC defense relations/,
    );
  });

  it('drops an aside ("i think") before a comma, and reads one closing a statement as a question', () => {
    expect(engine.ask('bro the article mentions two diff chinese generals i think, whos who').text).toMatch(
      /^Major General Song Yanchao: the deputy director .* General Liu Zhenli: /,
    );
    expect(engine.ask('the balloon got shot down in march i think').text).toMatch(
      /^No\. It was February 2023/,
    );
  });

  it('answers "the <named dispute> is between who and who" with its parties', () => {
    for (const q of [
      'the war of words is between who n who',
      'which two sides r in the war of words',
      'who is in the war of words',
    ])
      expect(engine.ask(q).text, q).toMatch(/^Taiwan and China are locked/);
  });

  it('reads "is the <x> called <A> or <B>" as the alternative asked, and drops a tail set off by a comma', () => {
    expect(engine.ask('is the relationship called strained or improving').text).toMatch(/^Strained: /);
    expect(engine.ask('was the balloon chinese or what, whats the story').text).toMatch(
      /^Yes\. .*Chinese spy balloon/,
    );
  });

  it('drops a vague tail ("and caused all this") that only points at the whole story', () => {
    expect(engine.ask('random but which speaker visited taiwan and caused all this').text).toMatch(
      /^Nancy Pelosi: /,
    );
  });

  it('checks "so <a statement>" typed without a question mark, and leaves one holding a question word alone', () => {
    expect(engine.ask('so the talks were like 3 days').text).toMatch(/^No\. .*two days/);
    expect(engine.ask('so the talks were in washington').text).toMatch(/^Yes\./);
    expect(engine.ask('ok so chase is deputy asst sec of defense for what exactly').text).not.toMatch(
      /^(Yes|No)\./,
    );
  });

  it('drops a lead-in set off by a comma or colon ("im confused, ...", "quick check: ...")', () => {
    expect(engine.ask('tbh im confused, was the chinese general at the talks song or liu').text).toMatch(
      /^Song/,
    );
    expect(
      engine.ask('yo quick check: the dc talks were the 17th round, ended jan 9, correct?').text,
    ).toMatch(/^Yes\./);
  });

  it('asks who restarted the thing spoken of, for "who got it going again"', () => {
    engine.ask('when did pelosi visit taiwan', 'i1');
    expect(engine.ask('who got it going again', 'i1').text).toMatch(/^Joe Biden and Xi Jinping/);
  });
});

describe("premises and the article's own news", () => {
  it('answers the question after an "if" premise, never the premise as a claim', () => {
    for (const q of [
      'if the talks ended jan 9, when did they start?',
      'ok so if it was 2 days and it ended tuesday jan 9 then it started wen',
      'ok so if it ended on the 9th and went 2 days wat was the first day',
    ])
      expect(engine.ask(q).text, q).toMatch(/^Monday, Jan\. 8, 2024, worked out from the article/);
  });

  it('reads "it" in a first question as the article\'s own news, unless the article itself is meant', () => {
    expect(engine.ask('who headed it up for the chinese side').text).toMatch(/Song Yanchao/);
    expect(
      engine.ask('ngl i didnt read it, whats the main point of this article in a nutshell').answered,
    ).toBe(true);
  });

  it('reads "what did <A> do because of it" as what <A> did in response', () => {
    engine.ask('when did pelosi visit taiwan', 'p1');
    expect(engine.ask('and what did china do bc of it', 'p1').text).toMatch(
      /^Beijing severed diplomatic dialogue/,
    );
    expect(engine.ask('who got em going again', 'p1').text).toMatch(/^Joe Biden and Xi Jinping/);
  });
});

describe('follow-ups after a description and what someone said', () => {
  it('reads "the <body> guy" of a group as the one person whose title names its body, then "full title?" and "why"', () => {
    expect(engine.ask('whos the pentagon guy in this', 'd1').text).toMatch(/^Michael Chase is/);
    expect(engine.ask('full title?', 'd1').text).toMatch(/deputy assistant secretary of defense/);
    expect(engine.ask('and what did he push for in the talks', 'd1').text).toMatch(/open lines/);
    expect(engine.ask('bc why', 'd1').text).toMatch(/^to prevent potential competition from escalating/i);
  });

  it('names the one a description typed first stands for ("<description>, name?")', () => {
    expect(engine.ask('the chinese general that met brown, name?', 'd2').text).toMatch(/Liu Zhenli/);
  });

  it('says nothing of what a side said at an event the article ties none of its words to', () => {
    const reply = engine.ask('what did the chinese side say in the talks', 'd3');
    expect(reply.answered).toBe(false);
    expect(reply.text).toMatch(/doesn't say what Beijing said in the talks/);
    expect(engine.ask('what did chase say in the talks', 'd4').text).toMatch(/emphasised the critical need/);
  });

  it('drops "in this context" as chatter', () => {
    expect(engine.ask('whos xi jinping in this context', 'd5').text).toMatch(
      /^Xi Jinping is the Chinese President/,
    );
  });
});

describe('a description asked again', () => {
  it('asks "and the one that met <B>?" as who that one is, after asking who another described one was', () => {
    expect(engine.ask('the chinese general that met brown, name?', 'r1').text).toMatch(/^Liu Zhenli/);
    expect(engine.ask('and the one that met chase?', 'r1').text).toMatch(/^Song Yanchao/);
  });
});

describe('a person described, with nothing asked', () => {
  it('asks who they are, and leaves "in person?" to the last event', () => {
    expect(engine.ask('chinese guy at the washington talks?', 'p1').text).toMatch(
      /^Song Yanchao is a Chinese Major General/,
    );
    engine.ask("who'd brown meet", 'p2');
    expect(engine.ask('in person?', 'p2').text).toMatch(/^No\. It was a virtual meeting/);
  });
});

describe('follow-ups in chat word orders', () => {
  const chat = (id: string, ...turns: string[]) => turns.map((t) => engine.ask(t, id)).at(-1);

  it('reads "who did the <verb>ing" and "who <idiom> that up" as who did the act', () => {
    expect(chat('w1', 'wen were those ties cut', 'and who did the cutting')?.text).toMatch(
      /^Beijing severed/,
    );
    expect(
      chat(
        'w2',
        'wen did the pelosi taiwan trip happen',
        'what did china do bc of it',
        'and who patched that up',
      )?.text,
    ).toMatch(/^Joe Biden and Xi Jinping/);
  });

  it('reads "<someone>s name?" as asking who that one is', () => {
    expect(chat('w3', 'whos brown again', 'full name?', 'and his chinese counterparts name?')?.text).toMatch(
      /^General Liu Zhenli is Charles Q\. Brown's Chinese counterpart/,
    );
    // (A bare "full name?" is still the last person's.)
    expect(chat('w4', 'whos brown again', 'full name?')?.text).toMatch(/^Charles Q\. Brown/);
  });

  it('reads "the <X> one" after a list of disputes as the <X> dispute', () => {
    const a = chat('w5', 'what r the main things they fight over', 'whats the south china sea one abt');
    expect(a?.answered).toBe(true);
    expect(a?.text).toMatch(/territorial claims in the South China Sea/);
  });

  it('reads "is it getting better" with nothing named as how the relationship goes, but not after the article', () => {
    expect(chat('w6', 'what r the main things they fight over', 'is it getting better at all')?.text).toMatch(
      /^Strained\. .*some progress/,
    );
    expect(chat('w7', 'did it get better after this in 2024')?.intent).not.toBe('relationship');
  });

  it('reads "says <a place> belongs to them" as the claim of sovereignty it is', () => {
    expect(chat('w8', 'so beijing says taiwan belongs to them?')?.text).toMatch(
      /Beijing claims sovereignty over Taiwan/,
    );
  });
});

describe('follow-ups that point back', () => {
  const chat = (id: string, ...turns: string[]) => turns.map((t) => engine.ask(t, id)).at(-1);

  it('puts the last event in place of "that" in "before or after that"', () => {
    expect(
      chat(
        'pb1',
        'what date did the dc talks end',
        'what day of the week was that',
        'and the brown liu call was before or after that',
      )?.text,
    ).toMatch(/^Before: the virtual meeting between Charles Q\. Brown and Liu Zhenli/);
  });

  it('reads "of which places" after a title as the places it is for', () => {
    expect(chat('pb2', "whats chase's title again", 'of which places')?.text).toMatch(
      /China, Taiwan, and Mongolia/,
    );
  });

  it('reads "was this about <X>" with nothing named as the meeting the article gives topics for', () => {
    expect(chat('pb3', 'was this about trade stuff')?.text).toMatch(
      /^No\. .*covered U\.S\.-PRC defense relations/,
    );
    expect(chat('pb4', 'was this about defense')?.text).toMatch(/^Yes\./);
  });

  it('reads "does it list" as what the article lists', () => {
    expect(chat('pb5', 'how many disputes/flashpoints does it list')?.text).toMatch(/^3 between the two/);
  });
});

describe('follow-ups about how things stand and about another kind of event', () => {
  const engine = sharedEngine();
  const chat = conversations(engine, 'standing');

  it('answers "are <A> and <B> friends" from the relationship, and "over what?" next with its disputes', () => {
    expect(chat('so are the us and china friends again now').text).toMatch(
      /^No\. The relationship .* strained/,
    );
    const over = chat('so are the us and china friends again now', 'over what');
    expect(over.answered).toBe(true);
    expect(over.text).toMatch(/South China Sea/);
  });

  it('reads "and the virtual one?" as the last question asked of the event held at a distance', () => {
    const virtual = chat('how long did the washington talks go', 'and the virtual one?');
    expect(virtual.answered).toBe(false);
    expect(virtual.text).toMatch(/^The article doesn't say how long it lasted\. .*virtual meeting/);
    expect(
      chat('how long did the washington talks go', 'and the virtual one?', 'who was in that one').text,
    ).toMatch(/^General Charles Q\. Brown and General Liu Zhenli/);
    // ("the virtual talks" is never the talks held in a place.)
    expect(chat('how long did the virtual talks go').text).not.toMatch(/^Two days/);
  });

  it('answers what a numbered round is a round of', () => {
    expect(chat('what round of talks was this', 'whats the series even called').text).toMatch(
      /^The U\.S\.-China defense policy coordination talks: the article reports the 17th round/,
    );
  });

  it('reads "fixed" of a dialogue cut off as its restart', () => {
    expect(chat('why did china cut the mil talks', 'who fixed it eventually').text).toMatch(
      /^Joe Biden and Xi Jinping/,
    );
  });
});

describe('follow-ups that ask the order of the last event, or count what was just listed', () => {
  it('reads "so before or after <B>?" and "were they before or after <B>?" as asked of the last event', () => {
    engine.ask('anything about taiwan elections in there?', 'o1');
    expect(engine.ask('so before or after the talks ended', 'o1').text).toMatch(
      /^After: Taiwan's presidential and parliamentary polls .* came after the 17th round/,
    );
    engine.ask('when did pelosi go to taiwan', 'o2');
    expect(engine.ask('were they before or after the balloon', 'o2').text).toMatch(
      /^Before: Nancy Pelosi's visit/,
    );
  });

  it('counts the things just listed when the count names a noun ("how many issues is that")', () => {
    engine.ask('whats still making relations tense', 'o3');
    expect(engine.ask('how many issues is that', 'o3').text).toMatch(/^That makes 3: Taiwan's future/);
  });
});

describe('follow-ups about the other person, or after a dispute', () => {
  it('asks the last question of the one the last person met ("and the other guy?")', () => {
    engine.ask('who was on the american side in the talks', 'p1');
    engine.ask('whats his job', 'p1');
    expect(engine.ask('and the other guy?', 'p1').text).toMatch(/^Song Yanchao is /);
    expect(engine.ask("what's his title", 'p1').text).toMatch(/^Song Yanchao is .*deputy director/);
    engine.ask('who is brown', 'p2');
    expect(engine.ask('and the other guy?', 'p2').text).toMatch(/^Liu Zhenli is /);
  });

  it('does not answer "why tho" after a dispute with an event spoken of before it', () => {
    engine.ask('whats going on in taiwan this weekend', 'p3');
    expect(engine.ask('does china think taiwan is theirs', 'p3').text).toMatch(
      /^Yes\. Beijing claims sovereignty/,
    );
    const a = engine.ask('why tho', 'p3');
    expect(a.text).not.toMatch(/polls/);
  });

  it('reads "the <described person>, whats his name again" as asking the name', () => {
    expect(engine.ask('the chinese general chase met w, whats his name again').text).toMatch(/Song Yanchao/);
  });
});

describe('follow-ups that count a side, name a topic first, or compare dates', () => {
  it('counts one side of the people just listed ("how many of them chinese")', () => {
    engine.ask('how many people are named', 'w1');
    expect(engine.ask('how many of them chinese', 'w1').text).toMatch(
      /^3 of them are from China: Song Yanchao, Liu Zhenli and Xi Jinping/,
    );
  });

  it('checks "the <event>, also in <place>?" and then "same month as <X>?" of that event', () => {
    engine.ask('so the talks were in beijing right', 'w2');
    expect(engine.ask('and the brown call, also in dc?', 'w2').text).toMatch(
      /^No\. It was a virtual meeting/,
    );
    expect(engine.ask('same month as the dc talks?', 'w2').text).toMatch(
      /^No\. .*December 2023.*Jan\. 8-9, 2024|^No\. .*Jan\. 8-9, 2024.*December 2023/,
    );
  });
});

describe('which of the people just listed hold a title or rank', () => {
  it('answers "which of them are presidents / generals" from the list, and says so when none is', () => {
    engine.ask('how many people are mentioned by name in the article', 'r1');
    expect(engine.ask('which of them are presidents', 'r1').text).toMatch(/^Joe Biden and Xi Jinping: /);
    expect(engine.ask('which of them are generals', 'r1').text).toMatch(
      /^Song Yanchao, Charles Q\. Brown and Liu Zhenli: Song Yanchao is a Major General/,
    );
    const none = engine.ask('which of them are admirals', 'r1');
    expect(none.answered).toBe(false);
  });
});

describe('one of the people just named, picked by side', () => {
  it('answers "which one\'s <demonym>" of the two the last answer named, then "his job" of that one', () => {
    engine.ask('who were the two main guys at the washington talks', 'p1');
    expect(engine.ask("which one's chinese", 'p1').text).toMatch(/^Song Yanchao is a Chinese Major General/);
    expect(engine.ask('and his job?', 'p1').text).toMatch(/^Song Yanchao .*deputy director/);
    engine.ask('who met virtually', 'p2');
    expect(engine.ask('which one is american?', 'p2').text).toMatch(/^Charles Q\. Brown/);
  });
});

describe('what the last answer counted, named or narrowed', () => {
  it("names what was just counted, then those of one side, then the other side's one", () => {
    engine.ask('how many generals are mentioned in the article', 'n1');
    expect(engine.ask('name them', 'n1').text).toBe('Song Yanchao, Charles Q. Brown and Liu Zhenli.');
    expect(engine.ask('which of them are chinese', 'n1').text).toMatch(/^Song Yanchao and Liu Zhenli: /);
    expect(engine.ask("and the american one's job", 'n1').text).toMatch(
      /^Charles Q\. Brown is .*Joint Chiefs/,
    );
  });

  it('checks "and its like the <ordinal> round?" against the event just talked about', () => {
    engine.ask('us and china had mil talks in dc, ending tuesday?', 'n2');
    expect(engine.ask('and its like the 7th round?', 'n2').text).toMatch(/^No\. It was the 17th round/);
  });
});

describe('"which <kind>" after a list that names one of that kind', () => {
  it('is the one the list names ("which sea" of claims in the <X> Sea)', () => {
    engine.ask('what are the disputes between the us and china', 'ws1');
    expect(engine.ask('which sea', 'ws1').text).toMatch(/^The South China Sea: /);
  });

  it('is not answered from a list that names none of that kind', () => {
    engine.ask('what are the disputes between the us and china', 'ws2');
    const a = engine.ask('which court', 'ws2');
    expect(a.answered).toBe(false);
    expect(a.text).not.toMatch(/Court:/);
  });
});

describe('which of a listed count are of a side', () => {
  it('answers "which ones are <demonym>" and then "and the <other demonym> one?" from the list', () => {
    const chat = conversations(sharedEngine(), 'listed-sides');
    expect(chat('how many generals r named in the article', 'which ones are chinese').text).toMatch(
      /^Song Yanchao and Liu Zhenli: /,
    );
    expect(
      chat('how many generals r named in the article', 'which ones are chinese', 'and the american one?')
        .text,
    ).toMatch(/^Charles Q\. Brown: /);
  });
  it('still reads "who is <name>" after such a list as the question it is', () => {
    const chat = conversations(sharedEngine(), 'listed-then-named');
    expect(chat('how many generals r named in the article', 'who is brown').text).toMatch(
      /^Charles Q\. Brown is the U\.S\. Chairman/,
    );
  });
});

describe('"this <word for the news>" with nothing said before', () => {
  it("is the article's news, not another event the word fits", () => {
    expect(engine.ask('was this meeting done over zoom').text).toMatch(/^No\. It took place in Washington/);
    expect(engine.ask('was the brown liu meeting over zoom').text).toMatch(
      /^Yes\. General Charles Q\. Brown/,
    );
  });
});

describe('follow-ups on an event spoken of by "it"', () => {
  it('answers "who\'s the <demonym> in it" of that event, then its other person, its date and its length', () => {
    const chat = conversations(sharedEngine(), 'it-event');
    expect(chat('theres a virtual meeting mentioned too right', "who's the american in it").text).toMatch(
      /^General Charles Q\. Brown/,
    );
    const chat2 = conversations(sharedEngine(), 'it-event-2');
    const turns = [
      'theres a virtual meeting mentioned too right',
      "who's the american in it",
      'and the other guy?',
    ];
    expect(chat2(...turns).text).toMatch(/^(?:General )?Liu Zhenli/);
    const how = conversations(sharedEngine(), 'it-event-3')(...turns, 'when', 'how long did it last');
    expect(how.answered).toBe(false);
    expect(how.text).toMatch(/^The article doesn't say how long it lasted/);
  });
  it('says what the article does not say was discussed at it ("what did they talk abt")', () => {
    const reply = conversations(sharedEngine(), 'it-topics')(
      'so brown talked to a chinese general too?',
      'what did they talk abt',
    );
    expect(reply.answered).toBe(false);
    expect(reply.text).toMatch(/^The article doesn't say what was discussed at the virtual meeting/);
    expect(engine.ask('what did they talk about').text).toMatch(/^The two sides delved into U\.S\.-PRC/);
  });
  it('orders "and the <X> thing was before or after" against the last event', () => {
    const chat = conversations(sharedEngine(), 'order-open');
    expect(chat('when did the talks end', 'and the brown liu thing was before or after').text).toMatch(
      /^Before: the virtual meeting between Charles Q\. Brown and Liu Zhenli \(December 2023\) came before the 17th round/,
    );
    expect(
      conversations(sharedEngine(), 'order-open-2')('so the talks ended jan 9 right', 'so day one was?').text,
    ).toMatch(/^Monday, Jan\. 8, 2024, worked out/);
  });
});

describe('follow-ups that keep the subject of the last answer', () => {
  it('orders "was that before or after <B>" of the event asked about first, never "Yes."', () => {
    const reply = conversations(sharedEngine(), 'subject-order')(
      'ok and was the brown meeting part of the 17th round?',
      'was that before or after the washington talks',
    );
    expect(reply.text).toMatch(/^Before: the virtual meeting between Charles Q\. Brown and Liu Zhenli/);
  });
  it('asks "and the <demonym> general he met?" of who the last person met', () => {
    const reply = conversations(sharedEngine(), 'described-met')(
      'who was the pentagon guy at the talks',
      'and the chinese general he met?',
    );
    expect(reply.text).toMatch(/^Song Yanchao is a Chinese Major General/);
  });
  it('reads "the previous one" as another occurrence of the last event, whatever the verb', () => {
    const reply = conversations(sharedEngine(), 'previous-one')(
      'so which round of these defense policy talks was this',
      'where was the previous one held',
    );
    expect(reply.answered).toBe(false);
    expect(reply.text).toMatch(/^The article doesn't say anything about another round/);
  });
  it('carries the event an alternative question settled into "was that in person" and "how long"', () => {
    const chat = conversations(sharedEngine(), 'alternative-subject');
    const turns = ['did the top generals talk too or just the policy ppl', 'was that in person'];
    expect(chat(turns[0] ?? '').text).toMatch(/Charles Q\. Brown/);
    expect(chat(...turns).text).toMatch(/^No\. It was a virtual meeting/);
    expect(chat(...turns, 'when').text).toMatch(/^Last month \(December 2023\)/);
    const long = chat(...turns, 'when', 'how long did they talk for');
    expect(long.answered).toBe(false);
    expect(long.text).toMatch(/^The article doesn't say how long it lasted/);
  });
  it('asks "what rank" of the person last answered about', () => {
    const reply = conversations(sharedEngine(), 'what-rank')('who did chase meet', 'what rank');
    expect(reply.text).toMatch(/^Song Yanchao's rank is Major General/);
  });
});

describe('"this" and "it" with nothing said before', () => {
  it('reads a bare "this" as the subject like "it": the article\'s news, or the last thing spoken of', () => {
    expect(engine.ask('is this a big deal?').text).toMatch(/^Yes\. The article calls the 17th round/);
    expect(engine.ask('was it virtual').text).toMatch(/^No\. It took place in Washington/);
    const chat = conversations(sharedEngine(), 'it-manner');
    expect(chat('when was the brown liu meeting', 'was it virtual').text).toMatch(
      /^Yes\. General Charles Q\. Brown met/,
    );
  });
  it('claims nothing with "is it right?" or "is this true?" alone', () => {
    for (const q of ['is it right?', 'is this right?', 'is this true'])
      expect(engine.ask(q).answered, q).toBe(false);
  });
});

describe('"after that" closing a claim about another event', () => {
  it('orders the event named against the one the conversation is on', () => {
    const chat = conversations(sharedEngine(), 'after-that');
    expect(
      chat('who made the deal to start talking again', 'and the dc talks came after that right?').text,
    ).toMatch(/^Yes\. The 17th round .*; the agreement between Joe Biden and Xi Jinping: late 2023/);
  });
});

describe('a pair put against another after a question of order', () => {
  it('asks the order again of the two put up ("and <A> vs <B>?"), and "how long between those two" of them', () => {
    const chat = conversations(sharedEngine(), 'pair-against');
    const first = 'pelosi trip or the biden xi agreement, which was first';
    const pair = 'and brown liu call vs the washington talks?';
    expect(chat(first, pair).text).toMatch(
      /^The virtual meeting between Charles Q\. Brown and Liu Zhenli came first/,
    );
    expect(chat(first, pair, 'how long between those two').text).toMatch(
      /^About 1 month, worked out from the article's dates/,
    );
    // (With no question of order before, two things put against each other ask nothing of order.)
    expect(chat('who is chase', 'and brown liu call vs the washington talks?').text).not.toMatch(
      /came first/,
    );
  });

  it('echoes "over what" after a hedge, but not one word of a longer phrase ("doctor of what")', () => {
    const chat = conversations(sharedEngine(), 'echo-after');
    expect(chat('are us-china relations actually fine now or what', 'like over what').text).toMatch(
      /^Taiwan's future, territorial claims in the South China Sea/,
    );
    expect(chat("he's called dr chase in the article?", 'doctor of what').answered).toBe(false);
    expect(engine.ask('doctor of what').answered).toBe(false);
  });
});

describe('"of it" after a title, and the people of one event named side by side', () => {
  it('reads "is he the director/boss of it" as the title claimed of him, not of the event spoken of', () => {
    const chat = conversations(sharedEngine(), 'title-of-it');
    for (const q of ['is he the director of it?', 'is he the boss of it'])
      expect(chat("who'd the chinese send", 'what office is he with', q).text, q).toMatch(
        /^No\. .*deputy director of the central military commission office/,
      );
  });

  it('takes "the <A> <B> thing" as the event both took part in when asking how two things are connected', () => {
    expect(engine.ask('how r the jan talks connected to the biden xi thing').text).toMatch(
      /^The article ties them through these events: U\.S\. President Joe Biden and Chinese President Xi Jinping agreed/,
    );
  });
});

describe('"the other guy" after a question that names a country only in the name of the talks', () => {
  it('asks of the one the person met, not of the other country', () => {
    const chat = conversations(sharedEngine(), 'other-guy');
    expect(chat('yo who was the pentagon guy in those china talks', 'and the other guy?').text).toMatch(
      /^Song Yanchao is a Chinese Major General/,
    );
    expect(chat('who led the chinese side', 'and the other side?').text).toMatch(/^Michael Chase/);
  });
});

describe('"those" as the subject, and the gap asked after an order', () => {
  it('reads "did those go on" as the event the conversation is on', () => {
    const chat = conversations(sharedEngine(), 'those-subject');
    expect(chat('when were the talks', 'how many days did those go on for?').text).toMatch(/^Two days:/);
    expect(
      chat('when were the talks', 'how many days did those go on for?', 'were those in washington?').text,
    ).toMatch(/^Yes\./);
  });

  it('works out "how many months before" from the two events the last answer put in order', () => {
    const chat = conversations(sharedEngine(), 'gap-after-order');
    expect(
      chat('and the brown liu meeting, before or after the washington talks?', 'how many months before').text,
    ).toMatch(/^About 1 month, worked out from the article's dates/);
  });
});

describe('a rambling message whose lead-in is refused or names the topic first', () => {
  it('still takes "those" in the question as the last event the lead-in names', () => {
    const a = sharedEngine().ask(
      'ok so my cousin keeps saying the us and china dont talk at all anymore and i told him thats not true bc i read something abt military talks in washington, how many days did those go on for?',
    );
    expect(a.text).toMatch(/^Two days:/);
  });

  it('asks the question of the part it is about ("<a remark>, the part about <X>, which one was <Y>?")', () => {
    const a = sharedEngine().ask(
      'i was reading this on my phone and lost it halfway lol, the part about the two generals who met online, which one was american?',
    );
    expect(a.text).toMatch(/^General Charles Q\. Brown/);
  });

  it('drops a remark about oneself typed without an apostrophe ("im trying to ..., whats <X>")', () => {
    const chat = conversations(sharedEngine(), 'self-remark');
    const remark =
      'im trying to explain this to my dad, whats the central military commission thing in the article';
    expect(chat(remark).text).toMatch(
      /^The central military commission office for international military cooperation is/,
    );
    expect(chat(remark, 'is he the director?').text).toMatch(
      /^No\. Song Yanchao is a Chinese Major General, deputy director/,
    );
  });
});

describe('a premise after the question, and chat tails', () => {
  it('reads "which month is that if <premise>" as asked of what the remark said', () => {
    expect(
      sharedEngine().ask(
        "the brown liu meeting was 'last month', which month is that if the talks were in january",
      ).text,
    ).toMatch(/^Last month \(December 2023\)/);
  });

  it('drops "in plain english" and "for some reason" from what is asked', () => {
    expect(sharedEngine().ask("whats song yanchao's job in plain english").text).toMatch(
      /^Song Yanchao is a Chinese Major General, deputy director/,
    );
  });
});

describe('"why" after an answer about how the parties stand', () => {
  it('gives why the relationship stands so', () => {
    const chat = conversations(sharedEngine(), 'why-standing');
    expect(chat('so are things good between the us and china now', 'y tho').text).toMatch(
      /^The relationship between Washington and Beijing remains strained, amid heightened tensions: the two sides are in dispute over/,
    );
  });
});

describe('a name typed alone, and after a refusal', () => {
  it('tells what the article says a name is, also right after an answer that named it', () => {
    expect(sharedEngine().ask('mongolia?').text).toMatch(
      /^Mongolia is one of the countries in Michael Chase's portfolio/,
    );
    const chat = conversations(sharedEngine(), 'name-alone');
    expect(chat('which areas does chase cover at the pentagon', 'mongolia??').text).toMatch(
      /^Mongolia is one of/,
    );
  });

  it('does not echo sentences read before a refusal ("in what" after "does he have a phd")', () => {
    const chat = conversations(sharedEngine(), 'after-refusal');
    const a = chat('which areas does chase cover at the pentagon', 'does he have a phd or smth', 'in what');
    expect(a.answered).toBe(false);
  });

  it('checks a place typed as a guess after "where"', () => {
    const chat = conversations(sharedEngine(), 'place-guess');
    expect(chat('where were the talks', 'in beijing?').text).toMatch(/^No\. It took place in Washington/);
  });
});

describe('"the other one" of two meetings, and which came first', () => {
  it('goes on to the other meeting after one quoted, then orders the two', () => {
    const chat = conversations(sharedEngine(), 'other-meeting');
    const first = 'theres like two meetings mentioned. which one was virtual';
    expect(chat(first, 'and the other one?').text).toMatch(
      /^U\.S\. and Chinese defense officials held the 17th round/,
    );
    expect(chat(first, 'and the other one?', 'which happened first').text).toMatch(
      /^The virtual meeting between Charles Q\. Brown and Liu Zhenli came first/,
    );
    // (After a question naming a person, "the other one" is whom they met.)
    expect(chat('who is brown', 'and the other one?').text).toMatch(/^Liu Zhenli is/);
  });
});

describe('a guessed ordinal and "this" as the article', () => {
  it('answers "which round was this, like the <nth>?" with the round', () => {
    expect(sharedEngine().ask('ngl i forgot, which round was this, like the 15th?').text).toMatch(
      /^It was the 17th round/,
    );
  });

  it('reads "which countries is this about" as about the article', () => {
    expect(sharedEngine().ask('which two countries is this about').text).toMatch(
      /^The United States and China/,
    );
  });
});

describe('"and wen is the next" after a numbered round', () => {
  it("says the article covers only this round, not this round's date", () => {
    const chat = conversations(sharedEngine(), 'when-next');
    const a = chat('what round of talks was this', 'and wen is the next');
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(/^The article doesn't say anything about another round/);
    expect(chat('when were the talks', 'what came next').text).toMatch(/^After the 17th round/);
  });
});

describe('a list asked about', () => {
  it('says whether the last answer listed what "is <X> one of them?" names, and gives the list again', () => {
    const turn = conversations(engine, 'list-member');
    expect(
      turn(
        'chase is deputy assistant secretary for what countries',
        'how many is that',
        'is japan one of them',
      ).text,
    ).toBe('No: the article gives China, Taiwan and Mongolia.');
    expect(
      turn('chase is deputy assistant secretary for what countries', 'is taiwan on the list').text,
    ).toMatch(/^Yes: the article gives China, Taiwan and Mongolia\./);
    // (Nothing listed: no list to check.)
    expect(turn('is japan one of them').text).not.toMatch(/the article gives/);
  });

  it('counts "how many days total" as the length of what the conversation is about', () => {
    const turn = conversations(engine, 'days-total');
    expect(turn('wheres the us china military talks happening', 'how many days total').text).toMatch(
      /^Two days/,
    );
  });
});

describe('a bare "how long" after how things stand', () => {
  it('asks how long that will take, not the length of an event spoken of before', () => {
    const turn = conversations(engine, 'progress-how-long');
    expect(turn('so is it all good now then', 'how long').text).not.toMatch(/^Two days/);
  });
});

describe('"and start?" after a question with no verb of its own', () => {
  it('asks the last question that had a verb again with the new one', () => {
    const turn = conversations(engine, 'and-start');
    expect(turn('when did the defense talks end', 'what day of the week', 'and start?').text).toMatch(
      /^Monday, Jan\. 8/,
    );
  });
});

describe('"<X> too?" after a list', () => {
  it('says whether the list the last answer gave holds <X>, by name or as part of an item', () => {
    const chat = conversations(sharedEngine(), 'too');
    expect(chat('wats chase responsible for', 'taiwan too?').text).toMatch(
      /^Yes: the article gives China, Taiwan and Mongolia/,
    );
    expect(chat('wats chase responsible for', 'japan too?').text).toMatch(/^No: /);
    expect(chat('what were the disputes', 'taiwan too?').text).toMatch(/^Yes: /);
  });
});

describe('a bare "what time?" after a date', () => {
  it('asks the time of day, which the article does not give, not the date again', () => {
    const chat = conversations(engine, 'time-of-day');
    const reply = chat('wat date did the talks wrap', 'wat time');
    expect(reply.answered).toBe(false);
    expect(reply.text).toMatch(/doesn't say at what time of day/);
    expect(chat('when was pelosi in taiwan', 'which year').text).toMatch(/^August 2022/);
  });
});

describe('another numbered instance asked for by number after the noun', () => {
  it('says the article covers only the numbered one ("when was round 1")', () => {
    const reply = conversations(engine, 'round-one')('what number round was this', 'when was round 1');
    expect(reply.answered).toBe(false);
    expect(reply.text).toMatch(/anything about another round/);
    expect(engine.ask('when was round 17').text).toMatch(/^Jan\. 8-9, 2024/);
  });
});

describe("a side's adjective owning something", () => {
  const ask = conversations(engine, 'owned');
  it('reads "the <demonym>\'s title" after two people of two sides as the one of that side', () => {
    expect(
      ask('who had the virtual meeting last month', 'which one is chinese', "and the american's title?").text,
    ).toMatch(/^Charles Q\. Brown is .*Chairman of the Joint Chiefs/);
  });

  it('leaves "the <demonym> side\'s <noun>" to the side', () => {
    expect(ask("what's the chinese side's office called").text).not.toMatch(/Liu Zhenli/);
  });
});

describe('"and <person>?" after a question about one person', () => {
  const chat = conversations(engine, 'another-person');

  it('asks the same question of the other person, answered or not', () => {
    const age = chat('how old is chase', 'ok wat about song');
    expect(age.answered).toBe(false);
    expect(age.text).not.toMatch(/^Song Yanchao is/);
  });

  it('reads the name as a person, not as a verb to put in the question', () => {
    expect(chat('who did chase meet', 'and brown?').text).toMatch(/Brown met .*Liu Zhenli/);
  });
});

describe('"between them" and "does that ..." after a question naming two parties, or something of someone', () => {
  it('reads "between them" as between the two the last question named', () => {
    engine.ask('does china claim taiwan', 'bt1');
    expect(engine.ask('whats going on between them rn', 'bt1').text).toMatch(/war of words/);
  });

  it('reads "does that <verb> ..." after "what\'s <A>\'s <thing>" as of that thing', () => {
    engine.ask("whats chase's job", 'bt2');
    expect(engine.ask('does that cover taiwan too?', 'bt2').text).toMatch(/^Yes\. .*Taiwan/);
  });

  it('reads a bare "which ones" after a question about a thing by its noun as which of that noun', () => {
    engine.ask('taiwan has an election soon right', 'bt4');
    expect(engine.ask('which ones', 'bt4').text).toMatch(/presidential and parliamentary/i);
  });

  it('answers no "No" to whether a title includes a body it names', () => {
    expect(engine.ask("does brown's title include the joint chiefs?", 'bt3').text).not.toMatch(/^No\b/);
  });
});
