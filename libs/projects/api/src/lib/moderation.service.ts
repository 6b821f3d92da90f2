import { Injectable } from '@nestjs/common';
import { DomainException, RateLimiter } from '@wijkdeal/shared-api-core';
import { ContentReportView, ReportTarget } from '@wijkdeal/shared-contracts';
import { DataSource, IsNull } from 'typeorm';
import { ReportDto } from './proposal.dto';
import { ContentReport, Proposal } from './proposal.entity';
import { ProgressUpdate } from './progress.entity';

const TARGETS = { proposal: Proposal, update: ProgressUpdate } as const;

/** Anyone reports; an admin hides with a reason that stays visible, so moderation is never silent. */
@Injectable()
export class ModerationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly rateLimiter: RateLimiter,
  ) {}

  async report(dto: ReportDto): Promise<void> {
    await this.requireTarget(dto.targetType, dto.targetId);
    // Reports need no account; a per-item limit keeps one person from flooding the admins' list.
    await this.rateLimiter.hit('report', `${dto.targetType}:${dto.targetId}`, 20, 60);
    await this.dataSource.getRepository(ContentReport).insert({ targetType: dto.targetType, targetId: dto.targetId, reason: dto.reason });
  }

  /** Open reports, oldest first, each with a link to what it is about and a short excerpt, so an admin can judge it. */
  async openReports(): Promise<ContentReportView[]> {
    const rows: { id: string; target_type: ReportTarget; target_id: string; reason: string; created_at: Date; link: string | null; excerpt: string | null }[] = await this.dataSource.query(
      `SELECT r.id, r.target_type, r.target_id, r.reason, r.created_at,
              CASE WHEN r.target_type = 'proposal' THEN '/ideeen/' || p.id ELSE '/projecten/' || pr.slug END AS link,
              CASE WHEN r.target_type = 'proposal' THEN p.title ELSE left(u.body, 200) END AS excerpt
         FROM content_report r
         LEFT JOIN proposal p ON r.target_type = 'proposal' AND p.id = r.target_id
         LEFT JOIN progress_update u ON r.target_type = 'update' AND u.id = r.target_id
         LEFT JOIN project pr ON pr.id = u.project_id
        WHERE r.resolved_at IS NULL ORDER BY r.created_at, r.id`,
    );
    return rows.map((r) => ({ id: r.id, targetType: r.target_type, targetId: r.target_id, reason: r.reason, createdAt: r.created_at.toISOString(), link: r.link ?? '', excerpt: r.excerpt ?? '' }));
  }

  async hide(targetType: ReportTarget, targetId: string, reason: string | null): Promise<void> {
    await this.requireTarget(targetType, targetId);
    await this.dataSource.transaction(async (manager) => {
      await manager.getRepository(TARGETS[targetType]).update({ id: targetId }, { hiddenReason: reason });
      await manager.getRepository(ContentReport).update({ targetType, targetId, resolvedAt: IsNull() }, { resolvedAt: new Date() });
    });
  }

  private async requireTarget(targetType: ReportTarget, targetId: string): Promise<void> {
    if (!(await this.dataSource.getRepository(TARGETS[targetType]).existsBy({ id: targetId }))) throw new DomainException('NOT_FOUND');
  }
}
