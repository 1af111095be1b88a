/** Text with every regular-expression metacharacter escaped, to match it literally inside a pattern. */
export const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
