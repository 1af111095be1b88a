import { mkdirSync, mkdtempSync, realpathSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { staleReason, takeFingerprint } from '../../src/cli/snapshot-fingerprint.js';

const root = realpathSync(mkdtempSync(join(tmpdir(), 'factdesk-fingerprint-')));
afterAll(() => rmSync(root, { recursive: true, force: true }));
mkdirSync(join(root, 'dist'));
mkdirSync(join(root, 'data', 'articles'), { recursive: true });
const write = (path: string, text: string) => writeFileSync(join(root, path), text);
write('dist/a.js', 'export const a = 1;');
write('data/articles/facts.json', '{"facts": 1}');
write('data/index.json', '{}');
const fingerprint = takeFingerprint(root, ['dist/a.js'], 'data');

describe('the start-up snapshot fingerprint', () => {
  it('holds the code files and every file under data/', () => {
    expect(fingerprint.files.map((f) => f.path)).toEqual([
      'dist/a.js',
      'data/articles/facts.json',
      'data/index.json',
    ]);
    expect(staleReason(fingerprint, root, 'data')).toBeUndefined();
  });

  it('still matches a file written again with the same content (tsc rewrites dist/ on every build)', () => {
    utimesSync(join(root, 'dist/a.js'), new Date(), new Date(Date.now() + 5000));
    expect(staleReason(fingerprint, root, 'data')).toBeUndefined();
  });

  it('is stale when a file changed, even to the same size', () => {
    write('data/articles/facts.json', '{"facts": 2}');
    utimesSync(join(root, 'data/articles/facts.json'), new Date(), new Date(Date.now() + 9000));
    expect(staleReason(fingerprint, root, 'data')).toBe('data/articles/facts.json changed');
    write('data/articles/facts.json', '{"facts": 1}');
  });

  it('is stale when a data file is added or a file is gone', () => {
    write('data/articles/extra.json', '{}');
    expect(staleReason(fingerprint, root, 'data')).toMatch(/files under data\/ are not the same/);
    rmSync(join(root, 'data/articles/extra.json'));
    rmSync(join(root, 'dist/a.js'));
    expect(staleReason(fingerprint, root, 'data')).toBe('dist/a.js is gone');
    write('dist/a.js', 'export const a = 1;');
    expect(staleReason(fingerprint, root, 'data')).toBeUndefined();
  });

  it('is stale when the project is somewhere else', () => {
    expect(staleReason(fingerprint, join(root, 'elsewhere'), 'data')).toMatch(/built in/);
  });
});
