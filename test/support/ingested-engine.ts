import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createEngine } from '../../src/engine/create-engine.js';
import type { Answer, Engine } from '../../src/engine/types.js';
import { loadGazetteer } from '../../src/ingest/gazetteer.js';
import { ingestArticle } from '../../src/ingest/ingest-article.js';
import { createNlp } from '../../src/nlp/create-nlp.js';

/**
 * A real engine (real wink model) over an article's text ingested with no hand-made facts: what every article a
 * community hands the bot gets. `date` is the article's date when its text gives none.
 */
export function ingestedEngine(text: string, options: { date?: string } = {}): Engine {
  const nlp = createNlp();
  return createEngine({ nlp, article: ingestArticle(nlp, loadGazetteer(), text, options) });
}

/**
 * Asks about an article written as lines (headline, blank line, sentences) and ingested like any other, each
 * question in a conversation of its own.
 */
export function askIngested(lines: readonly string[], date: string): (question: string) => Answer {
  const engine = ingestedEngine(lines.join('\n'), { date });
  let n = 0;
  return (question) => engine.ask(question, `q${n++}`);
}

/**
 * An engine over one of the repository's quality articles (`test/quality/articles/<dir>/<file>`), ingested like any
 * other article.
 */
export function qualityArticleEngine(dir: string, file: string): Engine {
  return ingestedEngine(
    readFileSync(join(import.meta.dirname, '..', 'quality', 'articles', dir, file), 'utf8'),
  );
}
