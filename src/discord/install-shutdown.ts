import type { Logger } from '../logging/create-logger.js';

export interface ShutdownOptions {
  /** Run in order on SIGINT/SIGTERM: destroy the client first, then close stores. */
  steps: readonly (() => Promise<void> | void)[];
  logger: Logger;
  /** Defaults to `process.exit`; tests pass a recorder. */
  exit?: (code: number) => void;
  /** After this long the process exits anyway (code 1). */
  graceMs?: number;
  signals?: readonly NodeJS.Signals[];
}

/**
 * Shuts down cleanly on SIGINT/SIGTERM: runs the steps, then exits 0 (or 1 if a step fails or they take
 * longer than the grace period). A second signal while stopping is ignored.
 * @returns a function that removes the handlers.
 */
export function installShutdown(options: ShutdownOptions): () => void {
  const exit = options.exit ?? ((code: number) => process.exit(code));
  const signals = options.signals ?? ['SIGINT', 'SIGTERM'];
  let stopping = false;
  const onSignal = async (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    options.logger.info('shutting down', { signal });
    // unref: a clean stop must not wait for this timer.
    const timer = setTimeout(() => {
      options.logger.error('shutdown took too long; exiting anyway');
      exit(1);
    }, options.graceMs ?? 5_000);
    timer.unref();
    try {
      for (const step of options.steps) await step();
      clearTimeout(timer);
      exit(0);
    } catch (error) {
      clearTimeout(timer);
      options.logger.error('shutdown failed', { error });
      exit(1);
    }
  };
  const listener = (signal: NodeJS.Signals) => void onSignal(signal);
  for (const signal of signals) process.on(signal, listener);
  return () => {
    for (const signal of signals) process.off(signal, listener);
  };
}
