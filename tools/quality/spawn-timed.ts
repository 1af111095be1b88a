import { spawn } from 'node:child_process';

/** What a timed child process did. */
export interface TimedRun {
  /** Milliseconds from spawn to the first stdout line starting with `firstMarker` (or any output). */
  firstMs: number;
  /** Milliseconds from spawn to exit. */
  exitMs: number;
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Spawns a command and times it from spawn to its first output (or first line starting with `firstMarker`)
 * and to its exit. Rejects when the process exits non-zero, with its stderr, so a broken system is never
 * reported with made-up figures.
 */
export function spawnTimed(
  command: string,
  args: readonly string[],
  options: { cwd: string; firstMarker?: string; env?: NodeJS.ProcessEnv } = { cwd: process.cwd() },
): Promise<TimedRun> {
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    const since = (): number => Number(process.hrtime.bigint() - start) / 1e6;
    const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: 'pipe' });
    let firstMs = Number.NaN;
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      if (Number.isNaN(firstMs)) {
        const marker = options.firstMarker;
        if (marker === undefined || stdout.split('\n').some((line) => line.startsWith(marker)))
          firstMs = since();
      }
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.on('error', reject);
    child.on('close', (code) => {
      const run = { firstMs, exitMs: since(), code, stdout, stderr };
      if (code !== 0)
        reject(new Error(`${command} ${args.join(' ')} exited ${code}: ${stderr.slice(-2000)}`));
      else resolve(run);
    });
  });
}

/** The JSON after `<prefix> ` (e.g. `RESULT `) on a line of a child's output. */
export function parsePrefixedLine<T>(stdout: string, prefix = 'RESULT'): T {
  const line = stdout.split('\n').find((l) => l.startsWith(`${prefix} `));
  if (!line) throw new Error(`no ${prefix} line in: ${stdout.slice(-500)}`);
  return JSON.parse(line.slice(prefix.length + 1)) as T;
}
