import { describe, expect, it } from 'vitest';
import { sharedEngine } from './engine-fixture.js';

// Short follow-ups as members type them, on the first article's curated store.
const engine = sharedEngine();

describe('short follow-ups', () => {
  it('asks the last question again about the other side ("and the <demonym> one?")', () => {
    expect(engine.ask('who led the us side of the talks', 'f1').text).toMatch(/Michael Chase/);
    expect(engine.ask('and the chinese one?', 'f1').text).toMatch(/Song Yanchao/);
    expect(engine.ask('his rank?', 'f1').text).toMatch(/Major General/);
  });

  it('checks a word or two put up after an answer against the event it was about', () => {
    engine.ask("who'd brown meet", 'f2');
    expect(engine.ask('virtually?', 'f2').text).toMatch(/^Yes\./);
    expect(engine.ask('in person?', 'f2').text).toMatch(/^No\. It was a virtual meeting/);
    expect(engine.ask('wen', 'f2').text).toMatch(/December 2023/);
  });

  it('reads "the other guy" as the article\'s other side when the last question named one of its two', () => {
    expect(engine.ask('who ran the washington talks for the us', 'f4').text).toMatch(/^Michael Chase/);
    expect(engine.ask('and the other guy?', 'f4').text).toMatch(/Song Yanchao/);
    expect(engine.ask('wats his rank', 'f4').text).toMatch(/Major General/);
  });

  it('takes "he" for the one person an answer named, when the question named nobody', () => {
    expect(engine.ask("who's the joint chiefs guy in this", 'f5').text).toMatch(/Charles Q\. Brown/);
    expect(engine.ask("who'd he meet", 'f5').text).toMatch(/Liu Zhenli/);
  });

  it('reads "how come" as why', () => {
    engine.ask("whats chase's job", 'f6');
    expect(engine.ask("how come he's so big on comms lines", 'f6').text).toMatch(/escalating into conflict/);
  });

  it('leaves a lone side alone when there is no question to carry over', () => {
    expect(engine.ask('and the chinese one?', 'f3').text).not.toMatch(/Song Yanchao \(/);
  });
});
