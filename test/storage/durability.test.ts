import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openModerationStore } from '../../src/storage/moderation-store.js';
import { compileForNode } from './compile-for-node.js';
import { makeTempFolder } from './temp-folder.js';

let folder: ReturnType<typeof makeTempFolder>;
beforeAll(() => {
  folder = makeTempFolder();
  compileForNode(['src/storage', 'test/storage/fixtures'], join(folder.path, 'build'));
});
afterAll(() => folder.remove());

/** Runs the child until it prints "ack", then kills it with SIGKILL at once; resolves with the ack line. */
function runChildAndKill(databasePath: string): Promise<string> {
  const script = join(folder.path, 'build', 'test', 'storage', 'fixtures', 'durability-child.js');
  const child = spawn(process.execPath, [script, databasePath], { stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    let stdout = '';
    let stderr = '';
    let ack: string | undefined;
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const line = stdout.split('\n').find((l) => l.startsWith('ack'));
      if (line !== undefined && ack === undefined) {
        ack = line;
        child.kill('SIGKILL');
      }
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (ack !== undefined && signal === 'SIGKILL') resolve(ack);
      else reject(new Error(`child exited (code ${code}, signal ${signal}) before ack: ${stderr}`));
    });
  });
}

describe('durability', () => {
  it('keeps every acknowledged write after the process is killed hard right after the reply', async () => {
    const path = join(folder.path, 'data', 'bot.sqlite');
    const ack = await runChildAndKill(path);
    const answerId = Number(ack.split(' ')[1]);

    const store = openModerationStore(path);
    const settings = store.settings.get('g1');
    expect(settings).toMatchObject({
      cooldownSeconds: 42,
      answerMode: 'allowlist',
      modLogChannelId: 'c-log',
      allowedChannelIds: ['c-allowed'],
    });
    expect(store.answers.get(answerId)?.citations).toEqual([{ sentence: 1, text: 'First sentence.' }]);
    expect(store.answers.tally(answerId)).toEqual({ helpful: 1, wrong: 1 });
    const [wrong] = store.review.pendingWrongAnswers({ guildId: 'g1' });
    expect(wrong).toMatchObject({ answerId, comment: 'The date is off.', question: 'Who led the talks?' });
    expect(store.review.pendingMessageReports({ guildId: 'g1' })).toMatchObject([
      { messageId: 'm9', reporterId: 'u5', reason: 'Spam' },
    ]);
    expect(store.review.knowledgeGaps({ guildId: 'g1' })).toMatchObject([
      { example: 'Where is x?', count: 1 },
    ]);
    expect(store.threads.get('t1')?.topicId).toBe('talks');
    store.close();
  });
});
