export * from './lib/stemweek.entity';
export * from './lib/ballot.entity';
export * from './lib/voting-code.entity';
export * from './lib/paper-ballot.entity';
export * from './lib/voting.module';
export * from './lib/stemweek.service';
export * from './lib/stemweek-results.service';
export { stemweekState, normalizeEligibleEntry, isPostcodeEligible } from './lib/stemweek-rules';
