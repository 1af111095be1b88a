/** What every drafted fact shares: its provenance, and ids made from its words. */

/** Provenance of a fact ingestion drafted and nobody has reviewed. */
export const AUTO = { source: 'auto', reviewed: false } as const;

/** "Sørgaard's Café" -> "sorgaard-s-cafe": the words of a name as an id part. */
export const slug = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '') || 'x';
