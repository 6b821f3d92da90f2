import { Injectable } from '@nestjs/common';
import { AppConfig, DomainException, sameSecret } from '@wijkdeal/shared-api-core';
import { SignInThrottleEntry } from '@wijkdeal/shared-contracts';
import { createHmac, randomBytes } from 'node:crypto';
import { Check, Column, DataSource, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Account } from './account.entity';

/**
 * Failed sign-ins, counted after OWASP's authentication cheat sheet: only failures, per account (from browsers it
 * does not know), per source address, and per known browser (device cookie), each with a delay that doubles
 * instead of a lock, so nobody can keep someone else out.
 */
export type ThrottleScope = 'account' | 'source' | 'device';

@Entity('sign_in_throttle')
@Check('sign_in_throttle_scope', `scope IN ('account', 'source', 'device')`)
export class SignInThrottle {
  /** A keyed hash (SESSION_SECRET, the rate-limit key): no address or IP in the clear. */
  @PrimaryColumn({ type: 'text' }) key!: string;
  @Column({ type: 'text' }) scope!: ThrottleScope;
  /** The account the failures were aimed at, when it exists: so the admin can see who is being tried. */
  @Index('sign_in_throttle_account')
  @Column({ name: 'account_id', type: 'uuid', nullable: true }) accountId!: string | null;
  @ManyToOne(() => Account, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'account_id' })
  account?: Account;
  @Column({ type: 'integer' }) failures!: number;
  @Column({ name: 'last_failure_at', type: 'timestamptz' }) lastFailureAt!: Date;
  @Index('sign_in_throttle_delayed_until')
  @Column({ name: 'delayed_until', type: 'timestamptz' }) delayedUntil!: Date;
}

export const DEVICE_COOKIE = 'wd_device';
/** The first delay, once the threshold is reached; each further failure doubles it, up to MAX_DELAY_SECONDS. */
const FIRST_DELAY_SECONDS = 30;
const MAX_DELAY_SECONDS = 15 * 60;
/** Failures are forgotten this long after the last delay ended without a new failure. */
const FORGET_AFTER = `interval '15 minutes'`;
/** A browser remembers this many accounts (a shared family computer), newest first. */
const DEVICE_ENTRIES = 5;

export interface SignInAttempt {
  email: string;
  source: string;
  /** The device cookie the browser sent, if any. */
  deviceCookie?: string;
}

@Injectable()
export class SignInThrottleService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {}

  /**
   * The counters that apply to this attempt: a browser that signed in to this account before is judged by its
   * own failures only; any other browser by the account's and its source's.
   */
  keysFor(attempt: SignInAttempt, accountId: string | undefined): { scope: ThrottleScope; key: string; threshold: number }[] {
    const device = accountId ? this.knownDevice(attempt.deviceCookie, accountId) : undefined;
    if (device) return [{ scope: 'device', key: this.hash('device', device), threshold: this.config.LOGIN_ATTEMPTS_PER_15_MIN }];
    return [
      { scope: 'account', key: this.hash('account', attempt.email), threshold: this.config.LOGIN_ATTEMPTS_PER_15_MIN },
      { scope: 'source', key: this.hash('source', attempt.source), threshold: this.config.LOGIN_FAILURES_PER_SOURCE_PER_15_MIN },
    ];
  }

  /** Throws SIGN_IN_DELAYED while any of the counters is in its delay; counts nothing. */
  async assertNotDelayed(keys: { key: string }[]): Promise<void> {
    const rows: { seconds: number }[] = await this.dataSource.query(
      `SELECT ceil(extract(epoch FROM max(delayed_until) - now()))::int AS seconds FROM sign_in_throttle WHERE key = ANY($1) AND delayed_until > now()`,
      [keys.map(({ key }) => key)],
    );
    const seconds = rows[0]?.seconds;
    if (seconds && seconds > 0) throw new DomainException('SIGN_IN_DELAYED', undefined, { minutes: Math.ceil(seconds / 60), retryAfterSeconds: seconds });
  }

  /** One failure on every counter that applies; atomic per counter, so parallel attempts each count. */
  async recordFailure(keys: { scope: ThrottleScope; key: string; threshold: number }[], accountId: string | undefined): Promise<void> {
    for (const { scope, key, threshold } of keys) {
      const failures = `CASE WHEN sign_in_throttle.delayed_until < now() - ${FORGET_AFTER} THEN 1 ELSE sign_in_throttle.failures + 1 END`;
      const delay = (count: string) => `CASE WHEN ${count} >= $4 THEN least(${MAX_DELAY_SECONDS}, ${FIRST_DELAY_SECONDS} * power(2, ${count} - $4)) ELSE 0 END * interval '1 second'`;
      await this.dataSource.query(
        `INSERT INTO sign_in_throttle (key, scope, account_id, failures, last_failure_at, delayed_until)
         VALUES ($1, $2, $3, 1, now(), now() + ${delay('1')})
         ON CONFLICT (key) DO UPDATE SET failures = ${failures}, last_failure_at = now(), delayed_until = now() + ${delay(failures)}`,
        [key, scope, scope === 'source' ? null : (accountId ?? null), threshold],
      );
    }
  }

  /** A success counts nothing; it ends the failures of this browser on this account. */
  async clearDevice(deviceCookie: string | undefined, accountId: string): Promise<void> {
    const device = this.knownDevice(deviceCookie, accountId);
    if (device) await this.dataSource.query(`DELETE FROM sign_in_throttle WHERE key = $1`, [this.hash('device', device)]);
  }

  /** The cookie after a successful sign-in: this account's entry (kept or new) first, then the others. */
  deviceCookieAfterSignIn(deviceCookie: string | undefined, accountId: string): string {
    const entries = (deviceCookie ?? '').split('~').filter(Boolean);
    const mine = entries.find((entry) => this.entryFor(entry, accountId)) ?? this.newEntry(accountId);
    return [mine, ...entries.filter((entry) => entry !== mine)].slice(0, DEVICE_ENTRIES).join('~');
  }

  /** Accounts and sources in a delay now, for the admin; a source shows only as (a prefix of) its keyed hash. */
  async currentlyDelayed(): Promise<SignInThrottleEntry[]> {
    const rows: { scope: ThrottleScope; key: string; email: string | null; failures: number; delayedUntil: Date }[] = await this.dataSource.query(
      `SELECT t.scope, t.key, a.email, t.failures, t.delayed_until AS "delayedUntil"
         FROM sign_in_throttle t LEFT JOIN account a ON a.id = t.account_id
        WHERE t.delayed_until > now() ORDER BY t.delayed_until DESC LIMIT 200`,
    );
    return rows.map((row) => ({
      kind: row.scope,
      email: row.scope === 'source' ? null : row.email,
      source: row.scope === 'source' ? row.key.slice(0, 12) : null,
      failures: row.failures,
      delayedUntil: new Date(row.delayedUntil).toISOString(),
    }));
  }

  /** Counters whose delay ended long enough ago are worthless. */
  async prune(): Promise<void> {
    await this.dataSource.query(`DELETE FROM sign_in_throttle WHERE delayed_until < now() - ${FORGET_AFTER}`);
  }

  private hash(scope: ThrottleScope, value: string): string {
    return createHmac('sha256', this.config.SESSION_SECRET).update(`sign-in-${scope}:${value.toLowerCase()}`).digest('base64url');
  }

  /** The random id of this browser for this account, if its cookie holds a valid entry for it. */
  private knownDevice(deviceCookie: string | undefined, accountId: string): string | undefined {
    const entry = (deviceCookie ?? '').split('~').find((candidate) => this.entryFor(candidate, accountId));
    return entry?.split('.')[0];
  }

  private entryFor(entry: string, accountId: string): boolean {
    const [nonce, mac] = entry.split('.');
    return !!nonce && !!mac && sameSecret(mac, this.mac(nonce, accountId));
  }

  private newEntry(accountId: string): string {
    const nonce = randomBytes(16).toString('base64url');
    return `${nonce}.${this.mac(nonce, accountId)}`;
  }

  /** Signed with DEVICE_KEY: nobody can make a cookie that passes as a browser the account used before. */
  private mac(nonce: string, accountId: string): string {
    return createHmac('sha256', this.config.DEVICE_KEY).update(`${nonce}:${accountId}`).digest('base64url');
  }
}
