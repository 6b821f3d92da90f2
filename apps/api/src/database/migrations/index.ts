import { DataSourceOptions } from 'typeorm';
import { ProposalsProgressFollows1795742581259 } from './1795742581259-proposals-progress-follows';
import { Initial1795741494949 } from './1795741494949-initial';

export const MIGRATIONS: NonNullable<DataSourceOptions['migrations']> = [Initial1795741494949, ProposalsProgressFollows1795742581259];
