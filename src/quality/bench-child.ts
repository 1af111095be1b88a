/**
 * One benchmarked system in its own process, so its start-up time and peak memory are its own.
 * Usage (by run-bench): node bench-child.js <mode> <system> '<options json>'
 *   mode "startup": answer the first question and exit; "run": the full measurement; "profile": a
 *   CPU-profiled question loop written to options.profilePath.
 * Prints `FIRST` as soon as the first answer exists, then `RESULT {json}`.
 */
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { join } from 'node:path';
import {
  type BenchSystem,
  type ChildOptions,
  elapsedUs,
  loadSystem,
  type SystemName,
} from './bench-systems.js';
import { conversationFor } from './evaluate.js';
import type { GradableAnswer } from './grade.js';
import { gradeAnswer } from './grade.js';
import { summarizeLatencies } from './latency-stats.js';
import { computeMetrics, type GradedItem } from './metrics.js';
import { type LabelledQuestion, loadQuestionSet } from './question-set.js';

const [mode, system, optionsJson] = process.argv.slice(2);
const options = JSON.parse(optionsJson ?? '{}') as ChildOptions;
const items = loadQuestionSet(join(options.root, 'test', 'quality', 'questions.jsonl'));

const ask = async (sys: BenchSystem, item: LabelledQuestion, pass: number): Promise<GradableAnswer> => {
  // Each pass has its own conversations, so follow-ups see the same context every pass.
  const answer = sys.ask(item.question, `${conversationFor(item)}#${pass}`);
  return answer instanceof Promise ? await answer : answer;
};

/**
 * Profiles a warm question loop with V8's CPU profiler (the one `--cpu-prof` drives), started after
 * start-up and warm-up so the profile shows only the time spent answering.
 */
async function profileLoop(sys: BenchSystem): Promise<void> {
  for (const item of items) await ask(sys, item, 1);
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 50 });
  await session.post('Profiler.start');
  const until = Date.now() + 3000;
  let asked = 0;
  for (let pass = 2; Date.now() < until; pass++) {
    for (const item of items) await ask(sys, item, pass);
    asked += items.length;
  }
  const { profile } = await session.post('Profiler.stop');
  session.disconnect();
  if (options.profilePath) writeFileSync(options.profilePath, JSON.stringify(profile));
  process.stdout.write(`RESULT ${JSON.stringify({ asked })}\n`);
}

async function main(): Promise<void> {
  const sys = await loadSystem(system as SystemName, options);
  const first = items[0];
  if (!first) throw new Error('empty question set');
  const firstAnswer = await ask(sys, first, 0);
  process.stdout.write(`FIRST ${JSON.stringify({ question: first.question, text: firstAnswer.text })}\n`);
  if (mode === 'startup') return;
  if (mode === 'profile') {
    await profileLoop(sys);
    return;
  }

  // Pass 1 is graded and doubles as warm-up; pass 2 is warm-up only.
  const graded: GradedItem[] = [];
  for (const item of items) {
    const answer = await ask(sys, item, 1);
    graded.push({ item, answer, grade: gradeAnswer(item, answer) });
  }
  for (const item of items) await ask(sys, item, 2);

  const samples: number[] = [];
  const started = Date.now();
  let passes = 0;
  while (passes < 3 || (Date.now() - started < 5000 && passes < 200)) {
    passes++;
    for (const item of items) {
      const start = process.hrtime.bigint();
      const answer = sys.ask(item.question, `${conversationFor(item)}#${passes + 2}`);
      if (answer instanceof Promise) await answer;
      samples.push(elapsedUs(start));
    }
  }

  // Throughput: back-to-back questions on this one thread, no per-question timer.
  let count = 0;
  const tpStart = process.hrtime.bigint();
  const tpUntil = Date.now() + 2000;
  for (let pass = 1000; Date.now() < tpUntil; pass++) {
    for (const item of items) {
      const answer = sys.ask(item.question, `${conversationFor(item)}#${pass}`);
      if (answer instanceof Promise) await answer;
    }
    count += items.length;
  }
  const qps = count / (elapsedUs(tpStart) / 1e6);

  const parts = sys.partTimings
    ? await sys.partTimings(
        items.map((i) => i.question),
        2,
      )
    : undefined;
  const metrics = computeMetrics(graded);
  const result = {
    system,
    accuracy: metrics.accuracy,
    answerableAccuracy: metrics.answerable.accuracy,
    intentAccuracy: metrics.intentAccuracy,
    refusalRate: metrics.unanswerable.refusalRate,
    falseRefusalRate: metrics.answerable.falseRefusalRate,
    latency: summarizeLatencies(samples),
    passes,
    qps,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
    parts,
  };
  process.stdout.write(`RESULT ${JSON.stringify(result)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
  process.exitCode = 1;
});
