import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StoreLocation } from '../../src/storage/moderation-store.js';
import { STORAGE_ENGINES, storeEngine } from '../support/store-engines.js';
import { compileForNode } from './compile-for-node.js';
import { makeTempFolder } from './temp-folder.js';

/** Burst replies the child must have acknowledged before it is killed (more are in flight by then). */
const BURST_ACKS = 150;

let folder: ReturnType<typeof makeTempFolder>;
beforeAll(() => {
  folder = makeTempFolder();
  compileForNode(['src/storage', 'test/storage/fixtures'], join(folder.path, 'build'));
});
afterAll(() => folder.remove());

interface Acks {
  answerId: number;
  /** Burst replies acknowledged before the kill: answer id and the writer's number. */
  burst: { answerId: number; n: number }[];
}

/** Runs the child until it has acknowledged the fixed writes and a burst, then kills it with SIGKILL. */
function runChildAndKill(where: string): Promise<Acks> {
  const script = join(folder.path, 'build', 'test', 'storage', 'fixtures', 'durability-child.js');
  const child = spawn(process.execPath, [script, where], { stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    let buffered = '';
    let stderr = '';
    let answerId: number | undefined;
    const burst: Acks['burst'] = [];
    let killed = false;
    child.stdout.on('data', (chunk: Buffer) => {
      // Once killed, nothing more counts as acknowledged (the test reads what was seen before the kill).
      if (killed) return;
      const lines = (buffered + chunk.toString()).split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) {
        const [word, a, b] = line.split(' ');
        if (word === 'ack') answerId = Number(a);
        if (word === 'burst') burst.push({ answerId: Number(a), n: Number(b) });
      }
      if (answerId !== undefined && burst.length >= BURST_ACKS) {
        killed = true;
        child.kill('SIGKILL');
      }
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (answerId !== undefined && signal === 'SIGKILL') resolve({ answerId, burst });
      else reject(new Error(`child exited (code ${code}, signal ${signal}) before the acks: ${stderr}`));
    });
  });
}

describe.each(STORAGE_ENGINES)('durability on %s', (engineName) => {
  const engine = storeEngine(engineName);
  beforeAll(() => engine.start(), 60_000);
  afterAll(() => engine.stop());

  it('keeps every acknowledged write after the process is killed hard during a burst of writes', async () => {
    const location: StoreLocation = await engine.fresh();
    const acks = await runChildAndKill(location.databaseUrl ?? location.databasePath);
    const { answerId } = acks;

    const store = await engine.open(location);
    expect(await store.settings.get('g1')).toMatchObject({
      cooldownSeconds: 42,
      answerMode: 'allowlist',
      modLogChannelId: 'c-log',
      allowedChannelIds: ['c-allowed'],
    });
    expect((await store.answers.get(answerId))?.citations).toEqual([
      { sentence: 1, text: 'First sentence.' },
    ]);
    expect(await store.answers.tally(answerId)).toEqual({ helpful: 1, wrong: 1 });
    const [wrong] = await store.review.pendingWrongAnswers({ guildId: 'g1' });
    expect(wrong).toMatchObject({ answerId, comment: 'The date is off.', question: 'Who led the talks?' });
    expect(await store.review.pendingMessageReports({ guildId: 'g1' })).toMatchObject([
      { messageId: 'm9', reporterId: 'u5', reason: 'Spam' },
    ]);
    expect(await store.review.knowledgeGaps({ guildId: 'g1' })).toMatchObject([
      { example: 'Where is x?', count: 1 },
    ]);
    expect((await store.threads.get('t1'))?.topicId).toBe('talks');

    // Every acknowledged reply of the burst is there, whole: its answer and its question-log row.
    expect(acks.burst.length).toBeGreaterThanOrEqual(BURST_ACKS);
    const missing: number[] = [];
    for (const { answerId: id, n } of acks.burst) {
      const record = await store.answers.get(id);
      if (record?.question !== `Burst question ${n}?` || record.answerText !== `Burst answer ${n}.`) {
        missing.push(n);
      }
    }
    expect(missing).toEqual([]);
    const usage = await store.review.usage({ guildId: 'g2', limit: 1 });
    // A transaction is all or nothing: as many log rows as answers, at least every acknowledged one.
    expect(usage.asked).toBeGreaterThanOrEqual(acks.burst.length);
    expect(usage.topIntents).toEqual([{ intent: 'who-is', count: usage.asked }]);
    await store.close();
  });
});
