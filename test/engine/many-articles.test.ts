import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine/create-engine.js';
import { loadGazetteer } from '../../src/ingest/gazetteer.js';
import { ingestArticle } from '../../src/ingest/ingest-article.js';
import { createNlp } from '../../src/nlp/create-nlp.js';

// Two invented articles served by engines that share the process's one wink instance.
const article = (headline: string, body: string) => `${headline}\n\n${body}`;
const first = article(
  'Harbour bridge reopens',
  'The Kessel harbour bridge reopened on Monday, April 7, after repairs. Engineer Ruth Amsel, the chief inspector of the port authority, said the cables were sound.',
);
const second = article(
  'Library wins award',
  'The Dunmore public library won a national design award on Friday, May 9. Architect Tomas Greve, the lead designer of the building, said the prize belonged to the readers.',
);

describe('many articles in one process', () => {
  it('creates one wink instance for the process, however often it is asked for', () => {
    expect(createNlp()).toBe(createNlp());
  });

  it('lets engines that share it each answer about their own article only', () => {
    const nlp = createNlp();
    const g = loadGazetteer();
    const bridge = createEngine({ nlp, article: ingestArticle(nlp, g, first, { date: '2025-04-07' }) });
    const library = createEngine({ nlp, article: ingestArticle(nlp, g, second, { date: '2025-05-09' }) });
    expect(bridge.ask('Who is Ruth Amsel?').text).toMatch(/chief inspector/);
    expect(library.ask('Who is Tomas Greve?').text).toMatch(/lead designer/);
    // The first engine still knows its names after the second was created, and not the second's.
    expect(bridge.ask('Who is Amsel?').text).toMatch(/chief inspector/);
    expect(bridge.ask('Who is Tomas Greve?').answered).toBe(false);
  });
});
