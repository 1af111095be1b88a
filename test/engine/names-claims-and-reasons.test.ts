import { describe, expect, it } from 'vitest';
import { askIngested } from '../support/ingested-engine.js';
import { conversations, sharedEngine } from './engine-fixture.js';

const engine = sharedEngine();
const ask = (q: string) => engine.ask(q, `names-claims-${q}`);

describe('"what is <someone or something> called"', () => {
  it('asks for the name, not about a call', () => {
    expect(ask('whats the chinese general called who came to dc').text).toMatch(/^Song Yanchao is/);
    expect(ask('what was the 2 day meeting called?').text).toMatch(/defense policy coordination talks/);
  });
  it('leaves "called for", "called on" and "called <a title>" alone', () => {
    expect(ask('the pentagon guy with the doctorate, whats his name').text).toMatch(/^Michael Chase/);
  });
});

describe('a length said of a thing ("the 2 day meeting")', () => {
  it('asks no date', () => {
    const a = ask('what is the official name of the 2 day meeting');
    expect(a.intent).not.toBe('when');
    expect(a.text).toMatch(/17th round of U\.S\.-China defense policy coordination talks/);
  });
});

describe('"whose <place> <act>"', () => {
  it('asks whose act it was, the place only saying which', () => {
    expect(ask('whose taiwan trip made china mad').text).toMatch(/^Nancy Pelosi/);
    expect(ask('whose taiwan visit angered beijing').text).toMatch(/^Nancy Pelosi/);
  });
});

describe('"it says <a statement with a question word in it>"', () => {
  it('asks the question the statement holds', () => {
    expect(ask("it says the chinese guy's office is for what kind of cooperation").text).toMatch(
      /international military cooperation/,
    );
  });
});

describe('"a sign of progress", "a good sign"', () => {
  it('is the weight the article gives the event', () => {
    const a = ask('were the talks a sign of progress or nah');
    expect(a.verdict).toBe('yes');
    expect(a.text).toMatch(/significant step/);
  });
});

describe('chat words for disputes ("the big fights between")', () => {
  it('list the disputes', () => {
    const a = ask('what r the big fights between us and china rn according to this');
    expect(a.intent).toBe('disputes');
    expect(a.text).toMatch(/Taiwan's future/);
  });
});

describe('a claim of belonging to the claimant\'s own side ("is <X> <B>\'s according to <A>")', () => {
  it('is the sovereignty <A> claims', () => {
    for (const q of [
      "is taiwan china's according to beijing",
      'according to beijing is taiwan part of china',
      'does beijing say taiwan belongs to china?',
    ]) {
      const a = ask(q);
      expect(a.verdict, q).toBe('yes');
      expect(a.text).toMatch(/Beijing claims sovereignty over Taiwan/);
    }
  });
  it('is not made of a claim for another side', () => {
    expect(ask("is taiwan japan's according to beijing").verdict).toBeUndefined();
  });
});

describe('"the reason for <X> was <Y>"', () => {
  it('checks <Y> as the cause of <X>, named by a noun alone', () => {
    const right = ask('so the whole reason for the freeze was pelosi visiting taiwan in aug 2022, right?');
    expect(right.verdict).toBe('yes');
    const wrong = ask('the reason for the freeze was the balloon, right?');
    expect(wrong.verdict).toBe('no');
    expect(wrong.text).toMatch(/in response to Pelosi's visit/);
  });
});

describe('a follow-up "under what body"', () => {
  it('asks which body the last person works for', () => {
    const chat = conversations(engine, 'under-what-body');
    expect(chat("whats song yanchao's job", 'under what body?').text).toMatch(/central military commission/i);
  });
});

describe('people claimed at an event they were not at', () => {
  it('are told of their own meeting once, as the article sets it apart', () => {
    const a = ask('was the brown liu call part of the washington talks');
    expect(a.verdict).toBe('no');
    expect(a.text).toMatch(/in a separate virtual meeting/);
    expect(a.text.match(/virtual meeting/g)).toHaveLength(1);
  });
});

describe('a number inside what someone is asked to think', () => {
  it('is no count claimed of the event', () => {
    const a = ask('does the us think one meeting fixes it');
    expect(a.text).not.toMatch(/17th round and it lasted/);
  });
});

describe('a change after the last thing the article reports', () => {
  it('is not told', () => {
    const a = ask('so did relations actually get better after these talks');
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(/^The article doesn't say how things went after it/);
    // (Of now, the article's own standing is told.)
    expect(ask('is the relationship better now').text).toMatch(/^The article gives no verdict/);
  });
});

describe('"he" with nothing said before, of an article headlined with one man\'s one-word name', () => {
  const askSumo = askIngested(
    [
      'Mongolian-born Takanoumi promoted to ozeki after strong spring',
      '',
      'TOKYO - The Japan Sumo Association on Wednesday, March 26, promoted Takanoumi, a 29-year-old wrestler from Mongolia, to ozeki after he finished the spring tournament with 13 wins and two losses.',
      'Takanoumi won 11 bouts in November and 10 in January.',
      'Kenji Sato, the head of the judging division, said he had backed the promotion.',
      'Takanoumi said he was grateful.',
    ],
    '2025-03-26',
  );
  it('is the man the headline names', () => {
    expect(askSumo('how old is he').text).toMatch(/^29 years old/);
  });
});

describe('"is <person> military or civilian"', () => {
  it('is read from a military rank the article gives', () => {
    expect(ask('is song military').verdict).toBe('yes');
    expect(ask('is song military or civilian').text).toMatch(/^Military: Song Yanchao is a Major General/);
  });
  it('is not read from a word said of someone else in the same sentence', () => {
    const a = ask('is chase military or civilian');
    expect(a.answered).toBe(false);
    expect(a.text).not.toMatch(/^Military/);
  });
  it('is no claim when "military" is a word of something else claimed', () => {
    expect(ask('song is like the head of the central military commission right??').verdict).toBe('no');
    expect(ask("song's office is for domestic military training or smth?").verdict).not.toBe('yes');
  });
  it('does not stretch a rank to a service the article never names', () => {
    expect(ask('is liu in the army').verdict).toBeUndefined();
  });
});

describe('"the <noun>" of one event\'s names ("the visit")', () => {
  it('is that event, as its full name would be', () => {
    expect(ask('how did beijing respond to the visit').text).toMatch(/^Beijing severed diplomatic dialogue/);
    expect(ask('who made the visit').text).toMatch(/^Nancy Pelosi/);
  });
  it('is no event when two share the word ("the meeting")', () => {
    expect(ask('how did beijing respond to the meeting').text).not.toMatch(/^Beijing severed/);
  });
});

describe('"agreed on everything" of two parties', () => {
  it('is whether things between them are resolved', () => {
    const a = ask('so the us and china basically agreed on everything now?');
    expect(a.verdict).toBe('no');
    expect(a.text).toMatch(/will take time/);
  });
});

describe('"who was the <described one> that said <X>"', () => {
  it('asks who said it, which the article gives only as a group', () => {
    const a = ask('who was the us official that said dialogue would take time, name?');
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(/doesn't say who they are by name/);
  });
});

describe('"what <kind of event> ... around the time of <another>"', () => {
  it('asks for the event of that kind, the other only saying when', () => {
    expect(ask('what elections are happening around the time of the talks').text).toMatch(
      /^Taiwan is conducting presidential and parliamentary polls/,
    );
  });
});

describe('"is that under <a body>?" after a question about someone\'s office', () => {
  it('is asked of that office, not of the event last spoken of', () => {
    const chat = conversations(engine, 'office-under');
    const a = chat('song yanchao, who?', 'what office', 'is that under the cmc?');
    expect(a.verdict).toBe('yes');
    expect(a.text).toMatch(/central military commission office/);
  });
});
