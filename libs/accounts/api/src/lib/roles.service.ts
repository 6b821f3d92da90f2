import { Injectable } from '@nestjs/common';
import { DomainException } from '@wijkdeal/shared-api-core';
import { AccountSummary, GlobalRole, Page } from '@wijkdeal/shared-contracts';
import { DataSource } from 'typeorm';
import { Account, AccountRole } from './account.entity';
import { AccountSearchQuery } from './account.dto';
import { isUniqueViolation } from './auth.service';

@Injectable()
export class RolesService {
  constructor(private readonly dataSource: DataSource) {}

  async search(query: AccountSearchQuery): Promise<Page<AccountSummary>> {
    const builder = this.dataSource.getRepository(Account).createQueryBuilder('a').orderBy('a.display_name').addOrderBy('a.id');
    if (query.q) {
      // Escape LIKE wildcards: a search for "50%" means the text, not a pattern.
      const pattern = `%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      builder.where('(a.display_name ILIKE :pattern OR a.email ILIKE :pattern)', { pattern });
    }
    const [accounts, total] = await builder.skip(query.offset).take(query.pageSize).getManyAndCount();
    const roles = accounts.length ? await this.dataSource.getRepository(AccountRole).find({ where: accounts.map((a) => ({ accountId: a.id })) }) : [];
    return {
      items: accounts.map((account) => ({
        id: account.id,
        email: account.email,
        displayName: account.displayName,
        emailVerified: !!account.emailVerifiedAt,
        roles: roles.filter((role) => role.accountId === account.id).map((role) => role.role).sort(),
        createdAt: account.createdAt.toISOString(),
      })),
      total,
      page: query.page,
      pageSize: query.pageSize,
    };
  }

  async grant(accountId: string, role: GlobalRole): Promise<GlobalRole[]> {
    await this.requireAccount(accountId);
    try {
      await this.dataSource.getRepository(AccountRole).insert({ accountId, role });
    } catch (error) {
      if (isUniqueViolation(error)) throw new DomainException('ROLE_ALREADY_GRANTED');
      throw error;
    }
    return this.rolesOf(accountId);
  }

  async revoke(accountId: string, role: GlobalRole): Promise<GlobalRole[]> {
    await this.requireAccount(accountId);
    await this.dataSource.transaction(async (manager) => {
      if (role === 'admin') {
        // Row locks on all admins: two revocations at once cannot leave the platform without an admin.
        const admins: { account_id: string }[] = await manager.query(`SELECT account_id FROM account_role WHERE role = 'admin' FOR UPDATE`);
        if (admins.length === 1 && admins[0].account_id === accountId) throw new DomainException('LAST_ADMIN');
      }
      await manager.getRepository(AccountRole).delete({ accountId, role });
    });
    return this.rolesOf(accountId);
  }

  private async requireAccount(accountId: string): Promise<void> {
    if (!(await this.dataSource.getRepository(Account).existsBy({ id: accountId }))) throw new DomainException('NOT_FOUND');
  }

  private async rolesOf(accountId: string): Promise<GlobalRole[]> {
    const roles = await this.dataSource.getRepository(AccountRole).find({ where: { accountId }, order: { role: 'ASC' } });
    return roles.map((role) => role.role);
  }
}
