import { ApiResponse } from '../testing/api-client';
import { DEMO, startTestApp, TestApp } from '../testing/test-app';

describe('API conventions (integration)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('reports health with a database check', async () => {
    const response = await t.client().get('/api/health');
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ status: 'ok', database: 'ok' });
  });

  it('refuses an unsafe request without the CSRF header, and changes nothing', async () => {
    const client = t.client();
    await client.get('/api/health');
    const response = await client.request('POST', '/api/auth/login', { email: DEMO.admin, password: DEMO.password }, { 'x-xsrf-token': 'wrong' });
    expect(response.status).toBe(403);
    expect(response.body).toEqual({ statusCode: 403, code: 'CSRF_TOKEN_INVALID', message: 'Je sessie is verlopen. Laad de pagina opnieuw en probeer het nog eens.' });
    expect(response.headers.getSetCookie().some((line) => line.startsWith('wd_session='))).toBe(false);
  });

  it('answers bad JSON, an oversized body and an unknown path in the one error shape', async () => {
    const client = t.client('en');
    const badJson = await client.post('/api/auth/login', '{"email": ');
    expect(badJson.status).toBe(400);
    expect(badJson.body).toMatchObject({ statusCode: 400, code: 'VALIDATION_FAILED' });
    const huge = await client.post('/api/auth/register', { email: 'a@example.org', password: 'x'.repeat(200_000), displayName: 'Groot' });
    expect(huge.status).toBe(413);
    expect(huge.body).toEqual({ statusCode: 413, code: 'PAYLOAD_TOO_LARGE', message: 'What you sent is too large.' });
    const missing = await client.get('/api/bestaat-niet');
    expect(missing.status).toBe(404);
    expect(missing.body).toEqual({ statusCode: 404, code: 'NOT_FOUND', message: 'This does not exist (any more).' });
  });

  it('never answers 500 to odd input: invalid input is a 4xx in the error shape, odd but valid input just works', async () => {
    const client = t.client();
    await client.signIn(DEMO.admin, DEMO.password);
    const probes: [Promise<ApiResponse>, number][] = [
      [client.get('/api/projects?page=abc'), 400],
      [client.get('/api/projects?pageSize=100000'), 400],
      [client.get('/api/projects?status=kapot'), 400],
      [client.get(`/api/projects?q=${encodeURIComponent("%_'\\;--")}`), 200],
      [client.get('/api/themes/%00'), 400],
      [client.get('/api/projects?q=a%00b'), 400],
      [client.get('/api/accounts?q=%25'), 200],
      [client.post('/api/accounts/not-a-uuid/roles', { role: 'admin' }), 400],
      [client.post('/api/accounts/00000000-0000-4000-8000-000000000000/roles', { role: 'admin' }), 404],
      [client.post('/api/auth/login', []), 400],
      [client.post('/api/auth/login', 'null'), 400],
      [client.post('/api/auth/login', { email: 'a@example.org', password: 'nul\u0000byte' }), 400],
      [client.post('/api/auth/register', { email: ['a@b.nl'], password: { x: 1 }, displayName: 42 }), 400],
      [client.patch('/api/themes/groen-buitenzijn', { intro: 'geen object' }), 400],
      [client.post('/api/auth/verify-email', { token: 'x'.repeat(5000) }), 400],
    ];
    const responses = await Promise.all(probes.map(([probe]) => probe));
    expect(responses.map((response) => response.status)).toEqual(probes.map(([, status]) => status));
    for (const response of responses.filter((r) => r.status >= 400)) {
      expect(typeof response.body.code).toBe('string');
      expect(typeof response.body.message).toBe('string');
    }
  });

  it('sends security headers and a content security policy the web app satisfies', async () => {
    const response = await t.client().get('/api/health');
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-powered-by')).toBeNull();
  });

  it('publishes the OpenAPI document with the public contract', async () => {
    const response = await t.client().get('/api/docs/openapi.json');
    expect(response.status).toBe(200);
    const paths = Object.keys(response.body.paths);
    expect(paths).toEqual(
      expect.arrayContaining(['/api/auth/register', '/api/auth/login', '/api/auth/logout', '/api/auth/me', '/api/themes', '/api/themes/{slug}', '/api/projects', '/api/partners', '/api/health']),
    );
    expect(response.body.paths['/api/auth/register'].post.requestBody).toBeDefined();
  });
});

describe('themes, projects and partners (integration)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('lists the five themes in order, in both languages', async () => {
    const response = await t.client().get('/api/themes');
    expect(response.status).toBe(200);
    expect(response.body.map((theme: { position: number }) => theme.position)).toEqual([1, 2, 3, 4, 5]);
    expect(response.body[0].name).toEqual({ nl: 'Groen & Buitenzijn', en: 'Green & Outdoors' });
    expect(response.body[4].name).toEqual({ nl: 'Kunst, Cultuur & Historie', en: 'Art, Culture & History' });
  });

  it('shows a theme with its contact persons and answers 404 for an unknown one', async () => {
    const theme = await t.client().get('/api/themes/groen-buitenzijn');
    expect(theme.status).toBe(200);
    expect(theme.body.contacts).toContainEqual(expect.objectContaining({ name: 'Cor Contact', organisation: 'Bewoner van De Wijert' }));
    expect(JSON.stringify(theme.body)).not.toContain('@');
    expect((await t.client().get('/api/themes/bestaat-niet')).status).toBe(404);
  });

  it('lets an admin edit theme texts; a bad edit changes nothing', async () => {
    const admin = t.client();
    await admin.signIn(DEMO.admin, DEMO.password);
    const before = (await admin.get('/api/themes/kunst-cultuur-historie')).body;
    const bad = await admin.patch('/api/themes/kunst-cultuur-historie', { intro: { nl: '', en: 'Only English' }, description: { nl: 'Nieuw' } });
    expect(bad.status).toBe(400);
    expect(bad.body.details.map((d: { field: string }) => d.field)).toEqual(expect.arrayContaining(['intro.nl', 'description.en']));
    expect((await admin.get('/api/themes/kunst-cultuur-historie')).body).toEqual(before);
    const good = await admin.patch('/api/themes/kunst-cultuur-historie', { intro: { nl: 'Verhalen van de wijk.', en: 'Stories of the neighbourhood.' } });
    expect(good.status).toBe(200);
    expect(good.body.intro).toEqual({ nl: 'Verhalen van de wijk.', en: 'Stories of the neighbourhood.' });
    await admin.patch('/api/themes/kunst-cultuur-historie', { intro: before.intro });
  });

  it('lists projects with theme and status, filtered and paged', async () => {
    const all = await t.client().get('/api/projects?pageSize=100');
    expect(all.status).toBe(200);
    expect(all.body.total).toBeGreaterThanOrEqual(12);
    const themes = new Set(all.body.items.map((project: { theme: { slug: string } }) => project.theme.slug));
    expect(themes.size).toBe(5);
    const selected = await t.client().get('/api/projects?status=selected');
    expect(selected.body.items.length).toBeGreaterThan(0);
    expect(selected.body.items.every((project: { status: string }) => project.status === 'selected')).toBe(true);
    const green = await t.client().get('/api/projects?theme=groen-buitenzijn&pageSize=2&page=1');
    expect(green.body).toMatchObject({ page: 1, pageSize: 2 });
    expect(green.body.items).toHaveLength(2);
    expect(green.body.total).toBeGreaterThanOrEqual(3);
    const search = await t.client().get('/api/projects?q=speeltuin');
    expect(search.body.items.map((project: { slug: string }) => project.slug)).toContain('speeltuin-opknappen');
  });

  it('lists the partners from the reference data', async () => {
    const response = await t.client().get('/api/partners');
    expect(response.status).toBe(200);
    expect(response.body).toHaveLength(31);
    expect(response.body).toContainEqual(expect.objectContaining({ name: 'Gemeente Groningen', kind: 'municipality' }));
    expect(response.body).toContainEqual(expect.objectContaining({ name: 'Gebiedscoöperatie Westerkwartier', slug: 'gebiedscooperatie-westerkwartier' }));
  });
});
