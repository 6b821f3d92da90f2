import { Account } from '@wijkdeal/accounts-api';
import type { BallotChannel, BallotChoiceInput } from '@wijkdeal/shared-contracts';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { Stemweek } from './stemweek.entity';
import { VotingCode } from './voting-code.entity';

/**
 * What was voted, never who: no account, code, address, sequence or time of day. The id is a random UUID,
 * the date has day precision, and the receipt is random. On publication the rows are rewritten in receipt
 * order (see StemweekResultsService.publish), so not even their physical order follows the order of voting.
 */
@Entity('ballot')
@Unique('ballot_receipt_unique', ['stemweekId', 'receipt'])
@Check('ballot_channel_known', `channel IN ('account', 'code', 'paper', 'import')`)
export class Ballot {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'stemweek_id', type: 'uuid' }) stemweekId!: string;
  @ManyToOne(() => Stemweek, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'stemweek_id' })
  stemweek?: Stemweek;
  @Column({ type: 'jsonb' }) choices!: BallotChoiceInput[];
  @Column({ type: 'text' }) channel!: BallotChannel;
  @Column({ type: 'text' }) receipt!: string;
  /** Day of casting in Europe/Amsterdam; no time, so it cannot be matched to a moment someone was seen voting. */
  @Column({ name: 'cast_on', type: 'date' }) castOn!: string;
}

/**
 * Who voted (an account, or a voting code) and through which channel — never what. The unique constraints are the
 * rule "one ballot per voter per stemweek": they hold whatever the application does, also under concurrency.
 */
@Entity('stemweek_participation')
@Unique('participation_one_per_account', ['stemweekId', 'accountId'])
@Unique('participation_one_per_code', ['votingCodeId'])
@Index('participation_address', ['stemweekId', 'addressHash'])
@Check('participation_channel_known', `channel IN ('account', 'code')`)
@Check('participation_code_has_code', `channel <> 'code' OR voting_code_id IS NOT NULL`)
export class StemweekParticipation {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'stemweek_id', type: 'uuid' }) stemweekId!: string;
  @ManyToOne(() => Stemweek, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'stemweek_id' })
  stemweek?: Stemweek;
  @Column({ type: 'text' }) channel!: 'account' | 'code';
  /** Set to null when the account is deleted (AVG); the address hash still counts for the per-address limit. */
  @Column({ name: 'account_id', type: 'uuid', nullable: true }) accountId!: string | null;
  @ManyToOne(() => Account, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'account_id' })
  account?: Account;
  @Column({ name: 'voting_code_id', type: 'uuid', nullable: true }) votingCodeId!: string | null;
  @ManyToOne(() => VotingCode, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'voting_code_id' })
  votingCode?: VotingCode;
  /** Keyed hash of stemweek + postcode + house number: enough to count per address, useless outside this stemweek. */
  @Column({ name: 'address_hash', type: 'text', nullable: true }) addressHash!: string | null;
}
