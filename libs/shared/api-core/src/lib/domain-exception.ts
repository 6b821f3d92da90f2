import { HttpStatus } from '@nestjs/common';
import { ErrorCode } from '@wijkdeal/shared-contracts';

/** A problem with one field; the filter translates `reason` (see FIELD_MESSAGES) unless a message is given. */
export interface Problem {
  field?: string;
  reason: string;
  params?: Record<string, string | number>;
}

const STATUS: Record<ErrorCode, HttpStatus> = {
  VALIDATION_FAILED: HttpStatus.BAD_REQUEST,
  UNAUTHENTICATED: HttpStatus.UNAUTHORIZED,
  FORBIDDEN: HttpStatus.FORBIDDEN,
  NOT_FOUND: HttpStatus.NOT_FOUND,
  CONFLICT: HttpStatus.CONFLICT,
  CSRF_TOKEN_INVALID: HttpStatus.FORBIDDEN,
  TOO_MANY_ATTEMPTS: HttpStatus.TOO_MANY_REQUESTS,
  SIGN_IN_DELAYED: HttpStatus.TOO_MANY_REQUESTS,
  PAYLOAD_TOO_LARGE: HttpStatus.PAYLOAD_TOO_LARGE,
  INVALID_CREDENTIALS: HttpStatus.UNAUTHORIZED,
  EMAIL_TAKEN: HttpStatus.CONFLICT,
  EMAIL_NOT_VERIFIED: HttpStatus.FORBIDDEN,
  TOKEN_INVALID: HttpStatus.BAD_REQUEST,
  ROLE_ALREADY_GRANTED: HttpStatus.CONFLICT,
  LAST_ADMIN: HttpStatus.CONFLICT,
  PHOTO_TYPE_NOT_ALLOWED: HttpStatus.BAD_REQUEST,
  PROPOSAL_ALREADY_DECIDED: HttpStatus.CONFLICT,
  CAFE_EVENING_CLOSED: HttpStatus.CONFLICT,
  ALREADY_VOTED: HttpStatus.CONFLICT,
  NOT_ELIGIBLE: HttpStatus.FORBIDDEN,
  INVALID_BALLOT: HttpStatus.BAD_REQUEST,
  STEMWEEK_NOT_OPEN: HttpStatus.CONFLICT,
  INVALID_CODE: HttpStatus.FORBIDDEN,
  UNBOUND_CODES_WITH_ACCOUNTS: HttpStatus.CONFLICT,
  PAPER_SHEETS_OPEN: HttpStatus.CONFLICT,
  STEMWEEK_NOT_UPCOMING: HttpStatus.CONFLICT,
  CODE_NOT_FOR_ADDRESS: HttpStatus.UNPROCESSABLE_ENTITY,
  ADDRESS_NOT_MATCHED: HttpStatus.UNPROCESSABLE_ENTITY,
  STEMWEEK_FROZEN: HttpStatus.CONFLICT,
  STEMWEEK_NOT_CLOSED: HttpStatus.CONFLICT,
  STEMWEEK_ALREADY_PUBLISHED: HttpStatus.CONFLICT,
  RESULTS_NOT_PUBLISHED: HttpStatus.FORBIDDEN,
  CHANNEL_NOT_USED: HttpStatus.CONFLICT,
  ADDRESS_LIMIT_REACHED: HttpStatus.CONFLICT,
  PAPER_SHEET_COUNTED: HttpStatus.CONFLICT,
  BALLOT_BOX_KEY_WRONG: HttpStatus.FORBIDDEN,
  BALLOT_BOX_SEALED: HttpStatus.CONFLICT,
  INVALID_PB_FILE: HttpStatus.BAD_REQUEST,
  INTERNAL: HttpStatus.INTERNAL_SERVER_ERROR,
  UNSUPPORTED_MEDIA_TYPE: HttpStatus.UNSUPPORTED_MEDIA_TYPE,
  HEADERS_TOO_LARGE: 431 as HttpStatus,
  DATABASE_UNAVAILABLE: HttpStatus.SERVICE_UNAVAILABLE,
};

/** A rule of the domain was broken; the filter turns it into the one error shape with a translated message. */
export class DomainException extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly details?: Problem[],
    /** Values for placeholders in the translated message, e.g. `{ minutes: 15 }`. */
    readonly params: Record<string, string | number> = {},
  ) {
    super(code);
    this.status = STATUS[code];
  }

  readonly status: HttpStatus;
}
