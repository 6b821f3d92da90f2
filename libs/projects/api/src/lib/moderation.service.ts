import { Injectable } from '@nestjs/common';
import { DomainException, RateLimiter } from '@wijkdeal/shared-api-core';
import { ReportTarget } from '@wijkdeal/shared-contracts';
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

  async openReports(): Promise<{ id: string; targetType: ReportTarget; targetId: string; reason: string; createdAt: string }[]> {
    const reports = await this.dataSource.getRepository(ContentReport).find({ where: { resolvedAt: IsNull() }, order: { createdAt: 'ASC' } });
    return reports.map((r) => ({ id: r.id, targetType: r.targetType, targetId: r.targetId, reason: r.reason, createdAt: r.createdAt.toISOString() }));
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
