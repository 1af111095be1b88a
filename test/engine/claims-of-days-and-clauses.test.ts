import { describe, expect, it } from 'vitest';
import { conversations, sharedEngine } from './engine-fixture.js';

// Claims members put about one day of a meeting of several days, about where a meeting was held, and
// questions that join two clauses or describe a person by the places of their title.
const chat = conversations(sharedEngine(), 'days');

describe('a day of a meeting of several days', () => {
  it('checks "day one was <date>" against the first day, worked out from the dates', () => {
    expect(chat('so day one was jan 8 then?').text).toMatch(/^Yes\. The first day was Jan 8 \(worked out/);
    expect(chat('was the first day jan 7').text).toMatch(/^No\. The first day was Jan 8/);
    expect(chat('day 2 was jan 9?').text).toMatch(/^Yes\. The second day was Jan 9/);
  });

  it('checks a weekday typed for the first or last day', () => {
    expect(chat('was the first day a tuesday').text).toMatch(/^No\. The first day was Monday, Jan 8/);
    expect(chat('was the last day a tuesday').text).toMatch(/^Yes\. The last day was Tuesday, Jan 9/);
  });

  it('offers "the first day or last" as two days of the same meeting', () => {
    expect(chat('was tuesday the first day or last').text).toMatch(/^The last day: /);
  });

  it("does not take the first day of another person's one-day meeting for the talks'", () => {
    expect(chat("was the first day of brown's meeting jan 7").text).not.toMatch(/first day was/);
  });

  it('says the article does not tell what happened on one day, rather than naming its first event', () => {
    const a = chat('what happened on the first day');
    expect(a.answered).toBe(false);
    expect(a.text).not.toMatch(/Pelosi/);
  });
});

describe('where a meeting was held', () => {
  it('says a virtual meeting was held nowhere a claimed trip went', () => {
    expect(chat('did brown travel to china to meet liu').text).toMatch(/^No\. It was a virtual meeting/);
  });

  it('does not read whom it was with as where it was ("talked to someone in <a country>")', () => {
    expect(chat('the joint chiefs chairman talked to someone in china too?').text).toMatch(/^Yes\. .*Liu/);
  });

  it('offers "in <A> or the <B>" as two places', () => {
    expect(chat('so were the talks in china or the us').text).toMatch(/^The US: .*Washington/);
  });
});

describe('two clauses in one message', () => {
  it('checks each of two whole questions joined by "or" and says which holds', () => {
    const a = chat('so did the chinese side come to DC or did the americans fly to china');
    expect(a.text).toMatch(/^The first: .*Washington/);
  });

  it('corrects the place of a visit claimed beside the act it led to', () => {
    const a = chat('so pelosi went to china in 2022 and beijing cut talks?');
    expect(a.text).toMatch(/^No\. .*visited Taiwan/);
  });
});

describe('who said it, described', () => {
  it("reads the places after a person's office as describing that person, not as the topic", () => {
    const a = chat('the pentagon guy for china taiwan mongolia, what did he push for');
    expect(a.text).toMatch(/^Michael Chase emphasised .*open lines/);
  });

  it("picks which of a side's officials said it by the words, a named one before the group", () => {
    expect(chat('which us official said open military comms lines were critical').text).toMatch(
      /^Michael Chase emphasised/,
    );
    const unnamed = chat('which us officials gave that warning, names?');
    expect(unnamed.answered).toBe(false);
    expect(unnamed.text).toMatch(/by name/);
  });
});

describe('whom a person works for', () => {
  it("says No when the body or country claimed is of the other side, with the person's side", () => {
    expect(chat('does song work for the pentagon').text).toMatch(/^No\. Song Yanchao is on the Chinese side/);
    expect(chat('song works for the us pentagon lol right').text).toMatch(/^No\. Song Yanchao/);
    expect(chat('is song with the pentagon').text).toMatch(/^No\./);
    expect(chat('does chase work for the us').text).toMatch(/^Yes\. Michael Chase is on the American side/);
  });

  it('gives no verdict on a body of their own side the article does not tie them to', () => {
    expect(chat('does chase work for the pentagon').text).not.toMatch(/^(?:Yes|No)\b/);
  });
});

describe('short chat forms', () => {
  it('reads "<event> month and year?" as asking when', () => {
    expect(chat('pelosi trip month and year?').text).toMatch(/^August 2022/);
    // (Not a claim with a verb: "the talks lasted just one day?".)
    expect(chat('the talks lasted just one day?').text).toMatch(/\btwo days\b|Jan\. 8-9/);
  });

  it('reads "what are <X> called officially" as asking their name', () => {
    expect(chat('what are the talks called officially').text).toMatch(/defense policy coordination talks/);
  });

  it('reads "<claim> right, or was it <Y>" as two alternatives', () => {
    expect(chat('the 2 days of talks were in dc right, or was it new york').text).toMatch(
      /^In (?:dc|washington): .*Washington/i,
    );
  });

  it('reads "this year or last" as this year or last year', () => {
    expect(chat('was the balloon this year or last').text).toMatch(/^Last year: /);
    expect(chat('biden and xi made the deal this year or last').text).toMatch(/last year/);
  });
});

describe('a person described, then asked about by pronoun', () => {
  it('reads "the <anyone> from <a body>" as the one person of that body', () => {
    expect(chat('who is the guy from the pentagon').text).toMatch(/^Michael Chase is/);
    expect(chat('the one from the pentagon, what did he say abt competition').text).toMatch(
      /^Michael Chase emphasised .*competition/,
    );
  });

  it('reads a description with no comma before the question about "his" or "he"', () => {
    expect(chat('the one from the pentagon at the dc talks whats his name').text).toMatch(/^Michael Chase\b/);
    expect(chat('the defense official from the us what office is he in').text).toMatch(/^Michael Chase\b/);
  });

  it('narrows the people of a side by a word of their title before the noun ("<demonym> defense official")', () => {
    expect(chat('what office is the us defense official in').text).toMatch(/^Michael Chase\b/);
  });
});

describe('what someone wanted, and what an act was on', () => {
  it('checks "did <A> want <X>" against what <A> is reported saying, never "No." from who <A> is', () => {
    const more = chat('did chase want more communication with china');
    expect(more.text).not.toMatch(/^No\b/);
    expect(more.text).toMatch(/open lines of military communication/);
    expect(chat('did chase want to cut ties').text).toMatch(/^No\. Michael Chase emphasised/);
  });

  it('answers "what kind of ties are they trying to restore" from the sentence, not with how the sides stand', () => {
    expect(chat('what kind of ties are they tryna restore').text).toMatch(/^Military-to-military ties/);
  });

  it('reads "a sore spot" as a dispute', () => {
    expect(chat('what else besides taiwan is a sore spot').text).toMatch(/South China Sea/);
  });
});

describe('two questions joined by a comma', () => {
  it('answers each of them', () => {
    const a = chat('who is chase, what did he say');
    expect(a.text).toMatch(/^Michael Chase is the U\.S\. deputy assistant secretary/);
    expect(a.text).toMatch(/\n\nMichael Chase emphasised/);
  });
});

describe('more chat forms of what was said', () => {
  it('reads "did <A> mention anything about <X>" as whether their words touch it', () => {
    expect(chat('did chase mention anything abt avoiding conflict').text).toMatch(
      /^Yes\. Michael Chase emphasised/,
    );
  });

  it('reads "his big point" after him as what he said', () => {
    expect(chat('who is chase', 'what was his big point').text).toMatch(/^Michael Chase emphasised/);
  });

  it('reads "at that point" as at the time', () => {
    expect(chat('pelosi was house speaker at that point right').text).toMatch(/^Yes\./);
  });
});

describe('a bigger goal asked of nothing named', () => {
  it('answers with the one goal the article ties to what was said, with what was said', () => {
    expect(chat('whats the bigger goal behind all these meetings').text).toMatch(
      /^Michael Chase emphasised .* broader goal of maintaining stability/,
    );
  });

  it('leaves the goal of an event named to what the event was for', () => {
    expect(chat('what was the point of the talks, like the bigger goal').text).not.toMatch(/^Michael Chase/);
  });
});

describe('a claim that rules the other one out ("<A> and not <B>")', () => {
  it('checks the claim made, not the pair', () => {
    expect(chat('so the chinese general in the dc talks is song yanchao and not liu right').text).toMatch(
      /^Yes\./,
    );
    expect(chat('so the chinese general in the dc talks is liu and not song right').text).toMatch(/^No\./);
  });
});
