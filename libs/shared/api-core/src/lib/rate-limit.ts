import { Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { createHmac } from 'node:crypto';
import { Column, DataSource, Entity, PrimaryColumn } from 'typeorm';
import { AppConfig } from './app-config';
import { DomainException } from './domain-exception';

/** One counter per key and window, in the database so that every API instance sees the same count. */
@Entity('rate_limit_bucket')
export class RateLimitBucket {
  /** A keyed hash: the bucket never holds an e-mail address or IP address in the clear. */
  @PrimaryColumn({ type: 'text' }) key!: string;
  @PrimaryColumn({ name: 'window_start', type: 'timestamptz' }) windowStart!: Date;
  @Column({ type: 'integer' }) hits!: number;
}

/** Every instance prunes now and then; the DELETEs are idempotent, so instances need not agree on who does it. */
export const HOUSEKEEPING_INTERVAL_MS = 60 * 60_000;

@Injectable()
export class RateLimiter implements OnApplicationBootstrap, OnApplicationShutdown {
  private timer?: NodeJS.Timeout;

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.prune().catch(() => undefined), HOUSEKEEPING_INTERVAL_MS);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  constructor(
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {}

  /** Counts one hit for `key` and throws TOO_MANY_ATTEMPTS once `limit` is passed within the window. */
  async hit(scope: string, key: string, limit: number, windowMinutes: number): Promise<void> {
    const { hashed, windowMs, windowStart } = this.bucket(scope, key, windowMinutes);
    // Atomic upsert: concurrent requests on several instances each get their own, correct count.
    const rows: { hits: number }[] = await this.dataSource.query(
      `INSERT INTO rate_limit_bucket (key, window_start, hits) VALUES ($1, $2, 1)
       ON CONFLICT (key, window_start) DO UPDATE SET hits = rate_limit_bucket.hits + 1
       RETURNING hits`,
      [hashed, windowStart],
    );
    if (rows[0].hits > limit) throw tooMany(windowStart, windowMs);
  }

  /**
   * Throws TOO_MANY_ATTEMPTS when `key` already used up `limit` hits in this window, without counting a hit:
   * for limits that count only failures (wrong voting codes), checked before the attempt is judged.
   */
  async assertBelowLimit(scope: string, key: string, limit: number, windowMinutes: number): Promise<void> {
    const { hashed, windowMs, windowStart } = this.bucket(scope, key, windowMinutes);
    const rows: { hits: number }[] = await this.dataSource.query(`SELECT hits FROM rate_limit_bucket WHERE key = $1 AND window_start = $2`, [hashed, windowStart]);
    if ((rows[0]?.hits ?? 0) >= limit) throw tooMany(windowStart, windowMs);
  }

  private bucket(scope: string, key: string, windowMinutes: number): { hashed: string; windowMs: number; windowStart: Date } {
    const hashed = createHmac('sha256', this.config.SESSION_SECRET).update(`${scope}:${key.toLowerCase()}`).digest('base64url');
    const windowMs = windowMinutes * 60_000;
    return { hashed, windowMs, windowStart: new Date(Math.floor(Date.now() / windowMs) * windowMs) };
  }

  /** Old windows are worthless; pruned hourly so the table stays small. */
  async prune(): Promise<void> {
    await this.dataSource.query(`DELETE FROM rate_limit_bucket WHERE window_start < now() - interval '1 day'`);
  }
}

function tooMany(windowStart: Date, windowMs: number): DomainException {
  const minutes = Math.max(1, Math.ceil((windowStart.getTime() + windowMs - Date.now()) / 60_000));
  return new DomainException('TOO_MANY_ATTEMPTS', undefined, { minutes });
}
