// Starts the production build of the API on a fresh, real PostgreSQL database for a benchmark.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { provideTestDatabase } from '../test-db.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));

export async function startServer(prefix, port, env = {}) {
  const database = await provideTestDatabase(prefix);
  const server = spawn(process.execPath, ['dist/apps/api/main.js'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, NODE_ENV: 'development', PORT: String(port), DATABASE_URL: database.url, DEMO_MODE: 'true', MAIL_WORKER_SECONDS: '0', DB_POOL_SIZE: '20', ...env },
  });
  const url = `http://127.0.0.1:${port}`;
  for (let waited = 0; ; waited += 250) {
    const health = await fetch(`${url}/api/health`).catch(() => undefined);
    if (health?.ok) break;
    if (waited > 60_000 || server.exitCode !== null) throw new Error('the API did not start');
    await new Promise((done) => setTimeout(done, 250));
  }
  return {
    url,
    databaseUrl: database.url,
    databaseKind: database.kind,
    async stop() {
      server.kill('SIGTERM');
      await new Promise((done) => (server.exitCode !== null ? done() : server.once('exit', done)));
      await database.cleanup();
    },
  };
}
