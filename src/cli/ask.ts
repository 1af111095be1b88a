/**
 * `npm run ask -- "question"` prints one answer; `npm run --silent ask -- --jsonl` answers JSON lines from stdin
 * ({"id","question","conversation"?}) with one JSON line each, in order, and nothing else on stdout.
 * Exit status: 0, including for bad lines (each gets an error line); 1 when stdin cannot be read; 2 for usage.
 * (No top-level await: the start-up snapshot loads this file with require() when it is stale.)
 */
import { createEngine } from '../engine/create-engine.js';
import { runAsk } from './run-ask.js';

void runAsk(process.argv.slice(2), createEngine);
