import { Module } from '@nestjs/common';
import { FollowsModule } from '@wijkdeal/follows-api';
import { KoplopersService } from './koplopers.service';
import { MeetingsController } from './meetings.controller';
import { MeetingsService } from './meetings.service';

@Module({ imports: [FollowsModule], controllers: [MeetingsController], providers: [KoplopersService, MeetingsService] })
export class MeetingsModule {}
