import { Client } from 'pg';
import { ApiClient } from '../testing/api-client';
import { AppProcess, startAppProcess } from '../testing/app-process';
import { closeStemweek, stemweekBody } from '../testing/stemweek-fixtures';
import { startTcpProxy, TcpProxy } from '../testing/tcp-proxy';
import { DEMO, startTestApp, TestApp } from '../testing/test-app';

const VOTERS = 150;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Casts by many voters at once over the public HTTP API while `outage` takes the database away for a while; each
 * voter retries on a 503 as the web app does. Proves: 503 in the error shape with Retry-After (never a 500), the
 * session lookup a 503 too, service back within 30 s, every acknowledged ballot stored once and nothing else.
 */
async function castThroughOutage(client: (language?: 'nl' | 'en') => ApiClient, outage: () => Promise<void>, storedReceipts: (stemweekId: string) => Promise<string[]>): Promise<void> {
  const admin = client('en');
  expect((await admin.signIn(DEMO.admin, DEMO.password)).status).toBe(200);
  const themeId: string = (await admin.get('/api/themes')).body[0].id;
  const projects: string[] = [];
  for (const cost of [100, 200, 300]) {
    const created = await admin.post('/api/projects', { themeId, title: { nl: `Storing ${cost} ${Date.now()}`, en: 'Outage' }, summary: { nl: 'Een idee.', en: 'An idea.' }, costEstimate: cost });
    projects.push(created.body.id);
  }
  const stemweek = await admin.post('/api/stemweeks', stemweekBody(projects, { channels: ['code'] }));
  expect(stemweek.status).toBe(201);
  const stemweekId: string = stemweek.body.id;
  const codes: string[] = (await admin.post(`/api/stemweeks/${stemweekId}/codes`, { count: VOTERS })).body.codes.map((c: { code: string }) => c.code);
  const voters = await Promise.all(
    codes.map(async () => {
      const voter = client('en');
      await voter.get('/api/health');
      return voter;
    }),
  );

  const acknowledged: string[] = [];
  const storedEarlier: number[] = [];
  const wrong: string[] = [];
  let unavailable = 0;
  const cast = async (index: number) => {
    for (let attempt = 0; attempt < 600; attempt += 1) {
      const response = await voters[index].post(`/api/stemweeks/${stemweekId}/ballots`, { code: codes[index], choices: [{ projectId: projects[index % 3] }] });
      if (response.status === 201) return void acknowledged.push(response.body.receipt);
      // An earlier attempt was stored but its answer was lost with the connection: the code is used.
      if (response.status === 409 && response.body.code === 'ALREADY_VOTED') return void storedEarlier.push(index);
      if (response.status === 503 && response.body.code === 'DATABASE_UNAVAILABLE' && response.body.message && response.headers.get('retry-after')) {
        unavailable += 1;
        await sleep(100);
        continue;
      }
      return void wrong.push(`${response.status} ${JSON.stringify(response.body)}`);
    }
    wrong.push(`voter ${index} never got through`);
  };
  let next = 0;
  const load = Promise.all(
    Array.from({ length: 16 }, async () => {
      while (next < VOTERS) await cast(next++);
    }),
  );
  while (acknowledged.length < VOTERS / 3) await sleep(20);

  await outage();
  const health = await client().get('/api/health');
  expect([health.status, health.body.code, health.headers.get('retry-after')]).toEqual([503, 'DATABASE_UNAVAILABLE', '5']);
  // Signed in, the session lookup fails too: a 503, not silently a visitor.
  const me = await admin.get('/api/auth/me');
  expect([me.status, me.body.code]).toEqual([503, 'DATABASE_UNAVAILABLE']);
  const gone = Date.now();
  while ((await client().get('/api/health')).status !== 200) {
    expect(Date.now() - gone).toBeLessThan(30_000);
    await sleep(200);
  }
  await load;

  expect(wrong).toEqual([]);
  expect(unavailable).toBeGreaterThan(0);
  expect(acknowledged.length + storedEarlier.length).toBe(VOTERS);
  // The ballots are sealed until the count: close with the counting key, then read the opened box.
  const closed = await closeStemweek(admin, stemweek.body);
  expect(closed.status).toBeLessThan(300);
  const stored = await storedReceipts(stemweekId);
  // Every acknowledged receipt is stored, each voter counts once, and nothing else is there.
  expect(stored.length).toBe(VOTERS);
  expect(acknowledged.filter((receipt) => !stored.includes(receipt))).toEqual([]);
  expect(new Set(acknowledged).size).toBe(acknowledged.length);
}

async function receiptsIn(databaseUrl: string, stemweekId: string): Promise<string[]> {
  const direct = new Client({ connectionString: databaseUrl });
  await direct.connect();
  try {
    return (await direct.query(`SELECT receipt FROM ballot WHERE stemweek_id = $1`, [stemweekId])).rows.map((row: { receipt: string }) => row.receipt);
  } finally {
    await direct.end();
  }
}

/**
 * An external database (the run's server, 127.0.0.1:5432 or the embedded one with TEST_DATABASE=embedded) that goes
 * away: the app reaches it through a proxy the test cuts, so the server other tests share stays up.
 */
describe('an external database goes away and comes back (integration)', () => {
  let proxy: TcpProxy;
  let t: TestApp;
  beforeAll(async () => {
    const shared = new URL(process.env['DATABASE_URL'] ?? '');
    proxy = await startTcpProxy({ host: shared.hostname, port: Number(shared.port || 5432) });
    t = await startTestApp({ ownDatabase: true, through: proxy.through });
  });
  afterAll(async () => {
    await proxy.restore().catch(() => undefined);
    await t.close();
    await proxy.close();
  });

  it('answers 503 with Retry-After while it is away, loses and doubles no acknowledged ballot, and the pool reconnects within 30 s', async () => {
    await castThroughOutage(t.client, async () => {
      await proxy.cut();
      setTimeout(() => void proxy.restore(), 3000);
    }, (stemweekId) => receiptsIn(t.databaseUrl, stemweekId));
  }, 120_000);
});

/** The embedded PostgreSQL dies (SIGKILL of its postmaster) and the app, running as `npm start` runs it, starts it again by itself. */
describe('the embedded database dies and the app restarts it (integration)', () => {
  let app: AppProcess;
  beforeAll(async () => {
    app = await startAppProcess();
  }, 120_000);
  afterAll(() => app.remove());

  it('answers 503 while it is down, restarts it, and loses and doubles no acknowledged ballot', async () => {
    await castThroughOutage((language = 'nl') => new ApiClient(app.url, language), async () => {
      const pid = app.postmasterPid();
      if (!pid) throw new Error('no postmaster.pid');
      process.kill(pid, 'SIGKILL');
    }, (stemweekId) => receiptsIn(app.databaseUrl, stemweekId));
  }, 120_000);
});
