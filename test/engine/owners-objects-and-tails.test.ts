import { describe, expect, it } from 'vitest';
import { askIngested } from '../support/ingested-engine.js';
import { conversations, sharedEngine } from './engine-fixture.js';

// An article of its own: an act done "after" another, whose object is named only in that other clause.
const ask = askIngested(
  [
    'Norway and Sweden resume fisheries talks in Oslo',
    '',
    'OSLO, March 4, 2025 - Norwegian and Swedish fisheries officials ended two days of talks in Oslo on Tuesday, the ninth round of the Nordic fisheries dialogue.',
    "Ingrid Dahl, the Norwegian deputy minister of fisheries, held talks with Sweden's Erik Holm, the director of the Swedish marine agency.",
    'The talks follow an agreement in January between the two prime ministers to restart the dialogue, which Stockholm halted in 2023 after a Swedish trawler was seized by the Norwegian coast guard.',
    'Relations remain tense over quotas for cod and herring.',
    'Greenland holds local elections this weekend.',
    'Officials said building trust will take time.',
  ],
  '2025-03-04',
);

describe('what a claimed act was done to', () => {
  it('must be its object, not a thing named in another clause of the sentence', () => {
    expect(ask('did stockholm halt the dialogue').verdict).toBe('yes');
    const a = ask('did stockholm stop the trawler stuff?');
    expect(a.verdict).toBeUndefined();
    expect(a.answered).toBe(false);
  });
});

describe('a question tag offering "something else"', () => {
  it('leaves the claim before it to check', () => {
    expect(ask('was it the ninth round or something else').verdict).toBe('yes');
    expect(ask('so was it the ninth round of the fisheries talks or smth else').verdict).toBe('yes');
  });
});

// An article of its own: a measure joined to its noun, a sum spent on the same thing, and bodies with heads.
const askTerminal = askIngested(
  [
    'Court annuls permit for Lyon rail freight terminal',
    '',
    'LYON, France - A court on Tuesday, May 6, annulled the permit for a 45-hectare freight terminal near the Rhone river, ruling that the study of its flood risk was incomplete.',
    "The terminal, which would have cost 210 million euros, was challenged by the Rhone Valley Farmers' Union.",
    "Paul Girard, the union's president, said the ruling protected farmland.",
    'Claire Morel, the chief executive of Rhodanis Logistics, said the company would appeal.',
    'Marc Petit, the deputy director of Rhodanis Logistics, declined to comment.',
  ],
  '2025-05-06',
);

describe('how big a thing is', () => {
  it('is the measure joined to its noun, not a sum spent on it', () => {
    const a = askTerminal('how big is the terminal');
    expect(a.text).toMatch(/^45-hectare\./);
    expect(askTerminal('how much would the terminal have cost').text).toMatch(/^210 million euros/);
  });
});

describe('where something is moving', () => {
  const askMove = askIngested(
    [
      'Rugby club wins approval to leave Ardleigh',
      '',
      'LONDON - The league board on Tuesday, May 6, approved a request by the Harwick Foxes to move from Ardleigh to Brambury, ending a 20-year stay in the town.',
      'The club played its last home games in a borrowed ground in nearby Coldby after the stand roof failed.',
    ],
    '2025-05-06',
  );

  it('is where it goes, not where it leaves', () => {
    const a = askMove('where are the foxes moving?');
    expect(a.text).toMatch(/^Brambury\./);
  });
});

describe('what someone said of "the idea"', () => {
  const askBan = askIngested(
    [
      'Minister plans ban on lead shot in parks',
      '',
      'LJUBLJANA - Environment minister Ana Kos said on Monday, June 9, that the government would propose a ban on lead ammunition in national parks next year.',
      'The hunters\' association, whose secretary-general, Marko Novak, called the idea "a solution looking for a problem," said it would oppose it.',
    ],
    '2025-06-09',
  );

  it('is about what the sentence before gives', () => {
    const a = askBan('what did marko novak think of banning lead ammo');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/solution looking for a problem/);
    expect(a.citations.some((c) => /ban on lead ammunition/.test(c.text))).toBe(true);
  });
});

describe('how long a state will go on', () => {
  const askLine = askIngested(
    [
      'Alpine rail line closed after derailment',
      '',
      'INNSBRUCK, June 12 - The railway will stay closed until at least Monday after nine wagons came off the tracks, the operator said on Thursday.',
      'In September 2022, two wagons derailed at the same station, closing the line for 30 hours.',
    ],
    '2025-06-12',
  );

  it('is never a stretch an earlier closure lasted', () => {
    expect(askLine('how long will the line stay closed?').text).not.toMatch(/30 hours/);
  });
});

describe('an act the article leaves to be decided', () => {
  const askAppeal = askIngested(
    [
      'Court annuls marina permit',
      '',
      'SPLIT, Croatia - A court on Monday, May 5, annulled the permit for a marina expansion in Kastela bay.',
      'The developer, Adria Vez, has two months to decide whether to appeal to the Supreme Court.',
    ],
    '2025-05-05',
  );

  it('is not done: "whether to appeal" is no appeal', () => {
    const a = askAppeal('did the developer appeal?');
    expect(a.verdict).toBe('no');
    expect(a.text).toMatch(/still to be decided/);
    expect(askAppeal('did the court annul the permit').verdict).toBe('yes');
  });
});

describe('an amount only planned', () => {
  const askPlan = askIngested(
    [
      'Court halts port depot',
      '',
      'VALENCIA - A court on Thursday, Oct. 16, annulled the permit for a container depot.',
      'Levante Logistics had planned to spend 145 million euros on the depot, which was meant to create 310 jobs.',
    ],
    '2025-10-16',
  );

  it('is not what was spent, though it answers what was planned', () => {
    for (const q of [
      'how much has levante logistics already spent on the depot?',
      'how much did levante logistics spend',
    ])
      expect(askPlan(q).text).not.toMatch(/^145 million/);
    expect(askPlan('how much did levante logistics plan to spend on the depot').text).toMatch(
      /^145 million euros/,
    );
  });
});

describe('asking to be walked through the dates', () => {
  it('asks for the timeline', () => {
    for (const q of [
      'walk me through the key dates',
      'what are the key dates',
      'run me thru what happened',
    ]) {
      const a = askTerminal(q);
      expect(a.intent).toBe('timeline');
      expect(a.answered).toBe(true);
    }
  });
});

describe('who heads a body', () => {
  it('is whoever holds a title heading it, by any verb of heading', () => {
    expect(askTerminal('who heads the farmers union').text).toMatch(/^Paul Girard/);
    expect(askTerminal("who's in charge of the union?").text).toMatch(/^Paul Girard/);
    const a = askTerminal('who runs rhodanis logistics');
    expect(a.text).toMatch(/^Claire Morel/);
    // (A deputy heads nothing.)
    expect(a.text).not.toMatch(/Petit/);
  });

  it('is nobody when no title heads it', () => {
    expect(askTerminal('who runs the court').answered).toBe(false);
  });
});

// An article of its own: an age in days, a state with an end date beside a distance, and a "since" of time.
const askNest = askIngested(
  [
    'Alpine park closes trails to protect eagle nest',
    '',
    'INNSBRUCK, Austria - A golden eagle chick has hatched on a ledge in the Karwendel park, the first since before the Second World War, rangers said on Monday, June 2.',
    'The chick, now nine days old, was first seen on a camera on May 24, when its parents were filmed feeding it.',
    'The species was wiped out in the region after being hunted by farmers who believed it killed lambs.',
    'To protect the nest, the park has banned drones within 2 kilometres of the ledge and closed three hiking trails until Sept. 15.',
    "Last year the pair's egg failed after a late snowstorm.",
  ],
  '2025-06-02',
);

describe('how old a young thing is', () => {
  it('may be given in days', () => {
    expect(askNest('how old is the chick').text).toMatch(/^Nine days old\./);
    expect(askNest('how old are the parents').answered).toBe(false);
  });
});

describe('how long a state goes on', () => {
  it('is the date it lasts until, written with an abbreviated month, never a distance', () => {
    for (const q of [
      'how long will the hiking trails stay closed',
      'how long are the hiking trails closed',
      'how long are the trails shut',
    ])
      expect(askNest(q).text).toMatch(/^Until Sept\. 15\./);
  });
});

describe('a reason', () => {
  it('is not a "since" of time, nor a "when" of a sentence holding none of the question', () => {
    const a = askNest('why were golden eagles wiped out');
    expect(a.text).not.toMatch(/^(?:since before|when its parents)/i);
    if (a.answered) expect(a.text).toMatch(/hunted/);
    expect(askNest('why did the egg fail').text).toMatch(/^after a late snowstorm/i);
  });
});

describe('the same on the first article', () => {
  const chat = conversations(sharedEngine(), 'owners-objects');

  it('does not take an act on a one-party event for cutting off an exchange', () => {
    const a = chat('did china stop the balloon stuff?');
    expect(a.verdict).toBeUndefined();
    expect(a.answered).toBe(false);
    // (Talks can be cut off.)
    expect(chat('did beijing suspend the talks').verdict).toBe('yes');
  });

  it('reads "about making <A> do <X>" as what something was for, not as a cause', () => {
    const a = chat(
      'the us official basically said the talks were about making china stop the balloon stuff right?',
    );
    expect(a.verdict).toBeUndefined();
    expect(a.answered).toBe(false);
    expect(chat('did the balloon make china cut off talks?').verdict).toBe('no');
  });

  it('answers whose an event is with the place holding it', () => {
    const a = chat('whose election is happening this weekend');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^Taiwan is conducting/);
  });

  it('reads who got upset about an event as who reacted to it', () => {
    const a = chat('wen did pelosi trip happen and who got upset abt it');
    expect(a.text).toMatch(/August 2022/);
    expect(a.text).toMatch(/Beijing severed/);
  });

  it('answers who did something and "started all this" from the first act', () => {
    expect(chat('who visited taiwan and set all this off').text).toMatch(/Nancy Pelosi/);
  });

  it('reads a full (four-star) general as the rank itself, which a major general is not', () => {
    expect(chat('is brown a 4 star general').verdict).toBe('yes');
    expect(chat('was liu zhenli a full general?').verdict).toBe('yes');
    const a = chat('the chinese general at the talks was a full 4 star general or');
    expect(a.verdict).toBe('no');
    expect(a.text).toMatch(/Major General/);
  });

  it('reads the question after a rambling remark, asked in place or of someone "there was"', () => {
    const a = chat(
      'i was reading abt this earlier and got confused lol, the chinese rep at the talks was from which commission',
    );
    expect(a.text).toMatch(/central military commission/);
    const b = chat(
      'ok so i was reading abt this on the bus and got lost halfway thru, there was some deputy director guy from china, what was his name again',
    );
    expect(b.text).toMatch(/^Song Yanchao/);
  });

  it('reads "going back and forth on" as arguing about', () => {
    expect(chat("what's the thing taiwan n china keep going back n forth on").text).toMatch(/sovereignty/);
  });

  it('checks a claim that everything is fixed after "and" on its own', () => {
    const a = chat('so the talks went great and everything is fixed now?');
    expect(a.verdict).toBe('no');
    expect(a.text).toMatch(/under way/);
  });

  it('reads how someone sees a thing as their view of it', () => {
    const a = chat('how do pentagon officials see these comm channels');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/crucial/);
  });

  it("reads someone's first name as their name", () => {
    expect(chat('quick q is the pentagon guys first name mike').text).toMatch(/^Michael Chase/);
  });

  it('corrects a wrong length claimed beside a wrong place', () => {
    const a = chat('i heard the talks were in beijing and lasted a week lol');
    expect(a.verdict).toBe('no');
    expect(a.text).toMatch(/Washington, and it lasted two days/);
    expect(chat('the talks were in beijing and lasted two days?').text).not.toMatch(/and it lasted/);
  });

  it('reads "which office specifically" as the body the last person works for', () => {
    const a = chat('song yanchao works for which org', 'which office specifically');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/international military cooperation/);
  });

  it('reads "after the visit" as after the one event the noun is a word for', () => {
    const a = chat('what did beijing do after the visit');
    expect(a.text).toMatch(/^After Nancy Pelosi's visit to Taiwan: Beijing severed/);
  });

  it('says the article does not say which of two kinds a thing it hedges was', () => {
    const a = chat('was it actually a spy balloon or just a weather one fr');
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(/^The article doesn't say which\. .*alleged/);
  });

  it('answers why an event mattered with what the article says it led to', () => {
    const a = chat('why did the pelosi trip matter for all this');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^It led to this: Beijing severed/);
  });

  it('asks "and the <other side> guy?" of anyone on that side, not of its general', () => {
    const a = chat("whats the chinese general's rank in the dc talks", 'and the us guy?');
    expect(a.text).toMatch(/^Michael Chase/);
    const b = chat(
      "whats the chinese general's rank in the dc talks",
      'and the us guy?',
      'is he a general too?',
    );
    expect(b.verdict).toBe('no');
    expect(b.text).toMatch(/no military rank/);
  });

  it('drops "help" between an aim and its verb', () => {
    const a = chat('what were the talks supposed to help bring back');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/military-to-military ties/);
  });
});
