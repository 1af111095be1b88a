import { describe, expect, it } from 'vitest';
import { splitAlternatives, splitWhichOf } from '../../src/engine/alternative-question.js';
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
    // A preposition with a bare noun saying how ("in person") is one alternative, not its noun alone.
    ['were the talks in person or online', ['were the talks in person?', 'were the talks online?']],
    ['did they vote by phone or online', ['did they vote by phone?', 'did they vote online?']],
    ['is <x> a major general or a full general', ['is <x> a major general?', 'is <x> a full general?']],
    // A second alternative with its article, against the object of the last preposition.
    ['were the talks in <a> or the <b>', ['were the talks in <a>?', 'were the talks in the <b>?']],
    // The adjective alone, said of the first's noun.
    ['was <x> the first day or last', ['was <x> the first day?', 'was <x> the last day?']],
    // Two whole questions.
    ['did <a> come to <x> or did <b> go to <y>', ['did <a> come to <x>?', 'did <b> go to <y>?']],
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

describe('splitWhichOf', () => {
  it.each([
    ['which general is french, smith or jones', ['is smith french?', 'is jones french?']],
    [
      'between smith and jones, which one is the french official lol',
      ['is smith the french official?', 'is jones the french official?'],
    ],
    ["smith or jones, who's taller?", ['is smith taller?', 'is jones taller?']],
    ['which was it, virtual or in person', ['was it virtual?', 'was it in person?']],
  ])('%j', (question, claims) => {
    expect(splitWhichOf(question)?.claims).toEqual(claims);
  });

  it.each(['which came first, <A> or <B>', 'which was first, the <x> or the <y>', 'who met <A>?'])(
    'leaves %j to other readings',
    (question) => {
      expect(splitWhichOf(question)).toBeUndefined();
    },
  );

  it('reads "<topic>, <A> or <B>" as the two claims about the topic', () => {
    expect(splitAlternatives('<A> and <B>, virtual or irl')?.claims).toEqual([
      'was <A> and <B> virtual?',
      'was <A> and <B> irl?',
    ]);
  });
});

const engine = sharedEngine();

describe('alternative questions answered', () => {
  it('names which of two people a description fits, from their sides', () => {
    expect(engine.ask('which general is american, brown or liu').text).toMatch(
      /^Charles Q\. Brown: .*American side/,
    );
    expect(engine.ask('between chase and song, which one is the chinese official lol').text).toMatch(
      /^Song Yanchao: /,
    );
  });

  it('makes no choice of two people the article does not compare', () => {
    const reply = engine.ask("lol who's cooler, brown or liu");
    expect(reply.answered).toBe(false);
    expect(reply.text).toMatch(/doesn't say which/);
  });

  it('answers "<topic>, <A> or <B>" about the topic', () => {
    expect(engine.ask('brown and liu, virtual or irl').text).toMatch(/^Virtual: /);
  });

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
    expect(reply.text).toMatch(/^In (?:dc|washington): .*Washington/);
    expect(reply.citations.length).toBeGreaterThan(0);
    expect(engine.ask('is song yanchao a major general or a full general').text).toMatch(/^A major general/);
  });

  it('says nothing either way when the article settles neither', () => {
    expect(engine.ask('was the virtual meeting friendly or tense?').answered).toBe(false);
  });
});

describe('a party offered against the subject or the object', () => {
  // (Parties by name, as the engine's store gives them: here a two-word table.)
  const parties: Record<string, { kind: string; name: string }> = {
    alpha: { kind: 'country', name: 'Alphaland' },
    beta: { kind: 'country', name: 'Betaland' },
    smith: { kind: 'person', name: 'Ann Smith' },
    jones: { kind: 'person', name: 'Bo Jones' },
    lee: { kind: 'person', name: 'Cy Lee' },
  };
  const partyOf = (phrase: string) => parties[phrase.toLowerCase().replace(/^the /, '')];

  it('offers the subject when the second alternative is a party of its kind', () => {
    expect(splitAlternatives('did alpha cut off the dialogue or beta?', partyOf)).toEqual({
      claims: ['did alpha cut off the dialogue?', 'did beta cut off the dialogue?'],
      options: ['Alphaland', 'Betaland'],
    });
    expect(splitAlternatives('so alpha cut off the dialogue or beta?', partyOf)?.claims).toEqual([
      'alpha cut off the dialogue?',
      'beta cut off the dialogue?',
    ]);
  });

  it('offers the object when the word before "or" is itself such a party', () => {
    expect(splitAlternatives('smith met jones or lee?', partyOf)).toEqual({
      claims: ['smith met jones?', 'smith met lee?'],
      options: ['Bo Jones', 'Cy Lee'],
    });
  });

  it('offers two subjects after the auxiliary, a place among them, with the rest said of either', () => {
    const placeNamed = (phrase: string) => phrase === 'gamma';
    expect(splitAlternatives('was alpha or gamma having the election', partyOf, placeNamed)).toEqual({
      claims: ['was alpha having the election?', 'was gamma having the election?'],
      options: ['alpha', 'gamma'],
    });
    expect(sharedEngine().ask('ngl i skimmed, was china or taiwan having the election').text).toMatch(
      /^Taiwan: Taiwan is conducting presidential and parliamentary polls/,
    );
  });

  it('answers with the party the article names as the doer', () => {
    const engine = sharedEngine();
    expect(engine.ask('so beijing cut off the dialogue or washington?').text).toMatch(
      /^Beijing: Beijing severed/,
    );
    expect(engine.ask('so the us downed the balloon or china?').text).toMatch(/^The United States: /);
    expect(engine.ask('chase met song or liu?').text).toMatch(/^Song Yanchao: /);
  });
});

describe('answers offered after a question, settled by one sentence', () => {
  it('splits "how do <they> see <X>, <A> or <B>" into the question with each answer', () => {
    expect(splitAlternatives('how do they see the lines, nice to have or crucial?')?.claims).toEqual([
      'how do they see the lines nice to have?',
      'how do they see the lines crucial?',
    ]);
  });

  it('picks the answer a sentence holds, with the rest of the question, quoting it', () => {
    const a = engine.ask('how do pentagon officials see those comm channels, nice to have or crucial?');
    expect(a.text).toMatch(/^Crucial: the article says "Establishing and maintaining communication channels/);
    expect(a.citations).toHaveLength(1);
  });

  it('never picks an answer the sentence does not itself say', () => {
    const a = engine.ask('what kind of meeting was the brown liu one, phone or in person');
    expect(a.text).not.toMatch(/^(?:In person|Phone)\b/i);
    expect(a.text).toMatch(/virtual/);
  });
});

describe('alternatives after "a"', () => {
  it('takes the noun phrase from "a" on as the first alternative, "too" closing it', () => {
    expect(splitAlternatives('was this a virtual thing too or in person in dc')?.claims).toEqual([
      'was this a virtual thing?',
      'was this in person in dc?',
    ]);
    expect(splitAlternatives('is he a full assistant secretary or deputy')?.claims).toEqual([
      'is he a full assistant secretary?',
      'is he deputy?',
    ]);
  });
});

describe('alternatives typed without a verb, with a hedge, or after a subject starting like "so"', () => {
  it('answers "<person> <A> or <B>" with no verb, and "<A> or <B> side"', () => {
    expect(engine.ask('song yanchao chinese or american').text).toMatch(/^Chinese: /);
    expect(engine.ask('michael chase us or china side').text).toMatch(/^The us side: .*American side/);
  });

  it('reads "works for <A> or <B>" against the phrase after the preposition', () => {
    expect(engine.ask('chase works for state dept or defense?').text).toMatch(/^Defense: /);
    expect(engine.ask('does chase work for defense').text).toMatch(/^Yes\. /);
  });

  it('answers "in person or online" with the whole manner, as a follow-up too', () => {
    expect(engine.ask('were the talks in person or online?').text).toMatch(/^In person: .*in Washington/);
    const c = 'alt-manner';
    engine.ask('where were the talks', c);
    expect(engine.ask('in person or online?', c).text).toMatch(/^In person: /);
  });

  it('drops "just" opening the second alternative, and keeps a subject that starts with "so"', () => {
    for (const q of ["song's the director or just the deputy?", 'song is the director or just the deputy?'])
      expect(engine.ask(q).text, q).toMatch(/^The deputy: /);
  });
});

describe('both alternatives so', () => {
  it('says the words both rest on once', () => {
    expect(engine.ask('is taiwan voting for president or parliament').text).toBe(
      'Both: Taiwan is conducting presidential and parliamentary polls this weekend.',
    );
  });
});

describe('answers offered after a which question', () => {
  const engine = sharedEngine();
  it('answers the question itself when the options are descriptions, not names', () => {
    expect(engine.ask('which general met liu, the american or the chinese').text).toMatch(
      /^General Charles Q\. Brown met his Chinese counterpart/,
    );
    expect(engine.ask('which speaker visited taiwan, house or senate').text).toMatch(
      /then-House Speaker Nancy Pelosi visited Taiwan/,
    );
  });

  it('still checks each name offered ("who was in <X>, <A> or <B>")', () => {
    expect(engine.ask('who was in the washington talks, liu or song').text).toMatch(/^Song Yanchao: /);
  });
});
