import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { apology } from '../../src/discord/handle-interaction.js';
import { messageApology } from '../../src/discord/handle-message.js';
import { createEngine } from '../../src/engine/create-engine.js';
import type { Engine } from '../../src/engine/types.js';
import { startTestBot, type TestBot } from './start-test-bot.js';

/** The real engine, except that `ask` throws the next `failures` times (a broken dependency). */
function engineFailingNext(engine: Engine) {
  const state = { failures: 0 };
  const wrapped = new Proxy(engine, {
    get(target, key, receiver) {
      if (key === 'ask' && state.failures > 0) {
        state.failures -= 1;
        return () => {
          throw new Error('engine exploded');
        };
      }
      const value = Reflect.get(target, key, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  return { engine: wrapped, state };
}

describe('resilience', () => {
  let t: TestBot;
  const failing = engineFailingNext(createEngine());
  const ask = async (question: string) => {
    t.emulator.injectMessage({
      author: t.world.user,
      content: `<@${t.world.bot.id}> ${question}`,
      mentions: [t.world.bot],
    });
    return (await t.emulator.nextMessage()).body.content as string;
  };

  beforeAll(async () => {
    t = await startTestBot({ engine: failing.engine });
  });
  afterEach(() => {
    expect(t.errors).toEqual([]);
  });
  afterAll(async () => {
    await t?.stop();
  });

  it('resumes after the gateway closes with a resumable code and answers the next message', async () => {
    await t.emulator.closeGatewayAndAwaitResume(4000);
    expect(await ask('Who is Michael Chase?')).toMatch(/deputy assistant secretary/i);
  });

  it('resumes after an op 7 reconnect request and answers the next message', async () => {
    await t.emulator.reconnectAndAwaitResume();
    expect(await ask('Where were the talks held?')).toMatch(/Washington/);
  });

  it('waits out a 429 and still delivers the reply', async () => {
    const path = `/channels/${t.world.channelId}/messages`;
    t.emulator.rateLimitNext({ method: 'POST', path }, 0.05);
    const before = t.emulator.requests.length;
    expect(await ask('Who is Michael Chase?')).toMatch(/deputy assistant secretary/i);
    const attempts = t.emulator.requests.slice(before).filter((r) => r.path === path);
    expect(attempts.map((r) => r.status)).toEqual([429, 200]);
  });

  it('apologises ephemerally when a command handler throws, then answers the next question', async () => {
    failing.state.failures = 1;
    const broken = t.emulator.injectInteraction({
      kind: 'command',
      name: 'ask',
      options: [{ name: 'question', type: 3, value: 'Who is Michael Chase?' }],
    });
    const sorry = (await t.emulator.nextCallback(broken)).body;
    expect(sorry.data).toMatchObject({ content: apology, flags: 64 });
    expect(t.errorLogs().some((line) => line.includes('engine exploded'))).toBe(true);

    const next = t.emulator.injectInteraction({
      kind: 'command',
      name: 'ask',
      options: [{ name: 'question', type: 3, value: 'Who is Michael Chase?' }],
    });
    expect((await t.emulator.nextCallback(next)).body.data.embeds[0].description).toMatch(
      /deputy assistant/i,
    );
  });

  it('apologises when a message handler throws, then answers the next message', async () => {
    failing.state.failures = 1;
    expect(await ask('Who is Michael Chase?')).toBe(messageApology);
    expect(await ask('Who is Michael Chase?')).toMatch(/deputy assistant secretary/i);
  });
});
