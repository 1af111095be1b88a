import { describe, expect, it } from 'vitest';
import { conversations, sharedEngine } from './engine-fixture.js';

const chat = conversations(sharedEngine(), 'weeks-views-and-still');

describe('"the same week as <B>?": two dated events, Monday to Sunday', () => {
  it('says yes to a weekend in the week of a meeting on its Monday and Tuesday', () => {
    const a = chat('so the taiwan elections r happening the same week as the talks?');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^Yes\. Both .*Jan\. 8-9.*Jan\. 13-14/);
  });

  it('says no to events dated in other months, and to a weekend against other days', () => {
    expect(chat('was the balloon in the same week as the talks').text).toMatch(/^No\. .*February 2023/);
    expect(chat('was the taiwan vote on the same day as the talks?').text).toMatch(/^No\. /);
  });
});

describe('a view asked "on that" after an answer', () => {
  it('is refused when no view of that is given', () => {
    const a = chat('does china claim taiwan', 'and whats the us position on that');
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(/doesn't say what .* said about that/);
  });

  it('is refused when "that" is an event the words were not about', () => {
    const a = chat('what happened with the balloon', 'whats the us position on that');
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(/balloon/);
  });

  it('answers when the words are the ones just quoted, or what "it" is is typed first', () => {
    expect(chat('what did chase stress', 'whats the us position on that').text).toMatch(/Chase emphasised/);
    const a = chat(
      'what happened with the balloon',
      "idk what 'functional dialogue' means here, what did officials say abt it",
    );
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/functional dialogue/);
  });
});

describe('"<A> or still <B>": a state against what it may have become', () => {
  it('picks the one the article settles', () => {
    expect(chat('was the us-china dialogue restarted or still cut off').text).toMatch(/^Restarted: /);
    expect(chat('is the us china relationship good now or still strained').text).toMatch(/^Still strained: /);
  });
});

describe('chat lead-ins and tails', () => {
  it('reads "ok but wasnt it <A> who ..." as the cleft it is', () => {
    const a = chat('ok but wasnt it lloyd austin who met the chinese in washington');
    expect(a.text).toMatch(/^No\. Michael Chase/);
  });

  it('reads "in like one sentence" after "what is it about" as asking what it is about', () => {
    const a = chat('ok so whats this article about in like one sentence');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/17th round/);
  });

  it('reads "the latest news on <X>" as asking how things stand today', () => {
    const a = chat('whats the latest news on us china military talks');
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(/today/);
  });
});

describe('"what does <person>\'s office focus on"', () => {
  it('answers with what the office in their title is for', () => {
    const a = chat("what's song's office actually focus on");
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^International military cooperation: /);
  });
});

describe('an occurrence worked out but not reported ("the one before?")', () => {
  it('says the article gives nothing more of it when asked "when was that one held"', () => {
    const a = chat('what round of talks was this', 'the one before?', 'when was that one held');
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(/nothing about the 16th round/);
  });

  it('still checks a count put up about it', () => {
    expect(chat('what round were the talks', 'the one before?', 'so 16 before it?').text).toMatch(/^Yes\./);
  });
});

describe('opinion bait that ends "imo"', () => {
  it('gets no verdict', () => {
    const a = chat('is this the best the relationship has been in years imo?');
    expect(a.answered).toBe(false);
    expect(a.verdict).toBeUndefined();
  });
});

describe('what was agreed at an event the question points to by its place', () => {
  it('says the article reports no agreement there, rather than summing the event up', () => {
    const a = chat('what did the two sides actually agree on in washington');
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(/doesn't say that anything was agreed at the 17th round/);
  });
});
