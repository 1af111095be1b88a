import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../../src/engine/create-engine.js';
import type { ModerationStore, StoreLocation } from '../../../src/storage/moderation-store.js';
import { STORAGE_ENGINES, storeEngine } from '../../support/store-engines.js';
import { createDiscordEmulator, type DiscordEmulator } from '../emulator/create-discord-emulator.js';
import { messagePayload } from '../emulator/payloads.js';
import { makeSnowflake } from '../emulator/snowflake.js';
import { type ModeratedBot, startModeratedBot } from './start-moderated-bot.js';

const engine = createEngine();

// The same bot restart on the SQLite file and on a PostgreSQL server.
describe.each(STORAGE_ENGINES)('moderation state survives a hard restart (%s)', (engineName) => {
  const storage = storeEngine(engineName);
  let location: StoreLocation;
  beforeAll(async () => {
    await storage.start();
    location = await storage.fresh();
  }, 60_000);
  const running: ModeratedBot[] = [];
  let abandoned: ModerationStore | undefined;
  let discord: DiscordEmulator | undefined;
  afterAll(async () => {
    for (const t of running) await t.stop({ removeFiles: false }).catch(() => {});
    await discord?.close();
    await abandoned?.close();
    await storage.stop();
  });

  it('a vote, a wrong-answer report and a setting filed through the bot are still there after restart', async () => {
    // One "Discord" (same server and channel ids) across the bot's restart.
    discord = await createDiscordEmulator();
    const first = await startModeratedBot({ engine, ...location, emulator: discord });
    running.push(first);
    await first.emulator.nextCallback(
      first.moderatorCommand('factdesk-settings', 'cooldown', [{ name: 'seconds', type: 4, value: 42 }]),
    );
    first.say('Who is Michael Chase?');
    const reply = await first.emulator.nextMessage();
    const rows = reply.body.components as { components: { custom_id: string }[] }[];
    const wrongId = rows
      .flatMap((r) => r.components.map((b) => b.custom_id))
      .find((id) => id.startsWith('vote:w:'));
    const modal = await first.emulator.nextCallback(
      first.interact({ kind: 'button', customId: wrongId as string, message: reply.response }),
    );
    const input = modal.body.data.components[0].components[0];
    await first.emulator.nextCallback(
      first.submitModal(modal.body.data.custom_id, input.custom_id, 'Wrong title, says the reader'),
    );

    const target = messagePayload(first.world, { author: first.world.otherUser, content: 'off-topic spam' });
    const menu = first.interact(
      { kind: 'command', name: 'Report to moderators' },
      {},
      {
        data: {
          id: makeSnowflake(),
          name: 'Report to moderators',
          type: 3,
          target_id: target.id,
          resolved: { messages: { [target.id]: target } },
        },
      },
    );
    const reportModal = (await first.emulator.nextCallback(menu)).body.data;
    await first.emulator.nextCallback(
      first.submitModal(
        reportModal.custom_id,
        reportModal.components[0].components[0].custom_id,
        'Spam link',
      ),
    );

    // A crash: the bot goes away without closing its database connection.
    abandoned = first.store;
    running.pop();
    await first.stop({ closeStore: false, removeFiles: false });

    const second = await startModeratedBot({ engine, ...location, emulator: discord });
    running.push(second);
    const settings = await second.emulator.nextCallback(second.moderatorCommand('factdesk-settings', 'show'));
    expect(JSON.stringify(settings.body.data.embeds)).toContain('42 s between questions');
    const review = await second.emulator.nextCallback(
      second.moderatorCommand('factdesk-review', undefined, [{ name: 'period', type: 3, value: 'all' }]),
    );
    const card = JSON.stringify(review.body.data.embeds[0]);
    expect(card).toContain('Wrong title, says the reader');
    expect(card).toContain('Who is Michael Chase?');
    expect(card).toMatch(/1 question asked/);
    expect(card).toContain('Spam link');
    second.expectClean();
  });
});
