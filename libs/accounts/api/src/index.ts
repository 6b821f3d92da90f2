export * from './lib/accounts-api';
