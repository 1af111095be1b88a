import type { BotContext } from './bot-context.js';

/** What a check sees of a request, whatever it came from (a message or any kind of interaction). */
export interface CheckRequest {
  source: 'message' | 'command' | 'button' | 'context-menu' | 'modal';
  userId: string;
  /** Null in DMs. */
  guildId: string | null;
  channelId: string;
  /**
   * The member's text: the question, a command's text options, the question a button asks, a form's
   * fields, or the message a context menu was used on.
   */
  text: string;
  /** The command name, or the custom id prefix of a button or form. */
  name?: string;
  /** The member's permissions in this channel as Discord sent them (interactions in a server only). */
  memberPermissions?: bigint | null;
  /** The asking message's id (messages only), for mod-log links. */
  messageId?: string;
  /**
   * The parent channel when asked in a thread, null when known not to be in one (messages only), for
   * channel allowlists; absent, the thread table is asked.
   */
  parentChannelId?: string | null;
}

/**
 * `ok: false` stops the request; `notice` is shown to the user (ephemerally for interactions by default).
 * On a message in a server, `privately` sends the notice by DM instead of into the channel, and `reaction`
 * answers with an emoji on the message instead of any text. An empty notice with no reaction denies silently.
 */
export type CheckResult =
  | { ok: true }
  | { ok: false; notice: string; ephemeral?: boolean; privately?: boolean; reaction?: string };

/**
 * A precondition run before answering, Sapphire style: return a result, don't throw.
 * @example const noDms: Check = (r) => (r.guildId ? { ok: true } : { ok: false, notice: 'Ask me in a server.' });
 */
export type Check = (request: CheckRequest, ctx: BotContext) => CheckResult | Promise<CheckResult>;

/**
 * Runs checks in order and returns the first denial, or ok. The checks of one run share a copy of the
 * request, so what they read once per request (the server's settings, see `settingsFor`) is read again on
 * the next run, never reused from an earlier one.
 */
export async function runChecks(
  checks: readonly Check[],
  request: CheckRequest,
  ctx: BotContext,
): Promise<CheckResult> {
  const thisRun = { ...request };
  for (const check of checks) {
    const result = await check(thisRun, ctx);
    if (!result.ok) return result;
  }
  return { ok: true };
}
