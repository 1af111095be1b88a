/** Discord's documented message limits (https://discord.com/developers/docs/resources/message). */
export const limits = {
  content: 2000,
  embedTitle: 256,
  embedDescription: 4096,
  embedFields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  /** Sum of all text in all embeds of one message. */
  embedTotal: 6000,
  embedsPerMessage: 10,
  customId: 100,
  buttonLabel: 80,
  buttonsPerRow: 5,
  rowsPerMessage: 5,
  autocompleteChoices: 25,
  choiceName: 100,
  choiceValue: 100,
} as const;

/**
 * Shortens text to `max` characters at a word boundary, ending with an ellipsis.
 * @example truncateText('one two three', 8) // 'one two…'
 */
export function truncateText(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  // Keep a word boundary unless that would throw away most of the text.
  return `${space > max * 0.6 ? cut.slice(0, space) : cut}…`;
}
