import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine/create-engine.js';
import { factsSchema } from '../../src/facts/schema.js';
import { loadGazetteer } from '../../src/ingest/gazetteer.js';
import { ingestArticle } from '../../src/ingest/ingest-article.js';
import { createNlp } from '../../src/nlp/create-nlp.js';

const nlp = createNlp();
const gazetteer = loadGazetteer();
const text = readFileSync(
  join(import.meta.dirname, '..', 'fixtures', 'articles', '11-ontario-courier-appeal-ruling.txt'),
  'utf8',
);
const article = ingestArticle(nlp, gazetteer, text);
const person = (name: string) => article.facts.entities.find((e) => e.kind === 'person' && e.name === name);

describe('ingesting an article no one wrote facts for', () => {
  it('takes the headline as the title and infers the year of "Wednesday, Oct. 14", saying why', () => {
    expect(article.meta.title).toMatch(/^Ontario appeal court rules app couriers are employees/);
    expect(article.meta.referenceDate).toMatchObject({ date: '2026-10-14', inferred: true });
    expect(article.meta.referenceDate.note).toMatch(/Wednesday, Oct\. 14/);
  });

  it('takes the latest such year up to now, not the first after an old year the article mentions', () => {
    const ferry = ingestArticle(
      nlp,
      gazetteer,
      'Ferry firm fails\n\nA ferry company founded in 1987 went into administration on Tuesday, October 7.',
    );
    expect(ferry.meta.referenceDate.date).toBe('2025-10-07');
    expect(ferry.meta.referenceDate.note).toMatch(/latest year up to now/);
  });

  it('dates a wire story by its dateline, the weekday from the lede\'s first "on <weekday>"', () => {
    const mill = ingestArticle(
      nlp,
      gazetteer,
      'Mill fined\n\nTAMPERE, June 18 (Reuters) - A regulator on Wednesday fined a paper mill that opened in 2019.',
    );
    expect(mill.meta.referenceDate.date).toBe('2025-06-18');
    expect(mill.meta.referenceDate.note).toMatch(/TAMPERE, June 18/);
  });

  it('takes no span\'s end for a year gone by ("funding through <a later year>")', () => {
    const band = ingestArticle(
      nlp,
      gazetteer,
      'Band quits\n\nBERGEN, Nov 12 (Reuters) - A band quit on Tuesday. A 2023 letter had promised funding through 2029.',
    );
    expect(band.meta.referenceDate.date).toBe('2024-11-12');
  });

  it('finds people with the titles and descriptions the article gives them, and their surnames', () => {
    expect(person('Miriam Okafor')?.aliases).toContain('Okafor');
    expect(person('Miriam Okafor')?.title).toBe('Justice');
    expect(person('Deepa Raman')?.description).toMatch(/a courier from Mississauga/);
    expect(person('Claire Whitmore')?.description).toMatch(/general counsel/);
    expect(article.facts.entities.find((e) => e.name === 'Supreme Court of Canada')?.kind).toBe(
      'organization',
    );
    expect(article.facts.entities.find((e) => e.name === 'Toronto')?.kind).toBe('place');
  });

  it('dates events against the reference date and keeps the article wording', () => {
    const ruling = article.facts.events.find((e) => e.date.start === '2026-10-14');
    expect(ruling?.date.text).toMatch(/Oct\. 14/);
    expect(article.facts.events.find((e) => e.date.text === 'January 2022')?.evidence[0]).toMatch(
      /deactivated her account/,
    );
  });

  it('records who said what with the reporting verb', () => {
    const dissent = article.facts.statements.find((s) => s.holder === person('Paul Desrosiers')?.id);
    expect(dissent?.verb).toBe('argued');
    expect(dissent?.content).toMatch(/accepted the company's terms/);
  });

  it('marks every fact as drafted by ingestion, unreviewed, with verbatim evidence, valid against the schema', () => {
    expect(factsSchema.safeParse(article.facts).success).toBe(true);
    for (const f of [...article.facts.entities, ...article.facts.events, ...article.facts.statements]) {
      expect(f.provenance).toEqual({ source: 'auto', reviewed: false });
      for (const quote of f.evidence) expect(text).toContain(quote);
    }
  });

  it('is reproducible: the same text gives the same store', () => {
    expect(ingestArticle(nlp, gazetteer, text)).toEqual(article);
  });
});

describe('an article that names nobody', () => {
  it('still loads and answers: a dated clause with no one and nowhere in it is no event', () => {
    const plain = ingestArticle(
      nlp,
      gazetteer,
      ['Ovens shut', '', 'The bakery shut its ovens on Monday, March 3, because the mill ran dry.'].join(
        '\n',
      ),
      { date: '2025-03-05' },
    );
    expect(plain.facts.events).toEqual([]);
    const engine = createEngine({ nlp, article: plain });
    expect(engine.ask('why did the bakery shut its ovens?').text).toMatch(/^because the mill ran dry\./);
  });
});
