import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** One file a start-up snapshot was built from, as it was then. */
export interface FileStamp {
  /** Relative to the project root. */
  path: string;
  size: number;
  mtimeMs: number;
  sha256: string;
}

/** What a snapshot was built from: its code files and every file under `data/`, as they were then. */
export interface Fingerprint {
  root: string;
  files: FileStamp[];
}

const sha256 = (file: string): string => createHash('sha256').update(readFileSync(file)).digest('hex');

/** Every file under `dir` (relative to `root`), sorted, so a file added to or removed from data/ is seen too. */
export function listFiles(root: string, dir: string): string[] {
  return readdirSync(join(root, dir), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(root.length + 1))
    .sort();
}

/**
 * Stamps the files a snapshot is built from.
 * @example takeFingerprint('/repo', ['dist/src/cli/ask.js'], 'data')
 */
export function takeFingerprint(root: string, codeFiles: readonly string[], dataDir: string): Fingerprint {
  const files = [...codeFiles, ...listFiles(root, dataDir)].map((path) => {
    const stat = statSync(join(root, path));
    return { path, size: stat.size, mtimeMs: stat.mtimeMs, sha256: sha256(join(root, path)) };
  });
  return { root, files };
}

/**
 * The first reason the snapshot no longer matches the files (a file changed, gone or added under data/, or
 * the project moved), or undefined when it still does. A file whose time changed but not its content
 * (`tsc` writes dist/ again on every build) still matches: only then is it read and hashed.
 */
export function staleReason(fingerprint: Fingerprint, root: string, dataDir: string): string | undefined {
  if (root !== fingerprint.root) return `it was built in ${fingerprint.root}`;
  const data = listFiles(root, dataDir).join('\n');
  const builtData = fingerprint.files.filter((f) => f.path.startsWith(`${dataDir}/`)).map((f) => f.path);
  if (data !== builtData.join('\n')) return `the files under ${dataDir}/ are not the same ones`;
  for (const file of fingerprint.files) {
    const full = join(root, file.path);
    let stat: ReturnType<typeof statSync>;
    try {
      stat = statSync(full);
    } catch {
      return `${file.path} is gone`;
    }
    if (stat.size !== file.size || (stat.mtimeMs !== file.mtimeMs && sha256(full) !== file.sha256))
      return `${file.path} changed`;
  }
  return undefined;
}
