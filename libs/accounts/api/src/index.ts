export * from './lib/account.entity';
export * from './lib/accounts.module';
export * from './lib/address-verification';
export * from './lib/auth.service';
export * from './lib/parse-in.pipe';
export * from './lib/session.strategy';
export * from './lib/sign-in-throttle';
export * from './lib/tokens';
