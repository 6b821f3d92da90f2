import { Body, Controller, Delete, Get, Header, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiCookieAuth, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { CurrentAccount, DomainException, Public } from '@wijkdeal/shared-api-core';
import type { CurrentAccountData } from '@wijkdeal/shared-api-core';
import { MilestoneView, Page, ProgressUpdateView, ProjectDetail, ProjectSummary, UpdatesOverview } from '@wijkdeal/shared-contracts';
import { FeedsService } from './feeds.service';
import { CreateProjectDto, CreateUpdateDto, EditMilestoneDto, EditProjectDto, EditUpdateDto, JoinRequestDto, MilestoneDto, OverviewQuery } from './progress.dto';
import { ProgressService } from './progress.service';
import { AddMemberDto, ProjectListQuery } from './project.dto';
import { ProjectsService } from './projects.service';

const ATOM = 'application/atom+xml; charset=utf-8';

/** `abc.atom` → `abc`; anything else is not a feed. */
function feedName(file: string): string {
  if (!file.endsWith('.atom')) throw new DomainException('NOT_FOUND');
  return file.slice(0, -'.atom'.length);
}

@ApiTags('projects')
@ApiCookieAuth()
@Controller()
export class ProjectsController {
  constructor(
    private readonly projects: ProjectsService,
    private readonly progress: ProgressService,
    private readonly feeds: FeedsService,
  ) {}

  @Public() @Get('projects') @ApiOperation({ summary: 'Projects with theme and status; filter by theme, status and words; paged. Visitor.' })
  list(@Query() query: ProjectListQuery): Promise<Page<ProjectSummary>> {
    return this.projects.list(query);
  }

  @Post('projects') @ApiOperation({ summary: 'Create a project directly. Admin, contact of the theme.' })
  create(@Body() dto: CreateProjectDto, @CurrentAccount() actor: CurrentAccountData): Promise<ProjectDetail> {
    return this.projects.create(dto, actor);
  }

  @Public() @Get('projects/:idOrSlug') @ApiOperation({ summary: 'One project (by id or slug) with group, milestones and timeline. Visitor.' })
  detail(@Param('idOrSlug') idOrSlug: string, @CurrentAccount() viewer?: CurrentAccountData): Promise<ProjectDetail> {
    return this.projects.detail(idOrSlug, viewer);
  }

  @Patch('projects/:id') @ApiOperation({ summary: 'Edit texts, status, progress or cost. Admin, theme contact, project lead.' })
  edit(@Param('id', ParseUUIDPipe) id: string, @Body() dto: EditProjectDto, @CurrentAccount() actor: CurrentAccountData): Promise<ProjectDetail> {
    return this.projects.edit(id, dto, actor);
  }

  @Post('projects/:id/updates') @ApiOperation({ summary: 'Post a progress update (text, photos, progress, status, milestone). Project member.' })
  postUpdate(@Param('id', ParseUUIDPipe) id: string, @Body() dto: CreateUpdateDto, @CurrentAccount() author: CurrentAccountData): Promise<ProgressUpdateView> {
    return this.progress.post(id, dto, author);
  }

  @Patch('projects/:id/updates/:updateId') @ApiOperation({ summary: 'Edit an update (the author) or correct it (admin); marked as edited.' })
  editUpdate(@Param('id', ParseUUIDPipe) id: string, @Param('updateId', ParseUUIDPipe) updateId: string, @Body() dto: EditUpdateDto, @CurrentAccount() editor: CurrentAccountData): Promise<ProgressUpdateView> {
    return this.progress.edit(id, updateId, dto, editor);
  }

  @Post('projects/:id/milestones') @ApiOperation({ summary: 'Plan a milestone. Project member, lead, theme contact, admin.' })
  addMilestone(@Param('id', ParseUUIDPipe) id: string, @Body() dto: MilestoneDto, @CurrentAccount() actor: CurrentAccountData): Promise<MilestoneView> {
    return this.progress.addMilestone(id, dto, actor);
  }

  @Patch('projects/:id/milestones/:milestoneId') @ApiOperation({ summary: 'Change or tick off a milestone. Project member, lead, theme contact, admin.' })
  editMilestone(@Param('id', ParseUUIDPipe) id: string, @Param('milestoneId', ParseUUIDPipe) milestoneId: string, @Body() dto: EditMilestoneDto, @CurrentAccount() actor: CurrentAccountData): Promise<MilestoneView> {
    return this.progress.editMilestone(id, milestoneId, dto, actor);
  }

  @Delete('projects/:id/milestones/:milestoneId') @HttpCode(204) @ApiOperation({ summary: 'Remove a milestone. Project member, lead, theme contact, admin.' })
  removeMilestone(@Param('id', ParseUUIDPipe) id: string, @Param('milestoneId', ParseUUIDPipe) milestoneId: string, @CurrentAccount() actor: CurrentAccountData): Promise<void> {
    return this.progress.removeMilestone(id, milestoneId, actor);
  }

  @Post('projects/:id/members') @HttpCode(204) @ApiOperation({ summary: 'Add someone to the project group, or change their role. Admin, theme contact or project lead.' })
  addMember(@Param('id', ParseUUIDPipe) id: string, @Body() dto: AddMemberDto, @CurrentAccount() actor: CurrentAccountData): Promise<void> {
    return this.projects.addMember(id, dto, actor);
  }

  @Delete('projects/:id/members/:accountId') @HttpCode(204) @ApiOperation({ summary: 'Remove someone from the project group (or leave it yourself). Admin, theme contact, project lead, the member.' })
  removeMember(@Param('id', ParseUUIDPipe) id: string, @Param('accountId', ParseUUIDPipe) accountId: string, @CurrentAccount() actor: CurrentAccountData): Promise<void> {
    return this.projects.removeMember(id, accountId, actor);
  }

  @Post('projects/:id/join-requests') @HttpCode(204) @ApiOperation({ summary: 'Ask to join the project group. Resident.' })
  requestToJoin(@Param('id', ParseUUIDPipe) id: string, @Body() dto: JoinRequestDto, @CurrentAccount() account: CurrentAccountData): Promise<void> {
    return this.projects.requestToJoin(id, dto, account);
  }

  @Get('projects/:id/join-requests') @ApiOperation({ summary: 'Open requests to join. Admin, theme contact, project lead.' })
  joinRequests(@Param('id', ParseUUIDPipe) id: string, @CurrentAccount() actor: CurrentAccountData): ReturnType<ProjectsService['joinRequests']> {
    return this.projects.joinRequests(id, actor);
  }

  @Post('projects/:id/join-requests/:accountId/decline') @HttpCode(204) @ApiOperation({ summary: 'Decline a request to join (accept = add as member). Admin, theme contact, project lead.' })
  declineJoinRequest(@Param('id', ParseUUIDPipe) id: string, @Param('accountId', ParseUUIDPipe) accountId: string, @CurrentAccount() actor: CurrentAccountData): Promise<void> {
    return this.projects.declineJoinRequest(id, accountId, actor);
  }

  @Public() @Get('updates') @ApiOperation({ summary: '"Ontwikkelingen van projecten": latest updates everywhere and the selected projects. Visitor.' })
  overview(@Query() query: OverviewQuery, @CurrentAccount() viewer?: CurrentAccountData): Promise<UpdatesOverview> {
    return this.progress.overview(query.page, query.pageSize, viewer);
  }

  @Public() @Get('feeds/updates.atom') @Header('Content-Type', ATOM) @ApiProduces('application/atom+xml') @ApiOperation({ summary: 'Atom feed of all updates. Visitor.' })
  updatesFeed(): Promise<string> {
    return this.feeds.allUpdates();
  }

  @Public() @Get('feeds/projects/:file') @Header('Content-Type', ATOM) @ApiProduces('application/atom+xml') @ApiOperation({ summary: 'Atom feed of one project: /api/feeds/projects/{id}.atom. Visitor.' })
  projectFeed(@Param('file') file: string): Promise<string> {
    const id = feedName(file);
    if (!/^[0-9a-f-]{36}$/i.test(id)) throw new DomainException('NOT_FOUND');
    return this.feeds.project(id);
  }

  @Public() @Get('feeds/themes/:file') @Header('Content-Type', ATOM) @ApiProduces('application/atom+xml') @ApiOperation({ summary: 'Atom feed of one theme: /api/feeds/themes/{slug}.atom. Visitor.' })
  themeFeed(@Param('file') file: string): Promise<string> {
    return this.feeds.theme(feedName(file));
  }
}
