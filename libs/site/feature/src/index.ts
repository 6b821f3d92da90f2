export * from './lib/site.routes';
