import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findRepoRoot } from '../../tools/quality/repo-paths.js';
import { readScriptCommand, readScriptNodeFlags } from '../../tools/quality/script-node-flags.js';

const dir = mkdtempSync(join(tmpdir(), 'factdesk-flags-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const withScripts = (scripts: Record<string, string>): string => {
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ scripts }));
  return dir;
};

describe('readScriptNodeFlags', () => {
  it('returns the flags between node and the entry file', () => {
    const root = withScripts({ ask: 'node --max-semi-space-size=2 --heap-growing-percent=30 dist/a.js --x' });
    expect(readScriptNodeFlags(root, 'ask')).toEqual([
      '--max-semi-space-size=2',
      '--heap-growing-percent=30',
    ]);
  });

  it("reads node's flags through the start-up snapshot launcher too", () => {
    const root = withScripts({ ask: 'sh bin/node-snapshot.sh --max-semi-space-size=2 dist/a.js --x' });
    expect(readScriptNodeFlags(root, 'ask')).toEqual(['--max-semi-space-size=2']);
  });

  it('returns no flags for a plain node script', () => {
    expect(readScriptNodeFlags(withScripts({ ask: 'node dist/a.js' }), 'ask')).toEqual([]);
  });

  it('refuses a script that is missing or does not run node directly', () => {
    const root = withScripts({ ask: 'tsc && node dist/a.js' });
    expect(() => readScriptNodeFlags(root, 'ask')).toThrow(/does not start with node/);
    expect(() => readScriptNodeFlags(root, 'start')).toThrow(/no "start" script/);
  });

  it("reads the environment a script sets before node, as npm start sets malloc's threshold", () => {
    const root = withScripts({
      start: 'MALLOC_MMAP_THRESHOLD_=131072 node --max-semi-space-size=4 dist/a.js',
    });
    expect(readScriptCommand(root, 'start')).toEqual({
      env: { MALLOC_MMAP_THRESHOLD_: '131072' },
      flags: ['--max-semi-space-size=4'],
    });
    expect(readScriptCommand(withScripts({ ask: 'node dist/a.js' }), 'ask').env).toEqual({});
  });

  it("finds node and its flags in this repository's `start` and `ask`", () => {
    const root = findRepoRoot();
    for (const script of ['start', 'ask']) {
      expect(readScriptNodeFlags(root, script)).toContain('--max-semi-space-size=4');
    }
  });
});
