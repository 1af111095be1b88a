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

const museum = askIngested(
  [
    'Bergen museum vote delayed after council split',
    '',
    'The council in Bergen delayed a vote on Tuesday, March 4, on a new maritime museum, after members could not agree on its cost.',
    'Professor Ingrid Solheim, a historian at the University of Bergen who advised the council, said the plan was "sound but probably not sufficient" to protect the collection.',
    'The committee that drafted the plan had reached its decision unanimously in January.',
    'Harbour Works, the firm that would build the museum, said on Monday that its price had risen by 12 percent.',
    'The price rose after steel costs climbed in 2024.',
  ],
  '2025-03-05',
);

describe('views, votes and acts in an ingested article', () => {
  it('"the <place> professor" is the one so ranked whose office is in that place', () => {
    expect(museum('who is the bergen professor').text).toMatch(/^Ingrid Solheim/);
  });
  it('"enough" is what "sufficient" says, and a view "probably not sufficient" answers it', () => {
    const a = museum('does solheim think the plan will be enough');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/probably not sufficient/);
  });
  it('"divided" is answered "No" by a decision reached unanimously', () => {
    const a = museum('Is it true that the committee was divided over the plan?');
    expect(a.text).toMatch(/^No\. .*unanimously/);
  });
  it('"when did <A> announce <X>" is not the date of another act of <X>', () => {
    const a = museum('when did harbour works announce the price rise');
    expect(a.text).not.toMatch(/^2024/);
    expect(museum('when did harbour works say its price had risen').text).toMatch(/^Monday|^March 3/);
  });
});

describe('chat forms, in the first article', () => {
  it('"what <kind of place> is disputed" is where the disputes are placed', () => {
    const a = ask('what territorial area is disputed');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^The South China Sea/);
  });
  it('an adverb of a field only narrows: "whats happening w taiwan politically this week"', () => {
    expect(ask('whats happening w taiwan politically this week').text).toMatch(/polls/);
  });
  it('"<A> and that\'s why <B>" checks that <B> came of <A>, and the date claimed of <A>', () => {
    const a = ask("so pelosi's trip was aug 2022 and thats why beijing pulled the plug, correct?");
    expect(a.text).toMatch(/^Yes\. .*in response to.*August 2022/);
  });
  it('"what did they go over" is what they discussed; "go over to <a place>" is going there', () => {
    expect(ask('what relations did they go over at the talks').text).toMatch(/defense relations/);
    expect(ask('did they go over to washington').text).toMatch(/^Yes\./);
  });
  it('"<A> are saying <X> by next month" is checked against what <A> said, not refused for the date', () => {
    const a = ask('us officials are saying the dialogue will be fully working by next month right?');
    expect(a.text).toMatch(/^No\. .*will take time/);
  });
  it('"did <A> say why <X>" is answered by <A>\'s reason, and refused of one who said nothing', () => {
    expect(ask('did the pentagon say why they want these channels').text).toMatch(/miscalculations/);
    const a = ask('why did china cut off the dialogue according to song');
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(/doesn't say what Song Yanchao said about why/);
  });
});

const replay = askIngested(
  [
    'Hockey semi-final to be replayed after power cut',
    '',
    'A hockey semi-final that was abandoned when the power failed at Glenmore Arena last Sunday will be replayed in full, the league ruled on Wednesday, November 5.',
    'The replay will take place at Glenmore Arena on Saturday, November 15, with a 1.30pm face-off.',
    'About 4,100 spectators were in the arena when the lights went out.',
  ],
  '2025-11-05',
);

describe('times ahead in an ingested article', () => {
  it('an act the sentence puts ahead, "will be replayed", is not dated by a day before the article', () => {
    for (const q of ['when is the replay', 'When is the rematch?', 'when will the match be replayed']) {
      expect(replay(q).text, q).not.toMatch(/^(?:Last Sunday|November [25])/i);
    }
    expect(replay('when will the replay take place').text).toMatch(/^November 15/);
  });
  it('"what time does <X> start" is the time of day the one sentence of <X> gives', () => {
    expect(replay('what time does the replay start').text).toMatch(/^1\.30pm/);
  });
});

describe('a field adverb only narrows a question of things going on', () => {
  it('"what did <A> do militarily after <X>" still needs the act', () => {
    expect(ask("what did china do militarily right after pelosi's visit").answered).toBe(false);
  });
});
