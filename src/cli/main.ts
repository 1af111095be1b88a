/**
 * `npm start`: validates the settings, loads the engine, then chats in the console when no DISCORD_TOKEN is
 * set, or runs the Discord bot until SIGINT/SIGTERM (start-factdesk.ts).
 */
import { createEngine } from '../engine/create-engine.js';
import { startFactdesk } from './start-factdesk.js';

startFactdesk(createEngine).catch((error: unknown) => {
  process.stderr.write(`factdesk: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
