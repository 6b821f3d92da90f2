import { Injectable } from '@nestjs/common';
import { DomainException } from '@wijkdeal/shared-api-core';
import { ProjectStemweekEntry } from '@wijkdeal/shared-contracts';
import { DataSource, In, IsNull, Not } from 'typeorm';
import { Stemweek, StemweekItem } from './stemweek.entity';

/** Rank and score of a project in every published stemweek it was on, read from the stored results. */
@Injectable()
export class ProjectHistoryService {
  constructor(private readonly dataSource: DataSource) {}

  async forProject(projectId: string): Promise<ProjectStemweekEntry[]> {
    const [project] = await this.dataSource.query(`SELECT 1 AS found FROM project WHERE id = $1`, [projectId]);
    if (!project) throw new DomainException('NOT_FOUND');
    const items = await this.dataSource.getRepository(StemweekItem).find({ where: { projectId }, select: { stemweekId: true } });
    if (!items.length) return [];
    const stemweeks = await this.dataSource.getRepository(Stemweek).find({
      where: { id: In(items.map((item) => item.stemweekId)), publishedAt: Not(IsNull()) },
      order: { closesAt: 'DESC' },
    });
    return stemweeks.flatMap((stemweek) => {
      const view = stemweek.result?.view;
      const entry = view?.ranking.find((row) => row.projectId === projectId);
      if (!view || !entry) return [];
      return [{
        stemweekId: stemweek.id,
        title: { nl: stemweek.titleNl, en: stemweek.titleEn },
        closesAt: (stemweek.closedAt ?? stemweek.closesAt).toISOString(),
        rank: entry.rank,
        score: entry.score,
        votes: entry.votes,
        selected: entry.selected,
        tied: entry.tied,
        ballots: view.ballots,
      }];
    });
  }
}
