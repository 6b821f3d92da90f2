export * from './lib/community.routes';
