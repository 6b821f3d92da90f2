import { PARTNER_KINDS, PartnerKind } from '@wijkdeal/shared-contracts';
import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** One of the organisations that signed the Wijkdeal. */
@Entity('partner')
@Check('partner_kind_known', `kind IN (${PARTNER_KINDS.map((kind) => `'${kind}'`).join(', ')})`)
export class Partner {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Index('partner_slug_unique', { unique: true })
  @Column({ type: 'text' }) slug!: string;
  @Column({ type: 'text' }) name!: string;
  @Column({ type: 'text' }) kind!: PartnerKind;
  @Column({ type: 'integer' }) position!: number;
}
