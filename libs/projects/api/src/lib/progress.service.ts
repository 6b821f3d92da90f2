import { Injectable } from '@nestjs/common';
import { NotificationsService } from '@wijkdeal/follows-api';
import { CurrentAccountData, DomainException, hasRole } from '@wijkdeal/shared-api-core';
import { excerpt, MilestoneView, ProgressUpdateView, UpdatesOverview } from '@wijkdeal/shared-contracts';
import { DataSource, EntityManager, In, IsNull } from 'typeorm';
import { canManageProject, isMemberOf, requireThat } from './access';
import { canMoveTo } from './lifecycle';
import { CreateUpdateDto, EditMilestoneDto, EditUpdateDto, MilestoneDto } from './progress.dto';
import { Milestone, ProgressUpdate, ProgressUpdatePhoto } from './progress.entity';
import { Project } from './project.entity';
import { toProjectSummary } from './project-views';

/** How many running projects the overview shows; the project list has the rest. */
const OVERVIEW_PROJECTS = 24;

@Injectable()
export class ProgressService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly notifications: NotificationsService,
  ) {}

  /** Only members of the project group post updates (DESIGN.md); update, project state and notifications commit together. */
  async post(projectId: string, dto: CreateUpdateDto, author: CurrentAccountData): Promise<ProgressUpdateView> {
    const id = await this.dataSource.transaction(async (manager) => {
      const project = await manager.getRepository(Project).findOne({ where: { id: projectId }, lock: { mode: 'pessimistic_write' } });
      if (!project) throw new DomainException('NOT_FOUND');
      requireThat(isMemberOf(author, projectId));
      if (dto.status && !canMoveTo(project.status, dto.status)) throw new DomainException('VALIDATION_FAILED', [{ field: 'status', reason: 'statusTransition' }]);
      if (dto.milestoneId && !(await manager.getRepository(Milestone).existsBy({ id: dto.milestoneId, projectId }))) {
        throw new DomainException('VALIDATION_FAILED', [{ field: 'milestoneId', reason: 'unknownMilestone' }]);
      }
      const photoIds = [...new Set(dto.photoIds ?? [])];
      if (photoIds.length) {
        const own: { id: string }[] = await manager.query(`SELECT id FROM photo WHERE id = ANY($1::uuid[]) AND uploaded_by = $2`, [photoIds, author.id]);
        if (own.length !== photoIds.length) throw new DomainException('VALIDATION_FAILED', [{ field: 'photoIds', reason: 'unknownPhoto' }]);
      }
      const update = await manager.getRepository(ProgressUpdate).save({
        projectId,
        authorId: author.id,
        body: dto.body,
        progress: dto.progress ?? null,
        status: dto.status && dto.status !== project.status ? dto.status : null,
        milestoneId: dto.milestoneId ?? null,
      });
      if (photoIds.length) await manager.getRepository(ProgressUpdatePhoto).insert(photoIds.map((photoId, position) => ({ updateId: update.id, photoId, position })));
      const changes: Partial<Project> = {};
      if (dto.progress !== undefined) changes.progress = dto.progress;
      if (dto.status) changes.status = dto.status;
      if (dto.status === 'done') changes.progress = 100;
      if (Object.keys(changes).length) await manager.getRepository(Project).update({ id: projectId }, changes);
      if (dto.milestoneId) await manager.getRepository(Milestone).update({ id: dto.milestoneId, doneAt: IsNull() }, { doneAt: new Date() });
      await this.notifications.notify(manager, {
        key: `update:${update.id}`,
        kind: 'project-update',
        title: { nl: `Nieuws over ${project.titleNl}`, en: `News about ${project.titleEn || project.titleNl}` },
        body: { nl: excerpt(dto.body.replace(/\*\*/g, ''), 160), en: excerpt(dto.body.replace(/\*\*/g, ''), 160) },
        link: `/projecten/${project.slug}`,
        targets: [
          { type: 'project', id: project.id },
          { type: 'theme', id: project.themeId },
        ],
        actorId: author.id,
      });
      return update.id;
    });
    return (await this.views(this.dataSource.manager, [id], author))[0];
  }

  /** The author may rewrite their update; an admin may correct it. Both leave an edit mark. */
  async edit(projectId: string, updateId: string, dto: EditUpdateDto, editor: CurrentAccountData): Promise<ProgressUpdateView> {
    const update = await this.dataSource.getRepository(ProgressUpdate).findOneBy({ id: updateId, projectId });
    if (!update) throw new DomainException('NOT_FOUND');
    const isAuthor = update.authorId === editor.id;
    requireThat(isAuthor || hasRole(editor, 'admin'));
    await this.dataSource.getRepository(ProgressUpdate).update({ id: updateId }, { body: dto.body, editedAt: new Date(), editedByAdmin: !isAuthor });
    return (await this.views(this.dataSource.manager, [updateId], editor))[0];
  }

  async timeline(manager: EntityManager, projectId: string, viewer: CurrentAccountData | undefined): Promise<ProgressUpdateView[]> {
    const rows = await manager.getRepository(ProgressUpdate).find({ select: { id: true }, where: { projectId }, order: { createdAt: 'DESC', id: 'ASC' } });
    return this.views(manager, rows.map((row) => row.id), viewer);
  }

  /** "Ontwikkelingen van projecten": the latest updates everywhere, and the selected projects at a glance. */
  async overview(page: number, pageSize: number, viewer: CurrentAccountData | undefined): Promise<UpdatesOverview> {
    const rows = await this.dataSource.getRepository(ProgressUpdate).find({ select: { id: true }, order: { createdAt: 'DESC', id: 'ASC' }, skip: (page - 1) * pageSize, take: pageSize });
    const updates = await this.views(this.dataSource.manager, rows.map((row) => row.id), viewer);
    const projects = await this.dataSource.getRepository(Project).find({ where: { id: In([...new Set(updates.map((u) => u.projectId))]) } });
    // "At a glance": the projects being carried out now, most recently changed first; capped so a city stays fast.
    const selected = await this.dataSource.getRepository(Project).find({
      where: { status: In(['selected', 'in-progress', 'paused']) },
      relations: { theme: true },
      order: { updatedAt: 'DESC', id: 'ASC' },
      take: OVERVIEW_PROJECTS,
    });
    return {
      updates: updates.map((update) => {
        const project = projects.find((p) => p.id === update.projectId);
        return { ...update, project: { id: update.projectId, slug: project?.slug ?? '', title: { nl: project?.titleNl ?? '', en: project?.titleEn ?? '' } } };
      }),
      selected: selected.map(toProjectSummary),
    };
  }

  async milestones(manager: EntityManager, projectId: string): Promise<MilestoneView[]> {
    const milestones = await manager.getRepository(Milestone).find({ where: { projectId }, order: { plannedOn: { direction: 'ASC', nulls: 'LAST' }, title: 'ASC' } });
    return milestones.map(toMilestoneView);
  }

  async addMilestone(projectId: string, dto: MilestoneDto, actor: CurrentAccountData): Promise<MilestoneView> {
    await this.requireGroup(projectId, actor);
    return toMilestoneView(await this.dataSource.getRepository(Milestone).save({ projectId, title: dto.title, plannedOn: dto.plannedOn ?? null, doneAt: null }));
  }

  async editMilestone(projectId: string, milestoneId: string, dto: EditMilestoneDto, actor: CurrentAccountData): Promise<MilestoneView> {
    await this.requireGroup(projectId, actor);
    const milestone = await this.dataSource.getRepository(Milestone).findOneBy({ id: milestoneId, projectId });
    if (!milestone) throw new DomainException('NOT_FOUND');
    if (dto.title !== undefined) milestone.title = dto.title;
    if (dto.plannedOn !== undefined) milestone.plannedOn = dto.plannedOn;
    if (dto.done !== undefined) milestone.doneAt = dto.done ? (milestone.doneAt ?? new Date()) : null;
    return toMilestoneView(await this.dataSource.getRepository(Milestone).save(milestone));
  }

  async removeMilestone(projectId: string, milestoneId: string, actor: CurrentAccountData): Promise<void> {
    await this.requireGroup(projectId, actor);
    const result = await this.dataSource.getRepository(Milestone).delete({ id: milestoneId, projectId });
    if (!result.affected) throw new DomainException('NOT_FOUND');
  }

  /** Milestones are kept by the project group and the people who manage the project. */
  private async requireGroup(projectId: string, actor: CurrentAccountData): Promise<void> {
    const project = await this.dataSource.getRepository(Project).findOneBy({ id: projectId });
    if (!project) throw new DomainException('NOT_FOUND');
    requireThat(isMemberOf(actor, projectId) || canManageProject(actor, project));
  }

  private async views(manager: EntityManager, ids: string[], viewer: CurrentAccountData | undefined): Promise<ProgressUpdateView[]> {
    if (!ids.length) return [];
    const updates = await manager.getRepository(ProgressUpdate).find({ where: { id: In(ids) }, relations: { author: true, milestone: true } });
    const photos = await manager.getRepository(ProgressUpdatePhoto).find({ where: { updateId: In(ids) }, order: { position: 'ASC' } });
    const isAdmin = hasRole(viewer, 'admin');
    return ids
      .map((id) => updates.find((update) => update.id === id))
      .filter((update): update is ProgressUpdate => !!update)
      .map((update) => {
        // Hidden content keeps its place in the timeline with the reason; only admins still see the text.
        const hidden = !!update.hiddenReason && !isAdmin;
        return {
          id: update.id,
          projectId: update.projectId,
          body: hidden ? '' : update.body,
          progress: update.progress,
          status: update.status,
          milestone: update.milestone ? { id: update.milestone.id, title: update.milestone.title } : null,
          photoIds: hidden ? [] : photos.filter((photo) => photo.updateId === update.id).map((photo) => photo.photoId),
          authorName: update.author?.displayName ?? '',
          createdAt: update.createdAt.toISOString(),
          edited: update.editedAt ? { at: update.editedAt.toISOString(), byAdmin: update.editedByAdmin } : null,
          hidden: update.hiddenReason ? { reason: update.hiddenReason } : null,
          canEdit: !!viewer && (viewer.id === update.authorId || isAdmin),
        };
      });
  }
}

function toMilestoneView(milestone: Milestone): MilestoneView {
  return { id: milestone.id, title: milestone.title, plannedOn: milestone.plannedOn, doneAt: milestone.doneAt?.toISOString() ?? null };
}
