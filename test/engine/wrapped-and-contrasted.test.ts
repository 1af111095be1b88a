import { describe, expect, it } from 'vitest';
import { conversations, sharedEngine } from './engine-fixture.js';

// Chat forms that wrap a question in another ("does the article say what ..."), contrast a claim with what it is
// not ("in <A> not <B>"), ask for a judgement ("would you say"), or describe an act the article never reports.
const chat = conversations(sharedEngine(), 'wrapped');

describe('"would you say ..."', () => {
  it('asks for a judgement the article does not make', () => {
    const a = chat('would u say the talks were a success');
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(/doesn't judge/);
  });

  it('"u think ..." without "do" asks for one too', () => {
    const a = chat("u think there'll be a war?");
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(/doesn't judge/);
  });
});

describe('"what <number> <people> <did>"', () => {
  it('asks who, and names everyone who did it', () => {
    const a = chat('wat 2 people had the main convo in the 17th round');
    expect(a.text).toMatch(/Chase.*Song Yanchao/);
    expect(chat('which people met in the 17th round').text).toMatch(/Chase.*Song Yanchao/);
  });
});

describe('a claim with what it is not ("in <A> not <B>")', () => {
  it('is checked as the claim', () => {
    expect(chat('so the talks were in washington not beijing, yes?').text).toMatch(/^Yes\./);
    expect(chat('the talks were in beijing, not washington?').text).toMatch(/^No\..*Washington/);
  });
});

describe('what the article calls someone, offered as two options', () => {
  it('picks the one it uses, however the question is put', () => {
    expect(chat('is chase called dr or general in the article').text).toMatch(/^DR: .*"Dr\. Chase"/);
    expect(chat('does the article call chase dr or general').text).toMatch(/^DR: .*"Dr\. Chase"/);
  });
});

describe('a question wrapped in another', () => {
  it('"does the article say what ..." asks what', () => {
    expect(chat("does the article say what bigger goal chase's point lines up with").text).toMatch(
      /stability in the region/,
    );
  });

  it('"what does the article say <X>\'s job is" asks what the job is', () => {
    expect(chat("what does the article say song's job is").text).toMatch(
      /^Song Yanchao is .*deputy director/,
    );
  });

  it('an apology for coming late asks nothing', () => {
    expect(chat('sry late to this, who met who in dc').text).toMatch(
      /^Michael Chase and Major General Song Yanchao/,
    );
  });

  it('"<X> like whats <Y>" asks again in other words', () => {
    const a = chat('what does song do exactly like whats his position');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^Song Yanchao is .*deputy director/);
  });

  it('"that started all this" describes, and asks nothing of its own', () => {
    expect(chat('the visit to taiwan that started all this was by who').text).toMatch(/^Nancy Pelosi/);
  });
});

describe('why a party did what the article never says it did', () => {
  it('says the article does not report the act', () => {
    const a = chat('why did the chinese delegation walk out of the talks');
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(/^The article doesn't say that China did that, or why/);
  });
});

describe('chat words for what the article says otherwise', () => {
  it('reads a misspelt word as the word meant, for every check that looks at words', () => {
    expect(chat('whats the name of the chinese presdient').text).toMatch(/^Xi Jinping/);
  });

  it('"one of the things they disagree on" asks about the disputes', () => {
    expect(chat("is taiwan's future one of the things they disagree on").text).toMatch(/^Yes\./);
  });

  it('"getting <ties> back" is resuming them', () => {
    expect(chat('has there been any progress getting military comms back').text).toMatch(
      /^Partly\. There has been some progress in restoring military communication/,
    );
  });

  it('"the whole point" is the point', () => {
    expect(chat('whats the whole point of these talks').text).toMatch(/resume military-to-military ties/);
  });
});

describe('a cause claimed with a date the article does not give the effect', () => {
  it('gives no verdict, and says what the article does say of the cause and the date', () => {
    const a = chat('dialogue got cut in 2023 bc of pelosi?');
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(
      /^The article doesn't say that .* happened in 2023\. It does say .*in response to/,
    );
    expect(chat('dialogue got cut bc of pelosi?').text).toMatch(/^Yes\./);
    // (Of the act the question names, not another of the same thing: it was not restarted because of her.)
    expect(chat('so the dialogue got restarted bc of pelosi?').text).not.toMatch(/^Yes/);
  });
});
