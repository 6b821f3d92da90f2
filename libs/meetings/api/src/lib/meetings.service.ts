import { Injectable } from '@nestjs/common';
import { AppConfig, CalendarEvent, parseLocalDateTime, CurrentAccountData, DomainException, hasRole, renderCalendar } from '@wijkdeal/shared-api-core';
import { ActionItemView, DecisionView, MeetingDetail, MeetingSummary, Page } from '@wijkdeal/shared-contracts';
import { canMoveTo, Project, Proposal, uniqueProjectSlug } from '@wijkdeal/projects-api';
import { slugify } from '@wijkdeal/shared-contracts';
import { DataSource, EntityManager } from 'typeorm';
import { ActionItemDto, DecisionDto, EditActionItemDto, EditMeetingDto, MeetingDto, MeetingSearchQuery, MinutesDto } from './meeting.dto';
import { ActionItem, AgendaItem, Decision, Meeting, MeetingAttendance } from './meeting.entity';

export const MEETING_PLACE = 'Wijkdealwerkplaats';
const TWO_HOURS = 2 * 3_600_000;

/** Koplopers and admins run meetings; visitors read the public part. */
export function isKoploper(account: CurrentAccountData | undefined): boolean {
  return hasRole(account, 'koploper') || hasRole(account, 'admin');
}

@Injectable()
export class MeetingsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {}

  async list(query: MeetingSearchQuery, viewer: CurrentAccountData | undefined): Promise<Page<MeetingSummary>> {
    const pattern = query.q ? `%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
    const insider = isKoploper(viewer);
    // Search covers what the viewer may read: visitors never find a meeting by words in its private minutes.
    const rows: (Meeting & { total: number })[] = await this.dataSource.query(
      `SELECT m.id, m.title, m.starts_at AS "startsAt", m.ends_at AS "endsAt", m.place, m.cancelled, m.public_minutes AS "publicMinutes", count(*) OVER ()::int AS total
         FROM meeting m
        WHERE $1::text IS NULL OR m.title ILIKE $1 OR m.public_minutes ILIKE $1 OR ($2 AND m.private_minutes ILIKE $1)
           OR EXISTS (SELECT 1 FROM agenda_item a WHERE a.meeting_id = m.id AND a.title ILIKE $1)
           OR EXISTS (SELECT 1 FROM decision d WHERE d.meeting_id = m.id AND d.text ILIKE $1)
        ORDER BY m.starts_at DESC, m.id LIMIT $3 OFFSET $4`,
      [pattern, insider, query.pageSize, query.offset],
    );
    return { items: rows.map(toSummary), total: rows[0]?.total ?? 0, page: query.page, pageSize: query.pageSize };
  }

  async detail(id: string, viewer: CurrentAccountData | undefined): Promise<MeetingDetail> {
    const manager = this.dataSource.manager;
    const meeting = await this.requireMeeting(manager, id);
    const insider = isKoploper(viewer);
    const agenda = await manager.getRepository(AgendaItem).find({ where: { meetingId: id }, relations: { theme: true, project: true }, order: { position: 'ASC' } });
    const attendance = insider ? await manager.getRepository(MeetingAttendance).find({ where: { meetingId: id }, relations: { account: true } }) : null;
    return {
      ...toSummary(meeting),
      agenda: agenda.map((item) => ({
        id: item.id,
        title: item.title,
        theme: item.theme ? { id: item.theme.id, slug: item.theme.slug, name: { nl: item.theme.nameNl, en: item.theme.nameEn } } : null,
        project: item.project ? { id: item.project.id, slug: item.project.slug, title: { nl: item.project.titleNl, en: item.project.titleEn } } : null,
      })),
      attendance: attendance?.map((a) => ({ accountId: a.accountId, name: a.account?.displayName ?? '' })).sort((a, b) => a.name.localeCompare(b.name, 'nl')) ?? null,
      publicMinutes: meeting.publicMinutes,
      privateMinutes: insider ? meeting.privateMinutes : null,
      decisions: await this.decisions(manager, { meetingId: id }),
      actionItems: insider ? await this.actionItems(manager, { meetingId: id }) : null,
      canEdit: insider,
    };
  }

  async plan(dto: MeetingDto, actor: CurrentAccountData): Promise<MeetingDetail> {
    const id = await this.dataSource.transaction(async (manager) => {
      const startsAt = parseLocalDateTime(dto.startsAt, 'startsAt');
      const endsAt = dto.endsAt ? parseLocalDateTime(dto.endsAt, 'endsAt') : new Date(startsAt.getTime() + TWO_HOURS);
      if (endsAt <= startsAt) throw new DomainException('VALIDATION_FAILED', [{ field: 'endsAt', reason: 'endBeforeStart' }]);
      const meeting = await manager.getRepository(Meeting).save({ title: dto.title ?? 'Koplopersoverleg', startsAt, endsAt, place: dto.place ?? MEETING_PLACE, cancelled: false });
      await this.replaceAgenda(manager, meeting.id, dto.agenda ?? []);
      return meeting.id;
    });
    return this.detail(id, actor);
  }

  async edit(id: string, dto: EditMeetingDto, actor: CurrentAccountData): Promise<MeetingDetail> {
    await this.dataSource.transaction(async (manager) => {
      const meeting = await this.requireMeeting(manager, id);
      const startsAt = dto.startsAt ? parseLocalDateTime(dto.startsAt, 'startsAt') : meeting.startsAt;
      const endsAt = dto.endsAt ? parseLocalDateTime(dto.endsAt, 'endsAt') : dto.startsAt ? new Date(startsAt.getTime() + (meeting.endsAt.getTime() - meeting.startsAt.getTime())) : meeting.endsAt;
      if (endsAt <= startsAt) throw new DomainException('VALIDATION_FAILED', [{ field: 'endsAt', reason: 'endBeforeStart' }]);
      await manager.getRepository(Meeting).update({ id }, { title: dto.title ?? meeting.title, startsAt, endsAt, place: dto.place ?? meeting.place, cancelled: dto.cancelled ?? meeting.cancelled });
      if (dto.agenda) await this.replaceAgenda(manager, id, dto.agenda);
    });
    return this.detail(id, actor);
  }

  async setAttendance(id: string, accountIds: string[], actor: CurrentAccountData): Promise<MeetingDetail> {
    await this.dataSource.transaction(async (manager) => {
      await this.requireMeeting(manager, id);
      const unique = [...new Set(accountIds)];
      const known: { id: string }[] = unique.length ? await manager.query(`SELECT id FROM account WHERE id = ANY($1::uuid[])`, [unique]) : [];
      if (known.length !== unique.length) throw new DomainException('VALIDATION_FAILED', [{ field: 'accountIds', reason: 'unknownAccount' }]);
      await manager.getRepository(MeetingAttendance).delete({ meetingId: id });
      if (unique.length) await manager.getRepository(MeetingAttendance).insert(unique.map((accountId) => ({ meetingId: id, accountId })));
    });
    return this.detail(id, actor);
  }

  async setMinutes(id: string, dto: MinutesDto, actor: CurrentAccountData): Promise<MeetingDetail> {
    await this.requireMeeting(this.dataSource.manager, id);
    await this.dataSource.getRepository(Meeting).update({ id }, { publicMinutes: dto.publicMinutes, privateMinutes: dto.privateMinutes });
    return this.detail(id, actor);
  }

  /** A decision and its effect (a new project or proposal, or a status change) commit together and stay linked. */
  async decide(meetingId: string, dto: DecisionDto, actor: CurrentAccountData): Promise<DecisionView> {
    const id = await this.dataSource.transaction(async (manager) => {
      await this.requireMeeting(manager, meetingId);
      const effect = dto.effect ?? 'none';
      let projectId = dto.projectId ?? null;
      let proposalId: string | null = null;
      if (projectId && !(await manager.getRepository(Project).existsBy({ id: projectId }))) throw new DomainException('VALIDATION_FAILED', [{ field: 'projectId', reason: 'unknownProject' }]);
      if ((effect === 'create-project' || effect === 'create-proposal') && !(await manager.query(`SELECT 1 FROM theme WHERE id = $1`, [dto.themeId])).length) {
        throw new DomainException('VALIDATION_FAILED', [{ field: 'themeId', reason: 'unknownTheme' }]);
      }
      if (effect === 'create-project') {
        const project = await manager.getRepository(Project).save({
          slug: await uniqueProjectSlug(manager, slugify(dto.title ?? '') || 'project'),
          themeId: dto.themeId as string,
          titleNl: dto.title as string,
          titleEn: dto.titleEn ?? '',
          summaryNl: dto.summary ?? '',
          summaryEn: '',
          descriptionNl: dto.summary ?? '',
          descriptionEn: '',
          status: 'proposed',
          progress: 0,
        });
        projectId = project.id;
      }
      if (effect === 'create-proposal') {
        const proposal = await manager.getRepository(Proposal).save({ authorId: actor.id, themeId: dto.themeId as string, title: dto.title as string, description: dto.summary || (dto.title as string), status: 'submitted' });
        proposalId = proposal.id;
      }
      if (effect === 'project-status') {
        const project = await manager.getRepository(Project).findOne({ where: { id: projectId as string }, lock: { mode: 'pessimistic_write' } });
        if (!project || !dto.status) throw new DomainException('NOT_FOUND');
        if (!canMoveTo(project.status, dto.status)) throw new DomainException('VALIDATION_FAILED', [{ field: 'status', reason: 'statusTransition' }]);
        await manager.getRepository(Project).update({ id: project.id }, { status: dto.status, ...(dto.status === 'done' ? { progress: 100 } : {}) });
      }
      const decision = await manager.getRepository(Decision).save({
        meetingId,
        text: dto.text,
        effect: effect === 'create-project' ? 'created-project' : effect === 'create-proposal' ? 'created-proposal' : effect,
        projectId,
        proposalId,
        newStatus: effect === 'project-status' ? (dto.status ?? null) : null,
      });
      return decision.id;
    });
    return (await this.decisions(this.dataSource.manager, { id }))[0];
  }

  /** Decisions about a project, for its page. */
  async decisionsAbout(projectId: string): Promise<DecisionView[]> {
    return this.decisions(this.dataSource.manager, { projectId });
  }

  async addActionItem(meetingId: string, dto: ActionItemDto): Promise<ActionItemView> {
    await this.requireMeeting(this.dataSource.manager, meetingId);
    const item = await this.dataSource.getRepository(ActionItem).save({ meetingId, title: dto.title, ownerId: dto.ownerId ?? null, dueOn: dto.dueOn ?? null, projectId: dto.projectId ?? null, status: 'open' });
    return (await this.actionItems(this.dataSource.manager, { id: item.id }))[0];
  }

  async editActionItem(id: string, dto: EditActionItemDto): Promise<ActionItemView> {
    const item = await this.dataSource.getRepository(ActionItem).findOneBy({ id });
    if (!item) throw new DomainException('NOT_FOUND');
    await this.dataSource.getRepository(ActionItem).update({ id }, { status: dto.status ?? item.status, title: dto.title ?? item.title, dueOn: dto.dueOn === undefined ? item.dueOn : dto.dueOn, ownerId: dto.ownerId === undefined ? item.ownerId : dto.ownerId });
    return (await this.actionItems(this.dataSource.manager, { id }))[0];
  }

  /** The koplopers' dashboard: open items first by due date; overdue ones are flagged. */
  async dashboard(status: 'open' | 'done' | undefined): Promise<ActionItemView[]> {
    return this.actionItems(this.dataSource.manager, status ? { status } : {});
  }

  async calendar(): Promise<string> {
    const meetings = await this.dataSource.getRepository(Meeting).find({ order: { startsAt: 'ASC' } });
    const events: CalendarEvent[] = meetings.map((meeting) => ({
      uid: `meeting-${meeting.id}@wijkdeal`,
      start: meeting.startsAt,
      end: meeting.endsAt,
      summary: meeting.cancelled ? `${meeting.title} (gaat niet door)` : meeting.title,
      location: meeting.place,
      url: `${this.config.PUBLIC_URL}/koplopers/overleg/${meeting.id}`,
      cancelled: meeting.cancelled,
    }));
    return renderCalendar('Koplopersoverleg', events);
  }

  private async replaceAgenda(manager: EntityManager, meetingId: string, agenda: { title: string; themeId?: string; projectId?: string }[]): Promise<void> {
    await manager.getRepository(AgendaItem).delete({ meetingId });
    if (agenda.length) await manager.getRepository(AgendaItem).insert(agenda.map((item, index) => ({ meetingId, position: index + 1, title: item.title, themeId: item.themeId ?? null, projectId: item.projectId ?? null })));
  }

  private async decisions(manager: EntityManager, where: { id?: string; meetingId?: string; projectId?: string }): Promise<DecisionView[]> {
    const decisions = await manager.getRepository(Decision).find({ where, relations: { project: true, proposal: true, meeting: true }, order: { createdAt: 'ASC', id: 'ASC' } });
    return decisions.map((d) => ({
      id: d.id,
      meetingId: d.meetingId,
      meetingStartsAt: d.meeting?.startsAt.toISOString() ?? '',
      text: d.text,
      effect: d.effect,
      project: d.project ? { id: d.project.id, slug: d.project.slug, title: { nl: d.project.titleNl, en: d.project.titleEn } } : null,
      proposal: d.proposal ? { id: d.proposal.id, title: d.proposal.title } : null,
      newStatus: d.newStatus,
    }));
  }

  private async actionItems(manager: EntityManager, where: { id?: string; meetingId?: string; status?: 'open' | 'done' }): Promise<ActionItemView[]> {
    const items = await manager.getRepository(ActionItem).find({ where, relations: { owner: true, project: true }, order: { status: 'DESC', dueOn: { direction: 'ASC', nulls: 'LAST' }, title: 'ASC' } });
    const today = new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Amsterdam' });
    return items.map((item) => ({
      id: item.id,
      meetingId: item.meetingId,
      title: item.title,
      owner: item.owner ? { accountId: item.owner.id, name: item.owner.displayName } : null,
      dueOn: item.dueOn,
      status: item.status,
      overdue: item.status === 'open' && !!item.dueOn && item.dueOn < today,
      project: item.project ? { id: item.project.id, slug: item.project.slug, title: { nl: item.project.titleNl, en: item.project.titleEn } } : null,
    }));
  }

  private async requireMeeting(manager: EntityManager, id: string): Promise<Meeting> {
    const meeting = await manager.getRepository(Meeting).findOneBy({ id });
    if (!meeting) throw new DomainException('NOT_FOUND');
    return meeting;
  }
}


function toSummary(meeting: Pick<Meeting, 'id' | 'title' | 'startsAt' | 'endsAt' | 'place' | 'cancelled' | 'publicMinutes'>): MeetingSummary {
  return {
    id: meeting.id,
    title: meeting.title,
    startsAt: new Date(meeting.startsAt).toISOString(),
    endsAt: new Date(meeting.endsAt).toISOString(),
    place: meeting.place,
    cancelled: meeting.cancelled,
    hasPublicMinutes: meeting.publicMinutes.trim().length > 0,
  };
}

