import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine/create-engine.js';
import { loadGazetteer } from '../../src/ingest/gazetteer.js';
import { ingestArticle } from '../../src/ingest/ingest-article.js';
import { createNlp } from '../../src/nlp/create-nlp.js';
import { sharedEngine } from './engine-fixture.js';

describe('which side someone is on', () => {
  const engine = sharedEngine();

  it('answers "which country is <person> from" with the side the article gives them, not a place of an event', () => {
    expect(engine.ask('which country is song yanchao from').text).toMatch(
      /^China: the article describes Song Yanchao/,
    );
    // ("where is <person> from" asks a home the article does not give; what it does say names the side.)
    const from = engine.ask('where is liu zhenli from?');
    expect(from.answered).toBe(false);
    expect(from.text).toMatch(/^The article doesn't say where Liu Zhenli is from\. It does say .*Chinese/);
    expect(engine.ask("which country's president is biden").text).toMatch(/^The United States/);
  });
});

describe('people described instead of named', () => {
  const engine = sharedEngine();

  it('resolves a description after "who <verb>" first, then the one it tells apart ("the <A> official who met the <B> general")', () => {
    for (const q of [
      "whats the us official's name who met the chinese general in dc",
      'who is the us official who met the chinese general in dc',
    ])
      expect(engine.ask(q).text, q).toMatch(/^Michael Chase is the U\.S\. deputy assistant secretary/);
    expect(engine.ask('what did the chinese general who met chase say').text).toMatch(
      /^The article doesn't say what Song Yanchao said/,
    );
  });

  it('finds "the guy who met <person>" among the others of the events that verb names', () => {
    expect(engine.ask("the guy who met chase—what's his job in the chinese mil").text).toMatch(
      /^Song Yanchao is a Chinese Major General, deputy director/,
    );
    expect(engine.ask('what is the rank of the general who met brown').text).toMatch(
      /^Liu Zhenli's rank is General/,
    );
    expect(engine.ask('who did the guy who met chase meet').text).toMatch(/^Song Yanchao met Michael Chase/);
  });

  it('finds the one person on a side with the role, narrowed by the event named', () => {
    const a = engine.ask('the chinese general guy at the dc talks, whats his name', 'd1');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^Song Yanchao/);
    // And the conversation goes on about him.
    expect(engine.ask('wut office is he in', 'd1').text).toMatch(/central military commission/);
  });

  it('reads "officer" as a word for whoever holds the rank', () => {
    expect(engine.ask("who's the chinese officer in the dc talks and wat does he do").text).toMatch(
      /^Song Yanchao/,
    );
  });

  it('reads "the <country> official" in the singular as one of that side, not its officials as a group', () => {
    expect(engine.ask('the us official who led the talks, wuts his name').text).toMatch(/Michael Chase/);
  });

  it('leaves a description alone where it is what the question asks for', () => {
    expect(engine.ask('Which Chinese general took part in the Washington talks?').text).toMatch(
      /Song Yanchao/,
    );
  });

  it('does not take a qualified role for the role ("the <country> secretary" is no deputy secretary)', () => {
    expect(engine.ask('who is the us defense secretary').text).not.toMatch(/^Michael Chase/);
  });

  it('works on an article ingested with no hand-made facts', () => {
    const nlp = createNlp();
    const text = [
      'Ferry talks resume',
      '',
      'Norway and Denmark held two days of ferry talks in Oslo on Tuesday, May 6. Danish minister Lars Holm said a deal was close. Norwegian secretary Ane Berg said the routes would reopen in June.',
    ].join('\n');
    const draft = createEngine({
      nlp,
      article: ingestArticle(nlp, loadGazetteer(), text, { date: '2025-05-06' }),
    });
    expect(draft.ask('what did the danish minister say?').text).toMatch(/deal was close/);
  });
});

describe('a title asked of the body that holds it, on a drafted store', () => {
  const nlp = createNlp();
  const engine = createEngine({
    nlp,
    article: ingestArticle(
      nlp,
      loadGazetteer(),
      [
        'Reservoir closed after algae bloom',
        '',
        "The regional council closed the Brannock reservoir on Tuesday, May 6, and ordered its operator, Tallis Water Storage, to drain it. The council's director of environmental health, Dr. Ottilie Marsh, said tests would take a week. Councillor Ada Brisk, the council's cabinet member for environmental health, defended the closure. Tallis's managing director, Joren Pike, said the firm was cooperating. Health officials said the water was unsafe.",
      ].join('\n'),
      { date: '2025-05-07' },
    ),
  });

  it("answers who is the <body>'s <title> with the one of its people who holds that title", () => {
    expect(engine.ask("Who is the council's director of environmental health?").text).toMatch(
      /^Ottilie Marsh: the council's director of environmental health/,
    );
    expect(engine.ask("who is Tallis's managing director").text).toMatch(/^Joren Pike/);
  });

  it('answers "who is the <title>" with the one whose title is that office, of several with the role word', () => {
    // ("health" asked is the field, not the "Health officials" a sentence began with.)
    expect(engine.ask('who is the director of environmental health?').text).toMatch(/^Ottilie Marsh/);
  });

  it("names nobody for a title none of the body's people holds", () => {
    expect(engine.ask("Who is the council's mayor?").answered).toBe(false);
  });
});

describe('a description narrowed by the places a title names', () => {
  it('picks the one whose title names them over one who went to one of them', () => {
    const reply = sharedEngine().ask('the us official is in charge of china, taiwan and what else');
    expect(reply.text).toMatch(/^Mongolia: Michael Chase/);
  });
});
