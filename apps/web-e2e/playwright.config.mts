import { defineConfig } from '@playwright/test';
import { fileURLToPath } from 'node:url';

const port = process.env['E2E_PORT'] ?? '4300';
const baseURL = `http://127.0.0.1:${port}`;
const root = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Browser tests drive the production build in Debian's Chromium (Playwright's own browser download does not work
 * on these machines). The server is the real API on a fresh PostgreSQL database: see tools/e2e-server.mjs.
 */
export default defineConfig({
  testDir: './src',
  outputDir: '../../test-results',
  fullyParallel: false,
  workers: 2,
  retries: 0,
  forbidOnly: true,
  timeout: 30_000,
  expect: { timeout: 7_000 },
  reporter: [['list']],
  use: {
    baseURL,
    locale: 'nl-NL',
    timezoneId: 'Europe/Amsterdam',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  projects: [{ name: 'chromium' }],
  webServer: {
    command: 'node tools/e2e-server.mjs',
    cwd: root,
    url: `${baseURL}/api/health`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: 'pipe',
    stderr: 'pipe',
  },
});
