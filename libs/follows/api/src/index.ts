export * from './lib/follow.entity';
export * from './lib/follows.module';
export * from './lib/notifications.service';
export * from './lib/notification-mail.service';
