/** Lower-case particles of a surname ("van der", "de la", "von"): part of a name, one often typed for another. */
export const SURNAME_PARTICLES: ReadonlySet<string> = new Set([
  'van',
  'von',
  'der',
  'den',
  'de',
  'la',
  'le',
  'da',
  'del',
  'dos',
  'di',
  'du',
]);
