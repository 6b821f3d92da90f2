// `npm test`: every check that CI runs, in order — lint, type check, unit tests, integration tests on a real
// PostgreSQL, production build, browser tests in Chromium against that build. Stops at the first failure.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const env = {
  ...process.env,
  CI: 'true', NX_DAEMON: 'false', NX_NO_CLOUD: 'true', NX_TUI: 'false', NG_CLI_ANALYTICS: 'false', PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1',
};

function run(title, command, args, extraEnv = {}) {
  console.log(`\n=== ${title}`);
  const started = Date.now();
  const result = spawnSync(command, args, { cwd: root, env: { ...env, ...extraEnv }, stdio: 'inherit' });
  console.log(`=== ${title}: ${result.status === 0 ? 'ok' : 'FAILED'} (${Math.round((Date.now() - started) / 1000)} s)`);
  if (result.status !== 0) process.exit(result.status ?? 1);
}

// Browser tests use Debian's Chromium; Playwright's own browser download does not work on these machines.
if (!existsSync('/usr/bin/chromium')) {
  if (process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
    run('install Chromium (Debian package)', 'sh', ['-c', 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null']);
  } else {
    console.error('Chromium is missing: install it with `sudo apt-get install -y chromium` and run `npm test` again.');
    process.exit(1);
  }
}

const nx = (...args) => ['nx', ...args, '--output-style=static'];
run('lint', 'npx', nx('run-many', '-t', 'lint'));
run('type check', 'npx', nx('run-many', '-t', 'typecheck'));
run('unit tests', 'npx', nx('run-many', '-t', 'test'));
run('integration tests (PostgreSQL)', 'npx', nx('run', 'api:integration'));
run('production build', 'npx', nx('run-many', '-t', 'build', '-p', 'api', 'web'));
run('browser tests (Chromium)', 'npx', nx('run', 'web-e2e:e2e'));
