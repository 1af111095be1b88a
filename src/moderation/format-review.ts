import type { MessageReport } from '../storage/report-repository.js';
import type { ArticleUsage, KnowledgeGap, PendingWrongAnswer, UsageStats } from '../storage/review-queue.js';
import { escapeUserText } from './escape-user-text.js';
import type { ModLogEntry } from './format-mod-log.js';
import { messageLink } from './format-mod-log.js';

export interface ReviewData {
  guildId: string | null;
  periodLabel: string;
  usage: UsageStats;
  gaps: KnowledgeGap[];
  wrongAnswers: PendingWrongAnswer[];
  messageReports: MessageReport[];
  /** Per article, when the server has a library (absent or empty: no "By article" field). */
  articles?: ArticleUsage[];
}

/** Something a moderator can mark as handled; the Discord layer makes a button of each. */
export interface HandleableItem {
  kind: 'wrong-answer' | 'message-report';
  id: number;
  label: string;
}

export interface ReviewView {
  card: Omit<ModLogEntry, 'url'>;
  items: HandleableItem[];
}

const FIELD_LIMIT = 1024;

/**
 * The `/factdesk-review` card: usage, knowledge gaps, and pending reports, with the items that can be
 * marked handled.
 *
 * @example
 * const view = formatReview({ guildId, periodLabel, usage: review.usage(scope), gaps: review.knowledgeGaps(scope),
 *   wrongAnswers: review.pendingWrongAnswers(scope), messageReports: review.pendingMessageReports(scope) });
 */
export function formatReview(data: ReviewData): ReviewView {
  const { usage } = data;
  const share = Math.round(usage.answeredShare * 100);
  const intents = usage.topIntents.map((i) => `${i.intent} (${i.count})`).join(', ');
  const usageLines = [
    `${usage.asked} question${usage.asked === 1 ? '' : 's'} asked, ${share}% answered`,
    ...(usage.filtered > 0 ? [`${usage.filtered} stopped by the filter`] : []),
    ...(intents === '' ? [] : [`Top intents: ${intents}`]),
  ];
  // With a library, every line says which article it is about ([#3]; [built-in] for the bot's own).
  const byArticle = (data.articles ?? []).some((a) => a.articleId !== null);
  const tag = (articleId: number | null) =>
    byArticle ? (articleId === null ? '[built-in] ' : `[#${articleId}] `) : '';
  const articleLines = byArticle
    ? (data.articles ?? []).map(
        (a) =>
          `${tag(a.articleId)}${a.title === null ? 'the built-in article' : `“${oneLine(a.title, 60)}” (${a.referenceDate})`}: ` +
          `${a.asked} asked, ${a.asked === 0 ? 0 : Math.round((a.answered / a.asked) * 100)}% answered, ` +
          `${a.helpful} helpful, ${a.wrong} wrong, ${a.reported} message${a.reported === 1 ? '' : 's'} reported`,
      )
    : [];
  const gapLines = data.gaps.map((g) => `${tag(g.articleId)}${g.count}× “${oneLine(g.example, 120)}”`);
  const wrongLines = data.wrongAnswers.map(
    (w) =>
      `${tag(w.articleId)}#${w.reportId} “${oneLine(w.question, 80)}” → ${oneLine(w.comment, 120)}${
        w.messageId === null ? '' : ` (${messageLink(data.guildId, w.channelId, w.messageId)})`
      }`,
  );
  const reportLines = data.messageReports.map(
    (r) =>
      `${tag(r.articleId)}#${r.id} by <@${r.reporterId}>: ${oneLine(r.reason, 120)} (${messageLink(r.guildId, r.channelId, r.messageId)})`,
  );
  return {
    card: {
      title: `Review: ${data.periodLabel}`,
      color: 0x2ecc71,
      fields: [
        { name: 'Usage', value: joinLines(usageLines, 'No questions yet') },
        ...(byArticle ? [{ name: 'By article', value: joinLines(articleLines, 'None') }] : []),
        { name: 'Knowledge gaps (unanswered questions)', value: joinLines(gapLines, 'None') },
        { name: 'Answers marked wrong', value: joinLines(wrongLines, 'None pending') },
        { name: 'Reported messages', value: joinLines(reportLines, 'None pending') },
      ],
    },
    items: [
      ...data.wrongAnswers.map((w) => ({
        kind: 'wrong-answer' as const,
        id: w.reportId,
        label: `Handled: wrong #${w.reportId}`,
      })),
      ...data.messageReports.map((r) => ({
        kind: 'message-report' as const,
        id: r.id,
        label: `Handled: report #${r.id}`,
      })),
    ],
  };
}

/** A member's text on one line, shortened to `max` characters, then escaped so it renders as typed. */
function oneLine(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return escapeUserText(flat.length > max ? `${flat.slice(0, max - 1)}…` : flat);
}

/** Joins lines into one embed field value, dropping whole lines past the limit. */
function joinLines(lines: readonly string[], empty: string): string {
  if (lines.length === 0) return empty;
  let out = '';
  for (const [i, line] of lines.entries()) {
    const more = `\n…and ${lines.length - i} more`;
    const next = out === '' ? line : `${out}\n${line}`;
    if (next.length + (i < lines.length - 1 ? more.length : 0) > FIELD_LIMIT) return `${out}${more}`.trim();
    out = next;
  }
  return out;
}
