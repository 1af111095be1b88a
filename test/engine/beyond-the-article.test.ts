import { describe, expect, it } from 'vitest';
import { sharedEngine } from './engine-fixture.js';

// The first article's curated store: questions no article answers get a plain refusal, not a verdict.
const engine = sharedEngine();
const ask = (q: string) => engine.ask(q);

describe('questions beyond what an article can say', () => {
  it('gives no verdict on an opinion, however it is typed', () => {
    for (const q of [
      'do u think us china relations will actually get better',
      'was it smart of china to cut ties?',
      'who was right abt the balloon thing, us or china',
      "who's in the right here, washington or beijing",
      'should pelosi have gone to taiwan or nah',
      "shouldn't biden have waited longer",
    ]) {
      const a = ask(q);
      expect(a.answered, q).toBe(false);
      expect(a.text, q).toMatch(/doesn't judge/);
    }
  });

  it('gives no verdict on "your personal take", and says nothing of where someone is from originally', () => {
    expect(ask('whats ur personal take on us-china relations').text).toMatch(/doesn't judge/);
    // (Who was right about what someone else said is the claim checked, not an opinion asked for.)
    expect(ask('he says the talks got cut after the balloon thing, who is right').text).not.toMatch(
      /doesn't judge/,
    );
    const origin = ask('where is song yanchao from originally');
    expect(origin.answered).toBe(false);
    expect(origin.text).toMatch(/^The article doesn't say Song Yanchao's background/);
  });

  it('says nothing of another round, asked what happened or what was discussed at it', () => {
    for (const q of [
      'what happened at the 18th round of the talks',
      'what was discussed at the 16th round',
      'what was the 16th round about',
      'what were the earlier rounds about',
      'where were the previous rounds held',
    ]) {
      const a = ask(q);
      expect(a.answered, q).toBe(false);
      expect(a.text, q).toMatch(/another round or occurrence/);
    }
    // (This one's round, asked about, is answered.)
    expect(ask('what was the 17th round about').text).toMatch(/^The 17th round of/);
  });

  it('reads "Is that right?" after a statement as a claim to check, not as asking for a judgement', () => {
    expect(ask('I read that the talks were held in Beijing. Is that right?').text).toMatch(
      /^No\. .*Washington/,
    );
    expect(ask('was he right to go?').text).toMatch(/doesn't judge/);
  });

  it('does not say how things stand today, while small talk about today is no such question', () => {
    for (const q of [
      'how are us china relations doing today',
      'whats the pentagon saying about china these days',
    ]) {
      const a = ask(q);
      expect(a.answered, q).toBe(false);
      expect(a.text, q).toMatch(
        /^The article doesn't say how things stand today: it was written on 2024-01-09/,
      );
    }
    expect(ask('how are you today').text).not.toMatch(/how things stand/);
    // (How relations stood as the article tells it is still answered.)
    expect(ask('how are things between america and china right now?').answered).toBe(true);
  });

  it('does not say what someone is going to do, unless the article reports it as coming', () => {
    const a = ask('is biden gonna visit china soon');
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(/doesn't say what will happen/);
    expect(ask('is taiwan going to hold elections soon').text).toMatch(/^Yes\. .*polls this weekend/);
  });

  it('answers nothing about a country the article never mentions, but still checks a claim naming one', () => {
    const a = ask('what did the japanese delegation say at the talks');
    expect(a.answered).toBe(false);
    expect(a.text).toBe("The article doesn't say: it never mentions Japan.");
    expect(ask('were the talks in tokyo?').text).toMatch(/^No\. .*Washington/);
    // ("us" in lower case is a pronoun, not a country.)
    expect(ask('who led the american side').text).toMatch(/Michael Chase/);
  });

  it('does not answer what would have happened otherwise', () => {
    const a = ask('if pelosi never went to taiwan would the talks have stopped anyway');
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(/not what would have happened/);
  });

  it('does not say what happens next, only what the article reports after its date', () => {
    for (const q of ["what's gonna happen next", 'what happens next?', "What's next?"]) {
      const a = ask(q);
      expect(a.answered, q).toBe(false);
      expect(a.text, q).toMatch(
        /^The article doesn't say what happens next\. All it reports after 2024-01-09: /,
      );
      expect(a.text, q).toMatch(/polls/);
      expect(a.citations.length, q).toBeGreaterThan(0);
    }
  });

  it('does not read "what topics did <A> and <B> cover" as what their offices cover', () => {
    const a = ask('what specific topics did brown and liu cover on their call');
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(/doesn't say what was discussed/);
  });

  it("does not pass someone's profile as of the article off as their background", () => {
    const a = ask("whats song yanchao's background, like what did he do before");
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(
      /^The article doesn't say Song Yanchao's background\. It does say that Song Yanchao is/,
    );
  });

  it('does not answer "which <things> in <a place>" with the place the question names', () => {
    const a = ask('which islands in the south china sea are disputed');
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(/^The article doesn't say which islands\./);
    expect(ask('where are the territorial disputes?').text).toMatch(/^In the South China Sea\./);
  });

  it('does not give the summary for something about the article it does not say', () => {
    expect(ask('what news outlet wrote this article').answered).toBe(false);
    expect(ask('tl;dr').text).toBe(engine.article.summary);
  });

  it('does not pass a group the article leaves unnamed off as the names asked for', () => {
    const a = ask('which us officials said itll take time, names?');
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(/^The article doesn't say who they are by name: it says only "U\.S\. officials"/);
    expect(ask('what do us officials warn about?').answered).toBe(true);
  });

  it('does not say who holds an office now, only as of the article', () => {
    for (const q of [
      'whos the jcs chair now',
      "who's the current speaker of the house",
      'who runs the china desk at the pentagon now, is it still chase',
    ]) {
      const a = ask(q);
      expect(a.answered, q).toBe(false);
      expect(a.text, q).toMatch(/doesn't say who holds what now: it was written on 2024-01-09/);
    }
    // (Whether a state still holds is how things stand today, not an office.)
    expect(ask('are the militaries still talking rn').text).toMatch(
      /^The article doesn't say how things stand today/,
    );
    // ("of what now" is chat for "of what, again?".)
    expect(ask('the chinese general is the deputy director of what now').text).toMatch(
      /international military cooperation/,
    );
    // How things stand "right now" in the article's words is still answered.
    expect(ask('How are things between America and China right now?').answered).toBe(true);
  });

  it('does not turn a topic the article never gives into a "No."', () => {
    const a = ask('did brown n liu talk abt the south china sea');
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(/doesn't say (what|that) .* covered/);
  });

  it('does not answer a claim from a sentence that lacks what the claim is about', () => {
    const a = ask('did xi call biden after the talks');
    expect(a.answered).toBe(false);
    expect(a.text).not.toMatch(/^Yes/);
  });

  it('still corrects a false premise', () => {
    expect(ask('were the talks in beijing?').text).toMatch(/^No\. It took place in Washington/);
  });

  it('answers a topic question typed in chat from what the article says of the topic', () => {
    const a = ask('anything about mongolia in there');
    expect(a.answered).toBe(true);
    expect(a.citations.map((c) => c.text).join(' ')).toMatch(/Mongolia/);
  });

  it('does not answer what a meeting covered from the fact that it happened', () => {
    const a = ask('did chase bring up the balloon with song');
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(/doesn't say that .* covered that/);
  });
});

describe('who will hold an office next', () => {
  it('is a question about what comes after the article', () => {
    for (const q of [
      'whos gonna be the next chairman of the joint chiefs',
      'who will be the next president',
    ]) {
      const a = engine.ask(q);
      expect(a.answered, q).toBe(false);
      expect(a.text, q).toMatch(/doesn't say what happens next/);
    }
  });
});

describe('whether someone still holds an office', () => {
  it('is a question about today, unless a time the article gives anchors it', () => {
    const a = engine.ask('is cq brown still the chairman of the joint chiefs');
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(/doesn't say who holds what now/);
    expect(engine.ask('was pelosi still speaker when these talks happened').text).toMatch(/^No\./);
  });
});

describe('whether something still goes on at a time after the article', () => {
  it('says the article reports nothing for a later year, though an event is named', () => {
    for (const q of [
      'is the military dialogue between the us and china still going in 2025',
      'are the talks still going on in 2025',
    ]) {
      const a = ask(q);
      expect(a.answered, q).toBe(false);
      expect(a.text, q).toMatch(/reports nothing for 2025/);
    }
    // (A claim about when an event happened is still corrected.)
    expect(ask('did the talks happen in 2025').text).toMatch(/^No\. It was Jan\. 8-9, 2024/);
  });
});

describe('people compared as better or worse', () => {
  it('gives no verdict on who is the better leader, nor names one', () => {
    for (const q of ["who's a better leader biden or xi", 'which one is the better negotiator']) {
      const reply = ask(q);
      expect(reply.answered, q).toBe(false);
      expect(reply.text, q).toMatch(/doesn't judge that/);
    }
  });
});

describe('someone judged too soft or too tough', () => {
  it('gives no verdict', () => {
    for (const q of ['is biden being too soft on china', 'is xi too aggressive with taiwan']) {
      expect(ask(q).text, q).toMatch(/doesn't judge that/);
    }
  });
});
