import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '../../src/ingest/gazetteer.js';
import { ingestArticle } from '../../src/ingest/ingest-article.js';
import { createNlp } from '../../src/nlp/create-nlp.js';
import { foldForWink } from '../../src/nlp/fold-letters.js';
import { askIngested } from '../support/ingested-engine.js';

// An article of its own: people whose names have letters beyond Latin-1 (Polish, Icelandic), one with a middle name.
const lines = [
  'Łódź council bans tourist carts',
  '',
  'ŁÓDŹ, Poland, Oct. 7, 2026 — The city council voted on Wednesday to ban electric tourist carts from the old town.',
  'The ban was proposed by Paweł Sroka, the deputy mayor responsible for transport.',
  'Joanna Kamińska, a transport researcher at the city university, counted up to 900 cart journeys a day.',
  'Magnús Örn Jónsson, a consultant from Reykjavik, advised the council.',
];
const ask = askIngested(lines, '2026-10-07');

describe('letters beyond Latin-1', () => {
  it('reads each as its base letter, one character for one, so offsets into the text still hold', () => {
    expect(foldForWink('Kamińska, Zieliński, Łódź')).toBe('Kaminska, Zielinski, Lódz');
    expect(foldForWink('Kamińska').length).toBe('Kamińska'.length);
    // (Latin-1 letters, which wink reads whole, and other scripts are kept.)
    expect(foldForWink('Jónsson Østergaard 北京')).toBe('Jónsson Østergaard 北京');
  });

  it('keeps a name whole, written as in the article, with the name typed without its marks as an alias', () => {
    const entities = ingestArticle(createNlp(), loadGazetteer(), lines.join('\n'), { date: '2026-10-07' })
      .facts.entities;
    const kaminska = entities.find((e) => e.name === 'Joanna Kamińska');
    expect(kaminska?.kind).toBe('person');
    expect(kaminska?.aliases).toContain('Kaminska');
    expect(entities.some((e) => e.name === 'Joanna Kami')).toBe(false);
    expect(entities.find((e) => e.name === 'Paweł Sroka')?.kind).toBe('person');
  });

  it('answers about the person however the name is typed, and quotes the sentence verbatim', () => {
    for (const q of ['who is kaminska', 'who is Joanna Kamińska', 'who proposed the ban']) {
      const a = ask(q);
      expect(a.answered, q).toBe(true);
    }
    expect(ask('who is kaminska').citations[0]?.text).toContain('Joanna Kamińska, a transport researcher');
    expect(ask('who proposed the ban').text).toMatch(/Paweł Sroka/);
  });

  it('reads a middle name beside the rest of the name as that name, though it is a word of the article too', () => {
    const a = ask('who is magnus orn jonson');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/consultant/);
  });
});
