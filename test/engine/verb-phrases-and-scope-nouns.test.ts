import { describe, expect, it } from 'vitest';
import { askIngested } from '../support/ingested-engine.js';

// A tribunal's ruling, ingested like any article a community hands the bot.
const tribunal = askIngested(
  [
    'Tribunal orders quarry to cut blasting after villagers complain',
    '',
    'HOLMBRIDGE, June 4 (Coast Wire) - An environmental tribunal on Wednesday ordered the Redfell quarry to halve its blasting after a complaint by villagers in Holmbridge.',
    'The complaint was filed in February by the Holmbridge Residents Group, which says the blasts crack walls.',
    'Judge Petra Okafor of the regional environmental tribunal gave the quarry until August 1 to comply.',
    'Redfell Stone said it would study the ruling.',
  ],
  '2025-06-04',
);

describe('a verb and its object that mean one verb', () => {
  it('answers "who brought <a complaint>" from the sentence saying who filed it', () => {
    const a = tribunal('Who brought the complaint?');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/Holmbridge Residents Group/);
  });
});

describe('a noun for the whole matter closing a question', () => {
  it('answers "who is the judge in the case" as "who is the judge"', () => {
    for (const q of ['who is the judge in the case?', 'Who was the judge in this case']) {
      const a = tribunal(q);
      expect(a.answered, q).toBe(true);
      expect(a.text, q).toMatch(/Petra Okafor/);
    }
  });

  it('still refuses a role the article gives no one, however scoped', () => {
    const a = tribunal('who was the lawyer in the case?');
    expect(a.answered).toBe(false);
  });
});
