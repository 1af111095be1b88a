import { describe, expect, it } from 'vitest';
import { askIngested } from '../support/ingested-engine.js';
import { conversations, sharedEngine } from './engine-fixture.js';

// Why the article names someone or something, where a place itself lies, and a person described and named
// side by side: on the first article and on one the bot ingests itself.
const chat = conversations(sharedEngine(), 'mentions');
const ask = askIngested(
  [
    'River town closes old bridge after rust found',
    '',
    'The town of Lowmoor closed its old river bridge on Monday, March 3, after an inspection found that steel cables inside the deck had corroded.',
    'Kate Moss, the engineer who led the inspection, said the main cause was salty water seeping through broken joints.',
    'Mayor Tom Reed said a ferry would run from Lowmoor to Eastby until repairs end in June.',
  ],
  '2025-03-04',
);

describe('why the article names someone or something', () => {
  it('answers with the part the article gives a person, not a refusal', () => {
    const a = chat('why is pelosi even mentioned in this');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(
      /^The article brings Nancy Pelosi up as the then-House Speaker whose August 2022 visit/,
    );
    expect(ask('why is kate moss even mentioned').text).toMatch(
      /^The article brings Kate Moss up as the engineer who led the inspection/,
    );
  });

  it('reads "what does <X> have to do w anything" and "is <X> involved in this somehow" as the same question', () => {
    expect(chat('what does the balloon have to do w anything in this article').text).toMatch(
      /^The article lists it among the strains on the relationship: recent incidents/,
    );
    expect(chat('ngl im confused is mongolia involved in this somehow').text).toMatch(
      /^Mongolia comes up only in Michael Chase's title/,
    );
    expect(ask('what does tom reed have to do with anything').text).toMatch(
      /^The article brings Tom Reed up/,
    );
  });

  it('gives an event it names as what the article presents it as, not as the place it is in', () => {
    expect(chat('why are taiwans elections mentioned').text).toMatch(
      /^The article presents Taiwan's presidential and parliamentary polls as taking place against the backdrop/,
    );
  });

  it('reads "why did the article even bring up <X>" as why it names <X>', () => {
    expect(chat('why did the article even bring up the spy balloon').text).toMatch(
      /^The article lists it among the strains on the relationship/,
    );
    expect(chat('why does the article mention pelosi').text).toMatch(
      /^The article brings Nancy Pelosi up as/,
    );
  });

  it('reads "what does the article say <X> were <Y>" as what <X> were <Y>', () => {
    expect(chat('what does the article say the talks were a step toward').text).toMatch(
      /a significant step in the ongoing effort to resume military-to-military ties/,
    );
  });

  it('still gives no reason for naming a thing it only reports', () => {
    const a = ask('why is the ferry mentioned');
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(/^The article doesn't say why it mentions that/);
  });
});

describe('where a place lies', () => {
  it('does not answer "where is <a place>" with the place itself or the last event talked about', () => {
    const a = chat('where is taiwan');
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(/^The article doesn't say where Taiwan is/);
    const next = chat('where were the talks', 'where is the south china sea?');
    expect(next.answered).toBe(false);
    expect(next.text).not.toMatch(/Washington/);
    expect(ask('where is eastby').text).toMatch(/^The article doesn't say where Eastby is/);
  });

  it('reads "what claims are in <a place>" as claims to the place, not what anyone said', () => {
    const a = chat('what kind of claims in the south china sea');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/territorial claims in the South China Sea/);
    expect(chat('what did china claim').text).toMatch(/^Beijing claims sovereignty over Taiwan/);
  });

  it('reads "which city is <X> in" as where <X> is', () => {
    const a = chat('which city is the cmc office in');
    expect(a.answered).toBe(false);
    expect(chat('what city were the talks in').text).toMatch(/^In Washington/);
  });

  it('keeps a place asked of a dispute, and a sea set aside asks no place', () => {
    expect(chat('where are the territorial claims').text).toMatch(/^In the South China Sea/);
    const aside = chat('besides taiwan and the sea stuff, what other incident is mentioned');
    expect(aside.answered).toBe(true);
    expect(aside.text).toMatch(/spy balloon/);
  });
});

describe('a person described and named side by side', () => {
  it('asks the question of the name', () => {
    expect(chat('is the pentagon guy, chase, a general?').text).toMatch(
      /^No\. The article gives Michael Chase no military rank/,
    );
    expect(chat('the chinese general, song, is he a major general?').text).toMatch(/^Yes\. Song Yanchao/);
    expect(chat('song, the chinese general, is he a major general?').text).toMatch(/^Yes\. Song Yanchao/);
  });

  it('checks a rank claimed whole ("a major general" is no claim of "major")', () => {
    expect(chat('is the chinese major general song a major general').text).toMatch(/^Yes\. Song Yanchao/);
  });
});

describe('claims passed on and doings today', () => {
  it('reads "ive seen ppl say <claim>, true?" and "article says <claim> right" as the claim', () => {
    expect(chat('ive seen ppl say the military talks were held in washington, true?').text).toMatch(/^Yes\./);
    expect(chat('article says pelosi visited taiwan in 2021 right').text).toMatch(/^No\. It was August 2022/);
  });

  it('drops "that set all this off" after the question', () => {
    expect(chat('which place did pelosi visit that set all this off').text).toMatch(/^In Taiwan/);
  });

  it('does not say what someone is doing now', () => {
    const a = chat('who is pelosi', "what's she doing now");
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(/how things stand today/);
    expect(ask('whats tom reed doing now').answered).toBe(false);
  });
});

describe('a change in how the two sides stand', () => {
  it('gives how things stand and the progress made, with no verdict, when asked whether they are better', () => {
    for (const q of [
      'is the us china relationship better now or what',
      'are relations improving',
      'is the relationship getting better or worse',
    ]) {
      const a = chat(q);
      expect(a.verdict, q).toBeUndefined();
      expect(a.text, q).toMatch(
        /^The article gives no verdict on whether things are getting better or worse, but says: .*strained.*progress/,
      );
    }
    // (A state claimed is still checked: "good" against "strained".)
    expect(chat('are us china ties good').text).toMatch(/^No\./);
  });
});
