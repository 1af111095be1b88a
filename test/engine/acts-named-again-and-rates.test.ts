import { describe, expect, it } from 'vitest';
import { askIngested } from '../support/ingested-engine.js';
import { conversations, sharedEngine } from './engine-fixture.js';

describe('claims about acts the article never names, and dates that settle a claim', () => {
  const ask = conversations(sharedEngine(), 'acts-named');

  it('does not answer "No." about an act the article never reports, dated by one it does', () => {
    const a = ask('did china hold military drills near taiwan before the vote');
    expect(a.answered).toBe(false);
    // (An act it does report, dated the same way, is still checked.)
    expect(ask('did china hold talks with the us before the vote').verdict).toBe('yes');
  });

  it('corrects a wrong year in the first clause, whatever the clause after "and" adds', () => {
    const a = ask('so pelosi went to tiawan in 2021 and thats why china went silent?');
    expect(a.verdict).toBe('no');
    expect(a.text).toMatch(/August 2022/);
  });

  it('takes the event a claim names by its noun, its date being what is checked', () => {
    expect(ask('was the agreement in 2022').text).toMatch(/^No\. It was late last year/);
    expect(ask('was the visit in 2021').text).toMatch(/^No\. It was August 2022/);
    // (A date that names the event is not the claim: "the <date> thing".)
    expect(ask('was the jan 9 thing a phone call?').text).toMatch(/^No\. It took place in Washington/);
  });

  it('reads "make" with the noun of an event, in the passive too, as that event', () => {
    expect(ask('when was the agreement made').text).toMatch(/late last year/i);
    expect(ask('was the agreement made last year').verdict).toBe('yes');
  });

  it('confirms a claimed cause that is the very event the verb names, and corrects one of another act', () => {
    expect(ask('was dialogue restarted bc of a biden xi deal').verdict).toBe('yes');
    const other = ask('was dialogue restarted because of the balloon');
    expect(other.answered).toBe(false);
    expect(other.text).not.toMatch(/severed/);
    expect(ask('china cut the dialogue bc pelosi went to china right?').verdict).toBe('no');
  });
});

describe('what someone thinks, said about how long, and who from a side is named', () => {
  const ask = conversations(sharedEngine(), 'views-named');

  it('checks what someone thinks against what they are reported to have said', () => {
    expect(ask('does chase think competition could become conflict').verdict).toBe('yes');
    expect(ask('did us officials say anything cautious').verdict).toBe('yes');
  });

  it('answers what a side said about how long something takes with the words that hold it', () => {
    const a = ask('what does the us side say abt how long this will take');
    expect(a.intent).toBe('statement');
    expect(a.text).toMatch(/^U\.S\. officials cautioned .* will take time/);
  });

  it('lists who from a side is named, asked with "who ... is named"', () => {
    expect(ask('who from china is named in the article').text).toMatch(
      /^The article names 3 people of China/,
    );
    expect(ask('who on the chinese side is mentioned').text).toMatch(/^The article names 3 people of China/);
  });

  it('lists the events of a kind the article mentions, with their dates', () => {
    const a = ask('so what were the two meetings mentioned');
    expect(a.intent).toBe('events-named');
    expect(a.text).toMatch(/^The article mentions 2: the virtual meeting .*; the 17th round .*talks/);
    expect(ask('what talks are mentioned in the article').text).toMatch(/mentions 2:/);
    // (An act asked of them is another question.)
    expect(ask('which meeting was virtual').intent).not.toBe('events-named');
  });

  it('reads a worry, a big deal against routine, and a department asked again', () => {
    expect(ask("so like what's the risk the pentagon is worried about").text).toMatch(/miscalculations/);
    expect(ask('was it a big deal or just routine according to the article').text).toMatch(/^Significant:/);
    expect(ask("where's chase from like which department").text).toMatch(/^Defense/);
  });

  it("does not take talks with a country's people elsewhere for a trip to it", () => {
    expect(ask('has chase ever been to china').answered).toBe(false);
    expect(
      ask('who is michael chase', 'what areas does he cover', 'has he ever been to china').answered,
    ).toBe(false);
    expect(ask('has pelosi been to taiwan').verdict).toBe('yes');
  });

  it('reads "us" paired with another country as the US, and corrects the pair', () => {
    expect(ask('the talks were between us and russia?').text).toMatch(
      /^No\. It was between the United States and China/,
    );
  });

  it('answers "No." to a cause that names only what the article\'s cause has nothing to do with', () => {
    expect(ask('the dialogue was cut because of the south china sea right').text).toMatch(/^No\. .*Pelosi/);
  });

  it('does not name who held an event in a city as whoever travelled there', () => {
    expect(ask('who came to washington').answered).toBe(false);
    expect(ask('who travelled to washington for the talks').text).not.toMatch(/Pelosi/);
    expect(ask('who went to taiwan').text).toMatch(/^Nancy Pelosi/);
  });

  it('does not answer what someone did for an event with the event itself', () => {
    const a = ask('what did the us concede to china to get talks going');
    expect(a.answered).toBe(false);
    expect(ask('what did biden and xi agree to do to restart dialogue').text).toMatch(
      /agreed late last year/,
    );
  });

  it('confirms "still" of a state the article says goes on, never of an event that is over', () => {
    expect(ask('is beijing claiming sovereignty over taiwan still a thing').verdict).toBe('yes');
    expect(ask('are the talks still going on').verdict).not.toBe('yes');
  });

  it('takes "huh" and "eh" closing a statement as asking whether it is so', () => {
    expect(ask('the talks were in beijing eh').verdict).toBe('no');
    expect(ask('so they met in washington huh').verdict).toBe('yes');
  });
});

describe('names typed with letters swapped, people put first, and answers offered with "or someone else"', () => {
  const ask = conversations(sharedEngine(), 'typed-forms');

  it('reads a short name word typed with two letters swapped beside the rest of the name', () => {
    const a = ask('lui zhenli met with who');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^General Charles Q\. Brown met/);
  });

  it('reads "<A> and <B>, was that meeting ..." as asked of their meeting', () => {
    expect(ask('brown and liu, was that meeting virtual or in person').text).toMatch(/^Virtual/);
  });

  it('drops "hold up" before a claim offered two ways', () => {
    expect(ask('hold up is song the deputy director or the director').text).toMatch(/^The deputy director/);
  });

  it('asks the question without an answer offered "or someone else"', () => {
    expect(ask('who led the us side, chase or someone else').text).toMatch(/^Michael Chase/);
    const a = ask("which general's the chairman of the joint chiefs, charles brown or someone else");
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/Charles Q\. Brown/);
  });

  it('answers what happened with a country in a month with what happened to it', () => {
    expect(ask('what happened in february w china').text).toMatch(/spy balloon/);
    expect(ask('what did china do in february').answered).toBe(false);
  });
});

describe('a dispute spoken of, then "that"', () => {
  it('reads "involved in that" as the dispute just answered, and says which countries it does not name', () => {
    const ask = conversations(sharedEngine(), 'dispute-that');
    const a = ask(
      'what about the south china sea one, whats that about',
      'which countries r involved in that besides china',
    );
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(/doesn't say which countries.*South China Sea/);
  });

  it('keeps "besides <a main party>" from setting aside the dispute asked about', () => {
    const ask = conversations(sharedEngine(), 'dispute-besides');
    expect(ask('which countries are involved in the south china sea dispute besides china').text).toMatch(
      /South China Sea/,
    );
    expect(ask('who else is involved in the taiwan dispute').text).toMatch(/Taiwan's future/);
  });
});

const BEARS = [
  'Town votes for night patrols after bear attacks',
  '',
  'OTARU, Japan, Oct. 17 (Reuters) - The assembly of Kitamura voted on Friday to spend 184 million yen on electric fencing and paid night patrols by hunters, after a woman became the third resident in a month to be injured by a bear.',
  '',
  'Each hunter will be paid 12,000 yen a night. The prefectural government has promised to cover 40 percent of the cost.',
  '',
  'The town said the work would be finished in the first quarter of 2026.',
  '',
  'The hunters will patrol in pairs from dusk until 2 a.m. through the end of November. Two men were hurt in separate attacks on Sept. 19 and Oct. 2.',
];

describe('rates, shares of a sum and quarters of a year in an ingested article', () => {
  const ask = askIngested(BEARS, '2025-10-17');

  it('gives a sum said per night for a rate asked, not a sum of another act', () => {
    expect(ask('How much will each hunter be paid per night?').text).toMatch(/^12,000 yen/);
  });

  it('gives a share of a sum for "how much of the cost"', () => {
    expect(ask('How much of the cost will the prefectural government cover?').text).toMatch(/^40 percent/);
  });

  it('reads "the first quarter of <year>" as a date', () => {
    expect(ask('when will the work be finished?').text).toMatch(/Q1 2026/);
  });

  it('reads a month an act still to come runs to as the coming one', () => {
    expect(ask('until when will the hunters patrol in pairs?').text).toMatch(/November 2025/);
  });

  it('gives both dates listed together when several are asked about', () => {
    expect(ask('when were the two men hurt?').text).toMatch(/^Sept\. 19 .* and Oct\. 2 /);
  });
});

const DERAILMENT = [
  'Freight derailment shuts mountain rail line',
  '',
  'INNSBRUCK, Austria, June 12 (Reuters) - The Kessel railway, the busiest freight route across the Alps, will stay closed until at least Monday after nine wagons of a freight train came off the tracks, the state railway operator OBB said on Thursday.',
  '',
  'The train derailed at about 3:40 a.m. on Wednesday. Nobody was hurt. The firefighters said no dead fish had been found in the river.',

  '',
  'Around 140 freight trains use the line on a normal weekday. OBB put the cost of the damage at about 6 million euros.',
];

describe('a dateline before "The", and whether anyone was hurt', () => {
  const ask = askIngested(DERAILMENT, '2025-06-12');

  it('reads no one named "The <Word>" from the word after a dateline\'s dash', () => {
    expect(ask('which people are named in the article?').text).not.toMatch(/The Kessel/);
    expect(ask('How many freight trains use the line on a normal weekday?').text).toMatch(/^140/);
    expect(ask('How much will the damage cost?').text).toMatch(/^6 million euros/);
  });

  it('answers "was anyone hurt?" with "No." only where the article says nobody was', () => {
    const hurt = ask('Was anyone hurt?');
    expect(hurt.verdict).toBe('no');
    expect(hurt.text).toMatch(/Nobody was hurt/);
    expect(ask('was anyone killed?').answered).toBe(false);
    // ("nobody else": someone was.)
    const bus = askIngested(
      [
        'Driverless bus brakes hard',
        '',
        'OSLO, May 3 (Reuters) - A driverless bus braked hard in Oslo on Tuesday. One passenger was treated for a bruised wrist; nobody else was hurt.',
      ],
      '2025-05-03',
    );
    expect(bus('was anyone hurt?').verdict).not.toBe('no');
  });
});

describe('a sum paid "for" something, an act before it', () => {
  it('gives the sum "for" which the act was done, whatever verb follows it', () => {
    const ask = askIngested(
      [
        'Thai group to buy shrimp exporter',
        '',
        "GUAYAQUIL, Ecuador, March 4 (Reuters) - Thailand's Siam Ocean Foods agreed on Tuesday to buy 55 percent of Manglar del Golfo, one of Ecuador's largest shrimp farmers, for $410 million, betting that demand will recover.",
      ],
      '2025-03-04',
    );
    expect(ask('How much is Siam Ocean paying?').text).toMatch(/^\$410 million/);
  });
});
