import { hashToken } from '@wijkdeal/accounts-api';
import { lastMailTo, startTestApp, TestApp, uniqueEmail } from '../testing/test-app';

/**
 * Links in e-mail (password reset, e-mail verification): each works once, for a short time, and only the newest of
 * its kind works; a new password ends all of them.
 */
describe('account tokens (integration)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const password = 'een-lang-wachtwoord';
  /** A registered account; its verification link is in the newest mail to it. */
  const register = async (label: string) => {
    const email = uniqueEmail(label).toLowerCase();
    const client = t.client();
    expect((await client.post('/api/auth/register', { email, password, displayName: label })).status).toBe(201);
    return { email, client };
  };
  const resetLink = async (email: string): Promise<string> => {
    expect((await t.client().post('/api/auth/password-reset/request', { email })).status).toBe(202);
    const token = (await lastMailTo(t.dataSource, email))?.token;
    if (!token) throw new Error('no reset mail');
    return token;
  };
  const reset = (token: string, newPassword = 'een-nieuw-wachtwoord') => t.client().post('/api/auth/password-reset', { token, password: newPassword });

  it('ends an older reset link once a newer one is used', async () => {
    const { email } = await register('tweelinks');
    const older = await resetLink(email);
    const newer = await resetLink(email);
    expect((await reset(newer)).status).toBe(204);
    const again = await reset(older, 'een-ander-wachtwoord');
    expect([again.status, again.body.code]).toEqual([400, 'TOKEN_INVALID']);
    expect((await t.client().signIn(email, 'een-nieuw-wachtwoord')).status).toBe(200);
  });

  it('ends an older reset link as soon as a newer one is sent', async () => {
    const { email } = await register('nieuwerlink');
    const older = await resetLink(email);
    await resetLink(email);
    expect((await reset(older)).body.code).toBe('TOKEN_INVALID');
  });

  it('ends an older verification link as soon as a newer one is sent', async () => {
    const { email, client } = await register('tweemaal');
    const older = (await lastMailTo(t.dataSource, email))?.token;
    await client.signIn(email, password);
    expect((await client.post('/api/auth/verify-email/resend')).status).toBe(204);
    const newer = (await lastMailTo(t.dataSource, email))?.token;
    expect(newer).not.toBe(older);
    expect((await t.client().post('/api/auth/verify-email', { token: older })).body.code).toBe('TOKEN_INVALID');
    expect((await t.client().post('/api/auth/verify-email', { token: newer })).status).toBe(204);
    expect((await t.client().post('/api/auth/verify-email', { token: newer })).body.code).toBe('TOKEN_INVALID');
  });

  it('ends every outstanding link, reset and verification, when the password changes', async () => {
    const { email } = await register('wachtwoordweg');
    const verification = (await lastMailTo(t.dataSource, email))?.token;
    const link = await resetLink(email);
    // A second outstanding reset link, as if sent before the rule (or by a second instance at the same moment).
    const [account] = await t.dataSource.query(`SELECT id FROM account WHERE email = $1`, [email]);
    const stray = 'een-oude-resetlink-die-nog-in-de-tabel-stond';
    await t.dataSource.query(`INSERT INTO account_token (token_hash, account_id, purpose, expires_at) VALUES ($1, $2, 'reset-password', now() + interval '1 hour')`, [hashToken(stray), account.id]);
    expect((await reset(link)).status).toBe(204);
    expect((await reset(stray)).body.code).toBe('TOKEN_INVALID');
    expect((await t.client().post('/api/auth/verify-email', { token: verification })).body.code).toBe('TOKEN_INVALID');
    const left = await t.dataSource.query(`SELECT count(*)::int AS n FROM account_token WHERE account_id = $1`, [account.id]);
    expect(left[0].n).toBe(0);
  });

  it('keeps links short-lived: a reset link 1 hour, a verification link 48 hours, and refuses one that expired', async () => {
    const { email } = await register('kortleven');
    const link = await resetLink(email);
    const rows: { purpose: string; minutes: number }[] = await t.dataSource.query(
      `SELECT purpose, round(extract(epoch FROM expires_at - now()) / 60)::int AS minutes FROM account_token t JOIN account a ON a.id = t.account_id WHERE a.email = $1 ORDER BY purpose`,
      [email],
    );
    expect(rows).toEqual([
      { purpose: 'reset-password', minutes: 60 },
      { purpose: 'verify-email', minutes: 48 * 60 },
    ]);
    await t.dataSource.query(`UPDATE account_token SET expires_at = now() - interval '1 second' WHERE account_id = (SELECT id FROM account WHERE email = $1)`, [email]);
    expect((await reset(link)).body.code).toBe('TOKEN_INVALID');
  });
});
