/**
 * Real-data tests on the pabulib files in shared/pabulib and shared/pabulib/rules (or $PABULIB_DIR):
 * every file is read, counted with the rule its META names and compared with what the file itself
 * records (its `selected` column).
 *
 * Findings, kept here so nobody has to rediscover them:
 * - Every project's votes and score equal the file's columns, for all methods (approval, choose-1,
 *   cumulative, ordinal with the modified Borda score), and every ballot satisfies its META bounds.
 * - Netherlands_Assen_2024.pb (equalshares/add1): our Method of Equal Shares with the add1 completion
 *   selects exactly the file's 9 projects, spending 76 700 of 100 000 with a virtual budget of 170 772
 *   after 843 one-unit steps. Project 7 (RuBox, 12 000) would still fit in the 23 300 left but is not
 *   selected: pabulib's add1 has no greedy fill afterwards. In the kept run projects 2 and 11 tie on
 *   effective vote count and 2 wins by lower cost (the reference break_ties).
 * - Poland_Krakow_2024.pb (greedy, ordinal): greedy by Borda score, skipping what does not fit,
 *   reproduces the 10 selected projects (9 198 000 of 9 200 000). Every ballot ranks exactly 3 projects.
 *   Two score ties exist (470, 136) but neither influences the selection.
 * - Poland_Lodz_2022.pb (greedy-threshold, min_project_score_threshold 100): the threshold only removes
 *   projects with fewer than 100 votes (L153: 79, L220: 56); greedy over the rest reproduces the 16
 *   selected ones. Plain greedy gives the same set, because neither excluded project would have fitted. META budget (6 112 868) equals the cost of the selected
 *   projects to the unit, so it records what was spent rather than an announced budget.
 * - The Amsterdam files and Gdańsk name rule greedy but list no `selected` column, so only the
 *   invariants of our greedy are checked there; Amsterdam_179 and _605 have budget_per_category (plain
 *   greedy on the total would overspend a category). The two Chicago files have rule unknown.
 * - rules/: Gdynia (greedy-no-skip, threshold 50), Warszawa 2018/2026 (greedy-threshold), Warszawa 2024
 *   (greedy-exclusive: the conflicts are not in the file, plain greedy reproduces the outcome) and
 *   Świecie (equalshares/add1) are reproduced. Wieliczka (equalshares/add1-comparison) needs the add1
 *   variant that keeps raising while the outcome fits; the comparison keeps Equal Shares (1 615 voters
 *   prefer it, 873 greedy). Wieliczka has one LF line among CRLF ones; the writer keeps it.
 * - Krakow and Lodz use LF line ends although the README says CRLF; Lodz quotes names with `"`, CSV style.
 *   Our writer reproduces every file character for character; only Krakow lacks a final line break.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { validateBallot } from './ballot-methods';
import { compareOutcomes, pbFileToElection, pbOfficialOutcome, type PbElection } from './pb-election';
import { parsePbFile, writePbFile, type PbFile } from './pb-file';
import { Rational } from './rational';
import { tallyBallots } from './tally';
import type { TallyResult } from './types';

const PABULIB_DIR = process.env['PABULIB_DIR'] ?? path.resolve(__dirname, '../../../../../../shared/pabulib');
/** The top level and rules/ (one or more files per rule that real budgets use). */
const pbFilesIn = (dir: string): string[] =>
  fs.existsSync(dir) ? fs.readdirSync(dir).filter((name) => name.endsWith('.pb')).sort() : [];
const FILES = [...pbFilesIn(PABULIB_DIR), ...pbFilesIn(path.join(PABULIB_DIR, 'rules')).map((name) => `rules/${name}`)];
const OUR_RULES = [
  'greedy',
  'greedy-no-skip',
  'greedy-threshold',
  'greedy-exclusive',
  'equalshares',
  'equalshares/add1',
  'equalshares-comparison',
  'equalshares/add1-comparison',
];

interface Loaded {
  text: string;
  file: PbFile;
  election: PbElection;
}

const cache = new Map<string, Loaded>();
const tallies = new Map<string, TallyResult>();
function load(name: string): Loaded {
  let loaded = cache.get(name);
  if (loaded === undefined) {
    const text = fs.readFileSync(path.join(PABULIB_DIR, name), 'utf8');
    const file = parsePbFile(text);
    loaded = { text, file, election: pbFileToElection(file) };
    cache.set(name, loaded);
  }
  return loaded;
}

/** The file's own rule where we implement it, otherwise top-n (the caller's choice for unknown rules); counted once per file. */
function tallyAsFile(name: string): TallyResult {
  let result = tallies.get(name);
  if (result === undefined) {
    const { election } = load(name);
    result = tallyBallots({
      method: election.method,
      projects: election.projects,
      ballots: election.ballots,
      rule: election.rule ?? { rule: 'top-n', tieBreak: 'include-all' },
    });
    tallies.set(name, result);
  }
  return result;
}

const fileSelection = (file: PbFile) => [...(pbOfficialOutcome(file)?.selectedProjectIds ?? [])].sort();
const sorted = (ids: readonly string[]) => [...ids].sort();

/** Where two long texts part, with some context, so a failure does not print megabytes. */
function firstDifference(expected: string, actual: string): { at: number; expected: string; actual: string } | undefined {
  let at = 0;
  while (at < expected.length && expected[at] === actual[at]) at++;
  if (at === expected.length && at === actual.length) return undefined;
  return { at, expected: expected.slice(Math.max(0, at - 60), at + 60), actual: actual.slice(Math.max(0, at - 60), at + 60) };
}

describe(`pabulib files in ${PABULIB_DIR}`, () => {
  it('includes every file of the data set, the two large ones too', () => {
    expect(FILES).toEqual(expect.arrayContaining(['Poland_Krakow_2024.pb', 'Poland_Lodz_2022.pb', 'Netherlands_Assen_2024.pb']));
  });

  describe.each(FILES)('%s', (name) => {
    const { file } = load(name);
    const ruleName = (file.meta['rule'] ?? '').trim();
    const hasSelection = file.projects.some((project) => project.selected !== undefined);

    it(`${parsePbFile.name} reads as many projects and votes as META announces`, () => {
      expect(file.projects).toHaveLength(Number(file.meta['num_projects']));
      expect(file.votes).toHaveLength(Number(file.meta['num_votes']));
    });

    it(`${validateBallot.name} accepts every ballot under the file's META bounds`, () => {
      const { election } = load(name);
      const ids = new Set(election.projects.map((project) => project.id));
      const costs = new Map(election.projects.map((project) => [project.id, project.cost]));
      const invalid = election.ballots
        .map((ballot, index) => ({ voter: file.votes[index].voterId, problems: validateBallot(election.method, ids, ballot.choices, costs) }))
        .filter((entry) => entry.problems.length > 0);
      expect(invalid.slice(0, 5)).toEqual([]);
    });

    it(`${tallyBallots.name} reproduces the file's votes and score columns`, () => {
      const result = tallyAsFile(name);
      const byId = new Map(result.projects.map((row) => [row.projectId, row]));
      const expected = file.projects.map((project) => ({
        projectId: project.projectId,
        ...(project.votes !== undefined ? { votes: project.votes } : {}),
        ...(project.score !== undefined ? { score: project.score } : {}),
      }));
      const actual = file.projects.map((project) => {
        const row = byId.get(project.projectId);
        return {
          projectId: project.projectId,
          ...(project.votes !== undefined ? { votes: row?.votes } : {}),
          ...(project.score !== undefined ? { score: row?.score } : {}),
        };
      });
      expect(file.projects.every((project) => project.votes !== undefined || project.score !== undefined)).toBe(true);
      expect(actual).toEqual(expected);
    });

    it(`${writePbFile.name} writes it back character for character`, () => {
      // Identical text implies that it also reads back identically.
      // Line ends are the file's own, mixed ones included (Wieliczka has one LF line among CRLF).
      const { text } = load(name);
      const lineEnding = file.lineEndings?.main ?? '\r\n';
      const original = /\r?\n$/.test(text) ? text : text + lineEnding;
      expect(firstDifference(original, writePbFile(file))).toBeUndefined();
    });

    if (OUR_RULES.includes(ruleName) && hasSelection) {
      it(`selects exactly the projects the file lists as selected (rule ${ruleName})`, () => {
        const result = tallyAsFile(name);
        expect(sorted(result.selectedProjectIds)).toEqual(fileSelection(file));
      });
    } else if (OUR_RULES.includes(ruleName)) {
      it(`keeps our ${ruleName} selection within the budget (the file lists no selection to compare)`, () => {
        const { election } = load(name);
        const result = tallyAsFile(name);
        expect(result.selectedCost).toBeLessThanOrEqual(election.budget);
        expect(result.selectedProjectIds.length).toBeGreaterThan(0);
        const left = Rational.fromNumber(election.budget).sub(Rational.fromNumber(result.selectedCost));
        // Greedy is exhaustive: nothing with votes that was left out would still fit.
        const fitting = result.projects.filter(
          (row) => !row.selected && row.score > 0 && Rational.fromNumber(row.cost).lessThanOrEqual(left),
        );
        expect(ruleName === 'greedy' ? fitting : []).toEqual([]);
      });
    } else {
      it(`has no rule of ours (rule ${ruleName || 'missing'}): top-n selects the 10 best by the file's own score`, () => {
        const result = tallyAsFile(name);
        const byFile = [...file.projects]
          .sort((a, b) => (b.score ?? b.votes ?? 0) - (a.score ?? a.votes ?? 0))
          .slice(0, 10)
          .map((project) => project.projectId);
        expect(sorted(result.selectedProjectIds)).toEqual(sorted(byFile));
      });
    }
  });

  describe('Netherlands_Assen_2024.pb in detail', () => {
    it('needs the add1 completion and no greedy fill; reports the tie it settled', () => {
      const { election, file } = load('Netherlands_Assen_2024.pb');
      const result = tallyAsFile('Netherlands_Assen_2024.pb');
      expect(result.equalShares).toEqual({ virtualBudget: 170772, completionSteps: 843 });
      expect(result.selectedCost).toBe(76700);
      const ruBox = file.projects.find((project) => project.projectId === '7');
      expect(ruBox).toMatchObject({ cost: 12000, selected: 0 });
      expect(election.budget - result.selectedCost).toBeGreaterThan(12000);
      expect(result.tieBreak.decisions).toEqual([
        {
          context: 'equal-shares-round',
          projectIds: ['11', '2'],
          selectedProjectIds: ['2'],
          notSelectedProjectIds: ['11'],
          decidedBy: 'lower-cost',
        },
      ]);
    });
  });

  describe('rules/Poland_Wieliczka_2023_Green_Budget.pb in detail', () => {
    it('needs the add1 completion that keeps raising while the outcome fits, and keeps Equal Shares in the comparison', () => {
      const name = 'rules/Poland_Wieliczka_2023_Green_Budget.pb';
      const result = tallyAsFile(name);
      expect(result.equalShares).toMatchObject({ virtualBudget: 2074590, completionSteps: 164 });
      expect(result.equalShares?.comparison).toMatchObject({ kept: 'equal-shares', prefersEqualShares: 1615, prefersGreedy: 873 });
      // equalshares.net: 30 projects for 995 079 zł.
      expect(result.selectedProjectIds).toHaveLength(30);
      expect(result.selectedCost).toBe(995079);
    });
  });

  describe('budgets per category', () => {
    it.each(['Netherlands_Amsterdam_179.pb', 'rules/Netherlands_Amsterdam_605.pb'])(
      '%s: before the leftover is used no category spends more than its budget; the total stays within the budget',
      (name) => {
        const { election } = load(name);
        const rule = election.rule;
        if (rule?.rule !== 'greedy-budget' || rule.categoryBudgets === undefined) throw new Error('expected budgets per category');
        const withoutLeftover = tallyBallots({ ...election, rule: { ...rule, leftover: 'none' } });
        const categoryOf = new Map(election.projects.map((project) => [project.id, project.category ?? '']));
        for (const [category, amount] of Object.entries(rule.categoryBudgets)) {
          const spent = withoutLeftover.selectedProjectIds
            .filter((id) => categoryOf.get(id) === category)
            .reduce((sum, id) => sum.add(Rational.fromNumber(withoutLeftover.projects.find((row) => row.projectId === id)?.cost ?? NaN)), Rational.zero);
          expect({ category, over: spent.greaterThan(Rational.fromNumber(amount)) }).toEqual({ category, over: false });
        }
        const result = tallyAsFile(name);
        expect(result.selectedCost).toBeLessThanOrEqual(election.budget);
        // The leftover only adds projects.
        expect(result.selectedProjectIds).toEqual(expect.arrayContaining(withoutLeftover.selectedProjectIds));
        // Plain greedy on the total would overspend at least one category: the reason this rule exists.
        const plain = tallyBallots({ ...election, rule: { rule: 'greedy-budget', budget: election.budget } });
        expect(compareOutcomes(plain.selectedProjectIds, withoutLeftover.selectedProjectIds).same).toBe(false);
      },
    );
  });

  describe('Poland_Lodz_2022.pb in detail', () => {
    it('gives the same selection with plain greedy: the threshold excluded nothing that would have fitted', () => {
      const { election, file } = load('Poland_Lodz_2022.pb');
      const result = tallyBallots({ ...election, projects: election.projects, rule: { rule: 'greedy-budget', budget: election.budget } });
      expect(sorted(result.selectedProjectIds)).toEqual(fileSelection(file));
      expect(result.selectedCost).toBe(election.budget);
    });
  });
});
