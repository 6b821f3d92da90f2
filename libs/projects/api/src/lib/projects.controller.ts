import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiCookieAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentAccount, Public } from '@wijkdeal/shared-api-core';
import type { CurrentAccountData } from '@wijkdeal/shared-api-core';
import { Page, ProjectSummary } from '@wijkdeal/shared-contracts';
import { AddMemberDto, ProjectListQuery } from './project.dto';
import { ProjectsService } from './projects.service';

@ApiTags('projects')
@ApiCookieAuth()
@Controller('projects')
export class ProjectsController {
  constructor(private readonly projects: ProjectsService) {}

  @Public() @Get() @ApiOperation({ summary: 'Projects with theme and status; filter by theme, status and words; paged. Visitor.' })
  list(@Query() query: ProjectListQuery): Promise<Page<ProjectSummary>> {
    return this.projects.list(query);
  }

  @Post(':id/members') @HttpCode(204) @ApiOperation({ summary: 'Add someone to the project group, or change their role. Admin, theme contact or project lead.' })
  addMember(@Param('id', ParseUUIDPipe) id: string, @Body() dto: AddMemberDto, @CurrentAccount() actor: CurrentAccountData): Promise<void> {
    return this.projects.addMember(id, dto, actor);
  }

  @Delete(':id/members/:accountId') @HttpCode(204) @ApiOperation({ summary: 'Remove someone from the project group. Admin, theme contact or project lead.' })
  removeMember(@Param('id', ParseUUIDPipe) id: string, @Param('accountId', ParseUUIDPipe) accountId: string, @CurrentAccount() actor: CurrentAccountData): Promise<void> {
    return this.projects.removeMember(id, accountId, actor);
  }
}
