import { NotificationMailService } from '@wijkdeal/follows-api';
import { ApiClient } from '../testing/api-client';
import { closeStemweek, createStemweek, makeProjects, stemweekBody } from '../testing/stemweek-fixtures';
import { createEmptyDatabase, DEMO, startTestApp, TestApp } from '../testing/test-app';

const KEY_1 = 'stemsleutel-een-'.repeat(3);
const KEY_2 = 'stemsleutel-twee-'.repeat(3);
const LINKS_1 = 'linksleutel-een-'.repeat(3);

/**
 * Voting has its own key, and each stemweek records which one it uses: rotating a key after a leak changes the new
 * stemweeks only, printed letters of an open one keep working, and the app will not start without a key that an
 * unpublished stemweek needs. SESSION_SECRET and LINK_KEY can be rotated without touching a stemweek.
 */
describe('voting keys that can be rotated (integration)', () => {
  // Each test on a database of its own: a stemweek with a key other apps lack would stop them from starting.
  let database: { url: string; drop: () => Promise<void> };
  beforeEach(async () => {
    database = await createEmptyDatabase();
  });
  afterEach(() => database.drop());

  const start = (env: Record<string, string>) => startTestApp({ database: database.url, env: { MAIL_WORKER_SECONDS: '0', ...env } });
  const signedInAdmin = async (t: TestApp): Promise<ApiClient> => {
    const admin = t.client('en');
    expect((await admin.signIn(DEMO.admin, DEMO.password)).status).toBe(200);
    return admin;
  };
  const cast = (t: TestApp, stemweekId: string, code: string, projectId: string) => t.client('en').post(`/api/stemweeks/${stemweekId}/ballots`, { code, choices: [{ projectId }] });

  it('keeps letter codes of an open stemweek valid across a rotation of the voting key, SESSION_SECRET and LINK_KEY', async () => {
    let t = await start({ VOTING_KEY: KEY_1, VOTING_KEY_ID: 'k1', SESSION_SECRET: 'sessie-een-'.repeat(4), LINK_KEY: LINKS_1 });
    const projects = await makeProjects(t, [100, 200]);
    let admin = await signedInAdmin(t);
    const before = await createStemweek(admin, stemweekBody(projects, { channels: ['code'] }));
    const codes: string[] = (await admin.post(`/api/stemweeks/${before.id}/codes`, { count: 3 })).body.codes.map((c: { code: string }) => c.code);
    expect((await cast(t, before.id, codes[0], projects[0])).status).toBe(201);
    const [recorded] = await t.dataSource.query(`SELECT voting_key_id FROM stemweek WHERE id = $1`, [before.id]);
    expect(recorded.voting_key_id).toBe('k1');
    // The stored code hash is keyed with the voting key, not with SESSION_SECRET.
    await t.close();

    // A leak: every key is replaced; the old voting key stays only for the stemweek that uses it.
    t = await start({ VOTING_KEY: KEY_2, VOTING_KEY_ID: 'k2', VOTING_KEYS_RETIRED: `k1:${KEY_1}`, SESSION_SECRET: 'sessie-twee-'.repeat(4), LINK_KEY: 'linksleutel-twee-'.repeat(3) });
    try {
      admin = await signedInAdmin(t);
      expect((await cast(t, before.id, codes[1], projects[1])).status).toBe(201);
      // A used code stays used: the one-ballot rule holds across the rotation.
      expect((await cast(t, before.id, codes[0], projects[1])).body.code).toBe('ALREADY_VOTED');
      const after = await createStemweek(admin, stemweekBody(projects, { channels: ['code'] }));
      const [newer] = await t.dataSource.query(`SELECT voting_key_id FROM stemweek WHERE id = $1`, [after.id]);
      expect(newer.voting_key_id).toBe('k2');
      const newCode: string = (await admin.post(`/api/stemweeks/${after.id}/codes`, { count: 1 })).body.codes[0].code;
      expect((await cast(t, after.id, newCode, projects[0])).status).toBe(201);
      // The unsubscribe link is keyed with LINK_KEY.
      const mailer = t.app.get(NotificationMailService);
      const [account] = await t.dataSource.query(`SELECT id FROM account WHERE email = $1`, [DEMO.resident]);
      const link = new URL(mailer.unsubscribeLink(account.id));
      expect((await t.client().post('/api/notifications/unsubscribe', { account: account.id, token: link.searchParams.get('token') })).status).toBe(204);
      expect((await closeStemweek(admin, before)).status).toBeLessThan(300);
      expect((await closeStemweek(admin, after)).status).toBeLessThan(300);
    } finally {
      await t.close();
    }
  });

  it('refuses to start without the key an unpublished stemweek uses, and names it', async () => {
    const t = await start({ VOTING_KEY: KEY_1, VOTING_KEY_ID: 'k1' });
    const projects = await makeProjects(t, [100]);
    const admin = await signedInAdmin(t);
    const open = await createStemweek(admin, stemweekBody(projects, { channels: ['code'] }));
    await t.close();
    await expect(start({ VOTING_KEY: KEY_2, VOTING_KEY_ID: 'k2' })).rejects.toThrow(/VOTING_KEYS_RETIRED.*k1|k1.*VOTING_KEYS_RETIRED/s);
    // With the old key listed as retired it starts again.
    const again = await start({ VOTING_KEY: KEY_2, VOTING_KEY_ID: 'k2', VOTING_KEYS_RETIRED: `k1:${KEY_1}` });
    const admin2 = await signedInAdmin(again);
    expect((await closeStemweek(admin2, open)).status).toBeLessThan(300);
    expect((await admin2.post(`/api/stemweeks/${open.id}/publish`)).status).toBeLessThan(300);
    await again.close();
    // Once published, a stemweek needs no key any more.
    const later = await start({ VOTING_KEY: KEY_2, VOTING_KEY_ID: 'k2' });
    await later.close();
  });
});
