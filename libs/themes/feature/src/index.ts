export * from './lib/themes.routes';
