/** The periods `/factdesk-review` offers. */
export const REVIEW_PERIODS = {
  day: { label: 'the last 24 hours', ms: 86_400_000 },
  week: { label: 'the last 7 days', ms: 7 * 86_400_000 },
  month: { label: 'the last 30 days', ms: 30 * 86_400_000 },
  all: { label: 'all time', ms: Number.POSITIVE_INFINITY },
} as const;

export type ReviewPeriod = keyof typeof REVIEW_PERIODS;

/**
 * The start of a review period ending at `now` (Unix ms), and its label; unknown names mean a week.
 *
 * @example
 * resolveReviewPeriod('day', Date.now()) // { since: <24 h ago>, label: 'the last 24 hours' }
 */
export function resolveReviewPeriod(
  period: string | null | undefined,
  now: number,
): { since: number; label: string } {
  const chosen = REVIEW_PERIODS[(period ?? 'week') as ReviewPeriod] ?? REVIEW_PERIODS.week;
  return { since: Number.isFinite(chosen.ms) ? now - chosen.ms : 0, label: chosen.label };
}
