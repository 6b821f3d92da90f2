import { Account } from '@wijkdeal/accounts-api';
import type { BallotChoiceInput, PaperSheetMark, PaperSheetStatus } from '@wijkdeal/shared-contracts';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { Stemweek } from './stemweek.entity';

/** One paper ballot sheet, identified by batch and number. Its row is locked while an entry is judged. */
@Entity('paper_sheet')
@Check('paper_sheet_status_known', `status IN ('entered-once', 'matched', 'conflict')`)
@Check('paper_sheet_mark_known', `mark IS NULL OR mark IN ('blank', 'spoilt')`)
export class PaperSheet {
  @PrimaryColumn({ name: 'stemweek_id', type: 'uuid' }) stemweekId!: string;
  @ManyToOne(() => Stemweek, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'stemweek_id' })
  stemweek?: Stemweek;
  @PrimaryColumn({ type: 'text' }) batch!: string;
  @PrimaryColumn({ type: 'integer' }) sheet!: number;
  @Column({ type: 'text' }) status!: PaperSheetStatus;
  /** A matched sheet that was blank or spoilt: it counts in the turnout, and no ballot is stored for it. */
  @Column({ type: 'text', nullable: true }) mark!: PaperSheetMark | null;
}

/** One teller's reading of a paper sheet. Only two entries that agree make a ballot (double entry). */
@Entity('paper_entry')
@Index('paper_entry_sheet', ['stemweekId', 'batch', 'sheet'])
@Check('paper_entry_mark_known', `mark IS NULL OR mark IN ('blank', 'spoilt')`)
export class PaperEntry {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'stemweek_id', type: 'uuid' }) stemweekId!: string;
  @Column({ type: 'text' }) batch!: string;
  @Column({ type: 'integer' }) sheet!: number;
  @ManyToOne(() => PaperSheet, { onDelete: 'CASCADE' })
  @JoinColumn([
    { name: 'stemweek_id', referencedColumnName: 'stemweekId' },
    { name: 'batch', referencedColumnName: 'batch' },
    { name: 'sheet', referencedColumnName: 'sheet' },
  ])
  paperSheet?: PaperSheet;
  @Column({ type: 'jsonb' }) choices!: BallotChoiceInput[];
  @Column({ type: 'text', nullable: true }) mark!: PaperSheetMark | null;
  @Column({ name: 'teller_account_id', type: 'uuid', nullable: true }) tellerAccountId!: string | null;
  @ManyToOne(() => Account, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'teller_account_id' })
  teller?: Account;
  @CreateDateColumn({ name: 'entered_at', type: 'timestamptz' }) enteredAt!: Date;
}
