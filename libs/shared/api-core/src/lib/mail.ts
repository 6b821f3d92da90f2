import { Injectable, Logger } from '@nestjs/common';
import { createTransport, Transporter } from 'nodemailer';
import { Column, CreateDateColumn, DataSource, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { AppConfig } from './app-config';

/** Mail kept instead of sent, in demo and development (MAIL_CAPTURE); shown on /ontwikkeling/mail. */
@Entity('captured_mail')
export class CapturedMailEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'to_address', type: 'text' }) to!: string;
  @Column({ type: 'text' }) subject!: string;
  @Column({ type: 'text' }) text!: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  /** Extra headers, e.g. List-Unsubscribe (RFC 8058); only sent over SMTP. */
  headers?: Record<string, string>;
}

@Injectable()
export class MailService {
  private readonly logger = new Logger('Mail');
  private readonly transport?: Transporter;

  constructor(
    private readonly config: AppConfig,
    private readonly dataSource: DataSource,
  ) {
    if (config.SMTP_URL && !config.captureMail) this.transport = createTransport(config.SMTP_URL);
  }

  async send(mail: OutgoingMail): Promise<void> {
    if (this.transport) {
      await this.transport.sendMail({ from: this.config.MAIL_FROM, to: mail.to, subject: mail.subject, text: mail.text, headers: mail.headers });
    } else if (this.config.captureMail) {
      await this.dataSource.getRepository(CapturedMailEntity).insert({ to: mail.to, subject: mail.subject, text: mail.text });
    } else {
      // No SMTP and no capture: say so once per mail, without the address or the content (they may hold a token).
      this.logger.warn(`No SMTP_URL configured; mail "${mail.subject}" was not sent.`);
    }
  }

  listCaptured(limit = 100): Promise<CapturedMailEntity[]> {
    return this.dataSource.getRepository(CapturedMailEntity).find({ order: { createdAt: 'DESC' }, take: limit });
  }
}
