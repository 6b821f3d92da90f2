import { Account } from '@wijkdeal/accounts-api';
import { EMAIL_FREQUENCIES, EmailFrequency, FOLLOW_TARGETS, FollowTarget, LocalizedText } from '@wijkdeal/shared-contracts';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn, Unique } from 'typeorm';

const list = (values: readonly string[]) => values.map((value) => `'${value}'`).join(', ');

/** Someone follows a project or a whole theme. Targets live in other modules, so there is no foreign key to them. */
@Entity('follow')
@Check('follow_target_known', `target_type IN (${list(FOLLOW_TARGETS)})`)
@Index('follow_target', ['targetType', 'targetId'])
export class Follow {
  @PrimaryColumn({ name: 'account_id', type: 'uuid' }) accountId!: string;
  @ManyToOne(() => Account, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'account_id' })
  account?: Account;
  @PrimaryColumn({ name: 'target_type', type: 'text' }) targetType!: FollowTarget;
  @PrimaryColumn({ name: 'target_id', type: 'uuid' }) targetId!: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}

/** One message for one person about one event; (account, event_key) is unique, so an event never notifies twice. */
@Entity('notification')
@Unique('notification_once_per_event', ['accountId', 'eventKey'])
@Index('notification_account_created', ['accountId', 'createdAt'])
@Index('notification_unmailed', ['mailedAt', 'accountId'])
export class Notification {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'account_id', type: 'uuid' }) accountId!: string;
  @ManyToOne(() => Account, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'account_id' })
  account?: Account;
  @Column({ name: 'event_key', type: 'text' }) eventKey!: string;
  @Column({ type: 'text' }) kind!: string;
  @Column({ type: 'jsonb' }) title!: LocalizedText;
  @Column({ type: 'jsonb' }) body!: LocalizedText;
  @Column({ type: 'text' }) link!: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @Column({ name: 'read_at', type: 'timestamptz', nullable: true }) readAt!: Date | null;
  /** Set when the notification went out by e-mail (alone or in a digest); never mailed twice. */
  @Column({ name: 'mailed_at', type: 'timestamptz', nullable: true }) mailedAt!: Date | null;
}

@Entity('notification_settings')
@Check('notification_settings_frequency', `email_frequency IN (${list(EMAIL_FREQUENCIES)})`)
export class NotificationSettings {
  @PrimaryColumn({ name: 'account_id', type: 'uuid' }) accountId!: string;
  @ManyToOne(() => Account, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'account_id' })
  account?: Account;
  @Column({ name: 'email_frequency', type: 'text', default: 'weekly' }) emailFrequency!: EmailFrequency;
  @Column({ name: 'last_mailed_at', type: 'timestamptz', nullable: true }) lastMailedAt!: Date | null;
}
