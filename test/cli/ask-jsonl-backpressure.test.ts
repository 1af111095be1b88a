import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const askJs = `${root}dist/src/cli/ask.js`;

/** Resident memory of a process in MB, from /proc (Linux). */
function rssMb(pid: number): number {
  const match = readFileSync(`/proc/${pid}/status`, 'utf8').match(/VmRSS:\s+(\d+) kB/);
  return match ? Number(match[1]) / 1024 : Number.NaN;
}

const LINES = 300_000;
// A long id makes each reply ~450 bytes: 300,000 of them would be ~135 MB if the child buffered them.
const pad = 'x'.repeat(400);
// Bad requests (a number as question) are answered without the engine, so the run is fast.
const line = (i: number) => `{"id":"${i}-${pad}","question":${i}}\n`;

describe('npm run ask -- --jsonl piped into a slow reader', () => {
  it('keeps memory flat while the reader stalls, then delivers every line in order', async () => {
    const child = spawn(process.execPath, [askJs, '--jsonl'], { cwd: root });
    const writing = (async () => {
      for (let i = 0; i < LINES; i++) {
        if (!child.stdin.write(line(i))) await new Promise((r) => child.stdin.once('drain', r));
      }
      child.stdin.end();
    })();
    // The reader takes the first chunk, then stops reading for a while: the slow consumer.
    const firstChunk = await new Promise<Buffer>((resolve) => child.stdout.once('data', resolve));
    child.stdout.pause();
    const atFirst = rssMb(child.pid as number);
    let peak = atFirst;
    for (let t = 0; t < 25; t++) {
      await sleep(50);
      peak = Math.max(peak, rssMb(child.pid as number));
    }
    let count = 0;
    let lastId = '';
    let rest = firstChunk.toString();
    const done = new Promise<number | null>((resolve) => child.on('close', resolve));
    child.stdout.on('data', (chunk: Buffer) => {
      rest += chunk.toString();
      const parts = rest.split('\n');
      rest = parts.pop() ?? '';
      for (const p of parts) {
        const id = String(JSON.parse(p).id);
        expect(id).toBe(`${count}-${pad}`);
        count += 1;
        lastId = id;
      }
    });
    child.stdout.resume();
    await writing;
    expect(await done).toBe(0);
    console.log(`RSS at first reply ${atFirst.toFixed(0)} MB, peak while stalled ${peak.toFixed(0)} MB`);
    expect(count).toBe(LINES);
    expect(lastId).toBe(`${LINES - 1}-${pad}`);
    expect(peak - atFirst).toBeLessThan(30);
  }, 60_000);
});
