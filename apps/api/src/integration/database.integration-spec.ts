import { spawn, ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { chmodSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ApiClient } from '../testing/api-client';
import { startTestApp, TestApp, uniqueEmail } from '../testing/test-app';
import { REFERENCE_PARTNERS, REFERENCE_THEMES } from '../database/seeds/reference-data';

const ROOT = resolve(__dirname, '../../../..');

describe('database (integration)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('has migrations that match the entities exactly (no drift)', async () => {
    const pending = await t.dataSource.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((query) => query.query)).toEqual([]);
  });

  it('seeds idempotently: running the seeds again changes nothing', async () => {
    const count = async () => (await t.dataSource.query(`SELECT (SELECT count(*) FROM theme) + (SELECT count(*) FROM partner) + (SELECT count(*) FROM account) AS n`))[0].n;
    const before = await count();
    const again = await startTestApp();
    await again.close();
    expect(await count()).toBe(before);
  });

  it('keeps the reference data equal to shared/data/wijkdeal-reference.json', () => {
    const file = join(process.env['WIJKDEAL_SHARED_DIR'] ?? join(ROOT, '..', 'shared'), 'data', 'wijkdeal-reference.json');
    const reference = JSON.parse(readFileSync(file, 'utf8'));
    expect(REFERENCE_THEMES.map((theme) => ({ position: theme.position, nl: theme.nameNl, en: theme.nameEn }))).toEqual(reference.themes);
    expect(REFERENCE_PARTNERS.map((partner) => partner.name)).toEqual(reference.partners);
  });
});

/** The embedded default: the app, started with no DATABASE_URL, keeps its data across a restart. */
describe('embedded PostgreSQL (integration)', () => {
  const dataDir = mkdtempSync('/tmp/wijkdeal-restart-');
  chmodSync(dataDir, 0o755);
  const port = 41000 + Math.floor(Math.random() * 2000);
  const pgPort = 56000 + Math.floor(Math.random() * 2000);
  let server: ChildProcess | undefined;

  async function startServer(): Promise<void> {
    const env: Record<string, string | undefined> = {
      ...process.env, DATABASE_URL: undefined, TEST_DATABASE: undefined, NODE_ENV: 'development',
      PORT: String(port), EMBEDDED_PG_DIR: join(dataDir, 'pg'), EMBEDDED_PG_PORT: String(pgPort),
      SWC_NODE_PROJECT: join(ROOT, 'tools/tsconfig.json'),
    };
    delete env['DATABASE_URL'];
    server = spawn(process.execPath, ['-r', '@swc-node/register', join(ROOT, 'apps/api/src/main.ts')], { cwd: ROOT, env: env as NodeJS.ProcessEnv, stdio: 'ignore' });
    for (let waited = 0; waited < 60_000; waited += 250) {
      const health = await fetch(`http://127.0.0.1:${port}/api/health`).catch(() => undefined);
      if (health?.ok) return;
      await new Promise((done) => setTimeout(done, 250));
    }
    throw new Error('the app did not start on the embedded database');
  }

  async function stopServer(): Promise<void> {
    const child = server;
    if (!child || child.exitCode !== null) return;
    await new Promise<void>((done) => {
      child.once('exit', () => done());
      child.kill('SIGTERM');
    });
  }

  afterAll(stopServer);

  it('starts without DATABASE_URL and keeps data after a restart', async () => {
    await startServer();
    expect(existsSync(join(dataDir, 'pg', 'PG_VERSION'))).toBe(true);
    const email = uniqueEmail('blijft');
    const client = new ApiClient(`http://127.0.0.1:${port}`);
    expect((await client.post('/api/auth/register', { email, password: 'een-lang-wachtwoord', displayName: 'Blijft' })).status).toBe(201);
    await stopServer();

    await startServer();
    const again = new ApiClient(`http://127.0.0.1:${port}`);
    const signIn = await again.signIn(email, 'een-lang-wachtwoord');
    expect(signIn.status).toBe(200);
    expect(signIn.body.displayName).toBe('Blijft');
    // Demo mode is the default on the embedded database.
    expect((await again.signIn('bewoner@wijkdeal.test', 'wijkdeal-demo')).status).toBe(200);
  }, 120_000);
});
