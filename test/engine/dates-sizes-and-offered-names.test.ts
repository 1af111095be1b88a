import { describe, expect, it } from 'vitest';
import { askIngested } from '../support/ingested-engine.js';
import { conversations, sharedEngine } from './engine-fixture.js';

// An invented wire story: a dateline whose day is no measure, a creature's size beside a depth and a distance,
// a date in the sentence after the one that holds the question, and a plan since put off.
const ask = askIngested(
  [
    'New cave shrimp found in flooded quarry',
    '',
    'TARTU, Estonia, Sept 23 (Reuters) - Estonian biologists said on Tuesday they had found a new species of blind shrimp in a flooded quarry, less than 3 km from a planned logistics park.',
    'The shrimp, about 2 centimetres long, was first photographed in 2022 at a depth of 18 metres by a diver, Mart Kask.',
    'Environment minister Liis Tamm said the ministry was studying the finding and had not yet decided on any protection. She noted that the state had spent 4 million euros since 2019 on quarry pumps.',
    "The quarry's main pump was installed in 2004, and its replacement, originally planned for this year, has been pushed back to 2027.",
  ],
  '2025-09-23',
);

describe('a size asked', () => {
  it("is the creature's own length, not the dateline's day or a distance from something", () => {
    const a = ask('how big is the shrimp?');
    expect(a.text).toMatch(/^About 2 centimetres long/);
    expect(a.text).not.toMatch(/^(?:23|Less than 3 km)/);
  });

  it('is not a depth it was found at, nor a distance from something', () => {
    expect(ask('how long is the shrimp?').text).toMatch(/^About 2 centimetres long/);
  });
});

describe('a date asked', () => {
  it('does not come from a sentence that holds none of the words asked', () => {
    const a = ask('when did the minister decide?');
    expect(a.text).not.toMatch(/^2019/);
  });

  it('is found for a thing named with a general word after it, "the pump system"', () => {
    expect(ask('when was the pump system installed?').text).toMatch(/^2004/);
  });

  it('is the date a plan was put off to, not the one first planned, unless that is asked', () => {
    expect(ask('when will the pump be replaced?').text).toMatch(/^2027/);
    expect(ask('when was the replacement originally planned?').text).toMatch(/^this year/);
  });
});

describe('two offered, one the article never names', () => {
  const chat = conversations(sharedEngine(), 'offered');

  it('answers whoever the article says did it, as the one of the two it names', () => {
    for (const q of [
      'was it michael chase or michael chen who led the us side',
      'who led the us side, michael chase or michael chen',
    ]) {
      const a = chat(q);
      expect(a.answered).toBe(true);
      expect(a.text).toMatch(/^Michael Chase/);
    }
  });

  it('says "No" when the one offered shares only a first name with who did it, "Yes" when it is them', () => {
    expect(chat('was it michael chen who led the us side').text).toMatch(/^No\. Michael Chase/);
    expect(chat('was it michael chase who led the us side').text).toMatch(/^Yes\. Michael Chase/);
  });

  it('does not say "Yes" for one only on the same side as who did it', () => {
    expect(chat('was it xi who severed the dialogue').text).not.toMatch(/^Yes/);
  });
});

describe('a second question about a thing the article does not have', () => {
  const chat = conversations(sharedEngine(), 'there-was');

  it('is not answered about something else', () => {
    const a = chat('was there a joint statement after the talks and what did it say');
    expect(a.answered).toBe(false);
    expect(a.text).not.toMatch(/emphasi[sz]ed/);
  });

  it('is still answered after a first part that was refused about something the article has', () => {
    const a = chat(
      'the chinese were refusing to do military talks for a while? why did they cut it off in the first place',
    );
    expect(a.text).toMatch(/Pelosi/);
  });
});

describe('"or was it the other way around"', () => {
  const chat = conversations(sharedEngine(), 'other-way');

  it('closes a yes/no question, which is checked as asked', () => {
    expect(chat('did the us shoot down a chinese balloon or was it the other way around').text).toMatch(
      /^Yes\./,
    );
    expect(chat('china shot down a us balloon or the other way round?').text).toMatch(/^No\./);
  });
});
