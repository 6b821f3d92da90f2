import { ApiClient } from '../testing/api-client';
import { DEMO, startTestApp, TestApp, uniqueEmail } from '../testing/test-app';

/**
 * Sign-in throttling after OWASP's authentication cheat sheet: only failures count, per account and per source,
 * with growing delays instead of a lock, and a browser that signed in before (device cookie) keeps its way in.
 * Every browser here comes from its own address through X-Forwarded-For, as behind a proxy (TRUST_PROXY=1).
 */
describe('sign-in throttling (integration)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ env: { TRUST_PROXY: '1', LOGIN_ATTEMPTS_PER_15_MIN: '10', LOGIN_FAILURES_PER_SOURCE_PER_15_MIN: '10' } });
  });
  afterAll(() => t.close());

  let addresses = 0;
  /** A browser at an address of its own. */
  const browser = (address = `198.51.100.${++addresses}`): ApiClient => t.client('nl', { 'x-forwarded-for': address });
  const password = 'een-lang-wachtwoord';
  const register = async (label: string): Promise<string> => {
    const email = uniqueEmail(label).toLowerCase();
    const response = await browser().post('/api/auth/register', { email, password, displayName: label });
    if (response.status !== 201) throw new Error(`register failed: ${response.status}`);
    return email;
  };

  it("lets a resident sign in from their own browser after an attacker's 50 failures, but delays a fresh browser", async () => {
    const email = await register('belaagd');
    const own = browser();
    expect((await own.signIn(email, password)).status).toBe(200);
    expect((await own.post('/api/auth/logout')).status).toBe(204);

    const attacker = browser('203.0.113.66');
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 50; attempt++) statuses.push((await attacker.signIn(email, `fout-wachtwoord-${attempt}`)).status);
    expect(statuses.filter((status) => status === 401)).toHaveLength(10);
    expect(statuses.slice(10).every((status) => status === 429)).toBe(true);

    const again = await own.signIn(email, password);
    expect(again.status).toBe(200);

    const fresh = await browser().signIn(email, password);
    expect(fresh.status).toBe(429);
    expect(fresh.body.code).toBe('SIGN_IN_DELAYED');
    expect(Number(fresh.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(fresh.body.message).toMatch(/Wacht nog \d+ min/);

    // The admin sees the delayed account (by address) and the attacker's source (only as a keyed hash).
    const admin = browser();
    await admin.signIn(DEMO.admin, DEMO.password);
    const list = await admin.get('/api/accounts/sign-in-throttle');
    expect(list.status).toBe(200);
    expect(list.body).toEqual(expect.arrayContaining([expect.objectContaining({ kind: 'account', email, failures: 10 })]));
    expect(JSON.stringify(list.body)).not.toContain('203.0.113.66');
    const resident = browser();
    await resident.signIn(DEMO.resident, DEMO.password);
    expect((await resident.get('/api/accounts/sign-in-throttle')).status).toBe(403);
  });

  it("counts the browser's own failures on its device, separately from other people's", async () => {
    const email = await register('eigen');
    const own = browser();
    expect((await own.signIn(email, password)).status).toBe(200);
    for (let attempt = 0; attempt < 10; attempt++) expect((await own.signIn(email, `mis-${attempt}`)).status).toBe(401);
    const delayed = await own.signIn(email, password);
    expect([delayed.status, delayed.body.code]).toEqual([429, 'SIGN_IN_DELAYED']);
    // Someone else, elsewhere, was not part of those failures.
    expect((await browser().signIn(email, password)).status).toBe(200);
  });

  it('slows one source that sprays a password over 15 accounts, with a delay that grows', async () => {
    const emails = await Promise.all(Array.from({ length: 15 }, (_, index) => register(`spray${index}`)));
    const sprayer = browser('203.0.113.99');
    const answers = [];
    for (const email of emails) answers.push(await sprayer.signIn(email, 'Welkom2026!'));
    expect(answers.slice(0, 10).map((answer) => answer.status)).toEqual(Array(10).fill(401));
    const delayed = answers[10];
    expect([delayed.status, delayed.body.code]).toEqual([429, 'SIGN_IN_DELAYED']);
    const firstDelay = Number(delayed.headers.get('retry-after'));
    expect(firstDelay).toBeGreaterThan(0);

    // Once the delay has passed (moved into the past here), the next failure earns a longer one.
    await t.dataSource.query(`UPDATE sign_in_throttle SET delayed_until = now() - interval '1 second' WHERE scope = 'source' AND delayed_until > now()`);
    expect((await sprayer.signIn(emails[11], 'Welkom2026!')).status).toBe(401);
    const longer = await sprayer.signIn(emails[12], 'Welkom2026!');
    expect(longer.status).toBe(429);
    expect(Number(longer.headers.get('retry-after'))).toBeGreaterThan(firstDelay);
    expect(Number(longer.headers.get('retry-after'))).toBeLessThanOrEqual(15 * 60);
  });

  it('never counts a success, and a success clears the failures of that browser', async () => {
    const email = await register('geslaagd');
    for (let attempt = 0; attempt < 15; attempt++) expect((await browser('198.51.100.250').signIn(email, password)).status).toBe(200);
    const forgetful = browser('198.51.100.251');
    for (let round = 0; round < 2; round++) {
      for (let attempt = 0; attempt < 9; attempt++) expect((await forgetful.signIn(email, `vergeten-${round}-${attempt}`)).status).toBe(401);
      expect((await forgetful.signIn(email, password)).status).toBe(200);
    }
  });
});
