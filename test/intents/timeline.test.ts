import { describe, expect, it } from 'vitest';
import { conversations, sharedEngine } from '../engine/engine-fixture.js';
import { ingestedEngine } from '../support/ingested-engine.js';

const engine = sharedEngine();

describe("the article's own date against an event's", () => {
  it('answers "is the article from before or after <X>" from the two dates, shown as worked out', () => {
    const a = engine.ask("is the article from before or after taiwan's election");
    expect(a.text).toMatch(
      /^Before: the article is dated 2024-01-09; Taiwan's presidential and parliamentary polls/,
    );
    expect(a.citations.length).toBeGreaterThan(0);
    expect(engine.ask('was the article written before or after the balloon').text).toMatch(/^After: /);
  });

  it('counts an article dated the day something ended as after its end', () => {
    expect(engine.ask('was the article written before or after the talks ended').text).toMatch(/^After: /);
  });
});

describe('the order of events named by their people or put up for checking', () => {
  it('reads "which came first, <the meeting between A and B> or <C>" as asking the order, not what lies between', () => {
    expect(
      engine.ask('which happened first, the virtual meeting between the generals or the chase song talks')
        .text,
    ).toMatch(/^The virtual meeting between Charles Q\. Brown and Liu Zhenli came first/);
    expect(engine.ask('what happened between the pelosi visit and the talks').text).toMatch(/^Between /);
  });

  it('names an event with where it was held when its name does not say, so two meetings are told apart', () => {
    expect(
      engine.ask('which happened first, the brown liu video call or the chase song talks in dc?').text,
    ).toMatch(/; the 17th round of U\.S\.-China defense policy coordination talks in Washington followed/);
  });

  it('takes a person named alone in a question of order for the one event the article reports of them', () => {
    expect(engine.ask('was the biden xi deal before or after pelosi').text).toMatch(
      /^After: the agreement between Joe Biden and Xi Jinping \(late 2023\) came after Nancy Pelosi's visit/,
    );
  });

  it('answers "before or after" about the event named first, though the second event\'s word also names it', () => {
    expect(engine.ask('were the jan talks before or after the brown liu meeting').text).toMatch(
      /^After: the 17th round .* came after the virtual meeting between Charles Q\. Brown and Liu Zhenli/,
    );
  });

  it('takes "<A>\'s or <B>\'s" for the one event of each', () => {
    expect(engine.ask("which meeting came first, brown's or chase's").text).toMatch(
      /^The virtual meeting between Charles Q\. Brown and Liu Zhenli came first \(December 2023\)/,
    );
  });

  it('answers "which is more recent, <A> or <B>" with both dates', () => {
    expect(engine.ask("which is more recent, pelosi's trip or brown's call w liu").text).toMatch(
      /^Nancy Pelosi's visit to Taiwan came first \(August 2022\); the virtual meeting .* followed \(December 2023\)/,
    );
  });

  it('checks an order put up as a claim against the dates, with the dated list', () => {
    expect(engine.ask('so the order is pelosi trip, then biden-xi, then the washington talks?').text).toMatch(
      /^Yes\. In date order:\n• August 2022/,
    );
    expect(engine.ask('so the order is the talks, then pelosi trip?').text).toMatch(/^No\. In date order:/);
    expect(engine.ask("put these in order: the talks, pelosi's trip, the balloon").text).toMatch(
      /^In date order:/,
    );
  });
});

describe('which of two came first, of a response and what it answered', () => {
  it('says the later one came in response to the first', () => {
    expect(engine.ask('was the pelosi visit the reason for the freeze or did that come after').text).toMatch(
      /^Nancy Pelosi's visit to Taiwan came first .*followed .*, in response to it\.$/,
    );
  });
});

describe('"between" of no events', () => {
  it('is no span between two events in a yes/no question, but is one when it names them', () => {
    expect(engine.ask('did the talks cover incidents at sea between navies').intent).not.toBe('timeline');
    expect(engine.ask("did anything happen between pelosi's visit and the balloon").text).toMatch(
      /^Between Nancy Pelosi's visit to Taiwan \(August 2022\) and the U\.S\. downing/,
    );
  });
});

describe('which of two meetings came first', () => {
  it('orders the two a question offers by a word or a place only one of them has', () => {
    expect(engine.ask('which meeting came first, the virtual one or the dc one').text).toMatch(
      /^The virtual meeting between Charles Q\. Brown and Liu Zhenli came first \(December 2023\); the 17th round .* followed/,
    );
  });
  it('takes "which meeting came first" among the meetings, not among every event', () => {
    expect(engine.ask('which meeting came first').text).toMatch(
      /^December 2023: General Charles Q\. Brown met/,
    );
    expect(engine.ask('what was the first event').text).toMatch(/^August 2022: .*Pelosi visited Taiwan/);
  });
  it('gives no verdict on "was <X> before or after <X>" when both name the same event', () => {
    const reply = engine.ask(
      'was the 17th round of U.S.-China defense policy coordination talks before or after the washington talks',
    );
    expect(reply.text).not.toMatch(/^(Yes|No)\b/);
  });
});

describe('the one event coming up', () => {
  it('leaves the one event it shows for "when is that" next', () => {
    const chat = conversations(engine, 'coming-up');
    expect(chat('whats the next event coming up mentioned', 'k and wen exactly is that').text).toMatch(
      /^This weekend \(the weekend of Jan\. 13-14, 2024\)/,
    );
  });
});

describe('what an event came after, asked from its side', () => {
  it('reads "<X> came after what" and "what did <X> come after" as what came before <X>', () => {
    for (const q of ['the talks came after what', 'what did the talks come after']) {
      const a = engine.ask(q);
      expect(a.text, q).toMatch(/^Before the 17th round/);
      expect(a.text, q).toMatch(/Pelosi visits Taiwan/);
    }
    expect(engine.ask('what happened after the talks').text).toMatch(/^After the 17th round/);
  });
});

describe('a word of order that only describes a thing', () => {
  const ingested = ingestedEngine(
    'Orchestra chief resigns after bullying review\n\nOwen Marsh, the chief executive of the Harbour Sinfonia, resigned on Monday, Nov. 9, 2037, after an independent review found bullying. The board commissioned the review in March and placed Marsh on leave in April, after two more employees filed formal complaints. The board will name an interim chief in December.',
    { date: '2037-11-10' },
  );

  it('does not read "the two later complaints" as asking what happened later', () => {
    const a = ingested.ask('What were the two later complaints against Marsh about?');
    expect(a.intent).not.toBe('timeline');
    expect(ingested.ask('what happened after the review').intent).not.toBe('not-covered');
  });
});
