import { Account } from '@wijkdeal/accounts-api';
import { PROPOSAL_STATUSES, ProposalStatus, REPORT_TARGETS, ReportTarget } from '@wijkdeal/shared-contracts';
import { Theme } from '@wijkdeal/themes-api';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { Project } from './project.entity';

const list = (values: readonly string[]) => values.map((value) => `'${value}'`).join(', ');

/** Idee / voorstel: a resident's idea, reviewed by the contact persons of its theme. */
@Entity('proposal')
@Check('proposal_status_known', `status IN (${list(PROPOSAL_STATUSES)})`)
@Check('proposal_cost_positive', `estimated_cost IS NULL OR estimated_cost >= 0`)
@Index('proposal_theme_status', ['themeId', 'status'])
export class Proposal {
  @PrimaryGeneratedColumn('uuid') id!: string;
  /** Kept when the author deletes their account (the idea belongs to the neighbourhood), shown without a name then. */
  @Column({ name: 'author_id', type: 'uuid', nullable: true }) authorId!: string | null;
  @ManyToOne(() => Account, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'author_id' })
  author?: Account | null;
  @Column({ name: 'theme_id', type: 'uuid' }) themeId!: string;
  @ManyToOne(() => Theme, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'theme_id' })
  theme?: Theme;
  @Column({ type: 'text' }) title!: string;
  @Column({ type: 'text' }) description!: string;
  @Column({ type: 'text', nullable: true }) place!: string | null;
  @Column({ name: 'estimated_cost', type: 'numeric', precision: 12, scale: 2, nullable: true }) estimatedCost!: string | null;
  @Column({ name: 'photo_id', type: 'uuid', nullable: true }) photoId!: string | null;
  @Column({ type: 'text', default: 'submitted' }) status!: ProposalStatus;
  @Column({ name: 'merged_into_id', type: 'uuid', nullable: true }) mergedIntoId!: string | null;
  @ManyToOne(() => Proposal, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'merged_into_id' })
  mergedInto?: Proposal | null;
  @Column({ name: 'project_id', type: 'uuid', nullable: true }) projectId!: string | null;
  @ManyToOne(() => Project, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'project_id' })
  project?: Project | null;
  @Column({ name: 'hidden_reason', type: 'text', nullable: true }) hiddenReason!: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}

/** One resident supports an idea once: the primary key makes it so under concurrency too. */
@Entity('proposal_support')
export class ProposalSupport {
  @PrimaryColumn({ name: 'proposal_id', type: 'uuid' }) proposalId!: string;
  @ManyToOne(() => Proposal, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'proposal_id' })
  proposal?: Proposal;
  @PrimaryColumn({ name: 'account_id', type: 'uuid' }) accountId!: string;
  @ManyToOne(() => Account, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'account_id' })
  account?: Account;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}

/** The review conversation: questions, answers and decisions with their reasons. */
@Entity('proposal_message')
@Check('proposal_message_kind', `kind IN ('question', 'answer', 'declined', 'merged', 'accepted')`)
export class ProposalMessage {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Index('proposal_message_proposal')
  @Column({ name: 'proposal_id', type: 'uuid' }) proposalId!: string;
  @ManyToOne(() => Proposal, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'proposal_id' })
  proposal?: Proposal;
  @Column({ name: 'author_id', type: 'uuid', nullable: true }) authorId!: string | null;
  @ManyToOne(() => Account, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'author_id' })
  author?: Account | null;
  @Column({ type: 'text' }) kind!: 'question' | 'answer' | 'declined' | 'merged' | 'accepted';
  @Column({ type: 'text' }) body!: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}

/** Anyone can report content; an admin decides. No reporter identity is needed, so none is kept. */
@Entity('content_report')
@Check('content_report_target', `target_type IN (${list(REPORT_TARGETS)})`)
export class ContentReport {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'target_type', type: 'text' }) targetType!: ReportTarget;
  @Column({ name: 'target_id', type: 'uuid' }) targetId!: string;
  @Column({ type: 'text' }) reason!: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @Column({ name: 'resolved_at', type: 'timestamptz', nullable: true }) resolvedAt!: Date | null;
}
