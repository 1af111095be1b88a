import { describe, expect, it } from 'vitest';
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
