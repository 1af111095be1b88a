import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '../../src/ingest/gazetteer.js';
import { ingestArticle } from '../../src/ingest/ingest-article.js';
import { createNlp } from '../../src/nlp/create-nlp.js';
import { askIngested } from '../support/ingested-engine.js';

// An article of its own: a business named once with a description, then called back only by words for its kind
// ("the distillery", "the company"), with a court and a town named in between, and "their own" that owns nothing.
const lines = [
  'Court orders Speyside distillery to cut river water use',
  '',
  'ELGIN, Scotland - A court in Elgin on Monday, June 2, ordered Glen Arrach Spirits, an independent whisky maker, to cut the water it takes from the River Lossie by 30 percent, siding with anglers who said the company had drained their own stretch of the river.',
  "The court found that the distillery's licence, issued in 2019 by the Scottish Environment Protection Agency, had been granted without a study of summer flows.",
  'The licence allowed the company to take up to 1.2 million litres a day from four pumps on its estate near Rothes.',
  "Fiona Baird, the distillery's managing director, said the company would appeal and that 60 jobs were at risk.",
  "Callum Reid, a spokesman for the anglers' association, said the ruling was overdue.",
];
const date = '2025-06-02';
const facts = () => ingestArticle(createNlp(), loadGazetteer(), lines.join('\n'), { date }).facts;

describe('a business called back by a word for its kind', () => {
  it('is also called so: "the distillery" and "the company" are its names', () => {
    const firm = facts().entities.find((e) => e.name === 'Glen Arrach Spirits');
    expect(firm?.aliases).toEqual(expect.arrayContaining(['the distillery', 'the company']));
    // (A court or a town is no "company".)
    const others = facts().entities.filter((e) => e.name !== 'Glen Arrach Spirits');
    expect(others.flatMap((e) => e.aliases)).not.toContain('the company');
  });

  it('ties the one it describes by that word to it: "the distillery\'s managing director"', () => {
    const head = facts().entities.find((e) => e.name === 'Fiona Baird');
    expect(head?.description).toMatch(/Glen Arrach Spirits/);
  });

  it('answers questions asked of it by that word, from sentences that call it another', () => {
    const ask = askIngested(lines, date);
    expect(ask('how many pumps does the distillery have on its estate').text).toMatch(/^Four\b|^4\b/);
    expect(ask('how many jobs does the distillery say are threatened').text).toMatch(/^60\b/);
    expect(ask('who runs the distillery').text).toMatch(/^Fiona Baird: the distillery's managing director/);
    expect(ask("who is the distillery's boss").text).toMatch(/^Fiona Baird/);
  });
});

describe('"their own"', () => {
  it('is no owning: "who owns <the business>" finds no owner in it', () => {
    const a = askIngested(lines, date)('who owns Glen Arrach Spirits');
    expect(a.answered).toBe(false);
    expect(a.text).not.toMatch(/^Elgin|^Anglers/);
  });
});
