export * from './lib/session/session';
export * from './lib/session/require-sign-in';
export * from './lib/accounts.routes';
