/* eslint-disable @typescript-eslint/no-explicit-any -- generated requests and their answers are plain JSON. */
import fc from 'fast-check';
import { Agent, request as httpRequest } from 'node:http';
import { DataSource } from 'typeorm';
import { DemoRole, fillPath, listOperations, Operation, resolveSchema, Schema, signInDemoRoles } from '../testing/openapi-operations';
import { startTestApp, TestApp } from '../testing/test-app';

/**
 * Property-based fuzzing of every operation in the OpenAPI document, as a visitor and as every demo role: bodies and
 * parameters of wrong types, nulls, huge, empty, unicode, lone surrogates, deep nesting, prototype keys, wrong content
 * types and encodings. Every answer must be below 500, every 4xx in the one error shape, and a batch of rejected
 * requests must leave the database as it was.
 *
 * Cases come from fast-check with a fixed seed (reproducible) and a random one (printed; rerun with FUZZ_SEED).
 * They run as many keep-alive requests in parallel, in batches with a cheap fingerprint of the data before and after.
 */
const FIXED_SEED = 13_2026;
const CASES_PER_SEED = Number(process.env['FUZZ_CASES'] ?? 6000);
const PARALLEL = 12;
// Small batches: most contain no accepted write, so most can be checked for "nothing changed".
const BATCH = 32;

type Role = DemoRole | 'anonymous';
interface Case {
  role: Role;
  operation: string;
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: string | Buffer;
}
interface Answer {
  status: number;
  contentType: string;
  text: string;
}

const PROTOTYPE_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty'];
const ODD_STRINGS = [
  '',
  ' ',
  '\ud800',
  'a\udc00b',
  '\u0000',
  'ë€😀',
  '‮right-to-left',
  'x'.repeat(6000),
  '2027-W01-1',
  '2027-05',
  '2027',
  '-2027-05-01',
  '2027-02-30',
  '+002027-05-01',
  '2027-05-01T25:00:00Z',
  '00000000-0000-4000-8000-000000000000',
  'a@b',
  '<script>alert(1)</script>',
  "'; DROP TABLE account; --",
  '%',
  '1e309',
  'NaN',
];

/** Percent-encodes like a browser, except that a lone surrogate goes out as its (invalid) UTF-8 bytes, as a raw client can send. */
function encode(value: string): string {
  return /\p{Cs}/u.test(value) ? `${encodeURIComponent(value.replace(/\p{Cs}/gu, ''))}%ED%A0%80` : encodeURIComponent(value);
}

/** Own enumerable prototype keys, so JSON.stringify writes them as an attacker would. */
function withKey(target: Record<string, unknown>, key: string, value: unknown): Record<string, unknown> {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  return target;
}

const oddValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.integer(),
  fc.constantFrom(-1, 0, 1.5, 2 ** 31, 2 ** 53 + 1, -1e308, 1e308),
  fc.constantFrom(...ODD_STRINGS),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constant([]),
  fc.constant({}),
  fc.array(fc.oneof(fc.string({ maxLength: 5 }), fc.integer(), fc.constant(null)), { maxLength: 4 }),
  fc.constantFrom(...PROTOTYPE_KEYS).map((key) => withKey({}, key, { polluted: true })),
  fc.integer({ min: 20, max: 400 }).map((depth) => {
    let nested: unknown = 'bottom';
    for (let i = 0; i < depth; i += 1) nested = i % 2 ? [nested] : { a: nested };
    return nested;
  }),
);

/** Values that fit the schema's type (from its examples, enum and bounds), so a mutation reaches past the first check. */
function fitting(document: any, raw: Schema | undefined, depth = 0): fc.Arbitrary<unknown> {
  const schema = resolveSchema(document, raw);
  if (depth > 4) return fc.constant(null);
  if (schema['enum']) return fc.constantFrom(...schema['enum']);
  if (schema['example'] !== undefined && typeof schema['example'] !== 'object') return fc.constant(schema['example']);
  switch (schema['type']) {
    case 'integer':
      return fc.integer({ min: schema['minimum'] ?? 0, max: Math.min(schema['maximum'] ?? 1000, 1_000_000) });
    case 'number':
      return fc.integer({ min: 0, max: 1000 });
    case 'boolean':
      return fc.boolean();
    case 'array':
      return fc.array(fitting(document, schema['items'], depth + 1), { maxLength: 3 });
    case 'object':
      return objectOf(document, schema, depth);
    case 'string':
      if (schema['format'] === 'uuid') return fc.uuid({ version: 4 });
      if (schema['format'] === 'date-time') return fc.constant('2027-05-01T09:00:00+02:00');
      if (schema['format'] === 'date') return fc.constant('2027-05-01');
      if (schema['format'] === 'email') return fc.constantFrom('fuzz@example.org', 'bewoner@wijkdeal.test');
      return fc.string({ minLength: 1, maxLength: 20 });
    default:
      return schema['properties'] ? objectOf(document, schema, depth) : fc.string({ maxLength: 10 });
  }
}

function objectOf(document: any, schema: Schema, depth: number): fc.Arbitrary<Record<string, unknown>> {
  const properties = Object.entries<Schema>(schema['properties'] ?? {});
  if (!properties.length) return fc.constant({});
  const required = new Set<string>(schema['required'] ?? []);
  return fc.record(Object.fromEntries(properties.map(([name, property]) => [name, fitting(document, property, depth + 1)])), {
    requiredKeys: properties.map(([name]) => name).filter((name) => required.has(name)),
  });
}

/** A body that fits the schema except for one thing: a field odd, null, missing or unknown, at the top or nested. */
function mutatedBody(document: any, schema: Schema): fc.Arbitrary<unknown> {
  return fc.tuple(fitting(document, schema), fc.nat(), oddValue, fc.constantFrom('odd', 'null', 'delete', 'unknown', 'prototype', 'nested')).map(([body, pick, odd, how]) => {
    if (!body || typeof body !== 'object' || Array.isArray(body)) return odd;
    const target = body as Record<string, unknown>;
    const keys = Object.keys(target);
    const key = keys.length ? keys[pick % keys.length] : 'field';
    if (how === 'odd') target[key] = odd;
    else if (how === 'null') target[key] = null;
    else if (how === 'delete') delete target[key];
    else if (how === 'unknown') target['unknownField'] = odd;
    else if (how === 'prototype') withKey(target, PROTOTYPE_KEYS[pick % PROTOTYPE_KEYS.length], odd);
    else {
      const inner = target[key];
      if (inner && typeof inner === 'object' && !Array.isArray(inner)) {
        const innerKeys = Object.keys(inner);
        (inner as Record<string, unknown>)[innerKeys[pick % Math.max(innerKeys.length, 1)] ?? 'x'] = odd;
      } else target[key] = [odd];
    }
    return target;
  });
}

const pathValue: fc.Arbitrary<{ value: string; raw: boolean }> = fc.oneof(
  fc.uuid({ version: 4 }).map((value) => ({ value, raw: false })),
  fc.constantFrom('groen-buitenzijn', 'speeltuin-opknappen', 'bestaat-niet', '0', '-1', '1.5').map((value) => ({ value, raw: false })),
  fc.constantFrom(...ODD_STRINGS).map((value) => ({ value, raw: false })),
  fc.string({ unit: 'binary', maxLength: 20 }).map((value) => ({ value, raw: false })),
  // Percent-encodings that do not decode: a lone surrogate in UTF-8, a cut sequence, a bare %.
  fc.constantFrom('%ED%A0%80', '%E0%A4%A', '%', '%zz', 'a%00b').map((value) => ({ value, raw: true })),
);

const queryValue: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...ODD_STRINGS).map(encode),
  fc.string({ unit: 'binary', maxLength: 20 }).map(encode),
  fc.constantFrom('%ED%A0%80', '%E0%A4%A', '%', 'a%00b', '1&page=2&page=3', 'x[y]=1', '-5', '99999999999999999999'),
);

/** Wrong or odd framing of a body: charsets, encodings and media types the API may or may not speak. */
const framing = fc.oneof(
  { weight: 12, arbitrary: fc.constant({ contentType: 'application/json' } as { contentType: string; encoding?: string }) },
  {
    weight: 3,
    arbitrary: fc.record({
      contentType: fc.constantFrom('application/json; charset=latin1', 'application/json; charset=utf-16', 'application/json; charset=kapot', 'text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data', 'application/xml', 'application/json'),
      encoding: fc.constantFrom(undefined, 'zstd', 'gzip', 'deflate', 'br', 'identity', 'gzip, zstd', 'kapot'),
    }),
  },
);

function caseFor(document: any, operation: Operation, roles: Role[]): fc.Arbitrary<Case> {
  const pathParameters = operation.parameters.filter((parameter) => parameter.in === 'path');
  const queryParameters = operation.parameters.filter((parameter) => parameter.in === 'query');
  const body: fc.Arbitrary<string | undefined> = operation.body
    ? fc.oneof(
        { weight: 6, arbitrary: mutatedBody(document, operation.body.schema).map((value) => JSON.stringify(value) ?? 'null') },
        { weight: 2, arbitrary: oddValue.map((value) => JSON.stringify(value) ?? 'null') },
        { weight: 1, arbitrary: fc.constantFrom('', '{', '{"a":1,}', 'null', '[]', '"x"', '{"a":"\\ud800"}', '{"\\ud800":1}', `{"a":"${'x'.repeat(150_000)}"}`) },
        { weight: 1, arbitrary: fc.constant(undefined) },
      )
    : fc.oneof({ weight: 8, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: oddValue.map((value) => JSON.stringify(value) ?? 'null') });
  return fc
    .record({
      role: fc.constantFrom(...roles),
      path: fc.tuple(...pathParameters.map(() => pathValue)),
      query: fc.array(fc.tuple(fc.constantFrom(...(queryParameters.length ? queryParameters.map((parameter) => parameter.name) : ['page'])), fc.oneof(queryValue, fitting(document, queryParameters[0]?.schema).map((value) => encode(String(value))))), {
        maxLength: 3,
      }),
      body,
      framing,
      csrf: fc.constantFrom('right', 'right', 'right', 'right', 'right', 'right', 'right', 'right', 'wrong', 'missing'),
    })
    .map(({ role, path, query, body, framing, csrf }) => {
      const values = Object.fromEntries(pathParameters.map((parameter, index) => [parameter.name, path[index]]));
      const filled = fillPath(operation.path, Object.fromEntries(Object.entries(values).map(([name, value]) => [name, value.raw ? value.value : encode(value.value)])), true);
      const search = query.length ? `?${query.map(([name, value]) => `${name}=${value}`).join('&')}` : '';
      const headers: Record<string, string> = { 'accept-language': role.length % 2 ? 'en' : 'nl' };
      if (csrf !== 'missing') headers['x-csrf-choice'] = csrf;
      if (body !== undefined) {
        headers['content-type'] = framing.contentType;
        if (framing.encoding) headers['content-encoding'] = framing.encoding;
      }
      return { role, operation: `${operation.method} ${operation.path}`, method: operation.method, url: filled + search, headers, body };
    });
}

function send(agent: Agent, base: URL, item: Case, cookies: Record<Role, { cookie: string; token: string }>): Promise<Answer> {
  const headers: Record<string, string> = { ...item.headers };
  const choice = headers['x-csrf-choice'];
  delete headers['x-csrf-choice'];
  const session = cookies[item.role];
  if (session.cookie) headers['cookie'] = session.cookie;
  if (choice === 'right') headers['x-xsrf-token'] = session.token;
  if (choice === 'wrong') headers['x-xsrf-token'] = 'not-the-token';
  const payload = item.body === undefined ? undefined : Buffer.from(item.body);
  if (payload) headers['content-length'] = String(payload.length);
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest({ agent, host: base.hostname, port: base.port, method: item.method, path: item.url, headers }, (incoming) => {
      const chunks: Buffer[] = [];
      incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
      incoming.on('end', () => resolve({ status: incoming.statusCode ?? 0, contentType: String(incoming.headers['content-type'] ?? ''), text: Buffer.concat(chunks).toString('utf8') }));
      incoming.on('error', reject);
    });
    outgoing.on('error', reject);
    outgoing.end(payload);
  });
}

/** What is wrong with an answer, or undefined when it is fine. */
function problemWith(answer: Answer): string | undefined {
  if (answer.status >= 500) return `${answer.status} ${answer.text.slice(0, 160)}`;
  if (answer.status < 400) return undefined;
  if (!answer.contentType.includes('application/json')) return `${answer.status} without JSON (${answer.contentType || 'no content type'}): ${answer.text.slice(0, 80)}`;
  let body: any;
  try {
    body = JSON.parse(answer.text);
  } catch {
    return `${answer.status} with a body that is not JSON`;
  }
  const keys = Object.keys(body ?? {}).filter((key) => !['statusCode', 'code', 'message', 'details'].includes(key));
  if (body?.statusCode !== answer.status || typeof body.code !== 'string' || typeof body.message !== 'string' || !body.message || keys.length) return `${answer.status} not in the error shape: ${answer.text.slice(0, 120)}`;
  if (body.details !== undefined && !(Array.isArray(body.details) && body.details.every((detail: any) => typeof detail.reason === 'string' && typeof detail.message === 'string'))) return `${answer.status} with malformed details`;
  return undefined;
}

/** A cheap fingerprint of the data a request may change: row count and content hash of every domain table. */
let fingerprintMs = 0;
async function fingerprint(dataSource: DataSource, tables: string[]): Promise<string[]> {
  const started = Date.now();
  const [row] = await dataSource.query(`SELECT ARRAY[${tables.map((table) => `(SELECT '${table} ' || count(*) || ':' || coalesce(sum(hashtext(t::text)::bigint), 0) FROM "${table}" t)`).join(', ')}] AS print`);
  fingerprintMs += Date.now() - started;
  return row.print;
}

// Bookkeeping a rejected request may rightly change: sessions (sign-in), throttle counters (failed attempts).
const BOOKKEEPING = new Set(['session', 'rate_limit_bucket', 'migrations']);

describe('fuzzing every operation of the OpenAPI document (integration)', () => {
  let t: TestApp;
  let document: any;
  let cookies: Record<Role, { cookie: string; token: string }>;
  let tables: string[];
  beforeAll(async () => {
    t = await startTestApp({ ownDatabase: true });
    document = (await t.client().get('/api/docs/openapi.json')).body;
    const clients = await signInDemoRoles(t);
    cookies = Object.fromEntries(Object.entries(clients).map(([role, client]) => [role, { cookie: client.cookieHeader(), token: client.cookie('XSRF-TOKEN') ?? '' }])) as typeof cookies;
    const rows: { tablename: string }[] = await t.dataSource.query(`SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`);
    tables = rows.map((row) => row.tablename).filter((name) => !BOOKKEEPING.has(name));
  });
  afterAll(() => t.close());

  it('answers every generated request below 500, every 4xx in the error shape, and changes nothing on a rejection', async () => {
    const operations = listOperations(document);
    expect(operations.length).toBeGreaterThan(100);
    // Some reads create data once (the café evenings of the coming months); do that before comparing fingerprints.
    for (const operation of operations.filter((candidate) => candidate.method === 'GET' && !candidate.parameters.some((parameter) => parameter.in === 'path'))) await t.client().get(operation.path);
    const roles = Object.keys(cookies) as Role[];
    // Signing out would turn the rest of that role's cases into a visitor's; the visitor covers the operation.
    const arbitrary = fc.constantFrom(...operations).chain((operation) => caseFor(document, operation, operation.path === '/api/auth/logout' ? ['anonymous'] : roles));
    const randomSeed = Number(process.env['FUZZ_SEED'] ?? Math.floor(Math.random() * 2 ** 31));
    const cases = [...fc.sample(arbitrary, { seed: FIXED_SEED, numRuns: CASES_PER_SEED }), ...fc.sample(arbitrary, { seed: randomSeed, numRuns: CASES_PER_SEED })];

    const base = new URL(t.url);
    const agent = new Agent({ keepAlive: true, maxSockets: PARALLEL });
    const failures = new Map<string, { count: number; example: Case }>();
    const fail = (item: Case, problem: string) => {
      const key = `${item.operation} as ${item.role}: ${problem.replace(/\d{2,}/g, 'N').slice(0, 140)}`;
      const known = failures.get(key);
      if (known) known.count += 1;
      else failures.set(key, { count: 1, example: item });
    };
    let checkedBatches = 0;
    const started = Date.now();
    for (let start = 0; start < cases.length; start += BATCH) {
      const batch = cases.slice(start, start + BATCH);
      const before = await fingerprint(t.dataSource, tables);
      const answers: Answer[] = new Array(batch.length);
      let next = 0;
      await Promise.all(
        Array.from({ length: PARALLEL }, async () => {
          while (next < batch.length) {
            const index = next++;
            answers[index] = await send(agent, base, batch[index], cookies).catch((error: Error) => ({ status: 599, contentType: '', text: `connection: ${error.message}` }));
          }
        }),
      );
      batch.forEach((item, index) => {
        const problem = problemWith(answers[index]);
        if (problem) fail(item, problem);
      });
      // Only a batch in which nothing was accepted must leave the data exactly as it was.
      if (batch.every((item, index) => item.method === 'GET' || answers[index].status >= 400)) {
        checkedBatches += 1;
        const after = await fingerprint(t.dataSource, tables);
        const changed = after.filter((table, index) => table !== before[index]).map((table) => table.split(' ')[0]);
        if (changed.length) fail(batch[0], `a batch of rejected requests changed ${changed.join(', ')} (${batch.map((item) => `${item.method} ${item.url} ${answers[batch.indexOf(item)].status}`).join(', ').slice(0, 2000)})`);
      }
    }
    agent.destroy();
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    console.log(`fuzz: ${cases.length} cases over ${operations.length} operations × ${roles.length} roles in ${seconds} s (seeds ${FIXED_SEED} and ${randomSeed}; ${checkedBatches} batches checked for no change, fingerprints ${fingerprintMs} ms)`);
    const report = [...failures].sort((a, b) => b[1].count - a[1].count).map(([key, { count, example }]) => `${count} × ${key}\n    e.g. ${example.method} ${example.url.slice(0, 120)} ${JSON.stringify(example.headers)} ${String(example.body ?? '').slice(0, 160)}`);
    expect(report).toEqual([]);
  }, 300_000);
});
