import { describe, expect, it } from 'vitest';
import { askIngested } from '../support/ingested-engine.js';
import { conversations, sharedEngine } from './engine-fixture.js';

// Causes and wordings as members type them: "<A> is why <B>", "<X> was done in response to what", a cause the
// article never names, "who's described as <title>", "which <body> does <X> belong to", chat misspellings of a
// question tag.
const chat = conversations(sharedEngine(), 'causes-and-wordings');

describe('a cause as members put it', () => {
  it('checks "<A> is why <B>" as the claim that <B> happened because of <A>', () => {
    const a = chat("so pelosi's trip is why beijing cut ties, ya?");
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^Yes\. Beijing severed diplomatic dialogue in response to Pelosi's visit/);
  });

  it('answers "what was <X> done in response to" with the cause the article gives', () => {
    const a = chat('what was the dialogue severed in response to');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/in response to .*Pelosi's visit to Taiwan/);
  });

  it('says "No" with the article\'s cause to a cause it never names', () => {
    for (const q of [
      'china cut the ties bc of a trade war?',
      'did beijing sever dialogue because of a tariff dispute?',
    ]) {
      const a = chat(q);
      expect(a.text, q).toMatch(/^No\. Beijing severed diplomatic dialogue in response to Pelosi's visit/);
    }
  });

  it('does not say "No" to a cause of an act the article gives no cause for', () => {
    const a = chat('were the talks held because of a hurricane?');
    expect(a.answered).toBe(false);
  });
});

describe('wordings of a question', () => {
  it('reads "who\'s described as <title>" as who holds it', () => {
    expect(chat("who's described as deputy assistant secretary of defense").text).toMatch(/^Michael Chase/);
  });

  it('reads "which <kind> does <X> belong to" as what <X> is part of', () => {
    const a = chat("which chinese body does song's office belong to");
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/central military commission/i);
  });

  it('reads "<A>\'s counterpart in <X>" typed with no question word as who that was, worded plainly', () => {
    const a = chat("biden's counterpart in that agreement late last year");
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/it names Xi Jinping alongside Joe Biden in the agreement/);
  });

  it('answers "<A> n <B>, which <X> was each one from" for each of the two', () => {
    const a = chat('chase n song, which country was each one from');
    expect(a.text).toMatch(/^The United States: .*Michael Chase[\s\S]*\n\nChina: .*Song Yanchao/);
  });

  it('answers "who said <X> btwn the militaries" with who said it, not what lay between two events', () => {
    const a = chat("who said it's crucial to keep communication channels open btwn the militaries");
    expect(a.text).toMatch(/^Pentagon officials consider/);
  });

  it('reads "the <demonym> general on the <event>?" as who that is, though wink tags the rank an adjective', () => {
    expect(chat('the chinese general on the virtual call?').text).toMatch(/^Liu Zhenli is a Chinese general/);
  });

  it('reads "how is <A> related to <B>" as the connection between them', () => {
    const a = chat('how is liu zhenli related to brown');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/counterpart, General Liu Zhenli/);
  });

  it('drops "compared to that" after a chat-order "when" follow-up', () => {
    const a = chat('so what day did they start', 'and the brown liu meeting was when compared to that');
    expect(a.text).toMatch(/^Last month \(December 2023\)/);
  });

  it('answers a question with a given premise after it (", if the talks were in january"), not a hypothetical', () => {
    expect(
      chat('bro what month did brown talk w the chinese general, if the talks were in january').text,
    ).toMatch(/^Last month \(December 2023\)/);
    for (const q of ['what happens if the talks fail', 'what would china do if the talks fail']) {
      expect(chat(q).answered, q).toBe(false);
    }
  });

  it('reads a question tag misspelled in chat, "wernt they", as the tag', () => {
    expect(chat('the talks were in new york wernt they').text).toMatch(/^No\. It took place in Washington/);
  });

  it('drops "in the bigger picture" after a question', () => {
    const a = chat("what's this all supposed to achieve in the bigger picture");
    expect(a.answered).toBe(true);
  });
});

describe('"how quickly", "how fast" asked of an act', () => {
  const lab = askIngested(
    [
      'Rare beetle confirmed in garden',
      '',
      'ALDERFORD, Aug. 27 (Coast Wire) - A gardener sent photographs of the beetle on Saturday.',
      'Dr. Mia Kos, an ecologist at the national centre, confirmed the identification within three hours.',
    ],
    '2025-08-27',
  );

  it('reads them as how long it took', () => {
    for (const q of [
      'How quickly was the identification confirmed?',
      'how fast did dr kos confirm the identification',
    ]) {
      expect(lab(q).text, q).toMatch(/^Three hours\b/);
    }
  });
});
