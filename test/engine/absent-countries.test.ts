import { describe, expect, it } from 'vitest';
import { createAbsentCountries } from '../../src/engine/absent-countries.js';
import { loadGazetteer } from '../../src/ingest/gazetteer.js';

// An invented article that names one country by its adjective and another by its capital.
const absent = createAbsentCountries(
  loadGazetteer(),
  'Kenyan officials met delegates from Lisbon on Monday to discuss the new port.',
);

describe('countries a question names that the article does not', () => {
  it('finds a country named by name, adjective or capital, once, in the order asked', () => {
    expect(absent('what did the japanese side say, and did tokyo or japan agree?')).toEqual(['Japan']);
    expect(absent('what did Russia and France think')).toEqual(['Russia', 'France']);
  });

  it('counts a country the article names in any of its forms as mentioned', () => {
    expect(absent('what did kenya want')).toEqual([]);
    expect(absent('which philippine islands are disputed')).toEqual(['Philippines']);
    expect(absent('what did the portuguese delegates say')).toEqual([]);
  });

  it('reads "us" in lower case as a pronoun and "US" as the country', () => {
    expect(absent('tell us about the port')).toEqual([]);
    expect(absent('what did the US say')).toEqual(['United States']);
  });
});
