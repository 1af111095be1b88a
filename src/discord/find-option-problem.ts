import {
  type APIApplicationCommandOption,
  ApplicationCommandOptionType,
  type CommandInteractionOption,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';

const { Subcommand, SubcommandGroup } = ApplicationCommandOptionType;

/**
 * What is wrong with a slash command's options against its registration data, in words for the member:
 * no subcommand where one is needed, a required option missing, or a value of the wrong kind. Undefined
 * when the options are usable, so handlers can read them without guarding each one.
 * @example findOptionProblem(askData, []) // 'The “question” option is missing. Run /ask again and fill it in.'
 */
export function findOptionProblem(
  data: RESTPostAPIChatInputApplicationCommandsJSONBody,
  given: readonly CommandInteractionOption[],
): string | undefined {
  const declared: readonly APIApplicationCommandOption[] = data.options ?? [];
  const subcommands = declared.filter((o) => o.type === Subcommand || o.type === SubcommandGroup);
  if (subcommands.length === 0) return findMissing(declared, given, `/${data.name}`);
  const chosen = given.find((o) => o.type === Subcommand);
  const sub = subcommands.find((s) => s.name === chosen?.name && s.type === Subcommand);
  if (!chosen || !sub || sub.type !== Subcommand) {
    return `Pick what /${data.name} should do: ${subcommands.map((s) => s.name).join(', ')}.`;
  }
  return findMissing(sub.options ?? [], chosen.options ?? [], `/${data.name} ${sub.name}`);
}

function findMissing(
  declared: readonly APIApplicationCommandOption[],
  given: readonly CommandInteractionOption[],
  label: string,
): string | undefined {
  for (const option of declared) {
    const value = given.find((o) => o.name === option.name);
    if (value === undefined) {
      if ('required' in option && option.required) {
        return `The “${option.name}” option is missing. Run ${label} again and fill it in.`;
      }
      continue;
    }
    if (value.type !== option.type) {
      return `The “${option.name}” option has the wrong kind of value. Run ${label} again.`;
    }
  }
  return undefined;
}
