import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../../src/engine/create-engine.js';
import { messagePayload } from '../emulator/payloads.js';
import { makeSnowflake } from '../emulator/snowflake.js';
import { type ModeratedBot, startModeratedBot } from '../moderation/start-moderated-bot.js';
import { addArticleFile, bindChannel, EPHEMERAL, fixture } from './library-helpers.js';

const engine = createEngine();

describe('message reports are grouped per article in /factdesk-review', () => {
  let t: ModeratedBot;
  let tradeId: string;
  let probeId: string;
  /** A channel bound to the probe article (the server's default is the trade one, added first). */
  let space: string;

  beforeAll(async () => {
    t = await startModeratedBot({ engine });
    tradeId = await addArticleFile(t, t.emulator.attachments.add('trade.txt', fixture('trade-talks.txt')));
    probeId = await addArticleFile(t, t.emulator.attachments.add('probe.txt', fixture('probe-launch.txt')));
    space = t.addChannel('space');
    await bindChannel(t, space, probeId);
  });
  afterEach(() => t.expectClean());
  afterAll(async () => {
    await t?.stop();
  });

  /** Apps > "Report to moderators" on another member's message in `channelId`, then the modal's submit there. */
  async function report(channelId: string, reason: string) {
    const target = messagePayload(t.world, { author: t.world.otherUser, content: 'some claim', channelId });
    const data = {
      id: makeSnowflake(),
      name: 'Report to moderators',
      type: 3,
      target_id: target.id,
      resolved: { messages: { [target.id]: target } },
    };
    const menu = t.interact({ kind: 'command', name: 'Report to moderators' }, { channelId }, { data });
    const modal = (await t.emulator.nextCallback(menu)).body.data;
    const input = modal.components[0].components[0].custom_id as string;
    const submit = t.interact(
      { kind: 'command', name: 'x' },
      { channelId },
      {
        type: 5,
        data: {
          custom_id: modal.custom_id,
          components: [{ type: 1, components: [{ type: 4, custom_id: input, value: reason }] }],
        },
      },
    );
    expect((await t.emulator.nextCallback(submit)).body.data.flags).toBe(EPHEMERAL);
  }

  it('tags each reported message with its channel’s article and counts it under that article', async () => {
    await report(space, 'Made-up launch date');
    await report(t.world.channelId, 'Rude');
    // A member's thread of the bound channel answers from the channel's article.
    const thread = t.addChannel('launch questions', space);
    await report(thread, 'Off-topic');
    const reports = await t.store.review.pendingMessageReports({ guildId: t.world.guildId });
    expect(reports.map((r) => [r.channelId, r.articleId])).toEqual([
      [thread, Number(probeId)],
      [t.world.channelId, Number(tradeId)],
      [space, Number(probeId)],
    ]);
    const review = await t.emulator.nextCallback(
      t.moderatorCommand('factdesk-review', undefined, [{ name: 'period', type: 3, value: 'all' }]),
    );
    const fields = Object.fromEntries(
      review.body.data.embeds[0].fields.map((f: { name: string; value: string }) => [f.name, f.value]),
    );
    const reported = (fields['Reported messages'] as string).split('\n');
    expect(reported).toContainEqual(
      expect.stringMatching(new RegExp(`^\\[#${probeId}\\] #\\d+ by <@\\d+>: Made-up`)),
    );
    expect(reported).toContainEqual(
      expect.stringMatching(new RegExp(`^\\[#${tradeId}\\] #\\d+ by <@\\d+>: Rude`)),
    );
    const byArticle = (fields['By article'] as string).split('\n');
    expect(byArticle).toContainEqual(
      expect.stringMatching(
        new RegExp(`^\\[#${probeId}\\] “Europe's Lyra probe.*: 0 asked, .*, 2 messages reported$`),
      ),
    );
    expect(byArticle).toContainEqual(
      expect.stringMatching(new RegExp(`^\\[#${tradeId}\\] “Chile and South Korea.*, 1 message reported$`)),
    );
  });
});
