import { Account } from '@wijkdeal/accounts-api';
import { Project } from '@wijkdeal/projects-api';
import type { StemweekMethod, StemweekResults, StemweekSelection, VotingChannel } from '@wijkdeal/shared-contracts';
import type { TallyResult } from '@wijkdeal/voting-tally';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, UpdateDateColumn } from 'typeorm';

/** The published result, stored once so reading it is cheap and never changes: the tally and the view built from it. */
export interface StoredResult {
  tally: TallyResult;
  view: StemweekResults;
}

/**
 * One voting round. Its state is not stored but follows from the window, `closedAt` (closed early) and
 * `publishedAt`; see stemweekState.
 */
@Entity('stemweek')
@Check('stemweek_window', `closes_at > opens_at`)
@Check('stemweek_channels_known', `channels <@ ARRAY['account', 'code', 'paper']::text[]`)
@Check('stemweek_max_per_address', `max_ballots_per_address IS NULL OR max_ballots_per_address > 0`)
@Check('stemweek_published_has_result', `published_at IS NULL OR result IS NOT NULL`)
export class Stemweek {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'title_nl', type: 'text' }) titleNl!: string;
  @Column({ name: 'title_en', type: 'text', default: '' }) titleEn!: string;
  @Column({ name: 'intro_nl', type: 'text', default: '' }) introNl!: string;
  @Column({ name: 'intro_en', type: 'text', default: '' }) introEn!: string;
  @Column({ name: 'opens_at', type: 'timestamptz' }) opensAt!: Date;
  @Column({ name: 'closes_at', type: 'timestamptz' }) closesAt!: Date;
  /** An admin closed the stemweek before closesAt. */
  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true }) closedAt!: Date | null;
  @Column({ name: 'published_at', type: 'timestamptz', nullable: true }) publishedAt!: Date | null;
  @Column({ type: 'jsonb' }) method!: StemweekMethod;
  /** With the seed of a draw by lot, generated when the rule is set, so it is public before the stemweek opens. */
  @Column({ type: 'jsonb' }) selection!: StemweekSelection;
  @Column({ type: 'text', array: true, default: () => "'{}'" }) channels!: VotingChannel[];
  /** Normalised full postcodes (`9721 PE`) and ranges (`9722 AA-9722 ZZ`); empty: every address. */
  @Column({ name: 'eligible_postcodes', type: 'text', array: true, default: () => "'{}'" }) eligiblePostcodes!: string[];
  @Column({ name: 'max_ballots_per_address', type: 'integer', nullable: true }) maxBallotsPerAddress!: number | null;
  @Column({ type: 'jsonb', nullable: true }) result!: StoredResult | null;
  /**
   * The sealed ballot box: the public key ballots are sealed to (base64url X25519), and when it was opened at the
   * count. Its private key is derived from the counting key, which is shown once to the admin and never stored.
   * Null for imported stemweeks, which never take ballots.
   */
  @Column({ name: 'ballot_box_public_key', type: 'text', nullable: true }) ballotBoxPublicKey!: string | null;
  @Column({ name: 'ballot_box_opened_at', type: 'timestamptz', nullable: true }) ballotBoxOpenedAt!: Date | null;
  /** Name of the voting key (VOTING_KEY_ID) its codes and address hashes are keyed with; never changes (voting-keys.ts). */
  @Column({ name: 'voting_key_id', type: 'text' }) votingKeyId!: string;
  /** File name of the .pb file an archive stemweek was imported from. */
  @Column({ name: 'imported_from', type: 'text', nullable: true }) importedFrom!: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}

/**
 * A project on the ballot. Ballots name it by its key: the .pb file's project_id for imported items
 * (`externalId`), else the platform's project id. Imported items are linked to a project only by an admin.
 */
@Entity('stemweek_item')
@Unique('stemweek_item_project_once', ['stemweekId', 'projectId'])
@Unique('stemweek_item_external_once', ['stemweekId', 'externalId'])
@Check('stemweek_item_has_key', `project_id IS NOT NULL OR external_id IS NOT NULL`)
@Check('stemweek_item_cost', `cost >= 0`)
export class StemweekItem {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'stemweek_id', type: 'uuid' }) stemweekId!: string;
  @ManyToOne(() => Stemweek, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'stemweek_id' })
  stemweek?: Stemweek;
  @Column({ type: 'integer' }) position!: number;
  @Index('stemweek_item_project')
  @Column({ name: 'project_id', type: 'uuid', nullable: true }) projectId!: string | null;
  @ManyToOne(() => Project, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'project_id' })
  project?: Project;
  @Column({ name: 'external_id', type: 'text', nullable: true }) externalId!: string | null;
  /** The name from the .pb file; platform projects show their own title. */
  @Column({ type: 'text', nullable: true }) name!: string | null;
  @Column({ type: 'numeric', precision: 14, scale: 2 }) cost!: string;
}

/** Every admin action on a stemweek, written in the same transaction as the action itself. */
@Entity('stemweek_audit')
@Index('stemweek_audit_stemweek', ['stemweekId', 'createdAt'])
export class StemweekAudit {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'stemweek_id', type: 'uuid' }) stemweekId!: string;
  @ManyToOne(() => Stemweek, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'stemweek_id' })
  stemweek?: Stemweek;
  @Column({ name: 'actor_account_id', type: 'uuid', nullable: true }) actorAccountId!: string | null;
  @ManyToOne(() => Account, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'actor_account_id' })
  actor?: Account;
  @Column({ type: 'text' }) action!: string;
  @Column({ type: 'jsonb', default: () => "'{}'" }) details!: Record<string, unknown>;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}
