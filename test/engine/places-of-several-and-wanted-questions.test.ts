import { describe, expect, it } from 'vitest';
import { conversations, sharedEngine } from './engine-fixture.js';

const chat = conversations(sharedEngine(), 'places-of-several');

describe('where several events a plural names each were', () => {
  it('gives each one\'s place for "the meetings", not the one whose own name has the word', () => {
    const a = chat('what city were the meetings in');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^In Washington: .*Virtually: .*Brown/);
    expect(a.citations.length).toBeGreaterThanOrEqual(2);
    // (One meeting asked for is still the one.)
    expect(chat('where was the virtual meeting').text).toMatch(/virtual/);
    expect(chat('where were the talks').text).toMatch(/^In Washington\./);
  });
});

describe('a question put after what the member wants to know', () => {
  it('answers the question after "the one thing i wanna know is", however long the lead-in', () => {
    const a = chat(
      'ok so i was reading this on my phone on the bus and half of it went over my head, but the one thing i wanna know is what city the talks were in',
    );
    expect(a.text).toMatch(/^In Washington/);
    expect(chat('all i want to know is who chase met').text).toMatch(/Song Yanchao/);
  });

  it('reads "coop" as cooperation in a typed title', () => {
    expect(chat('whos the deputy director at the cmc intl military coop office').text).toMatch(
      /^Song Yanchao/,
    );
  });
});

describe('the round before a numbered one, asked with its number', () => {
  it('does not answer "who led the previous 16th round" with the people of this one', () => {
    for (const q of [
      'who led the previous 16th round too?',
      'was chase the guy who led the previous (16th) round too',
    ]) {
      const a = chat(q);
      expect(a.answered, q).toBe(false);
    }
    // (A claim of the number worked out is still checked.)
    expect(chat('so the previous round was the 16th?').text).toMatch(/^Yes\./);
  });
});

describe('chat forms of taking part and of a question argued over', () => {
  it('reads "was part of the deal" as taking part in it', () => {
    expect(chat('and which us president was part of that deal').text).toMatch(/Joe Biden/);
    expect(chat('was biden part of the deal').text).toMatch(/^Yes\. .*Biden/);
  });

  it('answers the "whether" a member says they argue over, when they ask what the article says', () => {
    const a = chat(
      'my group chat is arguing whether the brown-liu thing was a phone call or a video thing or in person, what does the article say',
    );
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/virtual/);
  });

  it('reads "body of water" as the kind of place asked of the disputes', () => {
    expect(chat('which body of water gets mentioned as a dispute').text).toMatch(/^The South China Sea/);
  });
});

describe('one more dispute, the ones named set aside', () => {
  it('answers "the other big issue besides <A> and <B>" with the dispute left', () => {
    const a = chat('whats the other big issue besides taiwan and the balloon');
    expect(a.text).toMatch(/South China Sea/);
    expect(a.text).not.toMatch(/Taiwan/);
  });
});

describe('questions read another way when the article has nothing for them as typed', () => {
  it('reads "how does the article frame how important <X> was" as the significance it gives <X>', () => {
    const a = chat('hw does the article frame how important this meeting was');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/significant step/);
    expect(chat('was this meeting a step toward anything bigger').text).toMatch(
      /resume military-to-military/,
    );
  });

  it('reads "how does the article describe <X>" as what it says about <X>', () => {
    expect(chat('how does the article describe the diplomatic landscape at the end').text).toMatch(
      /adds complexity to the diplomatic landscape/,
    );
  });
});

describe('an abbreviation asked to be spelt out', () => {
  it('reads "whats the <ABC> thing ..., spell it out" as what <ABC> stands for', () => {
    expect(chat('whats the CMC thing song works for, spell it out').text).toMatch(
      /central military commission/,
    );
  });
});

describe('whose a thing is, when two countries are joined before it', () => {
  it('names both for "<X>-<Y> defense relations"', () => {
    const a = chat('whose defense relations were discussed');
    expect(a.text).toMatch(/^Those of the United States and China: .*U\.S\.-PRC defense relations/);
  });
});

describe('a yes/no question closed by a bare "after"', () => {
  it('asks about afterwards, which the article does not report: no "Yes." from the talks themselves', () => {
    const a = chat('did chase go to china after');
    expect(a.answered).toBe(false);
    expect(a.text).not.toMatch(/^Yes/);
  });
});
