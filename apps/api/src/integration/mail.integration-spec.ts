import { SMTPServer } from 'smtp-server';
import { AddressInfo } from 'node:net';
import { Client } from 'pg';
import { startTestApp, TestApp, uniqueEmail } from '../testing/test-app';

/** With SMTP_URL set (and capture off), mail leaves through a real SMTP conversation. */
describe('e-mail over SMTP (integration)', () => {
  const received: { from: string; to: string[]; data: string }[] = [];
  let smtp: SMTPServer;
  let t: TestApp;

  beforeAll(async () => {
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      onData(stream, session, callback) {
        let data = '';
        stream.on('data', (chunk: Buffer) => (data += chunk.toString('utf8')));
        stream.on('end', () => {
          received.push({ from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '', to: session.envelope.rcptTo.map((r) => r.address), data });
          callback();
        });
      },
    });
    await new Promise<void>((done) => smtp.listen(0, '127.0.0.1', done));
    const port = (smtp.server.address() as AddressInfo).port;
    t = await startTestApp({ env: { SMTP_URL: `smtp://127.0.0.1:${port}`, MAIL_CAPTURE: 'false', MAIL_FROM: 'Wijkdeal <noreply@wijkdeal.test>' } });
  });

  afterAll(async () => {
    await t.close();
    await new Promise<void>((done) => smtp.close(done));
  });

  it('sends the verification mail through the SMTP server, and keeps no copy', async () => {
    const email = uniqueEmail('smtp');
    const response = await t.client('en').post('/api/auth/register', { email, password: 'een-lang-wachtwoord', displayName: 'Smtp', locale: 'en' });
    expect(response.status).toBe(201);
    const mail = received.find((candidate) => candidate.to.includes(email));
    expect(mail?.from).toBe('noreply@wijkdeal.test');
    expect(mail?.data).toContain('Subject: Confirm your e-mail address for Wijkdeal');
    // The body is quoted-printable: undo soft line breaks and =XX escapes before reading the link.
    const body = (mail?.data ?? '').replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_all, hex: string) => String.fromCharCode(parseInt(hex, 16)));
    expect(body).toMatch(/http:\/\/localhost:3000\/account\/bevestigen\?token=[A-Za-z0-9_-]{40,}/);
    const captured = await t.dataSource.query(`SELECT count(*)::int AS n FROM captured_mail WHERE to_address = $1`, [email]);
    expect(captured[0].n).toBe(0);
    expect((await t.client().get('/api/dev/mails')).status).toBe(404);
  });
});

/**
 * The notification mailer is stopped while it is sending (the app shuts down): it finishes the mail it is on and
 * records it, and starts no other. A mail that left over SMTP but is not marked mailed would be sent again.
 */
describe('the notification mailer during shutdown (integration)', () => {
  const PEOPLE = 40;
  const received: string[] = [];
  let smtp: SMTPServer;

  beforeAll(async () => {
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      onData(stream, session, callback) {
        stream.resume();
        // A slow mail server, so that the app stops in the middle of a pass.
        stream.on('end', () => setTimeout(() => {
          received.push(...session.envelope.rcptTo.map((r) => r.address));
          callback();
        }, 40));
      },
    });
    await new Promise<void>((done) => smtp.listen(0, '127.0.0.1', done));
  });
  afterAll(() => new Promise<void>((done) => smtp.close(done)));

  it('finishes and records the mail it is sending, then stops', async () => {
    const port = (smtp.server.address() as AddressInfo).port;
    const t = await startTestApp({ env: { SMTP_URL: `smtp://127.0.0.1:${port}`, MAIL_CAPTURE: 'false', MAIL_WORKER_SECONDS: '1' } });
    const emails = Array.from({ length: PEOPLE }, () => uniqueEmail('stoppen').toLowerCase());
    const accounts: { id: string }[] = await t.dataSource.query(
      `INSERT INTO account (email, password_hash, display_name, email_verified_at) SELECT e, 'x', 'Stoppen', now() FROM unnest($1::text[]) e RETURNING id`,
      [emails],
    );
    const ids = accounts.map((account) => account.id);
    await t.dataSource.query(`INSERT INTO notification_settings (account_id, email_frequency) SELECT unnest($1::uuid[]), 'instant'`, [ids]);
    await t.dataSource.query(
      `INSERT INTO notification (account_id, event_key, kind, title, body, link)
       SELECT id, 'stop-test', 'update', '{"nl":"Nieuws","en":"News"}', '{"nl":"Tekst","en":"Text"}', '/projecten' FROM unnest($1::uuid[]) id`,
      [ids],
    );
    while (!received.some((to) => emails.includes(to))) await new Promise((resolve) => setTimeout(resolve, 20));
    await t.close();
    const sentBeforeClose = received.filter((to) => emails.includes(to)).length;
    // Long enough for several more mails, had the mailer carried on.
    await new Promise((resolve) => setTimeout(resolve, 400));

    const direct = new Client({ connectionString: t.databaseUrl });
    await direct.connect();
    const marked = (await direct.query(`SELECT count(*)::int AS n FROM notification WHERE account_id = ANY($1::uuid[]) AND mailed_at IS NOT NULL`, [ids])).rows[0].n;
    await direct.end();
    const sent = received.filter((to) => emails.includes(to)).length;
    expect(sent).toBe(sentBeforeClose);
    expect(sent).toBeLessThan(PEOPLE);
    expect(marked).toBe(sent);
  }, 60_000);
});
