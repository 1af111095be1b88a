/**
 * `npm run ingest -- path/to/article.txt [--date yyyy-mm-dd] [--slug name]`: builds data/articles/<slug>/
 * (the text, article.json, facts.json) and prints what it found. Facts a person marked `human` in an
 * existing facts.json are kept as they are.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { findDataDir } from '../facts/load-facts.js';
import type { Facts } from '../facts/schema.js';
import { formatIngestSummary } from '../ingest/format-summary.js';
import { loadGazetteer } from '../ingest/gazetteer.js';
import { ingestArticle } from '../ingest/ingest-article.js';
import { createNlp } from '../nlp/create-nlp.js';

const args = process.argv.slice(2);
const flag = (name: string) => {
  const at = args.indexOf(name);
  return at >= 0 ? args.splice(at, 2)[1] : undefined;
};
const date = flag('--date');
const slug = flag('--slug');
const file = args[0];
if (!file || (date && !/^\d{4}-\d{2}-\d{2}$/.test(date))) {
  process.stderr.write('usage: npm run ingest -- path/to/article.txt [--date yyyy-mm-dd] [--slug name]\n');
  process.exit(2);
}
const text = readFileSync(file, 'utf8');
const article = ingestArticle(createNlp(), loadGazetteer(), text, {
  ...(date ? { date } : {}),
  ...(slug ? { slug } : {}),
});
// A slug is one folder name, never a path.
const dir = join(
  findDataDir(),
  'articles',
  article.slug.replace(/[^a-z0-9-]+/gi, '-').replace(/^-+|-+$/g, '') || 'article',
);

/** Keeps every fact a person wrote or reviewed; ingestion only replaces its own drafts. */
function keepHuman(fresh: Facts, old: Facts): Facts {
  const human = <T extends { id: string; provenance?: { source: string; reviewed: boolean } }>(list: T[]) =>
    list.filter((f) => f.provenance?.source === 'human' || f.provenance?.reviewed);
  const merge = <T extends { id: string; provenance?: { source: string; reviewed: boolean } }>(
    a: T[],
    b: T[],
  ) => {
    const kept = human(b);
    return [...kept, ...a.filter((f) => !kept.some((k) => k.id === f.id))];
  };
  return {
    ...fresh,
    entities: merge(fresh.entities, old.entities),
    events: merge(fresh.events, old.events),
    statements: merge(fresh.statements, old.statements),
    causes: merge(fresh.causes ?? [], old.causes ?? []),
    quantities: merge(fresh.quantities ?? [], old.quantities ?? []),
  };
}

mkdirSync(dir, { recursive: true });
const factsPath = join(dir, 'facts.json');
const facts = existsSync(factsPath)
  ? keepHuman(article.facts, JSON.parse(readFileSync(factsPath, 'utf8')) as Facts)
  : article.facts;
writeFileSync(join(dir, 'article.txt'), text);
writeFileSync(join(dir, 'article.json'), `${JSON.stringify(article.meta, null, 2)}\n`);
writeFileSync(factsPath, `${JSON.stringify(facts, null, 2)}\n`);
process.stdout.write(`${formatIngestSummary({ ...article, facts })}\n\nWrote ${dir}\n`);
