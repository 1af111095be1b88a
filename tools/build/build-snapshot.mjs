/**
 * `npm run build` (and `prepare`, so `npm ci` too), after tsc: builds the start-up snapshots `npm run ask` and
 * `npm start` run from (see src/cli/startup-snapshot.ts for what they hold and how they are checked).
 *   1. esbuild bundles dist/src/cli/startup-snapshot.js with everything it imports into one CommonJS script
 *      (node can only snapshot a single script), and lists the files it bundled in inputs.json.
 *   2. For each npm script that runs node through bin/node-snapshot.sh, `node --build-snapshot` runs that
 *      script with the script's own node flags (V8 refuses a snapshot built with other flags) into
 *      dist/snapshot/<entry>.blob, and <entry>.node records the node version and flags it was built for,
 *      which bin/node-snapshot.sh checks before using it.
 * A failure is reported and leaves no blob behind: the scripts then run node the normal way.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const out = join(root, 'dist', 'snapshot');
const bundle = join(out, 'startup-snapshot.cjs');
const LAUNCHER = 'sh bin/node-snapshot.sh';

// A JSON file bundled as it is (wink's model, 3 MB) would stay in the heap twice, as the object and as text in
// the bundle's source, which V8 keeps; parsed from the file while the snapshot is built, only the object stays.
const jsonFromFile = {
  name: 'json-from-file',
  setup(bundler) {
    bundler.onLoad({ filter: /\.json$/ }, ({ path }) => ({
      contents: `module.exports = JSON.parse(require('node:fs').readFileSync(${JSON.stringify(path)}, 'utf8'));`,
      loader: 'js',
    }));
  },
};

/** One script, bundled: the snapshot's entry and what it imports; inputs.json lists the files it holds. */
async function bundleEntry() {
  const { metafile } = await build({
    entryPoints: [join(root, 'dist', 'src', 'cli', 'startup-snapshot.js')],
    outfile: bundle,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    metafile: true,
    logLevel: 'warning',
    plugins: [jsonFromFile],
    // The Discord bot's modules are loaded from dist/ when the bot runs, never from the snapshot.
    external: ['./run-bot.js', './run-shard-manager.js'],
    // import.meta.url (load-facts.ts finds data/ from it) as the bundle's own URL.
    banner: { js: 'const __bundleUrl = require("node:url").pathToFileURL(__filename).href;' },
    define: { 'import.meta.url': '__bundleUrl' },
  });
  writeFileSync(join(out, 'inputs.json'), JSON.stringify(Object.keys(metafile.inputs).sort(), null, 1));
}

/** The snapshot for one npm script that runs `sh bin/node-snapshot.sh <node flags> <entry.js>`. */
function buildSnapshot(name, command) {
  const words = command
    .slice(command.indexOf(LAUNCHER) + LAUNCHER.length)
    .trim()
    .split(/\s+/);
  const flags = words.slice(
    0,
    words.findIndex((w) => !w.startsWith('-')),
  );
  const entry = basename(words[flags.length] ?? '', '.js');
  const blob = join(out, `${entry}.blob`);
  const started = Date.now();
  execFileSync(process.execPath, [...flags, '--snapshot-blob', `${blob}.tmp`, '--build-snapshot', bundle], {
    cwd: root,
    stdio: 'inherit',
  });
  renameSync(`${blob}.tmp`, blob);
  writeFileSync(join(out, `${entry}.node`), [process.version, ...flags].join(' '));
  process.stderr.write(
    `snapshot for npm run ${name}: dist/snapshot/${entry}.blob (${Date.now() - started} ms)\n`,
  );
}

// A snapshot that cannot be built fails no install: its script starts node the normal way, and
// test/cli/startup-snapshot.test.ts fails until it is fixed.
const notBuilt = (what, error) =>
  process.stderr.write(`${what} not built, node will start without it: ${error.message.split('\n')[0]}\n`);
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
try {
  await bundleEntry();
  const { scripts } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  for (const [name, command] of Object.entries(scripts)) {
    if (!command.includes(LAUNCHER)) continue;
    try {
      buildSnapshot(name, command);
    } catch (error) {
      notBuilt(`the start-up snapshot for npm run ${name}`, error);
    }
  }
} catch (error) {
  notBuilt('the start-up snapshots', error);
}
