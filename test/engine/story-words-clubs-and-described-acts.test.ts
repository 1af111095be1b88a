import { describe, expect, it } from 'vitest';
import { askIngested } from '../support/ingested-engine.js';
import { conversations, sharedEngine } from './engine-fixture.js';

// An invented sports ruling: a club named with its letters first and called by its town after, a replay set for
// a later date, and a neighbourhood named after "the neighbourhood of".
const REPLAY = [
  'Water polo federation orders final seconds replayed',
  '',
  'ZAGREB, May 29 (Reuters) - The Croatian Water Polo Federation on Thursday ordered the last 41 seconds of the final to be replayed, stripping VK Gradac Rijeka of the title.',
  'The remaining 41 seconds will be played at the Mladost pool in Zagreb on Saturday, June 7.',
  'Rijeka reacted with fury.',
  "Marko Lisjak, the club's president, called the decision a scandal.",
  'The club trains in the hilltop neighbourhood of Santo Domingo Savio.',
  'The club estimates that staging the replay will cost it about 60,000 euros in travel, security and lost ticket sales.',
  'Video reviewed by Ivo Babic showed that the clock at the Kantrida pool stopped for 3.1 seconds during the last attack while the referees and players carried on.',
  'Passengers on the team bus were trapped in 6 of its 9 rows for an hour.',
];

describe('a request for the whole story, in words the article never uses', () => {
  const ask = askIngested(REPLAY, '2025-05-29');

  it('summarises the article for "summarise the dispute for me"', () => {
    const a = ask('summarise the dispute for me');
    expect(a.answered).toBe(true);
    expect(a.intent).toBe('article-summary');
  });

  it('summarises the article for "can you sum up what happened?" and "sum up the article in two sentences"', () => {
    for (const q of ['can you sum up what happened?', 'Sum up the article in two sentences.']) {
      const a = ask(q);
      expect(a.answered).toBe(true);
      expect(a.intent).toBe('article-summary');
    }
  });

  it('leaves a word for a dispute the article has to the disputes ("summarise the dispute" of the first article)', () => {
    const a = conversations(sharedEngine(), 'story-word')('summarise the dispute for me');
    expect(a.intent).not.toBe('article-summary');
  });
});

describe('names of clubs, neighbourhoods and the club a title belongs to', () => {
  const ask = askIngested(REPLAY, '2025-05-29');

  it('reads "VK <Name> <Town>" as an organisation, and none of the people', () => {
    expect(ask('which organisations are named in the article?').text).toMatch(/VK Gradac Rijeka/);
    expect(ask('which people are named in the article?').text).not.toMatch(/Rijeka|Savio/);
  });

  it('reads a name after "the neighbourhood of" as a place', () => {
    expect(ask('which places are named in the article?').text).toMatch(/Santo Domingo Savio/);
  });

  it('gives "the club\'s president" as the president of the club named just before, called by its town', () => {
    const a = ask("who is Rijeka's president?");
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^Marko Lisjak/);
  });
});

describe('what a sum is the cost of', () => {
  const ask = askIngested(REPLAY, '2025-05-29');

  it('gives what staging the replay costs', () => {
    const a = ask('how much will the replay cost the club?');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^60,000 euros/);
  });

  it('does not give it as the price of tickets, which the sentence only names among the costs', () => {
    expect(ask('How much do tickets for the replay cost?').answered).toBe(false);
  });
});

describe('who did an act the article names only by the noun for those who do it', () => {
  const ask = askIngested(REPLAY, '2025-05-29');

  it('is not said ("who refereed" of "the referees and players carried on")', () => {
    const a = ask('who refereed the last attack?');
    expect(a.answered).toBe(false);
    expect(a.text).not.toMatch(/^Ivo Babic/);
  });

  it('quotes a sentence after "It does say that" with its first word in lower case', () => {
    expect(ask('When will the replay be played?').text).not.toMatch(/It does say that The\b/);
  });
});

describe('general words for the same thing', () => {
  const ask = askIngested(REPLAY, '2025-05-29');

  it('reads "stuck" as "trapped"', () => {
    const a = ask('how many rows were people stuck in?');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^6\b/);
  });
});

// The same ruling told the way wire copy goes on: "the club" again and again for the club named by its town, and
// a body whose name opens with "The", and one with a common word in it ("Sport").
const REFERRED = [
  'Federation orders replay',
  '',
  'ZAGREB, May 29 (Reuters) - The Croatian Water Polo Federation on Thursday ordered the last 41 seconds of the final to be replayed, stripping VK Gradac Rijeka of the title.',
  'Rijeka reacted with fury.',
  "Marko Lisjak, the club's president, called the decision a scandal without precedent in Croatian sport and said the club would appeal to the Court of Arbitration for Sport.",
  '"We won," he said.',
  'The club estimates that staging the replay will cost it about 60,000 euros in travel and security.',
  "Ivana Peric, the federation's secretary general, said only 200 spectators from each club would be admitted to the replay.",
];

describe('"the club" said again and again', () => {
  const ask = askIngested(REFERRED, '2025-05-29');

  it('goes on meaning the club it first meant, not a body named by a common word or by "The"', () => {
    const a = ask('How much will the replay cost Rijeka?');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^60,000 euros/);
  });

  it('reads fans as spectators and "allowed in" as admitted', () => {
    const a = ask('How many fans will be allowed in for the replay?');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^200\b/);
  });
});

describe('"the company" after another company is named', () => {
  const ask = askIngested(
    [
      'Dairy group agrees to buy yoghurt maker',
      '',
      'ISTANBUL, March 11 (Reuters) - Ege Sut agreed on Tuesday to buy yoghurt maker Rodopa Mlyako for 212 million euros.',
      "Selin Aydogan, the company's chief executive, said it would keep both plants open.",
      'Rodopa, which makes yoghurt and cheese, reported revenue of 96 million euros in 2024.',
      'The company was founded in 1991 by Georgi Petkov.',
    ],
    '2025-03-11',
  );

  it('is the one named since, not the one "the company" meant before', () => {
    const a = ask('when was Rodopa founded?');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^1991\b/);
  });
});

describe('chat forms of checks and follow-ups on the first article', () => {
  const chat = conversations(sharedEngine(), 'chat-checks');

  it('answers both halves of "who did <A> meet and was it virtual"', () => {
    const a = chat('who did brown meet and was it virtual');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/Liu/);
    expect(a.text).toMatch(/virtual/);
  });

  it('reads "what did <A> do about it" as how <A> responded to what was just answered', () => {
    const a = chat('when did pelosi go to taiwan', 'what did china do about it');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/severed/);
  });

  it('reads "a <title> named <name>" as the titled name, and a passive "led by" as the act', () => {
    const yes = chat('so the chinese side was led by a major general named song right?');
    expect(yes.text).toMatch(/^Yes\b/);
    const no = chat('was the us side led by a general named brown?');
    expect(no.text).toMatch(/^No\b.*Chase/);
  });

  it('checks "is <A> the guy who met <B>" against whom the article says met <B>', () => {
    expect(chat('is brown the guy who met liu').text).toMatch(/^Yes\b/);
  });

  it('gives no verdict on "the guy who came to <place>" when no sentence says who came', () => {
    const a = chat('is liu zhenli the guy who came to washington');
    expect(a.text).not.toMatch(/^(?:Yes|No)\b/);
  });

  it('reads "what\'s <full name>\'s area" as the places the title covers', () => {
    const a = chat("what's michael chase's area, like which countries");
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/Mongolia/);
  });

  it('answers "did <a side> say anything about <X>" with what its people said about it', () => {
    const a = chat('did the us side say anything about avoiding conflict');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/conflict/);
  });

  it('counts an incident the disputes name as a source of tension', () => {
    const a = chat('is the balloon a source of tension');
    expect(a.text).toMatch(/^Yes\b.*balloon/);
  });

  it('drops "list the reasons" after the question it restates', () => {
    const a = chat('why is the relationship tense, list the reasons');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/Taiwan/);
  });

  it('reads "where was this one held" as asked of what the conversation is about', () => {
    const a = chat('what round of talks was this one', 'ok and where was this one held');
    expect(a.text).toMatch(/^In Washington/);
  });

  it('reads "made the call to <do X>" as deciding to', () => {
    const a = chat('who made the call to restart talks');
    expect(a.text).toMatch(/Biden/);
  });

  it('corrects who did the act in a cause claimed ("did the us sever the talks bc of <A>")', () => {
    const a = chat('so the us severed the talks bc of pelosi?');
    expect(a.text).toMatch(/^No\. Beijing severed/);
  });
});
