import { Module } from '@nestjs/common';
import { NotificationMailService } from './notification-mail.service';
import { NotificationsController } from './notifications.controller';
import { NotificationsService } from './notifications.service';

@Module({
  controllers: [NotificationsController],
  providers: [NotificationsService, NotificationMailService],
  exports: [NotificationsService, NotificationMailService],
})
export class FollowsModule {}
