// Runs a TypeScript tool with the workspace's path aliases (SWC, no build step): node tools/run-ts.mjs tools/x.ts ARGS…
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const result = spawnSync(process.execPath, ['-r', '@swc-node/register', ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, SWC_NODE_PROJECT: 'tools/tsconfig.json' },
});
process.exit(result.status ?? 1);
