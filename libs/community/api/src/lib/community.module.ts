import { Module } from '@nestjs/common';
import { CafeService } from './cafe.service';
import { CommunityController } from './community.controller';
import { NeighbourhoodService } from './neighbourhood.service';
import { NewsService } from './news.service';

@Module({ controllers: [CommunityController], providers: [CafeService, NeighbourhoodService, NewsService], exports: [CafeService] })
export class CommunityModule {}
