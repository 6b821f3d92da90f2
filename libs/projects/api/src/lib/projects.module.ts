import { Module } from '@nestjs/common';
import { FollowsModule } from '@wijkdeal/follows-api';
import { FeedsService } from './feeds.service';
import { ModerationService } from './moderation.service';
import { ProgressService } from './progress.service';
import { ProjectsController } from './projects.controller';
import { ProjectsService } from './projects.service';
import { ProposalsController } from './proposals.controller';
import { ProposalsService } from './proposals.service';

@Module({
  imports: [FollowsModule],
  controllers: [ProjectsController, ProposalsController],
  providers: [ProjectsService, ProgressService, ProposalsService, ModerationService, FeedsService],
  exports: [ProjectsService],
})
export class ProjectsModule {}
