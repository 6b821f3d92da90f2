import { Account } from '@wijkdeal/accounts-api';
import type { BallotChannel, BallotChoiceInput } from '@wijkdeal/shared-contracts';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { Stemweek } from './stemweek.entity';
import { VotingCode } from './voting-code.entity';

/**
 * What was voted, never who: no account, code, address, sequence or time of day. The id is a random UUID,
 * the date has day precision, and the receipt is random. Account and code ballots arrive here only when the
 * ballot box is opened at the count, all in one transaction and in a random order (docs/secret-ballot.md); on
 * publication the rows are rewritten in receipt order. Receipts are not unique by constraint: they are sealed
 * until the count, and two equal ones (50 random bits) would only make two voters find two lines.
 */
@Entity('ballot')
@Index('ballot_stemweek', ['stemweekId'])
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
 * A ballot cast while the stemweek is open, sealed to the stemweek's public key (see ballot-box.ts). It is written in
 * the same transaction as the participation, so the two share xmin and order: that is harmless, because without the
 * counting key the sealed bytes say nothing, and every sealed ballot has the same size. Deleted when the box is opened.
 */
@Entity('sealed_ballot')
@Check('sealed_ballot_channel_known', `channel IN ('account', 'code')`)
export class SealedBallot {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Index('sealed_ballot_stemweek')
  @Column({ name: 'stemweek_id', type: 'uuid' }) stemweekId!: string;
  @ManyToOne(() => Stemweek, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'stemweek_id' })
  stemweek?: Stemweek;
  /** Channel and day are what the opened ballot keeps in the clear anyway. */
  @Column({ type: 'text' }) channel!: 'account' | 'code';
  @Column({ name: 'cast_on', type: 'date' }) castOn!: string;
  /** Receipt and choices, padded and sealed. */
  @Column({ type: 'bytea' }) sealed!: Buffer;
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
