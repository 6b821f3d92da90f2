import { ApiClient } from '../testing/api-client';
import { AppProcess, startAppProcess } from '../testing/app-process';
import { closeStemweek, stemweekBody } from '../testing/stemweek-fixtures';
import { DEMO } from '../testing/test-app';
import { Client } from 'pg';

const VOTERS = 400;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * SIGTERM while many voters cast, as a deploy or `systemctl stop` does it. The process must stop accepting, finish
 * what is in flight, stop the embedded database cleanly and exit 0 quickly; after a restart every acknowledged
 * ballot is there. A request the server never answered (refused or cut before an answer) may or may not be stored:
 * the voter's retry then finds the code used, which is why the web app treats ALREADY_VOTED after a retry as done.
 */
describe('SIGTERM under load (integration)', () => {
  let app: AppProcess;
  beforeAll(async () => {
    app = await startAppProcess();
  }, 120_000);
  afterAll(() => app.remove());

  it('finishes every request in flight, answers none with a 5xx, stops the database cleanly and loses no acknowledged ballot', async () => {
    const admin = new ApiClient(app.url, 'en');
    expect((await admin.signIn(DEMO.admin, DEMO.password)).status).toBe(200);
    const themeId: string = (await admin.get('/api/themes')).body[0].id;
    const projects: string[] = [];
    for (const cost of [100, 200, 300]) {
      projects.push((await admin.post('/api/projects', { themeId, title: { nl: `Afsluiten ${cost}`, en: 'Shutdown' }, summary: { nl: 'Een idee.', en: 'An idea.' }, costEstimate: cost })).body.id);
    }
    const stemweek = await admin.post('/api/stemweeks', stemweekBody(projects, { channels: ['code'] }));
    expect(stemweek.status).toBe(201);
    const stemweekId: string = stemweek.body.id;
    const codes: string[] = (await admin.post(`/api/stemweeks/${stemweekId}/codes`, { count: VOTERS })).body.codes.map((c: { code: string }) => c.code);
    const voters = await Promise.all(codes.map(async () => {
      const voter = new ApiClient(app.url, 'en');
      await voter.get('/api/health');
      return voter;
    }));

    const acknowledged: string[] = [];
    const unanswered: number[] = [];
    const wrong: string[] = [];
    let next = 0;
    let stopping = false;
    const load = Promise.all(
      Array.from({ length: 16 }, async () => {
        while (next < VOTERS && unanswered.length < 16) {
          const index = next++;
          try {
            const response = await voters[index].post(`/api/stemweeks/${stemweekId}/ballots`, { code: codes[index], choices: [{ projectId: projects[index % 3] }] });
            if (response.status === 201) acknowledged.push(response.body.receipt);
            else wrong.push(`${stopping ? 'while stopping' : 'before'}: ${response.status} ${JSON.stringify(response.body)}`);
          } catch {
            // Refused or cut without an answer: this worker stops, as a voter whose connection is gone.
            unanswered.push(index);
            return;
          }
        }
      }),
    );
    while (acknowledged.length < 40) await sleep(10);
    stopping = true;
    const { code, ms } = await app.stop('SIGTERM');
    await load;

    expect(wrong).toEqual([]);
    expect(code).toBe(0);
    expect(ms).toBeLessThan(10_000);
    // A clean stop removes the postmaster's pid file; a killed server leaves it behind.
    expect(app.postmasterPid()).toBeUndefined();
    expect(acknowledged.length).toBeGreaterThan(40);

    await app.restart();
    const again = new ApiClient(app.url, 'en');
    expect((await again.signIn(DEMO.admin, DEMO.password)).status).toBe(200);
    expect((await closeStemweek(again, stemweek.body)).status).toBeLessThan(300);
    const direct = new Client({ connectionString: app.databaseUrl });
    await direct.connect();
    const stored: string[] = (await direct.query(`SELECT receipt FROM ballot WHERE stemweek_id = $1`, [stemweekId])).rows.map((row: { receipt: string }) => row.receipt);
    await direct.end();
    expect(acknowledged.filter((receipt) => !stored.includes(receipt))).toEqual([]);
    expect(stored.length).toBeLessThanOrEqual(acknowledged.length + unanswered.length);
  }, 180_000);
});
