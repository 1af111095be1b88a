import { describe, expect, it } from 'vitest';
import { askIngested } from '../support/ingested-engine.js';

// An article of its own: names joined by two particles, people said to be born somewhere or described with
// "who", a demonym for a person, a time of year, a place set off as one, and a firm's short name.
const ask = askIngested(
  [
    'Jury strips yacht of race win over missed radio check',
    '',
    'HOBART, Australia, Dec. 29, 2025 - An international jury on Monday added a 30-minute penalty to the supermaxi Tasman Fury, handing the win to its rival Mistral Blue.',
    'Mistral Blue, skippered by the Italian-born Lorenzo Bellini, finished 19 minutes later.',
    'The jury, chaired by Hendrik van der Berg, a Dutch international judge, found that the crew should have switched radios.',
    '"This is not a technicality," van der Berg said.',
    'Greg Halloran, the Melbourne property developer who owns Tasman Fury, said he was gutted.',
    'Kiri Ngata, a New Zealander sailing her fourth race, told the hearing the radio had failed in Aguas Calientes, the town at the foot of the cape.',
    'Boats usually reach Hobart before Holy Week, said race official Mara Quispe, who works for Andes Pass S.A.C., a Lima-based firm.',
    'Andes Pass runs the race website.',
    'Every yacht must radio in when it passes Green Cape, on the border between New South Wales and Victoria.',
  ],
  '2025-12-29',
);

describe('names an article writes with particles, and what kind of name each is', () => {
  it('reads "<Given> van der <Family>" as one person, known later by "van der <Family>"', () => {
    expect(ask('who chaired the jury').text).toMatch(/Hendrik van der Berg/);
    expect(ask('who is hendrik van der berg').text).toMatch(/Dutch international judge/);
    // (Typed with another particle and a misspelt given name, still that person.)
    expect(ask('who is hendrick van den berg').text).toMatch(
      /^Hendrik van der Berg: a Dutch international judge/,
    );
  });

  it('counts the "-born" and "<the noun> who" people among the people, and no demonym or time of year', () => {
    const people = ask('which people are named').text;
    expect(people).toMatch(/Lorenzo Bellini/);
    expect(people).toMatch(/Greg Halloran/);
    // (Listed as "<name> (<what the article says of them>)": none of these is listed as a name.)
    expect(people).not.toMatch(/(?:: |, )(?:New Zealander|Holy Week|Aguas Calientes|Andes Pass) \(/);
  });
});

describe('where a place the article sets off lies', () => {
  it('gives the phrase after its name: "at the foot of", "on the border between", not only "in"', () => {
    expect(ask('where is green cape').text).toMatch(/^On the border between New South Wales and Victoria\./);
  });
});
