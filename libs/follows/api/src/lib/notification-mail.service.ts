import { BeforeApplicationShutdown, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { AppConfig, DomainException, MailService, sameSecret } from '@wijkdeal/shared-api-core';
import { EmailFrequency, Locale } from '@wijkdeal/shared-contracts';
import { createHmac } from 'node:crypto';
import { DataSource } from 'typeorm';

const HOUR = 3_600_000;
/** How long a digest waits after the last one. */
const DIGEST_INTERVAL: Record<Exclude<EmailFrequency, 'instant' | 'never'>, number> = { daily: 24 * HOUR, weekly: 7 * 24 * HOUR };

interface PendingRow {
  id: string;
  title: { nl: string; en: string };
  body: { nl: string; en: string };
  link: string;
  created_at: Date;
}

/**
 * Sends notifications by e-mail: one mail per event for "instant", one digest per day or week otherwise.
 * Several API instances may run this at once: each locks the person's settings row with SKIP LOCKED and marks
 * the notifications mailed in the same transaction, so a notification is mailed once.
 */
@Injectable()
export class NotificationMailService implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('NotificationMail');
  private timer?: NodeJS.Timeout;
  private pass?: Promise<unknown>;
  private stopping = false;

  constructor(
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly mail: MailService,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.config.MAIL_WORKER_SECONDS) return;
    this.timer = setInterval(() => {
      // One pass at a time; a slow mail server makes a pass longer than the interval.
      this.pass ??= this.deliver()
        .catch((error) => this.logger.error(String(error)))
        .finally(() => (this.pass = undefined));
    }, this.config.MAIL_WORKER_SECONDS * 1000);
    this.timer.unref();
  }

  /** Before the pool closes: the mail being sent is finished and recorded, no other is started. */
  async beforeApplicationShutdown(): Promise<void> {
    this.stopping = true;
    clearInterval(this.timer);
    await this.pass;
  }

  /** One pass: every person with unmailed notifications whose frequency says it is time. Returns mails sent. */
  async deliver(now = new Date()): Promise<number> {
    // A settings row to lock; people who never chose get the default (weekly).
    await this.dataSource.query(
      `INSERT INTO notification_settings (account_id) SELECT DISTINCT account_id FROM notification WHERE mailed_at IS NULL ON CONFLICT DO NOTHING`,
    );
    const candidates: { account_id: string }[] = await this.dataSource.query(
      `SELECT DISTINCT s.account_id FROM notification_settings s JOIN notification n ON n.account_id = s.account_id AND n.mailed_at IS NULL
        WHERE s.email_frequency <> 'never'`,
    );
    let sent = 0;
    for (const { account_id } of candidates) {
      if (this.stopping) break;
      sent += await this.deliverTo(account_id, now);
    }
    return sent;
  }

  private async deliverTo(accountId: string, now: Date): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const [settings]: { email_frequency: EmailFrequency; last_mailed_at: Date | null; email: string; locale: Locale; display_name: string }[] = await manager.query(
        `SELECT s.email_frequency, s.last_mailed_at, a.email, a.locale, a.display_name
           FROM notification_settings s JOIN account a ON a.id = s.account_id
          WHERE s.account_id = $1 AND a.email_verified_at IS NOT NULL
          FOR UPDATE OF s SKIP LOCKED`,
        [accountId],
      );
      if (!settings || settings.email_frequency === 'never') return 0;
      const interval = settings.email_frequency === 'instant' ? 0 : DIGEST_INTERVAL[settings.email_frequency];
      if (settings.last_mailed_at && now.getTime() - settings.last_mailed_at.getTime() < interval) return 0;
      const pending: PendingRow[] = await manager.query(
        `SELECT id, title, body, link, created_at FROM notification WHERE account_id = $1 AND mailed_at IS NULL ORDER BY created_at, id`,
        [accountId],
      );
      if (!pending.length) return 0;
      const unsubscribe = this.unsubscribeLink(accountId);
      const oneClick = `${this.config.PUBLIC_URL}/api/notifications/unsubscribe/one-click?account=${accountId}&token=${this.unsubscribeToken(accountId)}`;
      const mails = settings.email_frequency === 'instant' ? pending.map((row) => [row]) : [pending];
      for (const rows of mails) {
        await this.mail.send({
          to: settings.email,
          ...this.compose(settings.locale, settings.display_name, rows, unsubscribe),
          headers: { 'List-Unsubscribe': `<${oneClick}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
        });
      }
      await manager.query(`UPDATE notification SET mailed_at = $2 WHERE id = ANY($1::uuid[])`, [pending.map((row) => row.id), now]);
      await manager.query(`UPDATE notification_settings SET last_mailed_at = $2 WHERE account_id = $1`, [accountId, now]);
      return mails.length;
    });
  }

  private compose(locale: Locale, name: string, rows: PendingRow[], unsubscribe: string): { subject: string; text: string } {
    const items = rows.map((row) => `- ${row.title[locale] || row.title.nl}\n  ${row.body[locale] || row.body.nl}\n  ${this.config.PUBLIC_URL}${row.link}`).join('\n\n');
    if (locale === 'en') {
      const subject = rows.length === 1 ? `Wijkdeal: ${rows[0].title.en || rows[0].title.nl}` : `Wijkdeal: ${rows.length} updates for you`;
      return { subject, text: `Hello ${name},\n\n${items}\n\nYou get these e-mails because you follow projects or themes on Wijkdeal.\nNo more e-mail? Unsubscribe with one click: ${unsubscribe}\n` };
    }
    const subject = rows.length === 1 ? `Wijkdeal: ${rows[0].title.nl}` : `Wijkdeal: ${rows.length} berichten voor jou`;
    return { subject, text: `Hoi ${name},\n\n${items}\n\nJe krijgt deze mail omdat je projecten of thema's volgt op Wijkdeal.\nGeen mail meer? Meld je af met één klik: ${unsubscribe}\n` };
  }

  /** The link carries a keyed hash of the account id: it works without signing in and cannot be guessed. */
  unsubscribeLink(accountId: string): string {
    return `${this.config.PUBLIC_URL}/meldingen/afmelden?account=${accountId}&token=${this.unsubscribeToken(accountId)}`;
  }

  private unsubscribeToken(accountId: string): string {
    return createHmac('sha256', this.config.LINK_KEY).update(`unsubscribe:${accountId}`).digest('base64url');
  }

  async unsubscribe(accountId: string, token: string): Promise<void> {
    if (!sameSecret(token, this.unsubscribeToken(accountId))) throw new DomainException('TOKEN_INVALID');
    await this.dataSource.query(
      `INSERT INTO notification_settings (account_id, email_frequency) SELECT id, 'never' FROM account WHERE id = $1
       ON CONFLICT (account_id) DO UPDATE SET email_frequency = 'never'`,
      [accountId],
    );
  }

  async settings(accountId: string): Promise<{ emailFrequency: EmailFrequency }> {
    const [row] = await this.dataSource.query(`SELECT email_frequency FROM notification_settings WHERE account_id = $1`, [accountId]);
    return { emailFrequency: row?.email_frequency ?? 'weekly' };
  }

  async updateSettings(accountId: string, emailFrequency: EmailFrequency): Promise<{ emailFrequency: EmailFrequency }> {
    await this.dataSource.query(
      `INSERT INTO notification_settings (account_id, email_frequency) VALUES ($1, $2) ON CONFLICT (account_id) DO UPDATE SET email_frequency = $2`,
      [accountId, emailFrequency],
    );
    return { emailFrequency };
  }
}
