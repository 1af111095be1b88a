import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { afterAll, describe, expect, it } from 'vitest';
import { findRepoRoot, publishedReportsDir, reportsOutDir } from '../../tools/quality/repo-paths.js';
import { runEval } from '../../tools/quality/run-eval.js';

const root = findRepoRoot();

describe('where npm run eval and npm run bench write', () => {
  const out = mkdtempSync(join(tmpdir(), 'factdesk-reports-'));
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('by default into a folder git ignores, not the committed reports/', () => {
    const dir = reportsOutDir([], root);
    expect(dir.startsWith(publishedReportsDir(root))).toBe(false);
    const file = relative(root, join(dir, 'eval-report.md'));
    // Exit status 0 means the path is ignored.
    expect(spawnSync('git', ['check-ignore', '-q', file], { cwd: root }).status).toBe(0);
  });

  it('into the folder after --out, and refuses --out without one', () => {
    expect(reportsOutDir(['--out', 'reports'], root)).toBe(resolve('reports'));
    expect(() => reportsOutDir(['--out'], root)).toThrow(/--out needs a folder/);
  });

  it('the eval writes its two reports there and leaves every tracked file as it was', () => {
    const tracked = () =>
      execFileSync('git', ['status', '--porcelain', '--', 'reports'], { cwd: root }).toString();
    const before = { status: tracked(), md: readFileSync(join(publishedReportsDir(root), 'eval-report.md')) };
    const { files, report } = runEval(out);
    expect(files.map((f) => relative(out, f))).toEqual(['eval-report.json', 'eval-report.md']);
    for (const file of files) expect(existsSync(file)).toBe(true);
    expect(JSON.parse(readFileSync(files[0] as string, 'utf8')).metrics.total).toBe(report.metrics.total);
    expect(tracked()).toBe(before.status);
    expect(readFileSync(join(publishedReportsDir(root), 'eval-report.md')).equals(before.md)).toBe(true);
  });
});

describe('the product build', () => {
  it('compiles no benchmark or evaluation tooling, and nothing that loads node-nlp', () => {
    const config = ts.getParsedCommandLineOfConfigFile(
      join(root, 'tsconfig.build.json'),
      {},
      {
        ...ts.sys,
        onUnRecoverableConfigFileDiagnostic: (d) => {
          throw new Error(String(d.messageText));
        },
      },
    );
    const files = (config?.fileNames ?? []).map((f) => relative(root, f));
    expect(files.length).toBeGreaterThan(50);
    expect(files.filter((f) => f.startsWith('tools/') || f.includes('quality'))).toEqual([]);
    expect(files.filter((f) => /node-nlp|\/tools\//.test(readFileSync(join(root, f), 'utf8')))).toEqual([]);
  });
});
