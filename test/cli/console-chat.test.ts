import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { answerConsoleLine, runConsoleChat } from '../../src/cli/console-chat.js';
import { sharedEngine } from '../engine/engine-fixture.js';

describe('the console chat', () => {
  it('answers piped lines with citations, runs /timeline, and stops at /quit', async () => {
    const input = new PassThrough();
    const output = new PassThrough();
    let printed = '';
    output.on('data', (chunk) => (printed += String(chunk)));
    const done = runConsoleChat(sharedEngine(), input, output);
    input.end('Who is Song Yanchao?\n/timeline\n/quit\nWho is Xi Jinping?\n');
    await done;
    expect(printed).toMatch(/Major General/);
    expect(printed).toMatch(/\[3\]/);
    expect(printed).toMatch(/August 2022 .*Pelosi/);
    expect(printed).not.toMatch(/President of China/);
  });

  it('/timeline takes the from, to and about of the Discord command', () => {
    const engine = sharedEngine();
    const rows = (line: string) => (answerConsoleLine(engine, line, 'c') ?? '').split('\n');
    const all = rows('/timeline');
    const labels = (query: Parameters<typeof engine.timeline>[0]) =>
      engine.timeline(query).entries.map((e) => e.label);
    for (const [line, query] of [
      ['/timeline from:2023', { from: '2023' }],
      ['/timeline to:2022', { to: '2022' }],
      ['/timeline about:Pelosi', { about: 'Pelosi' }],
      ['/timeline from:2022 to:2023 about:Taiwan', { from: '2022', to: '2023', about: 'Taiwan' }],
    ] as const) {
      const expected = labels(query);
      expect(expected.length, line).toBeGreaterThan(0);
      expect(expected.length, line).toBeLessThan(all.length);
      const shown = rows(line);
      expect(shown, line).toHaveLength(expected.length);
      for (const [i, label] of expected.entries()) expect(shown[i], line).toContain(label);
    }
  });

  it('says an unknown /command is unknown instead of asking it as a question', () => {
    const reply = answerConsoleLine(sharedEngine(), '/timelime from:2023', 'c');
    expect(reply).toMatch(/^Unknown command \/timelime\. Commands: \/timeline .*\/help, \/source, \/quit\.$/);
    expect(answerConsoleLine(sharedEngine(), '/Who is Michael Chase?', 'c')).toMatch(
      /^Unknown command \/who/,
    );
  });
});
