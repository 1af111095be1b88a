import { describe, expect, it } from 'vitest';
import { askIngested } from '../support/ingested-engine.js';
import { conversations, sharedEngine } from './engine-fixture.js';

describe('things that say nothing, acts never reported, and topics the conversation is on', () => {
  const ask = conversations(sharedEngine(), 'sayers');

  it('refuses what a thing the article never reports speaking "says" (not a summary of someone else\'s words)', () => {
    for (const q of ['what are the polls saying for the taiwan election', 'what do the polls say']) {
      const a = ask(q);
      expect(a.answered, q).toBe(false);
      expect(a.text, q).toMatch(/doesn't say what the polls said/);
    }
    // (People and offices still say what the article reports of them.)
    expect(ask('what are pentagon officials saying').text).toMatch(/^Pentagon officials consider/);
  });

  it('refuses what someone was doing before an act the article never reports, not the whole timeline', () => {
    const a = ask('what was song yanchao doing before he joined the cmc');
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(/doesn't say what Song Yanchao did before he joined the cmc/);
  });

  it('does not list the article\'s countries for "which countries are involved in that" about a topic', () => {
    const a = ask(
      'what does china claim abt taiwan',
      'and the south china sea?',
      'which countries are involved in that',
    );
    expect(a.answered).toBe(false);
    expect(a.text).not.toMatch(/names 2 countries/);
    // (Asked of the article, the list stands.)
    expect(ask('which countries are involved').text).toMatch(/^The article names 2 countries/);
  });

  it('reads a noun the article never reports speaking as no sayer in any article', () => {
    const askFixture = askIngested(
      [
        'Harbour board approves new pier in Dunmore',
        '',
        'DUNMORE, March 3 (Reuters) - The Dunmore harbour board on Monday approved a new 200-metre pier, its chair Aoife Byrne said.',
        'The pier will cost 12 million euros and open in 2026, Byrne said.',
        'A public survey found that most residents wanted the pier.',
        'Fishing crews have complained for years about the old quay, which floods at high tide.',
        'The council will vote on the budget next month.',
      ],
      '2025-03-03',
    );
    const pier = askFixture('what does the pier say');
    expect(pier.answered).toBe(false);
    expect(pier.text).toMatch(/doesn't say what the pier said/);
    // (A survey that "found" something is read for what it found.)
    const survey = askFixture('what does the survey say');
    expect(survey.answered).toBe(true);
    expect(survey.text).toMatch(/most residents wanted the pier/);
  });
});

describe('chat forms: counted questions, one of two offered, descriptions and senders', () => {
  const ask = conversations(sharedEngine(), 'chat-senders');

  it('answers both of "two q\'s: <question> and <question>"', () => {
    const a = ask("two q's: where were the talks and who led the us side");
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^In Washington/);
    expect(a.text).toMatch(/Michael Chase/);
  });

  it('answers "which <adjective> <noun> was <X>, <A> or <B>" with the one the article supports', () => {
    const a = ask('which chinese general was in washington, song or liu? i keep mixing them up');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^Song Yanchao/);
  });

  it('reads "<description> is named what", "who\'s over <domain>" and "the one with the doctorate"', () => {
    for (const q of [
      "the guy who's over china, taiwan and mongolia at dod is named what",
      'the pentagon guy with the doctorate, whats his name',
      'who has a phd',
    ]) {
      const a = ask(q);
      expect(a.answered, q).toBe(true);
      expect(a.text, q).toMatch(/^Michael Chase/);
    }
  });

  it('drops "or is that someone else" after a yes/no question', () => {
    const a = ask('wait is chase the guy over china taiwan and mongolia or is that someone else');
    expect(a.verdict).toBe('yes');
    expect(a.text).toMatch(/^Yes\. Michael Chase is/);
  });

  it('reads "who (allegedly) sent <the thing>" as whose it was, and "who did <a side> send" as who represented it', () => {
    expect(ask('who allegedly sent the balloon').text).toMatch(
      /^China's, as the article puts it: "an alleged Chinese spy balloon"/,
    );
    expect(ask('who did the chinese side send').text).toMatch(/^Major General Song Yanchao/);
  });

  it('reads "i missed the part abt <an embedded question>, who was it" as that question', () => {
    const a = ask(
      'ok so i was reading this on my phone at work and my boss walked in lol anyway i missed the part abt who the chinese side sent, who was it',
    );
    expect(a.text).toMatch(/^Major General Song Yanchao/);
    expect(a.text).not.toMatch(/Michael Chase/);
    expect(ask('anyway i missed the part about who led the us side').text).toMatch(/^Michael Chase/);
  });

  it('reads "what kind of <people>" as which, and drops a guess offered after "like"', () => {
    expect(ask('what kind of officials warned that dialogue will take time').text).toMatch(
      /^U\.S\. officials cautioned/,
    );
    const a = ask('what kind of talks were these, like trade?');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/defense policy coordination talks/);
  });

  it('reads "flew over to <a place>" as going there, corrected by where the talks were', () => {
    expect(ask('so the US flew over to china for this one?').text).toMatch(
      /^No\. It took place in Washington/,
    );
  });

  it('reads "going at it" as fighting, and "whens <X> and <question>" as two questions', () => {
    expect(ask('what are taiwan and beijing going at it about').text).toMatch(/war of words/);
    const a = ask('whens the taiwan vote and what kind is it');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^This weekend/);
    expect(a.text).toMatch(/Presidential and parliamentary polls:/);
  });

  it('checks "the main point is <claim>?" as the claim', () => {
    for (const q of [
      'so the main point is us china military talks are restarting?',
      'is the main point that us china military talks are restarting',
    ]) {
      const a = ask(q);
      expect(a.answered, q).toBe(true);
      expect(a.text, q).toMatch(/effort under way, not as done/);
    }
  });
});

describe('partial confirmations and events named by a country', () => {
  const ask = conversations(sharedEngine(), 'partly');

  it('confirms the cause of an act dated only after it, and says the act itself has no date', () => {
    const a = ask("the dialogue got cut in aug 2022 bc of pelosi's trip, correct?");
    expect(a.answered).toBe(true);
    expect(a.verdict).toBeUndefined();
    expect(a.text).toMatch(/^Partly: Beijing severed diplomatic dialogue in response to Pelosi's visit/);
    expect(a.text).toMatch(/gives no date for .* itself, only that it came after .*\(August 2022\)/);
  });

  it('reads "the <country> talks" as the talks, both sides in them, not the country\'s side', () => {
    const a = ask('who met in washington for the china talks');
    expect(a.text).toMatch(/^Michael Chase and Major General Song Yanchao/);
    // (A side named elsewhere in the question still picks its people: "and the chinese one?" after it.)
    expect(ask('who did the us send to the china talks').text).toMatch(/^Michael Chase \(/);
    const chinese = ask('who did the us send to the china talks', 'and the chinese one?');
    expect(chinese.text).toMatch(/^Major General Song Yanchao/);
    expect(chinese.text).not.toMatch(/Michael Chase/);
  });

  it('confirms a description by a word\'s stem ("about territory" of "territorial claims")', () => {
    const a = ask('is the south china sea about territory');
    expect(a.verdict).toBe('yes');
    expect(a.text).toMatch(/^Yes\. The South China Sea is the sea where territorial claims are disputed/);
  });
});
