import { Account } from '@wijkdeal/accounts-api';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';

@Entity('theme')
export class Theme {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Index('theme_slug_unique', { unique: true })
  @Column({ type: 'text' }) slug!: string;
  @Column({ type: 'integer' }) position!: number;
  @Column({ name: 'name_nl', type: 'text' }) nameNl!: string;
  @Column({ name: 'name_en', type: 'text' }) nameEn!: string;
  @Column({ name: 'intro_nl', type: 'text', default: '' }) introNl!: string;
  @Column({ name: 'intro_en', type: 'text', default: '' }) introEn!: string;
  @Column({ name: 'description_nl', type: 'text', default: '' }) descriptionNl!: string;
  @Column({ name: 'description_en', type: 'text', default: '' }) descriptionEn!: string;
}

/** Contactpersoon: helps residents within one theme and reviews its proposals. A scoped role, stored as data. */
@Entity('theme_contact')
@Unique('theme_contact_once', ['themeId', 'accountId'])
export class ThemeContact {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'theme_id', type: 'uuid' }) themeId!: string;
  @ManyToOne(() => Theme, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'theme_id' })
  theme?: Theme;
  @Index('theme_contact_account')
  @Column({ name: 'account_id', type: 'uuid' }) accountId!: string;
  @ManyToOne(() => Account, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'account_id' })
  account?: Account;
  /** Who they are for residents: "bewoner", "Gemeente Groningen", "WIJ-team"… */
  @Column({ type: 'text', default: '' }) organisation!: string;
}
