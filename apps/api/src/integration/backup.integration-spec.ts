import { parsePbFile, pbFileToElection, tallyBallots } from '@wijkdeal/voting-tally';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { Client } from 'pg';
import sharp from 'sharp';
import type { BackupHeader } from '../database/backup';
import { ApiResponse } from '../testing/api-client';
import { closeStemweek, createStemweek, makeProjects, resident, signedIn, stemweekBody, upload } from '../testing/stemweek-fixtures';
import { createEmptyDatabase, DEMO, startTestApp, TestApp } from '../testing/test-app';

const ROOT = resolve(__dirname, '../../../..');

/** `npm run backup` / `npm run restore` as a caretaker runs them (without npm's own start-up), against `databaseUrl`. */
function runTool(command: 'backup' | 'restore', file: string, databaseUrl: string): Promise<{ status: number | null; output: string }> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['tools/run-ts.mjs', 'tools/backup.ts', command, file], { cwd: ROOT, env: { ...process.env, DATABASE_URL: databaseUrl } });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', fail);
    child.on('exit', (status) => done({ status, output }));
  });
}

/** Row count and a checksum of the whole content of every table, as PostgreSQL prints the rows. */
async function fingerprint(databaseUrl: string): Promise<Record<string, string>> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows: tables } = await client.query<{ name: string }>(`SELECT relname AS name FROM pg_class WHERE relnamespace = 'public'::regnamespace AND relkind = 'r' ORDER BY 1`);
    const result: Record<string, string> = {};
    for (const { name } of tables) {
      const [row] = (await client.query(`SELECT count(*)::int AS n, md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS sum FROM "${name}" t`)).rows;
      result[name] = `${row.n} rows, md5 ${row.sum}`;
    }
    return result;
  } finally {
    await client.end();
  }
}

describe('backup and restore (integration)', () => {
  let source: TestApp;
  let folder: string;
  let file: string;
  let before: Record<string, string>;
  let stemweek: { id: string; ballotBoxKey: string };
  let photo: ApiResponse;
  let published: ApiResponse;
  let ballotFile: ApiResponse;
  let projects: string[];
  const empties: { url: string; drop: () => Promise<void> }[] = [];
  const emptyDatabase = async () => {
    const database = await createEmptyDatabase();
    empties.push(database);
    return database.url;
  };

  beforeAll(async () => {
    source = await startTestApp({ ownDatabase: true, env: { MAIL_WORKER_SECONDS: '0' } });
    folder = mkdtempSync(join(tmpdir(), 'wijkdeal-backup-'));
    // A photo (stored in the database, as bytea) and a published stemweek with ballots from each channel.
    const member = await signedIn(source, DEMO.projectMember);
    const image = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#3a7' } }).png().toBuffer();
    photo = await upload(member, '/api/photos', { bytes: image, name: 'bankje.png' });
    expect(photo.status).toBe(201);
    const admin = await signedIn(source, DEMO.admin);
    projects = await makeProjects(source, [1000, 2000, 3000]);
    const [p1, p2, p3] = projects;
    stemweek = await createStemweek(admin, stemweekBody(projects));
    for (const choices of [[p1, p2], [p1], [p3]]) {
      const voter = await resident(source);
      expect((await voter.client.post(`/api/stemweeks/${stemweek.id}/ballots`, { choices: choices.map((projectId) => ({ projectId })) })).status).toBe(201);
    }
    const codes = await admin.post(`/api/stemweeks/${stemweek.id}/codes`, { count: 1, addresses: [{ postcode: '9723 AA', houseNumber: '1' }] });
    expect((await source.client().post(`/api/stemweeks/${stemweek.id}/ballots`, { code: codes.body.codes[0].code, choices: [{ projectId: p2 }] })).status).toBe(201);
    expect((await closeStemweek(admin, stemweek)).status).toBe(200);
    published = await admin.post(`/api/stemweeks/${stemweek.id}/publish`);
    expect(published.status).toBe(200);
    ballotFile = await source.client().get(`/api/stemweeks/${stemweek.id}/ballots.pb`);
    expect(ballotFile.status).toBe(200);

    file = join(folder, 'wijkdeal.wdbackup');
    const backup = await runTool('backup', file, source.databaseUrl);
    expect(backup).toMatchObject({ status: 0, output: expect.stringContaining(`backup written: ${file}`) });
    before = await fingerprint(source.databaseUrl);
  });
  afterAll(async () => {
    await source.close();
    for (const database of empties) await database.drop();
    rmSync(folder, { recursive: true, force: true });
  });

  it('is one snapshot: a ballot cast while the backup runs is in it whole (participation and sealed ballot) or not at all', async () => {
    const admin = await signedIn(source, DEMO.admin);
    const [project] = await makeProjects(source, [500]);
    const open = await createStemweek(admin, stemweekBody([project], { channels: ['code'] }));
    const codes: string[] = (await admin.post(`/api/stemweeks/${open.id}/codes`, { count: 600 })).body.codes.map((code: { code: string }) => code.code);
    // A table copied between the two tables a cast writes, made long enough that casts commit while it is copied.
    await source.dataSource.query(`INSERT INTO stemweek_audit (stemweek_id, action, details) SELECT $1, 'padding', jsonb_build_object('n', n) FROM generate_series(1, 50000) n`, [open.id]);
    let acknowledged = 0;
    let voting = true;
    const voters = Array.from({ length: 4 }, async () => {
      for (let code = codes.pop(); voting && code; code = codes.pop()) {
        expect((await source.client().post(`/api/stemweeks/${open.id}/ballots`, { code, choices: [{ projectId: project }] })).status).toBe(201);
        acknowledged += 1;
      }
    });
    while (acknowledged < 10) await new Promise((resolve) => setTimeout(resolve, 10));
    const atStart = acknowledged;
    const during = join(folder, 'during-votes.wdbackup');
    expect((await runTool('backup', during, source.databaseUrl)).status).toBe(0);
    voting = false;
    await Promise.all(voters);
    const order = (JSON.parse(gunzipSync(readFileSync(during)).toString('utf8', 0, 64 * 1024).split('\n')[0]) as BackupHeader).tables.map((table) => table.name);
    expect([order.indexOf('sealed_ballot') < order.indexOf('stemweek_audit'), order.indexOf('stemweek_audit') < order.indexOf('stemweek_participation')]).toEqual([true, true]);
    const target = await emptyDatabase();
    expect((await runTool('restore', during, target)).status).toBe(0);
    const client = new Client({ connectionString: target });
    await client.connect();
    const count = async (table: string) => (await client.query(`SELECT count(*)::int AS n FROM ${table} WHERE stemweek_id = $1`, [open.id])).rows[0].n;
    const [participations, sealed] = [await count('stemweek_participation'), await count('sealed_ballot')];
    await client.end();
    // The two rows of a cast are copied far apart (other tables in between): only one snapshot keeps them in step.
    expect(sealed).toBe(participations);
    // Casting went on before and after the snapshot, so the test saw a backup in the middle of it.
    expect(participations).toBeGreaterThan(atStart);
    expect(participations).toBeLessThan(acknowledged);
  });

  it('refuses to restore into a database that is not empty, says how to empty it, and changes nothing', async () => {
    const unchanged = await fingerprint(source.databaseUrl);
    const refused = await runTool('restore', file, source.databaseUrl);
    expect(refused.status).toBe(2);
    expect(refused.output).toContain('De database is niet leeg');
    expect(refused.output).toContain('The database is not empty');
    expect(refused.output).toContain('DROP SCHEMA public CASCADE');
    expect(await fingerprint(source.databaseUrl)).toEqual(unchanged);
  });

  it('leaves the database empty when a restore fails half-way (a cut-off file)', async () => {
    const text = gunzipSync(readFileSync(file));
    const cut = join(folder, 'cut.wdbackup');
    writeFileSync(cut, gzipSync(text.subarray(0, Math.floor(text.length * 0.6))));
    const target = await emptyDatabase();
    const failed = await runTool('restore', cut, target);
    expect(failed.status).toBe(2);
    expect(failed.output).toContain('The backup is truncated');
    // Not even the migrations' tables: the one transaction was rolled back.
    expect(await fingerprint(target)).toEqual({});
  });

  // Last: Passport keeps its strategies in one registry per process, so the app started here answers the sessions of
  // every app in this process, and after its close the source app could no longer look up a session.
  it('restores a backup into an empty database with every row, the photos and a published stemweek that recounts the same', async () => {
    expect(before['photo']).toMatch(/^[1-9]\d* rows/);
    expect(before['ballot']).toMatch(/^4 rows/);

    const target = await emptyDatabase();
    const restore = await runTool('restore', file, target);
    expect(restore).toMatchObject({ status: 0, output: expect.stringContaining('backup restored') });
    // Every table, TypeORM's migrations table included, holds the same rows.
    expect(await fingerprint(target)).toEqual(before);

    const restored = await startTestApp({ database: target, env: { MAIL_WORKER_SECONDS: '0' } });
    try {
      const served = await fetch(`${restored.url}/api/photos/${photo.body.id}`);
      expect(Buffer.from(await served.arrayBuffer())).toEqual(Buffer.from(await (await fetch(`${source.url}/api/photos/${photo.body.id}`)).arrayBuffer()));
      const results = await restored.client().get(`/api/stemweeks/${stemweek.id}/results`);
      expect(results.body).toEqual(published.body);
      const again = await restored.client().get(`/api/stemweeks/${stemweek.id}/ballots.pb`);
      expect(again.body).toEqual(ballotFile.body);
      const election = pbFileToElection(parsePbFile(again.body));
      const recount = tallyBallots({ method: election.method, projects: election.projects, ballots: election.ballots, rule: stemweekBody([]).selection });
      const scores = (rows: { projectId: string; score: number; votes: number }[]) => Object.fromEntries(rows.map((row) => [row.projectId, [row.score, row.votes]]));
      expect(scores(recount.projects)).toEqual(scores(published.body.ranking));
      const [p1, p2, p3] = projects;
      expect(scores(recount.projects)).toEqual({ [p1]: [2, 2], [p2]: [2, 2], [p3]: [1, 1] });
      // The restored installation carries on: the accounts and their passwords came along.
      expect((await (await signedIn(restored, DEMO.admin)).get('/api/auth/me')).body).toMatchObject({ email: DEMO.admin });
    } finally {
      await restored.close();
    }
  });
});
