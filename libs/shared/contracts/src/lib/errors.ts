/** Every error the API returns has this one shape (DESIGN.md, "Architecture"). */
export interface ErrorBody {
  statusCode: number;
  code: ErrorCode;
  message: string;
  details?: ErrorDetail[];
  /** Only on a 500: the id of the log line about it, also in the message, for a person to quote. */
  requestId?: string;
}

export interface ErrorDetail {
  /** The request field the problem is about, dotted for nested fields (`title.nl`). */
  field?: string;
  /** Machine-readable reason, e.g. `isEmail`, `unknownField`. */
  reason: string;
  message: string;
}

export const ERROR_CODES = [
  'VALIDATION_FAILED',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'CSRF_TOKEN_INVALID',
  'TOO_MANY_ATTEMPTS',
  'SIGN_IN_DELAYED',
  'PAYLOAD_TOO_LARGE',
  'INVALID_CREDENTIALS',
  'EMAIL_TAKEN',
  'EMAIL_NOT_VERIFIED',
  'TOKEN_INVALID',
  'ROLE_ALREADY_GRANTED',
  'LAST_ADMIN',
  'PHOTO_TYPE_NOT_ALLOWED',
  'PROPOSAL_ALREADY_DECIDED',
  'CAFE_EVENING_CLOSED',
  'ALREADY_VOTED',
  'NOT_ELIGIBLE',
  'INVALID_BALLOT',
  'STEMWEEK_NOT_OPEN',
  'INVALID_CODE',
  'STEMWEEK_FROZEN',
  'STEMWEEK_NOT_CLOSED',
  'STEMWEEK_ALREADY_PUBLISHED',
  'RESULTS_NOT_PUBLISHED',
  'CHANNEL_NOT_USED',
  'UNBOUND_CODES_WITH_ACCOUNTS',
  'PAPER_SHEETS_OPEN',
  'STEMWEEK_NOT_UPCOMING',
  'CODE_NOT_FOR_ADDRESS',
  'ADDRESS_NOT_MATCHED',
  'ADDRESS_LIMIT_REACHED',
  'PAPER_SHEET_COUNTED',
  'BALLOT_BOX_KEY_WRONG',
  'BALLOT_BOX_SEALED',
  'INVALID_PB_FILE',
  'INTERNAL',
  'UNSUPPORTED_MEDIA_TYPE',
  'HEADERS_TOO_LARGE',
  'DATABASE_UNAVAILABLE',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];
