/**
 * Preconditions, Sapphire style: each command, button, menu and form declares its list, and the
 * dispatcher runs it for every kind of interaction (and for messages, as questions) before the handler.
 */
import { type Check, runChecks } from '../checks.js';
import { allowedHere } from './allowed-here.js';
import { cleanText } from './clean-text.js';
import { cooldown } from './cooldown.js';
import { moderatorOnly } from './moderator-only.js';

/** The checks other layers add (`createBot({ checks })`), run on every question after the built-in ones. */
const addedChecks: Check = (request, ctx) => runChecks(ctx.checks, request, ctx);

/**
 * For anything that answers a member's text: where, what, how often, then any added checks. The order
 * matters: a filtered question is always logged and does not use up the member's next answer.
 */
export const questionChecks: readonly Check[] = [allowedHere, cleanText, cooldown, addedChecks];

export { COOLDOWN_REACTION } from './deny-by-source.js';
export { allowedHere, cleanText, cooldown, moderatorOnly };
