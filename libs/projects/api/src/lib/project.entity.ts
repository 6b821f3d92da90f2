import { Account } from '@wijkdeal/accounts-api';
import { PROJECT_MEMBER_ROLES, PROJECT_STATUSES, ProjectMemberRole, ProjectStatus } from '@wijkdeal/shared-contracts';
import { Theme } from '@wijkdeal/themes-api';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

const list = (values: readonly string[]) => values.map((value) => `'${value}'`).join(', ');

@Entity('project')
@Check('project_status_known', `status IN (${list(PROJECT_STATUSES)})`)
@Check('project_progress_range', `progress BETWEEN 0 AND 100`)
export class Project {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Index('project_slug_unique', { unique: true })
  @Column({ type: 'text' }) slug!: string;
  @Index('project_theme')
  @Column({ name: 'theme_id', type: 'uuid' }) themeId!: string;
  @ManyToOne(() => Theme, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'theme_id' })
  theme?: Theme;
  @Column({ name: 'title_nl', type: 'text' }) titleNl!: string;
  @Column({ name: 'title_en', type: 'text', default: '' }) titleEn!: string;
  @Column({ name: 'summary_nl', type: 'text', default: '' }) summaryNl!: string;
  @Column({ name: 'summary_en', type: 'text', default: '' }) summaryEn!: string;
  @Column({ name: 'description_nl', type: 'text', default: '' }) descriptionNl!: string;
  @Column({ name: 'description_en', type: 'text', default: '' }) descriptionEn!: string;
  @Index('project_status')
  @Column({ type: 'text', default: 'proposed' }) status!: ProjectStatus;
  @Column({ type: 'integer', default: 0 }) progress!: number;
  /** Where in the neighbourhood, in words. */
  @Column({ type: 'text', nullable: true }) place!: string | null;
  /** Estimated cost in euros; a stemweek with a budget rule uses it. */
  @Column({ name: 'cost_estimate', type: 'numeric', precision: 12, scale: 2, nullable: true }) costEstimate!: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}

/** Projectgroep: the residents and professionals carrying a project. A scoped role, stored as data. */
@Entity('project_member')
@Check('project_member_role_known', `role IN (${list(PROJECT_MEMBER_ROLES)})`)
export class ProjectMember {
  @PrimaryColumn({ name: 'project_id', type: 'uuid' }) projectId!: string;
  @ManyToOne(() => Project, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'project_id' })
  project?: Project;
  @Index('project_member_account')
  @PrimaryColumn({ name: 'account_id', type: 'uuid' }) accountId!: string;
  @ManyToOne(() => Account, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'account_id' })
  account?: Account;
  @Column({ type: 'text', default: 'member' }) role!: ProjectMemberRole;
}
