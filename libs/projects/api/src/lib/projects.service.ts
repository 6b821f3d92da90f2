import { Injectable } from '@nestjs/common';
import { Account } from '@wijkdeal/accounts-api';
import { CurrentAccountData, DomainException, hasRole } from '@wijkdeal/shared-api-core';
import { Page, ProjectSummary } from '@wijkdeal/shared-contracts';
import { DataSource } from 'typeorm';
import { AddMemberDto, ProjectListQuery } from './project.dto';
import { Project, ProjectMember } from './project.entity';

export function toProjectSummary(project: Project): ProjectSummary {
  const theme = project.theme;
  return {
    id: project.id,
    slug: project.slug,
    title: { nl: project.titleNl, en: project.titleEn },
    summary: { nl: project.summaryNl, en: project.summaryEn },
    status: project.status,
    progress: project.progress,
    theme: { id: project.themeId, slug: theme?.slug ?? '', name: { nl: theme?.nameNl ?? '', en: theme?.nameEn ?? '' } },
  };
}

@Injectable()
export class ProjectsService {
  constructor(private readonly dataSource: DataSource) {}

  async list(query: ProjectListQuery): Promise<Page<ProjectSummary>> {
    const builder = this.dataSource
      .getRepository(Project)
      .createQueryBuilder('p')
      .innerJoinAndSelect('p.theme', 't')
      .orderBy('t.position')
      .addOrderBy('p.title_nl')
      .addOrderBy('p.id');
    if (query.theme) builder.andWhere('t.slug = :theme', { theme: query.theme });
    if (query.status) builder.andWhere('p.status = :status', { status: query.status });
    if (query.q) {
      const pattern = `%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      builder.andWhere('(p.title_nl ILIKE :pattern OR p.title_en ILIKE :pattern OR p.summary_nl ILIKE :pattern OR p.summary_en ILIKE :pattern)', { pattern });
    }
    const [projects, total] = await builder.skip(query.offset).take(query.pageSize).getManyAndCount();
    return { items: projects.map(toProjectSummary), total, page: query.page, pageSize: query.pageSize };
  }

  async addMember(projectId: string, dto: AddMemberDto, actor: CurrentAccountData): Promise<void> {
    await this.requireManager(projectId, actor);
    if (!(await this.dataSource.getRepository(Account).existsBy({ id: dto.accountId }))) throw new DomainException('NOT_FOUND');
    // Upsert: granting "lead" to a member changes their role instead of failing.
    await this.dataSource.getRepository(ProjectMember).upsert({ projectId, accountId: dto.accountId, role: dto.role }, ['projectId', 'accountId']);
  }

  async removeMember(projectId: string, accountId: string, actor: CurrentAccountData): Promise<void> {
    await this.requireManager(projectId, actor);
    const result = await this.dataSource.getRepository(ProjectMember).delete({ projectId, accountId });
    if (!result.affected) throw new DomainException('NOT_FOUND');
  }

  /** A project group is managed by an admin, a contact of the project's theme, or the project's lead (DESIGN.md). */
  private async requireManager(projectId: string, actor: CurrentAccountData): Promise<void> {
    const project = await this.dataSource.getRepository(Project).findOneBy({ id: projectId });
    if (!project) throw new DomainException('NOT_FOUND');
    const isLead = actor.memberOf.some((membership) => membership.projectId === projectId && membership.role === 'lead');
    if (!hasRole(actor, 'admin') && !actor.contactOf.includes(project.themeId) && !isLead) throw new DomainException('FORBIDDEN');
  }
}
