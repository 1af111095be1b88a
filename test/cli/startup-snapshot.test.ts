import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readScriptCommand } from '../../tools/quality/script-node-flags.js';

// `npm ci` and `npm run build` make the snapshots (tools/build/build-snapshot.mjs); `npm test`'s tsc writes
// dist/ again with the same content, which leaves them usable.
const root = fileURLToPath(new URL('../..', import.meta.url));
const ask = readScriptCommand(root, 'ask').flags;
const start = readScriptCommand(root, 'start').flags;
const run = (args: string[], input = '') =>
  spawnSync(process.execPath, args, {
    cwd: root,
    input,
    encoding: 'utf8',
    env: { ...process.env, LOG_LEVEL: 'warn' },
  });
const fromSnapshot = (blob: string, flags: string[], args: string[], input?: string) =>
  run(['--snapshot-blob', `dist/snapshot/${blob}.blob`, ...flags, ...args], input);
const questions = [
  'what is the article about?',
  'who did gen. brown meet?',
  'when did pelosy visit taiwan',
  'Did Chase meet Liu Zhenli?',
  'Who won the election in Taiwan?',
];
const jsonl = `${questions.map((question, i) => JSON.stringify({ id: i, question, conversation: 'c' })).join('\n')}\n{bad\n`;

describe('the start-up snapshots', () => {
  it('were built for npm run ask and npm start', () => {
    for (const name of ['ask', 'main']) expect(existsSync(`${root}dist/snapshot/${name}.blob`)).toBe(true);
  });

  // (Each case starts node twice; this machine may be busy.)
  it('answer exactly as node started the normal way, and say nothing else', { timeout: 60_000 }, () => {
    const question = questions[1] as string;
    const plain = run([...ask, 'dist/src/cli/ask.js', question]);
    const snapshot = fromSnapshot('ask', ask, ['dist/src/cli/ask.js', question]);
    expect(snapshot.stdout).toBe(plain.stdout);
    expect(snapshot.stderr).toBe('');
    expect(snapshot.status).toBe(0);
    const lines = run([...ask, 'dist/src/cli/ask.js', '--jsonl'], jsonl);
    const fromHeap = fromSnapshot('ask', ask, ['dist/src/cli/ask.js', '--jsonl'], jsonl);
    expect(fromHeap.stdout).toBe(lines.stdout);
    expect(fromHeap.stdout.trim().split('\n')).toHaveLength(questions.length + 1);
    expect(fromSnapshot('ask', ask, ['dist/src/cli/ask.js']).status).toBe(2);
  });

  it("serve npm start's console chat the same way", { timeout: 60_000 }, () => {
    const chat = 'who did gen. brown meet?\n/timeline from:2023\n/source\n';
    const plain = run([...start, 'dist/src/cli/main.js'], chat);
    const snapshot = fromSnapshot('main', start, ['dist/src/cli/main.js'], chat);
    expect(snapshot.stdout).toBe(plain.stdout);
    expect(snapshot.stderr).toBe('');
  });

  it('serve another article given with --article from the wink model in the heap', {
    timeout: 60_000,
  }, () => {
    const args = [
      'dist/src/cli/ask.js',
      '--article',
      'test/quality/articles/held-out-2/22-rotterdam-crane-collision.txt',
    ];
    const plain = run([...ask, ...args, 'who was hurt?']);
    expect(fromSnapshot('ask', ask, [...args, 'who was hurt?']).stdout).toBe(plain.stdout);
  });

  it('that no longer match the files they were made from start the entry the normal way, saying why', {
    timeout: 60_000,
  }, () => {
    // (A snapshot in another folder: it was made from this project's files, not that folder's.)
    const elsewhere = mkdtempSync(join(tmpdir(), 'factdesk-snapshot-'));
    try {
      mkdirSync(join(elsewhere, 'dist', 'snapshot'), { recursive: true });
      const blob = join(elsewhere, 'dist', 'snapshot', 'ask.blob');
      copyFileSync(`${root}dist/snapshot/ask.blob`, blob);
      const question = 'who is michael chase?';
      const stale = run(['--snapshot-blob', blob, ...ask, 'dist/src/cli/ask.js', question]);
      expect(stale.stderr).toMatch(
        /^factdesk: not starting from .*ask\.blob \(it was built in .*\); npm run build/,
      );
      expect(stale.stdout).toBe(run([...ask, 'dist/src/cli/ask.js', question]).stdout);
      expect(stale.status).toBe(0);
    } finally {
      rmSync(elsewhere, { recursive: true, force: true });
    }
  });

  it('are left alone by the launcher when node has other flags than they were made with (node would refuse them)', () => {
    const launched = spawnSync(
      'sh',
      ['bin/node-snapshot.sh', '--max-semi-space-size=8', 'dist/src/cli/ask.js', 'who is michael chase?'],
      {
        cwd: root,
        encoding: 'utf8',
      },
    );
    expect(launched.status).toBe(0);
    expect(launched.stderr).toBe('');
    expect(launched.stdout).toMatch(/deputy assistant secretary of defense/);
  });
});
