/** `--article FILE [--date yyyy-mm-dd]`: ingest that article in this process and serve it instead of the default. */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { EngineOptions } from '../engine/create-engine.js';
import { loadGazetteer } from '../ingest/gazetteer.js';
import { ingestArticle } from '../ingest/ingest-article.js';
import { createNlp } from '../nlp/create-nlp.js';

/** Takes `--article` and `--date` (with their values) out of `args`, and returns the engine options they ask for. */
export function takeArticleOption(args: string[]): EngineOptions {
  const takeValue = (flag: string): string | undefined => {
    const at = args.indexOf(flag);
    if (at < 0) return undefined;
    const [, value] = args.splice(at, 2);
    return value;
  };
  const file = takeValue('--article');
  const date = takeValue('--date');
  if (!file) return {};
  const nlp = createNlp();
  const text = readFileSync(file, 'utf8');
  const article = ingestArticle(nlp, loadGazetteer(), text, {
    ...(date ? { date } : {}),
    slug: basename(file).replace(/\.[^.]+$/, ''),
  });
  return { nlp, article };
}
