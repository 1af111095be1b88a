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
import type { GradableAnswer } from './grade.js';
import type { GradedItem } from './metrics.js';
import type { LabelledQuestion } from './question-set.js';

const [mode, system, optionsJson] = process.argv.slice(2);
const options = JSON.parse(optionsJson ?? '{}') as ChildOptions;
const mb = (): number => process.resourceUsage().maxRSS / 1024;

/** The conversation of a question in a pass: the graded pass gets fresh ones, later passes reuse theirs. */
const conversation = (item: LabelledQuestion, pass: number): string =>
  `${item.conversation ? `bench:${item.conversation}` : `bench-solo:${item.id}`}#${pass <= 1 ? pass : 'warm'}`;

const ask = async (sys: BenchSystem, item: LabelledQuestion, pass: number): Promise<GradableAnswer> => {
  const answer = sys.ask(item.question, conversation(item, pass));
  return answer instanceof Promise ? await answer : answer;
};

/**
 * Profiles a warm question loop with V8's CPU profiler (the one `--cpu-prof` drives), started after
 * start-up and warm-up so the profile shows only the time spent answering.
 */
async function profileLoop(sys: BenchSystem, items: readonly LabelledQuestion[]): Promise<void> {
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
  // Only the system is loaded before the first answer; the question set and grading come after it,
  // so start-up time and start-up memory are the system's own.
  const sys = await loadSystem(system as SystemName, options);
  const firstQuestion = options.firstQuestion ?? 'what is the article about?';
  const firstAnswerRaw = sys.ask(firstQuestion, 'bench-first');
  const firstAnswer = firstAnswerRaw instanceof Promise ? await firstAnswerRaw : firstAnswerRaw;
  const firstRssMb = mb();
  const marks = { ...sys.marks, 'first answer': performance.now() };
  const first = { question: firstQuestion, text: firstAnswer.text, rssMb: firstRssMb, marks };
  process.stdout.write(`FIRST ${JSON.stringify(first)}\n`);
  if (mode === 'startup') return;

  const { loadQuestionSet } = await import('./question-set.js');
  const { gradeAnswer } = await import('./grade.js');
  const { computeMetrics } = await import('./metrics.js');
  const { summarizeLatencies } = await import('./latency-stats.js');
  const items = loadQuestionSet(join(options.root, 'test', 'quality', 'questions.jsonl'));
  if (mode === 'profile') {
    await profileLoop(sys, items);
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
      const answer = sys.ask(item.question, conversation(item, 2));
      if (answer instanceof Promise) await answer;
      samples.push(elapsedUs(start));
    }
  }
  // The slowest questions by their median over the passes (samples are in item order within each pass).
  const perItem = items.map((item, i) => {
    const mine = Array.from({ length: passes }, (_, p) => samples[p * items.length + i] ?? 0).sort(
      (a, b) => a - b,
    );
    return { id: item.id, question: item.question, medianUs: mine[Math.floor(mine.length / 2)] ?? 0 };
  });
  const slowest = perItem.sort((a, b) => b.medianUs - a.medianUs).slice(0, 10);

  // Throughput: back-to-back questions on this one thread, no per-question timer.
  let count = 0;
  const tpStart = process.hrtime.bigint();
  const tpUntil = Date.now() + 2000;
  while (Date.now() < tpUntil) {
    for (const item of items) {
      const answer = sys.ask(item.question, conversation(item, 2));
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
    maxRssMb: mb(),
    firstRssMb,
    slowest,
    parts,
  };
  process.stdout.write(`RESULT ${JSON.stringify(result)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
  process.exitCode = 1;
});
