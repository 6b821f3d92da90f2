import { Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { hash, verify } from '@node-rs/argon2';
import { AppConfig, CurrentAccountData, DomainException, HOUSEKEEPING_INTERVAL_MS, MailService, RateLimiter } from '@wijkdeal/shared-api-core';
import { AccountMe, DEFAULT_LOCALE, normalizeHouseNumber, normalizePostcode } from '@wijkdeal/shared-contracts';
import { DataSource, EntityManager, QueryFailedError } from 'typeorm';
import { Account, AccountToken, AccountTokenPurpose, Session } from './account.entity';
import { accountMail } from './account-mail';
import { LoginDto, RegisterDto, ResetPasswordDto, UpdateProfileDto } from './account.dto';
import { SignInAttempt, SignInThrottleService } from './sign-in-throttle';
import { hashToken, newToken } from './tokens';

const HOUR = 3_600_000;
/**
 * How long a link in e-mail works. A reset link grants the account, so it lives an hour (OWASP's guidance: short);
 * a verification link only confirms an address and may wait two days for someone to read their mail. The mails
 * (account-mail.ts) and the forgot-password page say the same.
 */
export const TOKEN_LIFETIME_MS: Record<AccountTokenPurpose, number> = { 'reset-password': HOUR, 'verify-email': 48 * HOUR };
const UNIQUE_VIOLATION = '23505';
// A real hash of a random password: verifying against it costs what a real check costs, so timing does not reveal accounts.
const DUMMY_HASH = hash(newToken());

export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  const driverError = error instanceof QueryFailedError ? (error.driverError as { code?: string; constraint?: string }) : undefined;
  return driverError?.code === UNIQUE_VIOLATION && (!constraint || driverError.constraint === constraint);
}

@Injectable()
export class AuthService implements OnApplicationBootstrap, OnApplicationShutdown {
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly mail: MailService,
    private readonly rateLimiter: RateLimiter,
    private readonly throttle: SignInThrottleService,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.removeExpired().catch(() => undefined), HOUSEKEEPING_INTERVAL_MS);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  /** Expired sessions and links are useless and still personal data (AVG: keep no longer than needed). */
  async removeExpired(): Promise<void> {
    await this.dataSource.query(`DELETE FROM session WHERE expires_at < now()`);
    await this.dataSource.query(`DELETE FROM account_token WHERE expires_at < now()`);
    await this.throttle.prune();
  }

  async register(dto: RegisterDto): Promise<Account> {
    await this.rateLimiter.hit('register', dto.email, 5, 60);
    const account = await this.dataSource.transaction(async (manager) => {
      try {
        return await manager.getRepository(Account).save(
          manager.getRepository(Account).create({
            email: dto.email,
            passwordHash: await hash(dto.password),
            displayName: dto.displayName,
            postcode: dto.postcode ? normalizePostcode(dto.postcode) : null,
            houseNumber: dto.houseNumber ? normalizeHouseNumber(dto.houseNumber) : null,
            locale: dto.locale ?? DEFAULT_LOCALE,
            emailVerifiedAt: null,
          }),
        );
      } catch (error) {
        if (isUniqueViolation(error, 'account_email_unique')) throw new DomainException('EMAIL_TAKEN');
        throw error;
      }
    });
    await this.sendVerification(account);
    return account;
  }

  async sendVerification(account: Account): Promise<void> {
    const token = await this.issueToken(account.id, 'verify-email');
    const link = `${this.config.PUBLIC_URL}/account/bevestigen?token=${token}`;
    await this.mail.send({ to: account.email, ...accountMail.verifyEmail(account.locale, account.displayName, link) });
  }

  async resendVerification(accountId: string): Promise<void> {
    const account = await this.dataSource.getRepository(Account).findOneByOrFail({ id: accountId });
    if (account.emailVerifiedAt) return;
    await this.rateLimiter.hit('verify-resend', account.id, 3, 60);
    await this.sendVerification(account);
  }

  async verifyEmail(token: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const accountId = await this.useToken(manager, token, 'verify-email');
      await manager.getRepository(Account).update({ id: accountId }, { emailVerifiedAt: new Date() });
    });
  }

  /**
   * Checks the password and returns a new session token and the browser's device cookie. Only failures count
   * (see SignInThrottleService); a delayed attempt is refused before the password is looked at.
   */
  async login(dto: LoginDto, attempt: Omit<SignInAttempt, 'email'>): Promise<{ token: string; deviceCookie: string }> {
    const account = await this.dataSource.getRepository(Account).findOneBy({ email: dto.email });
    const keys = this.throttle.keysFor({ ...attempt, email: dto.email }, account?.id);
    await this.throttle.assertNotDelayed(keys);
    const valid = await verify(account?.passwordHash ?? (await DUMMY_HASH), dto.password);
    if (!account || !valid) {
      await this.throttle.recordFailure(keys, account?.id);
      throw new DomainException('INVALID_CREDENTIALS');
    }
    await this.throttle.clearDevice(attempt.deviceCookie, account.id);
    return { token: await this.startSession(account.id), deviceCookie: this.throttle.deviceCookieAfterSignIn(attempt.deviceCookie, account.id) };
  }

  async startSession(accountId: string): Promise<string> {
    const token = newToken();
    await this.dataSource.getRepository(Session).insert({
      tokenHash: hashToken(token),
      accountId,
      expiresAt: new Date(Date.now() + this.config.SESSION_DAYS * 24 * HOUR),
    });
    return token;
  }

  async logout(sessionId: string): Promise<void> {
    await this.dataSource.getRepository(Session).delete({ tokenHash: sessionId });
  }

  /**
   * The signed-in account with its global and scoped roles, in one query per request.
   * Scoped roles are read from the themes' and projects' tables by name: those modules depend on accounts,
   * not the other way round, and this keeps the per-request cost at one round trip.
   */
  async accountForSession(token: string): Promise<CurrentAccountData | undefined> {
    const tokenHash = hashToken(token);
    const rows: (CurrentAccountData & { emailVerified: boolean })[] = await this.dataSource.query(
      `SELECT a.id, a.email, a.display_name AS "displayName", a.locale, a.email_verified_at IS NOT NULL AS "emailVerified",
              ARRAY(SELECT r.role FROM account_role r WHERE r.account_id = a.id ORDER BY r.role) AS roles,
              ARRAY(SELECT c.theme_id::text FROM theme_contact c WHERE c.account_id = a.id) AS "contactOf",
              COALESCE((SELECT json_agg(json_build_object('projectId', m.project_id, 'role', m.role))
                          FROM project_member m WHERE m.account_id = a.id), '[]'::json) AS "memberOf",
              s.token_hash AS "sessionId"
         FROM session s JOIN account a ON a.id = s.account_id
        WHERE s.token_hash = $1 AND s.expires_at > now()`,
      [tokenHash],
    );
    return rows[0];
  }

  async me(accountId: string): Promise<AccountMe> {
    const account = await this.dataSource.getRepository(Account).findOneByOrFail({ id: accountId });
    const sessionless = await this.dataSource.query(
      `SELECT ARRAY(SELECT r.role FROM account_role r WHERE r.account_id = $1 ORDER BY r.role) AS roles,
              ARRAY(SELECT c.theme_id::text FROM theme_contact c WHERE c.account_id = $1) AS "contactOf",
              COALESCE((SELECT json_agg(json_build_object('projectId', m.project_id, 'role', m.role))
                          FROM project_member m WHERE m.account_id = $1), '[]'::json) AS "memberOf"`,
      [accountId],
    );
    return {
      id: account.id,
      email: account.email,
      displayName: account.displayName,
      postcode: account.postcode,
      houseNumber: account.houseNumber,
      locale: account.locale,
      emailVerified: !!account.emailVerifiedAt,
      addressVerified: !!account.addressVerifiedAt,
      roles: sessionless[0].roles,
      contactOf: sessionless[0].contactOf,
      memberOf: sessionless[0].memberOf,
      createdAt: account.createdAt.toISOString(),
    };
  }

  async updateProfile(accountId: string, dto: UpdateProfileDto): Promise<AccountMe> {
    const changes: Partial<Account> = {};
    if (dto.displayName !== undefined) changes.displayName = dto.displayName;
    if (dto.locale !== undefined) changes.locale = dto.locale;
    if (dto.postcode !== undefined || dto.houseNumber !== undefined) {
      changes.postcode = dto.postcode ? normalizePostcode(dto.postcode) : null;
      changes.houseNumber = dto.houseNumber ? normalizeHouseNumber(dto.houseNumber) : null;
    }
    if (Object.keys(changes).length) {
      // A checked address stays checked only while it is the same address.
      await this.dataSource.query(
        `UPDATE account SET address_verified_at = NULL, address_verified_by = NULL WHERE id = $1 AND (postcode, house_number) IS DISTINCT FROM ($2, $3) AND $4`,
        [accountId, changes.postcode ?? null, changes.houseNumber ?? null, 'postcode' in changes],
      );
      await this.dataSource.getRepository(Account).update({ id: accountId }, changes);
    }
    return this.me(accountId);
  }

  /** Always answers the same, whether the address has an account or not: no way to find out who is registered. */
  async requestPasswordReset(email: string): Promise<void> {
    await this.rateLimiter.hit('reset', email, 5, 60);
    const account = await this.dataSource.getRepository(Account).findOneBy({ email });
    if (!account) return;
    const token = await this.issueToken(account.id, 'reset-password');
    const link = `${this.config.PUBLIC_URL}/account/nieuw-wachtwoord?token=${token}`;
    await this.mail.send({ to: account.email, ...accountMail.resetPassword(account.locale, account.displayName, link) });
  }

  /** A new password ends every sign-in and every link still in someone's mail, and proves the address is the person's own. */
  async resetPassword(dto: ResetPasswordDto): Promise<void> {
    const passwordHash = await hash(dto.password);
    await this.dataSource.transaction(async (manager) => {
      const accountId = await this.useToken(manager, dto.token, 'reset-password');
      const account = await manager.getRepository(Account).findOneByOrFail({ id: accountId });
      await manager.getRepository(Account).update({ id: accountId }, { passwordHash, emailVerifiedAt: account.emailVerifiedAt ?? new Date() });
      await manager.getRepository(Session).delete({ accountId });
      await manager.getRepository(AccountToken).delete({ accountId });
    });
  }

  /**
   * AVG: a person can take their data with them — everything kept about them, across modules. The other modules'
   * tables are read by name (they depend on accounts, not the other way round); what was voted is not here because
   * it is not linked to anyone (secret ballot), only that the person took part.
   */
  async exportData(accountId: string): Promise<Record<string, unknown>> {
    const me = await this.me(accountId);
    const sessions = await this.dataSource.getRepository(Session).find({ where: { accountId }, order: { createdAt: 'ASC' } });
    const rows = (sql: string) => this.dataSource.query(sql, [accountId]);
    return {
      exportedAt: new Date().toISOString(),
      account: me,
      sessions: sessions.map((session) => ({ createdAt: session.createdAt.toISOString(), expiresAt: session.expiresAt.toISOString() })),
      proposals: await rows(`SELECT id, title, description, place, status, created_at AS "createdAt" FROM proposal WHERE author_id = $1 ORDER BY created_at`),
      proposalSupport: await rows(`SELECT proposal_id AS "proposalId", created_at AS "createdAt" FROM proposal_support WHERE account_id = $1 ORDER BY created_at`),
      proposalMessages: await rows(`SELECT proposal_id AS "proposalId", kind, body, created_at AS "createdAt" FROM proposal_message WHERE author_id = $1 ORDER BY created_at`),
      progressUpdates: await rows(`SELECT project_id AS "projectId", body, progress, status, created_at AS "createdAt" FROM progress_update WHERE author_id = $1 ORDER BY created_at`),
      joinRequests: await rows(`SELECT project_id AS "projectId", message, status, created_at AS "createdAt" FROM project_join_request WHERE account_id = $1`),
      follows: await rows(`SELECT target_type AS "targetType", target_id AS "targetId", created_at AS "createdAt" FROM follow WHERE account_id = $1`),
      notificationSettings: (await rows(`SELECT email_frequency AS "emailFrequency" FROM notification_settings WHERE account_id = $1`))[0] ?? { emailFrequency: 'weekly' },
      notifications: await rows(`SELECT kind, title, body, link, created_at AS "createdAt", read_at AS "readAt" FROM notification WHERE account_id = $1 ORDER BY created_at`),
      stemweeksTakenPartIn: await rows(`SELECT s.id, s.title_nl AS title, p.channel FROM stemweek_participation p JOIN stemweek s ON s.id = p.stemweek_id WHERE p.account_id = $1`),
      koploper: {
        profile: (await rows(`SELECT bio, public, photo_id AS "photoId" FROM koploper_profile WHERE account_id = $1`))[0] ?? null,
        applications: await rows(`SELECT motivation, status, reason, created_at AS "createdAt" FROM koploper_application WHERE account_id = $1`),
      },
      photosUploaded: await rows(`SELECT id, created_at AS "createdAt" FROM photo WHERE uploaded_by = $1`),
    };
  }

  /** AVG: deleting an account removes the person; cascades remove sessions, tokens and roles. */
  async deleteAccount(accountId: string, password: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      // Lock the admins so two admins deleting themselves at once cannot leave none.
      const admins: { account_id: string }[] = await manager.query(`SELECT account_id FROM account_role WHERE role = 'admin' FOR UPDATE`);
      if (admins.length === 1 && admins[0].account_id === accountId) throw new DomainException('LAST_ADMIN');
      const account = await manager.getRepository(Account).findOneByOrFail({ id: accountId });
      if (!(await verify(account.passwordHash, password))) throw new DomainException('INVALID_CREDENTIALS');
      await manager.getRepository(Account).delete({ id: accountId });
    });
  }

  /**
   * Only the newest link of a kind works: issuing one ends the older ones. The account row is locked so that two
   * requests at the same moment cannot both leave a link behind.
   */
  private async issueToken(accountId: string, purpose: AccountTokenPurpose): Promise<string> {
    const token = newToken();
    await this.dataSource.transaction(async (manager) => {
      await manager.query(`SELECT 1 FROM account WHERE id = $1 FOR UPDATE`, [accountId]);
      await manager.getRepository(AccountToken).delete({ accountId, purpose });
      await manager.getRepository(AccountToken).insert({ tokenHash: hashToken(token), accountId, purpose, expiresAt: new Date(Date.now() + TOKEN_LIFETIME_MS[purpose]) });
    });
    return token;
  }

  /**
   * Deletes the token while reading it, so a link works exactly once even when clicked twice at the same time;
   * any other link of the same kind for the account ends with it.
   */
  private async useToken(manager: EntityManager, token: string, purpose: AccountTokenPurpose): Promise<string> {
    const rows: [{ account_id: string }[], number] = await manager.query(
      `DELETE FROM account_token WHERE token_hash = $1 AND purpose = $2 AND expires_at > now() RETURNING account_id`,
      [hashToken(token), purpose],
    );
    const accountId = rows[0]?.[0]?.account_id;
    if (!accountId) throw new DomainException('TOKEN_INVALID');
    await manager.getRepository(AccountToken).delete({ accountId, purpose });
    return accountId;
  }
}
