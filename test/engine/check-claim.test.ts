import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine/create-engine.js';
import { loadGazetteer } from '../../src/ingest/gazetteer.js';
import { ingestArticle } from '../../src/ingest/ingest-article.js';
import { createNlp } from '../../src/nlp/create-nlp.js';
import { ingestedEngine } from '../support/ingested-engine.js';
import { sharedEngine } from './engine-fixture.js';

// An invented article, ingested with no hand-made facts: yes/no claims are checked against its sentences.
const text = [
  'Ferry talks resume',
  '',
  'Norway and Denmark held two days of ferry talks in Oslo on Tuesday, May 6. It was the fourth round of the ferry talks. Talks on new routes began in 2023 and the third round, held in Aarhus, broke up early. The talks were arranged after a visit to Bergen by Danish minister Lars Holm in March, which angered Copenhagen. In a separate video call last month, Norwegian secretary Ane Berg spoke with her Danish counterpart, Mads Vinter. Relations remain tense after the Norwegian seizure of a Danish trawler in April.',
].join('\n');

const nlp = createNlp();
const engine = createEngine({
  nlp,
  article: ingestArticle(nlp, loadGazetteer(), text, { date: '2025-05-06' }),
});
const ask = (q: string) => engine.ask(q).text;

describe('checking a claim on a drafted store', () => {
  it('says yes when every word and name of the claim is in one sentence', () => {
    expect(ask('Did the talks take place in Oslo?')).toMatch(/^Yes\./);
    expect(ask('Was the Berg and Vinter call a video call?')).toMatch(/^Yes\./);
  });

  it('says no when the sentence puts another place where the claim puts one', () => {
    expect(ask('Did Lars Holm visit Oslo?')).toMatch(/^No, the article (says|names) Bergen/);
  });

  it('says no when the claim has the two sides the other way round', () => {
    expect(ask('Did Denmark seize a Norwegian trawler?')).toMatch(/^No, it was the other way round\./);
    expect(ask('Did Norway seize a Danish trawler?')).toMatch(/^Yes\./);
  });

  it('corrects an ordinal with the ordinal of the same thing, for "this" the one the article reports', () => {
    expect(ask('Is this the first round of the route talks?')).toMatch(/^No, the article says fourth\./);
    expect(ask('Was the third round held in Aarhus?')).toMatch(/^Yes\./);
  });

  it('gives no verdict on what the article does not say', () => {
    expect(ask('Did Lars Holm resign?')).toMatch(/doesn't say/);
  });
});

describe('claims about a side, against what one of its people did', () => {
  // Sides given by possessives and counterparts; the capital stands for its country's government.
  const sided = [
    'Fishing talks end in Oslo',
    '',
    "Norway and Denmark ended fishing talks in Oslo on Tuesday, May 6. Norway's Minister Ane Berg urged both sides to share catch data. Her Danish counterpart, Mads Vinter, said quotas must fall. Copenhagen claims the northern banks.",
  ].join('\n');
  const sidedEngine = createEngine({
    nlp,
    article: ingestArticle(nlp, loadGazetteer(), sided, { date: '2025-05-06' }),
  });
  const check = (q: string) => sidedEngine.ask(q).text;

  it('says no when a person of the other side did it, naming them and their side', () => {
    expect(check('was it denmark that urged both sides to share catch data?')).toMatch(
      /^No, the article says Ane Berg \(Norway\), not Denmark\./,
    );
    expect(check('did norway urge both sides to share catch data?')).toMatch(/^Yes\./);
  });

  it('confirms nothing from a name in the sentence before the one that holds the claim', () => {
    // "Ane Berg urged X. Her Danish counterpart, Mads Vinter, said Y": Berg did not say Y.
    expect(check('did ane berg say quotas must fall?')).not.toMatch(/^Yes/);
    expect(check('did norway say quotas must fall?')).not.toMatch(/^Yes/);
    expect(check('did mads vinter say quotas must fall?')).toMatch(/^Yes\./);
  });

  it('reads a capital named in a question as its country', () => {
    expect(check('does copenhagen claim the northern banks?')).toMatch(/^Yes\./);
  });
});

describe('a claim about a whole body, against "not everyone"', () => {
  const board = createEngine({
    nlp,
    article: ingestArticle(
      nlp,
      loadGazetteer(),
      [
        'Club board backs sale',
        '',
        'The club board voted on Monday, June 2, to accept the offer. Not everyone on the board backed the sale. Ivo Renn, who holds two of its nine seats, said the price was too low. The fans were told on Tuesday.',
      ].join('\n'),
      { date: '2025-06-03' },
    ),
  });

  it('says no to "the whole <body>", with the sentence after it that names who did not', () => {
    const a = board.ask('Was the sale backed by the whole board?');
    expect(a.text).toMatch(
      /^No\. The article: "Not everyone on the board backed the sale\. Ivo Renn, who holds/,
    );
    expect(a.citations).toHaveLength(2);
  });
});

describe('claims about someone a sentence names only through another person', () => {
  // The second sentence leans on the first ("Her counterpart"), and says someone did something "without" an act.
  const leaning = [
    'Harbour talks end',
    '',
    'Leading the Norwegian side was Ane Berg, who told reporters that the talks had gone well. The two open points, she said, were minor. Her counterpart, Mads Vinter, flew home to Aarhus the next morning without speaking to the press.',
  ].join('\n');
  const leaningEngine = ingestedEngine(leaning, { date: '2025-05-06' });
  const check = (q: string) => leaningEngine.ask(q).text;

  it('says no when the sentence says the claimed act was not done ("without speaking")', () => {
    expect(check('Did Mads Vinter speak to the press?')).toMatch(/^No\./);
  });

  it('gives no verdict on the person a possessive or the sentence before names', () => {
    expect(check('Did Ane Berg speak to the press?')).not.toMatch(/^(No|Yes)\b/);
    expect(check('Did Ane Berg fly home to Aarhus?')).not.toMatch(/^Yes\b/);
  });
});

describe('a language claimed', () => {
  const engine = sharedEngine();
  it('gives no verdict on "does <A> speak <demonym>", which no sentence about the country settles', () => {
    const reply = engine.ask('does chase speak chinese');
    expect(reply.answered).toBe(false);
    expect(reply.verdict).toBeUndefined();
  });
});

describe('a whole claimed where the article gives a part of it', () => {
  const engine = ingestedEngine(
    [
      'Harbour talks end',
      '',
      "Negotiators from Norway and Denmark ended a third round of talks in Oslo on Friday, May 2. Ane Berg told reporters that the delegations had closed 19 of the agreement's 24 chapters.",
    ].join('\n'),
    { date: '2025-05-03' },
  );
  it('says no, with the part the article gives, to "all <N>"', () => {
    expect(engine.ask('did they close all 24 chapters').text).toMatch(/^No, the article says 19 of 24\./);
    expect(engine.ask('did they close 19 chapters').text).toMatch(/^Yes\./);
  });
});

describe('a claim about all of a kind', () => {
  it('is not confirmed by a sentence about one of them', () => {
    const engine = ingestedEngine(
      [
        'Coalition talks begin',
        '',
        'Three parties began coalition talks in Tallinn on Monday, March 9. Priit Kask, the Labour leader, has made a progressive income tax a condition for joining any coalition.',
      ].join('\n'),
      { date: '2026-03-10' },
    );
    expect(engine.ask('did all the parties join the coalition').text).not.toMatch(/^Yes\b/);
  });
});

describe('a count claimed that the sentence does not give', () => {
  it('is no "Yes", in figures or in words', () => {
    const engine = ingestedEngine(
      [
        'Probe lifts off',
        '',
        'After two postponements in less than a week, the Lyra spacecraft was launched from Kourou on Tuesday, Sept. 15.',
      ].join('\n'),
      { date: '2026-09-16' },
    );
    expect(engine.ask('was the launch postponed three times').text).not.toMatch(/^Yes\b/);
    expect(engine.ask('was the launch postponed 3 times').text).not.toMatch(/^Yes\b/);
    expect(engine.ask('was it postponed two times').text).toMatch(/^Yes\./);
  });
});
