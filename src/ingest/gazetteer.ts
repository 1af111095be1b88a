/** General English for reading any article (`data/language/gazetteer.json`), validated and indexed once. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { FactStoreError } from '../facts/fact-store-error.js';
import { findDataDir } from '../facts/load-facts.js';

const gazetteerSchema = z.object({
  countries: z.record(z.string(), z.string()),
  countryAliases: z.record(z.string(), z.string()),
  roles: z.array(z.string().min(2)),
  honorifics: z.array(z.string().min(2)),
  organisationWords: z.array(z.string().min(2)),
  placeWords: z.array(z.string().min(2)),
  reportingVerbs: z.array(z.string().regex(/^[a-z]+$/)),
  causeConnectives: z.array(z.string().min(2)),
});

export interface Gazetteer {
  /** Country name (or alias) to its canonical name. */
  readonly country: ReadonlyMap<string, string>;
  /** Canonical country name to its adjective, and the adjective (lower case) back to the country. */
  readonly demonym: ReadonlyMap<string, string>;
  readonly countryOfDemonym: ReadonlyMap<string, string>;
  readonly roles: ReadonlySet<string>;
  readonly honorifics: ReadonlySet<string>;
  readonly organisationWords: ReadonlySet<string>;
  readonly placeWords: ReadonlySet<string>;
  readonly reportingVerbs: ReadonlySet<string>;
  readonly causeConnectives: readonly string[];
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
    roles: new Set(g.roles),
    honorifics: new Set(g.honorifics),
    organisationWords: new Set(g.organisationWords),
    placeWords: new Set(g.placeWords),
    reportingVerbs: new Set(g.reportingVerbs),
    causeConnectives: g.causeConnectives,
  };
}
