import { listOperations } from '../testing/openapi-operations';
import { DEMO, startTestApp, TestApp } from '../testing/test-app';

describe('smaller faults found on the way (integration)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('creates two projects with the same title at once: both get a slug of their own, no 500', async () => {
    const admin = t.client();
    await admin.signIn(DEMO.admin, DEMO.password);
    const themeId: string = (await admin.get('/api/themes/groen-buitenzijn')).body.id;
    const title = `Tegelijk ${process.pid} ${Date.now()}`;
    const created = await Promise.all(Array.from({ length: 8 }, () => admin.post('/api/projects', { themeId, title: { nl: title, en: title }, summary: { nl: 'Samen.', en: 'Together.' } })));
    expect(created.map((response) => response.status)).toEqual(Array(8).fill(201));
    expect(new Set(created.map((response) => response.body.slug)).size).toBe(8);
  });

  it('answers HEAD on every GET route like GET, without a body', async () => {
    const operations = listOperations((await t.client().get('/api/docs/openapi.json')).body).filter((operation) => operation.method === 'GET');
    const mismatches: string[] = [];
    for (const operation of operations) {
      const path = operation.path.replace(/\{(\w+)\}/g, '00000000-0000-4000-8000-000000000000');
      const [get, head] = await Promise.all([fetch(t.url + path), fetch(t.url + path, { method: 'HEAD' })]);
      const body = await head.text();
      await get.text();
      if (head.status !== get.status || body !== '') mismatches.push(`${operation.path}: GET ${get.status}, HEAD ${head.status} ${body.slice(0, 60)}`);
    }
    expect(mismatches).toEqual([]);
  });
});
