import { describe, expect, it } from 'vitest';
import { expandAbbreviations, loadAbbreviations } from '../../src/nlp/load-synonyms.js';

const abbreviations = loadAbbreviations();
const expand = (text: string) => expandAbbreviations(text, abbreviations);

describe('chat abbreviations (data/language/abbreviations.json)', () => {
  it.each([
    ['months btwn the two meetings', 'months between the two meetings'],
    ['is song a maj gen', 'is song a major general'],
    ['did they meet irl or online', 'did they meet in person or online'],
    ['who talked w the chinese side b4 that', 'who talked with the chinese side before that'],
    ['brown n liu', 'brown and liu'],
  ])('%j reads as %j', (typed, meant) => {
    expect(expand(typed)).toBe(meant);
  });

  it('leaves initials and titles with a full stop alone', () => {
    expect(expand('Charles Q. Brown met Dr. Chase in the U.S.')).toBe(
      'Charles Q. Brown met Dr. Chase in the U.S.',
    );
  });
});
