import { Account } from '@wijkdeal/accounts-api';
import { ACTION_ITEM_STATUSES, ActionItemStatus, APPLICATION_STATUSES, ApplicationStatus, PROJECT_STATUSES, ProjectStatus } from '@wijkdeal/shared-contracts';
import { Project, Proposal } from '@wijkdeal/projects-api';
import { Theme } from '@wijkdeal/themes-api';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

const list = (values: readonly string[]) => values.map((value) => `'${value}'`).join(', ');

/** A koploper's public profile; shown on the koplopers page only with their consent. */
@Entity('koploper_profile')
export class KoploperProfile {
  @PrimaryColumn({ name: 'account_id', type: 'uuid' }) accountId!: string;
  @ManyToOne(() => Account, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'account_id' })
  account?: Account;
  @Column({ type: 'text', default: '' }) bio!: string;
  @Column({ name: 'photo_id', type: 'uuid', nullable: true }) photoId!: string | null;
  @Column({ name: 'public', type: 'boolean', default: false }) isPublic!: boolean;
}

/** "Wil je ook koploper worden?" */
@Entity('koploper_application')
@Check('koploper_application_status', `status IN (${list(APPLICATION_STATUSES)})`)
export class KoploperApplication {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Index('koploper_application_account')
  @Column({ name: 'account_id', type: 'uuid' }) accountId!: string;
  @ManyToOne(() => Account, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'account_id' })
  account?: Account;
  @Column({ type: 'text' }) motivation!: string;
  @Column({ type: 'text', default: 'pending' }) status!: ApplicationStatus;
  @Column({ type: 'text', nullable: true }) reason!: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}

/** Koplopersoverleg: the monthly meeting, by default in the Wijkdealwerkplaats. */
@Entity('meeting')
export class Meeting {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'text' }) title!: string;
  @Index('meeting_starts_at')
  @Column({ name: 'starts_at', type: 'timestamptz' }) startsAt!: Date;
  @Column({ name: 'ends_at', type: 'timestamptz' }) endsAt!: Date;
  @Column({ type: 'text' }) place!: string;
  @Column({ type: 'boolean', default: false }) cancelled!: boolean;
  @Column({ name: 'public_minutes', type: 'text', default: '' }) publicMinutes!: string;
  /** Only koplopers and admins read this part (issue 5). */
  @Column({ name: 'private_minutes', type: 'text', default: '' }) privateMinutes!: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}

@Entity('agenda_item')
export class AgendaItem {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Index('agenda_item_meeting')
  @Column({ name: 'meeting_id', type: 'uuid' }) meetingId!: string;
  @ManyToOne(() => Meeting, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'meeting_id' })
  meeting?: Meeting;
  @Column({ type: 'integer' }) position!: number;
  @Column({ type: 'text' }) title!: string;
  @Column({ name: 'theme_id', type: 'uuid', nullable: true }) themeId!: string | null;
  @ManyToOne(() => Theme, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'theme_id' })
  theme?: Theme | null;
  @Column({ name: 'project_id', type: 'uuid', nullable: true }) projectId!: string | null;
  @ManyToOne(() => Project, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'project_id' })
  project?: Project | null;
}

@Entity('meeting_attendance')
export class MeetingAttendance {
  @PrimaryColumn({ name: 'meeting_id', type: 'uuid' }) meetingId!: string;
  @ManyToOne(() => Meeting, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'meeting_id' })
  meeting?: Meeting;
  @PrimaryColumn({ name: 'account_id', type: 'uuid' }) accountId!: string;
  @ManyToOne(() => Account, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'account_id' })
  account?: Account;
}

/** Besluit: stays linked to the proposal or project it started or changed, so a project page shows it. */
@Entity('decision')
@Check('decision_effect', `effect IN ('none', 'created-project', 'created-proposal', 'project-status')`)
@Check('decision_status', `new_status IS NULL OR new_status IN (${list(PROJECT_STATUSES)})`)
export class Decision {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Index('decision_meeting')
  @Column({ name: 'meeting_id', type: 'uuid' }) meetingId!: string;
  @ManyToOne(() => Meeting, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'meeting_id' })
  meeting?: Meeting;
  @Column({ type: 'text' }) text!: string;
  @Column({ type: 'text', default: 'none' }) effect!: 'none' | 'created-project' | 'created-proposal' | 'project-status';
  @Index('decision_project')
  @Column({ name: 'project_id', type: 'uuid', nullable: true }) projectId!: string | null;
  @ManyToOne(() => Project, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'project_id' })
  project?: Project | null;
  @Column({ name: 'proposal_id', type: 'uuid', nullable: true }) proposalId!: string | null;
  @ManyToOne(() => Proposal, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'proposal_id' })
  proposal?: Proposal | null;
  @Column({ name: 'new_status', type: 'text', nullable: true }) newStatus!: ProjectStatus | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}

/** Actiepunt: who does what by when. */
@Entity('action_item')
@Check('action_item_status', `status IN (${list(ACTION_ITEM_STATUSES)})`)
@Index('action_item_status_due', ['status', 'dueOn'])
export class ActionItem {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'meeting_id', type: 'uuid' }) meetingId!: string;
  @ManyToOne(() => Meeting, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'meeting_id' })
  meeting?: Meeting;
  @Column({ type: 'text' }) title!: string;
  @Column({ name: 'owner_id', type: 'uuid', nullable: true }) ownerId!: string | null;
  @ManyToOne(() => Account, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'owner_id' })
  owner?: Account | null;
  @Column({ name: 'due_on', type: 'date', nullable: true }) dueOn!: string | null;
  @Column({ type: 'text', default: 'open' }) status!: ActionItemStatus;
  @Column({ name: 'project_id', type: 'uuid', nullable: true }) projectId!: string | null;
  @ManyToOne(() => Project, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'project_id' })
  project?: Project | null;
}
