import { Account } from '@wijkdeal/accounts-api';
import { PROJECT_STATUSES, ProjectStatus } from '@wijkdeal/shared-contracts';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { Project } from './project.entity';

/** Mijlpaal: a planned step of a project. */
@Entity('milestone')
export class Milestone {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Index('milestone_project')
  @Column({ name: 'project_id', type: 'uuid' }) projectId!: string;
  @ManyToOne(() => Project, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'project_id' })
  project?: Project;
  @Column({ type: 'text' }) title!: string;
  @Column({ name: 'planned_on', type: 'date', nullable: true }) plannedOn!: string | null;
  @Column({ name: 'done_at', type: 'timestamptz', nullable: true }) doneAt!: Date | null;
}

/** Voortgang / nieuwsflits: a dated post by a member of the project group. */
@Entity('progress_update')
@Check('progress_update_progress', `progress IS NULL OR progress BETWEEN 0 AND 100`)
@Check('progress_update_status', `status IS NULL OR status IN (${PROJECT_STATUSES.map((s) => `'${s}'`).join(', ')})`)
@Index('progress_update_project_created', ['projectId', 'createdAt'])
@Index('progress_update_created', ['createdAt'])
export class ProgressUpdate {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'project_id', type: 'uuid' }) projectId!: string;
  @ManyToOne(() => Project, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'project_id' })
  project?: Project;
  @Column({ name: 'author_id', type: 'uuid', nullable: true }) authorId!: string | null;
  @ManyToOne(() => Account, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'author_id' })
  author?: Account | null;
  /** Plain text with a tiny markup (paragraphs, **bold**, links) that the web app renders without HTML. */
  @Column({ type: 'text' }) body!: string;
  @Column({ type: 'integer', nullable: true }) progress!: number | null;
  @Column({ type: 'text', nullable: true }) status!: ProjectStatus | null;
  @Column({ name: 'milestone_id', type: 'uuid', nullable: true }) milestoneId!: string | null;
  @ManyToOne(() => Milestone, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'milestone_id' })
  milestone?: Milestone | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @Column({ name: 'edited_at', type: 'timestamptz', nullable: true }) editedAt!: Date | null;
  @Column({ name: 'edited_by_admin', type: 'boolean', default: false }) editedByAdmin!: boolean;
  @Column({ name: 'hidden_reason', type: 'text', nullable: true }) hiddenReason!: string | null;
}

@Entity('progress_update_photo')
export class ProgressUpdatePhoto {
  @PrimaryColumn({ name: 'update_id', type: 'uuid' }) updateId!: string;
  @ManyToOne(() => ProgressUpdate, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'update_id' })
  update?: ProgressUpdate;
  @PrimaryColumn({ name: 'photo_id', type: 'uuid' }) photoId!: string;
  @Column({ type: 'integer', default: 0 }) position!: number;
}

/** A resident asks to join a project group; the lead or a theme contact decides. */
@Entity('project_join_request')
@Check('project_join_request_status', `status IN ('pending', 'accepted', 'declined')`)
export class ProjectJoinRequest {
  @PrimaryColumn({ name: 'project_id', type: 'uuid' }) projectId!: string;
  @ManyToOne(() => Project, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'project_id' })
  project?: Project;
  @PrimaryColumn({ name: 'account_id', type: 'uuid' }) accountId!: string;
  @ManyToOne(() => Account, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'account_id' })
  account?: Account;
  @Column({ type: 'text', default: '' }) message!: string;
  @Column({ type: 'text', default: 'pending' }) status!: 'pending' | 'accepted' | 'declined';
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}
