import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { sharedEngine } from '../../engine/engine-fixture.js';
import { type ModeratedBot, startModeratedBot, useModLogWithoutCooldown } from './start-moderated-bot.js';

const engine = sharedEngine();
/** What a member might type to make the bot render a link, a role mention and a broken layout. */
const HOSTILE = 'who is [free nitro](https://evil.example/gift) <@&123456789012345678> ``` ?';

/** The member's text shows as typed: the masked link, the role mention and the fence are all escaped. */
function expectShownAsText(value: string): void {
  expect(value).toContain('\\[free nitro\\](https://evil.example/gift)');
  expect(value).toContain('\\<\\@&123456789012345678\\>');
  expect(value).toContain('\\`\\`\\`');
  expect(value).not.toContain('[free nitro](');
  expect(value).not.toContain('<@&');
  expect(value).not.toContain('```');
}

type Field = { name: string; value: string };
const fieldsOf = (embed: { fields: Field[] }) =>
  Object.fromEntries(embed.fields.map((f) => [f.name, f.value]));

describe("members' text echoed by the bot renders as text", () => {
  let t: ModeratedBot;
  let modLog: string;

  beforeAll(async () => {
    t = await startModeratedBot({ engine });
    modLog = await useModLogWithoutCooldown(t);
  });
  afterEach(() => t.expectClean());
  afterAll(async () => {
    await t?.stop();
  });

  it('in the mod log: the question and comment of a Wrong report, the reason of a message report', async () => {
    const asked = t.interact({
      kind: 'command',
      name: 'ask',
      options: [{ name: 'question', type: 3, value: HOSTILE }],
    });
    const answer = (await t.emulator.nextCallback(asked)).body.data;
    expectShownAsText(answer.embeds[0].title);
    const wrongId = (answer.components as { components: { custom_id: string }[] }[])
      .flatMap((row) => row.components.map((b) => b.custom_id))
      .find((id) => id.startsWith('vote:w:')) as string;
    const answerId = wrongId.split(':')[2];
    await t.emulator.nextCallback(t.submitModal(`wrong:${answerId}`, 'comment', HOSTILE));
    const wrong = fieldsOf((await t.emulator.nextMessage(modLog)).body.embeds[0]);
    expectShownAsText(wrong.Question as string);
    expectShownAsText(wrong.Comment as string);

    const menu = await t.emulator.nextCallback(t.messageMenu('Report to moderators', 'a rude claim'));
    await t.emulator.nextCallback(t.submitModal(menu.body.data.custom_id, 'reason', HOSTILE));
    expectShownAsText(fieldsOf((await t.emulator.nextMessage(modLog)).body.embeds[0]).Reason as string);
  });

  it('in /factdesk-review: knowledge gaps, answers marked wrong and reported messages', async () => {
    const review = t.moderatorCommand('factdesk-review', undefined, [
      { name: 'period', type: 3, value: 'all' },
    ]);
    const card = fieldsOf((await t.emulator.nextCallback(review)).body.data.embeds[0]);
    expectShownAsText(card['Knowledge gaps (unanswered questions)'] as string);
    expectShownAsText(card['Answers marked wrong'] as string);
    expectShownAsText(card['Reported messages'] as string);
  });

  it('in the /who not-found reply and the /timeline filter line', async () => {
    const who = t.interact({
      kind: 'command',
      name: 'who',
      options: [{ name: 'name', type: 3, value: HOSTILE }],
    });
    expectShownAsText((await t.emulator.nextCallback(who)).body.data.content);
    const timeline = t.interact({
      kind: 'command',
      name: 'timeline',
      options: [{ name: 'about', type: 3, value: HOSTILE }],
    });
    expectShownAsText((await t.emulator.nextCallback(timeline)).body.data.embeds[0].description);
  });
});
