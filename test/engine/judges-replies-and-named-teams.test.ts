import { describe, expect, it } from 'vitest';
import { askIngested } from '../support/ingested-engine.js';
import { sharedEngine } from './engine-fixture.js';

const engine = sharedEngine();
let n = 0;
const ask = (q: string) => engine.ask(q, `judges-replies-${n++}`);
/** One conversation, turn by turn. */
const talk = (...turns: string[]) => {
  const id = `judges-replies-talk-${n++}`;
  return turns.map((t) => engine.ask(t, id));
};

const cup = askIngested(
  [
    'Rowing final to be rerun after buoy line broke',
    '',
    'A county rowing final that was stopped when a buoy line broke on Lough Carra last Sunday will be rerun in full, the regional board ruled on Wednesday, May 7.',
    'Ballycorr Oarsmen were ahead of Drumlin by two lengths when the race was stopped, in front of about 2,600 spectators.',
    'Niamh Quirke, the Ballycorr coach, said on Monday that a rerun would "punish the crew that was winning."',
    "Drumlin's captain, Fergal Oakes, replied that nobody wins a race at the halfway mark.",
    "The winners of the rerun will meet Castlebar St Kieran's in the provincial final next month.",
  ],
  '2025-05-08',
);

const towels = askIngested(
  [
    'Bursa towel maker cuts two years of profits over counting error',
    '',
    'Lindvale Textiles, a Bursa-based maker of cotton towels and bathrobes, said on Monday, October 13, that it had overstated its profits for two years.',
    'Inventory on its balance sheet was overstated by about 610 million lira.',
    "Trading in the company's shares, which had fallen 18 percent on Friday, was suspended.",
    "Kerem Aslan, the chairman and son of the company's founder, said the board would propose a new finance chief.",
  ],
  '2025-10-14',
);

const birds = askIngested(
  [
    'Shetland terns flying twice as far for food, tracking study finds',
    '',
    'Terns breeding in Shetland now fly twice as far for food as they did in 2010, according to a study published on Thursday, July 10.',
    'The team fitted tags to 40 adult terns in June last year.',
    'Twenty-seven of the tags were recovered when the birds returned in August.',
    'On average, a foraging trip lasted 96 kilometres there and back.',
  ],
  '2025-07-11',
);

describe('a verdict asked of a party the article gives none of', () => {
  it('"was it considered a success by <A>" is not answered from the progress the article reports', () => {
    for (const q of [
      'was the 17th round considered a success by china',
      'did china consider the talks a success',
    ]) {
      const a = ask(q);
      expect(a.answered, q).toBe(false);
      expect(a.text, q).toMatch(/doesn't say how China judged it/);
    }
  });
  it('"did the talks work" is still answered from the progress reported', () => {
    expect(ask('did the talks work').text).toMatch(/^Partly\./);
  });
  it('ties "coming back" are read as the progress reported, and the talks as a sign of it', () => {
    for (const q of [
      'are military ties coming back',
      'so the talks are a sign mil to mil ties are coming back?',
    ]) {
      const a = ask(q);
      expect(a.answered, q).toBe(true);
      expect(a.text, q).toMatch(/^Partly\. .*resuming military-to-military ties/);
    }
  });
});

describe('who took part', () => {
  it('"did <a name never used> take part" names who the article says took part, without a "No"', () => {
    const a = ask('did lloyd austin take part in the talks');
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(/doesn't say that anyone else took part.*Michael Chase and Song Yanchao/);
  });
  it('"did <A> attend" of someone who took part is "Yes", naming them', () => {
    for (const q of ['did chase attend the talks', 'did song take part in the talks']) {
      const a = ask(q);
      expect(a.answered, q).toBe(true);
      expect(a.text, q).toMatch(/^Yes\. .*It names (?:Michael Chase|Major General Song Yanchao) taking part/);
    }
  });
  it('"the talks were between <A> and <B> right" names both in its "Yes"', () => {
    const a = ask('the talks were between chase and some chinese general named song right');
    expect(a.text).toMatch(/^Yes\..*Song Yanchao/);
  });
});

describe('people described as typed', () => {
  it('"the <demonym> guy <A> met" is the one of that side <A> met', () => {
    const a = ask('who is the chinese guy chase met');
    expect(a.text).toMatch(/^Song Yanchao/);
    expect(ask('the chinese official chase met, whats his rank').text).toMatch(/Major General/);
  });
  it('"what role does <A> play in <a country>\'s military" is who <A> is, not a place corrected', () => {
    const a = ask("what role does song play in china's military");
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/deputy director/);
    expect(a.text).not.toMatch(/not China/);
  });
  it('"the sea thing" is the one sea the article names', () => {
    const [, , third] = talk(
      'what are the big issues between dc and beijing',
      'what does china claim abt taiwan',
      'and the other one, the sea thing?',
    );
    expect(third?.text).toMatch(/South China Sea/);
  });
});

describe('what was said of a time ahead', () => {
  it('"did <A> say how long it would take" is no: they gave no length', () => {
    const a = ask('did us officials say how long it would take');
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(/doesn't say how long it will take.*will take time/);
  });
  it('"how long did <A> say it would take" is what they said, with no length', () => {
    expect(ask('how long did us officials say it would take').text).toMatch(
      /^The article gives no length of time: U\.S\. officials/,
    );
  });
  it('"did anything get said about how long" is what was said too', () => {
    expect(ask('did anything get said abt how long real dialogue will take').text).toMatch(
      /^The article gives no length/,
    );
  });
  it('"setting up" channels is the "establishing" the article reports', () => {
    const a = ask('what do pentagon officials think abt setting up comm channels between the militaries');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/crucial/);
  });
  it('"did <A>\'s visit have anything to do with <B> being cut off" asks whether it caused it', () => {
    const a = ask("did pelosi's visit have anything to do with the talks being cut off");
    expect(a.text).toMatch(/^Yes\. .*in response to/);
  });
});

describe('teams and replies in an ingested article', () => {
  it('a name in the plural with a plural verb is a team, and "<Name> St <Saint>\'s" a club, not people', () => {
    const a = cup('Who will the winners meet in the provincial final?');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/Castlebar St Kieran/);
    expect(cup('who is ballycorr oarsmen').text).not.toMatch(/is a person|was born/);
  });
  it('a reply leans on what it answers: "how did <A> react to <B>"', () => {
    const a = cup("What was Fergal Oakes's response to Ballycorr?");
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/halfway mark/);
  });
  it('"how big was the crowd" is how many watched', () => {
    expect(cup('How big was the crowd?').text).toMatch(/2,600/);
  });
});

describe('nouns and numbers as typed in an ingested article', () => {
  it('"the son of the company\'s founder" is not its founder', () => {
    const a = towels('Who founded Lindvale?');
    expect(a.text).not.toMatch(/Kerem Aslan/);
  });
  it('"what does <a firm> produce" is what the article says it makes', () => {
    expect(towels('What does Lindvale produce?').text).toMatch(/cotton towels/);
  });
  it('"the overstatement" is what was overstated', () => {
    expect(towels('How big was the inventory overstatement?').text).toMatch(/^610 million lira/);
  });
  it('"what was <a firm>\'s share price before <the fall>" is no timeline', () => {
    expect(towels("What was Lindvale's share price before Friday's fall?").text).not.toMatch(
      /events in date order/,
    );
  });
  it('"thirty-one of the tags" is a count, and trackers are the tags', () => {
    expect(birds('How many of the trackers were recovered?').text).toMatch(/^Twenty-seven/);
  });
  it('"a typical trip for these <the story\'s subject>" is the average the article gives', () => {
    expect(birds('How long is a typical foraging trip for these terns now?').text).toMatch(/^96 kilometres/);
  });
});
