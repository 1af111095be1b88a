/** Microseconds since a `process.hrtime.bigint()` reading. */
export const sinceUs = (start: bigint): number => Number(process.hrtime.bigint() - start) / 1000;

/**
 * Runs `run` `times` times and returns the median of its durations in milliseconds, with its last result.
 * @example timeMedianMs(3, (i) => ingestArticle(nlp, gazetteer, distinctCopy(text, i))).ms
 */
export function timeMedianMs<T>(times: number, run: (i: number) => T): { ms: number; last: T } {
  const ms: number[] = [];
  let last: T | undefined;
  for (let i = 0; i < times; i++) {
    const start = process.hrtime.bigint();
    last = run(i);
    ms.push(sinceUs(start) / 1000);
  }
  if (last === undefined) throw new Error('timeMedianMs needs times >= 1');
  ms.sort((a, b) => a - b);
  return { ms: ms[Math.floor(ms.length / 2)] ?? Number.NaN, last };
}

/** How long to keep timing: at least `minPasses` and `minMs`, at most `maxPasses`. */
export interface PassBudget {
  minPasses: number;
  minMs: number;
  maxPasses: number;
}

/**
 * Times `ask` on every item, pass after pass, until the budget is spent: one sample per call, in
 * microseconds, in item order within each pass.
 * @example timePasses(questions, (q) => engine.ask(q.question), { minPasses: 3, minMs: 5000, maxPasses: 200 })
 */
export function timePasses<T>(
  items: readonly T[],
  ask: (item: T) => unknown,
  budget: PassBudget,
): { samples: number[]; passes: number } {
  const samples: number[] = [];
  const began = Date.now();
  let passes = 0;
  while (
    passes < budget.maxPasses &&
    (passes < budget.minPasses || Date.now() - began < budget.minMs) &&
    items.length > 0
  ) {
    passes++;
    for (const item of items) {
      const start = process.hrtime.bigint();
      ask(item);
      samples.push(sinceUs(start));
    }
  }
  return { samples, passes };
}
