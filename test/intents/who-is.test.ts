import { describe, expect, it } from 'vitest';
import { sharedEngine } from '../engine/engine-fixture.js';

const engine = sharedEngine();

describe("a part of someone's name", () => {
  it('gives the middle initial the article prints, and says when it prints none', () => {
    for (const q of [
      "what's brown's middle initial",
      "what's the joint chiefs chairman's middle initial lol",
    ])
      expect(engine.ask(q).text, q).toBe('Q. (Charles Q. Brown).');
    const none = engine.ask("whats chase's middle name");
    expect(none.answered).toBe(false);
    expect(none.text).toBe(
      'The article doesn\'t say Michael Chase\'s middle name: it gives only "Michael Chase".',
    );
  });
});

describe('a role typed alone', () => {
  it('names who holds it, with or without a leading "and"', () => {
    for (const q of ["china's president?", "and china's president?"])
      expect(engine.ask(q).text, q).toMatch(/^Xi Jinping is the Chinese President/);
  });
});

describe('what a body does', () => {
  it('says the article does not say what a body is for, with what it does say of it', () => {
    const a = engine.ask("what does china's central military commission actually do");
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(
      /^The article doesn't say what the central military commission office for international military cooperation does\. It does say that /,
    );
    expect(engine.ask('what do pentagon officials do').text).toMatch(
      /^The article doesn't say what Pentagon officials do\. It does say that Pentagon officials are /,
    );
    // (What a person does is their job, which the article gives.)
    expect(engine.ask('what does chase do').answered).toBe(true);
  });
});

describe('a common misspelling of a role', () => {
  it('reads "genral" as general', () => {
    expect(engine.ask('the chinese genral at the dc talks, whats his name again').text).toMatch(
      /^Song Yanchao is/,
    );
  });
});

describe('the places a title is for, asked as members ask', () => {
  const engine = sharedEngine();

  it('lists them for a remit word or a place noun with a verb of covering, less those set aside', () => {
    for (const q of [
      "what's chase's portfolio, like the countries on his desk",
      'chase deals w which places',
      "ur article says chase's office covers 3 things, what r they",
    ])
      expect(engine.ask(q).text, q).toMatch(/^China, Taiwan, and Mongolia: Michael Chase is/);
    expect(engine.ask("besides china what areas does chase's job cover").text).toMatch(
      /^Taiwan and Mongolia: /,
    );
  });

  it('names whoever holds the remit for the places asked about ("who covers <place>", "the <A>/<B> desk")', () => {
    for (const q of [
      'who covers mongolia',
      'who holds the china/taiwan/mongolia desk at DoD',
      'whose portfolio includes mongolia',
    ])
      expect(engine.ask(q).text, q).toMatch(
        /^Michael Chase, the deputy assistant secretary of defense for China, Taiwan, and Mongolia\.$/,
      );
    // (A side describing someone is no place of a remit; a department the title does not name is no match.)
    expect(engine.ask("who's the most senior chinese person mentioned").text).not.toMatch(/^Michael Chase/);
    expect(engine.ask('who covers taiwan at the state department').text).not.toMatch(/^Michael Chase/);
  });

  it('leaves a claim about them to be checked', () => {
    expect(engine.ask("chase's portfolio covers japan and korea too right").text).not.toMatch(
      /^China, Taiwan/,
    );
  });
});

describe('what the article does not give of a person', () => {
  const engine = sharedEngine();

  it("refuses a role held before the article's, and says what it does give", () => {
    const reply = engine.ask("what was michael chase's job before this");
    expect(reply.answered).toBe(false);
    expect(reply.text).toMatch(/doesn't say Michael Chase's background/);
  });
});

describe('roles and careers the article does not give', () => {
  it('reads "previous job" as a career, which a profile as of the article is not', () => {
    const a = engine.ask("whats song yanchao's previous job");
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(/doesn't say Song Yanchao's background/);
  });

  it('names nobody as "the director" when the article gives only a deputy director', () => {
    for (const q of ['who is the director', "who's the director of the office"]) {
      const a = engine.ask(q);
      expect(a.answered, q).toBe(false);
      expect(a.text, q).not.toMatch(/^Michael Chase/);
    }
    expect(engine.ask('who is the deputy director').text).toMatch(/Song Yanchao/);
  });
});

describe('whose title names places', () => {
  it('answers "which <demonym> official has <A>, <B> and <C> in his title" with the holder of that remit', () => {
    for (const q of [
      'which us official has china, taiwan and mongolia in his title',
      'who has mongolia in their title',
    ])
      expect(engine.ask(q).text, q).toMatch(/^Michael Chase, the deputy assistant secretary of defense/);
  });
});

describe("a word in someone's title", () => {
  it('answers who has a quoted word in their title, and says so when nobody does', () => {
    expect(engine.ask("who had 'then' in front of their title").text).toMatch(
      /^Nancy Pelosi \(then-House Speaker\)/,
    );
    expect(engine.ask("who has 'deputy' in their title").text).toMatch(/Michael Chase .* and Song Yanchao/);
    expect(engine.ask("who has 'admiral' in their title").answered).toBe(false);
  });
});

describe('whom someone acts towards', () => {
  it('does not answer "who does <person> report to" with who they are', () => {
    const a = engine.ask('who does chase report to');
    expect(a.answered).toBe(false);
  });

  it('says whether someone still holds a title only as of the article', () => {
    expect(engine.ask('is pelosi still speaker').text).toMatch(
      /^No\. The article calls Nancy Pelosi the then-House Speaker/,
    );
    const a = engine.ask('is xi still president');
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(/doesn't say who holds what now/);
  });
});

describe('the body someone works for', () => {
  it('answers "what org does <person> work for" from the body their title names', () => {
    for (const q of ['what org does song work for', 'what organization does song work for'])
      expect(engine.ask(q).text, q).toMatch(
        /^The central military commission office for international military cooperation: Song Yanchao/,
      );
  });
});

describe('what someone is called, and what they did before', () => {
  it('answers who gets called a word the article uses in a name for them', () => {
    expect(engine.ask('who gets called dr in the article').text).toMatch(
      /^Michael Chase \(called "Dr\. Chase"\)/,
    );
  });

  it('reads "before the <office> job" as a career', () => {
    expect(engine.ask('what did chase do before the pentagon job').text).toMatch(
      /doesn't say Michael Chase's background/,
    );
  });
});

describe('who held an office at another time', () => {
  it('says the article does not say who held it before or after the one it names', () => {
    for (const [q, when] of [
      ['who was joint chiefs chairman before brown', 'before Charles Q. Brown'],
      ['whos the speaker after pelosi', 'after Nancy Pelosi'],
    ] as const) {
      const reply = engine.ask(q);
      expect(reply.answered, q).toBe(false);
      expect(reply.text, q).toMatch(new RegExp(`^The article doesn't say who held that ${when}\\.`));
    }
  });
});

describe('people of a role, asked with "mentioned"', () => {
  it('lists those of the role, not everyone named', () => {
    expect(engine.ask('who are the presidents mentioned').text).toBe(
      'Joe Biden: President of the United States. Xi Jinping: President of China.',
    );
  });
});

describe('a role of a place the article names no holder of', () => {
  it('does not answer "who is the <place> president" with the place', () => {
    expect(engine.ask('who is the taiwan president').answered).toBe(false);
    expect(engine.ask('who is taiwan').text).toMatch(/^Taiwan is the island/);
  });
});

describe("someone's job before", () => {
  it('says the article does not give what someone did before, with "before" and nothing after it', () => {
    const reply = engine.ask("what was liu zhenli's job before");
    expect(reply.answered).toBe(false);
    expect(reply.text).toMatch(/^The article doesn't say Liu Zhenli's background/);
  });
});

describe('a job title the article does not give', () => {
  it("says so of someone titled only by another person, and still gives the rank and the others' titles", () => {
    const engine = sharedEngine();
    const a = engine.ask("whats liu zhenli's exact title in the pla");
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(
      /^The article doesn't say Liu Zhenli's job title\. It does say that Liu Zhenli is a Chinese general/,
    );
    expect(engine.ask("whats liu's rank").text).toMatch(/^Liu Zhenli's rank is General/);
    expect(engine.ask("whats brown's title").answered).toBe(true);
  });
});

describe('who leads a body', () => {
  it('does not answer "who chairs <a body>" with what the body is', () => {
    const a = engine.ask("who chairs china's central military commission");
    expect(a.intent).not.toBe('who-is');
    expect(a.text).not.toMatch(/^The central military commission office/);
    expect(engine.ask('who is the cmc office').text).toMatch(/^The central military commission office/);
  });
});

describe('a body asked for by a noun of the title', () => {
  it('names the body a person\'s title holds for "<person> works for which <noun>"', () => {
    for (const q of ['song works for which commission', 'what commission does song work for']) {
      const a = engine.ask(q);
      expect(a.answered).toBe(true);
      expect(a.text).toMatch(/^The central military commission office/);
    }
  });

  it('does not read a place owning an office as the place a title covers', () => {
    // (Covering <A> is not being in charge of <A>'s office: the one whose title covers <A> is someone else.)
    const a = engine.ask("who is in charge of china's military international cooperation office");
    expect(a.text).not.toMatch(/^Michael Chase/);
    expect(a.text).toMatch(/deputy director/);
    expect(engine.ask('who is responsible for china').text).toMatch(/^Michael Chase/);
  });
});

describe('a person described by what they did, then asked what they do', () => {
  it('reads "the <X> guy who came to <city>, what does he do" as his job, not as the act', () => {
    for (const q of [
      'the chinese guy who came to dc what does he do',
      'the chinese official who came to washington, what does he do',
    ])
      expect(sharedEngine().ask(q).text, q).toMatch(/^Song Yanchao is a Chinese Major General/);
  });
});
