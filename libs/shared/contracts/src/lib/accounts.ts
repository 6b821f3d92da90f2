import { Locale } from './locale';

/** Roles that hold across the whole platform; scoped roles (contact, project member) are listed apart. */
export const GLOBAL_ROLES = ['admin', 'koploper', 'teller'] as const;
export type GlobalRole = (typeof GLOBAL_ROLES)[number];

export const PROJECT_MEMBER_ROLES = ['lead', 'member'] as const;
export type ProjectMemberRole = (typeof PROJECT_MEMBER_ROLES)[number];

export interface AccountMe {
  id: string;
  email: string;
  displayName: string;
  postcode: string | null;
  houseNumber: string | null;
  locale: Locale;
  emailVerified: boolean;
  /** Whether the postcode and house number were checked (letter code or a teller); only then do they count for voting. */
  addressVerified: boolean;
  roles: GlobalRole[];
  /** Ids of the themes this account is a contact person of. */
  contactOf: string[];
  memberOf: { projectId: string; role: ProjectMemberRole }[];
  createdAt: string;
}

export interface RegisterRequest {
  email: string;
  password: string;
  displayName: string;
  postcode?: string;
  houseNumber?: string;
  locale?: Locale;
}

/** A teller who checked someone's address in person (identity document, a letter to that address). */
export interface AddressVerificationRequest {
  email: string;
  postcode: string;
  houseNumber: string;
}

export interface LoginRequest {
  email: string;
  password: string;
}

/** An account, browser or source whose sign-ins are delayed now after failures (admin view). */
export interface SignInThrottleEntry {
  kind: 'account' | 'source' | 'device';
  /** The account tried, when it exists; never for a source. */
  email: string | null;
  /** A source address only as the start of its keyed hash, to tell sources apart without showing the address. */
  source: string | null;
  failures: number;
  delayedUntil: string;
}

export interface AccountSummary {
  id: string;
  email: string;
  displayName: string;
  emailVerified: boolean;
  roles: GlobalRole[];
  createdAt: string;
}

export interface CapturedMail {
  id: string;
  to: string;
  subject: string;
  text: string;
  createdAt: string;
}

/** Passwords: long beats complex (NCSC advice); 10 characters at least. */
export const PASSWORD_MIN_LENGTH = 10;
