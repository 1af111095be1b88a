import { describe, expect, it } from 'vitest';
import { createNlp, splitSentences } from '../../src/nlp/create-nlp.js';

const nlp = createNlp();

describe('splitSentences', () => {
  it('does not end a sentence at a title\'s abbreviation wink does not know ("Ss.", "Mt.")', () => {
    const text =
      'Ohrid drilling ends\n\n"Every metre is 2,700 years," said Katarina Stojanovska, a geologist at Ss. Cyril and Methodius University who coordinates the project. The team climbed Mt. Galicica on Friday. Results are due in June.';
    const texts = splitSentences(nlp, text).map((s) => s.text);
    expect(texts).toEqual([
      'Ohrid drilling ends',
      '"Every metre is 2,700 years," said Katarina Stojanovska, a geologist at Ss. Cyril and Methodius University who coordinates the project.',
      'The team climbed Mt. Galicica on Friday.',
      'Results are due in June.',
    ]);
  });

  it('still ends one at an abbreviation of a country or a firm ("U.S.", "Inc.")', () => {
    const texts = splitSentences(nlp, 'Talks\n\nThe officials flew to the U.S. They met on Monday.').map(
      (s) => s.text,
    );
    expect(texts).toHaveLength(3);
  });
});
