import { describe, expect, it } from 'vitest';
import { conversations, sharedEngine } from './engine-fixture.js';

const ask = conversations(sharedEngine(), 'asides-embedded');

describe('chat forms read as the plain question', () => {
  it('answers an embedded question, "i forgot who <X> is, does the article mention him"', () => {
    const a = ask('ngl i forgot who the joint chiefs chairman is, does the article mention him');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/Charles Q\. Brown/);
  });

  it('asks a summary with "tldr pls" after it', () => {
    expect(ask('yo what was this article even about, tldr pls').intent).toBe('article-summary');
  });

  it('answers "<X> ended on" as when <X> ended', () => {
    expect(ask('and the dc talks ended on').text).toMatch(/^Tuesday, Jan\. 9/);
    expect(ask('the balloon was shot down on').text).toMatch(/^February 2023/);
  });

  it('reads "<A> is like the top guy in <X>" as a title claimed, and corrects it', () => {
    const a = ask('song yanchao is like the top guy in chinas military right');
    expect(a.text).toMatch(/^No\. .*deputy director/);
  });

  it('reads "how do u spell <someone described>\'s name" and "spell the full name" as asking who they are', () => {
    expect(ask('how do u spell the chinese major generals name pls').text).toMatch(/^Song Yanchao/);
  });

  it('reads "bc of what" after an act as why it happened', () => {
    const a = ask('why did beijing cut ties', 'bc of what');
    expect(a.text).toMatch(/Pelosi/);
  });

  it('reads "what does <A> hope to avoid" as what <A> wants to prevent', () => {
    expect(ask('what does chase hope to avoid').text).toMatch(/escalating into conflict/);
  });

  it('reads "who in the article says <X>" as who says <X>, and "what do <X> represent" as their significance', () => {
    expect(ask('who in the article says comms channels are crucial').text).toMatch(/^Pentagon officials/);
    expect(ask('what do the talks represent').text).toMatch(/significant step/);
    // (An abbreviation "stands for" its full name, no significance.)
    expect(ask('what does PRC stand for').text).toMatch(/China/);
  });
});

describe('a thing named first, then asked about', () => {
  it('reads "<the thing>, was that <X> or <Y>" as asked of the thing', () => {
    expect(ask('the 17th round, was that in washington or virtual').text).toMatch(/^Washington/);
  });

  it('reads "what did the article say about the risk of <X>" as about <X>', () => {
    const a = ask('what did the article say about the risk of miscalculation');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/miscalculations/);
  });
});

describe('chat tails, typos and questions no article answers', () => {
  it('drops "i always forget" and a closing "ngl" after another tail', () => {
    expect(ask('which month was the pelosi trip, i always forget').text).toMatch(/^August 2022/);
    expect(ask('who is liu zhenli, never heard of him ngl').text).toMatch(/^Liu Zhenli is/);
  });

  it('reads "discus" as "discuss"', () => {
    expect(ask('wat did the 2 sides actually discus').text).toMatch(/defense relations/);
  });

  it('refuses what a side is going to do about something, and whether the article takes a side', () => {
    for (const q of [
      'whats the us gonna do about the south china sea',
      'is this article pro china or pro us',
    ]) {
      expect(ask(q).answered, q).toBe(false);
    }
  });
});

describe('someone of a side asked for', () => {
  it('answers "which <demonym> official was in charge of <X>" with the one of that side who led it', () => {
    const a = ask('which us official was in charge of the talks');
    expect(a.text).toMatch(/^Michael Chase/);
    expect(a.text).not.toMatch(/Song Yanchao/);
  });
});

describe('counts, follow-ups and titles of several', () => {
  it('counts "these <talks>" by the round the article numbers, counting this one', () => {
    const a = ask('how many of these defense policy coordination talks have there been counting this one');
    expect(a.text).toMatch(/^17, counting this one/);
  });

  it('finds no follow-up meeting in whatever came after, and says what did', () => {
    const a = ask('what happened after the talks finished, any follow up');
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(/no follow-up meeting/);
    expect(ask('what happened after the talks').answered).toBe(true);
  });

  it('reads "what were their titles" after two people as asking about those people', () => {
    const a = ask('who met virtually last month', 'what were their titles');
    expect(a.text).toMatch(/Chairman of the Joint Chiefs/);
  });

  it('reads a closing "for sure" as certainty of the word before it, against "alleged"', () => {
    expect(ask('was the balloon chinese for sure').text).toMatch(/^No\. The article says "alleged"/);
    expect(ask('was the balloon shot down for sure').text).not.toMatch(/alleged/);
  });
});
