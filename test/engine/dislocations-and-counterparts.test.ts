import { describe, expect, it } from 'vitest';
import { conversations, sharedEngine } from './engine-fixture.js';

// Chat forms that put the thing asked about first or in the middle, and people named by whose counterpart they
// are: each must be read as the question it asks, not answered about something else.
const chat = conversations(sharedEngine(), 'dislocated');

describe('a description put first, then "is that <name>?"', () => {
  it('checks the name against the one the description fits, and names that one', () => {
    const a = chat('the chinese general in the virtual call, is that song?');
    expect(a.text).toMatch(/^No\. .*Liu Zhenli/);
    expect(chat('the us guy at the talks, was he chase?').text).toMatch(/^Yes\. Michael Chase/);
  });
});

describe('a question phrase left at the end ("on what day?")', () => {
  it('is asked, not put up as a claim to say "Yes." to', () => {
    const a = chat('the talks ended on what day?');
    expect(a.intent).toBe('when');
    expect(a.text).toMatch(/^Tuesday, Jan\. 9/);
    expect(chat('the talks were held in what city?').text).toMatch(/^In Washington/);
  });
});

describe('"what <role noun> did <A> <verb>"', () => {
  it('asks who, as "who did <A> <verb>" does', () => {
    expect(chat('what general did chase meet with?').text).toMatch(
      /^Michael Chase met Major General Song Yanchao/,
    );
    const brown = chat('what general did brown meet?');
    expect(brown.intent).toBe('who-did');
    expect(brown.text).toMatch(/Liu Zhenli/);
  });

  it('does not answer with the subject when the event is named for that person', () => {
    const a = chat('who did pelosi visit?');
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(/^The article doesn't say .*visited Taiwan/);
  });
});

describe("<A>'s counterpart", () => {
  it('is the person of the other side <A> met, when the article names one', () => {
    expect(chat("what office is chase's chinese counterpart from, i keep forgetting").text).toMatch(
      /^Song Yanchao .*international military cooperation/,
    );
    expect(chat("what rank is chase's chinese counterpart").text).toMatch(
      /^Song Yanchao's rank is Major General/,
    );
  });

  it('still says the article calls no one that, when "who" asks who the counterpart is', () => {
    expect(chat("who is chase's counterpart?").text).toMatch(
      /doesn't call anyone Michael Chase's counterpart/,
    );
  });
});

describe('the article as of when it was written', () => {
  it('reads "when this was written" as the time of the article for a "then-" title', () => {
    expect(chat('was pelosi still house speaker when this was written').text).toMatch(
      /^No\. The article calls Nancy Pelosi the then-House Speaker/,
    );
  });
});

describe('what the article is about, put as a statement', () => {
  it('checks "so this is about <X>?" against the article', () => {
    expect(chat('so basically this is abt getting military ties back?').text).toMatch(/^Yes\. .*military/);
    // (Of a thing it never mentions: no, and what it is about.)
    const off = chat('so this is about trade?');
    expect(off.text).toMatch(/^No\. The article doesn't mention trade; it is about the 17th round/);
  });

  it('tells all of an event for "tell me about" or "what\'s the deal with", not only its topics', () => {
    for (const q of [
      'whats the deal with the us china military talks rn, summarize pls',
      'tell me about the talks',
    ]) {
      const a = chat(q);
      expect(a.text).toMatch(/Place: Washington/);
      expect(a.text).toMatch(/When: Jan\. 8-9, 2024/);
    }
    expect(chat('what were the talks about').text).toMatch(/^The two sides delved into/);
  });
});

describe('whether a thing had happened yet when the article was written', () => {
  it("compares the event's date with the article's own, and shows both", () => {
    const later = chat('had the taiwan vote happened yet when this was written');
    expect(later.text).toMatch(
      /^No\. It was still to come when the article was written \(January 9, 2024\): .*Jan\. 13-14/,
    );
    const before = chat('had the balloon been shot down yet?');
    expect(before.text).toMatch(/^Yes\. It came before the article was written .*February 2023/);
  });
});

describe('no verdict on what the article never says', () => {
  it('gives none on an act it never names, dated by one it does ("after <person> went")', () => {
    const a = chat('did china fire missiles after pelosi went');
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(
      /^The article doesn't say whether that happened\. It does say that then-House Speaker/,
    );
  });

  it('gives none on how someone felt whom the article never quotes', () => {
    const a = chat('was xi happy w how the talks went');
    expect(a.answered).toBe(false);
    expect(a.text).toBe("The article doesn't say how Xi Jinping felt about that.");
  });

  it('says "No." to "the only reason", listing the others', () => {
    expect(chat('so the only reason tensions r high is taiwan?').text).toMatch(
      /^No\. The article also lists others: .*South China Sea/,
    );
  });
});

describe('chat wordings of what the article lists and names', () => {
  it('reads "part of the list of disputes" and "one of the issues" as among the disputes', () => {
    expect(chat('is taiwan part of the list of disputes').text).toMatch(/^Yes\. .*Taiwan's future/);
    expect(chat('is the south china sea one of the issues').text).toMatch(/^Yes\. .*South China Sea/);
  });

  it('reads a phrase in scare quotes as the phrase', () => {
    expect(chat("who's in this 'war of words' thing").text).toMatch(
      /^Taiwan and China are locked in an ongoing war of words/,
    );
  });
});

describe('"was it <A> and <B> talking?"', () => {
  it("checks the talks' parties, naming the right ones", () => {
    expect(chat('wait was it japan and china talking?').text).toMatch(
      /^No\. It was between the United States and China/,
    );
    expect(chat('was it russia and the us talking?').text).toMatch(
      /^No\. It was between the United States and China/,
    );
    expect(chat('was it the us and china talking?').text).toMatch(/^Yes\./);
  });
});

describe('a yes/no question trailing off in "or"', () => {
  it('is the question without it: no verdict on what the article never says', () => {
    const a = chat('is song yanchao married or');
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(/^The article doesn't say that about Song Yanchao/);
  });
});
