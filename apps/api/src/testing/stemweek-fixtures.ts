/* eslint-disable @typescript-eslint/no-explicit-any -- request bodies in tests are plain objects; typing each one would only repeat the API. */
import { randomUUID } from 'node:crypto';
import { ApiClient, ApiResponse } from './api-client';
import { DEMO, signedInResident, TestApp } from './test-app';

/** Test data for the stemweek specs. Projects are inserted directly: the specs test the stemweek, not project creation. */

let projectCounter = 0;
export async function makeProjects(t: TestApp, costs: number[]): Promise<string[]> {
  const [theme] = await t.dataSource.query(`SELECT id FROM theme ORDER BY position LIMIT 1`);
  const ids: string[] = [];
  for (const cost of costs) {
    projectCounter += 1;
    const id = randomUUID();
    await t.dataSource.query(
      `INSERT INTO project (id, slug, theme_id, title_nl, title_en, summary_nl, summary_en, status, cost_estimate)
       VALUES ($1, $2, $3, $4, $5, 'Een idee uit de wijk.', 'An idea from the neighbourhood.', 'proposed', $6)`,
      [id, `stemtest-${process.pid}-${Date.now()}-${projectCounter}`, theme.id, `Project ${projectCounter}`, `Project ${projectCounter} (en)`, cost],
    );
    ids.push(id);
  }
  return ids;
}

export async function signedIn(t: TestApp, email: string): Promise<ApiClient> {
  const client = t.client();
  const response = await client.signIn(email, DEMO.password);
  if (response.status !== 200) throw new Error(`sign-in as ${email} failed: ${response.status}`);
  return client;
}

/** A voter: a resident with a verified e-mail address and, unless `address` is null, a postcode and house number. */
export async function resident(
  t: TestApp,
  address: { postcode: string; houseNumber: string } | null = { postcode: '9721 PE', houseNumber: '10' },
  options: { verified?: boolean; addressVerified?: boolean; language?: 'nl' | 'en' } = {},
): Promise<{ client: ApiClient; id: string }> {
  const voter = await signedInResident(t, 'Kiezer', { verified: options.verified !== false, address: address ?? undefined, language: options.language });
  // As a teller or the letter would have done it (address-eligibility.integration-spec.ts tests both ways).
  if (address && options.addressVerified !== false) await t.dataSource.query(`UPDATE account SET address_verified_at = now() WHERE id = $1`, [voter.id]);
  return voter;
}

/** Another teller: double entry needs two different ones. */
export async function newTeller(t: TestApp, admin: ApiClient, name = 'Tara Teller'): Promise<ApiClient> {
  const { client, id } = await signedInResident(t, 'Teller', { verified: true });
  await t.dataSource.query(`UPDATE account SET display_name = $2 WHERE id = $1`, [id, name]);
  const granted = await admin.post(`/api/accounts/${id}/roles`, { role: 'teller' });
  if (granted.status !== 201) throw new Error(`granting teller failed: ${granted.status}`);
  return client;
}

/** A stemweek body that opens now and closes in a week; override what a test is about. */
export function stemweekBody(projectIds: string[], overrides: Record<string, unknown> = {}): Record<string, any> {
  return {
    title: { nl: 'Stemweek test', en: 'Voting week test' },
    opensAt: new Date().toISOString(),
    closesAt: new Date(Date.now() + 7 * 86_400_000).toISOString(),
    projects: projectIds.map((projectId) => ({ projectId })),
    method: { kind: 'approval', maxChoices: 3 },
    selection: { rule: 'top-n', n: 2, tieBreak: 'include-all' },
    channels: ['account', 'code', 'paper'],
    eligiblePostcodes: [],
    ...overrides,
  };
}

export async function createStemweek(admin: ApiClient, body: Record<string, unknown>): Promise<any> {
  const response = await admin.post('/api/stemweeks', body);
  if (response.status !== 201) throw new Error(`create failed: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body;
}

/** Rows of a stemweek; for `ballot` every stored ballot, sealed (not yet counted) or opened. */
export async function countRows(t: TestApp, table: 'ballot' | 'stemweek_participation' | 'paper_entry' | 'stemweek_audit', stemweekId: string): Promise<number> {
  const from = table === 'ballot' ? `(SELECT stemweek_id FROM ballot UNION ALL SELECT stemweek_id FROM sealed_ballot) b` : table;
  const [row] = await t.dataSource.query(`SELECT count(*)::int AS n FROM ${from} WHERE stemweek_id = $1`, [stemweekId]);
  return row.n;
}

/** Closes a stemweek (or opens the box of one that closed by time) with the counting key from its creation. */
export function closeStemweek(admin: ApiClient, stemweek: { id: string; ballotBoxKey: string }): Promise<ApiResponse> {
  return admin.post(`/api/stemweeks/${stemweek.id}/close`, { key: stemweek.ballotBoxKey });
}

/** A multipart upload the way a browser form sends it, with the session and CSRF cookies of `client`. */
export async function upload(client: ApiClient, path: string, file: { bytes: Buffer | string; name: string }, fields: Record<string, string> = {}): Promise<ApiResponse> {
  await client.get('/api/health');
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  const bytes = typeof file.bytes === 'string' ? Buffer.from(file.bytes, 'utf8') : file.bytes;
  form.append('file', new Blob([new Uint8Array(bytes)], { type: 'application/octet-stream' }), file.name);
  const cookies = ['XSRF-TOKEN', 'wd_session'].map((name) => `${name}=${client.cookie(name) ?? ''}`).join('; ');
  const response = await fetch(`${client.baseUrl}${path}`, { method: 'POST', body: form, headers: { cookie: cookies, 'x-xsrf-token': client.cookie('XSRF-TOKEN') ?? '', 'accept-language': 'nl' } });
  const text = await response.text();
  return { status: response.status, body: (response.headers.get('content-type') ?? '').includes('json') ? JSON.parse(text) : text, headers: response.headers };
}

/** The next night on which summer time ends in Europe (last Sunday of October), as `yyyy-mm-dd`, at least a day ahead. */
export function nextEndOfSummerTime(now = new Date()): string {
  for (let year = now.getUTCFullYear(); ; year++) {
    const lastDay = new Date(Date.UTC(year, 9, 31));
    const sunday = new Date(Date.UTC(year, 9, 31 - lastDay.getUTCDay()));
    if (sunday.getTime() > now.getTime() + 86_400_000) return sunday.toISOString().slice(0, 10);
  }
}
