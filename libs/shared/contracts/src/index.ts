export * from './lib/errors';
export * from './lib/locale';
export * from './lib/accounts';
export * from './lib/themes';
export * from './lib/projects';
export * from './lib/community';
export * from './lib/postcode';
