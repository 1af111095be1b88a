import type { AutocompleteInteraction } from 'discord.js';
import type { ChoiceKind } from '../../engine/types.js';
import { answeringAt, placeOfInteraction } from '../answering-place.js';
import type { BotContext } from '../bot-context.js';
import { limits, truncateText } from '../format/discord-limits.js';

/**
 * Answers an autocomplete from the fact store's names, within Discord's limits (25 choices, 100 characters).
 * Choices whose value would not fit are skipped rather than truncated, since the value must round-trip.
 */
export async function respondWithChoices(
  interaction: AutocompleteInteraction,
  ctx: BotContext,
  kinds: readonly ChoiceKind[],
): Promise<void> {
  const prefix = String(interaction.options.getFocused()).slice(0, 100);
  const { engine } = await answeringAt(ctx, placeOfInteraction(interaction));
  const choices = engine
    .complete(prefix, kinds, limits.autocompleteChoices)
    .filter((choice) => choice.value.length > 0 && choice.value.length <= limits.choiceValue)
    .slice(0, limits.autocompleteChoices)
    .map((choice) => ({ name: truncateText(choice.name, limits.choiceName), value: choice.value }));
  await interaction.respond(choices);
}
