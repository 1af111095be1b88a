import { describe, expect, it } from 'vitest';
import { askIngested } from '../support/ingested-engine.js';
import { sharedEngine } from './engine-fixture.js';

const engine = sharedEngine();
const ask = (q: string) => engine.ask(q, `stances-gaps-${q}`);
/** A conversation of its own: each turn asked in order, the last answer returned. */
const converse = (name: string, ...turns: string[]) =>
  turns.map((t) => engine.ask(t, `stances-gaps-conv-${name}`)).at(-1);

const lake = askIngested(
  [
    'Mussels block water intake',
    '',
    'A water utility on the shore of Lake Arden shut down one of its two intakes on Monday, February 10, after divers found that mussels had cut the flow by almost half.',
    'The mussel was first found in the lake in 2016, probably carried in on boats.',
    'The lake commission, which brings together three regions, said the regions had agreed to fund a joint monitoring programme worth 1.5 million euros over three years.',
  ],
  '2025-02-12',
);

const mural = askIngested(
  [
    'Council fines developer over painted wall',
    '',
    'The city council of Varnholm voted on Wednesday, October 8, to fine a property developer 1.2 million crowns for painting over a large mural on a former mill.',
    'The developer said it would not appeal.',
  ],
  '2025-10-10',
);

describe('"did <someone> agree with that?"', () => {
  it('asks what they thought of something said, which an act two parties agreed on does not settle', () => {
    const a = converse('agree', 'what did chase push for in the talks', 'did the chinese guy agree w that?');
    expect(a?.answered).toBe(false);
    expect(a?.text).not.toMatch(/^Yes/);
    expect(a?.text).toMatch(/doesn't say what anyone thought of that/);
  });
  it('still checks an agreement between two people', () => {
    const a = ask('did biden agree with xi?');
    expect(a.text).toMatch(/^Yes\./);
  });
});

describe('a person described by a clause, with nothing else asked', () => {
  it('asks who they are: "the other <demonym> general, the one <A> talked to?"', () => {
    const a = converse(
      'other-general',
      'the chinese general at the dc talks, whats his rank',
      'and the other chinese general, the one brown talked to?',
    );
    expect(a?.answered).toBe(true);
    expect(a?.text).toMatch(/Liu Zhenli/);
    expect(a?.text).toMatch(/general/i);
  });
});

describe('"was <X> one of the topics"', () => {
  it('asks whether it was discussed', () => {
    const a = ask('was us-prc defense relations one of the topics');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^Yes\..*defense relations/);
  });
  it('is not a verdict on a topic the talks are not said to have covered', () => {
    const a = ask('was the balloon one of the topics?');
    expect(a.text).not.toMatch(/^Yes/);
  });
});

describe('"what\'s the <noun> <person> works under called"', () => {
  it('is asked the plain way round: what <noun> does <person> work under', () => {
    const a = ask("what's the commission song works under called");
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/central military commission/i);
  });
});

describe('a claim that someone did something with a person the article never mentions', () => {
  it('is "No", with the one the article names', () => {
    const a = ask('biden met w putin to restart the china dialogue right?');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^No\..*Xi Jinping/);
  });
  it('is not "No" of a plain word after "with": the article may simply not say', () => {
    const a = ask('did chase talk with reporters?');
    expect(a.text).not.toMatch(/^No\b/);
  });
});

describe('"those" closing a question', () => {
  it('stands for the thing the conversation is on', () => {
    const a = converse('those', 'when were the talks', 'who went to those');
    expect(a?.text).toMatch(/Michael Chase and Major General Song Yanchao/);
  });
  it('stands for the thing a rambling message named before "idk who ..."', () => {
    const a = ask(
      'ok so my uncle keeps saying the us and china dont talk at all militarily and i told him thats not true bc there were talks recently, but idk who even went to those',
    );
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/Michael Chase/);
    expect(a.text).toMatch(/Song Yanchao/);
  });
});

describe('"someone said <A> and someone else said <B>, who\'s right"', () => {
  it('is read as "<A> or <B>?" and the one the article bears out is given', () => {
    const a = ask(
      'lol my gc is arguing, someone said china cut the talks bc of the spy balloon and someone else said pelosi. whos right',
    );
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/Pelosi/);
  });
  it('works for a place too', () => {
    const a = ask("someone said they met in beijing and someone else said washington, who's right?");
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^Washington/);
  });
});

describe('"does the article mention <a country>\'s <thing>"', () => {
  it('finds it said of what stands for the country: "<its capital>\'s claim"', () => {
    const a = ask("does the article mention china's claim over taiwan");
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^Yes\..*claim of sovereignty/);
  });
  it('of a word it never uses, names that word, not the country it does mention', () => {
    const a = ask("does it mention beijing's army?");
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(/doesn't say anything about army\.$/);
  });
  it('of things it mentions apart, says no one sentence has them together', () => {
    const a = ask('is chase mentioned with the balloon');
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(/doesn't say anything about Michael Chase and .*balloon together/);
  });
  it('of places it never names, names those places', () => {
    const a = ask('did russia or ukraine come up');
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(/doesn't say anything about Russia or Ukraine\.$/);
  });
});

describe('"will <X> be quick?" of "<X> will take time"', () => {
  it('is "No", from what the officials foresaw', () => {
    const a = ask('so the takeaway is functional dialogue will be quick?');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^No\..*will take time/);
  });
});

describe('"is the <X> supposed to be like <Y> or what"', () => {
  it('drops the hedges and checks <Y>', () => {
    const a = ask('is the goal supposed to be like stability in the region or what');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/stability in the region/);
  });
});

describe('a part asked of a whole the question gives', () => {
  it('is not answered with the whole typed back', () => {
    const a = lake('How much of the 1.5 million euro monitoring programme will the third region pay?');
    expect(a.answered).toBe(false);
  });
  it('while the whole itself is still answered', () => {
    const a = lake('how much is the monitoring programme worth?');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/1\.5 million euros/);
  });
});

describe('"in which part of <X> ..." with "first" in it', () => {
  it('asks for a part, not for the first of the events', () => {
    const a = lake('In which part of the lake were the mussels first discovered?');
    expect(a.intent).not.toBe('timeline');
  });
});

describe('a word of the same meaning as the act a sentence reports', () => {
  it('"the councillors" of a council that voted: the vote is dated', () => {
    const a = mural('On what date did the councillors vote on the fine?');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/October 8/);
  });
});
