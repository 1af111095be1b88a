import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '../../src/ingest/gazetteer.js';
import { ingestArticle } from '../../src/ingest/ingest-article.js';
import { createNlp } from '../../src/nlp/create-nlp.js';

// An invented article: the sides, titles and groups below come only from how it is written.
const text = [
  'Fishing talks end in Oslo',
  '',
  "Norway and Japan closed three days of fisheries talks in Oslo on Thursday, March 6, the fourth round of Norway-Japan quota negotiations. Ingrid Dahl, the state secretary for Japan, Korea, and China, led the Norwegian delegation, while Japan's Vice Minister Tanaka Hiroshi led the Japanese side. In a separate video call last week, Chairman of the Fisheries Board Erik Lund spoke with his Japanese counterpart, Director Sato Kenji. Japanese officials cautioned that a final deal would take months. The dispute began after a Norwegian trawler was seized by Tokyo in June 2023, which angered Oslo. Relations between Oslo and Tokyo remain tense.",
].join('\n');

const nlp = createNlp();
/** Ingests a text and finds its entities by name. */
const namesIn = (text: string, date: string) => {
  const ingested = ingestArticle(nlp, loadGazetteer(), text, { date });
  return (name: string) => ingested.facts.entities.find((e) => e.name === name);
};
const article = ingestArticle(nlp, loadGazetteer(), text, { date: '2025-03-06' });
const entity = (name: string) => article.facts.entities.find((e) => e.name === name);

describe('reading who is who from how an article writes it', () => {
  it('gives a possessive its side, and a demonym counterpart too', () => {
    expect(entity('Tanaka Hiroshi')?.side).toBe('country:japan');
    expect(entity('Sato Kenji')?.side).toBe('country:japan');
  });

  it('does not take the countries of a portfolio ("secretary for <country>") as a side', () => {
    expect(entity('Ingrid Dahl')?.side).toBeUndefined();
    expect(entity('Ingrid Dahl')?.description).toMatch(/state secretary for Japan, Korea, and China/);
  });

  it('knows a name by its first word as well as its last ("<family> <given>")', () => {
    expect(entity('Tanaka Hiroshi')?.aliases).toEqual(expect.arrayContaining(['Tanaka', 'Hiroshi']));
  });

  it('knows a person by a double surname ("<given> <family> <family>", later "<family> <family>")', () => {
    const named = namesIn(
      'Regulator fines miner\n\nSuperintendent Claudia Retamal Fuentes said on Monday, May 5, that the mine broke the law. "This was no accident," Retamal Fuentes told reporters.',
      '2025-05-05',
    );
    expect(named('Claudia Retamal Fuentes')?.aliases).toContain('Retamal Fuentes');
    expect(named('Retamal Fuentes')).toBeUndefined();
  });

  it('joins a title to its office over "of the", and no more', () => {
    expect(entity('Erik Lund')?.title).toMatch(/^Chairman of the Fisheries Board/);
  });

  it('reads "<country>-<country>" as the two countries, not as a new name', () => {
    expect(article.facts.entities.some((e) => e.name.includes('Norway-Japan'))).toBe(false);
  });

  it('makes "<country> officials" a group that can say things, with its side', () => {
    const officials = entity('Japanese officials');
    expect(officials?.kind).toBe('group');
    expect(officials?.side).toBe('country:japan');
    expect(article.facts.statements.find((s) => s.verb === 'cautioned')?.holder).toBe(officials?.id);
  });

  it('labels a dated event with its own clause, not the whole sentence', () => {
    const seized = article.facts.events.find((e) => e.date.resolved === 'June 2023');
    expect(seized?.label).toMatch(/^A Norwegian trawler was seized by Tokyo in June 2023$/);
  });
});

describe('an organisation known by the aside after its name', () => {
  const ferries = ingestArticle(
    nlp,
    loadGazetteer(),
    [
      'Ferry firm fails',
      '',
      'Halvard Lines, the family-owned company that runs boats to the outer isles, went bust on Monday. Siri Moe, the chief executive of the rival operator Nordkyst, said the routes would survive.',
    ].join('\n'),
    { date: '2025-03-06' },
  );
  const kindOf = (name: string) => ferries.facts.entities.find((e) => e.name === name)?.kind;

  it('reads "<Name> <Name>, the <...> company that ..." as an organisation, not a person', () => {
    expect(kindOf('Halvard Lines')).toBe('organization');
  });

  it('still reads "<Name> <Name>, the chief executive of the <firm>" as a person', () => {
    expect(kindOf('Siri Moe')).toBe('person');
  });
});

describe('a name after a word that usually brings a place', () => {
  const trial = ingestArticle(
    nlp,
    loadGazetteer(),
    [
      'Founder convicted',
      '',
      "The most damaging testimony came from Mira Castell, Lumen's former chief financial officer, who pleaded guilty last year. The firm's investors came from Oakridge, a town north of the city.",
    ].join('\n'),
    { date: '2025-05-22' },
  );
  const kindOf = (name: string) => trial.facts.entities.find((e) => e.name === name)?.kind;

  it('is a person when an office is set off after it ("from <Name>, <a firm>\'s former chief financial officer")', () => {
    expect(kindOf('Mira Castell')).toBe('person');
  });

  it('is still a place with no office after it', () => {
    expect(kindOf('Oakridge')).toBe('place');
  });
});

describe('a title set before a name', () => {
  const water = ingestArticle(
    nlp,
    loadGazetteer(),
    [
      'Reservoir closed after algae bloom',
      '',
      "The regional council closed the Brannock reservoir on Tuesday, May 6, and ordered its operator, Tallis Water Storage, to drain it. The council's director of environmental health, Dr. Ottilie Marsh, said tests would take a week. Tallis's managing director, Joren Pike, said the firm was cooperating. The board, whose chief scientist for the survey, Dr. Wen Ashby, took the samples, said little.",
    ].join('\n'),
    { date: '2025-05-07' },
  );
  const find = (name: string) => water.facts.entities.find((e) => e.name === name);

  it('keeps the office\'s "of <a field>" and a participle ("managing") in the title', () => {
    expect(find('Ottilie Marsh')?.description).toBe("the council's director of environmental health");
    expect(find('Joren Pike')?.description).toBe("Tallis's managing director");
  });

  it('takes no title from a clause about another body ("<a body>, whose <role> ..., <Name>")', () => {
    expect(find('Wen Ashby')?.description ?? '').not.toMatch(/whose/);
  });

  it('knows a firm named in full by its first word later ("<Firm>\'s managing director")', () => {
    expect(find('Tallis Water Storage')?.kind).toBe('organization');
    expect(find('Tallis Water Storage')?.aliases).toContain('Tallis');
    expect(water.facts.entities.filter((e) => e.kind === 'person').map((e) => e.name)).not.toContain(
      'Tallis',
    );
  });
});

describe('a one-word organisation and the pronouns of people', () => {
  // "Ferrolo" is named only in one word; its office-holder and a lawyer are quoted with "she" and "he".
  const courier = [
    'Court backs riders against Ferrolo',
    '',
    "Riders who deliver through the app Ferrolo are employees, a court ruled on Monday, May 5. The case began with Nina Ostrova, a rider who had delivered for Ferrolo since 2019. After the company deactivated her account in March 2022, she went to a lawyer. Ferrolo's general counsel, Ada Brunn, said the company was disappointed. She argued that the ruling would raise fees, a claim the riders' lawyer, Piet Maas, called a scare tactic. Maas said he expected a new hearing next spring.",
  ].join('\n');
  const named = namesIn(courier, '2025-05-07');

  it('makes one capitalised word whose office someone holds ("<X>\'s general counsel") an organisation', () => {
    expect(named('Ferrolo')?.kind).toBe('organization');
  });

  it('takes a person\'s pronoun from after their name, not from a "She" that opens their sentence', () => {
    expect(named('Piet Maas')?.pronoun).toBe('he');
  });
});

describe('bodies named for a country, people from one, and who "she" is', () => {
  const doping = [
    'Court upholds ban on skater',
    '',
    "The sports court on Friday, October 3, upheld a four-year ban on the Dutch skater Anna Visser, ruling her out of the Winter Olympics. Visser's lawyers argued that a supplement she had bought was contaminated. Her world title passes to Miho Tanabe of Japan, who finished behind her. Her lawyer, Pieter de Graaf, said she was considering an appeal. Forestry England and Natural England were not involved. The Border Skating Partnership said it respected the ruling.",
  ].join('\n');
  const named = namesIn(doping, '2025-10-04');

  it('reads "<Word> <Country>" and "<Words> Partnership" as bodies, and "the <X> Olympics" as no person', () => {
    expect(named('Forestry England')?.kind).toBe('organization');
    expect(named('Natural England')?.kind).toBe('organization');
    expect(named('Border Skating Partnership')?.kind).toBe('organization');
    expect(named('Winter Olympics')?.kind).not.toBe('person');
  });

  it('reads "<Given> <Family> of <Country>" as a person from that country', () => {
    expect(named('Miho Tanabe')?.kind).toBe('person');
    expect(named('Miho Tanabe of Japan')).toBeUndefined();
  });

  it('gives "she" to the skater, not to her lawyer or to the one who finished "behind her"', () => {
    expect(named('Anna Visser')?.pronoun).toBe('she');
    expect(named('Pieter de Graaf')?.pronoun).toBeUndefined();
    expect(named('Miho Tanabe')?.pronoun).toBeUndefined();
  });
});

describe('"<City>-based", "according to <Name>" and "<Office> of the <X>"', () => {
  const hack = [
    'Hackers hit hospital trust',
    '',
    'Hackers got in through an account belonging to Medline Nordic, an Oslo-based company, on Tuesday, Nov. 11, 2025. The ship was operated by the Copenhagen-based Kestrel Line. According to Lars Haugen, who heads the response team, the password was weak. A report by the Office of the Auditor General had warned of the risk.',
  ].join('\n');
  const named = namesIn(hack, '2025-11-12');

  it('reads the city before "-based" as a place and the name after it as a body', () => {
    expect(named('Oslo')?.kind).toBe('place');
    expect(named('Oslo-based')).toBeUndefined();
    expect(named('Kestrel Line')?.kind).toBe('organization');
  });

  it('reads "according to <Given> <Family>" as a person, and "the Office of the <X>" as one body', () => {
    expect(named('Lars Haugen')?.kind).toBe('person');
    expect(named('Office of the Auditor General')?.kind).toBe('organization');
  });
});

describe("an organisation's initials", () => {
  const court = [
    'Court upholds ban',
    '',
    "The Court of Arbitration for Sport upheld the ban on Friday, October 3, 2025. The International Skating Union had suspended the skater in April. Jonas Weber, who heads the ISU's integrity unit, welcomed the ruling.",
  ].join('\n');
  const named = namesIn(court, '2025-10-04');

  it('knows a body of three or more capitalised words by its initials too, and merges an acronym written for it', () => {
    expect(named('Court of Arbitration for Sport')?.aliases).toContain('CAS');
    expect(named('International Skating Union')?.aliases).toContain('ISU');
    expect(named('ISU')).toBeUndefined();
  });
});

describe('a body named by two words joined with "and"', () => {
  const duty = [
    'Whisky casks stolen',
    '',
    'Police said on Wednesday, November 12, 2025, that three men had been charged. KD Ports and Harbours, which supervises bonded warehouses, has opened its own investigation. Joe Biden and Xi Jinping met last year.',
  ].join('\n');
  const named = namesIn(duty, '2025-11-13');

  it('reads "<A> and <B>, which ..." as one body, known by its initials, a word in capitals giving all its letters', () => {
    expect(named('KD Ports and Harbours')?.kind).toBe('organization');
    expect(named('KD Ports and Harbours')?.aliases).toContain('KDPH');
    expect(named('KD Ports')).toBeUndefined();
    // (Two people joined by "and" stay two.)
    expect(named('Joe Biden')?.kind).toBe('person');
  });
});

describe('names in quotations, after a word for a body, and joined over "and"', () => {
  const spill = [
    'Mine halted after dam burst',
    '',
    'The dam at the Korlo mine burst on Tuesday, March 3, 2026. The mine is owned by the Canadian group Brightwater Minerals. A third worker, Peter Okafor, a 41-year-old pump operator, is still missing. The spill forced Dalby Water Supply and Sanitation Company to close its intake. A farmer, Ruth Mensah, was angry. "The company says sorry," she said. "That is not enough."',
  ].join('\n');
  const named = namesIn(spill, '2026-03-05');

  it('takes no capitalised first word of a quotation for a name', () => {
    expect(named('The')).toBeUndefined();
    expect(named('That')).toBeUndefined();
  });

  it('reads "the <kind of body> <Name>" as a body and "<Name>, a <n>-year-old <...>" as a person', () => {
    expect(named('Brightwater Minerals')?.kind).toBe('organization');
    expect(named('Peter Okafor')?.kind).toBe('person');
  });

  it('joins "<Name> and <Name> Company" into one body', () => {
    expect(named('Dalby Water Supply and Sanitation Company')?.kind).toBe('organization');
    expect(named('Dalby Water Supply')).toBeUndefined();
  });
});

describe('a body met first by its short name', () => {
  const mine = [
    'Spill halts work at Tarsa mine',
    '',
    'Regulators on Monday, May 4, 2026, ordered Tarsa Copper Mines to stop work near Ndola. Tarsa, which is owned by the group Hollin Resources, said it was sorry. The Ndola Youth Orchestra cancelled a concert in Northumberland, and the Northumberland Farmers Union said nothing.',
  ].join('\n');
  const named = namesIn(mine, '2026-05-05');

  it('merges "at <Firm> mine" into "<Firm> Copper Mines", known also as "<Firm> Copper"', () => {
    expect(named('Tarsa')).toBeUndefined();
    expect(named('Tarsa Copper Mines')?.aliases).toEqual(expect.arrayContaining(['Tarsa', 'Tarsa Copper']));
  });

  it('keeps a place that a body is only named for ("in <County>")', () => {
    expect(named('Northumberland')?.kind).toBe('place');
  });

  it('reads an orchestra as a body', () => {
    expect(named('Ndola Youth Orchestra')?.kind).toBe('organization');
  });
});

describe('a body whose name joins two words by "and"', () => {
  const ruling = [
    'Regulator blocks dairy takeover',
    '',
    'The Varnland Authority for Consumers and Markets blocked the takeover of a dairy on Monday, April 6, 2026. The dairy said it would appeal to the Trade and Industry Appeals Tribunal within four weeks. Anna Berg, a spokeswoman for the Foundation for Science and Technology, said farmers had been warned. The authority said prices would rise. Farmers met in Holt on Tuesday.',
  ].join('\n');
  const named = namesIn(ruling, '2026-04-06');

  it('keeps "<Body> for <X> and <Y>" whole, and "the <X> and <Y> <Body>" from its first word', () => {
    expect(named('Varnland Authority for Consumers and Markets')?.kind).toBe('organization');
    expect(named('Varnland Authority for Consumers')).toBeUndefined();
    expect(named('Trade and Industry Appeals Tribunal')?.kind).toBe('organization');
    expect(named('Industry Appeals Tribunal')).toBeUndefined();
    expect(named('Foundation for Science and Technology')?.kind).toBe('organization');
  });
});

describe('a common noun capitalised as the first word of a sentence', () => {
  const text = [
    'City museum ordered to pull prints from its website',
    '',
    'A court in Valmont ruled on Monday, May 4, that the city museum must remove 140 prints. The agency, Lumen Press, had sued the museum last spring. Museum director Paul Oster said the prints had been taken offline. Lumen Press welcomed the ruling. Judge Amira Solberg gave the museum two weeks to comply.',
  ].join('\n');
  const named = namesIn(text, '2025-05-05');
  it('is no name when the article writes it in lower case too, but a name that opens a sentence still is', () => {
    expect(named('Museum')).toBeUndefined();
    expect(named('Paul Oster')?.kind).toBe('person');
    expect(named('Lumen Press')?.kind).toBe('organization');
  });
});

describe('"the company\'s <title>": the body referred back to', () => {
  const find = namesIn(
    [
      'Radar fault grounds flights',
      '',
      "A radar feed went dark on Sunday, Oct. 6, according to Nordlys Air Navigation, the state-owned company that runs air traffic control. Kari Berg, the company's chief executive, said a cable had been cut. Ola Lie, the union's spokesman, said crews were told nothing.",
    ].join('\n'),
    '2025-10-07',
  );

  it('names the body of that kind the sentences before named, with the sentence naming it', () => {
    expect(find('Kari Berg')?.description).toBe("the company's chief executive (Nordlys Air Navigation)");
    expect(find('Kari Berg')?.evidence).toHaveLength(2);
  });

  it('names none when no body of that kind came before', () => {
    expect(find('Ola Lie')?.description).toBe("the union's spokesman");
  });
});

describe("a body's name and a short given name", () => {
  const named = namesIn(
    [
      'Zoo to send pandas home early',
      '',
      'Zoo Negara will return its two giant pandas to China, the director said on Wednesday, October 8, 2025. The pandas, a female called Yun Yun and a male called Da Feng, will be flown to the China Conservation and Research Centre for the Giant Panda in Sichuan.',
    ].join('\n'),
    '2025-10-08',
  );

  it('reads "<X> Centre for the <Y>" as one body, and a zoo as an organisation', () => {
    expect(named('China Conservation and Research Centre for the Giant Panda')?.kind).toBe('organization');
    expect(named('Giant Panda')).toBeUndefined();
    expect(named('Zoo Negara')?.kind).toBe('organization');
  });

  it('gives no alias of two letters from a given name ("Da" reads as "the")', () => {
    expect(named('Da Feng')?.aliases).not.toContain('Da');
  });

  it('reads "<Name> Farm" as a body, and a short description with a long relative clause after a name', () => {
    const named = namesIn(
      'Seed exports halted\n\nOfficials on Monday, Feb. 2, 2026, halted exports. Balgray Farm is run by Craig Duthie, a fourth-generation grower who supplies seed to farmers in England, Egypt and Morocco.',
      '2026-02-02',
    );
    expect(named('Balgray Farm')?.kind).toBe('organization');
    expect(named('Craig Duthie')?.description).toMatch(/^a fourth-generation grower who supplies seed/);
  });

  it('knows a hyphenated name typed with a space and without its letters of other alphabets', () => {
    const named = namesIn(
      'Coach banned\n\nThe federation on Thursday, Nov. 19, 2026, banned Anders Møller-Kjær, the head coach of Limfjord HK.',
      '2026-11-19',
    );
    expect(named('Anders Møller-Kjær')?.aliases).toEqual(
      expect.arrayContaining(['Anders Moller Kjaer', 'Moller Kjaer']),
    );
  });

  it('gives "its <role>" the body the sentence before names first ("<Firm>, a ... company, signed ... <A>, its chief executive")', () => {
    const named = namesIn(
      'Firm backs trials\n\nOn Monday, March 2, 2026, researchers reported the result. Clearstream Remediation, a water company, signed an agreement with the university last month. David Okafor, its chief executive, said the company would pay.',
      '2026-03-02',
    );
    expect(named('David Okafor')?.description).toMatch(/chief executive \(Clearstream Remediation\)/);
  });
});

describe('capitalised words that name no one', () => {
  it('takes no person from a common phrase the article also writes in lower case', () => {
    const named = namesIn(
      "Theatre closes for repairs\n\nThe city closed the Ostrava Civic Theatre on Monday, May 5, more than a year after a storm damaged its roof. Director Eva Novak said the company's New Year production would move to a smaller stage.",
      '2025-05-05',
    );
    expect(named('New Year')).toBeUndefined();
    expect(named('Eva Novak')?.kind).toBe('person');
  });

  it('ends a name before a participle after a hyphen ("<country>-flagged")', () => {
    const named = namesIn(
      'Ship held at Vastby\n\nHarbour officials on Monday, May 5, stopped the Panama-flagged Silver Tern at Norra Pier in Vastby.',
      '2025-05-05',
    );
    expect(named('Panama-flagged Silver Tern')).toBeUndefined();
    expect(named('Silver Tern')).toBeDefined();
  });
});

describe('a part of something opening a sentence', () => {
  it('"Half of <City>\'s fleet", "Most of <Country>" name no one, however wink tags the first word', () => {
    const names = namesIn(
      [
        'Cracked wheels take trams off the line',
        '',
        "Half of Torvik's tram fleet was taken out of service on Tuesday, March 4, after checks found cracks in 14 wheels. Most of Norway's other operators bought the same wheels. Lene Berg, the city's transport director, said buses would run instead.",
      ].join('\n'),
      '2025-03-05',
    );
    expect(names('Half of Torvik')).toBeUndefined();
    expect(names('Most of Norway')).toBeUndefined();
    expect(names('Lene Berg')?.kind).toBe('person');
  });
});

describe('a city before the word for a body', () => {
  it('"a <city> company" is where the company is, not a body of its own', () => {
    const named = namesIn(
      'Drone crew traced\n\nThe flights were traced on Monday, May 12, to Mistral Lumière Productions, a Marseille company that was shooting an advertisement.',
      '2025-05-12',
    );
    expect(named('Marseille')?.kind).toBe('place');
    expect(named('Mistral Lumière Productions')?.kind).toBe('organization');
  });
});
