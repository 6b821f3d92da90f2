/**
 * Real-data tests on the pabulib files in shared/pabulib (or $PABULIB_DIR): every file is read, counted
 * with our methods and compared with what the file itself records.
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
 * - Poland_Lodz_2022.pb (greedy-threshold, min_project_score_threshold 100): not a rule we claim. The
 *   threshold only removes projects with fewer than 100 votes (L153: 79, L220: 56); running our greedy
 *   on the remaining projects reproduces the 16 selected ones. Plain greedy gives the same set, because
 *   neither excluded project would have fitted. META budget (6 112 868) equals the cost of the selected
 *   projects to the unit, so it records what was spent rather than an announced budget.
 * - The four Amsterdam files and Gdańsk name rule greedy but list no `selected` column, so only the
 *   invariants of our greedy are checked there. Amsterdam_179 also has budget_per_category, which our
 *   greedy-budget does not model. The two Chicago files have rule unknown and no selection.
 * - Krakow and Lodz use LF line ends although the README says CRLF; Lodz quotes names with `"`, CSV style.
 *   Our writer reproduces every file character for character; only Krakow lacks a final line break.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { validateBallot } from './ballot-methods';
import { pbFileToElection, type PbElection } from './pb-election';
import { parsePbFile, writePbFile, type PbFile } from './pb-file';
import { Rational } from './rational';
import { selectGreedyBudget } from './select-greedy-budget';
import { tallyBallots } from './tally';
import type { TallyResult } from './types';

const PABULIB_DIR = process.env['PABULIB_DIR'] ?? path.resolve(__dirname, '../../../../../../shared/pabulib');
const FILES = fs.existsSync(PABULIB_DIR) ? fs.readdirSync(PABULIB_DIR).filter((name) => name.endsWith('.pb')).sort() : [];
const OUR_RULES = ['greedy', 'equalshares', 'equalshares/add1'];

interface Loaded {
  text: string;
  file: PbFile;
  election: PbElection;
}

const cache = new Map<string, Loaded>();
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

/** The file's own rule where we implement it, otherwise top-n (the caller's choice for unknown rules). */
function tallyAsFile(election: PbElection): TallyResult {
  return tallyBallots({
    method: election.method,
    projects: election.projects,
    ballots: election.ballots,
    rule: election.rule ?? { rule: 'top-n', tieBreak: 'include-all' },
  });
}

const fileSelection = (file: PbFile) =>
  file.projects.filter((project) => project.selected === 1).map((project) => project.projectId).sort();
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
      const invalid = election.ballots
        .map((ballot, index) => ({ voter: file.votes[index].voterId, problems: validateBallot(election.method, ids, ballot.choices) }))
        .filter((entry) => entry.problems.length > 0);
      expect(invalid.slice(0, 5)).toEqual([]);
    });

    it(`${tallyBallots.name} reproduces the file's votes and score columns`, () => {
      const result = tallyAsFile(load(name).election);
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
      const { text } = load(name);
      const lineEnding = text.includes('\r\n') ? '\r\n' : '\n';
      const original = text.endsWith(lineEnding) ? text : text + lineEnding;
      expect(firstDifference(original, writePbFile(file, { lineEnding }))).toBeUndefined();
    });

    if (OUR_RULES.includes(ruleName) && hasSelection) {
      it(`selects exactly the projects the file lists as selected (rule ${ruleName})`, () => {
        const result = tallyAsFile(load(name).election);
        expect(sorted(result.selectedProjectIds)).toEqual(fileSelection(file));
      });
    } else if (OUR_RULES.includes(ruleName)) {
      it(`keeps our ${ruleName} selection within the budget (the file lists no selection to compare)`, () => {
        const { election } = load(name);
        const result = tallyAsFile(election);
        expect(result.selectedCost).toBeLessThanOrEqual(election.budget);
        expect(result.selectedProjectIds.length).toBeGreaterThan(0);
        const left = Rational.fromNumber(election.budget).sub(Rational.fromNumber(result.selectedCost));
        // Greedy is exhaustive: nothing with votes that was left out would still fit.
        const fitting = result.projects.filter(
          (row) => !row.selected && row.score > 0 && Rational.fromNumber(row.cost).lessThanOrEqual(left),
        );
        expect(ruleName === 'greedy' ? fitting : []).toEqual([]);
      });
    } else if (ruleName === 'greedy-threshold' && hasSelection) {
      it('selects the listed projects with greedy-budget after dropping projects below the score threshold', () => {
        // greedy-threshold is not one of our rules; it is greedy over the projects whose score reaches
        // META min_project_score_threshold, so the threshold is applied here, outside the library.
        const { election } = load(name);
        const threshold = Number(file.meta['min_project_score_threshold']);
        const result = tallyAsFile(election);
        const eligible = result.projects.filter((row) => row.score >= threshold);
        expect(eligible.length).toBeLessThan(result.projects.length);
        const outcome = selectGreedyBudget(eligible, election.budget);
        expect(sorted(outcome.selectedProjectIds)).toEqual(fileSelection(file));
      });
    } else {
      it(`has no rule of ours (rule ${ruleName || 'missing'}): top-n selects the 10 best by the file's own score`, () => {
        const result = tallyAsFile(load(name).election);
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
      const result = tallyAsFile(election);
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

  describe('Poland_Lodz_2022.pb in detail', () => {
    it('gives the same selection with plain greedy: the threshold excluded nothing that would have fitted', () => {
      const { election, file } = load('Poland_Lodz_2022.pb');
      const result = tallyBallots({ ...election, rule: { rule: 'greedy-budget', budget: election.budget } });
      expect(sorted(result.selectedProjectIds)).toEqual(fileSelection(file));
      expect(result.selectedCost).toBe(election.budget);
    });
  });
});
