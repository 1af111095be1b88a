import { describe, expect, it } from 'vitest';
import { splitAlternatives } from '../../src/engine/alternative-question.js';
import { sharedEngine } from './engine-fixture.js';

describe('splitAlternatives', () => {
  it.each([
    ['were the talks in <A> or in <B>?', ['were the talks in <A>?', 'were the talks in <B>?']],
    // Chatter after the second alternative is not part of it.
    ['were they in <A> or in <B> im confused lol', ['were they in <A>?', 'were they in <B>?']],
    [
      'was the meeting about defense or trade',
      ['was the meeting about defense?', 'was the meeting about trade?'],
    ],
    ['did <x> meet first last or other name', ['did <x> meet first last?', 'did <x> meet other name?']],
    ['was it virtual or in person?', ['was it virtual?', 'was it in person?']],
    ['is <x> a major general or a full general', ['is <x> a major general?', 'is <x> a full general?']],
  ])('%j', (question, claims) => {
    expect(splitAlternatives(question)?.claims).toEqual(claims);
  });

  it.each([
    'was it before or after the talks?',
    'was it good or not',
    'has there been any progress or is it zero',
    'who met in <A> or <B>?',
    'were the talks in <A> or <B> or <C>?',
  ])('offers no two alternatives in %j', (question) => {
    expect(splitAlternatives(question)).toBeUndefined();
  });
});

describe('alternative questions answered', () => {
  const engine = sharedEngine();

  it('leaves a time or a hedge after the second alternative out of it ("high or low rn")', () => {
    expect(engine.ask('r tensions high or low rn according to the article').text).toMatch(/^High: /);
  });

  it('reads "how are things between them" as the relationship, and "high" as the article\'s "heightened"', () => {
    expect(engine.ask('how are things between them').text).toMatch(/^Strained\./);
    expect(engine.ask('are tensions high?').text).toMatch(/^Yes\. .*heightened tensions/);
  });

  it('names the alternative the article supports, with its sentence', () => {
    const reply = engine.ask('were the talks in dc or in china?');
    expect(reply.answered).toBe(true);
    expect(reply.text).toMatch(/^In dc: .*Washington/);
    expect(reply.citations.length).toBeGreaterThan(0);
    expect(engine.ask('is song yanchao a major general or a full general').text).toMatch(/^A major general/);
  });

  it('says nothing either way when the article settles neither', () => {
    expect(engine.ask('was the virtual meeting friendly or tense?').answered).toBe(false);
  });
});
