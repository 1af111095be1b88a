import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// `npm test` builds dist/ first, so this runs the same command line users and the eval script run.
const root = fileURLToPath(new URL('../..', import.meta.url));
const askJs = `${root}dist/src/cli/ask.js`;
const run = (args: string[], input = '') =>
  spawnSync(process.execPath, [askJs, ...args], { cwd: root, input, encoding: 'utf8' });

describe('npm run ask', () => {
  it('prints the answer and its citation', () => {
    const out = run(['who is michael chase?']);
    expect(out.status).toBe(0);
    expect(out.stdout).toMatch(/deputy assistant secretary of defense/);
    expect(out.stdout).toMatch(/\[3\] Michael Chase, the deputy/);
  });

  it('answers JSON lines in order, one per input, nothing else on stdout, conversations kept apart', () => {
    const lines = [
      { id: 'a', question: 'Who is Nancy Pelosi?', conversation: 'x' },
      { id: 'b', question: 'Who won the election in Taiwan?' },
      { id: 'c', question: 'When did she visit Taiwan?', conversation: 'x' },
      'not json',
    ].map((l) => (typeof l === 'string' ? l : JSON.stringify(l)));
    const out = run(['--jsonl'], `${lines.join('\n')}\n`);
    const answers = out.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(answers.map((a) => a.id)).toEqual(['a', 'b', 'c', null]);
    expect(answers[1]).toMatchObject({ answered: false });
    expect(answers[2].text).toMatch(/August 2022/);
    for (const a of answers)
      expect(Object.keys(a).sort()).toEqual(['answered', 'citations', 'confidence', 'id', 'intent', 'text']);
  });
});
