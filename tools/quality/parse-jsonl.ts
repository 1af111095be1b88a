/**
 * Question sets are JSONL: one JSON object a line, blank lines ignored. Every line is validated, ids must not
 * repeat and every regex must compile, because a broken label would silently skew every figure computed
 * from it; errors name the line.
 */
import type { z } from 'zod';

/** Parses JSONL text with a schema; `regexes` lists the regexes of an item to check. */
export function parseJsonl<S extends z.ZodType<{ id: string }>>(
  text: string,
  schema: S,
  regexes: (item: z.infer<S>) => readonly string[],
): z.infer<S>[] {
  const items: z.infer<S>[] = [];
  const seen = new Set<string>();
  for (const [index, line] of text.split('\n').entries()) {
    if (line.trim() === '') continue;
    const where = `line ${index + 1}`;
    let parsed: unknown;
    try {
      parsed = JSON.parse(line);
    } catch (error) {
      throw new Error(`${where}: not JSON (${(error as Error).message})`);
    }
    const result = schema.safeParse(parsed);
    if (!result.success) throw new Error(`${where}: ${result.error.message}`);
    const item = result.data;
    if (seen.has(item.id)) throw new Error(`${where}: duplicate id ${item.id}`);
    seen.add(item.id);
    for (const pattern of regexes(item)) {
      try {
        new RegExp(pattern, 'i');
      } catch (error) {
        throw new Error(`${where}: bad regex ${pattern} (${(error as Error).message})`);
      }
    }
    items.push(item);
  }
  return items;
}
