import { describe, expect, it } from 'vitest';
import { conversations, sharedEngine } from './engine-fixture.js';

describe('two names the article gives one country or body, put up as the same', () => {
  const chat = conversations(sharedEngine(), 'same-thing');

  it('says yes, both name it, as a check of the names ("is <short name> <name>?")', () => {
    const a = chat('is the prc china?');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^Yes\. .*both name China/);
  });

  it('reads "<A> = <B> right" and "does <A> mean <B>" as the same check', () => {
    expect(chat('prc = china right').text).toMatch(/^Yes\. .*both name China/);
    expect(chat('does prc mean china?').text).toMatch(/^Yes\. .*both name China/);
  });

  it('is no check of a city against a country, which are two things', () => {
    expect(chat('is dc china?').text).not.toMatch(/both name/);
  });
});

describe('a topic word after "what"', () => {
  const chat = conversations(sharedEngine(), 'topic-word');

  it('says what is asked, not a word the sentence must have ("what topics did they dig into")', () => {
    const a = chat('what topics did the two sides dig into');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/defense relations/);
  });
});

describe('a summary of a part', () => {
  const chat = conversations(sharedEngine(), 'described');

  it('"give me a quick summary of the <X> part" asks about <X>', () => {
    const a = chat('give me a quick summary of the brown liu part');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/Brown/);
    expect(a.text).toMatch(/Liu/);
  });
});

describe('"why is <a place> part of <someone>\'s job"', () => {
  const chat = conversations(sharedEngine(), 'part-of-job');

  it('is why a title reads as it does, which the article never says', () => {
    const a = chat("why is mongolia part of chase's job");
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(/Michael Chase's portfolio/);
  });
});

describe('"who took over as <office> after <someone>"', () => {
  const chat = conversations(sharedEngine(), 'took-over');

  it('asks who held the office after them, which is not the one named', () => {
    const a = chat('who took over as house speaker after pelosi');
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(/doesn't say who held that after Nancy Pelosi/);
  });
});

describe('"the <place> guy"', () => {
  const chat = conversations(sharedEngine(), 'place-guy');

  it('is the one person whose title names the place, with the places typed before it', () => {
    for (const asked of ["who's the mongolia guy", "who's the china-taiwan-mongolia guy at the pentagon"]) {
      const a = chat(asked);
      expect(a.answered).toBe(true);
      expect(a.text).toMatch(/^Michael Chase is/);
    }
  });

  it('leaves a country alone to the side it names ("the china guy" is one of its people)', () => {
    expect(chat('who is the china guy').text).not.toMatch(/^Michael Chase is/);
  });
});

describe('"is there actual <X>"', () => {
  const chat = conversations(sharedEngine(), 'actual');

  it('asks whether there is any', () => {
    const a = chat('wait so is there actual progress or nah');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/some progress/);
  });
});

describe('a quality claimed of an event that the article never gives it', () => {
  const chat = conversations(sharedEngine(), 'quality');

  it('gets no verdict ("were the talks routine?" is no misspelt "talks round")', () => {
    const a = chat('were the talks routine?');
    expect(a.answered).toBe(false);
    expect(a.text).not.toMatch(/^Yes/);
  });

  it('while a misspelt name beside the event still reads as the event', () => {
    expect(chat('were the tlaks in washington').text).toMatch(/^Yes\./);
  });
});

describe('opinion bait and the means of an act (from the blind set chat-dn, after its one scoring)', () => {
  const chat = conversations(sharedEngine(), 'bait-means');

  it('"is it a good thing <X>? whats ur take" gets no verdict', () => {
    const a = chat("is it a good thing they're talking again? whats ur take");
    expect(a.answered).toBe(false);
    expect(a.text).not.toMatch(/^Yes/);
  });

  it('"what did <A> use to <do X>" is refused when no sentence gives the means', () => {
    const a = chat('what did the us use to shoot down the balloon');
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(/doesn't say what was used/);
  });
});
