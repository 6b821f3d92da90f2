import { Controller, Get, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '@wijkdeal/shared-api-core';
import { ProjectStemweekEntry } from '@wijkdeal/shared-contracts';
import { ProjectHistoryService } from './project-history.service';

@ApiTags('stemweeks')
@Controller('projects')
export class ProjectHistoryController {
  constructor(private readonly history: ProjectHistoryService) {}

  @Public() @Get(':id/stemweeks') @ApiOperation({ summary: 'Rank and score of a project in each published stemweek it was on. Visitor.' })
  stemweeks(@Param('id', ParseUUIDPipe) id: string): Promise<ProjectStemweekEntry[]> {
    return this.history.forProject(id);
  }
}
