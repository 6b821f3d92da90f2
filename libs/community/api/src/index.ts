export * from './lib/community-api';
