// The exact Method of Equal Shares (add1 completion) on the two large pabulib files, in-process and without the
// API: parse the .pb file, then time selectEqualShares alone (ms; validate: false, as tallyBallots calls it) and the
// whole tallyBallots with rule equal-shares (tallyMs: also validates and scores every ballot). The tally
// library is TypeScript; esbuild (already installed with the Angular build) bundles it for this run.
import { build } from 'esbuild';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const name = 'tally';
/** Runs in-process: no API build or database needed. */
export const needsApi = false;
const root = fileURLToPath(new URL('../..', import.meta.url));
const pabulib = process.env.PABULIB_DIR ?? join(root, '..', 'shared', 'pabulib');
const FILES = ['Poland_Lodz_2022.pb', 'Poland_Krakow_2024.pb'];

async function loadTally() {
  const dir = mkdtempSync(join(tmpdir(), 'wijkdeal-bench-tally-'));
  const outfile = join(dir, 'tally.mjs');
  try {
    await build({ entryPoints: [join(root, 'libs/voting/tally/src/index.ts')], bundle: true, format: 'esm', platform: 'node', outfile, logLevel: 'warning' });
    return await import(pathToFileURL(outfile).href);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function run() {
  const tally = await loadTally();
  const scenarios = [];
  for (const file of FILES) {
    const path = join(pabulib, file);
    if (!existsSync(path)) {
      scenarios.push({ name: `Method of Equal Shares (add1) ${file}`, skipped: 'file not found' });
      continue;
    }
    const election = tally.pbFileToElection(tally.parsePbFile(readFileSync(path, 'utf8')));
    const t0 = performance.now();
    const outcome = tally.selectEqualShares({ method: election.method, projects: election.projects, ballots: election.ballots, budget: election.budget, completion: 'add1', validate: false });
    const ms = Math.round(performance.now() - t0);
    // The whole count an import with rule=equal-shares makes: validate and score every ballot, then select.
    const t1 = performance.now();
    tally.tallyBallots({ method: election.method, projects: election.projects, ballots: election.ballots, rule: { rule: 'equal-shares', budget: election.budget } });
    const tallyMs = Math.round(performance.now() - t1);
    const selected = new Set(outcome.selectedProjectIds);
    const cost = election.projects.filter((p) => selected.has(p.id)).reduce((sum, p) => sum + p.cost, 0);
    scenarios.push({
      name: `Method of Equal Shares (add1) ${file}`,
      ballots: election.ballots.length,
      projects: election.projects.length,
      selected: outcome.selectedProjectIds.length,
      cost,
      virtualBudget: outcome.virtualBudget,
      completionSteps: outcome.completionSteps,
      ms,
      tallyMs,
    });
    console.log(`${file}: ${ms} ms (tallyBallots ${tallyMs} ms), ${outcome.selectedProjectIds.length} selected (${outcome.selectedProjectIds.join(' ')}), virtual budget ${outcome.virtualBudget}, ${outcome.completionSteps} steps`);
  }
  return { data: {}, scenarios };
}
