// The server for browser tests: the production build of the API (which serves the built web app) on a fresh,
// real PostgreSQL database with demo data and captured e-mail. Playwright starts and stops it.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { provideTestDatabase } from './test-db.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const port = process.env.E2E_PORT ?? '4300';
const database = await provideTestDatabase('wijkdeal_e2e');
console.log(`e2e server on port ${port}, PostgreSQL: ${database.kind}`);

const server = spawn(process.execPath, ['dist/apps/api/main.js'], {
  cwd: root,
  stdio: 'inherit',
  env: {
    ...process.env,
    NODE_ENV: 'development',
    PORT: port,
    PUBLIC_URL: `http://127.0.0.1:${port}`,
    DATABASE_URL: database.url,
    DEMO_MODE: 'true',
    MAIL_CAPTURE: 'true',
    // Browser tests sign in often as the same demo accounts; the limit itself is covered by integration tests.
    LOGIN_ATTEMPTS_PER_15_MIN: '1000',
    // Notification mail goes out within seconds, so a browser test can wait for it (the default is a minute).
    MAIL_WORKER_SECONDS: '2',
  },
});

let stopping = false;
async function stop(code) {
  if (stopping) return;
  stopping = true;
  server.kill('SIGTERM');
  await new Promise((done) => (server.exitCode !== null ? done() : server.once('exit', done)));
  await database.cleanup().catch(() => undefined);
  process.exit(code);
}
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => void stop(0));
server.on('exit', (code) => void stop(code ?? 1));
