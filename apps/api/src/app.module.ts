import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountsModule } from '@wijkdeal/accounts-api';
import { CommunityModule } from '@wijkdeal/community-api';
import { FollowsModule } from '@wijkdeal/follows-api';
import { MeetingsModule } from '@wijkdeal/meetings-api';
import { ProjectsModule } from '@wijkdeal/projects-api';
import { AppConfig, CoreModule } from '@wijkdeal/shared-api-core';
import { ThemesModule } from '@wijkdeal/themes-api';
import { VotingModule } from '@wijkdeal/voting-api';
import { DataSource } from 'typeorm';
import { HealthController } from './health.controller';

/** Composes the domain modules; the data source is migrated and seeded before Nest starts. */
@Module({})
export class AppModule {
  static forRoot(config: AppConfig, dataSource: DataSource): DynamicModule {
    return {
      module: AppModule,
      imports: [
        CoreModule.forRoot(config),
        TypeOrmModule.forRootAsync({ useFactory: () => dataSource.options, dataSourceFactory: async () => dataSource }),
        AccountsModule,
        ThemesModule,
        FollowsModule,
        ProjectsModule,
        CommunityModule,
        MeetingsModule,
        VotingModule,
      ],
      controllers: [HealthController],
    };
  }
}
