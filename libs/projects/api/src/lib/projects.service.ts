import { Injectable } from '@nestjs/common';
import { Account } from '@wijkdeal/accounts-api';
import { NotificationsService } from '@wijkdeal/follows-api';
import { CurrentAccountData, DomainException, hasRole } from '@wijkdeal/shared-api-core';
import { Page, ProjectDetail, ProjectSummary, slugify } from '@wijkdeal/shared-contracts';
import { Theme } from '@wijkdeal/themes-api';
import { DataSource, EntityManager } from 'typeorm';
import { canManageProject, canManageTheme, isMemberOf, requireThat } from './access';
import { canMoveTo } from './lifecycle';
import { CreateProjectDto, EditProjectDto, JoinRequestDto } from './progress.dto';
import { ProjectJoinRequest } from './progress.entity';
import { ProgressService } from './progress.service';
import { AddMemberDto, ProjectListQuery } from './project.dto';
import { Project, ProjectMember } from './project.entity';
import { Proposal } from './proposal.entity';
import { toProjectSummary } from './project-views';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

@Injectable()
export class ProjectsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly progress: ProgressService,
    private readonly notifications: NotificationsService,
  ) {}

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
    if (query.selectedIn) {
      // The published selection is stored with the stemweek (voting module); read by table name, as voting depends on projects.
      builder.andWhere(
        `EXISTS (SELECT 1 FROM stemweek s WHERE s.id = :selectedIn AND s.published_at IS NOT NULL
                  AND s.result -> 'view' -> 'selection' -> 'selected' @> jsonb_build_array(jsonb_build_object('projectId', p.id::text)))`,
        { selectedIn: query.selectedIn },
      );
    }
    // offset/limit rather than skip/take: the join is many-to-one, so one query suffices (skip/take adds a DISTINCT pass).
    const [projects, total] = await Promise.all([builder.clone().offset(query.offset).limit(query.pageSize).getMany(), builder.getCount()]);
    return { items: projects.map(toProjectSummary), total, page: query.page, pageSize: query.pageSize };
  }

  /** A project by id or by slug, with its group, milestones, timeline and what the viewer may do. */
  async detail(idOrSlug: string, viewer: CurrentAccountData | undefined): Promise<ProjectDetail> {
    const manager = this.dataSource.manager;
    const project = await manager.getRepository(Project).findOne({ where: UUID.test(idOrSlug) ? { id: idOrSlug } : { slug: idOrSlug }, relations: { theme: true } });
    if (!project) throw new DomainException('NOT_FOUND');
    const members = await manager.getRepository(ProjectMember).find({ where: { projectId: project.id }, relations: { account: true } });
    const proposal = await manager.getRepository(Proposal).findOneBy({ projectId: project.id });
    const [{ followers }] = await manager.query(`SELECT count(*)::int AS followers FROM follow WHERE target_type = 'project' AND target_id = $1`, [project.id]);
    const joinRequested = !!viewer && (await manager.getRepository(ProjectJoinRequest).existsBy({ projectId: project.id, accountId: viewer.id, status: 'pending' }));
    return {
      ...toProjectSummary(project),
      description: { nl: project.descriptionNl, en: project.descriptionEn },
      place: project.place,
      costEstimate: project.costEstimate === null ? null : Number(project.costEstimate),
      members: members
        .map((m) => ({ accountId: m.accountId, name: m.account?.displayName ?? '', role: m.role }))
        .sort((a, b) => (a.role === b.role ? a.name.localeCompare(b.name, 'nl') : a.role === 'lead' ? -1 : 1)),
      milestones: await this.progress.milestones(manager, project.id),
      updates: await this.progress.timeline(manager, project.id, viewer),
      proposal: proposal ? { id: proposal.id, title: proposal.title } : null,
      followerCount: followers,
      followedByMe: await this.notifications.isFollowing(viewer?.id, 'project', project.id),
      canPostUpdates: isMemberOf(viewer, project.id),
      canManage: canManageProject(viewer, project),
      joinRequested,
    };
  }

  /** Admins and theme contacts create projects directly (e.g. from a koplopers' decision). */
  async create(dto: CreateProjectDto, actor: CurrentAccountData): Promise<ProjectDetail> {
    requireThat(canManageTheme(actor, dto.themeId));
    if (!(await this.dataSource.getRepository(Theme).existsBy({ id: dto.themeId }))) throw new DomainException('VALIDATION_FAILED', [{ field: 'themeId', reason: 'unknownTheme' }]);
    const project = await this.dataSource.transaction(async (manager) =>
      manager.getRepository(Project).save({
        slug: await uniqueProjectSlug(manager, slugify(dto.title.nl) || 'project'),
        themeId: dto.themeId,
        titleNl: dto.title.nl,
        titleEn: dto.title.en,
        summaryNl: dto.summary.nl,
        summaryEn: dto.summary.en,
        descriptionNl: dto.description?.nl ?? '',
        descriptionEn: dto.description?.en ?? '',
        place: dto.place || null,
        costEstimate: dto.costEstimate === undefined ? null : String(dto.costEstimate),
        status: 'proposed',
        progress: 0,
      }),
    );
    return this.detail(project.id, actor);
  }

  async edit(id: string, dto: EditProjectDto, actor: CurrentAccountData): Promise<ProjectDetail> {
    await this.dataSource.transaction(async (manager) => {
      const project = await manager.getRepository(Project).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!project) throw new DomainException('NOT_FOUND');
      requireThat(canManageProject(actor, project));
      if (dto.status && !hasRole(actor, 'admin') && !canMoveTo(project.status, dto.status)) {
        throw new DomainException('VALIDATION_FAILED', [{ field: 'status', reason: 'statusTransition' }]);
      }
      const changes: Partial<Project> = {};
      if (dto.title) Object.assign(changes, { titleNl: dto.title.nl, titleEn: dto.title.en });
      if (dto.summary) Object.assign(changes, { summaryNl: dto.summary.nl, summaryEn: dto.summary.en });
      if (dto.description) Object.assign(changes, { descriptionNl: dto.description.nl, descriptionEn: dto.description.en });
      if (dto.status) changes.status = dto.status;
      if (dto.progress !== undefined) changes.progress = dto.progress;
      if (dto.costEstimate !== undefined) changes.costEstimate = dto.costEstimate === null ? null : String(dto.costEstimate);
      if (dto.place !== undefined) changes.place = dto.place || null;
      if (Object.keys(changes).length) await manager.getRepository(Project).update({ id }, changes);
    });
    return this.detail(id, actor);
  }

  async addMember(projectId: string, dto: AddMemberDto, actor: CurrentAccountData): Promise<void> {
    const project = await this.requireProject(this.dataSource.manager, projectId);
    requireThat(canManageProject(actor, project));
    if (!(await this.dataSource.getRepository(Account).existsBy({ id: dto.accountId }))) throw new DomainException('NOT_FOUND');
    await this.dataSource.transaction(async (manager) => {
      // Upsert: granting "lead" to a member changes their role instead of failing.
      await manager.getRepository(ProjectMember).upsert({ projectId, accountId: dto.accountId, role: dto.role }, ['projectId', 'accountId']);
      await manager.getRepository(ProjectJoinRequest).update({ projectId, accountId: dto.accountId, status: 'pending' }, { status: 'accepted' });
      // Members follow their project, so they hear what the rest of the group posts.
      await this.notifications.follow(manager, dto.accountId, 'project', projectId);
    });
  }

  async removeMember(projectId: string, accountId: string, actor: CurrentAccountData): Promise<void> {
    const project = await this.requireProject(this.dataSource.manager, projectId);
    requireThat(canManageProject(actor, project) || actor.id === accountId);
    const result = await this.dataSource.getRepository(ProjectMember).delete({ projectId, accountId });
    if (!result.affected) throw new DomainException('NOT_FOUND');
  }

  async requestToJoin(projectId: string, dto: JoinRequestDto, account: CurrentAccountData): Promise<void> {
    const project = await this.requireProject(this.dataSource.manager, projectId);
    if (isMemberOf(account, projectId)) throw new DomainException('CONFLICT');
    await this.dataSource.transaction(async (manager) => {
      await manager.query(
        `INSERT INTO project_join_request (project_id, account_id, message, status) VALUES ($1, $2, $3, 'pending')
         ON CONFLICT (project_id, account_id) DO UPDATE SET message = EXCLUDED.message, status = 'pending', created_at = now()`,
        [projectId, account.id, dto.message ?? ''],
      );
      const managers: { account_id: string }[] = await manager.query(
        `SELECT account_id FROM project_member WHERE project_id = $1 AND role = 'lead' UNION SELECT account_id FROM theme_contact WHERE theme_id = $2`,
        [projectId, project.themeId],
      );
      await this.notifications.notify(manager, {
        key: `join:${projectId}:${account.id}:${Date.now()}`,
        kind: 'project-join-request',
        title: { nl: `${account.displayName} wil meedoen met ${project.titleNl}`, en: `${account.displayName} wants to join ${project.titleEn || project.titleNl}` },
        body: { nl: dto.message || 'Bekijk het verzoek op de projectpagina.', en: dto.message || 'See the request on the project page.' },
        link: `/projecten/${project.slug}`,
        targets: [],
        accountIds: managers.map((m) => m.account_id),
        actorId: account.id,
      });
    });
  }

  async joinRequests(projectId: string, actor: CurrentAccountData): Promise<{ accountId: string; name: string; message: string; createdAt: string }[]> {
    const project = await this.requireProject(this.dataSource.manager, projectId);
    requireThat(canManageProject(actor, project));
    const requests = await this.dataSource.getRepository(ProjectJoinRequest).find({ where: { projectId, status: 'pending' }, relations: { account: true }, order: { createdAt: 'ASC' } });
    return requests.map((r) => ({ accountId: r.accountId, name: r.account?.displayName ?? '', message: r.message, createdAt: r.createdAt.toISOString() }));
  }

  async declineJoinRequest(projectId: string, accountId: string, actor: CurrentAccountData): Promise<void> {
    const project = await this.requireProject(this.dataSource.manager, projectId);
    requireThat(canManageProject(actor, project));
    const result = await this.dataSource.getRepository(ProjectJoinRequest).update({ projectId, accountId, status: 'pending' }, { status: 'declined' });
    if (!result.affected) throw new DomainException('NOT_FOUND');
  }

  private async requireProject(manager: EntityManager, id: string): Promise<Project> {
    const project = await manager.getRepository(Project).findOneBy({ id });
    if (!project) throw new DomainException('NOT_FOUND');
    return project;
  }
}

export async function uniqueProjectSlug(manager: EntityManager, base: string): Promise<string> {
  // Two creations with the same title would both pick the same free slug and one would hit project_slug_unique:
  // the second waits here until the first transaction ends, and then sees its slug as taken. Call it in the
  // transaction that inserts the project.
  await manager.query(`SELECT pg_advisory_xact_lock(hashtext('project-slug:' || $1))`, [base]);
  const taken: { slug: string }[] = await manager.query(`SELECT slug FROM project WHERE slug = $1 OR slug LIKE $2`, [base, `${base}-%`]);
  const used = new Set(taken.map((row) => row.slug));
  if (!used.has(base)) return base;
  let n = 2;
  while (used.has(`${base}-${n}`)) n += 1;
  return `${base}-${n}`;
}
