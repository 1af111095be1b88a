import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The repository root, found by walking up from this file to the nearest package.json, so the same code
 * works from `src/quality` (vitest) and from `dist/src/quality` (npm scripts).
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

/** Where reports are written. */
export function reportsDir(root: string = findRepoRoot()): string {
  return join(root, 'reports');
}
