import { Module } from '@nestjs/common';
import { AccountsModule } from '@wijkdeal/accounts-api';
import { BallotService } from './ballot.service';
import { PaperBallotService } from './paper-ballot.service';
import { ProjectHistoryController } from './project-history.controller';
import { ProjectHistoryService } from './project-history.service';
import { StemweekImportService } from './stemweek-import.service';
import { StemweekResultsService } from './stemweek-results.service';
import { StemweekService } from './stemweek.service';
import { StemweeksController } from './stemweeks.controller';
import { VotingCodeService } from './voting-code.service';
import { VotingKeys } from './voting-keys';

/** The stemweek: administration, the three voting channels, results and .pb import/export. */
@Module({
  imports: [AccountsModule],
  controllers: [StemweeksController, ProjectHistoryController],
  providers: [ProjectHistoryService, StemweekService, BallotService, VotingCodeService, PaperBallotService, StemweekResultsService, StemweekImportService, VotingKeys],
  exports: [StemweekService, StemweekResultsService],
})
export class VotingModule {}
