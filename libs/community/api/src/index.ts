export * from './lib/partner.entity';
export * from './lib/cafe.entity';
export * from './lib/community.module';
