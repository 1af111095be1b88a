import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine/create-engine.js';
import { loadGazetteer } from '../../src/ingest/gazetteer.js';
import { ingestArticle } from '../../src/ingest/ingest-article.js';
import { createNlp } from '../../src/nlp/create-nlp.js';

const nlp = createNlp();
const text = readFileSync(
  join(import.meta.dirname, '..', 'fixtures', 'articles', '11-ontario-courier-appeal-ruling.txt'),
  'utf8',
);
const engine = createEngine({ nlp, article: ingestArticle(nlp, loadGazetteer(), text) });

describe('the engine on an article it was never tuned on', () => {
  it('introduces itself with the article it serves', () => {
    expect(engine.ask('hello').text).toMatch(/Ontario appeal court rules app couriers/);
    expect(engine.help().text).toMatch(/Who is [A-Z]/);
  });

  it('lists who the article names and sums it up, asked the chat way', () => {
    expect(engine.ask("who's involved").text).toMatch(/Deepa Raman: a courier from Mississauga/);
    expect(engine.ask('summary pls').text).toMatch(/couriers/);
  });

  it('says who someone is, citing the sentence', () => {
    const a = engine.ask('who is deepa raman?');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/courier from Mississauga/);
    expect(a.citations[0]?.text).toMatch(/Deepa Raman/);
  });

  it('finds when something happened in the sentence that holds it', () => {
    const a = engine.ask('When did the company deactivate her account?');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/January 2022/);
  });

  it('checks a claim against the sentence that grounds it, and says no to a false premise', () => {
    expect(engine.ask('Was the decision unanimous?').text).toMatch(/^No\. .*2-1 decision/);
    expect(engine.ask('Did Justice Haines dismiss the claims?').text).toMatch(
      /^Yes\. .*dismissed the claims/,
    );
    expect(engine.ask('Did Miriam Okafor dismiss the claims?').text).toMatch(
      /^No, the article names Robert Haines/,
    );
  });

  it('gives no verdict where the article is silent or where only an opinion would do', () => {
    for (const q of ['Were the couriers paid in bitcoin?', 'Was it smart of Parcelo to fight the case?']) {
      const a = engine.ask(q);
      expect(a.answered, q).toBe(false);
      expect(a.text, q).not.toMatch(/^(Yes|No)\b/);
    }
  });

  it('picks the number the question asks about out of the sentence that holds it', () => {
    expect(engine.ask('How many couriers are in the class action?').text).toMatch(/^14,000\./);
  });

  it('answers from a drafted fact only when the sentences it cites hold the question', () => {
    // (A verb read as a synonym keeps its own senses: "hurt" is no "work".)
    for (const q of [
      "Who is Parcelo's chief executive?",
      'How many people were hurt in the case?',
      'How many people were hurt?',
    ]) {
      expect(engine.ask(q).answered, q).toBe(false);
    }
    expect(engine.ask("What is Claire Whitmore's job?").text).toMatch(/general counsel/);
  });

  it('answers a bare follow-up ("and when?", "why?") from what the last answer rested on', () => {
    engine.ask('What did Justice Haines do?', 'follow-up');
    expect(engine.ask('and when?', 'follow-up').text).toMatch(/^Last June \(June 2025\)/);
    expect(engine.ask('why?', 'follow-up').text).toMatch(/^because they chose their own hours/);
  });

  it('refuses what the article does not say, rather than quoting a near miss', () => {
    for (const q of [
      'How old is Miriam Okafor?',
      'Who is the prime minister of Canada?',
      'What is the capital of France?',
    ]) {
      expect(engine.ask(q).answered, q).toBe(false);
    }
  });
});

describe('an article with one woman in it, and animals named', () => {
  const hospital = createEngine({
    nlp,
    article: ingestArticle(
      nlp,
      loadGazetteer(),
      [
        'Lynx released in forest as hospital trust restores computers',
        '',
        'Six lynx were released into Harwood Forest on Thursday, March 19, 2026, the Fell Lynx Partnership said. The oldest, a female named Saga, is about four years old. Dr. Helen Marsh, the project director, said she was delighted. By mid-morning the hospital trust had disconnected all 4,300 of its computers from the network.',
      ].join('\n'),
      { date: '2026-03-20' },
    ),
  });

  it('reads "she" with no one in the conversation as the one person the article calls "she"', () => {
    const a = hospital.ask('what did she say');
    expect(a.text).not.toMatch(/^Who do you mean/);
    expect(a.text).toMatch(/delighted/);
  });

  it('does not list the people named for "the names of the <animals>"', () => {
    const a = hospital.ask('What are the names of the two male lynx?');
    expect(a.intent).not.toBe('people-named');
    expect(a.answered).toBe(false);
  });

  it('finds the article\'s common verb for a rarer one typed ("unplug" for "disconnect")', () => {
    expect(hospital.ask('how many computers did the trust unplug from the network').text).toMatch(/^4,300/);
  });
});

describe('where a body is based', () => {
  const hack = createEngine({
    nlp,
    article: ingestArticle(
      nlp,
      loadGazetteer(),
      'Hackers hit hospital trust\n\nSurgeons at three hospitals run by the Fjellkyst Health Trust in western Norway postponed operations on Wednesday, Nov. 12, 2025. Hackers got in through an account belonging to Medline Nordic, an Oslo-based company that maintains its software.',
      { date: '2025-11-13' },
    ),
  });

  it('answers "where is <a body> based" from "an <City>-based company" or "<Body> in <Country>"', () => {
    expect(hack.ask('where is medline nordic based').text).toMatch(
      /^In Oslo: Medline Nordic is an Oslo-based company/,
    );
    expect(hack.ask('where is the fjellkyst health trust based').text).toMatch(/^In Norway\./);
  });
});
