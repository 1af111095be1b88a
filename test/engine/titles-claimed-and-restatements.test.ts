import { describe, expect, it } from 'vitest';
import { askIngested, ingestedEngine } from '../support/ingested-engine.js';
import { conversations, sharedEngine } from './engine-fixture.js';

const ask = conversations(sharedEngine(), 'titles-claimed-and-restatements');

// An article of its own: a mayor, a union leader titled by a body's name before the role, and a chief executive
// described in an appositive at a sentence's start.
const lines = [
  'Port strike ends after mayor brokers deal',
  '',
  'ROTTERDAM, May 5 (Harbour Wire) - Dockworkers at the port of Rotterdam ended a three-day strike on Tuesday after Mayor Anneke Vos brokered a pay deal with the port authority.',
  'Union leader Pieter de Wit said the deal gave workers a 4 percent raise.',
  "The port authority's chief executive, Marloes Kuiper, said ships would be cleared by Friday.",
];
const askPort = askIngested(lines, '2026-05-05');

describe('a title claimed for a name', () => {
  it('says whom the title names when the name typed is another, or one the article never gives', () => {
    for (const q of [
      'the chinese president is hu jintao here right',
      'is the chinese president liu zhenli',
    ]) {
      const a = ask(q);
      expect(a.answered, q).toBe(true);
      expect(a.text, q).toMatch(/^No\. Xi Jinping is the Chinese President/);
    }
    expect(ask('the us president in the article is trump? idk i skimmed').text).toMatch(/^No\. Joe Biden/);
  });

  it('confirms the title of the one it names, in either word order', () => {
    expect(ask('the us president in the article is biden?').text).toMatch(/^Yes\. Joe Biden/);
    expect(ask('is the chinese president xi').text).toMatch(/^Yes\. Xi Jinping/);
  });

  it('claims no name where the words after a description are no name, or the article uses them', () => {
    expect(ask('the chinese guy at the talks, is he army navy or what').answered).toBe(false);
    expect(ask('is the chinese president old').answered).toBe(false);
    expect(ask('the pentagon guy, does the article call him dr?').text).toMatch(/^Yes\./);
  });

  it("reads an ingested article's titles the same way, with a body's name before the role as part of it", () => {
    expect(askPort('is the mayor anneke vos').text).toMatch(/^Yes\. Anneke Vos/);
    expect(askPort('is the mayor jan smit').text).toMatch(/^No\. Anneke Vos/);
    expect(askPort('is the union leader de wit').text).toMatch(/^Yes\. Pieter de Wit is Union leader/);
    const ceo = askPort('the port authority chief executive is pieter de wit?');
    expect(ceo.text).toMatch(/^No\. Marloes Kuiper is the port authority's chief executive/);
  });

  it('never says "Yes" to a claim whose words are spread over two sentences with no verb to join them', () => {
    const a = askPort('the port authority is pieter de wit right');
    expect(a.text).not.toMatch(/^Yes/);
  });
});

describe('restated and reworded questions', () => {
  it('asks "what does <X> mean / refer to" as what <X> is, in quotes too', () => {
    for (const q of ["whats the '17th round' referring to", 'what does the 17th round mean']) {
      const a = ask(q);
      expect(a.answered, q).toBe(true);
      expect(a.text, q).toMatch(/defense policy coordination talks/);
    }
  });

  it('answers "<question>, like <another question>" as both, and refuses the pair when either is unanswered', () => {
    const a = ask('how did the talks get restarted, like whose call was it');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/Biden/);
    expect(a.text).toMatch(/Xi Jinping/);
    for (const q of [
      'who got the talks going on the us side, like who proposed them',
      "whats song yanchao's background, like what did he do before",
    ])
      expect(ask(q).answered, q).toBe(false);
  });

  it('reads "whose call was it" as who decided, not a phone call', () => {
    expect(ask('whose call was it to restart talks').text).toMatch(/^Joe Biden and Xi Jinping/);
  });

  it('names the person an honorific or title belongs to for "which one is called <title>"', () => {
    expect(ask('which one is called dr').text).toMatch(/^Michael Chase/);
  });

  it('asks what someone said about a topic put as "why <topic> matter"', () => {
    const a = ask('what did chase say abt why open lines of communication matter');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/open lines of military communication/);
  });

  it('puts "in person or online" as the whole manner against the other', () => {
    expect(ask('were the talks in person or online?').text).toMatch(/^In person: /);
  });

  it('answers why two parties did an act from the event that names the act, not one they only held', () => {
    const a = ask('why did the us and china restart talks');
    expect(a.text).toMatch(/Biden and .*Xi Jinping agreed .* to restart/);
    expect(a.text).not.toMatch(/doesn't say that the United States did that/);
  });
});

describe('how two parties get on, and what the conversation is on', () => {
  it('reads "<A> and <B> getting along rn?" as how they stand, without its auxiliary too', () => {
    expect(ask('are the us and china getting along rn').text).toMatch(/^No\. The relationship .* strained/);
    expect(ask('taiwan and china getting along rn?').text).toMatch(/^No\. Taiwan and China .* war of words/);
    expect(ask('are the us and china on bad terms').text).toMatch(/^Yes\. The relationship .* strained/);
  });

  it('takes "that" in "was that part of <B>" for the event the conversation is on', () => {
    const a = ask('when did brown and liu meet', 'was that part of the 2 day talks in dc');
    expect(a.text).toMatch(/^No\. They were separate events/);
  });

  it('reads "and <X>s reaction" as how <X> reacted to what was just said', () => {
    const a = ask('who is pelosi in this article', 'and chinas reaction');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/severed diplomatic dialogue in response/);
  });
});

describe('questions put in chat order or with an exclusion', () => {
  it('answers "<statement> on which date and in which city" as two questions', () => {
    const a = ask('for my notes: the talks ended on which date and in which city');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/Jan\. 9/);
    expect(a.text).toMatch(/In Washington/);
  });

  it('reads "what does the <side> of <X> do for work" as who that is', () => {
    expect(ask('what does the chinese side of the dc talks do for work').text).toMatch(
      /Song Yanchao.*deputy director/,
    );
  });

  it('reads "summarize the <topic> bit" as what the article says about the topic', () => {
    const a = ask('summarize the taiwan election bit');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/presidential and parliamentary polls this weekend/);
  });

  it('drops "besides <X>" from a topic question, and reads "what else does it say about <X>" as the topic', () => {
    for (const q of [
      'anything about taiwan in there besides the pelosi stuff',
      'what else does it say about taiwan',
    ]) {
      const a = ask(q);
      expect(a.answered, q).toBe(true);
      expect(a.text, q).not.toMatch(/Pelosi/);
    }
  });
});

describe("the conversation's event pointed at, a woman the article does not name, and claims of scope", () => {
  it('takes "that <word for the event>" for the event the conversation is on, and corrects its date', () => {
    const a = ask('when did brown and liu meet', 'was that meeting this month');
    expect(a.text).toMatch(/^No\. It was last month \(December 2023\)/);
  });

  it('says the article names no woman of a body, and names its one person only when the rest fits them', () => {
    const a = ask("who's the pentagon lady in the talks");
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(
      /^The article names no woman among Pentagon officials; the one it names there is Michael Chase/,
    );
    const reporters = ask('the pentagon lady who spoke to reporters, whats her name');
    expect(reporters.answered).toBe(false);
    expect(reporters.text).not.toMatch(/Pelosi|Chase|Brown/);
  });

  it('never takes "her" in a question about such a woman for the one woman the article names elsewhere', () => {
    const a = ask('the pentagon lady who ran the talks on the us side, whats her name again');
    expect(a.text).not.toMatch(/Pelosi/);
  });

  it('corrects the places claimed for a title, "<A> is for <B>, <C> and <D>"', () => {
    expect(ask('quick check: chase is for china, taiwan AND korea right').text).toMatch(/^No\. .*Mongolia/);
  });

  it('reads "an actual war", "how does <A> see <B>" and "what is <a time> referring to"', () => {
    expect(ask('is there like an actual war between taiwan and china rn').text).toMatch(
      /^No, .*war of words/,
    );
    expect(ask('how does china see taiwan per the article').text).toMatch(/sovereignty/);
    expect(ask("what's 'this weekend' referring to in the last part").text).toMatch(
      /presidential and parliamentary polls/,
    );
  });
});

describe('"this" after a question word', () => {
  it('reads "why is this happening" with nothing said before as asking about the article\'s news', () => {
    const a = ask('why is this happening');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/significant step/);
  });
});

describe('a light verb with a noun made from a verb', () => {
  it('reads "made some agreement", "make an agreement" as agreeing', () => {
    for (const q of ['so biden and xi made some agreement?', 'did biden and xi make an agreement']) {
      const a = ask(q);
      expect(a.text, q).toMatch(/^Yes\. .*agreed late last year/);
    }
  });

  it('reads "who did the <noun made from a verb>" as who did that act', () => {
    expect(ask('who did the severing, us or china').text).toMatch(/^Beijing severed/);
  });

  it('reads them the same way in an ingested article', () => {
    const ferry = ingestedEngine(
      'Ferry talks resume\n\nRelations remain tense after the Norwegian seizure of a Danish trawler in April.',
      { date: '2025-05-06' },
    );
    expect(ferry.ask('did norway make a seizure of a danish trawler').text).toMatch(/^Yes\./);
    expect(ferry.ask('did norway make a seizure of a swedish trawler').text).not.toMatch(/^Yes/);
  });
});

describe('"and the other <side> <role>?"', () => {
  it('asks the last question again of the one other person of that role and side', () => {
    const a = ask('whats song yanchaos rank', 'and the other chinese general mentioned?');
    expect(a.text).toMatch(/^Liu Zhenli's rank is General/);
  });
});

describe('a factual claim put as "is it right that", and "what is <A> saying"', () => {
  it('checks "is it right that <they> met in <a place>" as a claim, but still gives no verdict on whether an act was right', () => {
    expect(ask('is it right that the us and china met in hawaii for this?').text).toMatch(
      /^No\. It took place in Washington/,
    );
    expect(ask('was it right that beijing severed ties').answered).toBe(false);
  });

  it('reads "what\'s <the side> saying is needed ..." as what they say', () => {
    const a = ask("what's the us side saying is needed to keep competition from turning into conflict");
    expect(a.text).toMatch(/open lines of military communication/);
  });
});

describe('advice, the next one, and "mentioned" closing a question', () => {
  it('gives no advice ("who should i vote for")', () => {
    expect(ask('who should i vote for in taiwan lol').answered).toBe(false);
  });

  it('reads "the next <A> <B> meeting" as one the article does not report', () => {
    const a = ask('whens the next brown liu meeting');
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(/doesn't say anything about another round or occurrence/);
  });

  it('drops "mentioned" closing a question that asks who or what', () => {
    expect(ask('whats the name of the us prez mentioned').text).toMatch(/^Joe Biden/);
    expect(ask('is mongolia mentioned').text).toMatch(/^Yes\. The article mentions Mongolia/);
  });
});

describe('guards on an ingested article', () => {
  const askCouncil = askIngested(
    [
      'Council bans tourist carts',
      '',
      'The city council voted on Thursday, May 7, to ban electric tourist carts from the old town.',
      'Jan Kowal, an opposition councillor who voted against, called the ban a mistake.',
      'Lena Fitz, chief executive of the Carters Union, warned that drivers would lose their jobs.',
    ],
    '2026-05-07',
  );

  it('reads "what did the <noun made from a verb> ..." as asked, not as a light verb', () => {
    expect(askCouncil('What did the opposition councillor who voted against it say?').text).toMatch(
      /mistake/,
    );
  });

  it('says no woman of a body is named only when everyone named of it is known to be a man', () => {
    expect(askCouncil('what did the carters union lady warn about').text).not.toMatch(
      /names no woman|doesn't name any woman/,
    );
  });
});
