import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// `npm test` builds dist/ first, so this runs the same command line users and the eval script run.
const root = fileURLToPath(new URL('../..', import.meta.url));
const askJs = `${root}dist/src/cli/ask.js`;
const run = (args: string[], input = '') =>
  spawnSync(process.execPath, [askJs, ...args], { cwd: root, input, encoding: 'utf8' });
const answerKeys = ['answered', 'citations', 'confidence', 'id', 'intent', 'text'];

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
    ].map((l) => JSON.stringify(l));
    const out = run(['--jsonl'], `${lines.join('\n')}\n`);
    const answers = out.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(answers.map((a) => a.id)).toEqual(['a', 'b', 'c']);
    expect(answers[1]).toMatchObject({ answered: false });
    expect(answers[2].text).toMatch(/August 2022/);
    for (const a of answers) expect(Object.keys(a).sort()).toEqual(answerKeys);
  });

  it('gives every bad line its own error line, in order, and goes on (exit 0)', () => {
    const lines = [
      'null',
      'not json',
      '[1, 2]',
      '42',
      '"who is michael chase?"',
      '{"question": "Who is Michael Chase?"}',
      '{"id": 7, "question": 12}',
      '{"id": "q", "question": "Who is Michael Chase?", "conversation": 5}',
      '{"id": "no-question"}',
      '',
      '{"id": "ok", "question": "Who is Michael Chase?"}',
    ];
    const out = run(['--jsonl'], `${lines.join('\n')}\n`);
    expect(out.status).toBe(0);
    expect(out.stderr).toBe('');
    const replies = out.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(replies).toHaveLength(lines.length);
    expect(replies.map((r) => [r.id, r.error])).toEqual([
      [null, 'the line is not a JSON object (got null)'],
      [null, 'the line is not valid JSON'],
      [null, 'the line is not a JSON object (got an array)'],
      [null, 'the line is not a JSON object (got a number)'],
      [null, 'the line is not a JSON object (got a string)'],
      [null, 'the request has no "id"'],
      [7, '"question" must be a string (got a number)'],
      ['q', '"conversation" must be a string when given (got a number)'],
      ['no-question', 'the request has no "question"'],
      [null, 'the line is empty'],
      ['ok', undefined],
    ]);
    for (const r of replies.slice(0, -1)) {
      expect(r).toMatchObject({ answered: false, text: '', intent: null, citations: [] });
      expect(Object.keys(r).sort()).toEqual([...answerKeys, 'error'].sort());
    }
    expect(replies.at(-1)).toMatchObject({ answered: true, text: expect.stringMatching(/deputy/) });
  });
});
