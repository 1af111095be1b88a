import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { AnswerListener } from '../../src/discord/bot-context.js';
import type { Check } from '../../src/discord/checks.js';
import { installShutdown } from '../../src/discord/install-shutdown.js';
import { createEngine } from '../../src/engine/create-engine.js';
import { createLogger } from '../../src/logging/create-logger.js';
import { startTestBot, type TestBot } from './start-test-bot.js';

// The hooks a later layer (moderation) plugs into, exercised through the real client.
describe('pipeline extension points', () => {
  let t: TestBot;
  const heard: Parameters<AnswerListener>[0][] = [];
  const noSecrets: Check = (request) =>
    /password/i.test(request.text)
      ? { ok: false, notice: 'Please do not share passwords here.' }
      : { ok: true };

  beforeAll(async () => {
    t = await startTestBot({
      engine: createEngine(),
      checks: [noSecrets],
      answerComponents: [
        ({ source }) => [{ type: 2, style: 3, label: 'Helpful', custom_id: `vote:up:${source}` }],
      ],
      answerListeners: [(event) => void heard.push(event)],
    });
  });
  afterEach(() => t.expectClean());
  afterAll(async () => {
    await t?.stop();
  });

  it('a denying check replaces the answer on a message', async () => {
    t.emulator.injectMessage({
      author: t.world.user,
      content: `<@${t.world.bot.id}> my password is hunter2, who is Michael Chase?`,
      mentions: [t.world.bot],
    });
    const reply = await t.emulator.nextMessage();
    expect(reply.body.content).toBe('Please do not share passwords here.');
  });

  it('a denying check answers a slash command ephemerally', async () => {
    const interaction = t.emulator.injectInteraction({
      kind: 'command',
      name: 'ask',
      options: [{ name: 'question', type: 3, value: 'what is the password?' }],
    });
    const body = (await t.emulator.nextCallback(interaction)).body;
    expect(body.data).toMatchObject({ content: 'Please do not share passwords here.', flags: 64 });
  });

  it('contributed buttons follow the suggestions, and listeners hear each answer with its message id', async () => {
    heard.length = 0;
    t.emulator.injectMessage({
      author: t.world.user,
      content: `<@${t.world.bot.id}> Who is Michael Chase?`,
      mentions: [t.world.bot],
    });
    const reply = await t.emulator.nextMessage();
    const rows = reply.body.components as { components: { custom_id: string }[] }[];
    expect(rows.at(-1)?.components.map((b) => b.custom_id)).toEqual(['vote:up:message']);
    expect(rows.length).toBeGreaterThan(1);
    await expect.poll(() => heard.length).toBe(1);
    expect(heard[0]?.messageId).toBe(reply.response.id);
    expect(heard[0]?.answer.text).toMatch(/deputy assistant secretary/i);
  });
});

describe('shutdown', () => {
  it('on SIGTERM destroys the client, runs the other steps and exits 0', async () => {
    const t = await startTestBot({ engine: createEngine() });
    const steps: string[] = [];
    const exits: number[] = [];
    const uninstall = installShutdown({
      steps: [() => t.bot.stop().then(() => void steps.push('client')), () => void steps.push('stores')],
      logger: createLogger({ write: () => {} }),
      exit: (code) => exits.push(code),
      signals: ['SIGTERM'],
    });
    try {
      process.emit('SIGTERM', 'SIGTERM');
      await expect.poll(() => exits).toEqual([0]);
      expect(steps).toEqual(['client', 'stores']);
      expect(t.bot.client.isReady()).toBe(false);
    } finally {
      uninstall();
      await t.stop();
    }
  });
});
