import { SMTPServer } from 'smtp-server';
import { AddressInfo } from 'node:net';
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
