import { AuthService } from '@wijkdeal/accounts-api';
import { ApiClient } from '../testing/api-client';
import { DEMO, lastMailTo, signedInResident, startTestApp, TestApp, uniqueEmail } from '../testing/test-app';

describe('accounts (integration)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const countAccounts = async (email: string) => (await t.dataSource.query(`SELECT count(*)::int AS n FROM account WHERE email = $1`, [email]))[0].n;

  it('registers, e-mails a verification link that works once, and signs in and out', async () => {
    const email = uniqueEmail();
    const client = t.client();
    const registered = await client.post('/api/auth/register', { email: email.toUpperCase(), password: 'een-lang-wachtwoord', displayName: ' Fenna ', postcode: '9721pe', houseNumber: '109a' });
    expect(registered.status).toBe(201);
    expect(registered.body).toMatchObject({ email, displayName: 'Fenna', postcode: '9721 PE', houseNumber: '109A', emailVerified: false, roles: [] });

    const mail = await lastMailTo(t.dataSource, email);
    expect(mail?.subject).toBe('Bevestig je e-mailadres voor Wijkdeal');
    expect(mail?.text).toContain(`${t.config.PUBLIC_URL}/account/bevestigen?token=`);
    expect((await client.post('/api/auth/verify-email', { token: mail?.token })).status).toBe(204);
    const again = await client.post('/api/auth/verify-email', { token: mail?.token });
    expect(again.status).toBe(400);
    expect(again.body.code).toBe('TOKEN_INVALID');

    expect((await client.get('/api/auth/me')).status).toBe(401);
    const signIn = await client.signIn(email, 'een-lang-wachtwoord');
    expect(signIn.status).toBe(200);
    expect(signIn.body.emailVerified).toBe(true);
    const setCookie = signIn.headers.getSetCookie().find((line) => line.startsWith('wd_session='));
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
    expect((await client.get('/api/auth/me')).body.email).toBe(email);

    expect((await client.post('/api/auth/logout')).status).toBe(204);
    expect((await client.get('/api/auth/me')).status).toBe(401);
  });

  it('stores only a hash of the session token, so a copied token from the database signs nobody in', async () => {
    const client = t.client();
    await client.signIn(DEMO.resident, DEMO.password);
    const [row] = await t.dataSource.query(`SELECT s.token_hash FROM session s JOIN account a ON a.id = s.account_id WHERE a.email = $1 ORDER BY s.created_at DESC LIMIT 1`, [DEMO.resident]);
    expect(row.token_hash).not.toBe(client.cookie('wd_session'));
    const thief = t.client();
    await thief.get('/api/health');
    const forged = await thief.request('GET', '/api/auth/me', undefined, { cookie: `wd_session=${row.token_hash}` });
    expect(forged.status).toBe(401);
  });

  it('rejects a bad registration with a translated 400 and stores nothing', async () => {
    const email = uniqueEmail();
    const english = await t.client('en').post('/api/auth/register', { email, password: 'kort', displayName: 'X', postcode: '0721 PE', houseNumber: '1' });
    expect(english.status).toBe(400);
    expect(english.body).toMatchObject({ statusCode: 400, code: 'VALIDATION_FAILED', message: 'Some fields are not filled in correctly. Please check them.' });
    expect(english.body.details).toEqual(
      expect.arrayContaining([
        { field: 'password', reason: 'minLength', message: 'This is too short: at least 10 characters.' },
        { field: 'postcode', reason: 'isPostcode', message: 'Enter a Dutch postcode, such as 9721 PE.' },
      ]),
    );
    const dutch = await t.client('nl').post('/api/auth/register', { email, password: 'kort', displayName: 'X' });
    expect(dutch.body.details).toContainEqual({ field: 'password', reason: 'minLength', message: 'Dit is te kort: minstens 10 tekens.' });
    expect(await countAccounts(email)).toBe(0);
  });

  it('rejects unknown fields instead of ignoring them', async () => {
    const email = uniqueEmail();
    const response = await t.client().post('/api/auth/register', { email, password: 'een-lang-wachtwoord', displayName: 'Mo', isAdmin: true });
    expect(response.status).toBe(400);
    expect(response.body.details).toContainEqual({ field: 'isAdmin', reason: 'unknownField', message: 'Dit veld kennen we niet.' });
    expect(await countAccounts(email)).toBe(0);
  });

  it('keeps one account per e-mail address when 20 sign-ups for it arrive at once', async () => {
    const email = uniqueEmail('race');
    const responses = await Promise.all(
      Array.from({ length: 20 }, () => t.client().post('/api/auth/register', { email, password: 'een-lang-wachtwoord', displayName: 'Race' })),
    );
    const statuses = responses.map((response) => response.status);
    // The register rate limit (5 per hour per address) turns some into 429; never a 500, never two accounts.
    expect(statuses.filter((status) => status === 201)).toHaveLength(1);
    expect(statuses.every((status) => [201, 409, 429].includes(status))).toBe(true);
    expect(await countAccounts(email)).toBe(1);
  });

  it('delays sign-in on an address after repeated failures, for a browser that never signed in to it', async () => {
    const email = uniqueEmail('brute');
    await t.client().post('/api/auth/register', { email, password: 'een-lang-wachtwoord', displayName: 'Brute' });
    const attacker = t.client();
    for (let attempt = 0; attempt < t.config.LOGIN_ATTEMPTS_PER_15_MIN; attempt++) {
      expect((await attacker.signIn(email, `fout-wachtwoord-${attempt}`)).status).toBe(401);
    }
    const blocked = await t.client().signIn(email, 'een-lang-wachtwoord');
    expect(blocked.status).toBe(429);
    expect(blocked.body.code).toBe('SIGN_IN_DELAYED');
    expect(blocked.body.message).toMatch(/Wacht nog \d+ min/);
    // The counter lives in PostgreSQL as a keyed hash: no address in the clear.
    const rows = await t.dataSource.query(`SELECT key FROM sign_in_throttle WHERE key LIKE $1`, [`%${email}%`]);
    expect(rows).toHaveLength(0);
  });

  it('says the same for an unknown address and a wrong password', async () => {
    const unknown = await t.client().signIn(uniqueEmail('nobody'), 'een-lang-wachtwoord');
    const wrong = await t.client().signIn(DEMO.koploper, 'niet-het-wachtwoord');
    expect(unknown.status).toBe(401);
    expect(wrong.status).toBe(401);
    expect(unknown.body).toEqual(wrong.body);
  });

  it('resets a forgotten password by e-mail, ends old sessions, and answers alike for unknown addresses', async () => {
    const email = uniqueEmail('vergeten');
    const client = t.client();
    await client.post('/api/auth/register', { email, password: 'een-lang-wachtwoord', displayName: 'Vergeetachtig' });
    await client.signIn(email, 'een-lang-wachtwoord');
    expect((await t.client().post('/api/auth/password-reset/request', { email: uniqueEmail('onbekend') })).status).toBe(202);
    expect((await t.client().post('/api/auth/password-reset/request', { email })).status).toBe(202);
    const mail = await lastMailTo(t.dataSource, email);
    expect(mail?.subject).toBe('Nieuw wachtwoord voor Wijkdeal');
    expect((await t.client().post('/api/auth/password-reset', { token: mail?.token, password: 'een-nieuw-wachtwoord' })).status).toBe(204);
    expect((await client.get('/api/auth/me')).status).toBe(401);
    expect((await t.client().signIn(email, 'een-lang-wachtwoord')).status).toBe(401);
    expect((await t.client().signIn(email, 'een-nieuw-wachtwoord')).status).toBe(200);
    expect((await t.client().post('/api/auth/password-reset', { token: mail?.token, password: 'nog-een-wachtwoord' })).body.code).toBe('TOKEN_INVALID');
  });

  it('updates the profile with a normalised address', async () => {
    const email = uniqueEmail();
    const client = t.client();
    await client.post('/api/auth/register', { email, password: 'een-lang-wachtwoord', displayName: 'Sam' });
    await client.signIn(email, 'een-lang-wachtwoord');
    const updated = await client.patch('/api/auth/me', { postcode: '9722 aa', houseNumber: '12 b', locale: 'en' });
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({ postcode: '9722 AA', houseNumber: '12B', locale: 'en' });
    const half = await client.patch('/api/auth/me', { postcode: '9722 AB' });
    expect(half.status).toBe(400);
    expect((await client.get('/api/auth/me')).body.postcode).toBe('9722 AA');
  });

  it('exports my data and deletes my account after the password is confirmed', async () => {
    const email = uniqueEmail('weg');
    const client = t.client();
    await client.post('/api/auth/register', { email, password: 'een-lang-wachtwoord', displayName: 'Weg' });
    await client.signIn(email, 'een-lang-wachtwoord');
    const exported = await client.get('/api/auth/me/export');
    expect(exported.status).toBe(200);
    expect(exported.headers.get('content-disposition')).toContain('attachment');
    expect(exported.body.account).toMatchObject({ email, displayName: 'Weg' });
    expect(exported.body.sessions).toHaveLength(1);

    const wrong = await client.delete('/api/auth/me', { password: 'niet-goed-wachtwoord' });
    expect(wrong.status).toBe(401);
    expect(await countAccounts(email)).toBe(1);
    expect((await client.delete('/api/auth/me', { password: 'een-lang-wachtwoord' })).status).toBe(204);
    expect(await countAccounts(email)).toBe(0);
    expect((await client.get('/api/auth/me')).status).toBe(401);
    expect((await t.client().signIn(email, 'een-lang-wachtwoord')).status).toBe(401);
  });

  it('removes expired sessions and links when housekeeping runs', async () => {
    const email = uniqueEmail('oud');
    const client = t.client();
    const { body } = await client.post('/api/auth/register', { email, password: 'een-lang-wachtwoord', displayName: 'Oud' });
    await client.signIn(email, 'een-lang-wachtwoord');
    await t.dataSource.query(`UPDATE session SET expires_at = now() - interval '1 minute' WHERE account_id = $1`, [body.id]);
    await t.dataSource.query(`UPDATE account_token SET expires_at = now() - interval '1 minute' WHERE account_id = $1`, [body.id]);
    expect((await client.get('/api/auth/me')).status).toBe(401);
    await t.app.get(AuthService).removeExpired();
    const [{ sessions, tokens }] = await t.dataSource.query(
      `SELECT (SELECT count(*)::int FROM session WHERE account_id = $1) AS sessions, (SELECT count(*)::int FROM account_token WHERE account_id = $1) AS tokens`,
      [body.id],
    );
    expect({ sessions, tokens }).toEqual({ sessions: 0, tokens: 0 });
  });

  it('exposes captured mail only while capture is on', async () => {
    const mails = await t.client().get('/api/dev/mails');
    expect(mails.status).toBe(200);
    expect(Array.isArray(mails.body)).toBe(true);
  });
});

describe('roles and permissions (integration)', () => {
  let t: TestApp;
  let admin: ApiClient;
  beforeAll(async () => {
    t = await startTestApp();
    admin = t.client();
    await admin.signIn(DEMO.admin, DEMO.password);
  });
  afterAll(() => t.close());

  const newResident = () => signedInResident(t, 'Rol');


  it('answers 401 to a visitor on a resident endpoint and 403 to a resident on an admin endpoint', async () => {
    expect((await t.client().get('/api/auth/me')).status).toBe(401);
    expect((await t.client().get('/api/accounts')).body).toMatchObject({ statusCode: 401, code: 'UNAUTHENTICATED' });
    const { client } = await newResident();
    const forbidden = await client.get('/api/accounts');
    expect(forbidden.status).toBe(403);
    expect(forbidden.body).toMatchObject({ statusCode: 403, code: 'FORBIDDEN', message: 'Dit mag je niet doen met jouw account.' });
    expect((await client.patch('/api/themes/groen-buitenzijn', { intro: { nl: 'Gekaapt', en: 'Hijacked' } })).status).toBe(403);
    expect((await t.client().get('/api/themes/groen-buitenzijn')).body.intro.nl).not.toBe('Gekaapt');
  });

  it('lets an admin grant and revoke global roles, which take effect on the next request', async () => {
    const resident = await newResident();
    const granted = await admin.post(`/api/accounts/${resident.id}/roles`, { role: 'koploper' });
    expect(granted.status).toBe(201);
    expect(granted.body).toEqual(['koploper']);
    expect((await resident.client.get('/api/auth/me')).body.roles).toEqual(['koploper']);
    expect((await admin.post(`/api/accounts/${resident.id}/roles`, { role: 'koploper' })).body.code).toBe('ROLE_ALREADY_GRANTED');
    expect((await admin.post(`/api/accounts/${resident.id}/roles`, { role: 'burgemeester' })).status).toBe(400);

    await admin.post(`/api/accounts/${resident.id}/roles`, { role: 'admin' });
    expect((await resident.client.get('/api/accounts')).status).toBe(200);
    expect((await admin.delete(`/api/accounts/${resident.id}/roles/admin`)).body).toEqual(['koploper']);
    expect((await resident.client.get('/api/accounts')).status).toBe(403);
    expect((await admin.delete(`/api/accounts/${resident.id}/roles/teller-of-niet`)).status).toBe(404);
  });

  it('makes an account contact of a theme, who may then manage that theme\'s project groups only', async () => {
    const contact = await newResident();
    const member = await newResident();
    const added = await admin.post('/api/themes/verkeer-veiligheid/contacts', { accountId: contact.id, organisation: 'WIJ-team' });
    expect(added.status).toBe(201);
    expect(added.body).toMatchObject({ accountId: contact.id, name: 'Rol', organisation: 'WIJ-team' });
    expect((await admin.post('/api/themes/verkeer-veiligheid/contacts', { accountId: contact.id })).body.code).toBe('ROLE_ALREADY_GRANTED');
    const theme = (await t.client().get('/api/themes/verkeer-veiligheid')).body;
    expect(theme.contacts.map((c: { accountId: string }) => c.accountId)).toContain(contact.id);
    expect(JSON.stringify(theme)).not.toContain(contact.email);

    const me = (await contact.client.get('/api/auth/me')).body;
    expect(me.contactOf).toEqual([theme.id]);
    const traffic = (await t.client().get('/api/projects?theme=verkeer-veiligheid')).body.items[0];
    const green = (await t.client().get('/api/projects?theme=groen-buitenzijn')).body.items[0];
    expect((await contact.client.post(`/api/projects/${traffic.id}/members`, { accountId: member.id, role: 'member' })).status).toBe(204);
    expect((await member.client.get('/api/auth/me')).body.memberOf).toEqual([{ projectId: traffic.id, role: 'member' }]);
    expect((await contact.client.post(`/api/projects/${green.id}/members`, { accountId: member.id, role: 'member' })).status).toBe(403);
    expect((await member.client.post(`/api/projects/${traffic.id}/members`, { accountId: contact.id, role: 'member' })).status).toBe(403);

    expect((await admin.delete(`/api/themes/verkeer-veiligheid/contacts/${added.body.id}`)).status).toBe(204);
    expect((await contact.client.get('/api/auth/me')).body.contactOf).toEqual([]);
    expect((await contact.client.delete(`/api/projects/${traffic.id}/members/${member.id}`)).status).toBe(403);
  });
});

describe('the last admin (integration, own database)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ ownDatabase: true });
  });
  afterAll(() => t.close());

  it('keeps one admin when the only two admins drop their own role at the same moment', async () => {
    const first = t.client();
    await first.signIn(DEMO.admin, DEMO.password);
    const firstId = (await first.get('/api/auth/me')).body.id;
    expect((await first.delete(`/api/accounts/${firstId}/roles/admin`)).body.code).toBe('LAST_ADMIN');

    const email = uniqueEmail('admin');
    const second = t.client();
    const registered = await second.post('/api/auth/register', { email, password: 'een-lang-wachtwoord', displayName: 'Tweede' });
    await second.signIn(email, 'een-lang-wachtwoord');
    expect((await first.post(`/api/accounts/${registered.body.id}/roles`, { role: 'admin' })).status).toBe(201);

    const results = await Promise.all([first.delete(`/api/accounts/${firstId}/roles/admin`), second.delete(`/api/accounts/${registered.body.id}/roles/admin`)]);
    expect(results.map((result) => result.status).sort()).toEqual([200, 409]);
    expect(results.find((result) => result.status === 409)?.body.code).toBe('LAST_ADMIN');
    const [{ left }] = await t.dataSource.query(`SELECT count(*)::int AS left FROM account_role WHERE role = 'admin'`);
    expect(left).toBe(1);
  });

  it('does not let the last admin delete their account', async () => {
    const [{ email }] = await t.dataSource.query(`SELECT a.email FROM account a JOIN account_role r ON r.account_id = a.id WHERE r.role = 'admin'`);
    const client = t.client();
    const password = email === DEMO.admin ? DEMO.password : 'een-lang-wachtwoord';
    await client.signIn(email, password);
    const response = await client.delete('/api/auth/me', { password });
    expect(response.status).toBe(409);
    expect(response.body.code).toBe('LAST_ADMIN');
  });
});
