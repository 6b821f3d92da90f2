import { DataSourceOptions } from 'typeorm';
import { Initial1795741494949 } from './1795741494949-initial';

export const MIGRATIONS: NonNullable<DataSourceOptions['migrations']> = [Initial1795741494949];
