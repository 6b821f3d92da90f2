// `npm run bench`: builds the API, runs each benchmark against the production build on a fresh PostgreSQL (or in-process),
// prints a table and writes tools/bench/results/<name>.json. Benchmarks measure; tests never time anything.
import { spawnSync } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const only = process.argv.slice(2);
const env = { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true', NX_TUI: 'false' };
const files = readdirSync(new URL('.', import.meta.url)).filter((file) => file.endsWith('.bench.mjs')).sort();
const benches = [];
for (const file of files) {
  const bench = await import(new URL(file, import.meta.url));
  if (!only.length || only.includes(bench.name)) benches.push(bench);
}
// In-process benchmarks (needsApi false, e.g. `npm run bench -- tally`) do not need the API build.
if (benches.some((bench) => bench.needsApi !== false)) {
  const build = spawnSync('npx', ['nx', 'build', 'api', '--output-style=static'], { cwd: root, env, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

for (const bench of benches) {
  console.log(`\n=== ${bench.name}`);
  const started = Date.now();
  const result = await bench.run();
  const record = { name: bench.name, at: new Date().toISOString(), node: process.version, cpus: cpus().length, cpu: cpus()[0]?.model, seconds: Math.round((Date.now() - started) / 1000), ...result };
  writeFileSync(new URL(`results/${bench.name}.json`, import.meta.url), JSON.stringify(record, null, 2) + '\n');
  console.log(JSON.stringify(result.data ?? {}));
  console.table(result.scenarios);
}
