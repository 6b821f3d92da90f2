import type { BallotProblem } from './types';

/** A ballot that breaks the method's rules reached the tally; it is never counted silently. */
export class InvalidBallotError extends Error {
  constructor(
    /** Position of the ballot in the input list. */
    readonly ballotIndex: number,
    readonly problems: BallotProblem[],
  ) {
    super(`Ballot ${ballotIndex} is invalid: ${problems.map((problem) => problem.code).join(', ')}`);
    this.name = 'InvalidBallotError';
  }
}

/** A .pb text that cannot be read; `line` is 1-based. */
export class PbParseError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(`line ${line}: ${message}`);
    this.name = 'PbParseError';
  }
}
