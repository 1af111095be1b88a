import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { NOTICES } from '../../../src/moderation/notices.js';
import { sharedEngine } from '../../engine/engine-fixture.js';
import { type ModeratedBot, startModeratedBot } from './start-moderated-bot.js';

const engine = sharedEngine();
const CHECK = 'Check against the article';

describe('every kind of interaction goes through its declared checks', () => {
  let t: ModeratedBot;
  // A fixed clock: a cooldown window never ends during the test.
  const now = () => 1_700_000_000_000;
  const settings = async (sub: string, option: { name: string; type: number; value: string | number }) =>
    t.emulator.nextCallback(t.moderatorCommand('factdesk-settings', sub, [option]));

  beforeAll(async () => {
    t = await startModeratedBot({ engine, now });
  });
  afterEach(() => t.expectClean());
  afterAll(async () => {
    await t?.stop();
  });

  it('"Check against the article" respects the cooldown a question just started', async () => {
    await settings('cooldown', { name: 'seconds', type: 4, value: 60 });
    const asked = t.interact({
      kind: 'command',
      name: 'ask',
      options: [{ name: 'question', type: 3, value: 'Who is Michael Chase?' }],
    });
    expect((await t.emulator.nextCallback(asked)).body.data.embeds[0].description).toMatch(/deputy/i);
    const checked = (await t.emulator.nextCallback(t.messageMenu(CHECK, 'The talks were in Washington.')))
      .body;
    expect(checked.data).toMatchObject({
      content: expect.stringMatching(/^You’re asking quickly/),
      flags: 64,
    });
    expect(checked.data.embeds ?? []).toEqual([]);
  });

  it('"Check against the article" respects the channel allowlist, and answers where allowed', async () => {
    await settings('cooldown', { name: 'seconds', type: 4, value: 0 });
    const qa = t.addChannel('qa');
    await settings('answer-mode', { name: 'mode', type: 3, value: 'allowlist' });
    await settings('allow-channel', { name: 'channel', type: 7, value: qa });
    const elsewhere = await t.emulator.nextCallback(t.messageMenu(CHECK, 'The talks were in Washington.'));
    expect(elsewhere.body.data).toMatchObject({ content: NOTICES.channelNotAllowed([qa]), flags: 64 });
    const there = await t.emulator.nextCallback(
      t.messageMenu(CHECK, 'The talks were in Washington.', { channelId: qa }),
    );
    expect(JSON.stringify(there.body.data.embeds)).toMatch(/washington/i);
    await settings('answer-mode', { name: 'mode', type: 3, value: 'everywhere' });
  });

  it('"Report to moderators" stays open everywhere and to anyone (a moderation tool, not a question)', async () => {
    await settings('cooldown', { name: 'seconds', type: 4, value: 60 });
    const first = await t.emulator.nextCallback(t.messageMenu('Report to moderators', 'claim one'));
    const second = await t.emulator.nextCallback(t.messageMenu('Report to moderators', 'claim two'));
    expect([first.body.type, second.body.type]).toEqual([9, 9]);
  });
});
