import { describe, expect, it } from 'vitest';
import { unwrapQuestion } from '../../src/engine/unwrap-question.js';

describe('unwrapQuestion', () => {
  it.each([
    ['hey bot, can you tell me who michael chase is?', 'who michael chase is?'],
    ['I was wondering when the talks ended', 'when the talks ended'],
    ['Do you know where the talks were held?', 'where the talks were held?'],
    ['um so what happened in december', 'what happened in december'],
    ['what can you tell me about Nancy Pelosi', 'tell me about Nancy Pelosi'],
    ["I'd like to know when pelosi visited taiwan", 'when pelosi visited taiwan'],
    ['remind me when pelosi did her taiwan trip', 'when pelosi did her taiwan trip'],
    ["whats chase's actual job title, its a mouthful", "whats chase's actual job title"],
    ['the thing pelosi did that made china mad was what', 'what did pelosi do that made china mad?'],
  ])('%j -> %j', (input, output) => {
    expect(unwrapQuestion(input)).toEqual({ text: output, claim: false });
  });

  it('notices claims put up for checking', () => {
    expect(unwrapQuestion('Is it true that China shot down a balloon?')).toEqual({
      text: 'China shot down a balloon?',
      claim: true,
    });
    expect(unwrapQuestion('true or false: the talks were in Beijing')).toEqual({
      text: 'the talks were in Beijing',
      claim: true,
    });
    expect(unwrapQuestion('do you know if Brown met Liu')).toEqual({ text: 'Brown met Liu', claim: true });
    // Hearsay without "that", and a chat interjection before it.
    expect(unwrapQuestion('ngl i heard the talks went on for a week')).toEqual({
      text: 'the talks went on for a week',
      claim: true,
    });
    expect(unwrapQuestion('did <A> and <B> meet virtually too like <C> n <D>')).toEqual({
      text: 'did <A> and <B> meet virtually',
      claim: false,
    });
    expect(unwrapQuestion('what kind of meeting was it, phone or in person or what').text).toBe(
      'what kind of meeting was it?',
    );
    // Options that are the question stay: "which came first, <A> or <B>?".
    expect(unwrapQuestion('which came first, the vote or the strike?').text).toBe(
      'which came first, the vote or the strike?',
    );
    expect(unwrapQuestion('pretty sure this was the 16th round')).toEqual({
      text: 'this was the 16th round',
      claim: true,
    });
  });

  it('leaves a plain question, and a bare greeting, alone', () => {
    expect(unwrapQuestion('Who is Xi?')).toEqual({ text: 'Who is Xi?', claim: false });
    expect(unwrapQuestion('hello')).toEqual({ text: 'hello', claim: false });
  });
});

describe('question tags', () => {
  it('reads a statement with a tag as a claim to check', () => {
    expect(unwrapQuestion('Pelosi visited Taiwan, right?')).toEqual({
      text: 'Pelosi visited Taiwan?',
      claim: true,
    });
    expect(unwrapQuestion('who met brown, right?').claim).toBe(false);
    // Chat spellings of the tag, without their apostrophes.
    expect(unwrapQuestion('pelosi went to taiwan in 2021 didnt she')).toEqual({
      text: 'pelosi went to taiwan in 2021?',
      claim: true,
    });
    expect(unwrapQuestion('the elections r next month ya').claim).toBe(true);
  });
});

describe('topic questions in chat', () => {
  it.each([
    ['anything abt the spy balloon', 'tell me about the spy balloon'],
    ['anything about mongolia in there?', 'tell me about mongolia?'],
    ['what about the taiwan elections?', 'tell me about the taiwan elections?'],
    ["what's the deal with the balloon", 'tell me about the balloon'],
  ])('%j asks what the article says of its topic', (typed, meant) => {
    expect(unwrapQuestion(typed.replace('abt', 'about'))).toEqual({ text: meant, claim: false });
  });
});

describe('chat ways of putting a claim', () => {
  it('drops an "again" that asks to be reminded, and keeps one about what is to come', () => {
    expect(unwrapQuestion('who shot the drone down again').text).toBe('who shot the drone down');
    expect(unwrapQuestion('where did they meet again?').text).toBe('where did they meet?');
    expect(unwrapQuestion('when will they meet again').text).toBe('when will they meet again');
  });

  it('reads "does the article call <X> <Y>" as the claim that <X> is <Y>', () => {
    expect(unwrapQuestion('does the article call the strike a setback or nah')).toEqual({
      text: 'the strike is a setback?',
      claim: true,
    });
    expect(unwrapQuestion('does the article describe the deal as historic?')).toEqual({
      text: 'the deal is historic?',
      claim: true,
    });
    expect(unwrapQuestion('does the article call the mayor doctor')).toEqual({
      text: 'the mayor is doctor?',
      claim: true,
    });
  });

  it('reads a cleft sentence as the claim it makes, with the alternative denied dropped', () => {
    expect(unwrapQuestion('was it the chinese side that stressed open lines, not the us?')).toEqual({
      text: 'the chinese side stressed open lines?',
      claim: true,
    });
    expect(unwrapQuestion('so it was the us who cut off the talks right?')).toEqual({
      text: 'the us cut off the talks?',
      claim: true,
    });
    // A choice is not a claim.
    expect(unwrapQuestion('was it in oslo or bergen that they met?').text).toBe(
      'was it in oslo or bergen that they met?',
    );
  });

  it('drops where the answer should come from, which is always the article', () => {
    expect(unwrapQuestion('does beijing claim taiwan acc to the article').text).toBe(
      'does beijing claim taiwan',
    );
    expect(unwrapQuestion('according to the article, when did the talks end?').text).toBe(
      'when did the talks end?',
    );
    expect(unwrapQuestion('who led the talks per this?').text).toBe('who led the talks?');
    // ("the article says <X> right": the claim is <X>, put up for checking.)
    expect(unwrapQuestion('bro the article says <a> went to <b> in 2021 right')).toEqual({
      text: '<a> went to <b> in 2021?',
      claim: true,
    });
  });

  it('asks "who is" for the name of a person, described or named, and not for the name of a thing', () => {
    const person = (w: string) => ['general', 'counterpart', 'minister'].includes(w);
    expect(unwrapQuestion('whats the name of the ferry minister', person).text).toBe(
      'who is the ferry minister',
    );
    expect(unwrapQuestion('whats the danish generals name from the oslo talks', person).text).toBe(
      'who is the danish general from the oslo talks',
    );
    expect(unwrapQuestion("what's holm's full name", person).text).toBe('who is holm');
    expect(unwrapQuestion("what's the name of the talks", person).text).toBe("what's the name of the talks");
  });

  it('reads a trailing "was?" as asking what the phrase before it was, and drops who keeps talking about it', () => {
    expect(unwrapQuestion('first day was?').text).toBe('what was first day?');
    // ("the <X> thing" is chat for the <X>.)
    expect(unwrapQuestion('whats the ferry thing ppl keep bringing up').text).toBe('whats the ferry');
    expect(unwrapQuestion('was it in oslo?').text).toBe('was it in oslo?');
  });

  it('reads "<statement>. Is that right?" and "I read that <statement>" as a claim to check', () => {
    expect(unwrapQuestion('I read that Norway agreed to a fixed quota. Is that right?')).toEqual({
      text: 'Norway agreed to a fixed quota?',
      claim: true,
    });
    expect(unwrapQuestion('my cousin said the talks were in Oslo')).toEqual({
      text: 'the talks were in Oslo',
      claim: true,
    });
  });

  it('puts a question word typed last first', () => {
    expect(unwrapQuestion('the talks were held where').text).toBe('where the talks were held?');
    expect(unwrapQuestion('holm met who').text).toBe('who holm met?');
    expect(unwrapQuestion('who met holm').text).toBe('who met holm');
  });
});

describe('words of chat that only colour a question', () => {
  it.each([
    ['what is the <dispute> even about', 'what is the <dispute> about'],
    ['whats the goal of all this in the big picture', 'whats the goal of all this'],
    ["what's the point of the talks supposedly", "what's the point of the talks"],
    ['what did the <official> say was super important', 'what did the <official> say was important'],
    ['what was the deal here?', 'what was the deal?'],
  ])('%j -> %j', (input, output) => {
    expect(unwrapQuestion(input)).toEqual({ text: output, claim: false });
  });

  it('keeps the words where they say something ("even if", a short question)', () => {
    expect(unwrapQuestion('what happens even if they agree').text).toBe('what happens even if they agree');
    expect(unwrapQuestion('why here').text).toBe('why here');
  });

  it('reads "according to <someone>" and ", per <someone>" as what they said', () => {
    expect(unwrapQuestion('what is the plan supposed to prevent according to the envoy').text).toBe(
      'what is the plan supposed to prevent, the envoy said',
    );
    expect(unwrapQuestion('what could go wrong, per the minister?').text).toBe(
      'what could go wrong, the minister said?',
    );
    // The article itself is where every answer comes from: nothing is added.
    expect(unwrapQuestion('what adds complexity per the article').text).toBe('what adds complexity');
    // ("per" without a pause is a rate, not a source.)
    expect(unwrapQuestion('what is the price per ticket').text).toBe('what is the price per ticket');
  });
});

describe('what the article says about a topic, and phrases read as their plain words', () => {
  it('reads "what does the article say about <X>" as a question about <X>, whoever said what', () => {
    expect(unwrapQuestion('what does the article say about stability').text).toBe('tell me about stability');
    expect(unwrapQuestion('what did the story mention about the <event>?').text).toBe(
      'tell me about the <event>?',
    );
  });

  it('reads "lines up with" as "aligns with"', () => {
    expect(unwrapQuestion("<person>'s point lines up with what bigger goal").text).toBe(
      "<person>'s point aligns with what bigger goal",
    );
  });
});

describe('"what do they call <X>"', () => {
  it('asks for the name of <X>', () => {
    expect(unwrapQuestion('what do they officially call these talks').text).toBe(
      'what is the official name of these talks',
    );
  });
});

describe('chat forms around a question', () => {
  it.each([
    ["whats song's exact position lol its a mouthful", "whats song's exact position"],
    ['any mention of the south china sea?', 'is the south china sea mentioned?'],
    ['the article says prc defense relations, prc means which country', 'what does prc mean'],
    [
      'yo did u see the us china mil talks thing, where were they held',
      'where were the us china military talks held',
    ],
    ['and the brown call, also in dc?', 'was the brown call in dc?'],
    ['what balloon thing is the article talking about', 'what is the balloon?'],
    ['ok dumb q but is chase american or chinese', 'is chase american or chinese'],
    ['which storm is the piece referring to', 'what is the storm?'],
  ])('%j', (typed, asked) => {
    expect(unwrapQuestion(typed).text).toBe(asked);
  });
});
