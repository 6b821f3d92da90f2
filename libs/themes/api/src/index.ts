export * from './lib/themes-api';
