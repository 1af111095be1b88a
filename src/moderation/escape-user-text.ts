/** Characters with a meaning in Discord's markdown or mention syntax, wherever they stand. */
const INLINE = /[\\*_~`|<>[\]@#]/g;
/** Line starts that make a list item or subtext (`- x`, `-# x`, `1. x`). */
const LINE_START = /^(\s*)(-|\d+\.)(?=\s|#)/gm;

/**
 * A member's text made safe to show in a Discord message or embed: it reads exactly as typed and renders
 * nothing. Each markdown or mention character gets a backslash, which Discord shows as the bare character:
 * a masked link `[free nitro](https://…)` shows its address, `<@&123>` stays text instead of a role pill,
 * a code fence does not swallow the layout, `@everyone` is not highlighted. Written here, without the
 * Discord library, so the moderation formatters stay plain functions; the Discord layer uses it too.
 *
 * @example escapeUserText('[free nitro](https://x.y) <@&1>') // '\\[free nitro\\](https://x.y) \\<\\@&1\\>'
 */
export function escapeUserText(text: string): string {
  return text
    .replace(INLINE, '\\$&')
    .replace(LINE_START, (_match, space: string, marker: string) =>
      marker === '-' ? `${space}\\-` : `${space}${marker.slice(0, -1)}\\.`,
    );
}
