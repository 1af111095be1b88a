import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { countWords, distinctCopy, findArticles } from '../../tools/quality/article-corpus.js';
import { timeMedianMs, timePasses } from '../../tools/quality/pass-timing.js';
import { findRepoRoot, sharedArticlesDir } from '../../tools/quality/repo-paths.js';

const root = findRepoRoot();
const scratch = mkdtempSync(join(tmpdir(), 'factdesk-corpus-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('distinctCopy and countWords', () => {
  it('appends a sentence of its own to each copy and leaves the text before it as it was', () => {
    const text = 'Talks resume\n\nThe two sides met.\n\n';
    expect(distinctCopy(text, 7)).toBe('Talks resume\n\nThe two sides met.\n\nThis is benchmark copy 7.\n');
    expect(distinctCopy(text, 7)).not.toBe(distinctCopy(text, 8));
    expect(countWords(text)).toBe(6);
  });
});

describe('findArticles', () => {
  it("finds the repository's texts: the default article with the labelled set, the test articles with theirs", () => {
    const articles = findArticles(root);
    const first = articles[0];
    expect(first).toMatchObject({ path: 'data/articles/us-china-defense-talks/article.txt', source: 'repo' });
    expect(first?.questionSet).toBe('labelled');
    expect(first?.questions?.length).toBeGreaterThan(300);
    const sets = articles.filter((a) => a.questionSet === 'article');
    expect(sets.length).toBeGreaterThanOrEqual(12);
    expect(sets.map((a) => a.name)).toContain('11-ontario-courier-appeal-ruling');
    for (const a of sets) {
      expect(a.path.startsWith('test/quality/articles/')).toBe(true);
      expect(a.words).toBeGreaterThan(400);
    }
    expect(articles.every((a) => a.source === 'repo')).toBe(true);
  });

  it('adds the texts of a shared folder, with their question sets, marked shared', () => {
    const shared = join(scratch, 'shared-articles');
    mkdirSync(shared);
    writeFileSync(join(shared, '99-test.txt'), 'A headline\n\nA body of five words.\n');
    writeFileSync(
      join(shared, '99-test.questions.jsonl'),
      '{"id":"t1","question":"what?","expect":{"re":["body"]}}\n',
    );
    writeFileSync(join(shared, '98-no-questions.txt'), 'Another\n\nText.\n');
    const added = findArticles(root, shared).filter((a) => a.source === 'shared');
    expect(added.map((a) => [a.name, a.path, a.questionSet])).toEqual([
      ['98-no-questions', join(shared, '98-no-questions.txt'), undefined],
      ['99-test', join(shared, '99-test.txt'), 'article'],
    ]);
    expect(added[1]?.questions).toHaveLength(1);
  });
});

describe('sharedArticlesDir', () => {
  it('takes the folder after --shared-articles, none for none, else ../shared/articles when it exists', () => {
    const repo = join(scratch, 'repo');
    mkdirSync(repo);
    expect(sharedArticlesDir([], repo)).toBeUndefined();
    mkdirSync(join(scratch, 'shared', 'articles'), { recursive: true });
    expect(sharedArticlesDir([], repo)).toBe(join(scratch, 'shared', 'articles'));
    expect(sharedArticlesDir(['--shared-articles', 'none'], repo)).toBeUndefined();
    expect(sharedArticlesDir(['--shared-articles', scratch], repo)).toBe(resolve(scratch));
    expect(() => sharedArticlesDir(['--shared-articles'], repo)).toThrow(/needs a folder/);
    expect(() => sharedArticlesDir(['--shared-articles', join(scratch, 'nope')], repo)).toThrow(/no folder/);
  });
});

describe('pass timing', () => {
  it('times at least the minimum passes, at most the maximum, one sample per item and pass', () => {
    const asked: number[] = [];
    const run = timePasses([1, 2, 3], (x) => asked.push(x), { minPasses: 2, minMs: 0, maxPasses: 10 });
    expect(run.passes).toBe(2);
    expect(run.samples).toHaveLength(6);
    expect(asked).toEqual([1, 2, 3, 1, 2, 3]);
    expect(timePasses([1], () => 0, { minPasses: 1, minMs: 60_000, maxPasses: 4 }).passes).toBe(4);
    expect(timePasses([], () => 0, { minPasses: 3, minMs: 0, maxPasses: 5 }).samples).toEqual([]);
  });

  it('gives the median duration and the last result, and needs one run', () => {
    const timed = timeMedianMs(3, (i) => i * 2);
    expect(timed.last).toBe(4);
    expect(timed.ms).toBeGreaterThanOrEqual(0);
    expect(() => timeMedianMs(0, () => 1)).toThrow(/times >= 1/);
  });
});
