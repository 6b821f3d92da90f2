import { Injectable } from '@nestjs/common';
import { AccountRole } from '@wijkdeal/accounts-api';
import { NotificationsService } from '@wijkdeal/follows-api';
import { CurrentAccountData, DomainException, hasRole } from '@wijkdeal/shared-api-core';
import { KoploperApplicationView, KoploperView } from '@wijkdeal/shared-contracts';
import { DataSource } from 'typeorm';
import { KoploperApplication, KoploperProfile } from './meeting.entity';
import { ApplicationDto, KoploperProfileDto } from './meeting.dto';

@Injectable()
export class KoplopersService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly notifications: NotificationsService,
  ) {}

  /** Only koplopers who consented are shown, with the name, text and photo they chose. */
  async publicList(): Promise<KoploperView[]> {
    const rows: { account_id: string; display_name: string; bio: string; photo_id: string | null }[] = await this.dataSource.query(
      `SELECT p.account_id, a.display_name, p.bio, p.photo_id FROM koploper_profile p
         JOIN account a ON a.id = p.account_id
         JOIN account_role r ON r.account_id = p.account_id AND r.role = 'koploper'
        WHERE p.public ORDER BY a.display_name`,
    );
    return rows.map((row) => ({ accountId: row.account_id, name: row.display_name, bio: row.bio, photoId: row.photo_id }));
  }

  async apply(dto: ApplicationDto, account: CurrentAccountData): Promise<KoploperApplicationView> {
    if (hasRole(account, 'koploper')) throw new DomainException('ROLE_ALREADY_GRANTED');
    const pending = await this.dataSource.getRepository(KoploperApplication).existsBy({ accountId: account.id, status: 'pending' });
    if (pending) throw new DomainException('CONFLICT');
    const application = await this.dataSource.getRepository(KoploperApplication).save({ accountId: account.id, motivation: dto.motivation, status: 'pending' });
    return toView(application, account.displayName);
  }

  async applications(): Promise<KoploperApplicationView[]> {
    const rows = await this.dataSource.getRepository(KoploperApplication).find({ relations: { account: true }, order: { createdAt: 'DESC' }, take: 200 });
    return rows.map((row) => toView(row, row.account?.displayName ?? ''));
  }

  /** Accepting grants the koploper role; either way the applicant is notified. */
  async decide(id: string, accepted: boolean, reason: string | undefined): Promise<KoploperApplicationView> {
    return this.dataSource.transaction(async (manager) => {
      const application = await manager.getRepository(KoploperApplication).findOne({ where: { id }, relations: { account: true }, lock: { mode: 'pessimistic_write', tables: ['koploper_application'] } });
      if (!application) throw new DomainException('NOT_FOUND');
      if (application.status !== 'pending') throw new DomainException('CONFLICT');
      application.status = accepted ? 'accepted' : 'declined';
      application.reason = reason ?? null;
      await manager.getRepository(KoploperApplication).update({ id }, { status: application.status, reason: application.reason });
      if (accepted) {
        await manager.query(`INSERT INTO account_role (account_id, role) VALUES ($1, 'koploper') ON CONFLICT DO NOTHING`, [application.accountId]);
        await manager.query(`INSERT INTO koploper_profile (account_id) VALUES ($1) ON CONFLICT DO NOTHING`, [application.accountId]);
      }
      await this.notifications.notify(manager, {
        key: `koploper-application:${id}:${application.status}`,
        kind: `koploper-${application.status}`,
        title: accepted ? { nl: 'Welkom als koploper!', en: 'Welcome as a koploper!' } : { nl: 'Je aanmelding als koploper', en: 'Your application as a koploper' },
        body: accepted
          ? { nl: 'Je bent nu koploper. Je ziet het overleg en de actiepunten op je koplopersoverzicht.', en: 'You are now a koploper. You will find the meetings and action items on your koplopers overview.' }
          : { nl: `Je aanmelding is niet aangenomen.${reason ? ` Reden: ${reason}` : ''}`, en: `Your application was not accepted.${reason ? ` Reason: ${reason}` : ''}` },
        link: '/koplopers',
        targets: [],
        accountIds: [application.accountId],
      });
      return toView(application, application.account?.displayName ?? '');
    });
  }

  async saveProfile(dto: KoploperProfileDto, account: CurrentAccountData): Promise<KoploperView> {
    if (!hasRole(account, 'koploper')) throw new DomainException('FORBIDDEN');
    await this.dataSource.getRepository(KoploperProfile).save({ accountId: account.id, bio: dto.bio, isPublic: dto.isPublic, photoId: dto.photoId ?? null });
    return { accountId: account.id, name: account.displayName, bio: dto.bio, photoId: dto.photoId ?? null };
  }

  /** The role ends (by an admin, or by the koploper): the public profile goes with it. */
  async end(accountId: string, actor: CurrentAccountData): Promise<void> {
    if (!hasRole(actor, 'admin') && actor.id !== accountId) throw new DomainException('FORBIDDEN');
    await this.dataSource.transaction(async (manager) => {
      const result = await manager.getRepository(AccountRole).delete({ accountId, role: 'koploper' });
      if (!result.affected) throw new DomainException('NOT_FOUND');
      await manager.getRepository(KoploperProfile).delete({ accountId });
    });
  }
}

function toView(application: KoploperApplication, name: string): KoploperApplicationView {
  return { id: application.id, accountId: application.accountId, name, motivation: application.motivation, status: application.status, reason: application.reason, createdAt: application.createdAt.toISOString() };
}
