import { type APIMessage, type Message, type RESTPostAPIChannelMessageJSONBody, Routes } from 'discord.js';

/** What the bot's replies to members' messages carry. */
export type ReplyBody = Pick<RESTPostAPIChannelMessageJSONBody, 'content' | 'embeds' | 'components'>;

/**
 * Replies to a member's message through the client's REST manager (its rate limits, retries and errors),
 * with what `message.reply` sends for this bot: a reply that still goes out if the question was deleted,
 * and no mentions. Why not `message.reply`: it builds a MessagePayload, resolves discord.js modules with
 * require() on every call and turns the response into a Message, about a tenth of the bot's time per
 * question under load; the bot needs only the sent message's id.
 *
 * @example const sent = await postReply(message, { content: 'The article does not say.' }); sent.id
 */
export function postReply(message: Message, body: ReplyBody): Promise<APIMessage> {
  return message.client.rest.post(Routes.channelMessages(message.channelId), {
    body: {
      ...body,
      allowed_mentions: { parse: [], replied_user: false },
      message_reference: { message_id: message.id, fail_if_not_exists: false },
    } satisfies RESTPostAPIChannelMessageJSONBody,
  }) as Promise<APIMessage>;
}
