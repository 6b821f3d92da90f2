import { INestApplication } from '@nestjs/common';
import { AppConfig, loadConfig } from '@wijkdeal/shared-api-core';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { createApp, prepareDatabase } from '../bootstrap';
import { ApiClient } from './api-client';

export interface TestApp {
  app: INestApplication;
  url: string;
  config: AppConfig;
  dataSource: DataSource;
  /** The database itself, also when the app reaches it through something else (a proxy in a test). */
  databaseUrl: string;
  client(language?: 'nl' | 'en', headers?: Record<string, string>): ApiClient;
  close(): Promise<void>;
}

/** The whole API on the run's PostgreSQL (DATABASE_URL from the global setup), listening on a free port. */
export async function startTestApp(
  options: { env?: Record<string, string>; ownDatabase?: boolean; database?: string; through?: (databaseUrl: string) => string } = {},
): Promise<TestApp> {
  const shared = sharedDatabaseUrl();
  // A spec that changes global state (such as who is admin) gets a database of its own on the same server;
  // `database` is one the spec made itself (and drops itself).
  const own = options.ownDatabase ? await createEmptyDatabase() : undefined;
  const databaseUrl = own?.url ?? options.database ?? shared;
  // Every spec signs in from 127.0.0.1 on one shared database, so the per-source sign-in delay is out of the way
  // unless a spec sets it (sign-in-throttle plays its browsers at addresses of their own).
  const config = loadConfig({ ...process.env, NODE_ENV: 'test', DEMO_MODE: 'true', MAIL_CAPTURE: 'true', LOGIN_FAILURES_PER_SOURCE_PER_15_MIN: '100000', ...options.env, DATABASE_URL: options.through?.(databaseUrl) ?? databaseUrl });
  const { dataSource } = await prepareDatabase(config);
  // An app that refuses to start (a spec about that) must not leave its pool open.
  const app = await createApp(config, dataSource).catch(async (error: unknown) => {
    await dataSource.destroy();
    await own?.drop();
    throw error;
  });
  await app.listen(0, '127.0.0.1');
  const url = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  return {
    app,
    url,
    config,
    dataSource,
    databaseUrl,
    client: (language = 'nl', headers = {}) => new ApiClient(url, language, headers),
    close: async () => {
      await app.close();
      await own?.drop();
    },
  };
}

function sharedDatabaseUrl(): string {
  const shared = process.env['DATABASE_URL'];
  if (!shared) throw new Error('DATABASE_URL is not set: run integration specs through jest.integration.config.cts');
  return shared;
}

let databases = 0;
/** A new, empty database (not migrated) on the run's server. */
export async function createEmptyDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const sharedUrl = sharedDatabaseUrl();
  databases += 1;
  const name = `wijkdeal_own_${process.pid}_${Date.now()}_${databases}`;
  const server = new URL(sharedUrl);
  const admin = new Client({ connectionString: sharedUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  server.pathname = `/${name}`;
  return {
    url: server.toString(),
    drop: async () => {
      const client = new Client({ connectionString: sharedUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}

export const DEMO = {
  password: 'wijkdeal-demo',
  admin: 'admin@wijkdeal.test',
  contact: 'contact@wijkdeal.test',
  koploper: 'koploper@wijkdeal.test',
  teller: 'teller@wijkdeal.test',
  projectMember: 'projectlid@wijkdeal.test',
  resident: 'bewoner@wijkdeal.test',
};

let counter = 0;
/** A unique address per call, so specs running in parallel on one database never collide. */
export function uniqueEmail(label = 'bewoner'): string {
  counter += 1;
  return `${label}.${process.pid}.${Date.now()}.${counter}@example.org`;
}

/** The newest captured mail to an address, and the token in its link. */
export async function lastMailTo(dataSource: DataSource, to: string): Promise<{ subject: string; text: string; token?: string } | undefined> {
  const rows: { subject: string; text: string }[] = await dataSource.query(`SELECT subject, text FROM captured_mail WHERE to_address = $1 ORDER BY created_at DESC LIMIT 1`, [to]);
  if (!rows[0]) return undefined;
  return { ...rows[0], token: /token=([A-Za-z0-9_-]+)/.exec(rows[0].text)?.[1] };
}

/** A freshly registered, signed-in resident, optionally verified and with an address; addresses are lower case as the API stores them. */
export async function signedInResident(
  t: TestApp,
  label: string,
  options: { verified?: boolean; address?: { postcode: string; houseNumber: string }; language?: 'nl' | 'en' } = {},
): Promise<{ client: ApiClient; id: string; email: string }> {
  const email = uniqueEmail(label).toLowerCase();
  const client = t.client(options.language);
  const registered = await client.post('/api/auth/register', { email, password: 'een-lang-wachtwoord', displayName: label, ...(options.address ?? {}) });
  if (registered.status !== 201) throw new Error(`register failed: ${registered.status} ${JSON.stringify(registered.body)}`);
  if (options.verified) await t.dataSource.query(`UPDATE account SET email_verified_at = now() WHERE id = $1`, [registered.body.id]);
  await client.signIn(email, 'een-lang-wachtwoord');
  return { client, id: registered.body.id, email };
}
