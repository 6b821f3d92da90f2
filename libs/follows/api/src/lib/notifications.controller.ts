import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Put, Query } from '@nestjs/common';
import { ApiCookieAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentAccount, Public } from '@wijkdeal/shared-api-core';
import type { CurrentAccountData } from '@wijkdeal/shared-api-core';
import { FOLLOW_TARGETS, FollowTarget, FollowView, NotificationPage, NotificationSettingsView } from '@wijkdeal/shared-contracts';
import { ParseInPipe } from '@wijkdeal/accounts-api';
import { MarkReadDto, NotificationQuery, NotificationSettingsDto, UnsubscribeDto } from './follows.dto';
import { NotificationMailService } from './notification-mail.service';
import { NotificationsService } from './notifications.service';

@ApiTags('notifications')
@ApiCookieAuth()
@Controller()
export class NotificationsController {
  constructor(
    private readonly notifications: NotificationsService,
    private readonly mail: NotificationMailService,
  ) {}

  @Get('notifications') @ApiOperation({ summary: 'My notifications, newest first, with the unread count. Resident.' })
  list(@CurrentAccount() account: CurrentAccountData, @Query() query: NotificationQuery): Promise<NotificationPage> {
    return this.notifications.list(account, query.page, query.pageSize);
  }

  @Post('notifications/read') @HttpCode(204) @ApiOperation({ summary: 'Mark some or all of my notifications read. Resident.' })
  markRead(@CurrentAccount() account: CurrentAccountData, @Body() dto: MarkReadDto): Promise<void> {
    return this.notifications.markRead(account.id, dto.ids);
  }

  @Get('notifications/settings') @ApiOperation({ summary: 'How often I get e-mail about what I follow. Resident.' })
  settings(@CurrentAccount() account: CurrentAccountData): Promise<NotificationSettingsView> {
    return this.mail.settings(account.id);
  }

  @Patch('notifications/settings') @ApiOperation({ summary: 'Choose instant, daily, weekly or no e-mail. Resident.' })
  updateSettings(@CurrentAccount() account: CurrentAccountData, @Body() dto: NotificationSettingsDto): Promise<NotificationSettingsView> {
    return this.mail.updateSettings(account.id, dto.emailFrequency);
  }

  @Public() @Post('notifications/unsubscribe') @HttpCode(204)
  @ApiOperation({ summary: 'One-click unsubscribe from the link in every e-mail; no sign-in needed (RFC 8058). Visitor.' })
  unsubscribe(@Body() dto: UnsubscribeDto): Promise<void> {
    return this.mail.unsubscribe(dto.account, dto.token);
  }

  @Public() @Post('notifications/unsubscribe/one-click') @HttpCode(204)
  @ApiOperation({ summary: 'The List-Unsubscribe-Post target for mail programs: account and token in the query. Visitor.' })
  unsubscribeOneClick(@Query() dto: UnsubscribeDto): Promise<void> {
    return this.mail.unsubscribe(dto.account, dto.token);
  }

  @Get('follows') @ApiOperation({ summary: 'What I follow. Resident.' })
  follows(@CurrentAccount() account: CurrentAccountData): Promise<FollowView[]> {
    return this.notifications.follows(account.id);
  }

  @Put('follows/:targetType/:targetId') @HttpCode(204) @ApiOperation({ summary: 'Follow a project or a whole theme (by id). Resident.' })
  follow(@Param('targetType', new ParseInPipe(FOLLOW_TARGETS)) targetType: FollowTarget, @Param('targetId', ParseUUIDPipe) targetId: string, @CurrentAccount() account: CurrentAccountData): Promise<void> {
    return this.notifications.followTarget(account.id, targetType, targetId);
  }

  @Delete('follows/:targetType/:targetId') @HttpCode(204) @ApiOperation({ summary: 'Stop following. Resident.' })
  unfollow(@Param('targetType', new ParseInPipe(FOLLOW_TARGETS)) targetType: FollowTarget, @Param('targetId', ParseUUIDPipe) targetId: string, @CurrentAccount() account: CurrentAccountData): Promise<void> {
    return this.notifications.unfollow(account.id, targetType, targetId);
  }
}
