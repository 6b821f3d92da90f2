export * from './lib/voting.routes';
