import { describe, expect, it } from 'vitest';
import { conversations, sharedEngine } from './engine-fixture.js';

// A person described by a meeting held remotely, things counted that are not people, and how two parties other
// than the relationship's stand, as members type them.
const chat = conversations(sharedEngine(), 'remote-counts');

describe('a description narrowed by a remote meeting', () => {
  it('reads "the <demonym> general <A> met virtually" as the one at the virtual meeting', () => {
    const a = chat('which us official met the chinese general virtually');
    expect(a.text).toMatch(/^General Charles Q\. Brown met his Chinese counterpart, General Liu Zhenli/);
    expect(a.text).not.toMatch(/Michael Chase/);
  });
});

describe('things counted that are not people', () => {
  it('does not count the people of a military when meetings are counted', () => {
    const a = chat('so how many separate us china military meetings does the article talk about');
    expect(a.text).not.toMatch(/^1: General Charles Q\. Brown/);
    expect(chat('how many people from the us military are mentioned').text).toMatch(
      /^1: General Charles Q\. Brown/,
    );
  });
});

describe('how two parties stand', () => {
  it('reads "whats <A> and <B>s relationship like" as how the two stand', () => {
    for (const q of [
      'whats taiwan and chinas relationship like per the article',
      'what is the relationship between taiwan and china like',
    ])
      expect(chat(q).text, q).toMatch(/^Taiwan and China are locked in an ongoing war of words/);
  });
});

describe('what ended something', () => {
  it('reads "what ended the mil to mil ties" as what led to their stopping, not how the sides stand', () => {
    expect(chat('what ended the mil to mil ties').text).toMatch(/in response to .*Pelosi's visit to Taiwan/);
  });
});

describe('a cause claimed with the wrong doer', () => {
  it('says No when the party claimed to have acted is not the one the article says acted', () => {
    expect(chat('did the us sever the dialogue because of pelosi').text).toMatch(/^No\. Beijing severed/);
    expect(chat("did china cut ties because of pelosi's visit").text).toMatch(/^Yes\. Beijing severed/);
    expect(chat('did beijing sever dialogue with the us because of pelosi').text).toMatch(/^Yes\./);
  });
});

describe('words that only sharpen a question', () => {
  it('reads "any specific incidents?" as "any incidents?"', () => {
    expect(chat('what us china disputes does it list', 'any specific incidents?').text).toMatch(
      /spy balloon/,
    );
  });
});

describe('what came out of something', () => {
  it('reads "what <X> came out of the talks" as what resulted from them, which no earlier agreement is', () => {
    const a = chat('what specific agreements came out of the talks');
    expect(a.answered).toBe(false);
    expect(a.text).not.toMatch(/Biden/);
  });
});

describe('a count of both sides together', () => {
  it('drops ", <A> and <B> combined" after a count', () => {
    expect(chat('how many generals r mentioned total, us and chinese combined').text).toMatch(/^3: /);
  });
});

describe('the latest of several', () => {
  it('reads "what\'s the most recent meeting" as which of the meetings came last', () => {
    for (const q of [
      "what's the most recent meeting",
      'whats the most recent us china military meeting mentioned',
    ])
      expect(chat(q).text, q).toMatch(/^Jan\. 8-9, 2024 .*17th round/);
  });
});

describe('why a place', () => {
  it('does not answer why an event was held somewhere with why the event mattered', () => {
    for (const q of ['why were the talks held in washington', 'why did they hold the talks there']) {
      const a = chat(q);
      expect(a.answered, q).toBe(false);
      expect(a.text, q).toMatch(/^The article doesn't say why the 17th round .* took place in Washington/);
    }
  });

  it('answers the premise when a remark put the event elsewhere ("i thought <X> were in <B>, why there")', () => {
    expect(chat("ngl i thought these talks were in beijing, why'd they do them there").text).toMatch(
      /^No\. It took place in Washington/,
    );
  });
});

describe('the latest now, and a closing remark', () => {
  it('drops "i missed it" after a question, and reads "the latest on <X> rn" as today', () => {
    expect(chat('yo what happened with the us china military talks, i missed it').answered).toBe(true);
    expect(chat('whats the latest on us china relations rn').text).toMatch(/how things stand today/);
  });
});
