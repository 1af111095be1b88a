import { describe, expect, it } from 'vitest';
import { askIngested } from '../support/ingested-engine.js';
import { conversations, sharedEngine } from './engine-fixture.js';

describe('chat tails and impressions around a question', () => {
  const ask = conversations(sharedEngine(), 'tails');

  it('drops "btw" and "or what" after the question', () => {
    const who = ask('who agreed to restart the dialogue btw');
    expect(who.answered).toBe(true);
    expect(who.text).toMatch(/^Joe Biden and Xi Jinping/);
    const general = ask('is chase a general or what');
    expect(general.verdict).toBe('no');
  });

  it('reads "the article kinda reads like <X>, <question>" as the question', () => {
    const a = ask('ngl the article kinda reads like theyre friends again, is the relationship fine?');
    expect(a.verdict).toBe('no');
    expect(a.text).toMatch(/strained/);
  });

  it('takes "rough" for a bad standing', () => {
    const a = ask('is the relationship between the us and china still rough');
    expect(a.verdict).toBe('yes');
    expect(a.text).toMatch(/strained/);
  });
});

describe('two offered, and the other one', () => {
  const ask = conversations(sharedEngine(), 'offered');

  it('answers "<A> or <B>, which one <did X>" with the one who did', () => {
    const a = ask('liu zhenli or song yanchao, which one talked to cq brown');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^Liu Zhenli:/);
  });

  it('answers "did <A> <do X> or was it the <B>" with the one who did, a name needing its article too', () => {
    expect(ask('did china cut off the talks or was it the us').text).toMatch(/^China:/);
    expect(ask('did the us shoot down the balloon or was it china').text).toMatch(/^The US:/);
  });

  it('tells about the other meeting, with nothing before it, for "not the <person> one"', () => {
    const a = ask('what was the other meeting mentioned, not the chase one');
    expect(a.text).toMatch(/Brown/);
    expect(ask('what was the other meeting mentioned, not the chase one', 'and was it online').verdict).toBe(
      'yes',
    );
  });

  it('asks "what about the <demonym> guy, whats his job" of the one described', () => {
    const a = ask(
      'who led the us side in the talks',
      'who did he sit down with',
      'what about the chinese guy, whats his job',
    );
    expect(a.text).toMatch(/^Song Yanchao/);
    expect(a.text).toMatch(/deputy director/);
  });
});

describe('a described person claimed to be a name the article never uses', () => {
  const ask = conversations(sharedEngine(), 'unused-name');

  it('says no, with who the description fits', () => {
    const a = ask('was the speaker who visited taiwan mccarthy?');
    expect(a.verdict).toBe('no');
    expect(a.text).toMatch(/Pelosi/);
    expect(ask('was the person who visited taiwan pelosi?').verdict).toBe('yes');
  });
});

describe('a wait asked ahead, and a thing called something', () => {
  const ask = conversations(sharedEngine(), 'wait-and-label');

  it('does not give the talks\' own length for "how many months til its fully working"', () => {
    const a = ask('how many months til its fully working then');
    expect(a.answered).toBe(false);
    expect(a.text).not.toMatch(/^Two days/);
  });

  it('reads "who called <X> a <Y>" as naming it, not as a phone call', () => {
    const a = ask('who called the balloon a spy balloon, the us?');
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(/alleged/);
    expect(a.text).not.toMatch(/Brown/);
  });
});

describe('a share price asked about in chat words', () => {
  const ask = askIngested(
    [
      'Fernwald to buy 60% of Ostra Mills',
      '',
      'BERLIN, May 6 (Reuters) - Fernwald Group agreed on Tuesday to buy 60 percent of Ostra Mills for 14 million euros, the companies said.',
      'Fernwald shares closed 2.1 percent higher in Frankfurt.',
    ],
    '2025-05-06',
  );

  it('reads "how did <X>\'s share price react" as how its shares did', () => {
    const a = ask("How did Fernwald's share price react?");
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/2\.1 percent higher/);
  });
});
