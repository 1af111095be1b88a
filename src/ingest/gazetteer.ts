/** General English for reading any article (`data/language/gazetteer.json`), validated and indexed once. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { FactStoreError } from '../facts/fact-store-error.js';
import { findDataDir } from '../facts/load-facts.js';

const gazetteerSchema = z.object({
  countries: z.record(z.string(), z.string()),
  countryAliases: z.record(z.string(), z.string()),
  capitals: z.record(z.string(), z.string()).default({}),
  roles: z.array(z.string().min(2)),
  honorifics: z.array(z.string().min(2)),
  organisationWords: z.array(z.string().min(2)),
  placeWords: z.array(z.string().min(2)),
  groupNouns: z.array(z.string().min(2)).default([]),
  reportingVerbs: z.array(z.string().regex(/^[a-z]+$/)),
  causeConnectives: z.array(z.string().min(2)),
  causeVerbs: z.array(z.string().min(2)).default([]),
});

export interface Gazetteer {
  /** Country name (or alias) to its canonical name. */
  readonly country: ReadonlyMap<string, string>;
  /** Canonical country name to its adjective, and the adjective (lower case) back to the country. */
  readonly demonym: ReadonlyMap<string, string>;
  readonly countryOfDemonym: ReadonlyMap<string, string>;
  /** A capital city to its country's canonical name: news says "<capital>" for its country's government. */
  readonly capitalOf: ReadonlyMap<string, string>;
  readonly roles: ReadonlySet<string>;
  readonly honorifics: ReadonlySet<string>;
  readonly organisationWords: ReadonlySet<string>;
  readonly placeWords: ReadonlySet<string>;
  /** Plural nouns that make a name into a group of people: "<country> officials", "<club> fans". */
  readonly groupNouns: ReadonlySet<string>;
  readonly reportingVerbs: ReadonlySet<string>;
  readonly causeConnectives: readonly string[];
  /** Verbs of causing ("cause", "lead to"), which a sentence grounds with a cause connective. */
  readonly causeVerbs: ReadonlySet<string>;
}

/** Reads `data/language/gazetteer.json`. */
export function loadGazetteer(dataDir: string = findDataDir()): Gazetteer {
  const path = join(dataDir, 'language', 'gazetteer.json');
  const parsed = gazetteerSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.success) {
    throw new FactStoreError(
      parsed.error.issues.map((i) => `gazetteer.json ${i.path.join('.')}: ${i.message}`),
    );
  }
  const g = parsed.data;
  const country = new Map<string, string>(Object.keys(g.countries).map((c) => [c, c]));
  for (const [alias, name] of Object.entries(g.countryAliases)) country.set(alias, name);
  return {
    country,
    demonym: new Map(Object.entries(g.countries)),
    countryOfDemonym: new Map(Object.entries(g.countries).map(([c, d]) => [d.toLowerCase(), c])),
    capitalOf: new Map(Object.entries(g.capitals)),
    roles: new Set(g.roles),
    honorifics: new Set(g.honorifics),
    organisationWords: new Set(g.organisationWords),
    placeWords: new Set(g.placeWords),
    groupNouns: new Set(g.groupNouns),
    reportingVerbs: new Set(g.reportingVerbs),
    causeConnectives: g.causeConnectives,
    causeVerbs: new Set(g.causeVerbs),
  };
}
