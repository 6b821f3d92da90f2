import { Injectable } from '@nestjs/common';
import { CurrentAccountData, DomainException } from '@wijkdeal/shared-api-core';
import { FollowTarget, FollowView, LocalizedText, NotificationPage } from '@wijkdeal/shared-contracts';
import { DataSource, EntityManager, In, IsNull } from 'typeorm';
import { Follow, Notification } from './follow.entity';

/** Something happened that people may want to hear about. */
export interface NotificationEvent {
  /** Unique per event (e.g. `update:<id>`): notifying twice for one key is a no-op. */
  key: string;
  kind: string;
  title: LocalizedText;
  body: LocalizedText;
  link: string;
  /** Followers of any of these are told. */
  targets: { type: FollowTarget; id: string }[];
  /** Told as well, follower or not (e.g. the proposer of an idea). */
  accountIds?: string[];
  /** Who caused it; they are not told about their own action. */
  actorId?: string;
}

@Injectable()
export class NotificationsService {
  constructor(private readonly dataSource: DataSource) {}

  /** Creates the notifications in the caller's transaction, so an update and its notifications commit together. */
  async notify(manager: EntityManager, event: NotificationEvent): Promise<number> {
    const types = event.targets.map((target) => target.type);
    const ids = event.targets.map((target) => target.id);
    const rows: unknown[] = await manager.query(
      `INSERT INTO notification (account_id, event_key, kind, title, body, link)
       SELECT DISTINCT recipient, $1, $2, $3::jsonb, $4::jsonb, $5
         FROM (SELECT f.account_id AS recipient FROM follow f
                 JOIN unnest($6::text[], $7::uuid[]) AS t(type, id) ON f.target_type = t.type AND f.target_id = t.id
               UNION SELECT unnest($8::uuid[])) recipients
        WHERE recipient IS DISTINCT FROM $9::uuid
       ON CONFLICT (account_id, event_key) DO NOTHING
       RETURNING id`,
      [event.key, event.kind, JSON.stringify(event.title), JSON.stringify(event.body), event.link, types, ids, event.accountIds ?? [], event.actorId ?? null],
    );
    return rows.length;
  }

  async follow(manager: EntityManager, accountId: string, targetType: FollowTarget, targetId: string): Promise<void> {
    await manager.query(`INSERT INTO follow (account_id, target_type, target_id) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`, [accountId, targetType, targetId]);
  }

  /** Follow by id after checking the target exists; targets live in other modules, so their tables are read by name. */
  async followTarget(accountId: string, targetType: FollowTarget, targetId: string): Promise<void> {
    const table = targetType === 'project' ? 'project' : 'theme';
    const [row] = await this.dataSource.query(`SELECT 1 AS found FROM ${table} WHERE id = $1`, [targetId]);
    if (!row) throw new DomainException('NOT_FOUND');
    await this.follow(this.dataSource.manager, accountId, targetType, targetId);
  }

  async unfollow(accountId: string, targetType: FollowTarget, targetId: string): Promise<void> {
    await this.dataSource.getRepository(Follow).delete({ accountId, targetType, targetId });
  }

  async follows(accountId: string): Promise<FollowView[]> {
    const follows = await this.dataSource.getRepository(Follow).find({ where: { accountId }, order: { createdAt: 'DESC' } });
    return follows.map((follow) => ({ targetType: follow.targetType, targetId: follow.targetId, createdAt: follow.createdAt.toISOString() }));
  }

  async isFollowing(accountId: string | undefined, targetType: FollowTarget, targetId: string): Promise<boolean> {
    return !!accountId && this.dataSource.getRepository(Follow).existsBy({ accountId, targetType, targetId });
  }

  async list(account: CurrentAccountData, page: number, pageSize: number): Promise<NotificationPage> {
    const repository = this.dataSource.getRepository(Notification);
    const [items, total] = await repository.findAndCount({ where: { accountId: account.id }, order: { createdAt: 'DESC', id: 'ASC' }, skip: (page - 1) * pageSize, take: pageSize });
    const unread = await repository.countBy({ accountId: account.id, readAt: IsNull() });
    return {
      items: items.map((n) => ({ id: n.id, kind: n.kind, title: n.title, body: n.body, link: n.link, createdAt: n.createdAt.toISOString(), read: !!n.readAt })),
      total,
      unread,
      page,
      pageSize,
    };
  }

  /** Marks the given notifications read, or all of them when no ids are given. Only one's own. */
  async markRead(accountId: string, ids?: string[]): Promise<void> {
    const repository = this.dataSource.getRepository(Notification);
    const where = ids?.length ? { accountId, id: In(ids), readAt: IsNull() } : { accountId, readAt: IsNull() };
    await repository.update(where, { readAt: new Date() });
  }

}
