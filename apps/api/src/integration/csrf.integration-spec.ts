import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { DEMO, signedInResident, startTestApp, TestApp, uniqueEmail } from '../testing/test-app';

/**
 * Signed double-submit (OWASP's CSRF cheat sheet): the XSRF-TOKEN is an HMAC of the session (or, for a visitor, of a
 * random pre-session value in an httpOnly cookie), so a cookie planted from a sibling subdomain, or one copied
 * from another browser, is useless. The browser's side stays the same: echo the cookie in X-XSRF-TOKEN.
 */
describe('CSRF bound to the session (integration)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  /** A request with exactly these cookies and this header (the test client would send its own cookies). */
  const send = async (method: string, path: string, body: unknown, cookie: string, token: string) => {
    const response = await fetch(t.url + path, { method, headers: { cookie, 'x-xsrf-token': token, 'content-type': 'application/json' }, body: JSON.stringify(body) });
    return { status: response.status, body: await response.json() };
  };

  it("refuses a token that is valid for one session in another session's requests", async () => {
    const alice = await signedInResident(t, 'alice');
    const bob = await signedInResident(t, 'bob');
    expect((await alice.client.patch('/api/auth/me', {})).status).toBe(200);
    const aliceToken = alice.client.cookie('XSRF-TOKEN') ?? '';
    // Bob's session with Alice's token in both cookie and header, as a sibling subdomain could plant it.
    const cookies = `wd_session=${bob.client.cookie('wd_session')}; XSRF-TOKEN=${aliceToken}`;
    const refused = await send('PATCH', '/api/auth/me', {}, cookies, aliceToken);
    expect([refused.status, refused.body.code]).toEqual([403, 'CSRF_TOKEN_INVALID']);
    expect((await bob.client.patch('/api/auth/me', {})).status).toBe(200);
  });

  it('refuses a cookie and header that merely agree', async () => {
    const { client } = await signedInResident(t, 'gelijk');
    const refused = await send('PATCH', '/api/auth/me', {}, `wd_session=${client.cookie('wd_session')}; XSRF-TOKEN=a`, 'a');
    expect([refused.status, refused.body.code]).toEqual([403, 'CSRF_TOKEN_INVALID']);
  });

  it("binds a visitor's token to their pre-session, and gives a new token at sign-in and sign-out", async () => {
    const visitor = t.client();
    const other = t.client();
    await visitor.get('/api/health');
    await other.get('/api/health');
    expect(visitor.cookie('XSRF-TOKEN')).not.toBe(other.cookie('XSRF-TOKEN'));
    const visitorToken = visitor.cookie('XSRF-TOKEN') ?? '';
    const crossed = await send('POST', '/api/auth/password-reset/request', { email: uniqueEmail() }, other.cookieHeader().replace(/XSRF-TOKEN=[^;]*/, `XSRF-TOKEN=${visitorToken}`), visitorToken);
    expect([crossed.status, crossed.body.code]).toEqual([403, 'CSRF_TOKEN_INVALID']);
    expect((await visitor.post('/api/auth/password-reset/request', { email: uniqueEmail() })).status).toBe(202);

    const { client, email } = await signedInResident(t, 'wissel');
    const before = client.cookie('XSRF-TOKEN');
    await client.post('/api/auth/logout');
    const afterSignOut = client.cookie('XSRF-TOKEN');
    expect(afterSignOut).not.toBe(before);
    expect((await client.signIn(email, 'een-lang-wachtwoord')).status).toBe(200);
    expect(client.cookie('XSRF-TOKEN')).not.toBe(afterSignOut);
    // The token from before sign-in no longer works with the new session; the new one does at once.
    const stale = await client.request('PATCH', '/api/auth/me', {}, { 'x-xsrf-token': afterSignOut ?? '' });
    expect(stale.status).toBe(403);
    expect((await client.patch('/api/auth/me', {})).status).toBe(200);
  });

  it("keeps the README's curl recipe true (section 'Using the API from a script')", async () => {
    const readme = readFileSync(join(__dirname, '../../../../README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('### Using the API from a script'));
    const recipe = /```sh\n([\s\S]*?)```/.exec(section)?.[1] ?? '';
    expect(recipe).toContain('X-XSRF-TOKEN');
    const folder = mkdtempSync(join(tmpdir(), 'wijkdeal-curl-'));
    try {
      // Asynchronously: the API answers from this very process.
      const { stdout: output } = await promisify(execFile)('bash', ['-euo', 'pipefail', '-c', recipe.replaceAll('http://localhost:3000', t.url)], { cwd: folder, encoding: 'utf8' });
      // Sign-in, then /me, then the PATCH with the session's new token: each answers the admin's account.
      expect(output.split(DEMO.admin).length - 1).toBe(3);
      expect(output).not.toContain('CSRF_TOKEN_INVALID');
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
