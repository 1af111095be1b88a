import { type ChildProcess, spawn } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

// `npm test` builds dist/ first: this is `npm start` as a process manager runs it.
const mainJs = fileURLToPath(new URL('../../dist/src/cli/main.js', import.meta.url));
/** An unprivileged user, for a file that must be read-only even when the tests run as root. */
export const NOBODY = 65534;

export interface RunningBot {
  child: ChildProcess;
  lines: string[];
  /** Resolves once a log line contains `text`. */
  waitFor(text: string): Promise<void>;
  exited: Promise<number | null>;
  /** The log lines at error level (JSON lines), and any plain lines. */
  errorLines(): string[];
}

/** Runs `npm start`'s entry point as a process manager would, with `env` over the test's environment. */
export function startMain(env: Record<string, string>, asUser?: number): RunningBot {
  const { DISCORD_TOKEN: _t, DISCORD_APPLICATION_ID: _a, DISCORD_MESSAGE_CONTENT: _m, ...rest } = process.env;
  const child = spawn(process.execPath, [mainJs], {
    cwd: env.DATABASE_PATH ? join(env.DATABASE_PATH, '..') : tmpdir(),
    env: { ...rest, LOG_LEVEL: 'info', ...env },
    ...(asUser === undefined ? {} : { uid: asUser, gid: asUser }),
  });
  const lines: string[] = [];
  const waiters: { text: string; resolve: () => void }[] = [];
  let partial = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    const parts = (partial + chunk.toString()).split('\n');
    partial = parts.pop() ?? '';
    for (const line of parts) {
      lines.push(line);
      for (const w of waiters.filter((x) => line.includes(x.text))) w.resolve();
    }
  });
  child.stdout?.resume();
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return {
    child,
    lines,
    exited,
    waitFor: (text) =>
      lines.some((l) => l.includes(text))
        ? Promise.resolve()
        : new Promise((resolve) => waiters.push({ text, resolve })),
    errorLines: () => lines.filter((l) => !l.startsWith('{') || JSON.parse(l).level === 'error'),
  };
}
