import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The repository root, found by walking up from this file to the nearest package.json, so the same code
 * works from `tools/quality` (vitest) and from `dist/tools/quality` (npm scripts).
 */
export function findRepoRoot(from: string = dirname(fileURLToPath(import.meta.url))): string {
  let dir = from;
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`no package.json above ${from}`);
    dir = parent;
  }
  return dir;
}

/** Where the labelled question set lives. */
export function questionSetPath(root: string = findRepoRoot()): string {
  return join(root, 'test', 'quality', 'questions.jsonl');
}

/** The committed copy of the reports the README quotes; only refreshed on purpose (`--out reports`). */
export function publishedReportsDir(root: string = findRepoRoot()): string {
  return join(root, 'reports');
}

/**
 * Where a run writes its reports: the folder after `--out` (relative to the working directory), else
 * `var/reports/`, which git ignores, so trying `npm run eval` or `npm run bench` leaves the tree clean.
 * @example reportsOutDir(['--out', 'reports'], '/repo') // '<cwd>/reports'
 */
export function reportsOutDir(args: readonly string[], root: string = findRepoRoot()): string {
  const at = args.indexOf('--out');
  if (at < 0) return join(root, 'var', 'reports');
  const dir = args[at + 1];
  if (!dir || dir.startsWith('--')) throw new Error('--out needs a folder, e.g. --out reports');
  return resolve(dir);
}

/**
 * The team's shared article folder, read at bench time for its texts and question sets (never copied into
 * the repository): the folder after `--shared-articles`, else `../shared/articles` beside the repository when
 * it exists; `--shared-articles none` leaves it out.
 * @example sharedArticlesDir(['--shared-articles', 'none'], '/repo') // undefined
 */
export function sharedArticlesDir(
  args: readonly string[],
  root: string = findRepoRoot(),
): string | undefined {
  const at = args.indexOf('--shared-articles');
  if (at < 0) {
    const beside = resolve(root, '..', 'shared', 'articles');
    return existsSync(beside) ? beside : undefined;
  }
  const dir = args[at + 1];
  if (!dir || dir.startsWith('--')) throw new Error('--shared-articles needs a folder (or none)');
  if (dir === 'none') return undefined;
  if (!existsSync(dir)) throw new Error(`--shared-articles: no folder ${dir}`);
  return resolve(dir);
}
