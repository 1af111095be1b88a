import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isFactStoreError } from '../../src/facts/fact-store-error.js';
import { defaultArticleDir, loadFactStore } from '../../src/facts/load-facts.js';
import { createNlp, splitSentences } from '../../src/nlp/create-nlp.js';

const nlp = createNlp();
const split = (text: string) => splitSentences(nlp, text);
const dataDir = defaultArticleDir();

/** A copy of the article's folder with facts.json changed by `change`, to prove the loader rejects it. */
// biome-ignore lint/suspicious/noExplicitAny: tests break the JSON on purpose, anywhere in it
function brokenCopy(change: (facts: Record<string, any>) => void): string {
  const dir = mkdtempSync(join(tmpdir(), 'factdesk-facts-'));
  for (const file of ['article.txt', 'article.json']) copyFileSync(join(dataDir, file), join(dir, file));
  const facts = JSON.parse(readFileSync(join(dataDir, 'facts.json'), 'utf8'));
  change(facts);
  writeFileSync(join(dir, 'facts.json'), JSON.stringify(facts));
  return dir;
}

const loadError = (dir: string): string => {
  try {
    loadFactStore(split, dir);
  } catch (error) {
    if (isFactStoreError(error)) return error.message;
    throw error;
  }
  return '';
};

describe('the fact store', () => {
  const store = loadFactStore(split, dataDir);

  it('keeps the article verbatim and splits it into its 12 sentences', () => {
    expect(store.text.startsWith('The United States and China wrapped up two days')).toBe(true);
    expect(store.text.trimEnd().endsWith('adds complexity to the diplomatic landscape.')).toBe(true);
    expect(store.sentences).toHaveLength(12);
    expect(store.sentences[3]?.text).toBe(
      'This meeting marked the 17th round of U.S.-China defense policy coordination talks.',
    );
  });

  it('cites every fact to article sentences', () => {
    for (const e of [
      ...store.facts.entities,
      ...store.facts.events,
      ...store.facts.statements,
      ...store.facts.disputes,
    ]) {
      expect(store.cite(e.evidence).length, e.id).toBeGreaterThan(0);
    }
  });

  it('records the reference date as inferred, with dates resolved against it', () => {
    expect(store.meta.referenceDate).toMatchObject({ date: '2024-01-09', inferred: true });
    expect(store.events.get('event:brown-liu-meeting')?.date).toMatchObject({
      text: 'last month',
      resolved: 'December 2023',
    });
    expect(store.events.get('event:taiwan-elections')?.date).toMatchObject({
      start: '2024-01-13',
      end: '2024-01-14',
    });
    expect(store.events.get('event:washington-talks')?.date).toMatchObject({
      start: '2024-01-08',
      end: '2024-01-09',
    });
  });

  it("keeps each date in the article's own words (quoted pieces, joined by ...)", () => {
    for (const event of store.facts.events) {
      for (const piece of event.date.text.split('...').map((p) => p.trim())) {
        expect(store.text.toLowerCase(), `${event.id}: "${piece}"`).toContain(piece.toLowerCase());
      }
    }
  });

  it('rejects evidence that is not in the article verbatim', () => {
    const dir = brokenCopy((f) => {
      f.events[0].evidence = ['Pelosi visited Taiwan in the summer of 2022'];
    });
    expect(loadError(dir)).toMatch(/not a verbatim part/);
  });

  it('rejects a fact without evidence', () => {
    const dir = brokenCopy((f) => {
      f.entities[0].evidence = [];
    });
    expect(loadError(dir)).toMatch(/entities\.0\.evidence/);
  });

  it('rejects data that does not match the schema or links a missing id', () => {
    expect(
      loadError(
        brokenCopy((f) => {
          f.events[0].date.start = 'August 2022';
        }),
      ),
    ).toMatch(/date\.start/);
    expect(
      loadError(
        brokenCopy((f) => {
          f.events[0].participants[0].entity = 'person:nobody';
        }),
      ),
    ).toMatch(/unknown id "person:nobody"/);
  });
});
