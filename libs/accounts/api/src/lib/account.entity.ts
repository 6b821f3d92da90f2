import { GLOBAL_ROLES, GlobalRole, Locale } from '@wijkdeal/shared-contracts';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** How an address was checked: with the code of a letter delivered there, or by a teller in person. */
export type AddressCheck = 'letter' | 'teller';

@Entity('account')
@Check('account_address_verified_by', `address_verified_by IN ('letter', 'teller')`)
export class Account {
  @PrimaryGeneratedColumn('uuid') id!: string;
  /** Stored lower-case; the unique index makes "one account per address" hold under concurrent sign-ups. */
  @Index('account_email_unique', { unique: true })
  @Column({ type: 'text' }) email!: string;
  @Column({ name: 'password_hash', type: 'text' }) passwordHash!: string;
  @Column({ name: 'display_name', type: 'text' }) displayName!: string;
  /** Normalised `9721 PE`; with the house number it decides stemweek eligibility. */
  @Column({ type: 'text', nullable: true }) postcode!: string | null;
  @Column({ name: 'house_number', type: 'text', nullable: true }) houseNumber!: string | null;
  @Column({ type: 'text', default: 'nl' }) locale!: Locale;
  @Column({ name: 'email_verified_at', type: 'timestamptz', nullable: true }) emailVerifiedAt!: Date | null;
  /** When postcode and house number were checked, and how; cleared when they change. Only then do they count for voting. */
  @Column({ name: 'address_verified_at', type: 'timestamptz', nullable: true }) addressVerifiedAt!: Date | null;
  @Column({ name: 'address_verified_by', type: 'text', nullable: true }) addressVerifiedBy!: AddressCheck | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}

/** A global role (admin, koploper, teller); scoped roles live in theme_contact and project_member. */
@Entity('account_role')
@Check('account_role_known', `role IN (${GLOBAL_ROLES.map((role) => `'${role}'`).join(', ')})`)
export class AccountRole {
  @PrimaryColumn({ name: 'account_id', type: 'uuid' }) accountId!: string;
  @PrimaryColumn({ type: 'text' }) role!: GlobalRole;
  @ManyToOne(() => Account, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'account_id' })
  account?: Account;
  @CreateDateColumn({ name: 'granted_at', type: 'timestamptz' }) grantedAt!: Date;
}

/** A sign-in. The cookie holds a random token; only its SHA-256 is stored, so a database leak signs nobody in. */
@Entity('session')
export class Session {
  @PrimaryColumn({ name: 'token_hash', type: 'text' }) tokenHash!: string;
  @Index('session_account')
  @Column({ name: 'account_id', type: 'uuid' }) accountId!: string;
  @ManyToOne(() => Account, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'account_id' })
  account?: Account;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @Column({ name: 'expires_at', type: 'timestamptz' }) expiresAt!: Date;
}

export type AccountTokenPurpose = 'verify-email' | 'reset-password';

/** Single-use link tokens (e-mail verification, password reset); hashed like sessions. */
@Entity('account_token')
@Check('account_token_purpose', `purpose IN ('verify-email', 'reset-password')`)
export class AccountToken {
  @PrimaryColumn({ name: 'token_hash', type: 'text' }) tokenHash!: string;
  @Index('account_token_account')
  @Column({ name: 'account_id', type: 'uuid' }) accountId!: string;
  @ManyToOne(() => Account, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'account_id' })
  account?: Account;
  @Column({ type: 'text' }) purpose!: AccountTokenPurpose;
  @Column({ name: 'expires_at', type: 'timestamptz' }) expiresAt!: Date;
}
