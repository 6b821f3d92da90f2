import { Account } from '@wijkdeal/accounts-api';
import { PITCH_STATUSES, PitchStatus } from '@wijkdeal/shared-contracts';
import { Project } from '@wijkdeal/projects-api';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** Wijkdealcafé: one evening per month, generated for the last Wednesday; an admin may move or cancel it. */
@Entity('cafe_evening')
export class CafeEvening {
  @PrimaryGeneratedColumn('uuid') id!: string;
  /** `2027-01`: the month is the evening's identity, so generating twice never makes two. */
  @Index('cafe_evening_month_unique', { unique: true })
  @Column({ type: 'text' }) month!: string;
  @Index('cafe_evening_starts_at')
  @Column({ name: 'starts_at', type: 'timestamptz' }) startsAt!: Date;
  @Column({ name: 'ends_at', type: 'timestamptz' }) endsAt!: Date;
  @Column({ type: 'text' }) place!: string;
  @Column({ type: 'boolean', default: false }) cancelled!: boolean;
  @Column({ type: 'boolean', default: false }) moved!: boolean;
  @Column({ type: 'text', default: '' }) note!: string;
  @Column({ name: 'report_nl', type: 'text', nullable: true }) reportNl!: string | null;
  @Column({ name: 'report_en', type: 'text', nullable: true }) reportEn!: string | null;
  @Column({ name: 'report_published_at', type: 'timestamptz', nullable: true }) reportPublishedAt!: Date | null;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}

/** Someone signs up to pitch; no account needed, so name and e-mail are kept with the pitch (and only shown to admins). */
@Entity('pitch')
@Check('pitch_status_known', `status IN (${PITCH_STATUSES.map((s) => `'${s}'`).join(', ')})`)
@Check('pitch_minutes_range', `minutes BETWEEN 1 AND 15`)
export class Pitch {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Index('pitch_evening')
  @Column({ name: 'evening_id', type: 'uuid' }) eveningId!: string;
  @ManyToOne(() => CafeEvening, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'evening_id' })
  evening?: CafeEvening;
  @Column({ type: 'text' }) name!: string;
  @Column({ type: 'text' }) email!: string;
  @Column({ type: 'text' }) topic!: string;
  @Column({ type: 'integer' }) minutes!: number;
  @Column({ type: 'text', default: 'pending' }) status!: PitchStatus;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}

/** The evening's programme: accepted pitches and project updates, in order. */
@Entity('programme_item')
@Check('programme_item_kind', `kind IN ('pitch', 'project-update', 'other')`)
export class ProgrammeItem {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Index('programme_item_evening')
  @Column({ name: 'evening_id', type: 'uuid' }) eveningId!: string;
  @ManyToOne(() => CafeEvening, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'evening_id' })
  evening?: CafeEvening;
  @Column({ type: 'integer' }) position!: number;
  @Column({ type: 'text' }) kind!: 'pitch' | 'project-update' | 'other';
  @Column({ name: 'pitch_id', type: 'uuid', nullable: true }) pitchId!: string | null;
  @ManyToOne(() => Pitch, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'pitch_id' })
  pitch?: Pitch | null;
  @Column({ name: 'project_id', type: 'uuid', nullable: true }) projectId!: string | null;
  @ManyToOne(() => Project, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'project_id' })
  project?: Project | null;
  @Column({ type: 'text' }) title!: string;
  @Column({ type: 'integer', default: 5 }) minutes!: number;
}

/** Nieuwsflits from the coordination team, in both languages. */
@Entity('news_item')
export class NewsItem {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Index('news_item_slug_unique', { unique: true })
  @Column({ type: 'text' }) slug!: string;
  @Column({ name: 'title_nl', type: 'text' }) titleNl!: string;
  @Column({ name: 'title_en', type: 'text', default: '' }) titleEn!: string;
  @Column({ name: 'body_nl', type: 'text' }) bodyNl!: string;
  @Column({ name: 'body_en', type: 'text', default: '' }) bodyEn!: string;
  @Index('news_item_published_at')
  @Column({ name: 'published_at', type: 'timestamptz' }) publishedAt!: Date;
  @Column({ name: 'author_id', type: 'uuid', nullable: true }) authorId!: string | null;
  @ManyToOne(() => Account, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'author_id' })
  author?: Account | null;
}

/** The Wijkdealwerkplaats: one row (id 1) with address, opening hours and the team's tasks. */
@Entity('werkplaats')
@Check('werkplaats_single_row', `id = 1`)
export class Werkplaats {
  @PrimaryColumn({ type: 'integer' }) id!: number;
  @Column({ type: 'text' }) address!: string;
  @Column({ name: 'opening_hours_nl', type: 'text' }) openingHoursNl!: string;
  @Column({ name: 'opening_hours_en', type: 'text' }) openingHoursEn!: string;
  @Column({ type: 'jsonb', default: () => `'[]'` }) team!: { name: string; task: { nl: string; en: string } }[];
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}
