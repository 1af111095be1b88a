import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runConsoleChat } from '../../src/cli/console-chat.js';
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
});
