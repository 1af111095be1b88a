/** General English for reading any article (`data/language/gazetteer.json`), validated and indexed once. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { FactStoreError } from '../facts/fact-store-error.js';
import { findDataDir } from '../facts/load-facts.js';
import { oncePerDataDir } from '../facts/once-per-data-dir.js';

const gazetteerSchema = z.object({
  countries: z.record(z.string(), z.string()),
  countryAliases: z.record(z.string(), z.string()),
  capitals: z.record(z.string(), z.string()).default({}),
  cities: z.record(z.string(), z.string()).default({}),
  roles: z.array(z.string().min(2)),
  honorifics: z.array(z.string().min(2)),
  organisationWords: z.array(z.string().min(2)),
  nameAdjectives: z.array(z.string().min(2)).default([]),
  placeWords: z.array(z.string().min(2)),
  groupNouns: z.array(z.string().min(2)).default([]),
  bodyOwnedNouns: z.array(z.string().min(2)).default([]),
  partWords: z.array(z.string().regex(/^[a-z]+$/)).default([]),
  stormWords: z.array(z.string().min(2)).default([]),
  reportingVerbs: z.array(z.string().regex(/^[a-z]+$/)),
  causeConnectives: z.array(z.string().min(2)),
  causeVerbs: z.array(z.string().min(2)).default([]),
  resultConnectives: z.array(z.string()).default([]),
  purposeConnectives: z.array(z.string()).default([]),
  sequenceConnectives: z.array(z.string()).default([]),
  blameConnectives: z.array(z.string()).default([]),
  currencies: z.record(z.string(), z.string().min(1)).default({}),
  numberScales: z.record(z.string(), z.number().positive()).default({}),
  percentWords: z.array(z.string().min(1)).default([]),
  measureUnits: z.array(z.string().min(1)).default([]),
  casualtyWords: z.array(z.string().min(2)).default([]),
  numberWords: z.record(z.string(), z.number().int().positive()).default({}),
  numberQualifiers: z.array(z.string().min(2)).default([]),
});

/**
 * How a cause connective joins its two sides: the cause after it ("because"), the result after it ("led
 * to"), a purpose after it ("to prevent"), an earlier happening after it ("after"), or a blamed cause
 * ("blamed <result> on <cause>").
 */
export type ConnectiveRole = 'cause' | 'result' | 'purpose' | 'sequence' | 'blame';

export interface Gazetteer {
  /** Country name (or alias) to its canonical name. */
  readonly country: ReadonlyMap<string, string>;
  /** Canonical country name to its adjective, and the adjective (lower case) back to the country. */
  readonly demonym: ReadonlyMap<string, string>;
  readonly countryOfDemonym: ReadonlyMap<string, string>;
  /** A capital city to its country's canonical name: news says "<capital>" for its country's government. */
  readonly capitalOf: ReadonlyMap<string, string>;
  /** A large city that is no capital to its country's canonical name: a place, never its government. */
  readonly cityOf: ReadonlyMap<string, string>;
  readonly roles: ReadonlySet<string>;
  readonly honorifics: ReadonlySet<string>;
  readonly organisationWords: ReadonlySet<string>;
  /** Adjectives that open institutions' names ("High Court"): alone, no short name of the body. */
  readonly nameAdjectives: ReadonlySet<string>;
  readonly placeWords: ReadonlySet<string>;
  /** Plural nouns that make a name into a group of people: "<country> officials", "<club> fans". */
  readonly groupNouns: ReadonlySet<string>;
  /** What only a body has, after a name's possessive: "<Name>'s chief executive", "<Name>'s shares". */
  readonly bodyOwnedNouns: ReadonlySet<string>;
  /** Words for a part or an amount of something ("half", "most", "parts"): "<Word> of <Name>" opening a sentence is no name. */
  readonly partWords: ReadonlySet<string>;
  /** Words that open a storm's name ("Typhoon <Name>"): a weather event, no person, body or place. */
  readonly stormWords: ReadonlySet<string>;
  readonly reportingVerbs: ReadonlySet<string>;
  readonly causeConnectives: readonly string[];
  /** Verbs of causing ("cause", "lead to"), which a sentence grounds with a cause connective. */
  readonly causeVerbs: ReadonlySet<string>;
  /** Every cause connective (lower case) with how it joins its sides. */
  readonly connectives: ReadonlyMap<string, ConnectiveRole>;
  /** A currency symbol or word to the currency's name: "€" and "euros" to "euro". */
  readonly currencies: ReadonlyMap<string, string>;
  /** "million" to 1e6, "bn" to 1e9. */
  readonly numberScales: ReadonlyMap<string, number>;
  readonly percentWords: readonly string[];
  /** Units of measure in the singular: "kilometre", "hectare", "day". */
  readonly measureUnits: ReadonlySet<string>;
  /** What a count of people or things comes to: "killed", "injured", "destroyed". */
  readonly casualtyWords: ReadonlySet<string>;
  /** Number words beyond "ten" ("fourteen", "twenty"); "one" to "ten" are in src/nlp/number-words.ts. */
  readonly numberWords: ReadonlyMap<string, number>;
  /** Words that qualify a number and belong with it: "about", "more than", "at least". */
  readonly numberQualifiers: readonly string[];
}

/** Reads `data/language/gazetteer.json`. */
function readGazetteer(dataDir: string): Gazetteer {
  const path = join(dataDir, 'language', 'gazetteer.json');
  const parsed = gazetteerSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.success) {
    throw new FactStoreError(
      parsed.error.issues.map((i) => `gazetteer.json ${i.path.join('.')}: ${i.message}`),
    );
  }
  const g = parsed.data;
  const roles: [ConnectiveRole, string[]][] = [
    ['result', g.resultConnectives],
    ['purpose', g.purposeConnectives],
    ['sequence', g.sequenceConnectives],
    ['blame', g.blameConnectives],
  ];
  const connectives = new Map<string, ConnectiveRole>(
    g.causeConnectives.map((c) => [c.toLowerCase(), 'cause']),
  );
  for (const [role, list] of roles) {
    for (const c of list) {
      // A role only refines a connective of the main list, so a typo cannot add one silently.
      if (!connectives.has(c.toLowerCase()))
        throw new FactStoreError([`gazetteer.json ${role}Connectives: "${c}" is not in causeConnectives`]);
      connectives.set(c.toLowerCase(), role);
    }
  }
  const country = new Map<string, string>(Object.keys(g.countries).map((c) => [c, c]));
  for (const [alias, name] of Object.entries(g.countryAliases)) country.set(alias, name);
  return {
    country,
    demonym: new Map(Object.entries(g.countries)),
    countryOfDemonym: new Map(Object.entries(g.countries).map(([c, d]) => [d.toLowerCase(), c])),
    capitalOf: new Map(Object.entries(g.capitals)),
    cityOf: new Map(Object.entries(g.cities)),
    roles: new Set(g.roles),
    honorifics: new Set(g.honorifics),
    organisationWords: new Set(g.organisationWords),
    nameAdjectives: new Set(g.nameAdjectives),
    placeWords: new Set(g.placeWords),
    groupNouns: new Set(g.groupNouns),
    bodyOwnedNouns: new Set(g.bodyOwnedNouns),
    partWords: new Set(g.partWords),
    stormWords: new Set(g.stormWords),
    reportingVerbs: new Set(g.reportingVerbs),
    causeConnectives: g.causeConnectives,
    causeVerbs: new Set(g.causeVerbs),
    connectives,
    currencies: new Map(Object.entries(g.currencies)),
    numberScales: new Map(Object.entries(g.numberScales)),
    percentWords: g.percentWords,
    measureUnits: new Set(g.measureUnits),
    casualtyWords: new Set(g.casualtyWords),
    numberWords: new Map(Object.entries(g.numberWords)),
    numberQualifiers: g.numberQualifiers,
  };
}

/** Read once per data folder (src/facts/once-per-data-dir.ts). */
const loadGazetteerOnce = oncePerDataDir(readGazetteer);
export const loadGazetteer = (dataDir: string = findDataDir()) => loadGazetteerOnce(dataDir);
