/** Why a question is not answered. */
export type DenyReason =
  | 'profanity'
  | 'mass-mention'
  | 'invite'
  | 'too-long'
  | 'cooldown'
  | 'channel-not-allowed'
  | 'dms-off';

export interface Denied {
  ok: false;
  reason: DenyReason;
  /** What to tell the asker, privately (ephemeral reply, DM or a reaction); from `notices.ts`. */
  notice: string;
  /** False when the asker was already told (e.g. the rest of a burst during a cooldown): deny silently. */
  notify: boolean;
  /** Whether moderators should see the event in the mod log (with a link, never the text). */
  logToModLog: boolean;
}

/** The result of a pre-answer check, Sapphire style: ok, or a reason and a message; never an exception. */
export type CheckResult = { ok: true } | Denied;

export const ALLOWED: CheckResult = Object.freeze({ ok: true });
