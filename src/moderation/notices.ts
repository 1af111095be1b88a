import type { DenyReason } from './check-result.js';

/**
 * Every short, private message the bot sends about moderation, in one place. Denials are shown only to
 * the person concerned (ephemeral reply, DM, or a reaction where neither is possible).
 */
export const NOTICES = {
  profanity:
    'I can’t answer that message because it contains language that isn’t allowed here. Please rephrase.',
  invite: 'I can’t answer messages that contain invite links. Please ask without the link.',
  'mass-mention':
    'I can’t answer messages that mention everyone or many people at once. Please ask without them.',
  tooLong: (maxLength: number) =>
    `That message is too long for me (over ${maxLength} characters). Please ask a shorter question.`,
  cooldown: (seconds: number) =>
    `You’re asking quickly. Please wait ${formatSeconds(seconds)} before your next question.`,
  channelNotAllowed: (channelIds: readonly string[]) =>
    channelIds.length === 0
      ? 'I don’t answer questions in this channel.'
      : `I only answer questions in ${channelIds.map((id) => `<#${id}>`).join(', ')}.`,
  'dms-off': 'Questions in direct messages are turned off. Please ask in the server.',
  noPermission: 'Only members with the Manage Server permission can use this command.',
  reportSent: 'Thanks. Your report was sent to the moderators.',
  reportNoModLog: 'Thanks. Your report was saved for the moderators.',
  feedbackThanks: 'Thanks for your feedback.',
  wrongReportSent: 'Thanks. The moderators will look at this answer.',
  reviewHandled: 'Marked as handled.',
  reviewAlreadyHandled: 'That item was already handled.',
} as const;

/** The notice for a denial reason, filled in with its details. */
export function noticeFor(
  reason: DenyReason,
  details: { seconds?: number; maxLength?: number; channelIds?: readonly string[] } = {},
): string {
  switch (reason) {
    case 'too-long':
      return NOTICES.tooLong(details.maxLength ?? 0);
    case 'cooldown':
      return NOTICES.cooldown(details.seconds ?? 1);
    case 'channel-not-allowed':
      return NOTICES.channelNotAllowed(details.channelIds ?? []);
    default:
      return NOTICES[reason];
  }
}

function formatSeconds(seconds: number): string {
  const whole = Math.max(1, Math.ceil(seconds));
  return whole === 1 ? '1 second' : `${whole} seconds`;
}
