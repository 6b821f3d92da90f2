// Casting ballots through the API with many concurrent clients, next to the same durable work done directly with pg
// (a participation and a sealed ballot of the same size, one transaction each), and the ratio of the two; and
// importing + tallying the 90,494 ballots of Poland_Lodz_2022.pb into a stemweek.
import autocannon from 'autocannon';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { session } from './client.mjs';
import { startServer } from './server.mjs';

export const name = 'stemweek';
const BALLOTS = 3000;
const CONNECTIONS = 64;
const root = fileURLToPath(new URL('../..', import.meta.url));
const pabulib = process.env.PABULIB_DIR ?? join(root, '..', 'shared', 'pabulib');

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

export async function run() {
  const server = await startServer('wijkdeal_bench_stemweek', 4520);
  const db = new pg.Pool({ connectionString: server.databaseUrl, max: CONNECTIONS });
  try {
    const admin = await session(server.url, 'admin@wijkdeal.test', 'wijkdeal-demo');
    const theme = (await admin.request('GET', '/api/themes'))[0];
    const projects = [];
    for (let i = 1; i <= 12; i++) {
      projects.push(await admin.request('POST', '/api/projects', { themeId: theme.id, title: { nl: `Benchmarkproject ${i}`, en: `Benchmark project ${i}` }, summary: { nl: 'Voor de benchmark.', en: 'For the benchmark.' } }));
    }
    const stemweek = await admin.request('POST', '/api/stemweeks', {
      title: { nl: 'Benchmark-stemweek', en: 'Benchmark stemweek' },
      opensAt: new Date(Date.now() + 2_000).toISOString(),
      closesAt: new Date(Date.now() + 3_600_000).toISOString(),
      projects: projects.map((p) => ({ projectId: p.id, cost: 1000 })),
      method: { kind: 'approval', maxChoices: 3 },
      selection: { rule: 'top-n', n: 10, tieBreak: 'include-all' },
      channels: ['code'],
      eligiblePostcodes: [],
    });
    const apiCodes = (await admin.request('POST', `/api/stemweeks/${stemweek.id}/codes`, { count: BALLOTS })).codes.map((c) => c.code ?? c);
    await new Promise((done) => setTimeout(done, 2_500));

    // Through the API: every request a different code and a different ballot (three of the twelve projects).
    const visitor = await session(server.url);
    let next = 0;
    const result = await autocannon({
      url: server.url,
      connections: CONNECTIONS,
      amount: BALLOTS,
      requests: [
        {
          method: 'POST',
          path: `/api/stemweeks/${stemweek.id}/ballots`,
          headers: { 'content-type': 'application/json', cookie: `XSRF-TOKEN=${visitor.cookie('XSRF-TOKEN')}`, 'x-xsrf-token': visitor.cookie('XSRF-TOKEN') },
          setupRequest: (request) => {
            const i = next++;
            const choices = [0, 1, 2].map((k) => ({ projectId: projects[(i + k * 5) % projects.length].id }));
            return { ...request, body: JSON.stringify({ code: apiCodes[i], choices }) };
          },
        },
      ],
    });
    if (result.non2xx || result.errors) throw new Error(`API casting: ${result.non2xx} non-2xx, ${result.errors} errors`);
    const api = { name: 'cast through the API (code channel)', connections: CONNECTIONS, ballots: result.requests.total, ballotsPerSecond: Math.round(result.requests.total / (result.duration || 1)), p50ms: result.latency.p50, p99ms: result.latency.p99 };

    // The same durable work per ballot, in one transaction each, straight into PostgreSQL with the same concurrency:
    // the participation and a sealed ballot as large as the API's (random bytes instead of a real seal).
    const sealedBytes = (await db.query(`SELECT octet_length(sealed) AS n FROM sealed_ballot WHERE stemweek_id = $1 LIMIT 1`, [stemweek.id])).rows[0].n;
    const directCodes = (await admin.request('POST', `/api/stemweeks/${stemweek.id}/codes`, { count: BALLOTS })).codes;
    const codeIds = (await db.query(`SELECT v.id FROM voting_code v WHERE v.stemweek_id = $1 AND NOT EXISTS (SELECT 1 FROM stemweek_participation p WHERE p.voting_code_id = v.id) LIMIT $2`, [stemweek.id, directCodes.length])).rows.map((r) => r.id);
    const latencies = [];
    let cursor = 0;
    const started = performance.now();
    await Promise.all(
      Array.from({ length: CONNECTIONS }, async () => {
        const client = await db.connect();
        try {
          for (let i = cursor++; i < codeIds.length; i = cursor++) {
            const t0 = performance.now();
            await client.query('BEGIN');
            await client.query(`INSERT INTO stemweek_participation (stemweek_id, channel, account_id, voting_code_id, address_hash) VALUES ($1, 'code', NULL, $2, NULL)`, [stemweek.id, codeIds[i]]);
            await client.query(`INSERT INTO sealed_ballot (stemweek_id, channel, cast_on, sealed) VALUES ($1, 'code', current_date, $2)`, [stemweek.id, randomBytes(sealedBytes)]);
            await client.query('COMMIT');
            latencies.push(performance.now() - t0);
          }
        } finally {
          client.release();
        }
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    latencies.sort((a, b) => a - b);
    const direct = { name: 'same durable work directly with pg', connections: CONNECTIONS, ballots: latencies.length, ballotsPerSecond: Math.round(latencies.length / seconds), p50ms: Math.round(percentile(latencies, 50) * 10) / 10, p99ms: Math.round(percentile(latencies, 99) * 10) / 10 };

    // Import: parse, store 90,494 ballots and count them once with the file's rule (greedy-threshold).
    const scenarios = [api, direct, { name: 'API casting as a share of direct pg', ratio: Math.round((api.ballotsPerSecond / direct.ballotsPerSecond) * 100) / 100 }];
    console.log(`API ${api.ballotsPerSecond} ballots/s (p99 ${api.p99ms} ms) vs direct pg ${direct.ballotsPerSecond} ballots/s: ${Math.round((100 * api.ballotsPerSecond) / direct.ballotsPerSecond)} %`);
    const lodz = join(pabulib, 'Poland_Lodz_2022.pb');
    if (existsSync(lodz)) {
      const form = new FormData();
      form.append('file', new Blob([readFileSync(lodz)]), 'Poland_Lodz_2022.pb');
      const t0 = performance.now();
      const imported = await admin.request('POST', '/api/stemweeks/import', form);
      const importMs = Math.round(performance.now() - t0);
      const t1 = performance.now();
      const results = await admin.request('GET', `/api/stemweeks/${imported.id}/results`);
      const resultsMs = Math.round(performance.now() - t1);
      scenarios.push({ name: 'import + tally Poland_Lodz_2022.pb', ballots: results.ballots, ms: importMs });
      scenarios.push({ name: 'read its stored results', ballots: results.ballots, ms: resultsMs });
    }
    // The exact Method of Equal Shares with the add1 completion on the two large files (the import form
    // field rule=equal-shares, budget from META); the count alone is in tally.bench.mjs.
    for (const name of ['Poland_Lodz_2022.pb', 'Poland_Krakow_2024.pb']) {
      const path = join(pabulib, name);
      if (!existsSync(path)) continue;
      const form = new FormData();
      form.append('rule', 'equal-shares');
      form.append('file', new Blob([readFileSync(path)]), name);
      const t0 = performance.now();
      const imported = await admin.request('POST', '/api/stemweeks/import', form);
      const ms = Math.round(performance.now() - t0);
      const results = await admin.request('GET', `/api/stemweeks/${imported.id}/results`);
      scenarios.push({ name: `import + Method of Equal Shares (add1) ${name}`, ballots: results.ballots, ms });
    }
    return { data: { database: server.databaseKind }, scenarios };
  } finally {
    await db.end();
    await server.stop();
  }
}
