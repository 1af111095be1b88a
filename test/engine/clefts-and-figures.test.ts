import { describe, expect, it } from 'vitest';
import { askIngested } from '../support/ingested-engine.js';
import { conversations, sharedEngine } from './engine-fixture.js';

// An article of its own: who did what, and words not meant literally ("a price war", "a war of words").
const ask = askIngested(
  [
    'Harbor board approves ferry contract after price war',
    '',
    'PORTMOUTH, June 3, 2025 — The Portmouth harbor board on Tuesday approved a new ferry contract with Bluewave Lines after months of talks.',
    'Board chair Helen Okafor signed the contract at the harbor office. Bluewave chief executive Tom Reyes met board members in a video call last week.',
    'The deal ends a price war between Bluewave and rival operator Seastar Ferries, and a war of words between the two companies over safety records.',
    'Disputes over docking fees and night crossings remain, officials said.',
  ],
  '2025-06-03',
);
const chat = conversations(sharedEngine(), 'clefts');

describe('"was it <X> who <did it>?"', () => {
  it('answers "No" with whoever the article says did it, for someone it never mentions', () => {
    for (const q of [
      'was it john smith who signed the contract?',
      'was it the mayor who signed the contract?',
    ]) {
      const a = ask(q);
      expect(a.answered, q).toBe(true);
      expect(a.text, q).toMatch(/^No\. .*Helen Okafor/);
    }
    expect(chat('was it kevin mccarthy who went to taiwan?').text).toMatch(/^No\. .*Pelosi/);
    expect(chat('was it the navy chiefs who had the virtual meeting?').text).toMatch(/^No\. .*Brown/);
  });

  it('answers "No" for another person the article names, but not for one whose side did it', () => {
    expect(chat('was it biden who went to taiwan?').text).toMatch(/^No\. .*Pelosi/);
    expect(ask('was it helen okafor who signed the contract?').text).toMatch(/^Yes\./);
    // (The article says the capital cut it off: no "No" that names the capital against its president.)
    expect(chat('was it xi who cut off the talks?').text).not.toMatch(/^No\. Beijing severed/);
  });

  it('reads "<described one> was <name>, right?" and "was <name> the one who ..." the same way', () => {
    for (const q of [
      'the board chair was john smith right?',
      'my cousin says the board chair was john smith, is that right',
      'was john smith the one who signed the contract?',
    ]) {
      const a = ask(q);
      expect(a.answered, q).toBe(true);
      expect(a.text, q).toMatch(/^No\. .*Helen Okafor/);
    }
    expect(ask('the board chair was helen okafor right?').text).toMatch(/^Yes\. .*Helen Okafor/);
    expect(chat('the us side was led by lloyd austin right').text).toMatch(/^No\. .*Chase/);
    // (A description said to be a thing, not a name, is no identity to deny.)
    expect(ask('the contract was bluewave right?').text).not.toMatch(/^No\. .*Okafor/);
  });

  it('picks the one offered the article names, when the other is someone it never mentions', () => {
    expect(ask('was it okafor or john smith who signed the contract').text).toMatch(/^Helen Okafor/);
    expect(chat('was it nancy pelosi or kevin mccarthy who went to taiwan').text).toMatch(/^Nancy Pelosi/);
    expect(chat('who went to taiwan, nancy pelosi or kevin mccarthy?').text).toMatch(/^Nancy Pelosi/);
  });
});

describe('a role of a body nobody the article names holds', () => {
  it('says the article does not name its holder, rather than describe the body', () => {
    const a = chat("who's the chairman of china's central military commission");
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(/doesn't say who the chairman/);
  });
});

describe('words not meant literally', () => {
  it('does not confirm a thing the article names only in a figure of speech ("a war of words")', () => {
    const a = ask('is there a war between bluewave and seastar?');
    expect(a.text).toMatch(/^No, the article speaks of a "(?:war of words|price war)"/);
    expect(chat('is there literally a war going on between taiwan and china rn').text).toMatch(
      /^No, the article speaks of a "war of words"/,
    );
    expect(chat('is there a war of words between taiwan and china?').text).toMatch(/^Yes\./);
  });

  it('keeps a chat word for a thing when the question already says what the word would mean ("virtual ... on zoom")', () => {
    expect(chat('was the virtual meeting on zoom or what').answered).toBe(false);
    expect(chat('the brown liu thing was over zoom or whatever?').text).toMatch(/^Yes\. .*virtual/);
  });
});

describe('chat forms of checks and questions', () => {
  it('checks "<A> right, and <B>?" as two claims', () => {
    const a = chat('brown is american right, and liu is chinese?');
    expect(a.text).toMatch(
      /^Yes\. Charles Q\. Brown is on the American side[\s\S]*\n\nYes\. Liu Zhenli is on the Chinese side/,
    );
  });

  it('reads "do the disputes include <X>" and "is there <X> going on" as checks of what the article lists', () => {
    expect(chat("the disputes include taiwan's future right").text).toMatch(/^Yes\./);
    expect(chat('is there a dispute going on over the south china sea?').text).toMatch(
      /^Yes\. .*South China Sea/,
    );
  });

  it('finds the question after a long remark about oneself, "whos" included, and after "remember <X>,"', () => {
    expect(
      ask('ok so i was reading this on the bus and kinda skimmed it, whos the board chair').text,
    ).toMatch(/Helen Okafor/);
    expect(
      chat('remember the balloon meme era lmao, was it actually a confirmed spy balloon or').text,
    ).toMatch(/^No\. The article says "alleged"/);
    expect(chat("aight last one, what's the chase guy's job again").text).toMatch(
      /deputy assistant secretary/,
    );
  });

  it('drops "i heard <X>" after the question, and reads "<A> is <B> or <C>" as the alternatives put up', () => {
    expect(chat('wat r the disputes listed, i heard sea stuff n a balloon?').text).toMatch(/South China Sea/);
    expect(chat('the 17th round was in washington or beijing').text).toMatch(/^Washington: /);
  });

  it('reads "how does the article describe <X>, big deal or nah" as how significant it is', () => {
    expect(chat('how does the article describe this round, like big deal or nah').text).toMatch(
      /significant step/,
    );
  });
});
