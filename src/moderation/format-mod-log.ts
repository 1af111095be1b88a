import type { DenyReason } from './check-result.js';
import { escapeUserText } from './escape-user-text.js';

/** A mod-log post as plain data; the Discord layer turns it into an embed (sent with no allowed mentions). */
export interface ModLogEntry {
  title: string;
  /** Link to the message concerned, when there is one. */
  url?: string;
  color: number;
  fields: { name: string; value: string; inline?: boolean }[];
}

export interface MessageRef {
  guildId: string | null;
  channelId: string;
  messageId: string | null;
}

export type ModLogEvent =
  | ({ kind: 'filtered'; reason: DenyReason; userId: string } & MessageRef)
  | ({
      kind: 'wrong-answer';
      reportId: number;
      reporterId: string;
      comment: string;
      question: string;
      answerText: string;
      citations: readonly { sentence: number; text: string }[];
    } & MessageRef)
  | ({
      kind: 'message-report';
      reportId: number;
      reporterId: string;
      targetAuthorId: string | null;
      reason: string;
    } & MessageRef)
  | ({
      kind: 'article-added' | 'article-removed';
      articleId: number;
      title: string;
      referenceDate: string;
      moderatorId: string;
    } & MessageRef);

/** Discord embed limits. */
const FIELD_LIMIT = 1024;

const COLORS = {
  filtered: 0xe67e22,
  'wrong-answer': 0xe74c3c,
  'message-report': 0x9b59b6,
  'article-added': 0x2ecc71,
  'article-removed': 0x95a5a6,
} as const;

const REASON_LABELS: Record<DenyReason, string> = {
  profanity: 'Profanity or abuse',
  'mass-mention': 'Mass mention',
  invite: 'Invite link',
  'too-long': 'Too long',
  cooldown: 'Cooldown',
  'channel-not-allowed': 'Channel not allowed',
  'dms-off': 'DMs off',
};

/**
 * Builds the link Discord uses to jump to a message.
 *
 * @example
 * messageLink('1', '2', '3') // 'https://discord.com/channels/1/2/3'
 */
export function messageLink(guildId: string | null, channelId: string, messageId: string): string {
  return `https://discord.com/channels/${guildId ?? '@me'}/${channelId}/${messageId}`;
}

/**
 * Formats a mod-log event. A filtered question is described by its reason, author and link only: its text
 * is never repeated.
 *
 * @example
 * formatModLogEntry({ kind: 'filtered', reason: 'invite', userId, guildId, channelId, messageId })
 */
export function formatModLogEntry(event: ModLogEvent): ModLogEntry {
  const url =
    event.messageId === null ? undefined : messageLink(event.guildId, event.channelId, event.messageId);
  const where = { name: 'Channel', value: `<#${event.channelId}>`, inline: true };
  const link = url === undefined ? [] : [{ name: 'Message', value: url }];
  switch (event.kind) {
    case 'filtered':
      return withUrl(url, {
        title: `Question not answered: ${REASON_LABELS[event.reason].toLowerCase()}`,
        color: COLORS.filtered,
        fields: [
          { name: 'Member', value: `<@${event.userId}>`, inline: true },
          where,
          { name: 'Reason', value: REASON_LABELS[event.reason], inline: true },
          ...link,
        ],
      });
    case 'wrong-answer':
      return withUrl(url, {
        title: `Answer marked wrong (report #${event.reportId})`,
        color: COLORS['wrong-answer'],
        fields: [
          { name: 'Reported by', value: `<@${event.reporterId}>`, inline: true },
          where,
          { name: 'Question', value: clip(escapeUserText(event.question)) },
          { name: 'Answer', value: clip(escapeUserText(event.answerText)) },
          { name: 'Citations', value: clip(formatCitations(event.citations)) },
          { name: 'Comment', value: clip(escapeUserText(event.comment)) },
          ...link,
        ],
      });
    case 'message-report':
      return withUrl(url, {
        title: `Message reported (report #${event.reportId})`,
        color: COLORS['message-report'],
        fields: [
          { name: 'Reported by', value: `<@${event.reporterId}>`, inline: true },
          ...(event.targetAuthorId === null
            ? []
            : [{ name: 'Author', value: `<@${event.targetAuthorId}>`, inline: true }]),
          where,
          { name: 'Reason', value: clip(escapeUserText(event.reason)) },
          ...link,
        ],
      });
    case 'article-added':
    case 'article-removed':
      return withUrl(url, {
        title: `Article #${event.articleId} ${event.kind === 'article-added' ? 'added to' : 'removed from'} the library`,
        color: COLORS[event.kind],
        fields: [
          { name: 'Article', value: clip(`${escapeUserText(event.title)} (${event.referenceDate})`) },
          { name: 'Moderator', value: `<@${event.moderatorId}>`, inline: true },
          where,
          ...link,
        ],
      });
  }
}

function withUrl(url: string | undefined, entry: Omit<ModLogEntry, 'url'>): ModLogEntry {
  return url === undefined ? entry : { ...entry, url };
}

function formatCitations(citations: readonly { sentence: number; text: string }[]): string {
  if (citations.length === 0) return '(none)';
  return citations.map((c) => `[${c.sentence}] ${escapeUserText(c.text)}`).join('\n');
}

/**
 * Escaped text cut to the 1–1024 characters an embed field holds, never between a backslash and the
 * character it escapes.
 */
function clip(text: string): string {
  const trimmed = text.trim();
  if (trimmed.length === 0) return '(empty)';
  if (trimmed.length <= FIELD_LIMIT) return trimmed;
  const cut = trimmed.slice(0, FIELD_LIMIT - 1);
  // An odd run of backslashes at the end would escape the ellipsis: drop the last one.
  const trailing = cut.length - cut.replace(/\\+$/, '').length;
  return `${trailing % 2 === 1 ? cut.slice(0, -1) : cut}…`;
}
