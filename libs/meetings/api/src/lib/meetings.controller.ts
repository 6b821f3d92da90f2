import { Body, Controller, Delete, Get, Header, HttpCode, Param, ParseUUIDPipe, Patch, Post, Put, Query } from '@nestjs/common';
import { ApiCookieAuth, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { CurrentAccount, Public, RequireRole } from '@wijkdeal/shared-api-core';
import type { CurrentAccountData } from '@wijkdeal/shared-api-core';
import { ActionItemView, DecisionView, KoploperApplicationView, KoploperView, MeetingDetail, MeetingSummary, Page } from '@wijkdeal/shared-contracts';
import { KoplopersService } from './koplopers.service';
import {
  ActionItemDto, ActionItemQuery, ApplicationDto, AttendanceDto, DecideApplicationDto, DecisionDto, EditActionItemDto, EditMeetingDto, KoploperProfileDto, MeetingDto, MeetingSearchQuery, MinutesDto,
} from './meeting.dto';
import { MeetingsService } from './meetings.service';

@ApiTags('koplopers')
@ApiCookieAuth()
@Controller()
export class MeetingsController {
  constructor(
    private readonly koplopers: KoplopersService,
    private readonly meetings: MeetingsService,
  ) {}

  @Public() @Get('koplopers') @ApiOperation({ summary: 'Koplopers who agreed to be shown: name, text, photo. Visitor.' })
  koploperList(): Promise<KoploperView[]> {
    return this.koplopers.publicList();
  }

  @Post('koplopers/applications') @ApiOperation({ summary: '"Wil je ook koploper worden?" Apply. Resident.' })
  apply(@Body() dto: ApplicationDto, @CurrentAccount() account: CurrentAccountData): Promise<KoploperApplicationView> {
    return this.koplopers.apply(dto, account);
  }

  @RequireRole('admin') @Get('koplopers/applications') @ApiOperation({ summary: 'Applications to become a koploper. Admin.' })
  applications(): Promise<KoploperApplicationView[]> {
    return this.koplopers.applications();
  }

  @RequireRole('admin') @Post('koplopers/applications/:id/accept') @HttpCode(200) @ApiOperation({ summary: 'Accept: grants the koploper role and notifies the applicant. Admin.' })
  acceptApplication(@Param('id', ParseUUIDPipe) id: string, @Body() dto: DecideApplicationDto): Promise<KoploperApplicationView> {
    return this.koplopers.decide(id, true, dto.reason);
  }

  @RequireRole('admin') @Post('koplopers/applications/:id/decline') @HttpCode(200) @ApiOperation({ summary: 'Decline, with an optional reason; the applicant is notified. Admin.' })
  declineApplication(@Param('id', ParseUUIDPipe) id: string, @Body() dto: DecideApplicationDto): Promise<KoploperApplicationView> {
    return this.koplopers.decide(id, false, dto.reason);
  }

  @RequireRole('koploper') @Put('koplopers/me') @ApiOperation({ summary: 'My koploper profile and whether it is shown. Koploper.' })
  saveProfile(@Body() dto: KoploperProfileDto, @CurrentAccount() account: CurrentAccountData): Promise<KoploperView> {
    return this.koplopers.saveProfile(dto, account);
  }

  @Delete('koplopers/:accountId') @HttpCode(204) @ApiOperation({ summary: 'End the koploper role. Admin, or the koploper themself.' })
  endKoploper(@Param('accountId', ParseUUIDPipe) accountId: string, @CurrentAccount() actor: CurrentAccountData): Promise<void> {
    return this.koplopers.end(accountId, actor);
  }

  @Public() @Get('meetings') @ApiOperation({ summary: 'Meetings, newest first; search with q (private minutes only for koplopers). Visitor.' })
  list(@Query() query: MeetingSearchQuery, @CurrentAccount() viewer?: CurrentAccountData): Promise<Page<MeetingSummary>> {
    return this.meetings.list(query, viewer);
  }

  @Public() @Get('meetings/:id') @ApiOperation({ summary: 'A meeting: agenda, public minutes, decisions; attendance, private minutes and action items for koplopers. Visitor.' })
  detail(@Param('id', ParseUUIDPipe) id: string, @CurrentAccount() viewer?: CurrentAccountData): Promise<MeetingDetail> {
    return this.meetings.detail(id, viewer);
  }

  @RequireRole('koploper', 'admin') @Post('meetings') @ApiOperation({ summary: 'Plan a meeting (Amsterdam local time, default place the Werkplaats). Koploper.' })
  plan(@Body() dto: MeetingDto, @CurrentAccount() actor: CurrentAccountData): Promise<MeetingDetail> {
    return this.meetings.plan(dto, actor);
  }

  @RequireRole('koploper', 'admin') @Patch('meetings/:id') @ApiOperation({ summary: 'Change or cancel a meeting, or its agenda. Koploper.' })
  edit(@Param('id', ParseUUIDPipe) id: string, @Body() dto: EditMeetingDto, @CurrentAccount() actor: CurrentAccountData): Promise<MeetingDetail> {
    return this.meetings.edit(id, dto, actor);
  }

  @RequireRole('koploper', 'admin') @Put('meetings/:id/attendance') @ApiOperation({ summary: 'Record who attended. Koploper.' })
  attendance(@Param('id', ParseUUIDPipe) id: string, @Body() dto: AttendanceDto, @CurrentAccount() actor: CurrentAccountData): Promise<MeetingDetail> {
    return this.meetings.setAttendance(id, dto.accountIds, actor);
  }

  @RequireRole('koploper', 'admin') @Put('meetings/:id/minutes') @ApiOperation({ summary: 'Write the minutes: a public and a koplopers-only part. Koploper.' })
  minutes(@Param('id', ParseUUIDPipe) id: string, @Body() dto: MinutesDto, @CurrentAccount() actor: CurrentAccountData): Promise<MeetingDetail> {
    return this.meetings.setMinutes(id, dto, actor);
  }

  @RequireRole('koploper', 'admin') @Post('meetings/:id/decisions') @ApiOperation({ summary: 'Log a decision; it may create a project or proposal or change a project status. Koploper.' })
  decide(@Param('id', ParseUUIDPipe) id: string, @Body() dto: DecisionDto, @CurrentAccount() actor: CurrentAccountData): Promise<DecisionView> {
    return this.meetings.decide(id, dto, actor);
  }

  @RequireRole('koploper', 'admin') @Post('meetings/:id/action-items') @ApiOperation({ summary: 'Add an action item (owner, due date). Koploper.' })
  addActionItem(@Param('id', ParseUUIDPipe) id: string, @Body() dto: ActionItemDto): Promise<ActionItemView> {
    return this.meetings.addActionItem(id, dto);
  }

  @RequireRole('koploper', 'admin') @Patch('action-items/:id') @ApiOperation({ summary: 'Update an action item (e.g. done). Koploper.' })
  editActionItem(@Param('id', ParseUUIDPipe) id: string, @Body() dto: EditActionItemDto): Promise<ActionItemView> {
    return this.meetings.editActionItem(id, dto);
  }

  @RequireRole('koploper', 'admin') @Get('action-items') @ApiOperation({ summary: 'The koplopers\u2019 dashboard of action items; overdue ones are flagged. Koploper.' })
  dashboard(@Query() query: ActionItemQuery): Promise<ActionItemView[]> {
    return this.meetings.dashboard(query.status);
  }

  @Public() @Get('projects/:id/decisions') @ApiOperation({ summary: 'Koplopers\u2019 decisions about a project. Visitor.' })
  projectDecisions(@Param('id', ParseUUIDPipe) id: string): Promise<DecisionView[]> {
    return this.meetings.decisionsAbout(id);
  }

  @Public() @Get('calendar/meetings.ics') @Header('Content-Type', 'text/calendar; charset=utf-8') @ApiProduces('text/calendar')
  @ApiOperation({ summary: 'iCalendar feed of the koplopers\u2019 meetings (no private data). Visitor.' })
  calendar(): Promise<string> {
    return this.meetings.calendar();
  }
}
