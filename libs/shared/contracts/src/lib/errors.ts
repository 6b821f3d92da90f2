/** Every error the API returns has this one shape (DESIGN.md, "Architecture"). */
export interface ErrorBody {
  statusCode: number;
  code: ErrorCode;
  message: string;
  details?: ErrorDetail[];
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
  'PAYLOAD_TOO_LARGE',
  'INVALID_CREDENTIALS',
  'EMAIL_TAKEN',
  'EMAIL_NOT_VERIFIED',
  'TOKEN_INVALID',
  'ROLE_ALREADY_GRANTED',
  'LAST_ADMIN',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];
