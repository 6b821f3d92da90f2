import { connect } from 'node:net';
import { gzipSync } from 'node:zlib';
import { ApiClient } from '../testing/api-client';
import { DEMO, startTestApp, TestApp } from '../testing/test-app';

/** Bodies, parameters and framing the API must refuse in the one error shape, never with a 500. */
describe('bad input is refused in the error shape (integration)', () => {
  let t: TestApp;
  let admin: ApiClient;
  let project: { id: string; slug: string };
  beforeAll(async () => {
    t = await startTestApp();
    admin = t.client('en');
    await admin.signIn(DEMO.admin, DEMO.password);
    const created = await admin.post('/api/projects', {
      themeId: (await admin.get('/api/themes/groen-buitenzijn')).body.id,
      title: { nl: `Bankjes ${Date.now()}`, en: 'Benches' },
      summary: { nl: 'Bankjes langs het pad.', en: 'Benches along the path.' },
      costEstimate: 1200,
      place: 'Het pad',
    });
    expect(created.status).toBe(201);
    project = created.body;
  });
  afterAll(() => t.close());

  const shaped = (status: number, code: string) => expect.objectContaining({ statusCode: status, code, message: expect.any(String) });

  it('answers an unsupported charset or content encoding with 415, a body that does not decode with 400', async () => {
    const client = t.client('en');
    const latin1 = await client.request('POST', '/api/auth/login', '{"email":"a@b.nl","password":"x"}', { 'content-type': 'application/json; charset=latin1' });
    expect([latin1.status, latin1.body]).toEqual([415, shaped(415, 'UNSUPPORTED_MEDIA_TYPE')]);
    const zstd = await client.request('POST', '/api/auth/login', '{"email":"a@b.nl","password":"x"}', { 'content-encoding': 'zstd' });
    expect([zstd.status, zstd.body]).toEqual([415, shaped(415, 'UNSUPPORTED_MEDIA_TYPE')]);
    const fakeGzip = await client.request('POST', '/api/auth/login', '{"email":"a@b.nl","password":"x"}', { 'content-encoding': 'gzip' });
    expect([fakeGzip.status, fakeGzip.body]).toEqual([400, shaped(400, 'VALIDATION_FAILED')]);
    expect(fakeGzip.body.details).toEqual([expect.objectContaining({ reason: 'undecodableBody' })]);
    // A real gzip body still works.
    const gzip = await fetch(`${t.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-encoding': 'gzip', 'x-xsrf-token': client.cookie('XSRF-TOKEN') ?? '', cookie: client.cookieHeader() },
      body: gzipSync(JSON.stringify({ email: DEMO.resident, password: DEMO.password })),
    });
    expect(gzip.status).toBe(200);
  });

  it('refuses a lone surrogate anywhere: in a body (also as a key or nested), a query or a path parameter', async () => {
    const probes = await Promise.all([
      admin.request('POST', '/api/auth/login', '{"email":"a\\ud800@b.nl","password":"x"}'),
      admin.request('POST', '/api/auth/register', '{"email":"a@example.org","password":"een-lang-wachtwoord","displayName":"x\\udc00"}'),
      admin.request('PATCH', `/api/projects/${project.id}`, '{"title":{"nl":"x\\ud800","en":"y"}}'),
      admin.request('PATCH', `/api/projects/${project.id}`, '{"title":{"\\ud800":"x"}}'),
      admin.get('/api/projects?q=%ED%A0%80'),
      admin.get('/api/themes/%ED%A0%80'),
    ]);
    for (const probe of probes) {
      expect([probe.status, probe.body]).toEqual([400, shaped(400, 'VALIDATION_FAILED')]);
    }
    expect(probes[0].body.details).toEqual([expect.objectContaining({ reason: 'loneSurrogate', message: 'This text contains a broken character. Type it again.' })]);
    expect((await admin.get(`/api/projects/${project.id}`)).body.title).toEqual({ nl: expect.stringMatching(/^Bankjes/), en: 'Benches' });
  });

  it('refuses prototype keys as unknown fields, at the top and nested', async () => {
    for (const key of ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty']) {
      const top = await admin.request('PATCH', `/api/projects/${project.id}`, `{"${key}":{"isAdmin":true},"place":"ergens"}`);
      expect([top.status, top.body.details]).toEqual([400, [expect.objectContaining({ field: key, reason: 'unknownField' })]]);
      const nested = await admin.request('PATCH', `/api/projects/${project.id}`, `{"title":{"nl":"a","en":"b","${key}":1}}`);
      expect([nested.status, nested.body.details]).toEqual([400, [expect.objectContaining({ field: `title.${key}`, reason: 'unknownField' })]]);
    }
    expect((await admin.get(`/api/projects/${project.id}`)).body.place).toBe('Het pad');
  });

  it('validates nested objects as objects: missing or an array is a 400', async () => {
    const news = await admin.post('/api/news', {});
    expect([news.status, news.body]).toEqual([400, shaped(400, 'VALIDATION_FAILED')]);
    expect(news.body.details).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'title', reason: 'isDefined' }), expect.objectContaining({ field: 'body', reason: 'isDefined' })]));
    const intro = await admin.patch('/api/themes/groen-buitenzijn', { intro: [] });
    expect([intro.status, intro.body.details]).toEqual([400, [expect.objectContaining({ field: 'intro', reason: 'isObject' })]]);
    const werkplaats = await admin.put('/api/werkplaats', { address: 'Straat 1', openingHours: ['ma'], team: [] });
    expect([werkplaats.status, werkplaats.body.details]).toEqual([400, [expect.objectContaining({ field: 'openingHours', reason: 'isObject' })]]);
  });

  it('accepts only dates PostgreSQL accepts', async () => {
    for (const plannedOn of ['2027-W01-1', '2027-05', '2027', '-2027-05-01', '2027-02-30', '+002027-05-01']) {
      const response = await admin.post(`/api/projects/${project.id}/milestones`, { title: 'Start', plannedOn });
      expect([plannedOn, response.status, response.body.details]).toEqual([plannedOn, 400, [expect.objectContaining({ field: 'plannedOn', reason: 'isDateString' })]]);
    }
    expect((await admin.post(`/api/projects/${project.id}/milestones`, { title: 'Start', plannedOn: '2027-05-01' })).status).toBe(201);
  });

  it('tells null from absent: null is a translated 400 for a field that cannot be empty, and clears one that can', async () => {
    const nl = t.client('nl');
    await nl.signIn(DEMO.resident, DEMO.password);
    const name = await nl.patch('/api/auth/me', { displayName: null });
    expect([name.status, name.body.details]).toEqual([400, [{ field: 'displayName', reason: 'isNotNull', message: 'Dit veld mag niet leeg zijn.' }]]);
    const locale = await nl.patch('/api/auth/me', { locale: null });
    expect([locale.status, locale.body.details?.[0]?.reason]).toEqual([400, 'isNotNull']);
    for (const body of [{ progress: null }, { title: null }, { status: null }]) {
      const response = await admin.patch(`/api/projects/${project.id}`, body);
      expect([response.status, response.body.details?.[0]?.reason]).toEqual([400, 'isNotNull']);
    }
    const cleared = await admin.patch(`/api/projects/${project.id}`, { costEstimate: null, place: null });
    expect(cleared.status).toBe(200);
    const after = (await admin.get(`/api/projects/${project.id}`)).body;
    expect([after.costEstimate, after.place]).toEqual([null, null]);
    const milestone = (await admin.post(`/api/projects/${project.id}/milestones`, { title: 'Opening', plannedOn: '2027-06-01' })).body;
    const renamed = await admin.patch(`/api/projects/${project.id}/milestones/${milestone.id}`, { title: null });
    expect([renamed.status, renamed.body.details?.[0]?.reason]).toEqual([400, 'isNotNull']);
    const unplanned = await admin.patch(`/api/projects/${project.id}/milestones/${milestone.id}`, { plannedOn: null });
    expect([unplanned.status, unplanned.body.plannedOn]).toEqual([200, null]);
  });

  it('compares the CSRF token as bytes: a header of the same length in characters but not in bytes is a 403, not a 500', async () => {
    // Node reads header bytes as latin1: "\u00e9" is one character, two bytes in UTF-8; the cookie "a" is one of each.
    const response = await fetch(`${t.url}/api/auth/login`, {
      method: 'POST',
      headers: { cookie: 'XSRF-TOKEN=a', 'x-xsrf-token': '\u00e9', 'content-type': 'application/json', 'accept-language': 'en' },
      body: '{"email":"a@b.nl","password":"x"}',
    });
    expect([response.status, await response.json()]).toEqual([403, shaped(403, 'CSRF_TOKEN_INVALID')]);
  });

  it("answers Node's own parser errors (a bad request line, headers over 16 kB) in the error shape", async () => {
    const raw = (text: string) =>
      new Promise<string>((resolve, reject) => {
        const socket = connect(Number(new URL(t.url).port), '127.0.0.1', () => socket.write(text));
        let answer = '';
        socket.on('data', (chunk) => (answer += chunk.toString()));
        socket.on('end', () => resolve(answer));
        socket.on('error', reject);
      });
    // A Content-Length shorter than the body: the rest is read as the next request, which is not HTTP.
    const short = await raw('POST /api/auth/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}garbage garbage\r\n\r\n');
    const second = short.slice(short.lastIndexOf('HTTP/1.1 '));
    expect(second).toMatch(/^HTTP\/1\.1 400/);
    expect(JSON.parse(second.slice(second.indexOf('\r\n\r\n') + 4))).toEqual(shaped(400, 'VALIDATION_FAILED'));
    const large = await raw(`GET /api/health HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`);
    expect(large).toMatch(/^HTTP\/1\.1 431/);
    expect(JSON.parse(large.slice(large.indexOf('\r\n\r\n') + 4))).toEqual(shaped(431, 'HEADERS_TOO_LARGE'));
  });
});
