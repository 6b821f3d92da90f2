import { parsePbFile, pbFileToElection, tallyBallots } from '@wijkdeal/voting-tally';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { Client } from 'pg';
import sharp from 'sharp';
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
    const codes = await admin.post(`/api/stemweeks/${stemweek.id}/codes`, { count: 1 });
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

  it('refuses to restore into a database that is not empty, says how to empty it, and changes nothing', async () => {
    const refused = await runTool('restore', file, source.databaseUrl);
    expect(refused.status).toBe(2);
    expect(refused.output).toContain('De database is niet leeg');
    expect(refused.output).toContain('The database is not empty');
    expect(refused.output).toContain('DROP SCHEMA public CASCADE');
    expect(await fingerprint(source.databaseUrl)).toEqual(before);
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
});
