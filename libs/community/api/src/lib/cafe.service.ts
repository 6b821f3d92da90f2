import { Injectable } from '@nestjs/common';
import { AppConfig, CalendarEvent, parseLocalDateTime, DomainException, MailService, RateLimiter, renderCalendar } from '@wijkdeal/shared-api-core';
import { ArchiveEntry, CafeEveningView, excerpt, Page, PitchView } from '@wijkdeal/shared-contracts';
import { Project } from '@wijkdeal/projects-api';
import { DataSource, EntityManager, In, MoreThanOrEqual } from 'typeorm';
import { generateEvenings } from './cafe-dates';
import { CafeEvening, Pitch, ProgrammeItem } from './cafe.entity';
import { ArchiveQuery, MoveEveningDto, PitchDto, ProgrammeDto } from './community.dto';

/** Evenings are kept this many months ahead (issue 5: the calendar shows the coming 24 months). */
export const CAFE_MONTHS_AHEAD = 24;
export const CAFE_PLACE = 'Wijkdealwerkplaats';

@Injectable()
export class CafeService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly mail: MailService,
    private readonly rateLimiter: RateLimiter,
  ) {}

  /** Idempotent: the month is unique, so a moved or cancelled evening is never generated again. */
  async ensureEvenings(now = new Date()): Promise<void> {
    // One month more than shown: this month's evening may already be over.
    const evenings = generateEvenings(now, CAFE_MONTHS_AHEAD + 1);
    await this.dataSource.query(
      `INSERT INTO cafe_evening (month, starts_at, ends_at, place)
       SELECT * FROM unnest($1::text[], $2::timestamptz[], $3::timestamptz[], $4::text[]) ON CONFLICT (month) DO NOTHING`,
      [evenings.map((e) => e.month), evenings.map((e) => e.startsAt), evenings.map((e) => e.endsAt), evenings.map(() => CAFE_PLACE)],
    );
  }

  async upcoming(now = new Date()): Promise<CafeEveningView[]> {
    await this.ensureEvenings(now);
    const startOfToday = new Date(now.getTime() - 12 * 3_600_000);
    const evenings = await this.dataSource.getRepository(CafeEvening).find({ where: { endsAt: MoreThanOrEqual(startOfToday) }, order: { startsAt: 'ASC' }, take: CAFE_MONTHS_AHEAD });
    return this.views(evenings);
  }

  async evening(id: string): Promise<CafeEveningView> {
    return (await this.views([await this.requireEvening(this.dataSource.manager, id)]))[0];
  }

  /** An admin moves or cancels an evening; the times are Europe/Amsterdam local. */
  async move(id: string, dto: MoveEveningDto): Promise<CafeEveningView> {
    const evening = await this.requireEvening(this.dataSource.manager, id);
    const startsAt = dto.startsAt ? parseLocalDateTime(dto.startsAt, 'startsAt') : evening.startsAt;
    const endsAt = dto.endsAt ? parseLocalDateTime(dto.endsAt, 'endsAt') : dto.startsAt ? new Date(startsAt.getTime() + (evening.endsAt.getTime() - evening.startsAt.getTime())) : evening.endsAt;
    if (endsAt <= startsAt) throw new DomainException('VALIDATION_FAILED', [{ field: 'endsAt', reason: 'endBeforeStart' }]);
    await this.dataSource.getRepository(CafeEvening).update(
      { id },
      { startsAt, endsAt, place: dto.place ?? evening.place, cancelled: dto.cancelled ?? evening.cancelled, note: dto.note ?? evening.note, moved: evening.moved || !!dto.startsAt || dto.place !== undefined },
    );
    return this.evening(id);
  }

  /** Anyone may sign up to pitch at a coming evening; the pitcher gets a confirmation by e-mail. */
  async signUp(eveningId: string, dto: PitchDto, now = new Date()): Promise<PitchView> {
    const evening = await this.requireEvening(this.dataSource.manager, eveningId);
    if (evening.cancelled || evening.startsAt <= now) throw new DomainException('CAFE_EVENING_CLOSED');
    await this.rateLimiter.hit('pitch', dto.email, 5, 24 * 60);
    const pitch = await this.dataSource.getRepository(Pitch).save({ eveningId, name: dto.name, email: dto.email, topic: dto.topic, minutes: dto.minutes, status: 'pending' });
    await this.mail.send({ to: dto.email, ...pitchMail('received', dto.name, dto.topic, evening) });
    return toPitchView(pitch);
  }

  async pitches(eveningId: string): Promise<PitchView[]> {
    await this.requireEvening(this.dataSource.manager, eveningId);
    return (await this.dataSource.getRepository(Pitch).find({ where: { eveningId }, order: { createdAt: 'ASC' } })).map(toPitchView);
  }

  /** Accepting puts the pitch at the end of the programme and tells the pitcher; declining tells them too. */
  async decide(pitchId: string, accepted: boolean): Promise<PitchView> {
    const pitch = await this.dataSource.transaction(async (manager) => {
      const pitch = await manager.getRepository(Pitch).findOne({ where: { id: pitchId }, lock: { mode: 'pessimistic_write' } });
      if (!pitch) throw new DomainException('NOT_FOUND');
      const evening = await this.requireEvening(manager, pitch.eveningId);
      pitch.status = accepted ? 'accepted' : 'declined';
      await manager.getRepository(Pitch).update({ id: pitchId }, { status: pitch.status });
      await manager.getRepository(ProgrammeItem).delete({ pitchId });
      if (accepted) {
        const [{ next }] = await manager.query(`SELECT coalesce(max(position), 0) + 1 AS next FROM programme_item WHERE evening_id = $1`, [pitch.eveningId]);
        await manager.getRepository(ProgrammeItem).insert({ eveningId: pitch.eveningId, position: next, kind: 'pitch', pitchId, title: pitch.topic, minutes: pitch.minutes });
      }
      await this.mail.send({ to: pitch.email, ...pitchMail(accepted ? 'accepted' : 'declined', pitch.name, pitch.topic, evening) });
      return pitch;
    });
    return toPitchView(pitch);
  }

  /** The organiser sets the whole programme at once, in order: accepted pitches, project updates and other items. */
  async setProgramme(eveningId: string, dto: ProgrammeDto): Promise<CafeEveningView> {
    await this.dataSource.transaction(async (manager) => {
      await this.requireEvening(manager, eveningId);
      const pitchIds = dto.items.filter((item) => item.kind === 'pitch').map((item) => item.pitchId as string);
      const pitches = pitchIds.length ? await manager.getRepository(Pitch).findBy({ id: In(pitchIds), eveningId, status: 'accepted' }) : [];
      const projectIds = dto.items.filter((item) => item.kind === 'project-update').map((item) => item.projectId as string);
      const projects = projectIds.length ? await manager.getRepository(Project).findBy({ id: In(projectIds) }) : [];
      const problems = dto.items.flatMap((item, index) => {
        if (item.kind === 'pitch' && !pitches.some((p) => p.id === item.pitchId)) return [{ field: `items.${index}.pitchId`, reason: 'pitchNotAccepted' }];
        if (item.kind === 'project-update' && !projects.some((p) => p.id === item.projectId)) return [{ field: `items.${index}.projectId`, reason: 'unknownProject' }];
        return [];
      });
      if (problems.length) throw new DomainException('VALIDATION_FAILED', problems);
      await manager.getRepository(ProgrammeItem).delete({ eveningId });
      await manager.getRepository(ProgrammeItem).insert(
        dto.items.map((item, index) => {
          const pitch = pitches.find((p) => p.id === item.pitchId);
          const project = projects.find((p) => p.id === item.projectId);
          return {
            eveningId,
            position: index + 1,
            kind: item.kind,
            pitchId: pitch?.id ?? null,
            projectId: project?.id ?? null,
            title: item.title ?? pitch?.topic ?? project?.titleNl ?? '',
            minutes: item.minutes ?? pitch?.minutes ?? 5,
          };
        }),
      );
    });
    return this.evening(eveningId);
  }

  async publishReport(eveningId: string, report: { nl: string; en: string }): Promise<CafeEveningView> {
    await this.requireEvening(this.dataSource.manager, eveningId);
    await this.dataSource.getRepository(CafeEvening).update({ id: eveningId }, { reportNl: report.nl, reportEn: report.en, reportPublishedAt: new Date() });
    return this.evening(eveningId);
  }

  /** Reports (verslagen) and news flashes together, newest first, searchable. */
  async archive(query: ArchiveQuery): Promise<Page<ArchiveEntry>> {
    const pattern = query.q ? `%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
    const rows: { kind: 'report' | 'news'; id: string; title_nl: string; title_en: string; body_nl: string; body_en: string; date: Date; link: string; total: number }[] = await this.dataSource.query(
      `SELECT *, count(*) OVER ()::int AS total FROM (
         SELECT 'report' AS kind, id::text, 'Verslag Wijkdealcafé ' || month AS title_nl, 'Wijkdealcafé report ' || month AS title_en,
                report_nl AS body_nl, coalesce(report_en, '') AS body_en, report_published_at AS date, '/wijkdealcafe/' || id AS link
           FROM cafe_evening WHERE report_published_at IS NOT NULL
         UNION ALL
         SELECT 'news', id::text, title_nl, title_en, body_nl, body_en, published_at, '/nieuws/' || slug FROM news_item WHERE published_at <= now()
       ) archive
       WHERE $1::text IS NULL OR title_nl ILIKE $1 OR title_en ILIKE $1 OR body_nl ILIKE $1 OR body_en ILIKE $1
       ORDER BY date DESC, id LIMIT $2 OFFSET $3`,
      [pattern, query.pageSize, query.offset],
    );
    return {
      items: rows.map((row) => ({
        kind: row.kind,
        id: row.id,
        title: { nl: row.title_nl, en: row.title_en },
        excerpt: { nl: excerpt(row.body_nl), en: excerpt(row.body_en) },
        date: row.date.toISOString(),
        link: row.link,
      })),
      total: rows[0]?.total ?? 0,
      page: query.page,
      pageSize: query.pageSize,
    };
  }

  async calendar(now = new Date()): Promise<string> {
    const evenings = await this.upcoming(now);
    const events: CalendarEvent[] = evenings.map((evening) => ({
      uid: `cafe-${evening.month}@wijkdeal`,
      start: new Date(evening.startsAt),
      end: new Date(evening.endsAt),
      summary: evening.cancelled ? 'Wijkdealcafé (gaat niet door)' : 'Wijkdealcafé',
      location: evening.place,
      description: ['Projectupdates en pitches uit de wijk. Iedereen is welkom.', evening.note].filter(Boolean).join('\n'),
      url: `${this.config.PUBLIC_URL}/wijkdealcafe`,
      cancelled: evening.cancelled,
    }));
    return renderCalendar('Wijkdealcafé', events, now);
  }

  private async views(evenings: CafeEvening[]): Promise<CafeEveningView[]> {
    const ids = evenings.map((e) => e.id);
    const items = ids.length ? await this.dataSource.getRepository(ProgrammeItem).find({ where: { eveningId: In(ids) }, relations: { pitch: true, project: true }, order: { position: 'ASC' } }) : [];
    return evenings.map((evening) => ({
      id: evening.id,
      month: evening.month,
      startsAt: evening.startsAt.toISOString(),
      endsAt: evening.endsAt.toISOString(),
      place: evening.place,
      cancelled: evening.cancelled,
      moved: evening.moved,
      note: evening.note,
      programme: items
        .filter((item) => item.eveningId === evening.id)
        .map((item) => ({
          id: item.id,
          kind: item.kind,
          title: item.title,
          minutes: item.minutes,
          presenter: item.pitch?.name ?? null,
          pitchId: item.pitchId,
          project: item.project ? { id: item.project.id, slug: item.project.slug, title: { nl: item.project.titleNl, en: item.project.titleEn } } : null,
        })),
      report: evening.reportPublishedAt ? { nl: evening.reportNl ?? '', en: evening.reportEn ?? '' } : null,
      reportPublishedAt: evening.reportPublishedAt?.toISOString() ?? null,
    }));
  }

  private async requireEvening(manager: EntityManager, id: string): Promise<CafeEvening> {
    const evening = await manager.getRepository(CafeEvening).findOneBy({ id });
    if (!evening) throw new DomainException('NOT_FOUND');
    return evening;
  }
}


function toPitchView(pitch: Pitch): PitchView {
  return { id: pitch.id, eveningId: pitch.eveningId, name: pitch.name, email: pitch.email, topic: pitch.topic, minutes: pitch.minutes, status: pitch.status, createdAt: pitch.createdAt.toISOString() };
}

const DATE = new Intl.DateTimeFormat('nl-NL', { timeZone: 'Europe/Amsterdam', weekday: 'long', day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit' });

/** Pitchers have no account, so their mail is in Dutch, with a short English line. */
function pitchMail(step: 'received' | 'accepted' | 'declined', name: string, topic: string, evening: CafeEvening): { subject: string; text: string } {
  const when = `${DATE.format(evening.startsAt)} in ${evening.place}`;
  const texts = {
    received: ['We hebben je aanmelding voor een pitch ontvangen', `We hebben je aanmelding ontvangen voor een pitch over "${topic}" op het Wijkdealcafé van ${when}. De organisatie laat je weten of het past in het programma.`, 'We received your pitch sign-up; the organisers will let you know.'],
    accepted: ['Je pitch staat op het programma', `Je pitch over "${topic}" staat op het programma van het Wijkdealcafé van ${when}. Tot dan!`, 'Your pitch is on the programme. See you there!'],
    declined: ['Je pitch past deze keer niet in het programma', `Je pitch over "${topic}" past deze keer niet in het programma van ${when}. Meld je gerust aan voor een volgende avond.`, 'Your pitch does not fit the programme this time; you are welcome to sign up for another evening.'],
  }[step];
  return { subject: `Wijkdealcafé: ${texts[0]}`, text: `Hoi ${name},\n\n${texts[1]}\n\n(${texts[2]})\n\nWijkdeal` };
}

