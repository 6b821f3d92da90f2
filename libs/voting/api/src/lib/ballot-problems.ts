import { Problem } from '@wijkdeal/shared-api-core';
import type { BallotChoiceInput } from '@wijkdeal/shared-contracts';
import type { BallotProblem } from '@wijkdeal/voting-tally';

/**
 * The tally's ballot problems as translated field problems: `reason` is the problem code (see FIELD_MESSAGES) and
 * `field` points at the choice concerned (`choices[2]`), or at `choices` for the ballot as a whole.
 */
export function toBallotProblems(problems: readonly BallotProblem[], choices: readonly BallotChoiceInput[]): Problem[] {
  return problems.map((problem) => {
    const params: Record<string, string | number> = {};
    for (const key of ['max', 'min', 'actual', 'projectId'] as const) {
      const value = (problem as Record<string, unknown>)[key];
      if (typeof value === 'string' || typeof value === 'number') params[key] = value;
    }
    let field = 'choices';
    if ('projectId' in problem) {
      const indexes = choices.flatMap((choice, index) => (choice.projectId === problem.projectId ? [index] : []));
      // For a duplicate, point at the second time the project was chosen: that one is the mistake.
      const index = problem.code === 'DUPLICATE_PROJECT' ? indexes[1] : indexes[0];
      if (index !== undefined) field = `choices[${index}]`;
    }
    return { field, reason: problem.code, params };
  });
}
