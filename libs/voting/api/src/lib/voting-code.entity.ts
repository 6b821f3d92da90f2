import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { Stemweek } from './stemweek.entity';

/** A single-use code from a letter. Only a keyed hash (HMAC-SHA256 with the stemweek's voting key, voting-keys.ts) is stored; used = it has a participation. */
@Entity('voting_code')
export class VotingCode {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Index('voting_code_stemweek')
  @Column({ name: 'stemweek_id', type: 'uuid' }) stemweekId!: string;
  @ManyToOne(() => Stemweek, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'stemweek_id' })
  stemweek?: Stemweek;
  @Index('voting_code_hash_unique', { unique: true })
  @Column({ name: 'code_hash', type: 'text' }) codeHash!: string;
  /** Set when the code was made for one address: then it and the accounts at that address exclude each other. */
  @Column({ name: 'address_hash', type: 'text', nullable: true }) addressHash!: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}

/**
 * Wrong voting codes per stemweek per hour, from all sources together: the per-address limit cannot see a script
 * spread over many addresses, this can (the admin's turnout page raises an alarm). Only the count is kept.
 */
@Entity('stemweek_wrong_codes')
export class StemweekWrongCodes {
  @PrimaryColumn({ name: 'stemweek_id', type: 'uuid' }) stemweekId!: string;
  @ManyToOne(() => Stemweek, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'stemweek_id' })
  stemweek?: Stemweek;
  @PrimaryColumn({ type: 'timestamptz' }) hour!: Date;
  @Column({ type: 'integer' }) count!: number;
}
