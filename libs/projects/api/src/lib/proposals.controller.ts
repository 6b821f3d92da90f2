import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Post, Put, Query } from '@nestjs/common';
import { ApiCookieAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentAccount, Public, RequireRole } from '@wijkdeal/shared-api-core';
import type { CurrentAccountData } from '@wijkdeal/shared-api-core';
import { Page, ProposalDetail, ProposalSummary, REPORT_TARGETS, ReportTarget } from '@wijkdeal/shared-contracts';
import { ParseInPipe } from '@wijkdeal/accounts-api';
import { ModerationService } from './moderation.service';
import { AcceptProposalDto, CreateProposalDto, HideDto, MergeProposalDto, MessageDto, ProposalListQuery, ReportDto } from './proposal.dto';
import { ProposalsService } from './proposals.service';

@ApiTags('proposals')
@ApiCookieAuth()
@Controller()
export class ProposalsController {
  constructor(
    private readonly proposals: ProposalsService,
    private readonly moderation: ModerationService,
  ) {}

  @Post('proposals') @ApiOperation({ summary: 'Propose an idea in a theme. Resident with a verified e-mail address.' })
  create(@Body() dto: CreateProposalDto, @CurrentAccount() account: CurrentAccountData): Promise<ProposalDetail> {
    return this.proposals.create(dto, account);
  }

  @Public() @Get('proposals') @ApiOperation({ summary: 'Ideas, newest first; filter by theme and status. Visitor.' })
  list(@Query() query: ProposalListQuery, @CurrentAccount() viewer?: CurrentAccountData): Promise<Page<ProposalSummary>> {
    return this.proposals.list(query, viewer);
  }

  @Public() @Get('proposals/:id') @ApiOperation({ summary: 'One idea with its review conversation. Visitor.' })
  detail(@Param('id', ParseUUIDPipe) id: string, @CurrentAccount() viewer?: CurrentAccountData): Promise<ProposalDetail> {
    return this.proposals.detail(id, viewer);
  }

  @Put('proposals/:id/support') @HttpCode(204) @ApiOperation({ summary: 'Support an idea (once; repeating changes nothing). Resident.' })
  support(@Param('id', ParseUUIDPipe) id: string, @CurrentAccount() account: CurrentAccountData): Promise<void> {
    return this.proposals.support(id, account, true);
  }

  @Delete('proposals/:id/support') @HttpCode(204) @ApiOperation({ summary: 'Withdraw support. Resident.' })
  withdrawSupport(@Param('id', ParseUUIDPipe) id: string, @CurrentAccount() account: CurrentAccountData): Promise<void> {
    return this.proposals.support(id, account, false);
  }

  @Post('proposals/:id/questions') @ApiOperation({ summary: 'Ask the proposer a question. Contact of the theme, admin.' })
  ask(@Param('id', ParseUUIDPipe) id: string, @Body() dto: MessageDto, @CurrentAccount() account: CurrentAccountData): Promise<ProposalDetail> {
    return this.proposals.ask(id, dto, account);
  }

  @Post('proposals/:id/answers') @ApiOperation({ summary: 'Answer the question about my idea. The proposer.' })
  answer(@Param('id', ParseUUIDPipe) id: string, @Body() dto: MessageDto, @CurrentAccount() account: CurrentAccountData): Promise<ProposalDetail> {
    return this.proposals.answer(id, dto, account);
  }

  @Post('proposals/:id/decline') @ApiOperation({ summary: 'Decline with a reason. Contact of the theme, admin.' })
  decline(@Param('id', ParseUUIDPipe) id: string, @Body() dto: MessageDto, @CurrentAccount() account: CurrentAccountData): Promise<ProposalDetail> {
    return this.proposals.decline(id, dto, account);
  }

  @Post('proposals/:id/merge') @ApiOperation({ summary: 'Merge into another idea. Contact of the theme, admin.' })
  merge(@Param('id', ParseUUIDPipe) id: string, @Body() dto: MergeProposalDto, @CurrentAccount() account: CurrentAccountData): Promise<ProposalDetail> {
    return this.proposals.merge(id, dto, account);
  }

  @Post('proposals/:id/accept') @ApiOperation({ summary: 'Accept: creates a project linked to the idea. Contact of the theme, admin.' })
  accept(@Param('id', ParseUUIDPipe) id: string, @Body() dto: AcceptProposalDto, @CurrentAccount() account: CurrentAccountData): Promise<ProposalDetail> {
    return this.proposals.accept(id, dto, account);
  }

  @Public() @Post('reports') @HttpCode(204) @ApiOperation({ summary: 'Report an idea or update to the admins. Visitor.' })
  report(@Body() dto: ReportDto): Promise<void> {
    return this.moderation.report(dto);
  }

  @RequireRole('admin') @Get('reports') @ApiOperation({ summary: 'Open reports. Admin.' })
  reports(): ReturnType<ModerationService['openReports']> {
    return this.moderation.openReports();
  }

  @RequireRole('admin') @Post('moderation/:type/:id/hide') @HttpCode(204) @ApiOperation({ summary: 'Hide an idea or update; the reason is shown instead. Admin.' })
  hide(@Param('type', new ParseInPipe(REPORT_TARGETS)) type: ReportTarget, @Param('id', ParseUUIDPipe) id: string, @Body() dto: HideDto): Promise<void> {
    return this.moderation.hide(type, id, dto.reason);
  }

  @RequireRole('admin') @Post('moderation/:type/:id/show') @HttpCode(204) @ApiOperation({ summary: 'Show hidden content again. Admin.' })
  show(@Param('type', new ParseInPipe(REPORT_TARGETS)) type: ReportTarget, @Param('id', ParseUUIDPipe) id: string): Promise<void> {
    return this.moderation.hide(type, id, null);
  }
}
