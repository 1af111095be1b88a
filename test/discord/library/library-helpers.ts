import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { EmulatedAttachment } from '../emulator/attachments.js';
import { makeSnowflake } from '../emulator/snowflake.js';
import { MODERATOR_PERMISSIONS, type ModeratedBot } from '../moderation/start-moderated-bot.js';

export const EPHEMERAL = 64;

/** An article fixture's bytes (test/library/fixtures). */
export const fixture = (name: string) =>
  readFileSync(join(import.meta.dirname, '../../library/fixtures', name));

/** The deferred ephemeral reply's final content (the PATCH of @original after the defer). */
export async function finalReply(t: ModeratedBot, payload: { id: string; token: string }) {
  const deferred = await t.emulator.nextCallback(payload);
  expect(deferred.body.type).toBe(5);
  expect(deferred.body.data.flags).toBe(EPHEMERAL);
  return (
    await t.emulator.nextRequest({
      method: 'PATCH',
      path: new RegExp(`/webhooks/\\d+/${payload.token}/messages/@original`),
    })
  ).body;
}

/** The article id in an "Added article #N: …" summary. */
export function addedId(reply: { embeds: { title: string }[] }): string {
  const title = reply.embeds[0]?.title ?? '';
  expect(title).toMatch(/^Added article #\d+: /);
  return /#(\d+)/.exec(title)?.[1] as string;
}

/** `/factdesk-article add` with a file the emulator serves, as a moderator; resolves with the new id. */
export async function addArticleFile(t: ModeratedBot, file: EmulatedAttachment): Promise<string> {
  const payload = t.interact(
    { kind: 'command', name: 'factdesk-article' },
    { user: t.moderator, permissions: MODERATOR_PERMISSIONS },
    {
      data: {
        id: makeSnowflake(),
        name: 'factdesk-article',
        type: 1,
        options: [{ name: 'add', type: 1, options: [{ name: 'file', type: 11, value: file.id }] }],
        resolved: { attachments: { [file.id]: file } },
      },
    },
  );
  return addedId(await finalReply(t, payload));
}

/** `/factdesk-article use article:<id>` by a moderator in `channelId`; waits for the confirmation. */
export async function bindChannel(t: ModeratedBot, channelId: string, articleId: string) {
  const reply = await t.emulator.nextCallback(
    t.interact(
      { kind: 'command', name: 'factdesk-article' },
      { user: t.moderator, permissions: MODERATOR_PERMISSIONS, channelId },
      {
        data: {
          id: makeSnowflake(),
          name: 'factdesk-article',
          type: 1,
          options: [{ name: 'use', type: 1, options: [{ name: 'article', type: 3, value: articleId }] }],
        },
      },
    ),
  );
  expect(reply.body.data.content).not.toMatch(/no such article/);
  return reply;
}
